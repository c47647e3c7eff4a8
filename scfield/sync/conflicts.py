"""Open merge conflicts, and settling one with a reason.

A conflict holds the office value and the field value of one field of one
record; the import left the record as the office had it. Resolving takes the
field value, keeps the office value, or writes a third value, always with a
reason that goes to the audit log next to the change. Plain data in and out,
so the desktop app's review shows the same thing the CLI prints.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from scfield.errors import N_, InvalidValue, NotFound, ScfieldError, Text
from scfield.framework import framework_for
from scfield.store.database import Store, now
from scfield.sync import layout as L
from scfield.sync.plan import NOUN


@dataclass(frozen=True)
class ConflictInfo:
    id: str
    assessment_id: str
    assessment_title: str
    table: str
    record_id: str
    field: str
    place: str
    base: Any
    office: Any
    field_value: Any
    file: str
    created_at: str
    status: str
    resolution: str
    resolved_value: Any
    reason: str

    @property
    def what(self) -> str:
        return f"{NOUN.get(self.table, self.table)} {self.field}"


def _load(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def _info(row: dict[str, Any]) -> ConflictInfo:
    return ConflictInfo(row["id"], row["assessment_id"], row["title"] or "", row["table_name"],
                        row["record_id"], row["field"], row["place"], _load(row["base_value"]),
                        _load(row["office_value"]), _load(row["field_value"]), row["file"],
                        row["created_at"], row["status"], row["resolution"],
                        _load(row["resolved_value"]), row["reason"])


_SELECT = ("SELECT c.*, a.title FROM sync_conflicts c LEFT JOIN assessments a "
           "ON a.id = c.assessment_id")


def list_conflicts(store: Store, assessment_id: str | None = None,
                   include_resolved: bool = False) -> list[ConflictInfo]:
    """Conflicts (open ones unless asked), oldest first."""
    where, params = [], []
    if not include_resolved:
        where.append("c.status = 'open'")
    if assessment_id:
        where.append("c.assessment_id = ?")
        params.append(assessment_id)
    sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY c.created_at, c.place, c.field"
    return [_info(r) for r in store.query(sql, params)]


@dataclass(frozen=True)
class KeepField:
    """Keep the value from the field workbook (or the app, for an app conflict)."""


@dataclass(frozen=True)
class KeepOffice:
    """Keep the value the database holds."""


@dataclass(frozen=True)
class KeepValue:
    """Keep a value given now, as typed in a cell (``"3"``, ``"yes"``, a note)."""

    text: str


Resolution = KeepField | KeepOffice | KeepValue


def resolve_conflict(store: Store, conflict: str, resolution: Resolution, why: str
                     ) -> ConflictInfo:
    """Settle a conflict with a reason: keep the field's value, the office's, or a value
    given now. The reason goes into the audit log and the report's provenance."""
    if not why.strip():
        raise ScfieldError(N_("a reason is required for this decision: it goes into the "
                              "audit log"))
    try:
        conflict_id = store.resolve_id("sync_conflicts", conflict)
    except NotFound as exc:
        raise NotFound(str(exc).replace("sync_conflicts", "conflict")) from None
    row = store.query(_SELECT + " WHERE c.id = ?", [conflict_id])[0]
    info = _info(row)
    if info.status != "open":
        raise ScfieldError(N_("conflict {id} was already resolved ({resolution}: "
                              "{reason})"), id=conflict_id[:8], resolution=info.resolution,
                           reason=info.reason)
    record = store.find(info.table, info.record_id)
    if record is None:
        raise NotFound(N_("the record ({what}) of conflict {id} no longer exists"),
                       what=Text(NOUN[info.table]) if info.table in NOUN else info.table,
                       id=conflict_id[:8])
    value: Any = None
    if isinstance(resolution, KeepField):
        value, kept = info.field_value, "field"
    elif isinstance(resolution, KeepOffice):
        kept = "office"
    elif isinstance(resolution, KeepValue):
        value, kept = _parse_value(store, info, resolution.text), "value"
    else:
        raise TypeError(f"not a resolution: {resolution!r}")
    with store.transaction():
        if kept != "office":
            store.update(info.table, info.record_id, {info.field: value},
                         reason=f"conflict resolved: {why}",
                         source=f"conflict {conflict_id[:8]} ({info.file})")
        store.db.execute(
            "UPDATE sync_conflicts SET status = 'resolved', resolution = ?, resolved_value = ?,"
            " reason = ?, resolved_by = ?, resolved_at = ? WHERE id = ?",
            [kept, json.dumps(record[info.field] if kept == "office" else value,
                              ensure_ascii=False),
             why, store.author, now(), conflict_id])
    return _info(store.query(_SELECT + " WHERE c.id = ?", [conflict_id])[0])


def _parse_value(store: Store, info: ConflictInfo, text: str) -> Any:
    kind = L.KIND_OF.get(info.table, {}).get(info.field)
    if kind is None or kind == "ref":
        raise ScfieldError(N_("{what}: this field takes no typed value; keep the field's "
                              "or the office's"), what=info.what)
    assessment = store.get("assessments", info.assessment_id)
    framework = framework_for(assessment["framework_id"], assessment["framework_version"])
    try:
        return L.from_cell(kind, text, framework)
    except InvalidValue as exc:
        raise InvalidValue(N_("{what}: {problem}"), what=info.what, problem=exc.text) from None


def who_and_when(store: Store, conflict: ConflictInfo) -> dict[str, str]:
    """Who last changed the office value before the conflict (from the audit log), when,
    and who imported the workbook that raised it: what the conflict review shows."""
    office = store.query(
        "SELECT who, at FROM audit WHERE record_id = ? AND field = ? AND at <= ? "
        "ORDER BY at DESC LIMIT 1", [conflict.record_id, conflict.field, conflict.created_at])
    imported = store.query("SELECT created_by FROM sync_conflicts WHERE id = ?", [conflict.id])
    return {"office_who": office[0]["who"] if office else "",
            "office_at": office[0]["at"] if office else "",
            "imported_by": imported[0]["created_by"] if imported else ""}
