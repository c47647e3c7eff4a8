"""What a field workbook looks like, and how a cell value maps to a database value.

Export and import share this one description of the sheets (headers, the
database field behind each column, widths) and one pair of conversions per kind
of value, so that a value written to a cell and read back is the same value:
that equality is what the three-way merge rests on. The merge never compares a
workbook cell with the raw database value; it compares the *normalised* value
(``from_cell(to_cell(x))``), which is also what ``_sync`` keeps as the base.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from scfield.errors import N_, InvalidValue
from scfield.framework import MAX_SCORE, MIN_SCORE, Framework
from scfield.store import fields as declared
from scfield.store.fields import VOCABULARIES, Record
from scfield.store.records import check_choice, check_score

FORMAT = "scfield-sync"
FORMAT_VERSION = "1"

INSTRUCTIONS, ASSESSMENT, INTERVIEWS, EVIDENCE, RATINGS, LISTS, SYNC = (
    "Instructions", "Assessment", "Interviews", "Evidence", "Ratings", "Lists", "_sync")
SHEETS = (INSTRUCTIONS, ASSESSMENT, INTERVIEWS, EVIDENCE, RATINGS, LISTS, SYNC)

# Characters a cell cannot hold (XML 1.0); openpyxl refuses them, so export drops them.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
YES, NO = "yes", "no"


@dataclass(frozen=True)
class Column:
    header: str
    field: str | None     # database field; None: shown for reading only, ignored at import
    kind: str             # a field's kind (scfield.store.fields), or label / info
    width: int
    wrap: bool = False
    required: bool = True  # the header must be present for the import to go ahead


def column(record: Record, name: str, width: int, wrap: bool = False) -> Column:
    """The column of one declared field: its header and kind are the declaration's."""
    declared = record[name]
    return Column(declared.header, declared.name, declared.kind, width, wrap)


# The order a person reads in, on a 1366-pixel screen: what the row is about, the score
# and the note side by side, and the IDs (grey, locked) at the far right, out of the way.
# Columns are found by their header on import, so a workbook of the former order (ID
# first) imports the same.
INTERVIEW_COLUMNS = (
    Column("Interview", None, "label", 22, wrap=True),
    column(declared.INTERVIEW, "date", 11),
    column(declared.INTERVIEW, "place", 20, wrap=True),
    column(declared.INTERVIEW, "interviewer", 16, wrap=True),
    column(declared.INTERVIEW, "interviewee", 18, wrap=True),
    column(declared.INTERVIEW, "role", 20, wrap=True),
    column(declared.INTERVIEW, "organisation", 24, wrap=True),
    column(declared.INTERVIEW, "helix_group", 11),
    column(declared.INTERVIEW, "consent", 9),
    column(declared.INTERVIEW, "confidential", 12),
    column(declared.INTERVIEW, "elements", 12),
    column(declared.INTERVIEW, "id", 10),
)
EVIDENCE_COLUMNS = (
    column(declared.EVIDENCE, "interview_id", 16, wrap=True),
    column(declared.EVIDENCE, "element", 5),
    Column("Element", None, "info", 20, wrap=True, required=False),
    column(declared.EVIDENCE, "score", 7),
    column(declared.EVIDENCE, "note", 50, wrap=True),
    column(declared.EVIDENCE, "source", 20, wrap=True),
    column(declared.EVIDENCE, "confidence", 11),
    column(declared.EVIDENCE, "id", 10),
)
RATING_COLUMNS = (
    column(declared.RATING, "element", 5),
    Column("Domain", None, "info", 12, required=False),
    Column("Element", None, "info", 28, wrap=True, required=False),
    column(declared.RATING, "score", 7),
    column(declared.RATING, "rationale", 60, wrap=True),
    column(declared.RATING, "confidence", 11),
    column(declared.RATING, "id", 10),
)


def column_number(columns: tuple[Column, ...], header: str) -> int:
    """1-based position of the column with this header (dropdowns, frozen panes)."""
    return next(n for n, c in enumerate(columns, start=1) if c.header == header)


DATA_SHEETS = {INTERVIEWS: INTERVIEW_COLUMNS, EVIDENCE: EVIDENCE_COLUMNS,
               RATINGS: RATING_COLUMNS}
TABLE_OF = {INTERVIEWS: "interviews", EVIDENCE: "evidence", RATINGS: "ratings"}

# The Assessment sheet: label / value rows, one per profile field that travels:
# (label, field, kind).
ASSESSMENT_ROWS = tuple((f.header, f.name, f.kind) for f in declared.ASSESSMENT.in_workbook)
ASSESSMENT_INFO = (declared.ASSESSMENT["id"].header,  # shown, not merged
                   declared.ASSESSMENT["status"].header, "Framework", "Exported")

# The fields whose base values ``_sync`` keeps, per table, in this order.
SYNC_FIELDS = {
    "assessments": tuple(f for _, f, _ in ASSESSMENT_ROWS),
    "interviews": tuple(c.field for c in INTERVIEW_COLUMNS if c.field and c.field != "id"),
    "evidence": tuple(c.field for c in EVIDENCE_COLUMNS if c.field and c.field != "id"),
    "ratings": tuple(c.field for c in RATING_COLUMNS if c.field and c.field != "id"),
}
KIND_OF = {
    "assessments": {f: k for _, f, k in ASSESSMENT_ROWS},
    "interviews": {c.field: c.kind for c in INTERVIEW_COLUMNS if c.field},
    "evidence": {c.field: c.kind for c in EVIDENCE_COLUMNS if c.field},
    "ratings": {c.field: c.kind for c in RATING_COLUMNS if c.field},
}
# What an empty choice cell means: the vocabulary's default.
DEFAULTS = {kind: vocabulary.default for kind, vocabulary in VOCABULARIES.items()}
MAX_TEXT = 32767  # Excel's limit for one cell


# -- database value -> cell --------------------------------------------------------
def clean_text(value: Any) -> str:
    """The text a cell shows: without the characters a cell cannot hold, and a text
    longer than a cell holds visibly shortened (see ``shortened``)."""
    text = _ILLEGAL.sub("", "" if value is None else str(value))
    return text if len(text) <= MAX_TEXT else shortened(text)


def shortened(text: str) -> str:
    """A text too long for a cell, cut so that the cell says so and how much is missing.

    The same in every language and every export, so that an untouched cell reads back
    as exactly what ``_sync`` keeps; the import never writes such a cell over the
    office's whole text (a change to it is a conflict, see ``too_long``).
    """
    missing = len(text) - MAX_TEXT
    while True:
        mark = (f" [… {missing:,} more characters not shown: longer than a spreadsheet "
                "cell holds, kept whole in the office; change it in scfield]")
        keep = MAX_TEXT - len(mark)
        if len(text) - keep == missing:
            return text[:keep] + mark
        missing = len(text) - keep


def is_shortened(text: Any) -> bool:
    """Is this cell text one ``shortened`` wrote?"""
    return isinstance(text, str) and len(text) == MAX_TEXT and text.endswith(
        "kept whole in the office; change it in scfield]")


def too_long(value: Any) -> bool:
    """Is this office text longer than a cell (exported shortened)?"""
    return isinstance(value, str) and len(value) > MAX_TEXT and len(
        _ILLEGAL.sub("", value)) > MAX_TEXT


def to_cell(kind: str, value: Any) -> Any:
    """The value written to a cell (text stays text: the writer marks it as a string)."""
    if kind in ("score", "element"):
        return None if value is None or value == "" else int(value)
    if kind == "flag":
        return YES if value in (1, True, "1") else NO
    return clean_text(value)


# -- cell -> database value -----------------------------------------------------------
def _number_text(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def cell_text(value: Any) -> str:
    """Any cell value as the text the database keeps (a date typed into a cell, a number)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, int | float):
        return _number_text(value)
    return str(value)


def from_cell(kind: str, value: Any, framework: Framework) -> Any:
    """Check and convert one cell; raises ``InvalidValue`` with the reason (no place)."""
    if kind in ("text", "date", "label", "ref", "id", "info"):
        text = cell_text(value)
        return text.strip() if kind in ("id", "label", "ref") else text
    if kind == "score":
        if isinstance(value, str):
            value = value.strip()
            if value and not value.isdecimal():  # "²" is a digit to Python, not to int()
                raise InvalidValue(N_("{value!r} is not a score {low}–{high} (a whole "
                                      "number, or empty)"), value=value, low=MIN_SCORE,
                                   high=MAX_SCORE)
        return check_score(value, "score")
    if kind == "element":
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, str) and value.strip().isdecimal():
            value = int(value.strip())
        numbers = [e.number for e in framework.elements]
        if isinstance(value, bool) or value not in numbers:
            if not cell_text(value):
                raise InvalidValue(N_("empty is not an element number {first}–{last}"),
                                   first=numbers[0], last=numbers[-1])
            raise InvalidValue(N_("{value!r} is not an element number {first}–{last}"),
                               value=cell_text(value), first=numbers[0], last=numbers[-1])
        return value
    if kind == "flag":
        if isinstance(value, bool):
            return int(value)
        text = cell_text(value).strip().lower()
        if text in ("yes", "y", "true", "1", "x"):
            return 1
        if text in ("no", "n", "false", "0", ""):
            return 0
        raise InvalidValue(N_("{value!r} is not yes or no"), value=cell_text(value))
    if kind in VOCABULARIES:
        text = cell_text(value).strip().lower()
        if not text:
            return DEFAULTS[kind]
        choices = VOCABULARIES[kind].values
        try:
            return check_choice("value", text, choices)
        except InvalidValue:
            raise InvalidValue(N_("{value!r} is not one of {choices}"),
                               value=cell_text(value), choices=", ".join(choices)) from None
    if kind == "elements":
        text = cell_text(value).replace(";", ",").replace(" ", "")
        if not text:
            return ""
        numbers = {e.number for e in framework.elements}
        picked = []
        for part in text.split(","):
            if not part:
                continue
            if not part.isdecimal() or int(part) not in numbers:
                raise InvalidValue(N_("{value!r} is not a list of element numbers such as "
                                      "1,2,5 (blank means all)"), value=cell_text(value))
            picked.append(int(part))
        return ",".join(str(n) for n in picked)
    raise ValueError(f"unknown column kind {kind}")  # pragma: no cover - a bug


def normalise(table: str, field: str, value: Any, framework: Framework) -> Any:
    """The value as it comes back after a trip through a cell."""
    kind = KIND_OF[table][field]
    if kind == "ref":
        return "" if value is None else str(value)
    if kind in ("text", "date"):
        return clean_text(value)  # from_cell of a text cell is the text itself
    return from_cell(kind, to_cell(kind, value), framework)


def sync_text(value: Any) -> str:
    """How ``_sync`` stores a base value: always as text (None as empty)."""
    return "" if value is None else str(value)


def record_hash(values: dict[str, Any], fields: tuple[str, ...]) -> str:
    data = json.dumps([values.get(f) for f in fields], ensure_ascii=False, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


def interview_label(date_text: str, interviewee: str) -> str:
    """How the Interviews sheet names an interview and evidence rows refer to it."""
    parts = [p.strip() for p in (date_text, interviewee) if p and p.strip()]
    return " · ".join(parts) or "(no name)"


def unique_labels(pairs: list[tuple[str, str]]) -> list[str]:
    """Labels for interviews in order, ``(2)``, ``(3)``… added to repeated ones."""
    seen: dict[str, int] = {}
    out = []
    for d, who in pairs:
        label = interview_label(d, who)
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out
