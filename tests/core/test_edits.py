"""Optimistic saves: the app writes only what its user changed, against what it read.

Two real connections to one real database file: ``store`` is the app, ``other`` is
another writer (an import from a shell, a second app) changing records in between.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scfield import edits
from scfield.store import Store, open_store, records
from scfield.sync.conflicts import KeepField, list_conflicts, resolve_conflict


@pytest.fixture
def other(db_path: Path, store: Store) -> Iterator[Store]:
    s = open_store(db_path, author="Office Importer")
    yield s
    s.close()


@pytest.fixture
def interview(store: Store) -> str:
    assessment_id = records.create_assessment(store, title="Da Nang 2026", city="Da Nang")
    return records.add_interview(store, assessment_id, interviewee="Ms Lan")


def _audit(store: Store, record_id: str) -> list[tuple[str, str, Any, Any]]:
    return [(r["who"], r["field"], r["old_value"], r["new_value"]) for r in store.query(
        "SELECT who, field, old_value, new_value FROM audit WHERE record_id = ? AND field != '*' "
        "ORDER BY id", [record_id])]


def test_a_note_saved_after_an_import_keeps_the_imports_score_and_source(
        store: Store, other: Store, interview: str) -> None:
    evidence_id = records.add_evidence(store, interview, element=3, score=2, note="Pilot",
                                       source="city plan")
    read = dict(store.get("evidence", evidence_id))
    records.update_evidence(other, evidence_id, score=4, source="ministry report 2026")
    saved = edits.save_evidence(store, interview, 3, read, {"note": "Pilot running"})
    row = store.get("evidence", evidence_id)
    assert (row["score"], row["source"], row["note"]) == (4, "ministry report 2026",
                                                           "Pilot running")
    assert saved.written == {"note": "Pilot running"} and saved.conflicts == []
    assert saved.current["score"] == 4  # what the page now shows
    assert _audit(store, evidence_id) == [
        ("Office Importer", "score", "2", "4"),
        ("Office Importer", "source", "city plan", "ministry report 2026"),
        ("Test Assessor", "note", "Pilot", "Pilot running")]  # no revert
    assert list_conflicts(store) == []


def test_a_field_changed_on_both_sides_becomes_a_conflict_not_an_overwrite(
        store: Store, other: Store, interview: str) -> None:
    evidence_id = records.add_evidence(store, interview, element=5, score=1, note="Old")
    read = dict(store.get("evidence", evidence_id))
    records.update_evidence(other, evidence_id, note="From the workbook", score=3)
    saved = edits.save_evidence(store, interview, 5, read, {"note": "Typed in the app",
                                                            "confidence": "high"},
                                place="guide, element 05")
    row = store.get("evidence", evidence_id)
    assert (row["note"], row["score"], row["confidence"]) == ("From the workbook", 3, "high")
    assert saved.conflicts == ["note"] and saved.written == {"confidence": "high"}
    [conflict] = list_conflicts(store)
    assert (conflict.table, conflict.record_id, conflict.field) == ("evidence", evidence_id,
                                                                     "note")
    assert (conflict.base, conflict.office, conflict.field_value) == (
        "Old", "From the workbook", "Typed in the app")
    assert conflict.file == "app (Test Assessor)" and conflict.place == "guide, element 05"
    # The same save again (the autosave retrying) does not add a second conflict.
    edits.save_evidence(store, interview, 5, read, {"note": "Typed in the app"})
    assert len(list_conflicts(store)) == 1
    # Settled like any sync conflict, with a reason.
    resolve_conflict(store, conflict.id, KeepField(), "the assessor's note is the later one")
    assert store.get("evidence", evidence_id)["note"] == "Typed in the app"


def test_a_page_with_no_note_yet_meets_a_note_added_elsewhere(
        store: Store, other: Store, interview: str) -> None:
    records.add_evidence(other, interview, element=7, note="Imported note", score=2)
    saved = edits.save_evidence(store, interview, 7, edits.EVIDENCE_DEFAULTS,
                                {"note": "Mine", "source": "site visit"})
    assert saved.conflicts == ["note"] and saved.written == {"source": "site visit"}
    assert (saved.current["note"], saved.current["score"]) == ("Imported note", 2)
    # And with nothing there, the first save creates the row.
    created = edits.save_evidence(store, interview, 8, edits.EVIDENCE_DEFAULTS, {"score": 3})
    assert store.get("evidence", created.record_id)["score"] == 3


def test_ratings_and_profile_compare_before_writing(store: Store, other: Store,
                                                    interview: str) -> None:
    assessment_id = store.get("interviews", interview)["assessment_id"]
    first = edits.save_rating(store, assessment_id, 4, edits.RATING_DEFAULTS,
                              {"score": 2, "rationale": "Two pilots"})
    read = {k: first.current[k] for k in edits.RATING_DEFAULTS}
    records.set_rating(other, assessment_id, 4, score=3, rationale="Two pilots",
                       confidence="low")
    saved = edits.save_rating(store, assessment_id, 4, read, {"rationale": "Two pilots, one "
                                                                            "scaled"})
    row = store.get("ratings", first.record_id)
    assert (row["score"], row["confidence"], row["rationale"]) == (3, "low",
                                                                   "Two pilots, one scaled")
    assert row["set_by"] == "Test Assessor"

    profile = dict(store.get("assessments", assessment_id))
    records.update_assessment(other, assessment_id, title="Da Nang 2026 (revised)",
                              city="Đà Nẵng")
    saved = edits.save_assessment(store, assessment_id, profile,
                                  {"team": "JICA team", "city": "Danang"})
    row = store.get("assessments", assessment_id)
    assert (row["title"], row["team"], row["city"]) == ("Da Nang 2026 (revised)", "JICA team",
                                                        "Đà Nẵng")
    assert saved.conflicts == ["city"]
    assert [c.field for c in list_conflicts(store, assessment_id)] == ["city"]


def test_interview_dialog_saves_compare_too(store: Store, other: Store,
                                            interview: str) -> None:
    read = dict(store.get("interviews", interview))
    records.update_interview(other, interview, role="Director")
    saved = edits.save_interview(store, interview, read, {"organisation": "DOST",
                                                          "consent": True})
    row = store.get("interviews", interview)
    assert (row["role"], row["organisation"], row["consent"]) == ("Director", "DOST", 1)
    assert saved.conflicts == []
