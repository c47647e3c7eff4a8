"""The app's operations say what they changed (``scfield/operations.py``): each returns
``Done(value, Changes)``, so the app refreshes exactly the views concerned without any
window working it out. Real SQLite files, real workbooks."""

from __future__ import annotations

from pathlib import Path

from scfield import operations, scorecard
from scfield.changes import Changes, Done
from scfield.progress import NO_PROGRESS
from scfield.store import Store
from scfield.sync.conflicts import KeepOffice


def _da_nang_2025(store: Store) -> str:
    return next(r.id for r in scorecard.list_assessments(store)
                if r.title.startswith("Da Nang") and "2025" in r.title)


def test_writes_name_the_assessment_they_touched(store: Store) -> None:
    created = operations.create_assessment(store, "Hue readiness", level="city")
    aid = created.value
    assert created.changes == Changes.of(aid)
    read = {"city": store.get("assessments", aid)["city"]}
    saved = operations.save_profile(store, aid, read, {"city": "Hue"})
    assert saved.changes == Changes.of(aid) and saved.value.current["city"] == "Hue"
    added = operations.add_interview(store, aid, {"interviewee": "Le Van An"})
    assert added.changes == Changes.of(aid)
    assert store.get("interviews", added.value)["interviewee"] == "Le Van An"
    gone = operations.delete_interview(store, aid, added.value, reason="test")
    assert gone == Done(None, Changes.of(aid))
    assert store.find("interviews", added.value) is None


def test_a_new_assessment_from_a_reassessment_or_the_demo_is_named(store: Store) -> None:
    demo = operations.load_demo(store, NO_PROGRESS)
    assert demo.changes == Changes.of(*demo.value) and len(demo.value) == 5
    new = operations.start_reassessment(store, _da_nang_2025(store), "Da Nang 2027")
    assert new.changes == Changes.of(new.value)
    deleted = operations.delete_assessment(store, new.value, reason="test")
    assert deleted.changes.everything  # a row is gone: the list re-reads whole


def test_an_import_changes_everything_only_when_it_wrote(demo_store: Store,
                                                         tmp_path: Path) -> None:
    from scfield.sync.export import export_assessment

    aid = _da_nang_2025(demo_store)
    workbook = export_assessment(demo_store, aid, tmp_path / "field.xlsx")
    nothing_new = operations.import_workbooks(demo_store, [workbook], NO_PROGRESS)
    assert [r.status for r in nothing_new.value] == ["unchanged"]
    assert not nothing_new.changes
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    refused = operations.import_workbooks(demo_store, [broken], NO_PROGRESS)
    assert refused.value[0].refused and not refused.changes


def test_settling_a_conflict_names_its_assessment(demo_store: Store) -> None:
    from scfield.sync.conflicts import list_conflicts

    aid = _da_nang_2025(demo_store)
    # Saved against a title read before someone else changed it: kept as a conflict.
    stale = operations.save_profile(demo_store, aid, {"title": "An older title"},
                                    {"title": "My title"})
    assert stale.value.conflicts == ["title"]
    conflicts = list_conflicts(demo_store)
    assert [c.assessment_id for c in conflicts] == [aid]
    done = operations.resolve_conflict(demo_store, conflicts[0].id, KeepOffice(),
                                       "checked with the team")
    assert done.changes == Changes.of(conflicts[0].assessment_id)
    assert done.value.status == "resolved"


def test_changes_carry_who_asked_without_changing_what() -> None:
    asker = object()
    changes = Changes.of("a", "b").by(asker)
    assert changes.origin is asker and changes.assessments == {"a", "b"}
    assert Changes.all().by(asker).everything
    assert not Changes.none() and bool(Changes.of("a"))
