"""Sign-off, amendment and the roadmap: the writes that decide what a printed page means.

Signing records who signed, when, and the fingerprint of the content they saw
(with the content itself, so that a later check can say what changed). It locks
the assessment: the store then refuses edits with ``LockedError``. More people
(the counterpart, a second assessor) may add their signature to the same
version while it is locked. Amending requires a reason; it keeps the old
signatures (marked superseded) and makes the assessment editable again, as a
draft that prints with the DRAFT watermark until it is signed again.

A signer signs with a key (``scfield.report.keys``): the row keeps their
certificate and the key's signature over the fingerprint and who signed when,
so that a row rewritten by someone who can write the database (a recomputed
fingerprint, another name) no longer verifies.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from scfield.errors import InvalidValue, ScfieldError
from scfield.report.fingerprint import (
    ROADMAP_FIELDS,
    canonical_content,
    fingerprint_of,
    serialise,
    short_code,
)
from scfield.store import Store
from scfield.store.database import now

if TYPE_CHECKING:
    from scfield.report.keys import SignerKey


@dataclass(frozen=True)
class Signature:
    id: str
    assessment_id: str
    name: str
    role: str
    organisation: str
    signed_at: str
    fingerprint: str
    superseded_at: str | None
    amend_reason: str
    amended_by: str
    certificate: str = ""     # the signer's X.509 certificate, PEM ('' before keys)
    key_signature: str = ""   # base64 of the key's signature over ``keys.signed_message``

    @property
    def short(self) -> str:
        return short_code(self.fingerprint)

    @property
    def date(self) -> str:
        """The day of signing (UTC), as printed and as ``verify`` says it."""
        return self.signed_at[:10]

    def who(self) -> str:
        extra = ", ".join(p for p in (self.role, self.organisation) if p)
        return f"{self.name} ({extra})" if extra else self.name

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Signature:
        return cls(row["id"], row["assessment_id"], row["signer_name"], row["signer_role"],
                   row["signer_organisation"], row["signed_at"], row["fingerprint"],
                   row["superseded_at"], row["amend_reason"], row["amended_by"],
                   row.get("certificate") or "", row.get("key_signature") or "")

    def message(self) -> bytes:
        """The bytes the signer's key signed (see ``keys.signed_message``)."""
        from scfield.report.keys import signed_message

        return signed_message(self.assessment_id, self.fingerprint, self.name, self.role,
                              self.organisation, self.signed_at)


def signatures_of(store: Store, assessment_id: str, current_only: bool = False
                  ) -> list[Signature]:
    """Every signature of an assessment, oldest first (or only those not superseded)."""
    sql = "SELECT * FROM signatures WHERE assessment_id = ?"
    if current_only:
        sql += " AND superseded_at IS NULL"
    return [Signature.from_row(r) for r in store.query(sql + " ORDER BY signed_at, id",
                                                       [assessment_id])]


def signed_content(store: Store, signature_id: str) -> dict[str, Any]:
    import json

    return json.loads(store.get("signatures", signature_id)["content"])


def signer_name(name: str) -> str:
    """The signer's name as stored; refused when empty (checked before a key is made)."""
    name = name.strip()
    if not name:
        raise InvalidValue("name: the signer's name is required")
    return name


def sign_assessment(store: Store, assessment_id: str, name: str, role: str = "",
                    organisation: str = "", key: SignerKey | None = None) -> Signature:
    """Sign the assessment as it is now and lock it; a second signer co-signs the same version.

    With ``key`` (what the CLI and the app always pass) the row carries the key's
    signature and certificate; without, it is a bare record, as before keys existed,
    and ``verify`` says so."""
    name, role, organisation = signer_name(name), role.strip(), organisation.strip()
    with store.transaction():
        row = store.get("assessments", assessment_id)
        content = canonical_content(store, assessment_id)
        text = serialise(content)
        fp = fingerprint_of(content)
        if row["status"] == "signed":
            current = signatures_of(store, assessment_id, current_only=True)
            if current and current[0].fingerprint != fp:
                raise ScfieldError(f"assessment {row['title']!r} was changed after it was "
                                   "signed; amend it before signing again")
            if any(s.name.casefold() == name.casefold() for s in current):
                raise ScfieldError(f"{name} has already signed {row['title']!r}")
        values = {"assessment_id": assessment_id, "signer_name": name, "signer_role": role,
                  "signer_organisation": organisation, "signed_at": now(), "fingerprint": fp,
                  "content": text}
        if key is not None:
            import base64

            from scfield.report.keys import signed_message

            message = signed_message(assessment_id, fp, name, role, organisation,
                                     values["signed_at"])
            values["certificate"] = key.certificate_pem
            values["key_signature"] = base64.b64encode(key.sign(message)).decode()
        signature_id = store.insert("signatures", values, reason=f"signed by {name}")
        store.update("assessments", assessment_id, {"status": "signed"},
                     reason=f"signed by {name}", locked_ok=True)
        return Signature.from_row(store.get("signatures", signature_id))


def amend_assessment(store: Store, assessment_id: str, reason: str) -> list[Signature]:
    """Unlock a signed assessment for changes; returns the signatures it supersedes."""
    reason = reason.strip()
    if not reason:
        raise InvalidValue("reason: an amendment needs a reason (it is kept in the history)")
    with store.transaction():
        row = store.get("assessments", assessment_id)
        if row["status"] != "signed":
            raise ScfieldError(f"assessment {row['title']!r} is not signed ({row['status']}); "
                               "it can be edited without an amendment")
        current = signatures_of(store, assessment_id, current_only=True)
        stamp = now()
        for sig in current:
            store.update("signatures", sig.id, {"superseded_at": stamp, "amend_reason": reason,
                                                "amended_by": store.author}, reason=reason)
        store.update("assessments", assessment_id, {"status": "amended"}, reason=reason,
                     locked_ok=True)
    ids = {s.id for s in current}
    return [s for s in signatures_of(store, assessment_id) if s.id in ids]


# -- roadmap -----------------------------------------------------------------------
def roadmap_of(store: Store, assessment_id: str) -> dict[str, str]:
    rows = store.query("SELECT * FROM roadmaps WHERE assessment_id = ?", [assessment_id])
    return {f: (rows[0][f] if rows else "") for f in ROADMAP_FIELDS}


def set_roadmap(store: Store, assessment_id: str, short_term: str | None = None,
                medium_term: str | None = None, long_term: str | None = None) -> bool:
    """Change the roadmap texts given (None: keep); refused while the assessment is signed."""
    changes = {k: v for k, v in (("short_term", short_term), ("medium_term", medium_term),
                                 ("long_term", long_term)) if v is not None}
    with store.transaction():
        row = store.get("assessments", assessment_id)
        existing = store.query("SELECT id FROM roadmaps WHERE assessment_id = ?",
                               [assessment_id])
        current = roadmap_of(store, assessment_id)
        if all(current[k] == v for k, v in changes.items()):
            return False
        store.check_editable("assessments", row)
        if existing:
            return store.update("roadmaps", existing[0]["id"], changes, reason="roadmap")
        store.insert("roadmaps", dict(changes, assessment_id=assessment_id), reason="roadmap")
        return True
