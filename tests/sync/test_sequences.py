"""Property: any sequence of exports, field edits (also in a file already imported),
imports, replays of earlier imports, office edits and resolutions.

* replaying any import already done (the same bytes, or the file saved again)
  changes nothing;
* no value ever disappears: an office value is replaced only by a workbook that
  had exported it (or by the same file correcting what it said before), and a
  value the field wrote is, after its import, in the record or in a conflict;
* an interview never has two evidence rows for one element;
* a row the expert added, imported, and whose element alone they then corrected in
  the same file moves its record on the next import (no second record).
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from scfield.store import Store, open_store
from scfield.sync.conflicts import KeepField, KeepOffice, list_conflicts, resolve_conflict
from scfield.sync.export import export_assessment
from scfield.sync.importer import import_workbooks
from tests.sync.helpers import edit, evidence_rows, fingerprint, resave, rows

FILES = ("mai.xlsx", "kenji.xlsx")
ROWS = 4                      # exported evidence rows the edits touch
FIELDS = {"Score": "score", "Note": "note"}
VALUES = {"Score": st.one_of(st.none(), st.integers(0, 4)),
          "Note": st.sampled_from(["", "budget approved", "=> no budget", "pilot only"])}
BLANK = {"score": None, "note": ""}


def _cell(column: str) -> st.SearchStrategy:
    return VALUES[column].map(lambda v: (column, v))


OPS = st.lists(st.one_of(
    st.tuples(st.just("export"), st.sampled_from(FILES)),
    st.tuples(st.just("edit"), st.sampled_from(FILES), st.integers(0, ROWS - 1),
              st.sampled_from(sorted(FIELDS)).flatmap(_cell)),
    st.tuples(st.just("add"), st.sampled_from(FILES), st.integers(0, 2),
              st.tuples(VALUES["Score"], VALUES["Note"])),
    st.tuples(st.just("renumber"), st.sampled_from(FILES), st.integers(0, 2)),
    st.tuples(st.just("office"), st.integers(0, ROWS - 1),
              st.sampled_from(sorted(FIELDS)).flatmap(_cell)),
    st.tuples(st.just("import"), st.sampled_from(FILES)),
    st.tuples(st.just("import"), st.sampled_from(FILES)),
    st.tuples(st.just("replay"), st.integers(0, 10), st.booleans()),
    st.tuples(st.just("resolve"), st.sampled_from(["field", "office"])),
), min_size=3, max_size=9)


@dataclass
class File:
    """One expert's workbook: where it is, what was exported to it, what it says now."""
    path: Path
    export: int
    label: str
    ids: list[tuple[int, str]]                       # (sheet row, evidence id)
    base: dict[tuple[str, str], Any]                 # (evidence id, field) -> exported
    offered: list[int]                               # elements offered empty
    added: dict[int, int] = field(default_factory=dict)   # element -> sheet row
    record_of: dict[int, str] = field(default_factory=dict)   # added element -> record
    moved: dict[int, str] = field(default_factory=dict)   # new element -> record it corrects
    touched: set[int] = field(default_factory=set)   # added rows edited since the import


class World:
    def __init__(self, template: Path) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="scfield-seq-"))
        shutil.copyfile(template, self.dir / "office.sqlite")
        self.store: Store = open_store(self.dir / "office.sqlite", author="Office")
        self.aid = self.store.query("SELECT id FROM assessments WHERE title LIKE 'Da Nang%' "
                                    "ORDER BY start_date LIMIT 1")[0]["id"]
        self.files: dict[str, File] = {}
        self.exports = 0
        self.done: list[tuple[Path, int]] = []       # imported snapshots and their export
        self.delivered: dict[int, set[tuple[str, str, Any]]] = {}   # per export
        self.lineage: dict[tuple[str, int], set[tuple[str, str, Any]]] = {}
        self.interview = ""

    def file(self, name: str) -> File:
        if name not in self.files:
            self.export(name)
        return self.files[name]

    def export(self, name: str) -> None:
        self.exports += 1
        folder = self.dir / f"export-{self.exports}"
        folder.mkdir()
        path = export_assessment(self.store, self.aid, folder / name)
        label = rows(path, "Interviews")[0]["Interview"]
        self.interview = rows(path, "Interviews")[0]["ID"]
        ids = [(n, r["ID"]) for n, r in evidence_rows(path)
               if r["Interview"] == label][:ROWS]
        base = {}
        for _, eid in ids:
            record = self.store.get("evidence", eid)
            base.update({(eid, f): record[f] for f in FIELDS.values()})
        offered = [r["No."] for r in rows(path, "Evidence")
                   if not r["ID"] and r["Interview"] == label]
        self.files[name] = File(path, self.exports, label, ids, base, offered)

    def evidence_on(self, element: int) -> list[dict[str, Any]]:
        return self.store.query("SELECT * FROM evidence WHERE interview_id = ? AND "
                                "element = ?", [self.interview, element])

    # -- what an import did --------------------------------------------------------
    def said(self, f: File) -> list[tuple[str, str, Any, Any]]:
        """(evidence id or "new:element", field, value now, its base) the file holds."""
        ws = load_workbook(f.path)["Evidence"]
        column_of = {c.value: c.column for c in ws[1]}
        out = []
        for key, n, base in ([(eid, n, {fld: f.base[(eid, fld)] for fld in BLANK})
                              for n, eid in f.ids]
                             + [(f"new:{element}", n, BLANK) for element, n in f.added.items()]):
            for column, name in FIELDS.items():
                v = ws.cell(row=n, column=column_of[column]).value
                out.append((key, name, "" if v is None and name == "note" else v, base[name]))
        return out

    def record(self, key: str) -> dict[str, Any] | None:
        if key.startswith("new:"):
            found = self.evidence_on(int(key[4:]))
            return found[0] if found else None
        return self.store.get("evidence", key)

    def import_(self, name: str) -> None:
        f = self.files[name]
        said = self.said(f)
        existed = {k for k, _, _, _ in said if self.record(k) is not None}
        before = {(k, fld): (self.record(k) or {}).get(fld) for k, fld, _, _ in said}
        known = set(self.delivered.get(f.export, set()))
        taken = {new: self.evidence_on(new) for new in f.moved}   # already in the office
        own = self.lineage.get((name, f.export), set())
        [result] = import_workbooks(self.store, [f.path])
        assert not result.refused, result.problems
        conflicts = {(c.record_id, c.field, repr(c.field_value))
                     for c in list_conflicts(self.store, self.aid, include_resolved=True)}
        emptied = {k for k, _, _, _ in said if k.startswith("new:") and all(
            v == BLANK[fld] for k2, fld, v, _ in said if k2 == k)}  # nothing to add
        for key, fld, value, base in said:
            if key in emptied:
                continue
            record = self.record(key)
            assert record is not None, f"{key} was not added"
            old, new = before[(key, fld)], record[fld]
            if key in existed and old != new and (key, fld, old) not in own:
                assert old == base, (
                    f"{key} {fld}: office value {old!r} replaced by {new!r}")
            if value != base and (key, fld, value) not in known:
                assert new == value or (record["id"], fld, repr(value)) in conflicts, (
                    f"{key} {fld}: field value {value!r} neither in the record ({new!r}) "
                    "nor in a conflict")
            if value != base:
                self.delivered.setdefault(f.export, set()).add((key, fld, value))
                self.lineage.setdefault((name, f.export), set()).add((key, fld, value))
        # a corrected element moved the record this file's earlier import added
        for new, rid in f.moved.items():
            if new in f.added and new not in f.touched and not taken.get(new):
                moved = self.store.get("evidence", rid)
                assert moved["element"] == new, f"{rid} left on element {moved['element']}"
        f.moved.clear()
        f.touched.clear()
        f.record_of = {e: found[0]["id"] for e in f.added if (found := self.evidence_on(e))}
        snapshot = self.dir / f"done-{len(self.done)}"
        snapshot.mkdir()
        self.done.append((shutil.copy(f.path, snapshot / name), f.export))

    def close(self) -> None:
        self.store.close()
        shutil.rmtree(self.dir, ignore_errors=True)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=OPS)
# an added row's element corrected after its import (an exported score edited too) in the
# same file, imported again: found however rarely random sequences reach it
@example(ops=[("add", "mai.xlsx", 0, (2, "pilot only")), ("edit", "mai.xlsx", 0, ("Score", 1)),
              ("import", "mai.xlsx"), ("renumber", "mai.xlsx", 0),
              ("import", "mai.xlsx"), ("replay", 0, True)])
def test_any_sequence_loses_nothing_and_replays_change_nothing(demo_template: Path,
                                                               ops: list) -> None:
    world = World(demo_template)
    try:
        for op in ops:
            kind = op[0]
            if kind == "export":
                world.export(op[1])
            elif kind == "edit":
                f = world.file(op[1])
                row, _ = f.ids[op[2]]
                column, value = op[3]
                edit(f.path, Evidence=[(row, column, value)])
            elif kind == "add":
                f = world.file(op[1])
                element = f.offered[op[2] % len(f.offered)]
                score, note = op[3]
                if element in f.added:   # the expert corrects the row they added
                    row = f.added[element]
                    f.touched.add(element)
                    edit(f.path, Evidence=[(row, "Score", score), (row, "Note", note)])
                else:
                    edit(f.path, Evidence=[("next", "Interview", f.label),
                                           ("new", "No.", element), ("new", "Score", score),
                                           ("new", "Note", note)])
                    f.added[element] = load_workbook(f.path)["Evidence"].max_row
            elif kind == "renumber":   # the expert corrects the element of a row they added
                f = world.file(op[1])
                free = [e for e in f.offered if e not in f.added]
                if f.added and free:
                    old = sorted(f.added)[op[2] % len(f.added)]
                    row = f.added.pop(old)
                    edit(f.path, Evidence=[(row, "No.", free[0])])
                    f.added[free[0]] = row
                    rid = f.moved.pop(old, None) or f.record_of.get(old)
                    if rid and old not in f.touched:
                        f.moved[free[0]] = rid
            elif kind == "office":
                f = world.file(FILES[0])
                _, eid = f.ids[op[1]]
                column, value = op[2]
                world.store.update("evidence", eid, {FIELDS[column]: value})
            elif kind == "import":
                world.file(op[1])
                world.import_(op[1])
            elif kind == "replay" and world.done:
                path, _ = world.done[op[1] % len(world.done)]
                again = path
                if op[2]:
                    folder = path.parent / "saved-again"
                    folder.mkdir(exist_ok=True)
                    again = resave(path, folder / path.name)
                before = fingerprint(world.store)
                [result] = import_workbooks(world.store, [again])
                assert result.status == "unchanged", result.line()
                assert fingerprint(world.store) == before
            elif kind == "resolve":
                open_ = list_conflicts(world.store, world.aid)
                if open_:
                    decision = KeepField() if op[1] == "field" else KeepOffice()
                    resolve_conflict(world.store, open_[0].id, decision, "decided")
            for element in range(1, 22):
                assert len(world.evidence_on(element)) <= 1, f"element {element} twice"
    finally:
        world.close()
