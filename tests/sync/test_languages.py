"""A field workbook in the assessment's language: the Instructions sheet (and the texts
the import never reads) translated; sheet names, headers, dropdown values and ``_sync``
identical, so that a workbook exported in any language imports in any office."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from scfield.framework import default_framework
from scfield.i18n import translated_framework
from scfield.messages import messages
from scfield.report.fingerprint import canonical_content
from scfield.store import Store, open_store
from scfield.sync import layout as L
from scfield.sync.export import ENGLISH_WORDS, export_assessment, write_template
from scfield.sync.guide_sheet import GUIDE
from scfield.sync.importer import import_workbooks

from .helpers import edit, fingerprint


def read_back(path: Path) -> dict[str, Any]:
    """Everything but the Instructions sheet and the texts only shown: what must not
    depend on the language (sheet names, headers, values, ids, dropdowns, _sync)."""
    wb = load_workbook(path)
    out: dict[str, Any] = {"sheets": wb.sheetnames,
                           "states": [ws.sheet_state for ws in wb.worksheets]}
    for ws in wb.worksheets[1:]:
        if ws.title == GUIDE:  # only shown, in the workbook's language; never read back
            continue
        cells = [list(r) for r in ws.iter_rows(values_only=True)]
        if ws.title in L.DATA_SHEETS:
            shown = {i for i, c in enumerate(L.DATA_SHEETS[ws.title]) if c.kind == "info"}
            cells = [[None if i in shown and n else v for i, v in enumerate(r)]
                     for n, r in enumerate(cells)]
        elif ws.title == L.LISTS:
            cells = [[v for i, v in enumerate(r) if i not in (1, 6)] for r in cells]
        elif ws.title == L.ASSESSMENT:
            cells = [r for r in cells if r[0] not in ("Framework", "Exported")]
        elif ws.title == L.SYNC:
            cells = [r for r in cells if r[0] not in ("exported_at", "export_id", "checksum")]
        out[ws.title] = cells
        out[f"{ws.title} lists"] = sorted(
            (dv.formula1, str(dv.sqref)) for dv in ws.data_validations.dataValidation)
    return out


def instructions(path: Path) -> list[str]:
    ws = load_workbook(path)[L.INSTRUCTIONS]
    return [r[0] for r in ws.iter_rows(values_only=True) if r[0]]


@pytest.mark.parametrize("language", ["fr", "ja"])
def test_instructions_follow_the_assessment_language_and_nothing_the_import_reads(
        demo_store: Store, danang: str, tmp_path: Path, language: str) -> None:
    english = export_assessment(demo_store, danang, tmp_path / "en.xlsx")
    translated = export_assessment(demo_store, danang, tmp_path / f"{language}.xlsx",
                                   language=language)
    m = messages(language)
    lines = instructions(translated)
    assert lines[0] == m("How to fill this workbook") != "How to fill this workbook"
    assert m(ENGLISH_WORDS) in lines[-2:]  # the last, or before the confidential-notes line
    assert not set(lines) & set(instructions(english))
    shown = translated_framework(default_framework(), language)
    assert any(shown.score_levels[-1].name in line for line in lines)
    # The texts only shown are in the language too: element names, the dropdown warnings.
    wb = load_workbook(translated)
    ratings = list(wb[L.RATINGS].iter_rows(min_row=2, max_row=2, values_only=True))[0]
    assert ratings[2] == shown.element(1).name
    warning = wb[L.EVIDENCE].data_validations.dataValidation[-1]
    assert warning.error == m("Choose high, medium or low.")
    # Everything the import reads is as in the English workbook.
    assert read_back(translated) == read_back(english)
    # Without --language, the workbook follows the language chosen for the assessment.
    demo_store.update("assessments", danang, {"language": language})
    chosen = export_assessment(demo_store, danang, tmp_path / "chosen.xlsx")
    assert instructions(chosen) == lines
    assert read_back(english)["sheets"] == [L.INSTRUCTIONS, GUIDE, *L.SHEETS[1:]]


def test_workbooks_in_any_language_import_alike_in_any_office(
        demo_store: Store, danang: str, tmp_path: Path) -> None:
    """French, Japanese and English workbooks of one assessment: into another office's
    database, the same records; into the database they came from, nothing changes."""
    paths = {}
    for language in ("en", "fr", "ja"):
        paths[language] = export_assessment(demo_store, danang,
                                            tmp_path / f"danang-{language}.xlsx",
                                            language=language)
    assert instructions(paths["fr"])[0] != instructions(paths["ja"])[0]
    content = {}
    for language, path in paths.items():
        with open_store(tmp_path / f"office-{language}.sqlite", author="Office") as office:
            [result] = import_workbooks(office, [path])
            assert result.status == "applied", result.problems
            assert result.conflicts == 0
            content[language] = canonical_content(office, danang)
    assert content["fr"] == content["en"] == content["ja"]
    # The same assessment's own database: each workbook changes nothing, no conflicts.
    before = fingerprint(demo_store)
    results = import_workbooks(demo_store, list(paths.values()))
    assert [r.status for r in results] == ["unchanged"] * 3
    assert all(r.conflicts == 0 for r in results)
    assert fingerprint(demo_store) == before


def test_language_option_of_export_and_template(demo_store: Store, danang: str,
                                                tmp_path: Path) -> None:
    demo_store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    out = tmp_path / "es.xlsx"
    run = subprocess.run([sys.executable, "-m", "scfield", "--db", str(demo_store.path),
                          "export", danang[:8], str(out), "--language", "es"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert instructions(out)[0] == messages("es")("How to fill this workbook")
    bad = subprocess.run([sys.executable, "-m", "scfield", "--db", str(demo_store.path),
                          "export", danang[:8], str(out), "--language", "de"],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "--language" in bad.stderr
    blank = write_template(tmp_path / "plantilla.xlsx", language="ja")
    assert instructions(blank)[0] == messages("ja")("How to fill this workbook")
    edit(blank, Assessment=[(None, "Title", "Évaluation de terrain")])
    with open_store(tmp_path / "field.sqlite", author="Expert") as field:
        [result] = import_workbooks(field, [blank])
        assert result.status == "applied", result.problems
