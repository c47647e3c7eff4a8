"""The SQLite store: upgrades, refusals that leave files untouched, audited writes."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from scfield.errors import LockedError, NotFound, StoreError
from scfield.scorecard import list_assessments
from scfield.search import search_evidence
from scfield.store import Store, open_store, schema
from scfield.store.records import (
    add_evidence,
    add_interview,
    create_assessment,
    delete_assessment,
    save_evidence,
    set_rating,
    update_assessment,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_ours_in_wal_with_foreign_keys(store: Store) -> None:
    assert store.get_meta("app") == "scfield"
    assert len(store.database_id) == 36
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    applied = [m.name for m in schema.migration_set().applied(store.db)]
    assert applied == schema.known_migrations()


def test_records_carry_uuid_times_author_and_revision(store: Store) -> None:
    aid = create_assessment(store, title="Da Nang 2025", country="Viet Nam", city="Da Nang")
    row = store.get("assessments", aid)
    assert row["revision"] == 1 and row["author"] == "Test Assessor"
    assert row["created_at"] == row["updated_at"] and row["created_at"].endswith("Z")
    assert update_assessment(store, aid, title="Da Nang 2025 (draft)")
    row2 = store.get("assessments", aid)
    assert row2["revision"] == 2 and row2["updated_at"] >= row["updated_at"]
    audit = store.query("SELECT field, old_value, new_value, who FROM audit "
                        "WHERE record_id = ? ORDER BY id", [aid])
    assert audit[0]["field"] == "*" and "Da Nang 2025" in audit[0]["new_value"]
    assert audit[1] == {"field": "title", "old_value": "Da Nang 2025",
                        "new_value": "Da Nang 2025 (draft)", "who": "Test Assessor"}


def test_update_without_change_writes_nothing(store: Store) -> None:
    aid = create_assessment(store, title="Cebu")
    before = store.get("assessments", aid)
    audits = store.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    assert not update_assessment(store, aid, title="Cebu")
    assert store.get("assessments", aid) == before
    assert store.db.execute("SELECT count(*) FROM audit").fetchone()[0] == audits


def test_failed_transaction_leaves_nothing(store: Store) -> None:
    aid = create_assessment(store, title="Dakar")
    with pytest.raises(RuntimeError), store.transaction():
        iid = add_interview(store, aid, interviewee="Awa Ndiaye", helix_group="citizen")
        add_evidence(store, iid, element=3, score=2, note="Plan Sénégal Émergent")
        raise RuntimeError("battery died")
    assert store.query("SELECT * FROM interviews") == []
    assert store.query("SELECT * FROM evidence") == []
    assert store.db.execute("SELECT count(*) FROM audit").fetchone()[0] == 1


def test_save_evidence_updates_the_same_note(store: Store) -> None:
    aid = create_assessment(store, title="Arequipa")
    iid = add_interview(store, aid, interviewee="Rosa Quispe", helix_group="academia")
    first = save_evidence(store, iid, 7, note="Comité", score=1)
    second = save_evidence(store, iid, 7, note="Comité de ciudad inteligente", score=2)
    assert first == second
    row = store.get("evidence", first)
    assert (row["note"], row["score"], row["revision"]) == ("Comité de ciudad inteligente", 2, 2)


def test_signed_assessment_refuses_edits(store: Store) -> None:
    aid = create_assessment(store, title="Signed")
    iid = add_interview(store, aid, interviewee="A", helix_group="public")
    store.update("assessments", aid, {"status": "signed"}, locked_ok=True)
    with pytest.raises(LockedError, match="signed and locked"):
        update_assessment(store, aid, title="changed")
    with pytest.raises(LockedError):
        add_evidence(store, iid, element=1, score=3)
    with pytest.raises(LockedError):
        set_rating(store, aid, 1, score=3)


def test_delete_backs_up_and_cascades(store: Store) -> None:
    aid = create_assessment(store, title="To delete")
    iid = add_interview(store, aid, interviewee="B", helix_group="private")
    add_evidence(store, iid, element=2, score=1, note="gone soon")
    backup = delete_assessment(store, aid, reason="duplicate")
    assert backup is not None and backup.exists()
    assert store.query("SELECT * FROM evidence") == []
    with open_store(backup) as old:
        assert old.get("assessments", aid)["title"] == "To delete"
        assert [h.note for h in search_evidence(old, "gone soon")] == ["gone soon"]
    assert store.query("SELECT reason FROM audit WHERE record_id = ? AND old_value IS NOT NULL",
                       [aid]) == [{"reason": "duplicate"}]


def test_resolve_id_by_unique_prefix(store: Store) -> None:
    aid = create_assessment(store, title="One")
    assert store.resolve_id("assessments", aid[:6].upper()) == aid
    with pytest.raises(NotFound, match="no assessment with an id starting"):
        store.resolve_id("assessments", "zzzz")
    store.insert("assessments", {"id": aid[:4] + "-other", "title": "Two",
                                 "framework_id": "x", "framework_version": "1"})
    with pytest.raises(NotFound, match="more than one assessment"):
        store.resolve_id("assessments", aid[:4])


@pytest.mark.parametrize(("note", "query"), [
    ("โครงการเมืองอัจฉริยะภูเก็ตเริ่มต้นในปี 2562", "อัจฉริยะ"),
    ("「スマートシティ推進」計画書を確認した", "シティ推進"),
    ("「スマートシティ推進」計画書を確認した", "推進"),
    ("Trung tâm Giám sát, Điều hành đô thị thông minh (IOC)", "điều hành"),
    ("La plateforme de données ouvertes de Dakar", "DONNÉES"),
])
def test_search_finds_words_in_any_script(store: Store, note: str, query: str) -> None:
    aid = create_assessment(store, title="Search")
    iid = add_interview(store, aid, interviewee="C", helix_group="public")
    add_evidence(store, iid, element=16, score=2, note=note)
    add_evidence(store, iid, element=17, score=2, note="unrelated text")
    hits = search_evidence(store, query)
    assert [h.note for h in hits] == [note]
    assert hits[0].assessment_title == "Search" and hits[0].element == 16


def test_search_follows_edits_and_deletes(store: Store) -> None:
    aid = create_assessment(store, title="S")
    iid = add_interview(store, aid, interviewee="D", helix_group="public")
    eid = save_evidence(store, iid, 4, note="bus rapid transit")
    save_evidence(store, iid, 4, note="light rail")
    assert search_evidence(store, "rapid") == []
    assert [h.evidence_id for h in search_evidence(store, "light rail")] == [eid]
    store.delete("evidence", eid)
    assert search_evidence(store, "light") == []


def test_score_cache_follows_every_change(store: Store) -> None:
    aid = create_assessment(store, title="Cache")
    iid = add_interview(store, aid, interviewee="E", helix_group="public")
    for n in range(1, 22):
        add_evidence(store, iid, element=n, score=2)
    assert list_assessments(store)[0].overall == pytest.approx(2.0)
    assert list_assessments(store)[0].stage == "accelerate"
    for n in range(1, 22):
        set_rating(store, aid, n, score=4)
    assert list_assessments(store)[0].stage == "sustainable_growth"
    store.delete("interviews", iid)
    store.db.execute("DELETE FROM ratings")
    store.db.conn.commit()
    assert list_assessments(store)[0].overall is None


def first_schema(path: Path) -> None:
    """A database as the first released scfield (schema m001 only) left it."""
    db = Database(path)
    schema.migration_set().apply(db, stop_before="m002_search_and_score_cache")
    db.execute("INSERT INTO meta VALUES ('app', 'scfield')")
    db.execute("INSERT INTO assessments (id, created_at, updated_at, title, framework_id, "
               "framework_version) VALUES ('a1', 't', 't', 'Old', "
               "'jica-smart-city-approach', '1.0.0')")
    db.execute("INSERT INTO interviews (id, created_at, updated_at, assessment_id, "
               "interviewee) VALUES ('i1', 't', 't', 'a1', 'Old Friend')")
    db.execute("INSERT INTO evidence (id, created_at, updated_at, interview_id, element, "
               "score, note) VALUES ('e1', 't', 't', 'i1', 16, 3, 'データ連携基盤 exists')")
    db.conn.commit()
    db.close()


def test_first_schema_upgrades_in_place_with_a_backup(db_path: Path) -> None:
    first_schema(db_path)
    with open_store(db_path) as s:
        assert [m.name for m in schema.migration_set().applied(s.db)] == schema.known_migrations()
        assert s.get("evidence", "e1")["note"] == "データ連携基盤 exists"
        assert [h.evidence_id for h in search_evidence(s, "連携基盤")] == ["e1"]
        assert list_assessments(s)[0].overall == pytest.approx(3.0)
    backups = list((db_path.parent / "backups").glob("*before-upgrade*"))
    assert len(backups) == 1


def test_newer_schema_is_refused_untouched(db_path: Path) -> None:
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('scfield', 'm999_from_the_future', 'later')")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = digest(db_path)
    with pytest.raises(StoreError, match="newer version of scfield"):
        open_store(db_path)
    assert digest(db_path) == before


def test_foreign_sqlite_file_is_refused_untouched(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('Ada')")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(StoreError, match="not made by scfield"):
        open_store(db_path)
    assert digest(db_path) == before
    assert not Path(str(db_path) + "-wal").exists()


@pytest.mark.parametrize("content", [
    b"%PDF-1.7 this is not a database",
    b"SQLite format 3\x00" + b"\xff" * 2000,
])
def test_not_sqlite_or_corrupt_file_is_refused_untouched(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    with pytest.raises(StoreError, match=str(db_path.name)):
        open_store(db_path)
    assert db_path.read_bytes() == content


def test_cli_names_the_refused_file(db_path: Path) -> None:
    import subprocess
    import sys

    db_path.write_bytes(b"hello, not a database")
    run = subprocess.run([sys.executable, "-m", "scfield", "--db", str(db_path), "list"],
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert run.stderr.strip() == (f"scfield: {db_path}: not an SQLite database, "
                                  "refusing to open it")
    assert "Traceback" not in run.stderr


def test_attachment_keeps_bytes_and_hash(store: Store, tmp_path: Path) -> None:
    from scfield.store.records import attach_file

    aid = create_assessment(store, title="Photos")
    iid = add_interview(store, aid, interviewee="F", helix_group="citizen")
    eid = add_evidence(store, iid, element=13, score=2, note="Town hall meeting")
    photo = tmp_path / "town-hall.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 fake jpeg bytes")
    att = store.get("attachments", attach_file(store, eid, photo))
    assert att["data"] == photo.read_bytes()
    assert att["sha256"] == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert (att["filename"], att["media_type"], att["size"]) == ("town-hall.jpg", "image/jpeg",
                                                                 len(photo.read_bytes()))
    audit = store.query("SELECT new_value FROM audit WHERE record_id = ?", [att["id"]])
    assert "fake jpeg" not in audit[0]["new_value"] and att["sha256"] in audit[0]["new_value"]


def test_migrations_register_in_numbered_order() -> None:
    names = schema.known_migrations()
    assert names == sorted(names)
    assert [n[:4] for n in names] == [f"m{i:03d}" for i in range(1, len(names) + 1)]


def test_an_up_to_date_database_opens_and_lists_without_sqlite_utils(db_path: Path) -> None:
    """The app's start reads through the plain connection; sqlite-utils (~40 ms of
    imports) comes only with the first write, which still commits, audits and
    keeps the foreign keys and triggers on."""
    with open_store(db_path, author="Setup") as s:
        aid = create_assessment(s, title="Hue 2026")
        list_assessments(s)  # the score cache filled, as the last session left it
    code = f"""
import sys
from scfield.store import open_store
from scfield.scorecard import list_assessments
from scfield.store.records import add_interview
with open_store({str(db_path)!r}, author="Later") as s:
    assert [a.title for a in list_assessments(s)] == ["Hue 2026"]
    assert "sqlite_utils" not in sys.modules, "sqlite_utils imported by a read"
    add_interview(s, {aid!r}, interviewee="An Nguyen")
    assert "sqlite_utils" in sys.modules
    assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert s.conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
    assert s.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
"""
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    with open_store(db_path) as s:
        assert [r["interviewee"] for r in s.query("SELECT * FROM interviews")] == ["An Nguyen"]
        assert s.query("SELECT who FROM audit WHERE table_name = 'interviews'") == [
            {"who": "Later"}]
        with pytest.raises(sqlite3.IntegrityError):  # foreign keys: no orphan interview
            s.insert("interviews", {"assessment_id": "no-such-assessment"})
