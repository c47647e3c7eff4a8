"""Where an assessment's records came from, as the sync recorded it.

The report's *Provenance* section (and anything else that must say who imported
which workbook when, and who settled which conflict and why) reads the sync's
own records through these functions, so that no other package has to know the
sync's tables or columns. Changes made outside any workbook import (the app,
the CLI, the demo loader) are read from the audit trail by their source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scfield.store import Store

# The counts the merge writes into ``sync_imports.summary`` (scfield.sync.merge).
_COUNTS = re.compile(r"added (\d+), updated (\d+), unchanged (\d+), conflicts (\d+)")


@dataclass(frozen=True)
class WorkbookImport:
    """One workbook (or other source) that changed the assessment."""

    file: str
    who: str
    when: str          # ISO timestamp, UTC
    summary: str       # the sync's own words ("added 3, updated 2, …"), or ""
    changes: int | None = None  # for sources known only from the audit trail

    def counts(self) -> tuple[int, int, int] | None:
        """Records added, updated, and conflicts kept for review, when the sync said."""
        found = _COUNTS.search(self.summary)
        if not found:
            return None
        added, updated, _unchanged, conflicts = (int(g) for g in found.groups())
        return added, updated, conflicts


@dataclass(frozen=True)
class SettledConflict:
    """A field changed both in the office and in the field, and how it was settled."""

    place: str
    field: str
    resolution: str    # "field", "office" or "value"
    value: str         # the value kept, as stored (JSON text)
    reason: str
    who: str
    when: str


def _record_ids() -> str:
    """Every record of assessment ``:a``: itself, its interviews, ratings and evidence."""
    return ("record_id = :a OR record_id IN (SELECT id FROM interviews WHERE assessment_id = :a) "
            "OR record_id IN (SELECT id FROM ratings WHERE assessment_id = :a) "
            "OR record_id IN (SELECT e.id FROM evidence e JOIN interviews i "
            "ON i.id = e.interview_id WHERE i.assessment_id = :a)")


def imports_of(store: Store, assessment_id: str) -> list[WorkbookImport]:
    """Workbooks the sync imported into this assessment, then any other source of changes
    the audit trail names (the demo loader, an import older than the sync's own list),
    oldest first."""
    found = [WorkbookImport(r["file"], r["who"], r["at"], r["summary"])
             for r in store.query("SELECT file, who, at, summary FROM sync_imports "
                                  "WHERE assessment_id = :a ORDER BY at", {"a": assessment_id})]
    listed = {i.file for i in found}
    for r in store.query("SELECT source, who, MIN(at) AS first, COUNT(*) AS n FROM audit "
                         f"WHERE source != '' AND ({_record_ids()}) "
                         "GROUP BY source, who ORDER BY first", {"a": assessment_id}):
        if r["source"] not in listed:
            found.append(WorkbookImport(r["source"], r["who"], r["first"], "", r["n"]))
    return sorted(found, key=lambda i: i.when)


def settled_conflicts_of(store: Store, assessment_id: str) -> list[SettledConflict]:
    """Conflicts of this assessment that someone resolved, in the order they were settled."""
    return [SettledConflict(r["place"] or f"{r['table_name']} {r['field']}", r["field"],
                            r["resolution"], r["resolved_value"] or "", r["reason"],
                            r["resolved_by"], r["resolved_at"] or "")
            for r in store.query("SELECT * FROM sync_conflicts WHERE assessment_id = :a AND "
                                 "status = 'resolved' ORDER BY resolved_at",
                                 {"a": assessment_id})]
