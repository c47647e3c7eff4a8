"""Optimistic saves for the desktop app: write only what the user changed, against what
they read, and never revert another writer's change.

The app shows a record, the user edits some of its fields, and the autosave
writes them a moment later. Meanwhile another process (``scfield import`` from a
shell, a second app) may have changed the same record. Writing the whole record
back would silently undo that change. So every save says, per field, what the
user changed (``changes``) and what the field held when they read it (``read``);
in one ``BEGIN IMMEDIATE`` transaction the record is re-read and, per field:

- unchanged underneath (still as read): the user's value is written;
- already equal to the user's value: nothing to do;
- changed underneath to something else: a **conflict** — the record keeps the
  other writer's value and the user's value goes to the same conflicts list the
  workbook sync uses (``scfield conflicts``, the app's conflict review), where
  someone settles it with a reason. In that list the *office* value is the one
  in the database and the *field* value is the one typed in the app.

Fields the user did not touch are never written; the caller gets the record as
it now is (``Saved.current``) and shows the other writer's values.
Qt-free: the app's pages and any script call the same functions.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from scfield.errors import N_, InvalidValue
from scfield.framework import Framework
from scfield.store import records
from scfield.store.database import Store, new_id, now

EVIDENCE_DEFAULTS: dict[str, Any] = {"score": None, "note": "", "source": "",
                                     "confidence": "medium"}
RATING_DEFAULTS: dict[str, Any] = {"score": None, "rationale": "", "confidence": "medium"}


@dataclass
class Saved:
    """What a save did: the fields written, those in conflict, and the record now."""
    record_id: str
    written: dict[str, Any] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    current: dict[str, Any] = field(default_factory=dict)
    revision: int = 0

    @property
    def changed_elsewhere(self) -> bool:
        return bool(self.conflicts)


def app_source(store: Store) -> str:
    """How an app edit is named in the conflicts list and the audit (its "file")."""
    return f"app ({store.author})" if store.author else "app"


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def record_conflict(store: Store, table: str, record: Mapping[str, Any], name: str,
                    base: Any, office: Any, mine: Any, place: str) -> bool:
    """Add an open conflict (unless the same one is already recorded); True if added."""
    known = store.conn.execute(
        "SELECT 1 FROM sync_conflicts WHERE record_id = ? AND field = ? AND field_value IS ? "
        "AND status = 'open' LIMIT 1", [record["id"], name, _json(mine)]).fetchone()
    if known:
        return False
    assessment_id = store.assessment_of(table, record)
    store.db.execute(
        "INSERT INTO sync_conflicts (id, assessment_id, table_name, record_id, field, place, "
        "base_value, office_value, field_value, file, created_at, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [new_id(), assessment_id, table, record["id"], name, place, _json(base),
         _json(office), _json(mine), app_source(store), now(), store.author])
    return True


def save_changes(store: Store, table: str, record_id: str, read: Mapping[str, Any],
                 changes: Mapping[str, Any], *, place: str = "", reason: str = "",
                 extra: Mapping[str, Any] | None = None) -> Saved:
    """Compare-and-write ``changes`` to one record (see the module's docstring).

    ``read[f]`` is what field ``f`` held when the user started changing it;
    ``extra``: fields written along with any write (e.g. who set a rating).
    """
    with store.transaction():
        row = store.get(table, record_id)
        unknown = [k for k in changes if k not in row]
        if unknown:
            raise InvalidValue(N_("{table} has no field {field!r}"), table=table,
                               field=unknown[0])
        saved = Saved(record_id)
        for name, mine in changes.items():
            office = row[name]
            if office == mine:
                continue
            base = read.get(name, office)
            if office == base:
                saved.written[name] = mine
            else:
                saved.conflicts.append(name)
                record_conflict(store, table, row, name, base, office, mine, place)
        if saved.written:
            store.update(table, record_id, dict(saved.written, **(extra or {})),
                         reason=reason, source=app_source(store))
        now_row = store.get(table, record_id)
    saved.current = now_row
    saved.revision = now_row["revision"]
    return saved


# -- the app's records ---------------------------------------------------------------------
def save_evidence(store: Store, interview_id: str, element: int, read: Mapping[str, Any],
                  changes: Mapping[str, Any], framework: Framework | None = None,
                  place: str = "") -> Saved:
    """The guide's autosave of one element's note: the interview's first evidence row on
    the element (as ``records.save_evidence``), created if there is none. ``read``: the
    values the page showed (``EVIDENCE_DEFAULTS`` for a page with no row yet)."""
    with store.transaction():
        interview = store.get("interviews", interview_id)
        framework = framework or records.framework_of(store, interview["assessment_id"])
        values = records.clean_evidence(changes, framework)
        row = store.conn.execute(
            "SELECT id FROM evidence WHERE interview_id = ? AND element = ? "
            "ORDER BY created_at, id LIMIT 1", [interview_id, element]).fetchone()
        if row is None:
            evidence_id = records.add_evidence(store, interview_id, framework,
                                               element=element, **values)
            current = store.get("evidence", evidence_id)
            return Saved(evidence_id, dict(values), [], current, current["revision"])
        return save_changes(store, "evidence", row[0], dict(EVIDENCE_DEFAULTS, **read),
                            values, place=place)


def save_rating(store: Store, assessment_id: str, element: int, read: Mapping[str, Any],
                changes: Mapping[str, Any], place: str = "") -> Saved:
    """The consolidation page's autosave of one element's rating (created if missing)."""
    values = records.clean_rating(changes)
    with store.transaction():
        row = store.conn.execute(
            "SELECT id FROM ratings WHERE assessment_id = ? AND element = ?",
            [assessment_id, element]).fetchone()
        if row is None:
            rating_id = records.set_rating(store, assessment_id, element,
                                           **dict(RATING_DEFAULTS, **values))
            current = store.get("ratings", rating_id)
            return Saved(rating_id, dict(values), [], current, current["revision"])
        return save_changes(store, "ratings", row[0], dict(RATING_DEFAULTS, **read), values,
                            place=place, extra={"set_by": store.author})


def save_assessment(store: Store, assessment_id: str, read: Mapping[str, Any],
                    changes: Mapping[str, Any]) -> Saved:
    """The profile page's autosave."""
    values = records.clean_assessment(changes)
    return save_changes(store, "assessments", assessment_id, read, values, place="profile")


def save_interview(store: Store, interview_id: str, read: Mapping[str, Any],
                   changes: Mapping[str, Any]) -> Saved:
    """The interview dialog's autosave of an interview already created."""
    values = records.clean_interview(changes)
    read = records.clean_interview({k: v for k, v in read.items()
                                    if k in records.INTERVIEW_FIELDS})
    return save_changes(store, "interviews", interview_id, read, values, place="interview")
