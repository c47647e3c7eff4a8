"""The core's words in the app speak the app's language: the verify dialog's verdict, what
changed since signing and each check; the sizes in the Backups window. Real app, real
database, French and Japanese chosen as a user chooses them (``SCFIELD_LANGUAGE``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from scfield.report.signoff import amend_assessment, set_roadmap, sign_assessment
from scfield.store import Store
from scfield.store.backups import backup_database

# (verdict, a change since signing, a check, the backup's reason) as each language words them
WORDS = {"fr": ("ne correspond pas", "feuille de route modifiée : long term",
                "[ÉCHEC] empreinte", "avant un import"),
         "ja": ("一致しません", "ロードマップを変更：long term", "フィンガープリント",
                "取り込みの前")}
UNITS = {"fr": re.compile(r"^\d+,\d (Kio|Mio)$"), "ja": re.compile(r"^\d+\.\d (KiB|MiB)$")}


@pytest.fixture
def in_language(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch,
                qapp: Any) -> Iterator[str]:
    """The app in the parametrized language for the test; English again afterwards."""
    from scfield.ui.i18n import LANGUAGE_ENV, setup_language

    language = request.param
    monkeypatch.setenv(LANGUAGE_ENV, language)
    setup_language(language)
    yield language
    setup_language("en")


def _signed_then_changed(store: Store) -> str:
    """The first demo assessment signed, amended, and its roadmap changed: a code that
    no longer matches, with one change since signing. Returns the code."""
    aid = store.query("SELECT id FROM assessments WHERE title LIKE 'Da Nang%2024' "
                      "ORDER BY title LIMIT 1")[0]["id"]
    sig = sign_assessment(store, aid, "Keiko Tanabe", "Team Leader")
    amend_assessment(store, aid, "roadmap agreed with the city")
    set_roadmap(store, aid, long_term="Sector-based scale-up")
    return sig.short


@pytest.mark.parametrize("in_language", ["fr", "ja"], indirect=True)
def test_verify_dialog_and_backup_sizes_speak_the_app_language(
        qtbot: Any, launch: Any, demo_store: Store, in_language: str) -> None:
    code = _signed_then_changed(demo_store)
    db = demo_store.path
    demo_store.close()
    backup_database(db, "before-import")
    window = launch(db)

    dialog = window.reports.open_verify(code)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    assert not dialog.result.matches
    verdict, change, check, reason = WORDS[in_language]
    shown = dialog.text()
    for words in (verdict, change, check):
        assert words in shown, shown
    for english in ("does not match", "roadmap changed", "Changes since signing",
                    "FAILED", "fingerprint"):
        assert english not in shown, english
    # The core keeps its English for scripts and tests.
    assert dialog.result.changes == ("roadmap changed: long term",)

    window.actions_by_name["backups"].trigger()
    backups = window.backups_dialog
    qtbot.waitUntil(lambda: backups.loaded, timeout=20000)
    assert backups.table.item(0, 1).text() == reason
    size = backups.table.item(0, 2).text()
    assert UNITS[in_language].match(size), size
    if in_language == "fr":  # the space used and allowed, as French writes sizes
        assert not any(unit in backups.budget_label.text() for unit in ("KiB", "MiB"))
