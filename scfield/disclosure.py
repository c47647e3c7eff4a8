"""What may leave the assessment team: the one rule for confidential interviews.

The interview form says "Confidential: keep notes out of shared reports". Every
output meant for people outside the team (the PDF summary, the office summary
workbook, the audit workbook, anything published) applies this module:

- a confidential interview's notes (and their sources), the interviewee's name,
  exact role, organisation and the place of the interview never appear;
- it is labelled publicly by its helix group only ("Confidential interviewee
  (public body)"): in a city with one investment-planning division, an exact
  role names the person;
- its scores still count, and the output says so where it matters ("2 of the 5
  notes on this element come from confidential interviews and are not shown").

The field workbook is the team's own and keeps everything. Qt-free, plain data
in and out, so the report, the sync and the audit all share one definition.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from scfield.messages import ENGLISH, N_, Messages
from scfield.store.database import Store

# What identifies a confidential interviewee or repeats what they said.
INTERVIEW_FIELDS = ("interviewee", "role", "organisation", "place")
EVIDENCE_FIELDS = ("note", "source")
ATTACHMENT_FIELDS = ("filename",)
WITHHELD_FIELDS: dict[str, tuple[str, ...]] = {
    "interviews": INTERVIEW_FIELDS, "evidence": EVIDENCE_FIELDS,
    "attachments": ATTACHMENT_FIELDS}

# The helix group as a kind of organisation: all a reader outside the team learns.
AN_ORGANISATION = N_("organisation")  # an organisation of no known kind
ORGANISATION_KINDS = {"public": N_("public body"), "private": N_("company"),
                      "academia": N_("university or research institute"),
                      "citizen": N_("civil-society organisation")}
WITHHELD = N_("(confidential, not shown)")


def is_confidential(interview: Mapping[str, Any]) -> bool:
    """An interview (or an evidence row joined with its interview) marked confidential."""
    return bool(interview.get("confidential"))


def organisation_kind(helix_group: str | None, m: Messages = ENGLISH) -> str:
    return m(ORGANISATION_KINDS.get(helix_group or "", AN_ORGANISATION))


def public_label(interview: Mapping[str, Any], m: Messages = ENGLISH) -> str:
    """How a confidential interviewee is named outside the team: helix group only."""
    return m("Confidential interviewee ({kind})",
             kind=organisation_kind(interview.get("helix_group"), m))


def redact_interview(interview: Mapping[str, Any], m: Messages = ENGLISH) -> dict[str, Any]:
    """A copy fit to leave the team: a confidential interview keeps its date, helix
    group, interviewer, elements and flags; its name becomes the public label and its
    role, organisation and place are emptied. Others are returned unchanged."""
    out = dict(interview)
    if is_confidential(interview):
        for name in INTERVIEW_FIELDS:
            if name in out:
                out[name] = ""
        out["interviewee"] = public_label(interview, m)
    return out


def redact_evidence(row: Mapping[str, Any], m: Messages = ENGLISH) -> dict[str, Any]:
    """An evidence row joined with its interview (``evidence_of``), fit to leave the
    team: a confidential one keeps its element and score (they still count) but not its
    note, source nor who said it."""
    out = redact_interview(row, m)
    if is_confidential(row):
        for name in EVIDENCE_FIELDS:
            if name in out:
                out[name] = m(WITHHELD) if name == "note" else ""
    return out


def withheld_sentence(withheld: int, total: int, m: Messages = ENGLISH) -> str:
    """The sentence an output prints where notes were left out ("" when none were); the
    verb agrees with the notes withheld, and "all" or "the only" reads as such."""
    if not withheld:
        return ""
    if withheld >= total:
        return m.plural(total, "The only note on this element comes from a confidential "
                        "interview and is not shown.",
                        "All {n} notes on this element come from confidential interviews "
                        "and are not shown.")
    return m.plural(withheld, "{n} of the {total} notes on this element comes from a "
                    "confidential interview and is not shown.",
                    "{n} of the {total} notes on this element come from confidential "
                    "interviews and are not shown.", total=total)


def confidential_interview_ids(store: Store, assessment_id: str | None = None) -> set[str]:
    sql = "SELECT id FROM interviews WHERE confidential = 1"
    params: list[Any] = []
    if assessment_id is not None:
        sql += " AND assessment_id = ?"
        params.append(assessment_id)
    return {r[0] for r in store.conn.execute(sql, params)}


def has_confidential(store: Store, assessment_id: str) -> bool:
    return store.conn.execute(
        "SELECT 1 FROM interviews WHERE assessment_id = ? AND confidential = 1 LIMIT 1",
        [assessment_id]).fetchone() is not None


def confidential_record_ids(store: Store, assessment_id: str | None = None) -> set[str]:
    """Ids of confidential interviews, their evidence and its attachments: the records
    whose identifying fields are withheld, in the audit trail too."""
    interviews = confidential_interview_ids(store, assessment_id)
    if not interviews:
        return set()
    marks = ",".join("?" * len(interviews))
    evidence = {r[0] for r in store.conn.execute(
        f"SELECT id FROM evidence WHERE interview_id IN ({marks})", list(interviews))}
    attachments: set[str] = set()
    if evidence:
        marks = ",".join("?" * len(evidence))
        attachments = {r[0] for r in store.conn.execute(
            f"SELECT id FROM attachments WHERE evidence_id IN ({marks})", list(evidence))}
    return interviews | evidence | attachments


def confidential_texts(store: Store, assessment_id: str | None = None) -> list[str]:
    """Every non-empty text that must not leave the team (names, roles, organisations,
    places, notes, sources of confidential interviews): what the tests scan for."""
    params: list[Any] = []
    where = "i.confidential = 1"
    if assessment_id is not None:
        where += " AND i.assessment_id = ?"
        params.append(assessment_id)
    texts: set[str] = set()
    for row in store.conn.execute(
            f"SELECT i.interviewee, i.role, i.organisation, i.place FROM interviews i "
            f"WHERE {where}", params):
        texts.update(row)
    for row in store.conn.execute(
            f"SELECT e.note, e.source FROM evidence e JOIN interviews i "
            f"ON i.id = e.interview_id WHERE {where}", params):
        texts.update(row)
    return sorted(t for t in texts if t and t.strip())


def _withhold_record_json(text: str | None, fields: Iterable[str], m: Messages) -> str | None:
    """An audit row's whole-record value (insert/delete) with the identifying fields
    replaced; text that is not a JSON object is withheld entirely."""
    if text is None:
        return None
    try:
        record = json.loads(text)
    except ValueError:
        return m(WITHHELD)
    if not isinstance(record, dict):
        return m(WITHHELD)
    for name in fields:
        if record.get(name):
            record[name] = m(WITHHELD)
    return json.dumps(record, ensure_ascii=False, sort_keys=True, default=str)


def redact_audit_value(table: str, field: str, value: str | None,
                       m: Messages = ENGLISH) -> str | None:
    """One old or new value of an audit row about a confidential record, fit to leave
    the team: identifying fields withheld, scores, dates and flags kept."""
    fields = WITHHELD_FIELDS.get(table, ())
    if field == "*":
        return _withhold_record_json(value, fields, m)
    if field in fields and value:
        return m(WITHHELD)
    return value


def was_confidential_record(table: str, old: str | None, new: str | None) -> bool:
    """An audit row inserting or deleting an interview that was confidential at the
    time: catches records since deleted, which ``confidential_record_ids`` cannot see."""
    if table != "interviews":
        return False
    for text in (old, new):
        try:
            record = json.loads(text) if text else None
        except ValueError:
            continue
        if isinstance(record, dict) and record.get("confidential") in (1, True, "1"):
            return True
    return False


TEAM_ONLY_NOTICE = N_("This workbook holds notes of confidential interviews: keep it within "
                      "the assessment team, and send it encrypted (scfield export --password).")


def team_only_notice(interviews: Iterable[Mapping[str, Any]],
                     m: Messages = ENGLISH) -> list[str]:
    """The field workbook's Instructions line saying it holds confidential notes (the
    team's own workbook keeps everything); nothing when no interview is confidential."""
    return [m(TEAM_ONLY_NOTICE)] if any(is_confidential(i) for i in interviews) else []


def confidential_note_counts(store: Store) -> dict[tuple[str, int], int]:
    """(assessment id, element) → how many of its notes come from confidential
    interviews: they count in the scores, and shared outputs say how many are not shown."""
    return {(r[0], r[1]): r[2] for r in store.conn.execute(
        "SELECT i.assessment_id, e.element, COUNT(*) FROM evidence e JOIN interviews i "
        "ON i.id = e.interview_id WHERE i.confidential = 1 GROUP BY 1, 2")}
