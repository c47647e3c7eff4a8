"""`scfield demo` gives a newcomer a living database, as the core issue asks."""

from __future__ import annotations

from collections import Counter

from scfield.scorecard import list_assessments, load_scorecard
from scfield.store import Store
from scfield.store.queries import interviews_of


def test_demo_content_is_realistic(demo_store: Store) -> None:
    rows = list_assessments(demo_store)
    assert len(rows) >= 4
    assert {r.level for r in rows} == {"city", "country"}
    cities = {(r.city, r.country) for r in rows if r.level == "city"}
    assert len({country for _, country in cities}) >= 2
    for row in rows:
        interviews = interviews_of(demo_store, row.id)
        assert len(interviews) >= 6
        assert {i["helix_group"] for i in interviews} == {"public", "private", "academia",
                                                          "citizen"}
        card = load_scorecard(demo_store, demo_store.get("assessments", row.id))
        assert all(e.evidence_count >= 1 for e in card.elements)
        assert card.stage is not None


def test_demo_has_a_reassessment_a_year_later(demo_store: Store) -> None:
    rows = demo_store.query("SELECT a.start_date, p.start_date AS previous_start, a.city "
                            "FROM assessments a JOIN assessments p ON p.id = a.previous_id")
    assert rows
    row = rows[0]
    assert int(row["start_date"][:4]) == int(row["previous_start"][:4]) + 1


def test_demo_notes_in_several_languages(demo_store: Store) -> None:
    notes = " ".join(r["note"] for r in demo_store.query("SELECT note FROM evidence"))
    for marker in ("ạ", "é", "ción", "ス"):
        assert marker in notes
    spread = Counter()
    for r in demo_store.query("SELECT i.assessment_id, e.element, max(e.score) - min(e.score) "
                              "AS spread FROM evidence e JOIN interviews i "
                              "ON i.id = e.interview_id GROUP BY 1, 2"):
        if r["spread"] is not None and r["spread"] >= 2:
            spread[r["assessment_id"]] += 1
    assert len(spread) >= 4
