"""Assessments, interviews, evidence, ratings and attachments: validated, audited writes.

These are the functions the CLI, the desktop app, the demo loader and the
workbook import call. Each checks its values with a message a field expert
understands (``InvalidValue``) before the database's own constraints would
fail with a less helpful one.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from scfield.errors import N_, InvalidValue, Text
from scfield.framework import MAX_SCORE, MIN_SCORE, Framework, default_framework
from scfield.store import fields as declared
from scfield.store.database import Store, backup_database

# The vocabularies and each record's fields, from their one declaration.
LEVELS = declared.LEVEL.values
STATUSES = declared.STATUS.values
HELIX_GROUPS = declared.HELIX_GROUP.values
CONFIDENCE = declared.CONFIDENCE.values

ASSESSMENT_FIELDS = declared.ASSESSMENT.editable
INTERVIEW_FIELDS = declared.INTERVIEW.editable
EVIDENCE_FIELDS = declared.EVIDENCE.editable
RATING_FIELDS = declared.RATING.editable


def check_choice(field: str, value: Any, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise InvalidValue(N_("{field}: {value!r} is not one of {choices}"), field=field,
                           value=value, choices=", ".join(choices))
    return value


def check_score(value: Any, field: str = "score") -> int | None:
    """A score is a whole number 0–4, or None for "not discussed" / not set."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise InvalidValue(N_("{field}: {value!r} is not a score {low}–{high}"), field=field,
                           value=value, low=MIN_SCORE, high=MAX_SCORE)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if not isinstance(value, int) or not MIN_SCORE <= value <= MAX_SCORE:
        raise InvalidValue(N_("{field}: {value!r} is not a score {low}–{high}"), field=field,
                           value=value, low=MIN_SCORE, high=MAX_SCORE)
    return value


def check_element(value: Any, framework: Framework, field: str = "element") -> int:
    numbers = [e.number for e in framework.elements]
    if isinstance(value, bool) or not isinstance(value, int) or value not in numbers:
        raise InvalidValue(N_("{field}: {value!r} is not an element number {first}–{last}"),
                           field=field, value=value, first=numbers[0], last=numbers[-1])
    return value


def _only(values: Mapping[str, Any], record: declared.Record, *also: str) -> dict[str, Any]:
    """The values, if each names a field the record's functions accept (or one of ``also``)."""
    unknown = [k for k in values if k not in record.editable and k not in also]
    if unknown:
        raise InvalidValue(N_("{what} has no field {field!r}"), what=Text(record.what),
                           field=unknown[0])
    return dict(values)


def _flag(value: Any) -> int:
    return 1 if value in (True, 1, "1", "yes", "true", "True") else 0


def _checked(record: declared.Record, values: dict[str, Any],
             framework: Framework | None = None) -> dict[str, Any]:
    """Each value checked (and put in its stored form) as its field's kind says: a choice
    among its vocabulary, a score 0–4, a flag 0/1, an element of ``framework``, a list of
    elements kept as text."""
    for name in list(values):
        kind, value = record[name].kind, values[name]
        vocabulary = record[name].vocabulary
        if vocabulary is not None:
            check_choice(name, value, vocabulary.values)
        elif kind == "score":
            values[name] = check_score(value)
        elif kind == "flag":
            values[name] = _flag(value)
        elif kind == "element":
            assert framework is not None, "an element is checked against its framework"
            check_element(value, framework)
        elif kind == "elements" and isinstance(value, list | tuple):
            values[name] = ",".join(str(n) for n in value)
    return values


def framework_of(store: Store, assessment_id: str) -> Framework:
    from scfield.framework import framework_for

    row = store.get("assessments", assessment_id)
    return framework_for(row["framework_id"], row["framework_version"])


# -- assessments ---------------------------------------------------------------
def _check_assessment(values: dict[str, Any]) -> dict[str, Any]:
    _checked(declared.ASSESSMENT, values)
    if "title" in values and not str(values["title"]).strip():
        raise InvalidValue(N_("title: an assessment needs a title"))
    return values


def create_assessment(store: Store, framework: Framework | None = None, **fields: Any) -> str:
    framework = framework or default_framework()
    values = _check_assessment(_only(fields, declared.ASSESSMENT, "id"))
    values.setdefault("title", "Untitled assessment")
    values.update(framework_id=framework.id, framework_version=framework.version,
                  status=declared.STATUS.default)
    return store.insert("assessments", values)


def update_assessment(store: Store, assessment_id: str, **fields: Any) -> bool:
    values = _check_assessment(_only(fields, declared.ASSESSMENT))
    return store.update("assessments", assessment_id, values)


def delete_assessment(store: Store, assessment_id: str, reason: str = "") -> Path | None:
    """Delete an assessment and all it holds, after a backup it can be recovered from."""
    row = store.get("assessments", assessment_id)
    store.check_editable("assessments", row)
    backup = backup_database(store.path, "before-delete")
    store.delete("assessments", assessment_id, reason=reason)
    return backup


# -- interviews ----------------------------------------------------------------
def _check_interview(values: dict[str, Any]) -> dict[str, Any]:
    return _checked(declared.INTERVIEW, values)


def add_interview(store: Store, assessment_id: str, **fields: Any) -> str:
    values = _check_interview(_only(fields, declared.INTERVIEW, "id"))
    values["assessment_id"] = assessment_id
    return store.insert("interviews", values)


def update_interview(store: Store, interview_id: str, **fields: Any) -> bool:
    values = _check_interview(_only(fields, declared.INTERVIEW))
    return store.update("interviews", interview_id, values)


def interview_elements(row: Mapping[str, Any], framework: Framework) -> list[int]:
    """The elements chosen for this interviewee, or all of them."""
    chosen = [int(x) for x in str(row.get("elements") or "").split(",") if x.strip()]
    return chosen or [e.number for e in framework.elements]


# -- evidence ------------------------------------------------------------------
def _check_evidence(values: dict[str, Any], framework: Framework) -> dict[str, Any]:
    return _checked(declared.EVIDENCE, values, framework)


def add_evidence(store: Store, interview_id: str, framework: Framework | None = None,
                 **fields: Any) -> str:
    interview = store.get("interviews", interview_id)
    framework = framework or framework_of(store, interview["assessment_id"])
    values = _check_evidence(_only(fields, declared.EVIDENCE, "id"), framework)
    if "element" not in values:
        raise InvalidValue(N_("element: evidence must name its element"))
    values["interview_id"] = interview_id
    return store.insert("evidence", values)


def update_evidence(store: Store, evidence_id: str, framework: Framework | None = None,
                    **fields: Any) -> bool:
    values = _only(fields, declared.EVIDENCE)
    if framework is None:
        row = store.get("evidence", evidence_id)
        framework = framework_of(store, store.get("interviews", row["interview_id"])
                                 ["assessment_id"])
    return store.update("evidence", evidence_id, _check_evidence(values, framework))


def save_evidence(store: Store, interview_id: str, element: int,
                  framework: Framework | None = None, **fields: Any) -> str:
    """The interview guide's autosave: update this interview's first note on the element,
    or create it. Returns the evidence id."""
    with store.transaction():
        row = store.db.execute(
            "SELECT id FROM evidence WHERE interview_id = ? AND element = ? "
            "ORDER BY created_at, id LIMIT 1", [interview_id, element]).fetchone()
        if row:
            update_evidence(store, row[0], framework, **fields)
            return row[0]
        return add_evidence(store, interview_id, framework, element=element, **fields)


# -- ratings -------------------------------------------------------------------
def set_rating(store: Store, assessment_id: str, element: int, **fields: Any) -> str:
    """Set (or change) the assessor's consolidated rating of one element."""
    framework = framework_of(store, assessment_id)
    check_element(element, framework)
    values = clean_rating(fields)
    values.setdefault("set_by", store.author)
    with store.transaction():
        row = store.db.execute("SELECT id FROM ratings WHERE assessment_id = ? AND element = ?",
                               [assessment_id, element]).fetchone()
        if row:
            store.update("ratings", row[0], values)
            return row[0]
        return store.insert("ratings", dict(values, assessment_id=assessment_id,
                                            element=element))


# -- attachments ------------------------------------------------------------------
def attach_file(store: Store, evidence_id: str, file: str | Path) -> str:
    """Store a photo or document with its evidence; the SHA-256 proves it unchanged."""
    file = Path(file)
    data = file.read_bytes()
    media_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    return store.insert("attachments", {
        "evidence_id": evidence_id, "filename": file.name, "media_type": media_type,
        "sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "data": data})


# -- checked values, for writers that compare before they write (scfield.edits) -------------
def clean_assessment(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Profile fields checked as ``update_assessment`` checks them."""
    return _check_assessment(_only(fields, declared.ASSESSMENT))


def clean_interview(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Interview fields checked and put in their stored form (flags 0/1, elements text)."""
    return _check_interview(_only(fields, declared.INTERVIEW))


def clean_evidence(fields: Mapping[str, Any], framework: Framework) -> dict[str, Any]:
    return _check_evidence(_only(fields, declared.EVIDENCE), framework)


def clean_rating(fields: Mapping[str, Any]) -> dict[str, Any]:
    return _checked(declared.RATING, _only(fields, declared.RATING))
