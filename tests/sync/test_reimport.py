"""Re-importing a workbook, and importing it again after the expert kept working in it.

Experts re-send files, offices re-run batches: importing any workbook that was
already imported must change nothing, whatever was resolved or exported since,
whether it comes back as the very same bytes or saved again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scfield.store import Store
from scfield.sync.conflicts import (
    KeepField,
    KeepOffice,
    KeepValue,
    list_conflicts,
    resolve_conflict,
)
from scfield.sync.export import export_assessment
from scfield.sync.importer import import_workbooks
from tests.sync.helpers import edit, evidence_rows, fingerprint, resave


def _replays_change_nothing(store: Store, book: Path, tmp_path: Path) -> None:
    """The same file, and the same file saved again, both leave the database as it is."""
    before = fingerprint(store)
    for again in (book, resave(book, tmp_path / f"again-{book.name}")):
        [result] = import_workbooks(store, [again])
        assert result.status == "unchanged", result.line()
        assert (result.added, result.updated, result.conflicts) == (0, 0, 0)
        assert fingerprint(store) == before


@pytest.mark.parametrize("take", ["office", "field", "a third value"])
def test_a_settled_conflict_never_comes_back(demo_store: Store, danang: str,
                                             exported: Path, tmp_path: Path,
                                             take: str) -> None:
    n, row = evidence_rows(exported)[0]
    book = edit(exported, tmp_path / "field.xlsx", Evidence=[(n, "Note", "field note"),
                                                             (n, "Score", 1)])
    demo_store.update("evidence", row["ID"], {"note": "office note"})
    [first] = import_workbooks(demo_store, [book])
    assert first.conflicts == 1
    [conflict] = list_conflicts(demo_store, danang)
    decision = {"office": KeepOffice(), "field": KeepField()}.get(take) or KeepValue(take)
    resolve_conflict(demo_store, conflict.id, decision, "settled by phone")
    # the office keeps working on the record after the decision
    demo_store.update("evidence", row["ID"], {"score": 4, "note": "office, later"})
    _replays_change_nothing(demo_store, book, tmp_path)
    assert list_conflicts(demo_store, danang) == []


def test_an_old_workbook_after_a_later_export_changes_nothing(demo_store: Store, danang: str,
                                                              exported: Path,
                                                              tmp_path: Path) -> None:
    n, row = evidence_rows(exported)[0]
    book = edit(exported, tmp_path / "field.xlsx", Evidence=[(n, "Score", 1)])
    [first] = import_workbooks(demo_store, [book])
    assert first.updated == 1
    export_assessment(demo_store, danang, tmp_path / "second-round.xlsx")
    demo_store.update("evidence", row["ID"], {"score": 3})  # settled in the office since
    _replays_change_nothing(demo_store, book, tmp_path)
    assert demo_store.get("evidence", row["ID"])["score"] == 3
    assert list_conflicts(demo_store, danang) == []


def _added_in_the_field(exported: Path, book: Path) -> tuple[Path, int, int]:
    """An interview and two evidence rows added at the bottom; returns (file, interview
    row, first evidence row)."""
    edit(exported, book, Interviews=[("new", "Date", "2024-06-03"),
                                     ("new", "Interviewee", "Quách Minh Khôi"),
                                     ("new", "Role", "Data officr")])
    label = "2024-06-03 · Quách Minh Khôi"
    from openpyxl import load_workbook
    interview_row = load_workbook(book)["Interviews"].max_row
    edit(book, book, Evidence=[("next", "Interview", label), ("new", "No.", 12),
                               ("new", "Score", 2), ("new", "Note", "Open data portal"),
                               ("next", "Interview", label), ("new", "No.", 13),
                               ("new", "Score", 1)])
    evidence_row = load_workbook(book)["Evidence"].max_row - 1
    return book, interview_row, evidence_row


def _field_rows(store: Store, danang: str) -> tuple[list[dict], list[dict]]:
    interviews = store.query("SELECT * FROM interviews WHERE assessment_id = ? AND "
                             "interviewee = 'Quách Minh Khôi'", [danang])
    evidence = store.query("SELECT * FROM evidence WHERE interview_id IN (SELECT id FROM "
                           "interviews WHERE interviewee = 'Quách Minh Khôi') ORDER BY element")
    return interviews, evidence


def test_rows_added_in_the_field_are_updated_by_the_next_import_of_the_file(
        demo_store: Store, danang: str, exported: Path, tmp_path: Path) -> None:
    book, interview_row, evidence_row = _added_in_the_field(exported,
                                                            tmp_path / "field.xlsx")
    n, row = evidence_rows(exported)[0]
    edit(book, book, Evidence=[(n, "Score", 1)])
    [first] = import_workbooks(demo_store, [book])
    assert (first.added, first.updated, first.conflicts) == (3, 1, 0), first.line()

    # the expert keeps working in the same file: corrects what they added and re-scores
    edit(book, book, Interviews=[(interview_row, "Role", "Data officer")],
         Evidence=[(evidence_row, "Score", 3), (evidence_row, "Note", "Open data portal, "
                    "launched 2023"), (n, "Score", 2)])
    [second] = import_workbooks(demo_store, [book])
    assert (second.added, second.conflicts) == (0, 0), second.line()
    assert second.updated == 3
    interviews, evidence = _field_rows(demo_store, danang)
    assert [i["role"] for i in interviews] == ["Data officer"]
    assert [(e["element"], e["score"], e["note"]) for e in evidence] == [
        (12, 3, "Open data portal, launched 2023"), (13, 1, "")]
    assert demo_store.get("evidence", row["ID"])["score"] == 2
    assert list_conflicts(demo_store, danang) == []
    _replays_change_nothing(demo_store, book, tmp_path)


def test_another_copy_of_the_export_still_conflicts(demo_store: Store, danang: str,
                                                    exported: Path, tmp_path: Path) -> None:
    """Only the same file follows its own earlier import: a second expert's copy of the
    same export changing the same score is a conflict, as always."""
    n, row = evidence_rows(exported)[0]
    mine = edit(exported, tmp_path / "mai.xlsx", Evidence=[(n, "Score", 1), (n + 1, "Score", 0)])
    theirs = edit(exported, tmp_path / "kenji.xlsx", Evidence=[(n, "Score", 2)])
    import_workbooks(demo_store, [mine])
    [result] = import_workbooks(demo_store, [theirs])
    assert result.conflicts == 1
    assert demo_store.get("evidence", row["ID"])["score"] == 1


def test_a_row_whose_id_was_cleared_finds_its_record(demo_store: Store, danang: str,
                                                     exported: Path, tmp_path: Path) -> None:
    (n, untouched), (m, corrected) = evidence_rows(exported)[:2]
    interview = 2  # the first interview's row
    before = demo_store.query("SELECT count(*) AS n FROM evidence")[0]["n"]
    book = edit(exported, tmp_path / "field.xlsx",
                Evidence=[(n, "ID", None), (m, "ID", None), (m, "Score", 0)],
                Interviews=[(interview, "ID", None)])
    [result] = import_workbooks(demo_store, [book])
    assert (result.added, result.updated, result.conflicts) == (0, 1, 0), result.line()
    assert demo_store.query("SELECT count(*) AS n FROM evidence")[0]["n"] == before
    assert demo_store.get("evidence", corrected["ID"])["score"] == 0
    assert demo_store.get("evidence", untouched["ID"])["score"] == untouched["Score"]
    assert not any("not in the workbook any more" in note for note in result.notes)


def test_a_second_row_for_one_interview_and_element_is_refused(demo_store: Store,
                                                               exported: Path,
                                                               tmp_path: Path) -> None:
    n, row = evidence_rows(exported)[0]
    book = edit(exported, tmp_path / "field.xlsx",
                Evidence=[("new", "Interview", row["Interview"]), ("new", "No.", row["No."]),
                          ("new", "Score", 4)])
    before = fingerprint(demo_store)
    [result] = import_workbooks(demo_store, [book])
    assert result.refused
    [problem] = result.problems
    assert problem.startswith("sheet Evidence, row ") and f"(row {n})" in problem
    assert f"element {row['No.']}" in problem
    assert fingerprint(demo_store) == before


def _relabel(book: Path, interview_row: int, old: str, new: str, **changes: object) -> None:
    """Correct the added interview as an expert does: its cells, then the evidence rows
    that name it by its (derived) label."""
    from openpyxl import load_workbook
    ev = [n for n, r in enumerate(load_workbook(book, read_only=True)["Evidence"]
                                  .iter_rows(values_only=True), start=1) if r[0] == old]
    edit(book, book, Interviews=[(interview_row, column, value)
                                 for column, value in changes.items()],
         Evidence=[(n, "Interview", new) for n in ev])


@pytest.mark.parametrize("corrected", ["Interviewee", "Date"])
def test_a_corrected_natural_key_updates_what_the_first_import_added(
        demo_store: Store, danang: str, exported: Path, tmp_path: Path,
        corrected: str) -> None:
    book, interview_row, evidence_row = _added_in_the_field(exported,
                                                            tmp_path / "field.xlsx")
    [first] = import_workbooks(demo_store, [book])
    assert (first.added, first.conflicts) == (3, 0), first.line()
    [(interview_id, *_)] = [(i["id"],) for i in _field_rows(demo_store, danang)[0]]
    evidence_ids = [e["id"] for e in _field_rows(demo_store, danang)[1]]

    new = {"Interviewee": ("2024-06-03", "Quách Minh Khoa"),
           "Date": ("2024-06-04", "Quách Minh Khôi")}[corrected]
    _relabel(book, interview_row, "2024-06-03 · Quách Minh Khôi", " · ".join(new),
             **{corrected: new[0] if corrected == "Date" else new[1]})
    edit(book, book, Evidence=[(evidence_row, "Score", 4)])
    [second] = import_workbooks(demo_store, [book])
    assert (second.added, second.conflicts) == (0, 0), second.line()
    assert second.updated == 2, second.line()   # the interview's key, one score
    assert any("taken as the correction of the interview of" in n
               for n in second.notes), second.notes
    interview = demo_store.get("interviews", interview_id)
    assert (interview["date"], interview["interviewee"]) == new
    assert demo_store.query("SELECT count(*) AS n FROM interviews WHERE assessment_id = ? "
                            "AND interviewee LIKE 'Quách Minh%'", [danang])[0]["n"] == 1
    evidence = demo_store.query("SELECT id, element, score FROM evidence WHERE "
                                "interview_id = ? ORDER BY element", [interview_id])
    assert [(e["id"], e["element"], e["score"]) for e in evidence] == [
        (evidence_ids[0], 12, 4), (evidence_ids[1], 13, 1)]
    assert list_conflicts(demo_store, danang) == []
    _replays_change_nothing(demo_store, book, tmp_path)


def test_a_corrected_element_updates_the_evidence_the_first_import_added(
        demo_store: Store, danang: str, exported: Path, tmp_path: Path) -> None:
    book, _, evidence_row = _added_in_the_field(exported, tmp_path / "field.xlsx")
    import_workbooks(demo_store, [book])
    before = {e["element"]: e["id"] for e in _field_rows(demo_store, danang)[1]}
    edit(book, book, Evidence=[(evidence_row, "No.", 14)])   # 12 was a slip for 14
    [second] = import_workbooks(demo_store, [book])
    assert (second.added, second.updated, second.conflicts) == (0, 1, 0), second.line()
    after = {e["element"]: e["id"] for e in _field_rows(demo_store, danang)[1]}
    assert after == {14: before[12], 13: before[13]}


def test_rows_deleted_and_corrected_since_are_told_apart_by_their_content(
        demo_store: Store, danang: str, exported: Path, tmp_path: Path) -> None:
    """Two interviews of one day added; then the first row deleted and the second one's
    name corrected: the second record is updated (not the first, now at its place)."""
    book = edit(exported, tmp_path / "field.xlsx",
                Interviews=[("next", "Date", "2024-06-03"), ("new", "Interviewee", "Lê An"),
                            ("new", "Role", "Mayor"),
                            ("next", "Date", "2024-06-03"), ("new", "Interviewee", "Phạm Bìh"),
                            ("new", "Role", "Planner")])
    [first] = import_workbooks(demo_store, [book])
    assert first.added == 2, first.line()
    ids = {i["interviewee"]: i["id"] for i in demo_store.query(
        "SELECT id, interviewee FROM interviews WHERE date = '2024-06-03'")}
    from openpyxl import load_workbook
    wb = load_workbook(book)
    ws = wb["Interviews"]
    ws.delete_rows(ws.max_row - 1)       # Lê An's row
    wb.save(book)
    edit(book, book, Interviews=[(ws.max_row, "Interviewee", "Phạm Bình")])
    [second] = import_workbooks(demo_store, [book])
    assert (second.added, second.updated, second.conflicts) == (0, 1, 0), second.line()
    assert demo_store.get("interviews", ids["Phạm Bìh"])["interviewee"] == "Phạm Bình"
    assert demo_store.get("interviews", ids["Lê An"])["interviewee"] == "Lê An"


def test_a_row_that_could_correct_two_added_rows_is_refused(
        demo_store: Store, danang: str, exported: Path, tmp_path: Path) -> None:
    book = edit(exported, tmp_path / "field.xlsx",
                Interviews=[("next", "Date", "2024-06-03"), ("new", "Interviewee", "Lê An"),
                            ("next", "Date", "2024-06-05"), ("new", "Interviewee", "Lê An")])
    import_workbooks(demo_store, [book])
    from openpyxl import load_workbook
    wb = load_workbook(book)
    ws = wb["Interviews"]
    last = ws.max_row
    ws.delete_rows(last - 1)
    wb.save(book)
    # the remaining row now says 2024-06-04: a correction of either interview
    edit(book, book, Interviews=[(last - 1, "Date", "2024-06-04")])
    before = fingerprint(demo_store)
    [result] = import_workbooks(demo_store, [book])
    assert result.refused, result.line()
    [problem] = result.problems
    assert problem.startswith(f"sheet Interviews, row {last - 1}: ") and "any of 2" in problem
    assert fingerprint(demo_store) == before


def test_a_new_interview_of_another_day_is_not_taken_for_a_correction(
        demo_store: Store, danang: str, exported: Path, tmp_path: Path) -> None:
    book, interview_row, _ = _added_in_the_field(exported, tmp_path / "field.xlsx")
    import_workbooks(demo_store, [book])
    # the expert overwrites the added row with another person met another day
    edit(book, book, Interviews=[(interview_row, "Interviewee", "Trần Văn Hùng"),
                                 (interview_row, "Date", "2024-06-09"),
                                 (interview_row, "Interview", "2024-06-03 · Quách Minh Khôi")])
    [second] = import_workbooks(demo_store, [book])
    assert second.added == 1, second.line()
    assert len(_field_rows(demo_store, danang)[0]) == 1
    assert not any("correction of the interview" in n for n in second.notes), second.notes


def test_a_new_interview_sharing_a_day_is_added_and_said(
        demo_store: Store, danang: str, exported: Path, tmp_path: Path) -> None:
    book, interview_row, _ = _added_in_the_field(exported, tmp_path / "field.xlsx")
    import_workbooks(demo_store, [book])
    edit(book, book, Interviews=[(interview_row, "Interviewee", "Trần Văn Hùng"),
                                 (interview_row, "Role", "Mayor"),
                                 (interview_row, "Organisation", "People's Committee"),
                                 (interview_row, "Interview", "2024-06-03 · Quách Minh Khôi")])
    [second] = import_workbooks(demo_store, [book])
    assert second.added == 1, second.line()
    assert any(n.startswith(f"sheet Interviews, row {interview_row}: added as a new "
                            "record; it differs from the interview of 'Quách Minh Khôi'")
               for n in second.notes), second.notes
