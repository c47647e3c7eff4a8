"""Export → (edit) → import round trips of every sheet, on a real database and real files."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import load_workbook

from scfield.commands.core import show_data
from scfield.framework import default_framework
from scfield.store import Store
from scfield.store.queries import evidence_of, interviews_of, ratings_of
from scfield.sync.export import export_assessment, write_template
from scfield.sync.importer import import_workbooks
from scfield.sync.summary import write_summary
from tests.sync.helpers import edit, fingerprint, rows


def test_export_has_the_sheets_in_order_and_sync_is_hidden(exported: Path) -> None:
    wb = load_workbook(exported)
    assert wb.sheetnames == ["Instructions", "Guide", "Assessment", "Interviews", "Evidence",
                             "Ratings", "Lists", "_sync"]
    assert wb["_sync"].sheet_state == "hidden"
    for name in ("Interviews", "Evidence", "Ratings"):
        ws = wb[name]
        assert ws.protection.sheet, name
        # The IDs at the far right, grey and locked: the row's subject, score and note
        # come first, where a 1366-pixel screen shows them.
        last = ws.max_column
        assert ws.cell(row=1, column=last).value == "ID"
        assert ws.cell(row=2, column=last).fill.fgColor.rgb.endswith("E7E6E6"), "ID greyed"
        assert ws.cell(row=2, column=last).protection.locked
        assert ws.freeze_panes is not None
        formulas = [dv.formula1 for dv in ws.data_validations.dataValidation]
        assert formulas and all("!" in f for f in formulas), "dropdowns reference ranges"
    assert [c.value for c in wb["Evidence"][1]][:5] == ["Interview", "No.", "Element", "Score",
                                                        "Note"]
    note = wb["Evidence"]["E2"]
    assert note.alignment.wrap_text and not note.protection.locked
    assert wb["Evidence"].column_dimensions["E"].width >= 50


def test_every_sheet_shows_the_database_values(demo_store: Store, danang: str,
                                               exported: Path) -> None:
    fw = default_framework()
    a = demo_store.get("assessments", danang)
    profile = {r["Field"]: r["Value"] for r in rows(exported, "Assessment")}
    assert profile["Title"] == a["title"] and profile["Economy"] == a["economy"]
    assert profile["Assessment ID"] == danang

    sheet = rows(exported, "Interviews")
    db = interviews_of(demo_store, danang)
    assert [r["ID"] for r in sheet] == [i["id"] for i in db]
    for r, i in zip(sheet, db, strict=True):
        assert r["Interviewee"] == i["interviewee"] and r["Helix group"] == i["helix_group"]
        assert r["Consent"] == ("yes" if i["consent"] else "no")
        assert r["Interview"] == f"{i['date']} · {i['interviewee']}"

    evidence = {r["ID"]: r for r in rows(exported, "Evidence") if r["ID"]}
    db_ev = evidence_of(demo_store, danang)
    assert set(evidence) == {e["id"] for e in db_ev}
    for e in db_ev:
        r = evidence[e["id"]]
        assert (r["No."], r["Score"], r["Note"], r["Confidence"]) == (
            e["element"], e["score"], e["note"], e["confidence"])
        assert r["Element"] == fw.element(e["element"]).name
    # one row per interview × element: the uncovered ones are offered empty
    assert len(rows(exported, "Evidence")) >= len(db_ev)

    ratings = rows(exported, "Ratings")
    assert [r["No."] for r in ratings] == list(range(1, 22))
    db_r = ratings_of(demo_store, danang)
    for r in ratings:
        rating = db_r.get(r["No."])
        assert r["Score"] == (rating["score"] if rating else None)

    lists = rows(exported, "Lists")
    assert [r["Score"] for r in lists[:5]] == [0, 1, 2, 3, 4]


def test_reimporting_an_untouched_export_changes_nothing(demo_store: Store,
                                                         exported: Path) -> None:
    before = fingerprint(demo_store)
    [result] = import_workbooks(demo_store, [exported])
    assert result.status == "unchanged" and result.unchanged > 80
    assert fingerprint(demo_store) == before
    assert not (demo_store.path.parent / "backups").exists() or not list(
        (demo_store.path.parent / "backups").glob("*before-import*"))


def test_edits_on_every_sheet_are_applied_and_audited(demo_store: Store, danang: str,
                                                      exported: Path) -> None:
    ev = rows(exported, "Evidence")
    first_interview = rows(exported, "Interviews")[0]
    # an element the interview has no evidence on yet (one score per interview × element)
    element = next(r["No."] for r in ev if not r["ID"]
                   and r["Interview"] == first_interview["Interview"])
    edit(exported,
         Assessment=[(0, "Population", "1.3 million"), (0, "Level", "city")],
         Interviews=[(2, "Role", "Director"), (2, "Consent", "no"),
                     ("new", "Date", "2024-03-21"), ("new", "Interviewee", "Lê Văn Tám"),
                     ("new", "Helix group", "citizen"), ("new", "Consent", "yes")],
         Evidence=[(2, "Score", 1), (2, "Note", "+ revised after site visit"),
                   ("new", "Interview", "2024-03-21 · Lê Văn Tám"), ("new", "No.", 7),
                   ("new", "Score", 2), ("new", "Note", "@mention: bus data is late"),
                   ("next", "Interview", first_interview["Interview"]), ("new", "No.", element),
                   ("new", "Score", 4), ("new", "Confidence", "low")],
         Ratings=[(3, "Score", 0), (3, "Rationale", "=not a formula")])
    [result] = import_workbooks(demo_store, [exported])
    assert result.status == "applied", result.problems
    assert (result.added, result.updated, result.conflicts) == (3, 4, 0)

    a = demo_store.get("assessments", danang)
    assert a["population"] == "1.3 million"
    i = demo_store.get("interviews", first_interview["ID"])
    assert (i["role"], i["consent"]) == ("Director", 0)
    e = demo_store.get("evidence", ev[0]["ID"])
    assert (e["score"], e["note"]) == (1, "+ revised after site visit")
    new = demo_store.query("SELECT * FROM interviews WHERE interviewee = 'Lê Văn Tám'")
    assert len(new) == 1 and new[0]["helix_group"] == "citizen" and new[0]["consent"] == 1
    notes = demo_store.query("SELECT * FROM evidence WHERE interview_id = ?", [new[0]["id"]])
    assert [(n["element"], n["score"], n["note"]) for n in notes] == [
        (7, 2, "@mention: bus data is late")]
    extra = demo_store.query("SELECT * FROM evidence WHERE interview_id = ? AND element = ?",
                             [first_interview["ID"], element])
    assert extra and extra[-1]["confidence"] == "low"
    rating = ratings_of(demo_store, danang)[2]
    assert (rating["score"], rating["rationale"]) == (0, "=not a formula")
    sources = {r["source"] for r in demo_store.query(
        "SELECT source FROM audit WHERE at >= ? ", [a["updated_at"]])}
    assert sources == {exported.name}
    backups = list((demo_store.path.parent / "backups").glob("*before-import*"))
    assert len(backups) == 1

    # Importing the same file again: nothing, not even a timestamp, changes.
    before = fingerprint(demo_store)
    [again] = import_workbooks(demo_store, [exported])
    assert again.status == "unchanged" and (again.added, again.updated) == (0, 0)
    assert fingerprint(demo_store) == before


def test_export_of_the_import_round_trips(demo_store: Store, danang: str, exported: Path,
                                          tmp_path: Path) -> None:
    """Values written by an import export identically (text that looks like a formula too)."""
    edit(exported, Evidence=[(2, "Note", "=1+1\tand a tab"), (3, "Source", "-dash")])
    import_workbooks(demo_store, [exported])
    second = export_assessment(demo_store, danang, tmp_path / "second.xlsx")
    ev = {r["ID"]: r for r in rows(second, "Evidence") if r["ID"]}
    firsts = rows(exported, "Evidence")
    assert ev[firsts[0]["ID"]]["Note"] == "=1+1\tand a tab"
    assert ev[firsts[1]["ID"]]["Source"] == "-dash"
    with zipfile.ZipFile(second) as zf:
        sheet = zf.read("xl/worksheets/sheet4.xml").decode()
    assert "<f>" not in sheet, "no cell was written as a formula"


def test_template_starts_an_assessment_in_the_field(store: Store, tmp_path: Path) -> None:
    path = write_template(tmp_path / "blank.xlsx")
    edit(path, Assessment=[(0, "Title", "Hue readiness 2025"), (0, "City", "Huế"),
                           (0, "Country", "Viet Nam"), (0, "Level", "city")],
         Interviews=[("new", "Interview", "mayor"), ("new", "Date", "2025-01-05"),
                     ("new", "Interviewee", "Ms Hoa"), ("new", "Helix group", "public")],
         Evidence=[("new", "Interview", "mayor"), ("new", "No.", 1), ("new", "Score", 3),
                   ("new", "Note", "Clear vision")],
         Ratings=[(2, "Score", 3), (2, "Rationale", "from interviews")])
    [result] = import_workbooks(store, [path])
    assert result.status == "applied", result.problems
    assert (result.added, result.conflicts) == (4, 0)
    [a] = store.query("SELECT * FROM assessments")
    assert (a["title"], a["city"], a["status"]) == ("Hue readiness 2025", "Huế", "draft")
    assert ratings_of(store, a["id"])[1]["score"] == 3
    before = fingerprint(store)
    [again] = import_workbooks(store, [path])
    assert again.status == "unchanged"
    assert fingerprint(store) == before


def test_summary_has_the_numbers_show_prints(demo_store: Store, tmp_path: Path) -> None:
    out = write_summary(demo_store, tmp_path / "summary.xlsx")
    assessments = demo_store.query("SELECT id FROM assessments")
    elements = rows(out, "Elements")
    domains = rows(out, "Domains")
    overall = {r["Assessment ID"]: r for r in rows(out, "Assessments")}
    assert len(elements) == 21 * len(assessments)
    for a in assessments:
        shown = show_data(demo_store, a["id"])
        assert overall[a["id"]]["Overall"] == shown["overall"]
        assert overall[a["id"]]["Stage"] == shown["stage"]
        mine = [r for r in elements if r["Assessment ID"] == a["id"]]
        assert [(r["No."], r["Score"]) for r in mine] == [
            (e["number"], e["score"]) for e in shown["elements"]]
        dom = [r for r in domains if r["Assessment ID"] == a["id"]]
        assert [(r["Domain"], r["Score"], r["Stage"]) for r in dom] == [
            (d["name"], d["score"], d["stage"]) for d in shown["domains"]]


def test_values_as_spreadsheets_type_them(demo_store: Store, exported: Path) -> None:
    """A date Excel turned into a date, a TRUE checkbox, a score typed as text: all accepted."""
    from datetime import datetime

    interview = rows(exported, "Interviews")[1]
    n = next(n for n, r in enumerate(rows(exported, "Evidence"), start=2) if r["ID"])
    evidence_id = rows(exported, "Evidence")[n - 2]["ID"]
    edit(exported, Interviews=[(3, "Date", datetime(2024, 3, 14)), (3, "Consent", False),
                               (3, "Confidential", True), (3, "Helix group", " Private ")],
         Evidence=[(n, "Score", "2"), (n, "Confidence", "HIGH")])
    [result] = import_workbooks(demo_store, [exported])
    assert result.status == "applied", result.problems
    row = demo_store.get("interviews", interview["ID"])
    assert (row["date"], row["consent"], row["confidential"], row["helix_group"]) == (
        "2024-03-14", 0, 1, "private")
    ev = demo_store.get("evidence", evidence_id)
    assert (ev["score"], ev["confidence"]) == (2, "high")


def test_a_workbook_carries_an_assessment_to_another_database(
        demo_store: Store, danang: str, exported: Path, store: Store) -> None:
    """Imported into an empty database, the export recreates the assessment exactly."""
    [result] = import_workbooks(store, [exported])
    assert result.status == "applied", result.problems

    def content(s: Store) -> dict:
        a = s.get("assessments", danang)
        return {
            "assessment": {k: a[k] for k in ("title", "country", "city", "level", "team",
                                             "economy", "profile_notes", "framework_id")},
            "interviews": [{k: i[k] for k in ("id", "date", "interviewee", "role",
                                              "helix_group", "consent", "confidential",
                                              "elements")}
                           for i in interviews_of(s, danang)],
            "evidence": sorted((e["id"], e["interview_id"], e["element"], e["score"],
                                e["note"], e["source"], e["confidence"])
                               for e in evidence_of(s, danang)),
            "ratings": {n: (r["score"], r["rationale"], r["confidence"])
                        for n, r in ratings_of(s, danang).items()},
        }

    assert content(store) == content(demo_store)
    assert show_data(store, danang)["overall"] == show_data(demo_store, danang)["overall"]
    before = fingerprint(store)
    [again] = import_workbooks(store, [exported])
    assert again.status == "unchanged"
    assert fingerprint(store) == before


def test_a_workbook_of_the_former_layout_ids_first_imports_alike(
        demo_store: Store, exported: Path, tmp_path: Path) -> None:
    """Workbooks sent out before the IDs moved to the far right come back with the ID
    as the first column: columns are found by header, so an edit in one imports the same."""
    wb = load_workbook(exported)
    for name in ("Interviews", "Evidence", "Ratings"):
        ws = wb[name]
        last = ws.max_column
        ids = [ws.cell(row=r, column=last).value for r in range(1, ws.max_row + 1)]
        ws.delete_cols(last)
        ws.insert_cols(1)
        for r, value in enumerate(ids, start=1):
            ws.cell(row=r, column=1).value = value
        assert ws["A1"].value == "ID" and ws.cell(row=1, column=2).value != "ID"
    ws = wb["Evidence"]
    head = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value)
    ws.cell(row=row, column=head.index("Note") + 1).value = "edited in an old-layout copy"
    record = ws.cell(row=row, column=1).value
    old = tmp_path / "old-layout.xlsx"
    wb.save(old)
    [result] = import_workbooks(demo_store, [old])
    assert result.status == "applied", result.problems
    assert (result.updated, result.added, result.conflicts) == (1, 0, 0)
    assert demo_store.get("evidence", record)["note"] == "edited in an old-layout copy"
