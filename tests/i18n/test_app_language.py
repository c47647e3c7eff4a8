"""The app started in French, Spanish or Japanese shows translated widgets: Qt Designer
forms, code strings, Qt's own buttons and the framework's text in the guide, the
consolidation and the dashboard."""

from __future__ import annotations

import html
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from scfield.framework import default_framework
from scfield.i18n import translated_framework
from tests.i18n.conftest import SHIPPED
from tests.i18n.layout import (
    clipped_headers,
    clipped_placeholders,
    clipped_widgets,
    mnemonic_clashes,
)
from tests.ui.helpers import set_author

QT_CANCEL = {"fr": "Annuler", "es": "Cancelar", "ja": "キャンセル"}


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    set_author(path)
    return path


def start_in(qtbot: Any, language: str, db: Path) -> Any:
    """Choose the language in Settings, then start the app as at login."""
    from scfield.ui.app import start
    from scfield.ui.i18n import set_chosen_language, setup_language

    set_chosen_language(language)
    assert setup_language() == language  # what app start does, reading the setting
    window = start(db, ask_first_run=False)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.loaded, timeout=10000)
    return window


@pytest.mark.parametrize("language", SHIPPED)
def test_the_app_speaks_the_chosen_language(qtbot: Any, user_dirs: Path, demo_copy: Path,
                                            expected: Callable[[str, str, str], str],
                                            language: str) -> None:
    window = start_in(qtbot, language, demo_copy)
    try:
        assert window.windowTitle() == expected(language, "MainWindow",
                                                "scfield — smart city assessments")
        assert window.form.new_button.text() == expected(language, "MainForm",
                                                         "&New assessment…")
        header = window.model.headerData(0, Qt.Orientation.Horizontal)
        assert header == expected(language, "", "Title")  # a module-level tr() helper
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.buttons()[0].text() == QT_CANCEL[language]  # Qt's own (qtbase)

        local = translated_framework(default_framework(), language)
        target = next(r for r in window.model.rows if "2025" in r.title and r.city)
        ws = window.open_assessment(target.id)
        qtbot.waitUntil(lambda: ws.row is not None, timeout=10000)
        assert ws.form.tabs.tabText(2) == expected(language, "WorkspaceForm",
                                                   "Interview &guide")

        ws.show_tab("interviews")
        qtbot.waitUntil(lambda: ws.guide.interview is not None, timeout=10000)
        ws.show_tab("guide")
        guide = ws.guide
        guide.show_element(4)
        f = guide.form
        element = local.element(4)
        assert element.name in html.unescape(f.element_title.text())
        assert f.definition_label.text() == element.definition
        assert html.escape(element.questions[0]) in f.questions_label.text()
        assert guide.rubric_labels[3].text() == element.rubric[3]
        assert guide.group.button(0).text() == f"0  {local.score_levels[0].name}"
        assert local.domain("policy").name in f.domain_label.text()
        assert f.next_button.text() == expected(language, "GuideForm", "Next ▶")
        ws.resize(1366, 740)
        ws.show()
        qtbot.waitExposed(ws)
        assert clipped_widgets(ws) == []  # nothing cut off at the smallest common screen
        assert f.position_label.text().startswith(
            expected(language, "GuidePage", "Element {i} of {n} in this interview")[:2])

        ws.show_tab("consolidation")
        qtbot.waitUntil(lambda: ws.consolidation.card is not None, timeout=10000)
        table = ws.consolidation.form.elements_table
        assert table.item(0, 1).text() == local.element(1).name
        assert table.horizontalHeaderItem(1).text() == expected(language, "ConsolidationPage",
                                                                "Element")

        ws.show_tab("dashboard")
        qtbot.waitUntil(lambda: ws.dashboard.card is not None, timeout=10000)
        d = ws.dashboard
        assert d.form.domains_table.item(0, 0).text() == local.domains[0].name
        stage_names = {s.name for s in local.stages}
        assert d.card.stage is None or d.card.stage.name in stage_names
        assert any(a.name in d.form.scale_up_label.text() for a in local.scale_up)
        english_words = ("scores", "Strengthens", "average", "the overall score is",
                         "(elements")
        shown = d.form.overall_reason_label.text() + d.form.recommendations_label.text()
        assert not any(w in shown for w in english_words), shown

        for tab in ("profile", "interviews", "guide", "consolidation", "dashboard"):
            ws.show_tab(tab)

            def nothing_cut_off(tab: str = tab) -> None:
                cut = clipped_widgets(ws) + clipped_headers(ws) + clipped_placeholders(ws)
                assert cut == [], f"{language} {tab}: {cut}"

            qtbot.waitUntil(nothing_cut_off, timeout=3000)  # once the tab is laid out
            assert mnemonic_clashes(ws) == [], f"{language} {tab}"
        ws.close()
        assert mnemonic_clashes(window) == [], language
    finally:
        window.close()
        window.worker.stop()


def test_english_is_unchanged(qtbot: Any, user_dirs: Path, demo_copy: Path) -> None:
    window = start_in(qtbot, "en", demo_copy)
    try:
        assert window.windowTitle() == "scfield — smart city assessments"
        assert window.form.new_button.text() == "&New assessment…"
        assert mnemonic_clashes(window) == []
        target = next(r for r in window.model.rows if "2025" in r.title and r.city)
        ws = window.open_assessment(target.id)
        qtbot.waitUntil(lambda: ws.row is not None, timeout=10000)
        for tab in ("profile", "interviews", "guide", "consolidation", "dashboard"):
            ws.show_tab(tab)  # each Alt+letter reaches one control: tabs, header, page
            assert mnemonic_clashes(ws) == [], tab
        ws.close()
    finally:
        window.close()
        window.worker.stop()


def test_the_language_dialog_stores_the_choice(qtbot: Any, user_dirs: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from scfield.ui.i18n import chosen_language, ui_language
    from scfield.ui.settings import open_language_dialog

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = open_language_dialog(parent)
    combo = dialog.combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "en", "fr", "es", "ja"]
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        "English", "Français", "Español", "日本語"]
    assert combo.currentData() == ""  # nothing chosen yet: the system's language
    combo.setCurrentIndex(combo.findData("ja"))
    assert dialog.restart_needed()
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert chosen_language() == "ja" and ui_language() == "ja"

    again = open_language_dialog(parent)
    assert again.combo.currentData() == "ja"
    again.combo.setCurrentIndex(0)
    again.reject()
    assert chosen_language() == "ja"  # Cancel keeps the choice
    last = open_language_dialog(parent)
    last.combo.setCurrentIndex(0)
    last.accept()
    assert chosen_language() == ""


def test_the_environment_overrides_the_setting(user_dirs: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from scfield.ui.i18n import LANGUAGE_ENV, set_chosen_language, ui_language

    set_chosen_language("fr")
    monkeypatch.setenv(LANGUAGE_ENV, "es_ES")
    assert ui_language() == "es"
    monkeypatch.setenv(LANGUAGE_ENV, "xx")
    assert ui_language() == "fr"


def test_the_conflict_review_names_the_workbook_place_in_the_language(
        qtbot: Any, user_dirs: Path, demo_copy: Path) -> None:
    from scfield.ui.conflict_review import ConflictReview

    window = start_in(qtbot, "fr", demo_copy)
    try:
        review = ConflictReview(window.ops, window)
        qtbot.addWidget(review)
        assert review.place_text("sheet Evidence, row 2") == "feuille Evidence, ligne 2"
        assert review.place_text("sheet Assessment") == "feuille Assessment"
        assert review.place_text("a place the sync package words otherwise") == (
            "a place the sync package words otherwise")
    finally:
        window.close()
        window.worker.stop()


@pytest.mark.parametrize(("language", "shown", "change"), [
    ("en", "2.18", "-0.50"), ("fr", "2,18", "-0,50"), ("ja", "2.18", "-0.50"),
    ("es", "2,18", "-0,50")])
def test_scores_on_screen_use_the_languages_decimal_sign(user_dirs: Path, language: str,
                                                         shown: str, change: str) -> None:
    """The dashboard, lists and charts write a score as the report and the CLI do."""
    from scfield.ui.compare_view import signed
    from scfield.ui.i18n import fmt, setup_language

    setup_language(language)
    assert fmt(2.18) == shown and fmt(None) == "–"
    assert signed(-0.5) == change and signed(0.25).startswith("+0")
