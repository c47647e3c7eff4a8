"""One assessment's whole history, from the audit log: what an evaluator asks for
when a score is questioned.

Every audited write (``Store.insert/update/delete``) left a row: who, when,
which record and field, old and new value, the reason and the source workbook.
``audit_trail`` gathers the rows of one assessment's records (its interviews,
evidence, ratings, attachments, signatures and roadmap, including records since
deleted, found by the whole-record value their deletion logged), with the
element each row concerns and a readable name of the record. The CLI
(``scfield audit``) and the app's Audit view both call it.

Confidential interviews follow ``scfield.disclosure`` unless
``include_confidential`` is given: their identifying fields and notes are
withheld, their scores, dates and flags kept.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from scfield import disclosure
from scfield.messages import ENGLISH, N_, Messages
from scfield.store.database import Store

# Records owned by an assessment through their assessment_id column.
ASSESSMENT_TABLES = ("interviews", "ratings", "signatures", "roadmaps")
RECORD_KINDS = {"assessments": N_("assessment"), "signatures": N_("signature"),
                "roadmaps": N_("roadmap")}
SHEET_HEADER = ("When", "Who", "Record", "Element", "Field", "Old value", "New value",
                "Reason", "Source workbook", "Table", "Record ID")


@dataclass(frozen=True)
class AuditEntry:
    at: str
    who: str
    table: str
    record_id: str
    record: str            # readable: "interview 2024-03-12 · Trần Quốc Bảo"
    element: int | None
    field: str             # "*" when the whole record was added or deleted
    old: str | None
    new: str | None
    reason: str
    source: str
    confidential: bool

    @property
    def action(self) -> str:
        if self.field != "*":
            return "changed"
        return "added" if self.old is None else "deleted"

    def as_dict(self) -> dict[str, Any]:
        return dict(asdict(self), action=self.action)


def _json(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else None
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _logged_ids(store: Store, key: str, owners: set[str]) -> set[str]:
    """Records whose logged whole value names one of ``owners`` under ``key``: those
    added or deleted (including since deleted) under them."""
    if not owners:
        return set()
    path = f"$.{key}"
    sql = ("SELECT DISTINCT record_id FROM audit WHERE field = '*' AND "
           "(CASE WHEN json_valid(old_value) THEN json_extract(old_value, ?) END "
           " IN (SELECT value FROM json_each(?)) OR "
           " CASE WHEN json_valid(new_value) THEN json_extract(new_value, ?) END "
           " IN (SELECT value FROM json_each(?)))")
    owners_json = json.dumps(sorted(owners))
    return {r[0] for r in store.conn.execute(sql, [path, owners_json, path, owners_json])}


def _tables(store: Store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master "
                                             "WHERE type = 'table'")}


def _current(store: Store, table: str, column: str, owners: set[str]) -> dict[str, dict]:
    if not owners:
        return {}
    return {r["id"]: r for r in store.query(
        f"SELECT * FROM [{table}] WHERE [{column}] IN (SELECT value FROM json_each(?))",
        [json.dumps(sorted(owners))])}


@dataclass
class _Records:
    """The assessment's records now, and what the log says of those since deleted."""

    interviews: dict[str, dict[str, Any]]
    evidence: dict[str, dict[str, Any]]
    others: dict[str, dict[str, Any]]

    def row(self, record_id: str) -> dict[str, Any]:
        return (self.interviews.get(record_id) or self.evidence.get(record_id)
                or self.others.get(record_id) or {})


def _records(store: Store, assessment_id: str) -> tuple[set[str], _Records]:
    tables = _tables(store)
    owned = {assessment_id}
    interviews: dict[str, dict[str, Any]] = {}
    others: dict[str, dict[str, Any]] = {}
    for table in ASSESSMENT_TABLES:
        if table in tables:
            rows = _current(store, table, "assessment_id", {assessment_id})
            (interviews if table == "interviews" else others).update(rows)
    owned |= set(interviews) | set(others) | _logged_ids(store, "assessment_id", {assessment_id})
    interview_ids = set(interviews) | {
        r[0] for r in store.conn.execute(
            "SELECT DISTINCT record_id FROM audit WHERE table_name = 'interviews' AND "
            "record_id IN (SELECT value FROM json_each(?))", [json.dumps(sorted(owned))])}
    evidence = _current(store, "evidence", "interview_id", interview_ids)
    evidence_ids = set(evidence) | _logged_ids(store, "interview_id", interview_ids)
    attachments = _current(store, "attachments", "evidence_id", evidence_ids)
    others.update({k: {kk: vv for kk, vv in v.items() if kk != "data"}
                   for k, v in attachments.items()})
    owned |= evidence_ids | set(attachments) | _logged_ids(store, "evidence_id", evidence_ids)
    return owned, _Records(interviews, evidence, others)


def _fill_from_log(records: _Records, table: str, record_id: str,
                   old: str | None, new: str | None) -> None:
    """A record since deleted is described by the whole value its log rows carry."""
    if records.row(record_id):
        return
    value = _json(old) or _json(new)
    if value:
        target = {"interviews": records.interviews, "evidence": records.evidence}.get(
            table, records.others)
        target[record_id] = value


def _interview_name(interview: dict[str, Any], shown: bool, m: Messages) -> str:
    if not interview:
        return m("interview")
    if disclosure.is_confidential(interview) and not shown:
        who = disclosure.public_label(interview, m)
    else:
        who = interview.get("interviewee") or ""
    return " · ".join(p for p in (m("interview"), interview.get("date") or "", who) if p)


def _describe(records: _Records, table: str, record_id: str, shown: bool,
              m: Messages) -> tuple[str, int | None, bool]:
    """(readable record name, element, whether it belongs to a confidential interview)."""
    row = records.row(record_id)
    if table == "interviews":
        return _interview_name(row, shown, m), None, disclosure.is_confidential(row)
    if table == "evidence":
        interview = records.interviews.get(row.get("interview_id", ""), {})
        return (m("evidence of {interview}", interview=_interview_name(interview, shown, m)),
                row.get("element"), disclosure.is_confidential(interview))
    if table == "attachments":
        evidence = records.evidence.get(row.get("evidence_id", ""), {})
        interview = records.interviews.get(evidence.get("interview_id", ""), {})
        return (m("attachment of evidence of {interview}",
                  interview=_interview_name(interview, shown, m)),
                evidence.get("element"), disclosure.is_confidential(interview))
    if table == "ratings":
        return m("rating"), row.get("element"), False
    return m(RECORD_KINDS.get(table, table)), None, False


def audit_trail(store: Store, assessment_id: str, *, element: int | None = None,
                person: str | None = None, include_confidential: bool = False,
                m: Messages = ENGLISH) -> list[AuditEntry]:
    """Every change to one assessment, oldest first.

    ``element`` keeps the rows about that element (evidence, ratings, attachments);
    ``person`` the changes made by someone whose name contains it (any case).
    """
    owned, records = _records(store, assessment_id)
    rows = store.query("SELECT * FROM audit WHERE record_id IN "
                       "(SELECT value FROM json_each(?)) ORDER BY at, id",
                       [json.dumps(sorted(owned))])
    for r in rows:
        if r["field"] == "*":
            _fill_from_log(records, r["table_name"], r["record_id"], r["old_value"],
                           r["new_value"])
    wanted = (person or "").strip().casefold()
    out = []
    for r in rows:
        if wanted and wanted not in r["who"].casefold():
            continue
        name, number, secret = _describe(records, r["table_name"], r["record_id"],
                                         include_confidential, m)
        if element is not None and number != element:
            continue
        secret = secret or disclosure.was_confidential_record(
            r["table_name"], r["old_value"], r["new_value"])
        old, new = r["old_value"], r["new_value"]
        if secret and not include_confidential:
            old = disclosure.redact_audit_value(r["table_name"], r["field"], old, m)
            new = disclosure.redact_audit_value(r["table_name"], r["field"], new, m)
        out.append(AuditEntry(r["at"], r["who"], r["table_name"], r["record_id"], name,
                              number, r["field"], old, new, r["reason"], r["source"], secret))
    return out


def write_audit_workbook(entries: list[AuditEntry], title: str, out: str | Path) -> Path:
    """The trail as a workbook (one row per change, filterable): what is sent to an
    evaluator. The caller decides whether confidential values are in ``entries``."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from scfield.sync.export import save_workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Audit"
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(list(SHEET_HEADER))
    widths = (20, 18, 40, 9, 16, 45, 45, 35, 28, 12, 38)
    for n, width in enumerate(widths, start=1):
        cell = ws.cell(row=2, column=n)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        ws.column_dimensions[get_column_letter(n)].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, e in enumerate(entries, start=3):
        values = [e.at, e.who, e.record, e.element, e.field, e.old, e.new, e.reason,
                  e.source, e.table, e.record_id]
        for n, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=n, value=value)
            if isinstance(value, str):
                cell.data_type = "s"   # text starting with "=" stays text
            cell.alignment = wrap
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:{get_column_letter(len(SHEET_HEADER))}{len(entries) + 2}"
    return save_workbook(wb, out)
