"""A workbook re-saved by a real LibreOffice Calc imports with no value changed.

Needs ``soffice`` (Debian: libreoffice-calc, installed by .ci/run). Calc is run
headless with a private profile so that it neither needs nor touches a user's.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from scfield.store import Store
from scfield.sync.export import export_assessment
from scfield.sync.importer import import_workbooks
from scfield.sync.reader import read_workbook
from tests.sync.helpers import edit, fingerprint, rows

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice Calc (soffice) is not "
                                "installed: apt-get install -y libreoffice-calc")

AWKWARD = ["=SUM(A1:A3) is what they said", "+84 236 3822 000", "-- ditto --", "@council",
           "\tindented", "line one\nline two", "Đà Nẵng · 岐阜市 · ñ", "  spaces  ", "007",
           "1.10", "TRUE", "2024-03-12", "3"]


def resave(path: Path, tmp: Path) -> Path:
    """Open and save the workbook in LibreOffice Calc (as .xlsx), like an expert would."""
    out = tmp / "calc"
    out.mkdir(exist_ok=True)
    proc = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp / 'lo-profile'}", "--headless",
         "--convert-to", "xlsx", "--outdir", str(out), str(path)],
        capture_output=True, text=True, timeout=180)
    result = out / path.name
    assert proc.returncode == 0 and result.exists(), proc.stderr
    assert result.read_bytes() != path.read_bytes()
    return result


def test_untouched_workbook_resaved_by_calc_changes_nothing(demo_store: Store,
                                                           exported: Path,
                                                           tmp_path: Path) -> None:
    calc = resave(exported, tmp_path)
    parsed = read_workbook(calc)
    assert parsed.sync_ok, parsed.sync_problem
    before = fingerprint(demo_store)
    [result] = import_workbooks(demo_store, [calc])
    assert result.status == "unchanged", (result.problems, result.changes)
    assert fingerprint(demo_store) == before


def test_awkward_values_survive_calc(demo_store: Store, danang: str, exported: Path,
                                     tmp_path: Path) -> None:
    """Text that looks like a formula, a number, a boolean or a date stays that text."""
    noted = [n for n, r in enumerate(rows(exported, "Evidence"), start=2) if r["ID"]]
    changes = []
    for n, text in zip(noted, AWKWARD, strict=False):
        changes += [(n, "Note", text), (n, "Source", text)]
    edit(exported, Evidence=changes, Interviews=[(2, "Consent", "no"), (2, "Date", "2024-03-13")],
         Ratings=[(2, "Score", 0), (3, "Score", None)])
    # The office's copy now holds the same values, as if the expert's edits were imported.
    import_workbooks(demo_store, [exported])
    again = export_assessment(demo_store, danang, tmp_path / "again.xlsx")
    calc = resave(again, tmp_path)
    values = {r["ID"]: r for r in rows(calc, "Evidence") if r["ID"]}
    for n, text in zip(noted, AWKWARD, strict=False):
        evidence_id = rows(exported, "Evidence")[n - 2]["ID"]
        assert demo_store.get("evidence", evidence_id)["note"] == text
        assert evidence_id in values
    before = fingerprint(demo_store)
    [result] = import_workbooks(demo_store, [calc])
    assert result.status == "unchanged", (result.problems, result.changes)
    assert fingerprint(demo_store) == before


def test_edits_made_then_resaved_by_calc_are_applied(demo_store: Store, exported: Path,
                                                     tmp_path: Path) -> None:
    n = next(n for n, r in enumerate(rows(exported, "Evidence"), start=2) if r["ID"])
    evidence_id = rows(exported, "Evidence")[n - 2]["ID"]
    edit(exported, Evidence=[(n, "Score", 4), (n, "Note", "=confirmed on site")],
         Interviews=[("new", "Date", "2024-03-22"), ("new", "Interviewee", "Phạm Minh"),
                     ("new", "Consent", "yes")])
    calc = resave(exported, tmp_path)
    [result] = import_workbooks(demo_store, [calc])
    assert result.status == "applied", result.problems
    assert (result.added, result.updated, result.conflicts) == (1, 1, 0)
    ev = demo_store.get("evidence", evidence_id)
    assert (ev["score"], ev["note"]) == (4, "=confirmed on site")
    [new] = demo_store.query("SELECT * FROM interviews WHERE interviewee = 'Phạm Minh'")
    assert (new["date"], new["consent"]) == ("2024-03-22", 1)
