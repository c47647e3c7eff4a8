"""Who is to sign the summary: assessors and counterparts, entered for the purpose.

The sign-off page lays out one box per signatory. They used to be guessed from
the cover's free-text Team field, which printed fragments such as "JICA" as a
role and always exactly one counterpart; now the team enters each signatory's
name, role and organisation (``scfield signatories ID --add "Name|Role|Org"
[--counterpart]``, or the app). The list is about the printed page, not the
assessment's content: it is not in the fingerprint, and it can be completed
after a first signature (a second counterpart co-signs the same version).
Qt-free; every write in a transaction and in the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from scfield.errors import InvalidValue, ScfieldError
from scfield.store import Store

FIELD_SEPARATOR = "|"


@dataclass(frozen=True)
class Signatory:
    id: str
    name: str
    role: str
    organisation: str
    counterpart: bool

    @property
    def kind(self) -> str:
        return "counterpart" if self.counterpart else "assessor"

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Signatory:
        return cls(row["id"], row["name"], row["role"], row["organisation"],
                   bool(row["counterpart"]))


def parse_signatory(text: str) -> tuple[str, str, str]:
    """"Name|Role|Organisation" (role and organisation may be left out) → the three parts,
    trimmed; refused without a name or with more than three parts."""
    parts = [p.strip() for p in text.split(FIELD_SEPARATOR)]
    if len(parts) > 3:
        raise InvalidValue(f"signatory {text!r}: give Name|Role|Organisation (at most two "
                           f"'{FIELD_SEPARATOR}')")
    name, role, organisation = (parts + ["", ""])[:3]
    if not name:
        raise InvalidValue(f"signatory {text!r}: the name is required "
                           "(Name|Role|Organisation)")
    return name, role, organisation


def signatories_of(store: Store, assessment_id: str) -> list[Signatory]:
    """Assessors first, then counterparts, each in the order they were added: the order
    of the boxes on the sign-off page and of the numbers ``--remove`` takes."""
    return [Signatory.from_row(r) for r in store.query(
        "SELECT * FROM signatories WHERE assessment_id = ? "
        "ORDER BY counterpart, created_at, rowid", [assessment_id])]


def add_signatory(store: Store, assessment_id: str, name: str, role: str = "",
                  organisation: str = "", counterpart: bool = False) -> Signatory:
    """Add one signatory; the same name twice on one assessment is refused."""
    name, role, organisation = name.strip(), role.strip(), organisation.strip()
    if not name:
        raise InvalidValue("signatory: the name is required")
    with store.transaction():
        row = store.get("assessments", assessment_id)
        if any(s.name.casefold() == name.casefold()
               for s in signatories_of(store, assessment_id)):
            raise ScfieldError(f"{name} is already a signatory of {row['title']!r}")
        kind = "counterpart" if counterpart else "assessor"
        new = store.insert("signatories", {
            "assessment_id": assessment_id, "name": name, "role": role,
            "organisation": organisation, "counterpart": int(counterpart)},
            reason=f"signatory added ({kind})")
        return Signatory.from_row(store.get("signatories", new))


def remove_signatory(store: Store, assessment_id: str, number: int) -> Signatory:
    """Remove the signatory listed as ``number`` (1-based, as ``signatories_of`` orders)."""
    with store.transaction():
        current = signatories_of(store, assessment_id)
        if not 1 <= number <= len(current):
            title = store.get("assessments", assessment_id)["title"]
            raise InvalidValue(f"no signatory {number} on {title!r} (there are "
                               f"{len(current)}; see --list)")
        gone = current[number - 1]
        store.delete("signatories", gone.id, reason="signatory removed")
        return gone
