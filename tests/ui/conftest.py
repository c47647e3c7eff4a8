"""Fixtures for the desktop app: the real main window on a real database file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.ui.helpers import set_author


@pytest.fixture
def user_settings(tmp_path: Path) -> Iterator[Path]:
    """The app's per-user QSettings (where it reopens assessments) in tmp_path."""
    from PySide6.QtCore import QSettings, QStandardPaths

    path = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(path))
    yield path
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      QStandardPaths.writableLocation(
                          QStandardPaths.StandardLocation.GenericConfigLocation))


@pytest.fixture
def launch(qtbot: Any, user_settings: Path) -> Iterator[Callable[..., Any]]:
    """``launch(db_path, ask_first_run=False)`` -> the app's main window, ready."""
    from scfield.ui.app import start

    windows = []

    def _launch(path: Path, ask_first_run: bool = False) -> Any:
        if not ask_first_run:
            set_author(path)
        window = start(path, ask_first_run=ask_first_run)
        qtbot.addWidget(window)
        windows.append(window)
        qtbot.waitUntil(lambda: window.loaded, timeout=10000)
        return window

    yield _launch
    for window in windows:
        window.close()
        window.worker.stop()
        window.ops.stop()


@pytest.fixture
def first_start_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The default database path of a user who never ran scfield (in tmp_path): the only
    path the app's first start creates a database at."""
    from scfield.paths import default_db_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    path = default_db_path()
    assert str(path).startswith(str(tmp_path)) and not path.exists()
    return path
