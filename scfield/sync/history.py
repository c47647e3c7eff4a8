"""What earlier imports of the same export delivered, and remembering what this one does.

A workbook is exported once and may come back many times: the same file
re-sent, corrected after an import, or copies filled by several experts. The
``_sync`` sheet only knows what was exported; this module knows what the office
has already received since. A value some copy of this export already delivered
for a field is old news: importing it again is never a change and never a new
conflict, whatever was resolved, edited or exported in between. That is what
makes re-importing any workbook already imported change nothing.

The values a file delivered are also the base of its next import, so an expert
who keeps working in one file corrects, rather than conflicts with, their own
earlier edits. The file's rows without an ID are remembered too, by their place
among the sheet's added rows, with the record each one went to: the next import
of that file can then recognise a row whose interviewee, date or element was
corrected (``scfield.sync.added_rows``). The tables are this module's migrations
(``MIGRATIONS``, registered after the report's: migrations are numbered in the order
they apply).
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

    from scfield.store.database import Store

Key = tuple[str, str]             # (table, record key: id, or element number for ratings)


class History:
    """The deliveries of earlier imports of one export of one assessment."""

    def __init__(self, store: Store, assessment_id: str, export_id: str) -> None:
        self.seen: dict[tuple[str, str, str], list[Any]] = defaultdict(list)
        # import id -> (file, at, {key: {field: value}}), oldest first
        self.imports: dict[str, tuple[str, str, dict[Key, dict[str, Any]]]] = {}
        self.lineage: dict[Key, dict[str, Any]] = {}
        self.file = ""
        # import id -> {(table, place among the sheet's added rows): record id}
        self.placed: dict[str, dict[tuple[str, int], str]] = defaultdict(dict)
        self.placed_by: dict[str, str] = {}   # import id -> its file's name
        if not assessment_id:
            return
        for row in store.query(
                "SELECT a.import_id, a.table_name, a.place, a.record_id, i.file "
                "FROM sync_added_rows a JOIN sync_imports i ON i.id = a.import_id "
                "WHERE a.assessment_id = ? AND a.export_id = ? ORDER BY i.at, a.id",
                [assessment_id, export_id]):
            self.placed[row["import_id"]][(row["table_name"], row["place"])] = row["record_id"]
            self.placed_by[row["import_id"]] = row["file"]
        for row in store.query(
                "SELECT import_id, file, at, table_name, record_key, field_values "
                "FROM sync_deliveries WHERE assessment_id = ? AND export_id = ? "
                "ORDER BY at, id", [assessment_id, export_id]):
            values = json.loads(row["field_values"])
            entry = self.imports.setdefault(row["import_id"], (row["file"], row["at"], {}))
            entry[2][(row["table_name"], row["record_key"])] = values
            for name, value in values.items():
                self.seen[(row["table_name"], row["record_key"], name)].append(value)

    def follow(self, file: str, current: dict[Key, dict[str, Any]],
               exported: dict[Key, dict[str, Any]]) -> None:
        """Take as this workbook's own history the earlier imports of a file of the same
        name that it has not undone: the expert kept working in that file, so what it
        delivered then is the base of what it says now (a correction, not a conflict).

        A file of the same name that shows an exported value where such an import had
        brought another is a different copy (a second expert's): it follows nothing.
        """
        self.lineage = {}
        self.file = file
        for name, _at, delivered in self.imports.values():
            if name != file or any(
                    current[key].get(f) == exported[key].get(f) != v
                    for key, values in delivered.items()
                    if key in current and key in exported
                    for f, v in values.items() if f in current[key]):
                continue
            for key, values in delivered.items():
                self.lineage.setdefault(key, {}).update(values)

    def added_by_this_file(self, table: str) -> tuple[dict[int, str], set[str]]:
        """The rows without ID earlier imports of a file of this name went to: ({place
        among the sheet's added rows at the last of them: record id}, every such record).

        Every import of the name counts, not only those ``follow`` takes: a value set back
        to what was exported does not make the rows the file added someone else's (and a
        second expert's file of the same name is told apart by the rows' content)."""
        last: dict[int, str] = {}
        every: set[str] = set()
        for import_id, name in self.placed_by.items():   # oldest first
            if name != self.file:
                continue
            last = {place: rid for (t, place), rid in self.placed[import_id].items()
                    if t == table}
            every.update(last.values())
        return last, every

    def said(self, key: Key) -> dict[str, Any]:
        """Everything earlier imports of a file of this name said about a record (the
        last word for each field): what a row it added stood for when last imported."""
        out: dict[str, Any] = {}
        for name, _at, delivered in self.imports.values():
            if name == self.file:
                out.update(delivered.get(key, {}))
        return out

    def base(self, key: Key, field: str, exported: Any) -> Any:
        """What this workbook last said about the field (or what was exported)."""
        return self.lineage.get(key, {}).get(field, exported)

    def delivered_before(self, key: Key, field: str, value: Any) -> bool:
        """Did an earlier import of this export already bring ``value`` for this field?"""
        return value in self.seen.get((*key, field), ())


def already_imported(store: Store, assessment_id: str, sha256: str) -> dict[str, Any] | None:
    """The earlier import of these very bytes, if any (file and when)."""
    found = store.query("SELECT file, at FROM sync_imports WHERE assessment_id = ? AND "
                        "sha256 = ? ORDER BY at LIMIT 1", [assessment_id, sha256])
    return found[0] if found else None


def record_deliveries(store: Store, import_id: str, assessment_id: str, export_id: str,
                      file: str, at: str, delivered: dict[Key, dict[str, Any]]) -> None:
    """Remember what this import's workbook said (inside the import's transaction)."""
    store.conn.executemany(
        "INSERT INTO sync_deliveries (import_id, assessment_id, export_id, file, at, "
        "table_name, record_key, field_values) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(import_id, assessment_id, export_id, file, at, table, key,
          json.dumps(values, ensure_ascii=False, sort_keys=True))
         for (table, key), values in delivered.items() if values])


def record_added_rows(store: Store, import_id: str, assessment_id: str, export_id: str,
                      placed: list[tuple[str, int, int, str]]) -> None:
    """Remember where each row without ID went: (table, place among the sheet's added
    rows, sheet row, record id), inside the import's transaction."""
    store.conn.executemany(
        "INSERT INTO sync_added_rows (import_id, assessment_id, export_id, table_name, "
        "place, row_number, record_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(import_id, assessment_id, export_id, *entry) for entry in placed])


def m006_sync_deliveries(db: Database) -> None:
    """What each imported workbook said about each record (JSON ``{field: value}``)."""
    db.executescript("""
    CREATE TABLE sync_deliveries (
        id INTEGER PRIMARY KEY,
        import_id TEXT NOT NULL REFERENCES sync_imports(id) ON DELETE CASCADE,
        assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        export_id TEXT NOT NULL,
        file TEXT NOT NULL,
        at TEXT NOT NULL,
        table_name TEXT NOT NULL,
        record_key TEXT NOT NULL,
        field_values TEXT NOT NULL
    );
    CREATE INDEX sync_deliveries_export ON sync_deliveries(assessment_id, export_id);
    """)


def m009_sync_added_rows(db: Database) -> None:
    """Which record each row without ID of an imported workbook went to, by its place
    among the sheet's rows without ID (and its sheet row, for the record)."""
    db.executescript("""
    CREATE TABLE sync_added_rows (
        id INTEGER PRIMARY KEY,
        import_id TEXT NOT NULL REFERENCES sync_imports(id) ON DELETE CASCADE,
        assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        export_id TEXT NOT NULL,
        table_name TEXT NOT NULL,
        place INTEGER NOT NULL,
        row_number INTEGER NOT NULL,
        record_id TEXT NOT NULL
    );
    CREATE INDEX sync_added_rows_export ON sync_added_rows(assessment_id, export_id);
    """)


MIGRATIONS = (m006_sync_deliveries, m009_sync_added_rows)
