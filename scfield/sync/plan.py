"""What importing one workbook would do: the changes, conflicts and notes of a merge plan.

Kept apart from the merge (``scfield.sync.merge``) that makes them. Places, notes
and descriptions are templates with parameters (``Text``): the importer renders
them in the language of whoever reads the result; what goes into the database
(a conflict's place) is the English text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scfield.errors import N_, Text
from scfield.excerpts import differing_values
from scfield.messages import ENGLISH, Messages
from scfield.sync.history import Key

NOUN = {"assessments": N_("assessment"), "interviews": N_("interview"),
        "evidence": N_("evidence"), "ratings": N_("rating")}


def noun(table: str) -> Text:
    """The kind of record a table holds, in the reader's words."""
    return Text(NOUN[table])


@dataclass
class Change:
    """One record added or updated (``values``: the fields written)."""
    action: str                 # add | update
    table: str
    record_id: str
    place: Text
    values: dict[str, Any]
    old: dict[str, Any] = field(default_factory=dict)

    def describe(self, m: Messages = ENGLISH) -> str:
        what, place = m(NOUN[self.table]), self.place.render(m)
        if self.action == "add":
            return m("add {what} ({place})", what=what, place=place)
        parts = [m("{field}: {old} → {new}", field=k,
                   **dict(zip(("old", "new"), _shown(self.old.get(k), v, m), strict=True)))
                 for k, v in self.values.items()]
        return m("update {what} {id} ({place}): {changes}", what=what,
                 id=self.record_id[:8], place=place, changes=m("; ").join(parts))


@dataclass
class Conflict:
    """A field changed in the office and in the field to different values."""
    assessment_id: str
    table: str
    record_id: str
    field: str
    place: Text
    base: Any
    office: Any
    field_value: Any

    def describe(self, m: Messages = ENGLISH) -> str:
        office, field_value = _shown(self.office, self.field_value, m)
        return m("conflict {what} {id} ({place}) {field}: office {office} / field {value}",
                 what=m(NOUN[self.table]), id=self.record_id[:8],
                 place=self.place.render(m), field=self.field, office=office,
                 value=field_value)


@dataclass
class Plan:
    assessment_id: str
    changes: list[Change] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    known_conflicts: int = 0
    unchanged: int = 0
    notes: list[Text] = field(default_factory=list)
    # what the workbook says beyond its base, per record: remembered by ``apply_plan``
    delivered: dict[Key, dict[str, Any]] = field(default_factory=dict)
    news: bool = False   # some delivered value is not known from an earlier import
    # where each row without ID went: (table, place among them, sheet row, record id)
    placed: list[tuple[str, int, int, str]] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(1 for c in self.changes if c.action == "add")

    @property
    def updated(self) -> int:
        return sum(1 for c in self.changes if c.action == "update")

    @property
    def writes(self) -> bool:
        return bool(self.changes or self.conflicts or self.news)


def _shown(old: Any, new: Any, m: Messages = ENGLISH) -> tuple[str, str]:
    """Two values quoted, long ones cut to show where they differ (not their common start)."""
    a, b = differing_values(old, new, width=60)
    return (m("(empty)") if old is None else repr(a)), (m("(empty)") if new is None
                                                        else repr(b))
