"""The field-by-field three-way merge of a returned workbook into the database.

For every value the workbook carries there are three versions: the *base*
(what was exported, kept in ``_sync``), the *field* value (the workbook now)
and the *office* value (the database now). Changed only in the field: applied.
Changed only in the office: kept. Changed on both sides to different values: a
conflict row with both values; the record is left as it is.

Rows the expert added have no ID. They are recognised by their natural key —
an interview by interviewee and date, evidence by interview × element — where
that is unique, so the next import of the same (edited) file updates what the
first one added; a row whose ID was cleared finds its record the same way. A row
whose key was itself corrected in the same file is recognised by where the file's
earlier import put it (``added_rows``). A
second evidence row for an interview × element the office already has is
refused, naming the row, never added as a second proposal. Other new rows get a
*deterministic* ID, derived from the export they came from and their content, so
importing the same workbook again finds them already there.

A value that an earlier import of the same export already brought (see
``history``) is neither a change nor a conflict: re-importing any workbook
already imported changes nothing, whatever was resolved or exported since.

``plan_merge`` only reads; ``apply_plan`` writes the plan in one transaction.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter, defaultdict
from typing import Any

from scfield.errors import N_, ScfieldError, Text
from scfield.store.database import Store, new_id, now
from scfield.store.records import add_evidence, add_interview, create_assessment, set_rating
from scfield.sync import layout as L
from scfield.sync.added_rows import find_corrections
from scfield.sync.history import (
    History,
    Key,
    already_imported,
    record_added_rows,
    record_deliveries,
)
from scfield.sync.plan import Change, Conflict, Plan, noun
from scfield.sync.reader import ParsedWorkbook, Row, WorkbookRefused

NAMESPACE = uuid.UUID("6f1d3c2e-5b7a-4e0f-9a51-3d2c7b8e9f10")
UNKNOWN = object()   # a base value nobody knows (no _sync): never equal to a value
__all__ = ["Change", "Conflict", "Plan", "apply_plan", "plan_merge"]


def as_json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _derived_id(scope: str, table: str, content: Any, occurrence: int) -> str:
    text = json.dumps([scope, table, content, occurrence], ensure_ascii=False, default=str)
    return str(uuid.uuid5(NAMESPACE, text))


def three_way(fields: tuple[str, ...], base: dict[str, Any], mine: dict[str, Any],
              office: dict[str, Any], history: History | None = None,
              key: Key = ("", ""), whole: frozenset[str] = frozenset()
              ) -> tuple[dict[str, Any], list[str]]:
    """(fields to apply, fields in conflict) for one record; a value ``history`` says an
    earlier import of this export brought is old news (neither). A change to a field in
    ``whole`` (an office text the workbook could only show shortened) is a conflict,
    never an overwrite: applying it would lose the text the cell could not hold."""
    apply: dict[str, Any] = {}
    conflicts = []
    for f in fields:
        if f not in mine:
            continue
        b, m, o = base.get(f), mine[f], office.get(f)
        if m in (o, b):
            continue
        if history is not None:
            if history.delivered_before(key, f, m):
                continue
            b = history.base(key, f, b)  # the file's own earlier word, if it has one
            if m == b:
                continue
        if o == b and f not in whole:
            apply[f] = m
        else:
            conflicts.append(f)
    return apply, conflicts


class _Planner:
    def __init__(self, store: Store, wb: ParsedWorkbook) -> None:
        self.store = store
        self.wb = wb
        self.fw = wb.framework
        self.aid = wb.meta.get("assessment_id", "")
        self.scope = wb.meta.get("export_id") or self.aid
        self.problems: list[Text] = []
        self.plan = Plan(self.aid)
        self.occurrences: dict[str, int] = {}
        self.history = History(store, self.aid, wb.meta.get("export_id", ""))
        self.matched: set[tuple[str, str]] = set()   # records found by natural key

    def fail(self, text: Text) -> None:
        self.problems.append(text)

    # -- helpers --------------------------------------------------------------------
    def office_values(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for f in L.SYNC_FIELDS[table]:
            if L.KIND_OF[table][f] == "ref":
                out[f] = row.get(f) or ""
            else:
                out[f] = L.normalise(table, f, row.get(f), self.fw)
        return out

    def new_id_for(self, table: str, content: Any) -> str:
        key = json.dumps([table, content], ensure_ascii=False, default=str)
        n = self.occurrences.get(key, 0)
        self.occurrences[key] = n + 1
        return _derived_id(self.scope, table, content, n)

    def deliver(self, key: Key, mine: dict[str, Any], base: dict[str, Any] | None) -> None:
        """Note what the workbook says about a record beyond its base (all of it for a
        record the workbook added), and whether any of it is news to the office."""
        said = {f: v for f, v in mine.items()
                if f in L.KIND_OF[key[0]] and (base is None or base.get(f) != v)}
        if said:
            self.plan.delivered[key] = said
            if not self.plan.news:
                self.plan.news = any(not self.history.delivered_before(key, f, v)
                                     for f, v in said.items())

    def unknown_base(self, table: str, record_id: str,
                     office: dict[str, Any]) -> dict[str, Any]:
        """The base of a record when ``_sync`` is missing or edited: the office value
        where the audit log shows it unchanged since the workbook was exported (a
        difference is then the expert's edit), else unknown (a difference is a conflict)."""
        since = self.wb.meta.get("exported_at", "")
        if not since:
            return {f: UNKNOWN for f in office}
        changed = {r["field"] for r in self.store.query(
            "SELECT DISTINCT field FROM audit WHERE table_name = ? AND record_id = ? AND "
            "at >= ?", [table, record_id, since])}
        if "*" in changed:   # created after the export
            return {f: UNKNOWN for f in office}
        return {f: (UNKNOWN if f in changed else v) for f, v in office.items()}

    def merge_record(self, table: str, record_id: str, place: Text, mine: dict[str, Any],
                     base: dict[str, Any] | None, office_row: dict[str, Any],
                     key: str | None = None) -> None:
        office = self.office_values(table, office_row)
        if base is None:
            base = self.unknown_base(table, record_id, office)
        rkey = (table, key or record_id)
        self.deliver(rkey, mine, {f: office.get(f) if v is UNKNOWN else v
                                  for f, v in base.items()})
        whole = frozenset(f for f in L.SYNC_FIELDS[table] if L.too_long(office_row.get(f)))
        apply, conflicting = three_way(L.SYNC_FIELDS[table], base, mine, office,
                                       self.history, rkey, whole)
        if apply:
            self.plan.changes.append(Change("update", table, record_id, place, apply,
                                            {k: office[k] for k in apply}))
        else:
            self.plan.unchanged += 1
        for f in conflicting:
            b = self.history.base(rkey, f, base.get(f))
            self.add_conflict(Conflict(self.aid, table, record_id, f, place,
                                       None if b is UNKNOWN else b,
                                       office_row.get(f) if f in whole else office.get(f),
                                       mine[f]))

    def add_conflict(self, conflict: Conflict) -> None:
        known = self.store.db.execute(
            "SELECT 1 FROM sync_conflicts WHERE record_id = ? AND field = ? AND "
            "field_value IS ? LIMIT 1",
            [conflict.record_id, conflict.field, as_json(conflict.field_value)]).fetchone()
        if known:
            self.plan.known_conflicts += 1
        else:
            self.plan.conflicts.append(conflict)

    def base_of(self, table: str, key: str) -> dict[str, Any] | None:
        entry = self.wb.base.get((table, key))
        return entry["values"] if entry else None

    # -- the plan ----------------------------------------------------------------------
    def run(self) -> Plan:
        wb, store = self.wb, self.store
        if not self.aid:
            raise WorkbookRefused(wb.name, [Text(N_(
                "the workbook does not say which assessment it belongs to (the hidden _sync "
                "sheet and the Assessment ID row are missing)"))])
        assessment = store.find("assessments", self.aid)
        self.is_new = assessment is None
        earlier = None if self.is_new else already_imported(store, self.aid, wb.sha256)
        if earlier is not None:
            self.plan.notes.append(Text(N_("this very file was already imported ({file}, "
                                           "{at}); nothing to change"), file=earlier["file"],
                                        at=earlier["at"][:16].replace("T", " ")))
            return self.plan
        # The assessment's records, read once (a workbook holds hundreds of rows).
        self.office = {
            "interviews": {r["id"]: r for r in store.query(
                "SELECT * FROM interviews WHERE assessment_id = ?", [self.aid])},
            "evidence": {r["id"]: r for r in store.query(
                "SELECT e.* FROM evidence e JOIN interviews i ON i.id = e.interview_id "
                "WHERE i.assessment_id = ?", [self.aid])},
        }
        if assessment is not None and (assessment["framework_id"],
                                       assessment["framework_version"]) != (
                self.fw.id, self.fw.version):
            raise WorkbookRefused(wb.name, [Text(N_(
                "sheet _sync: the workbook uses framework {framework} but the assessment "
                "uses {theirs}"), framework=f"{self.fw.id} {self.fw.version}",
                theirs=f"{assessment['framework_id']} {assessment['framework_version']}")])
        self.history.follow(wb.name, *self.current_and_exported())
        self.plan_assessment(assessment)
        label_ids = self.plan_interviews()
        self.plan_evidence(label_ids)
        self.plan_ratings()
        if self.problems:
            raise WorkbookRefused(wb.name, self.problems[:20])
        if not wb.sync_ok and wb.sync_problem:
            self.plan.notes.append(wb.sync_problem)
        self.plan.notes.extend(wb.notes)
        self.note_absent_rows()
        if assessment and assessment["status"] == "signed" and self.plan.changes:
            raise WorkbookRefused(wb.name, [Text(N_(
                "assessment {title} is signed and locked; amend it with a reason, then import "
                "again"), title=repr(assessment["title"]))])
        return self.plan

    def current_and_exported(self) -> tuple[dict[Key, dict[str, Any]],
                                            dict[Key, dict[str, Any]]]:
        """The workbook's values and their exported values, by record (rows with IDs)."""
        current: dict[Key, dict[str, Any]] = {("assessments", self.aid): self.wb.assessment}
        for row in self.wb.interviews + self.wb.evidence:
            if row.id:
                current[(L.TABLE_OF[row.sheet], row.id)] = row.values
        for row in self.wb.ratings:
            current[("ratings", str(row.values["element"]))] = row.values
        exported = {key: entry["values"] for key, entry in self.wb.base.items()}
        return current, exported

    def blank(self, table: str) -> dict[str, Any]:
        """The values of an empty row: the base of a row the expert filled in or added."""
        return {f: ("" if kind == "ref" else None if kind in ("score", "element")
                    else L.from_cell(kind, None, self.fw))
                for f, kind in L.KIND_OF[table].items() if f in L.SYNC_FIELDS[table]}

    def note_absent_rows(self) -> None:
        """Say which exported rows the workbook no longer has (deleted in Excel or Calc):
        deleting a row deletes nothing in the office, and the summary says so."""
        if not self.wb.sync_ok:
            return
        present = {(L.TABLE_OF[r.sheet], r.id) for rows in (self.wb.interviews,
                                                              self.wb.evidence)
                   for r in rows if r.id}
        present |= {("ratings", str(r.values["element"])) for r in self.wb.ratings}
        present |= self.matched
        for sheet, table in ((L.INTERVIEWS, "interviews"), (L.EVIDENCE, "evidence"),
                             (L.RATINGS, "ratings")):
            absent = [key for (t, key), entry in self.wb.base.items()
                      if t == table and (t, key) not in present
                      and (entry.get("id") or table != "ratings")]
            if absent:
                what = (Text(N_("elements {numbers}"), numbers=", ".join(absent))
                        if table == "ratings" else
                        Text(N_("IDs {ids} and more") if len(absent) > 10 else N_("IDs {ids}"),
                             ids=", ".join(k[:8] + "…" for k in absent[:10])))
                self.plan.notes.append(Text(N_(
                    "sheet {sheet}: {n} exported row(s) are not in the workbook any more "
                    "({what}); deleting a row deletes nothing in the office"), sheet=sheet,
                    n=len(absent), what=what))

    def plan_assessment(self, assessment: dict[str, Any] | None) -> None:
        mine = self.wb.assessment
        place = Text(N_("sheet Assessment"))
        if assessment is None:
            if not str(mine.get("title", "")).strip():
                self.fail(Text(N_("sheet Assessment, row Title: give the assessment a title")))
                return
            self.plan.changes.append(Change("add", "assessments", self.aid, place,
                                            dict(mine)))
            self.deliver(("assessments", self.aid), mine, None)
            return
        base = self.base_of("assessments", self.aid) if self.wb.sync_ok else None
        if base is None and self.wb.sync_ok:
            # A blank template (copies of it fill one assessment): its profile was empty,
            # so a field filled in two copies differently is a conflict, as anywhere.
            base = self.blank("assessments")
        self.merge_record("assessments", self.aid, place, mine, base, assessment)

    def owned(self, table: str, record_id: str, row: Row) -> dict[str, Any] | None:
        """The office record with this id, refusing one that belongs elsewhere."""
        mine = self.office[table].get(record_id)
        if mine is not None:
            return mine
        found = self.store.find(table, record_id)
        if found is None:
            return None
        if table == "interviews":
            owner = found["assessment_id"]
        else:
            owner_row = self.store.find("interviews", found["interview_id"])
            owner = owner_row["assessment_id"] if owner_row else ""
        if owner != self.aid:
            self.fail(Text(N_("{place}: this record ({what}) belongs to another assessment; "
                              "copied rows must have an empty ID"), place=row.place("ID"),
                           what=noun(table)))
            return None
        return found

    def existing_row(self, table: str, row: Row) -> tuple[str, dict | None, dict | None, bool]:
        """(id, office row, base, skip) for a row that came with an ID."""
        base = self.base_of(table, row.id) if self.wb.sync_ok else None
        if self.wb.sync_ok and base is None:
            self.fail(Text(N_("{place}: the ID {id}… was not exported in this workbook; "
                              "leave the ID empty for new rows"), place=row.place("ID"),
                           id=row.id[:8]))
            return row.id, None, None, True
        office = self.owned(table, row.id, row)
        if office is None and base is not None and not self.is_new:
            self.plan.notes.append(Text(N_("{place}: this record ({what}) was deleted in the "
                                           "office after the export; not restored"),
                                        place=row.place(), what=noun(table)))
            return row.id, None, None, True
        if office is None:
            try:
                uuid.UUID(row.id)
            except ValueError:
                self.fail(Text(N_("{place}: {id} is not an ID scfield wrote; leave the ID "
                                  "empty for new rows"), place=row.place("ID"),
                               id=repr(row.id)))
                return row.id, None, None, True
        return row.id, office, base, False

    def known_by_key(self, table: str, key: tuple, rows_with_key: int,
                     by_key: dict[tuple, list[str]]) -> tuple[str, dict, dict] | None:
        """(id, office row, base) of the one office record with this natural key that no
        row of the workbook names by its ID; None if there is not exactly one."""
        found = by_key.get(key, [])
        if rows_with_key != 1 or len(found) != 1:
            return None
        rid = found[0]
        self.matched.add((table, rid))
        base = self.base_of(table, rid) if self.wb.sync_ok else None
        return rid, self.office[table][rid], base or self.blank(table)

    def corrections(self, table: str, added: list[Row], places: dict[int, int],
                    found: dict[int, tuple[str, dict, dict] | None], named: set[str],
                    values: dict[int, dict[str, Any]]) -> dict[int, str]:
        """{sheet row: record} for the rows without ID whose natural key matched nothing
        but that correct a row this file added before (``added_rows``)."""
        unmatched = [(places[row.number], row, values[row.number]) for row in added
                     if found.get(row.number) is None]
        _, ever = self.history.added_by_this_file(table)
        if not unmatched or not ever:
            return {}
        claimed = named | {f[0] for f in found.values() if f is not None}
        # only the records this file added: normalising all of them cost every import
        known = {rid: self.office_values(table, self.office[table][rid])
                 for rid in ever if rid in self.office[table]}
        result = find_corrections(table, unmatched, self.history, known, claimed)
        self.problems += result.problems
        self.plan.notes += result.notes
        self.matched |= {(table, rid) for rid in result.records.values()}
        return result.records

    def place(self, table: str, places: dict[int, int], row: Row, rid: str) -> None:
        """Remember where a row without ID went, for the next import of this file."""
        if not row.id:
            self.plan.placed.append((table, places[row.number], row.number, rid))

    def plan_interviews(self) -> dict[str, str | None]:
        label_ids: dict[str, str | None] = {}
        named = {row.id for row in self.wb.interviews if row.id}
        by_key: dict[tuple, list[str]] = defaultdict(list)
        for rid, record in self.office["interviews"].items():
            if rid not in named:
                by_key[_interview_key(record)].append(rid)
        keys = Counter(_interview_key(row.values) for row in self.wb.interviews
                       if not row.id)
        found = {}
        for row in self.wb.interviews:
            key = _interview_key(row.values)
            if not row.id and key[0]:
                found[row.number] = self.known_by_key("interviews", key, keys[key], by_key)
        added = [row for row in self.wb.interviews if not row.id]
        places = {row.number: n for n, row in enumerate(added)}
        corrected = self.corrections("interviews", added, places, found, named,
                                     {r.number: dict(r.values) for r in added})
        for row in self.wb.interviews:
            known = found.get(row.number)
            if row.id:
                rid, office, base, skip = self.existing_row("interviews", row)
                if skip:
                    label_ids[row.label] = None
                    continue
            elif known is not None:
                rid, office, base = known
            elif row.number in corrected:
                rid = corrected[row.number]
                office = self.office["interviews"][rid]
                base = dict(self.blank("interviews"), **self.history.said(("interviews", rid)))
            else:
                rid = self.new_id_for("interviews", row.values)
                office = self.office["interviews"].get(rid) or self.owned(
                    "interviews", rid, row)
                base = row.values  # created from exactly these values
            label_ids[row.label] = rid
            self.place("interviews", places, row, rid)
            if office is None:
                self.plan.changes.append(Change("add", "interviews", rid, row.place(),
                                                dict(row.values)))
                self.deliver(("interviews", rid), row.values, None)
            else:
                self.merge_record("interviews", rid, row.place(), row.values, base, office)
        return label_ids

    def plan_evidence(self, label_ids: dict[str, str | None]) -> None:
        named = {row.id for row in self.wb.evidence if row.id}
        by_key: dict[tuple, list[str]] = defaultdict(list)
        for rid, record in self.office["evidence"].items():
            if rid not in named:
                by_key[(record["interview_id"], record["element"])].append(rid)
        rows_of: dict[tuple, list[Row]] = defaultdict(list)
        for row in self.wb.evidence:
            if label_ids.get(row.ref):
                rows_of[(label_ids[row.ref], row.values["element"])].append(row)
        added = [row for row in self.wb.evidence if not row.id and label_ids.get(row.ref)]
        places = {row.number: n for n, row in enumerate(added)}
        # rows that can stand for one record (the others are refused below)
        single = [row for row in added
                  if len(rows_of[(key := (label_ids[row.ref], row.values["element"]))]) == 1
                  and len(by_key.get(key, [])) <= 1]
        found = {row.number: self.known_by_key(
            "evidence", (label_ids[row.ref], row.values["element"]), 1, by_key)
            for row in single}
        corrected = self.corrections(
            "evidence", single, places, found, named,
            {r.number: dict(r.values, interview_id=label_ids[r.ref]) for r in single})
        for row in self.wb.evidence:
            interview_id = label_ids.get(row.ref)
            if interview_id is None:
                self.plan.notes.append(Text(N_("{place}: its interview {name} was deleted in "
                                               "the office; evidence not imported"),
                                            place=row.place(), name=repr(row.ref)))
                continue
            mine = dict(row.values, interview_id=interview_id)
            key = (interview_id, row.values["element"])
            others = [r.number for r in rows_of[key] if r is not row]
            if not row.id and others:
                self.fail(Text(N_("{place}: interview {name} already has a row for element "
                                  "{element} (row {other}); an interview gives one score per "
                                  "element, so write in that row and delete this one"),
                               place=row.place("No."), name=repr(row.ref), element=key[1],
                               other=others[0]))
                continue
            known = found.get(row.number)
            if not row.id and len(by_key.get(key, [])) > 1:
                self.fail(Text(N_("{place}: the office holds {n} evidence rows of interview "
                                  "{name} on element {element}; this row cannot tell which "
                                  "one it corrects, so put it in the row that carries that "
                                  "evidence's ID"), place=row.place("ID"), n=len(by_key[key]),
                               name=repr(row.ref), element=key[1]))
                continue
            if row.id:
                rid, office, base, skip = self.existing_row("evidence", row)
                if skip:
                    continue
            elif known is not None:
                rid, office, base = known
                base = dict(base, interview_id=interview_id)
            elif row.number in corrected:
                rid = corrected[row.number]
                office = self.office["evidence"][rid]
                base = dict(self.blank("evidence"), **self.history.said(("evidence", rid)))
            else:
                rid = self.new_id_for("evidence", [row.ref, row.values])
                office = self.office["evidence"].get(rid) or self.owned("evidence", rid, row)
                base = mine
            if not row.id:
                self.place("evidence", places, row, rid)
            if office is None:
                self.plan.changes.append(Change("add", "evidence", rid, row.place(), mine))
                self.deliver(("evidence", rid), mine, None)
            else:
                self.merge_record("evidence", rid, row.place(), mine, base, office)

    def plan_ratings(self) -> None:
        office_rows = {r["element"]: r for r in self.store.query(
            "SELECT * FROM ratings WHERE assessment_id = ?", [self.aid])}
        blank = {"element": None, "score": None, "rationale": "", "confidence": "medium"}
        for row in self.wb.ratings:
            number = row.values["element"]
            mine = dict(row.values)
            office = office_rows.get(number)
            if self.wb.sync_ok:
                base = self.base_of("ratings", str(number)) or dict(blank, element=number)
            else:
                base = None
            if office is None:
                unchanged = base is not None and all(mine.get(k) == base.get(k) for k in mine)
                if unchanged and not self.is_new:
                    if self.wb.base.get(("ratings", str(number)), {}).get("id"):
                        self.plan.notes.append(Text(N_(
                            "{place}: this rating was deleted in the office after the export; "
                            "not restored"), place=row.place()))
                    continue
                self.plan.changes.append(Change("add", "ratings", "", row.place(), mine))
                self.deliver(("ratings", str(number)), mine, base)
                continue
            self.merge_record("ratings", office["id"], row.place(), mine, base, office,
                              key=str(number))


def _interview_key(values: dict[str, Any]) -> tuple[str, str]:
    """An interview's natural key: who was interviewed (case and spaces aside) and when."""
    return (" ".join(str(values.get("interviewee") or "").split()).casefold(),
            str(values.get("date") or "").strip())


def plan_merge(store: Store, wb: ParsedWorkbook) -> Plan:
    """What importing ``wb`` would change (reads only); raises ``WorkbookRefused``."""
    return _Planner(store, wb).run()


def apply_plan(store: Store, wb: ParsedWorkbook, plan: Plan) -> None:
    """Write the plan, all or nothing, naming the workbook in the audit log."""
    previous = store.audit_source
    store.audit_source = wb.name
    reason = f"imported from workbook {wb.name}"
    try:
        with store.transaction():
            for change in plan.changes:
                _apply(store, wb, plan.assessment_id, change, reason)
            stamp = now()
            for c in plan.conflicts:
                store.db.execute(
                    "INSERT INTO sync_conflicts (id, assessment_id, table_name, record_id, "
                    "field, place, base_value, office_value, field_value, file, created_at, "
                    "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [new_id(), c.assessment_id, c.table, c.record_id, c.field, str(c.place),
                     as_json(c.base), as_json(c.office), as_json(c.field_value), wb.name,
                     stamp, store.author])
            summary = (f"added {plan.added}, updated {plan.updated}, unchanged "
                       f"{plan.unchanged}, conflicts {len(plan.conflicts)}")
            import_id = new_id()
            store.db.execute(
                "INSERT INTO sync_imports (id, assessment_id, file, sha256, export_id, who, "
                "at, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [import_id, plan.assessment_id, wb.name, wb.sha256,
                 wb.meta.get("export_id", ""), store.author, stamp, summary])
            record_deliveries(store, import_id, plan.assessment_id,
                              wb.meta.get("export_id", ""), wb.name, stamp, plan.delivered)
            record_added_rows(store, import_id, plan.assessment_id,
                              wb.meta.get("export_id", ""), plan.placed)
    finally:
        store.audit_source = previous


def _apply(store: Store, wb: ParsedWorkbook, aid: str, change: Change, reason: str) -> None:
    values = dict(change.values)
    try:
        if change.action == "update":
            store.update(change.table, change.record_id, values, reason=reason)
        elif change.table == "assessments":
            create_assessment(store, wb.framework, id=aid, **values)
        elif change.table == "interviews":
            add_interview(store, aid, id=change.record_id, **values)
        elif change.table == "evidence":
            interview_id = values.pop("interview_id")
            add_evidence(store, interview_id, wb.framework, id=change.record_id, **values)
        else:
            element = values.pop("element")
            set_rating(store, aid, element, **values)
    except ScfieldError as exc:
        raise WorkbookRefused(wb.name, [Text(N_("{place}: {problem}"), place=change.place,
                                             problem=exc.text)]) from None
