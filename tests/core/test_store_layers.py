"""The store only stores: it imports nothing of the layers above it, knows no feature by
name, and opens a database made before this layering exactly as it was."""

from __future__ import annotations

import ast
import gzip
import hashlib
import shutil
from pathlib import Path

import pytest

import scfield
from scfield import scorecard
from scfield.store import open_store, queries, schema

STORE = Path(scfield.__file__).parent / "store"
DATA = Path(__file__).parent / "data"
# What the store must not know: scoring, translation (core texts and the framework's
# translations), the features, and the application modules that score and search.
ABOVE = ("scfield.scoring", "scfield.i18n", "scfield.messages", "scfield.sync",
         "scfield.report", "scfield.scorecard", "scfield.search", "scfield.features",
         "scfield.ui", "scfield.commands", "scfield.cli")


def imports_of(path: Path) -> set[str]:
    """Every module a file imports (at any depth: lazy imports inside functions count)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def names_in_strings(path: Path) -> set[str]:
    """Module names written in strings (an ``importlib.import_module("…")`` would be one)."""
    return {node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and node.value.startswith("scfield.")}


def reaching_above(names: set[str]) -> list[str]:
    return sorted(n for n in names if any(n == a or n.startswith(a + ".") for a in ABOVE))


def test_the_store_imports_nothing_from_the_layers_above() -> None:
    modules = sorted(STORE.glob("*.py"))
    assert {p.name for p in modules} >= {"database.py", "queries.py", "schema.py"}
    found = {p.name: reaching_above(imports_of(p) | names_in_strings(p)) for p in modules}
    assert {name: bad for name, bad in found.items() if bad} == {}


def test_the_layer_check_sees_a_lazy_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("def f():\n    from scfield.scoring import Scorecard\n"
                      "    import importlib\n"
                      "    return importlib.import_module('scfield.sync.schema')\n")
    assert reaching_above(imports_of(module) | names_in_strings(module)) == [
        "scfield.scoring", "scfield.scoring.Scorecard", "scfield.sync.schema"]


def test_features_registered_their_migrations_numbered_as_before() -> None:
    """The package root registered every feature's migrations; names and order are
    those every released database records (never renumbered)."""
    assert schema.known_migrations() == [
        "m001_core", "m002_search_and_score_cache", "m003_sync_imports_conflicts",
        "m004_report_signatures_roadmaps", "m005_report_key_signatures",
        "m006_sync_deliveries", "m007_sync_imports_by_assessment",
        "m008_report_signatories", "m009_sync_added_rows"]


def test_a_migration_taking_a_registered_number_is_refused() -> None:
    def m006_something_else(db: object) -> None:
        """Would clash with the sync's m006."""

    def not_numbered(db: object) -> None:
        """Has no place in the order."""

    with pytest.raises(ValueError, match="m006_something_else takes the number of "
                                         "m006_sync_deliveries"):
        schema.register_migrations("test", (m006_something_else,))
    with pytest.raises(ValueError, match="'not_numbered' is not named mNNN_"):
        schema.register_migrations("test", (not_numbered,))
    before = schema.known_migrations()
    schema.register_migrations("core", schema.CORE_MIGRATIONS[:1])  # the same again: no-op
    assert schema.known_migrations() == before


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _records(path: Path) -> dict[str, list[tuple]]:
    """Every row of the assessment's own tables, read with plain sqlite3."""
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {table: conn.execute(f"SELECT * FROM [{table}] ORDER BY id").fetchall()
                for table in ("assessments", "interviews", "evidence", "ratings")}
    finally:
        conn.close()


def test_a_database_made_by_the_former_layout_opens_with_only_the_new_migration(
        tmp_path: Path) -> None:
    """A database written by scfield at 5fc48bd (the store listing the features itself, and
    eight migrations) opens: the one migration added since (m009, the sync's added rows) is
    applied after a checked backup, nothing else changes, and it scores as it did."""
    path = tmp_path / "made-by-main.sqlite"
    with gzip.open(DATA / "made-by-main-5fc48bd.sqlite.gz") as src, path.open("wb") as out:
        shutil.copyfileobj(src, out)
    before = _records(path)
    store = open_store(path)
    try:
        applied = [r["name"] for r in store.query(
            "SELECT name FROM _sqlite_migrations ORDER BY id")]
        assert applied == schema.known_migrations()
        (assessment,) = store.query("SELECT id, title FROM assessments")
        assert assessment["title"] == "Da Nang fixture"
        notes = [e["note"] for e in queries.evidence_of(store, assessment["id"])]
        assert notes == ["Vision published by the city", "データ連携基盤"]
        assert queries.rating_scores(store, assessment["id"]) == {1: 3}
    finally:
        store.close()
    assert _records(path) == before
    backups = sorted(p.name for p in tmp_path.rglob("*") if "before-upgrade" in p.name)
    assert len(backups) == 1, backups
    store = open_store(path)  # upgraded now: a second open migrates nothing more
    try:
        (row,) = scorecard.list_assessments(store)
        assert row.title == "Da Nang fixture" and row.overall is not None
    finally:
        store.close()
    assert sorted(p.name for p in tmp_path.rglob("*") if "before-upgrade" in p.name) == backups
    assert _records(path) == before
