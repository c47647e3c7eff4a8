"""Recognising a row the expert added, then corrected in the same file, on its next import.

Rows added in the field have no ID; the merge finds their record by natural key
(an interview by interviewee and date, evidence by interview × element). That
fails when the key itself is what the expert corrected — a misspelt name, a
wrong date, a wrong element number — and the row would come back as a second
record. So each import remembers where every row without ID went (``history``:
its place among the sheet's rows without ID, and the record), and on the next
import of the same file (same export, same file name) a row whose key
matches nothing is matched to a record that file added before and that no other
row claims (a second expert's copy of the same name is told apart by content):

* it must keep half of its key (the same date or the same interviewee; the same
  interview or the same element) — a row with both changed is a new record;
* the one record from which the row differs in nothing but that key is taken
  (wherever it stood: rows may have been deleted or sorted since);
* two or more such records: the row is refused, naming it — never a guess, and
  never a silent second record;
* none: the record at the row's own place is taken when the row differs from
  what the file last said about it in at most one other field (the key and, say,
  the role corrected together).

Every such match is said in the summary; a row added as new although a record
of the file's own lineage kept half its key is said too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from scfield.errors import N_, Text
from scfield.sync.history import History
from scfield.sync.reader import Row

KEYS = {"interviews": ("interviewee", "date"), "evidence": ("interview_id", "element")}
# what a corrected key field is called in the summary
KEY_NAMES = {"interviewee": N_("interviewee"), "date": N_("date"),
             "interview_id": N_("interview"), "element": N_("element")}


@dataclass
class Corrections:
    """What ``find_corrections`` decided for the rows whose key matched nothing."""
    records: dict[int, str] = field(default_factory=dict)   # sheet row -> record id
    notes: list[Text] = field(default_factory=list)
    problems: list[Text] = field(default_factory=list)


def _plain(table: str, name: str, value: Any) -> Any:
    """A value as comparable with what an earlier import stored (as JSON)."""
    if table == "interviews" and name == "interviewee":
        return " ".join(str(value or "").split()).casefold()
    if name == "date":
        return str(value or "").strip()
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


def _differences(table: str, mine: dict[str, Any], said: dict[str, Any]
                 ) -> tuple[list[str], list[str]]:
    """(key fields, other fields) where the row differs from what the file said."""
    keys, others = [], []
    for name, value in said.items():
        if name in mine and _plain(table, name, mine[name]) != _plain(table, name, value):
            (keys if name in KEYS[table] else others).append(name)
    return keys, others


def _described(table: str, said: dict[str, Any]) -> Text:
    a, b = (said.get(k) for k in KEYS[table])
    if table == "interviews":
        return Text(N_("interview of {name} on {date}"), name=repr(a), date=b)
    return Text(N_("evidence on element {element}"), element=b)


def find_corrections(table: str, rows: list[tuple[int, Row, dict[str, Any]]],
                     history: History, known: dict[str, dict[str, Any]],
                     claimed: set[str]) -> Corrections:
    """Match each of ``rows`` — (place among the sheet's rows without ID, row, its values)
    whose natural key matched no record — to a record this file added before.

    ``known``: the office's values of the records of ``table`` (by id); ``claimed``:
    the records other rows of this workbook already name (by ID or natural key).
    """
    out = Corrections()
    at_place, ever = history.added_by_this_file(table)
    free = {rid: {**known[rid], **history.said((table, rid))}
            for rid in ever if rid in known and rid not in claimed}
    if not free:
        return out
    for place, row, mine in rows:
        plausible: dict[str, list[str]] = {}
        for rid, said in free.items():
            keys, others = _differences(table, mine, said)
            if len(keys) == 1:
                plausible[rid] = others
        close = [rid for rid, others in plausible.items() if not others]
        own = at_place.get(place)
        if len(close) == 1:
            chosen = close[0]
        elif not close and own in plausible and len(plausible[own]) <= 1:
            chosen = own
        elif close:
            out.problems.append(Text(N_(
                "{place}: this row matches no record in the office, and could be the "
                "correction of any of {n} rows this file added before ({which}); scfield "
                "cannot tell which, so correct it in the office, or put back the value it "
                "had at the last import"), place=row.place(), n=len(close),
                which=[_described(table, free[rid]) for rid in close]))
            continue
        else:
            if plausible:
                first, second = (Text(KEY_NAMES[k]) for k in KEYS[table])
                out.notes.append(Text(N_(
                    "{place}: added as a new record; it differs from the {added} this file "
                    "added before in more than its {first} or {second}"), place=row.place(),
                    added=_described(table, free[next(iter(plausible))]), first=first,
                    second=second))
            continue
        said = free.pop(chosen)
        keys, _ = _differences(table, mine, said)
        out.records[row.number] = chosen
        out.notes.append(Text(N_(
            "{place}: taken as the correction of the {added} this file added before: its "
            "{field} is updated, no second one is added"), place=row.place(),
            added=_described(table, said), field=Text(KEY_NAMES[keys[0]])))
    return out
