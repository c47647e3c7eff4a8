"""Fixtures for the language tests: a private settings file and cache, English after."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ("fr", "es", "ja")


@pytest.fixture
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any) -> Iterator[Path]:
    """QSettings and the per-user cache in tmp_path; the app back in English afterwards."""
    from PySide6.QtCore import QSettings, QStandardPaths

    from scfield.ui.i18n import LANGUAGE_ENV, setup_language

    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    yield tmp_path
    setup_language("en")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      QStandardPaths.writableLocation(
                          QStandardPaths.StandardLocation.GenericConfigLocation))


def shipped_translations(language: str) -> dict[tuple[str, str], Any]:
    """(context, source) -> the <message> element of resources/i18n/scfield_<lang>.ts."""
    root = ET.parse(ROOT / "resources" / "i18n" / f"scfield_{language}.ts").getroot()
    return {(c.findtext("name") or "", m.findtext("source") or ""): m
            for c in root.iter("context") for m in c.iter("message")}


@pytest.fixture
def expected() -> Callable[[str, str, str], str]:
    """``expected(language, context, source)``: the shipped translation of a UI string."""
    tables: dict[str, dict[tuple[str, str], Any]] = {}

    def lookup(language: str, context: str, source: str) -> str:
        table = tables.setdefault(language, shipped_translations(language))
        text = table[(context, source)].findtext("translation") or ""
        assert text and text != source, (language, context, source)
        return text

    return lookup
