"""Shared fixtures: real database files in tmp_path, Qt on the offscreen platform."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt import: widgets render without a screen in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# English unless a test asks otherwise: a developer's French desktop must not change
# what the UI tests read (tests/i18n removes it to test the system locale).
os.environ.setdefault("SCFIELD_LANGUAGE", "en")

from scfield.store import Store, open_store  # noqa: E402

# Tests that start LibreOffice, build the bundle or kill processes: a developer runs the
# rest in a minute or two with `pytest -m "not slow"`; CI runs everything.
SLOW_MODULES = {
    "tests/packaging/test_bundle.py",
    "tests/packaging/test_bundle_data.py",
    "tests/sync/test_libreoffice.py",
    "tests/sync/test_kill.py",
    "tests/ui/test_kill.py",
    "tests/ui/test_kill_typing.py",
    "tests/sync/test_calc_editing.py",
    "tests/sync/test_encryption.py",
    "tests/core/test_faults.py",
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    root = Path(str(config.rootpath))
    for item in items:
        if Path(str(item.path)).relative_to(root).as_posix() in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def own_keys_folder(tmp_path_factory: pytest.TempPathFactory,
                    monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's data folder (where scfield keeps signing keys) is a fresh one per test,
    for the test and the CLI processes it starts: never the real user's keys."""
    folder = tmp_path_factory.mktemp("xdg-data")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "scfield.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """An empty scfield database, as a field expert's laptop would have it."""
    s = open_store(db_path, author="Test Assessor")
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo data loaded once per test session; tests get a copy."""
    from scfield.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with open_store(path, author="Demo Loader") as s:
        load_demo(s)
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def demo_store(demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A fresh copy of a database holding the demo assessments."""
    import shutil

    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    s = open_store(path, author="Test Assessor")
    yield s
    s.close()
