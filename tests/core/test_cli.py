"""The CLI as a user runs it: real processes, exit codes, JSON shapes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def scfield(*args: str, db: Path | None = None, env: dict[str, str] | None = None
            ) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ, **(env or {}))
    cmd = [sys.executable, "-m", "scfield"] + (["--db", str(db)] if db else []) + list(args)
    return subprocess.run(cmd, capture_output=True, text=True, env=full_env, timeout=120)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    assert scfield("init", db=db).returncode == 0  # a missing --db is not created
    run = scfield("demo", db=db)
    assert run.returncode == 0, run.stderr
    assert "added 5 demo assessments" in run.stdout
    return db


def test_list_json_shape(demo_db: Path) -> None:
    rows = json.loads(scfield("list", "--json", db=demo_db).stdout)
    assert len(rows) == 5
    for row in rows:
        assert set(row) == {"id", "title", "country", "city", "level", "status", "stage",
                            "overall", "stage_reason"}
        assert row["stage"] in ("Small Start", "Accelerate", "Sustainable Growth")
        assert 0 <= row["overall"] <= 4
    assert {r["level"] for r in rows} == {"city", "country"}
    assert len({r["country"] for r in rows}) >= 3


def test_show_json_by_prefix_matches_shape(demo_db: Path) -> None:
    first = json.loads(scfield("list", "--json", db=demo_db).stdout)[0]
    run = scfield("show", first["id"][:8], "--json", db=demo_db)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert {"id", "title", "country", "city", "level", "status", "stage", "overall",
            "domains", "elements", "recommendations"} <= set(data)
    assert data["id"] == first["id"] and data["overall"] == first["overall"]
    assert [d["name"] for d in data["domains"]] == [
        "Policy", "Organization", "System", "Technology", "Operation"]
    assert set(data["domains"][0]) == {"name", "score", "stage", "stage_reason", "stage_why",
                                       "enough_evidence", "coverage"}
    # Why, as data (a message id and language-neutral parameters) beside the sentence.
    assert data["domains"][0]["stage_why"]["id"] == "domain.stage"
    assert data["domains"][0]["stage_why"]["params"]["domain"] == "policy"
    assert data["stage_why"]["id"] == "overall.stage"
    assert data["scale_up_why"]["id"].startswith("scale_up.")
    assert [e["number"] for e in data["elements"]] == list(range(1, 22))
    assert set(data["elements"][0]) == {"number", "domain", "name", "score", "provisional",
                                        "evidence_count"}
    assert all(e["evidence_count"] >= 1 for e in data["elements"])
    assert data["recommendations"]
    for rec in data["recommendations"]:
        assert {"activity", "level", "text", "elements"} <= set(rec)
        assert rec["level"] == data["level"]


def test_show_text_names_stage_and_support(demo_db: Path) -> None:
    first = json.loads(scfield("list", "--json", db=demo_db).stdout)[0]
    out = scfield("show", first["id"][:8], db=demo_db).stdout
    assert f"— {first['stage']}" in out
    assert "Recommended support" in out and "Suggested scale-up" in out
    assert "21  Ensuring Sustainability" in out


def test_unknown_id_is_one_line_exit_1(demo_db: Path) -> None:
    run = scfield("show", "zzzzzz", db=demo_db)
    assert run.returncode == 1
    assert run.stderr == "scfield: no assessment with an id starting 'zzzzzz'\n"


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    assert scfield("frobnicate", db=tmp_path / "x.sqlite").returncode == 2
    assert scfield("show", db=tmp_path / "x.sqlite").returncode == 2


def test_scfield_db_variable_and_db_option(tmp_path: Path) -> None:
    env_db = tmp_path / "from-env.sqlite"
    run = scfield("init", env={"SCFIELD_DB": str(env_db)})
    assert run.returncode == 0 and env_db.exists()
    opt_db = tmp_path / "from-option.sqlite"
    run = scfield("init", db=opt_db, env={"SCFIELD_DB": str(env_db)})
    assert str(opt_db) in run.stdout and opt_db.exists()


def test_search_finds_vietnamese_and_japanese_demo_notes(demo_db: Path) -> None:
    hits = json.loads(scfield("search", "thông minh", "--json", db=demo_db).stdout)
    assert hits and all("thông minh" in h["note"].lower() for h in hits)
    hits = json.loads(scfield("search", "スマートシティ", "--json", db=demo_db).stdout)
    assert hits and all("スマートシティ" in h["note"] for h in hits)


def test_version() -> None:
    run = scfield("--version")
    assert run.returncode == 0 and run.stdout.startswith("scfield ")
