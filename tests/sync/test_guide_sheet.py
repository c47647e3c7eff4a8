"""Score with the workbook alone: the Guide sheet and the Score cells' input message.

An expert in Calc without the app needs each element's definition, its guiding
questions and its 0–4 levels, in the assessment's language; the sheet is only shown,
so what a person does to it changes nothing the import reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from scfield.framework import default_framework
from scfield.i18n import translated_framework
from scfield.messages import messages
from scfield.store import Store
from scfield.sync import layout as L
from scfield.sync.export import export_assessment, write_template
from scfield.sync.guide_sheet import GUIDE
from scfield.sync.importer import import_workbooks
from tests.sync.calc import Calc, needs_calc
from tests.sync.helpers import fingerprint


def guide_text(path: Path) -> list[tuple[str, str]]:
    wb = load_workbook(path, read_only=True)
    out = [(str(a or ""), str(b or "")) for a, b in
           wb[GUIDE].iter_rows(min_col=1, max_col=2, values_only=True)]
    wb.close()
    return out


@pytest.mark.parametrize("language", ["en", "fr", "ja"])
def test_every_element_its_definition_questions_and_levels(
        demo_store: Store, danang: str, tmp_path: Path, language: str) -> None:
    path = export_assessment(demo_store, danang, tmp_path / f"{language}.xlsx",
                             language=language)
    shown = translated_framework(default_framework(), language)
    rows = guide_text(path)
    texts = "\n".join(b for _a, b in rows)
    for element in shown.elements:
        assert f"{element.name} (" in texts
        assert element.definition in texts
        assert all(q in texts for q in element.questions)
        for level in shown.score_levels:
            assert (f"{level.score} {level.name}", element.rubric[level.score]) in rows
    wb = load_workbook(path)
    assert wb.sheetnames[:2] == [L.INSTRUCTIONS, GUIDE] and wb[GUIDE].protection.sheet
    # Selecting a Score cell shows the five levels, in the language, within Excel's 255.
    for sheet in (L.EVIDENCE, L.RATINGS):
        [score] = [dv for dv in wb[sheet].data_validations.dataValidation
                   if "D2" in str(dv.sqref)]
        assert score.showInputMessage and len(score.prompt) <= 255
        assert all(level.name in score.prompt for level in shown.score_levels)
        assert "Guide" in score.prompt
    assert any("Guide" in line for line in (c.value or "" for c in wb[L.INSTRUCTIONS]["A"]))
    if language != "en":
        assert messages(language)("Definition") in [a for a, _b in rows]


def test_the_blank_template_carries_the_guide_too(tmp_path: Path) -> None:
    path = write_template(tmp_path / "template.xlsx")
    assert default_framework().element(21).rubric[4] in "\n".join(
        b for _a, b in guide_text(path))


@needs_calc
def test_what_a_person_does_to_the_guide_in_calc_changes_nothing(
        calc: Calc, demo_store: Store, danang: str, exported: Path, tmp_path: Path) -> None:
    """Typed over in a real Calc (protection lifted) and saved: the import ignores it."""
    out = tmp_path / "guide-edited.xlsx"
    calc.edit([{"in": exported, "out": out, "unprotect": True, "sheets": {GUIDE: [
        ["type", "B3", "=SUM(A1)"], ["type", "B4", "my own reminder"],
        ["delete_rows", 5, 3]]}}])
    assert GUIDE in load_workbook(out, read_only=True).sheetnames
    before = fingerprint(demo_store)
    [result] = import_workbooks(demo_store, [out])
    assert result.status in ("applied", "unchanged"), result.problems
    assert (result.added, result.updated, result.conflicts) == (0, 0, 0)
    assert fingerprint(demo_store) == before
