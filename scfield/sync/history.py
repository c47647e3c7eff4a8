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
earlier edits. The table is this module's migration (``MIGRATIONS``, registered
after the report's: migrations are numbered in the order they apply).
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
        if not assessment_id:
            return
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
        for name, _at, delivered in self.imports.values():
            if name != file or any(
                    current[key].get(f) == exported[key].get(f) != v
                    for key, values in delivered.items()
                    if key in current and key in exported
                    for f, v in values.items() if f in current[key]):
                continue
            for key, values in delivered.items():
                self.lineage.setdefault(key, {}).update(values)

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


MIGRATIONS = (m006_sync_deliveries,)
