"""Properties of the three-way merge, checked on real databases and real workbooks.

* importing a workbook twice is the same as importing it once;
* disjoint edits from two experts (same export) give the same result in either order;
* a value changed both in the office and in the field keeps both (record + conflict).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scfield.store import Store, open_store
from scfield.sync.conflicts import list_conflicts
from scfield.sync.export import export_assessment
from scfield.sync.importer import import_workbooks
from tests.sync.helpers import edit, fingerprint, rows

SETTINGS = settings(max_examples=20, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])
TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc"), include_characters="\n\t"),
               max_size=40)
FIELD_VALUES = {
    "Score": st.one_of(st.none(), st.integers(0, 4)),
    "Note": TEXT,
    "Source": TEXT,
    "Confidence": st.sampled_from(["high", "medium", "low"]),
}
EVIDENCE_ROWS = 40  # edits pick among the first 40 evidence rows that have an ID


def _edits() -> st.SearchStrategy[dict[tuple[int, str], Any]]:
    key = st.tuples(st.integers(0, EVIDENCE_ROWS - 1), st.sampled_from(sorted(FIELD_VALUES)))
    return st.dictionaries(key, st.just(None), max_size=8).flatmap(
        lambda d: st.fixed_dictionaries({k: FIELD_VALUES[k[1]] for k in d}))


NEW_ROWS = st.lists(st.tuples(st.integers(1, 21), st.integers(0, 4), TEXT), max_size=3)


class World:
    """A fresh copy of the demo database and one export of Da Nang 2024."""

    def __init__(self, template: Path) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="scfield-prop-"))
        shutil.copyfile(template, self.dir / "office.sqlite")
        self.store = open_store(self.dir / "office.sqlite", author="Office")
        self.aid = self.store.query("SELECT id FROM assessments WHERE title LIKE 'Da Nang%' "
                                    "ORDER BY start_date LIMIT 1")[0]["id"]
        self.export = export_assessment(self.store, self.aid, self.dir / "field.xlsx")
        # (sheet row, evidence id) of the rows holding evidence (others are offered empty)
        self.noted = [(n, r["ID"]) for n, r in enumerate(rows(self.export, "Evidence"),
                                                          start=2) if r["ID"]]

    def copy_db(self, name: str) -> Store:
        self.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copyfile(self.dir / "office.sqlite", self.dir / name)
        return open_store(self.dir / name, author="Office")

    def workbook(self, name: str, edits: dict[tuple[int, str], Any],
                 new: list[tuple[int, int, str]], avoid: frozenset[int] = frozenset()
                 ) -> Path:
        label = rows(self.export, "Interviews")[0]["Interview"]
        changes: list[tuple[Any, str, Any]] = [(self.noted[k][0], c, v)
                                               for (k, c), v in edits.items()]
        # An interview gives one score per element: new rows are for elements it has no
        # evidence on yet (those the export offers as empty rows), one row each.
        offered = [r["No."] for r in rows(self.export, "Evidence")
                   if not r["ID"] and r["Interview"] == label and r["No."] not in avoid]
        chosen = {offered[n % len(offered)]: (score, note) for n, score, note in new}
        self.chosen = frozenset(chosen)
        for element, (score, note) in chosen.items():
            changes += [("next", "Interview", label), ("new", "No.", element),
                        ("new", "Score", score), ("new", "Note", note)]
        return edit(self.export, self.dir / name, Evidence=changes)

    def close(self) -> None:
        self.store.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def content(store: Store) -> list[tuple]:
    """What the merge decides: records and their fields, without timestamps."""
    out: list[tuple] = []
    for table, fields in (("assessments", "title, team, population"),
                          ("interviews", "assessment_id, interviewee, role, consent"),
                          ("evidence", "interview_id, element, score, note, source, confidence"),
                          ("ratings", "assessment_id, element, score, rationale")):
        out += [(table, *r) for r in store.db.execute(
            f"SELECT id, {fields} FROM {table} ORDER BY id")]
    return out


@SETTINGS
@given(edits=_edits(), new=NEW_ROWS)
def test_importing_twice_is_importing_once(demo_template: Path, edits: dict,
                                           new: list) -> None:
    world = World(demo_template)
    try:
        book = world.workbook("a.xlsx", edits, new)
        [first] = import_workbooks(world.store, [book])
        assert first.status in ("applied", "unchanged"), first.problems
        before = fingerprint(world.store)
        [second] = import_workbooks(world.store, [book])
        assert second.status == "unchanged"
        assert (second.added, second.updated, second.conflicts) == (0, 0, 0)
        assert fingerprint(world.store) == before
    finally:
        world.close()


@SETTINGS
@given(edits=_edits(), new_a=NEW_ROWS, new_b=NEW_ROWS, split=st.randoms())
def test_disjoint_edits_commute(demo_template: Path, edits: dict, new_a: list, new_b: list,
                                split: Any) -> None:
    world = World(demo_template)
    try:
        keys = sorted(edits)
        split.shuffle(keys)
        half = len(keys) // 2
        a = world.workbook("a.xlsx", {k: edits[k] for k in keys[:half]}, new_a)
        # disjoint: b adds evidence on other elements (the same interview × element from
        # two experts is a conflict, not two proposals)
        b = world.workbook("b.xlsx", {k: edits[k] for k in keys[half:]}, new_b,
                           avoid=world.chosen)
        one, two = world.copy_db("one.sqlite"), world.copy_db("two.sqlite")
        r1 = import_workbooks(one, [a, b])
        r2 = import_workbooks(two, [b, a])
        assert not any(r.refused for r in r1 + r2)
        assert sum(r.conflicts for r in r1 + r2) == 0
        assert content(one) == content(two)
        for (row, column), value in edits.items():
            evidence_id = world.noted[row][1]
            field = column.lower()
            expected = "" if value is None and field in ("note", "source") else value
            assert one.get("evidence", evidence_id)[field] == expected
        one.close()
        two.close()
    finally:
        world.close()


@SETTINGS
@given(row=st.integers(0, EVIDENCE_ROWS - 1), office=TEXT, field_value=TEXT)
def test_a_conflict_keeps_both_values(demo_template: Path, row: int, office: str,
                                      field_value: str) -> None:
    world = World(demo_template)
    try:
        evidence_id = world.noted[row][1]
        base = world.store.get("evidence", evidence_id)["note"]
        book = world.workbook("a.xlsx", {(row, "Note"): field_value}, [])
        world.store.update("evidence", evidence_id, {"note": office})
        [result] = import_workbooks(world.store, [book])
        assert not result.refused
        expected = field_value if office == base else office
        assert world.store.get("evidence", evidence_id)["note"] == expected
        open_ = list_conflicts(world.store, world.aid)
        if office != base and field_value != base and office != field_value:
            assert result.conflicts == 1
            [c] = open_
            assert (c.office, c.field_value, c.base) == (office, field_value, base)
        else:
            assert open_ == [] and result.conflicts == 0
    finally:
        world.close()
