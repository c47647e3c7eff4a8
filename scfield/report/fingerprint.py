"""The fingerprint of an assessment's content, and what changed between two versions.

A signed page must be checkable years later: the fingerprint is SHA-256 over a
canonical serialisation (sorted-key JSON, no whitespace, UTF-8, text in Unicode
NFC) of what the assessment *says*: its profile, interviews, evidence notes
(with the hashes of their attachments), ratings and roadmap. Bookkeeping
(``updated_at``, ``author``, ``revision``, the interview guide's resume
position) is left out, so that saving without changing anything, or syncing a
copy, leaves the fingerprint as it was. The snapshot itself is stored with each
signature; ``describe_changes`` compares it with the current content in words an
assessor understands.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from typing import Any

from scfield.errors import N_, Text
from scfield.store import Store

FORMAT = "scfield-content/1"
PROFILE_FIELDS = ("title", "country", "city", "level", "start_date", "end_date", "team",
                  "language", "population", "economy", "existing_assets",
                  "implementing_entities", "profile_notes", "framework_id",
                  "framework_version")
INTERVIEW_FIELDS = ("date", "place", "interviewer", "interviewee", "role", "organisation",
                    "helix_group", "consent", "confidential", "elements")
EVIDENCE_FIELDS = ("interview_id", "element", "score", "note", "source", "confidence")
RATING_FIELDS = ("score", "rationale", "confidence")
ROADMAP_FIELDS = ("short_term", "medium_term", "long_term")
HEX = re.compile(r"[0-9a-f]+")


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    return value


def _pick(row: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    return {f: _norm(row.get(f)) for f in fields}


def canonical_content(store: Store, assessment_id: str) -> dict[str, Any]:
    """The assessment's content as plain JSON-able data (what the fingerprint covers)."""
    row = store.get("assessments", assessment_id)
    interviews = store.query("SELECT * FROM interviews WHERE assessment_id = ?", [assessment_id])
    evidence = store.query(
        "SELECT e.* FROM evidence e JOIN interviews i ON i.id = e.interview_id "
        "WHERE i.assessment_id = ?", [assessment_id])
    attachments: dict[str, list[dict[str, Any]]] = {}
    for a in store.query(
            "SELECT a.evidence_id, a.filename, a.sha256 FROM attachments a "
            "JOIN evidence e ON e.id = a.evidence_id JOIN interviews i ON i.id = e.interview_id "
            "WHERE i.assessment_id = ? ORDER BY a.sha256, a.filename", [assessment_id]):
        attachments.setdefault(a["evidence_id"], []).append(
            {"filename": _norm(a["filename"]), "sha256": a["sha256"]})
    ratings = store.query("SELECT * FROM ratings WHERE assessment_id = ?", [assessment_id])
    roadmap = store.query("SELECT * FROM roadmaps WHERE assessment_id = ?", [assessment_id])
    return {
        "format": FORMAT,
        "id": row["id"],
        "profile": _pick(row, PROFILE_FIELDS),
        "interviews": {i["id"]: _pick(i, INTERVIEW_FIELDS) for i in interviews},
        "evidence": {e["id"]: dict(_pick(e, EVIDENCE_FIELDS),
                                   attachments=attachments.get(e["id"], []))
                     for e in evidence},
        "ratings": {f"{r['element']:02d}": _pick(r, RATING_FIELDS) for r in ratings},
        "roadmap": (_pick(roadmap[0], ROADMAP_FIELDS) if roadmap
                    else {f: "" for f in ROADMAP_FIELDS}),
    }


def serialise(content: dict[str, Any]) -> str:
    """The one canonical text of a content snapshot."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def fingerprint_of(content: dict[str, Any]) -> str:
    return hashlib.sha256(serialise(content).encode("utf-8")).hexdigest()


def fingerprint(store: Store, assessment_id: str) -> str:
    """SHA-256 (64 lower-case hex digits) of the assessment's current content."""
    return fingerprint_of(canonical_content(store, assessment_id))


def short_code(full: str) -> str:
    """The form printed on every page: the first 16 hex digits in groups of four."""
    head = full[:16].upper()
    return "-".join(head[i:i + 4] for i in range(0, 16, 4))


def normalise_code(code: str) -> str:
    """A typed or scanned code, without dashes, spaces or case ("3f2a91c0..." )."""
    return re.sub(r"[\s\-–—:]", "", code).lower()


def is_code(text: str) -> bool:
    code = normalise_code(text)
    return 8 <= len(code) <= 64 and HEX.fullmatch(code) is not None


# -- what changed ---------------------------------------------------------------------
# Each difference is a ``Text`` (template and parameters) rendered where it is shown, in the
# reader's language; field names stay as the data names them (as in the audit's columns).
def _interview_label(row: dict[str, Any] | None) -> Text:
    if not row:
        return Text(N_("an interview"))
    # A confidential interviewee is named by helix group only, as everywhere text may be
    # read outside the team (scfield.disclosure): never by role or name.
    who: str | Text = (Text(N_("a confidential interviewee ({group})"),
                            group=row.get("helix_group") or Text(N_("group not given")))
                       if row.get("confidential")
                       else row.get("interviewee") or Text(N_("an interviewee")))
    return Text(N_("the interview of {date} with {who}"),
                date=row.get("date") or Text(N_("no date")), who=who)


def _fields_changed(old: dict[str, Any], new: dict[str, Any], fields: tuple[str, ...]
                    ) -> str:
    out = []
    for f in fields:
        if old.get(f) != new.get(f):
            if f in ("score", "element", "consent", "confidential", "level", "confidence"):
                out.append(f"{f} {old.get(f)!s} → {new.get(f)!s}")
            else:
                out.append(f.replace("_", " "))
    return ", ".join(out)


def describe_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Text]:
    """One sentence per difference between a signed snapshot and the current content
    (``str()`` of each is the English)."""
    out: list[Text] = []
    changed = _fields_changed(old.get("profile", {}), new.get("profile", {}), PROFILE_FIELDS)
    if changed:
        out.append(Text(N_("profile changed: {fields}"), fields=changed))
    interviews_old, interviews_new = old.get("interviews", {}), new.get("interviews", {})
    for key in sorted(set(interviews_old) | set(interviews_new)):
        a, b = interviews_old.get(key), interviews_new.get(key)
        if a is None:
            out.append(Text(N_("interview added: {interview}"), interview=_interview_label(b)))
        elif b is None:
            out.append(Text(N_("interview removed: {interview}"),
                            interview=_interview_label(a)))
        else:
            changed = _fields_changed(a, b, INTERVIEW_FIELDS)
            if changed:
                out.append(Text(N_("{interview} changed: {fields}"),
                                interview=_interview_label(b), fields=changed))

    def where(ev: dict[str, Any]) -> Text:
        interview = interviews_new.get(ev.get("interview_id")) or interviews_old.get(
            ev.get("interview_id"))
        return Text(N_("element {n} from {interview}"), n=f"{ev.get('element'):02d}",
                    interview=_interview_label(interview))

    evidence_old, evidence_new = old.get("evidence", {}), new.get("evidence", {})
    for key in sorted(set(evidence_old) | set(evidence_new),
                      key=lambda k: ((evidence_new.get(k) or evidence_old.get(k))["element"], k)):
        a, b = evidence_old.get(key), evidence_new.get(key)
        if a is None:
            out.append(Text(N_("evidence added on {where}"), where=where(b)))
        elif b is None:
            out.append(Text(N_("evidence removed on {where}"), where=where(a)))
        else:
            changed = _fields_changed(a, b, EVIDENCE_FIELDS + ("attachments",))
            if changed:
                out.append(Text(N_("evidence on {where} changed: {fields}"), where=where(b),
                                fields=changed))
    ratings_old, ratings_new = old.get("ratings", {}), new.get("ratings", {})
    for key in sorted(set(ratings_old) | set(ratings_new)):
        a, b = ratings_old.get(key), ratings_new.get(key)
        if a is None:
            out.append(Text(N_("rating of element {n} added (score {score})"), n=key,
                            score=b.get("score")))
        elif b is None:
            out.append(Text(N_("rating of element {n} removed"), n=key))
        else:
            changed = _fields_changed(a, b, RATING_FIELDS)
            if changed:
                out.append(Text(N_("rating of element {n} changed: {fields}"), n=key,
                                fields=changed))
    changed = _fields_changed(old.get("roadmap", {}), new.get("roadmap", {}), ROADMAP_FIELDS)
    if changed:
        out.append(Text(N_("roadmap changed: {fields}"), fields=changed))
    return out
