"""`scfield search` shows enough of each note to recognise it, and usage errors exit 2."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.core.test_cli import demo_db, scfield  # noqa: F401  (demo_db is a fixture)

README = Path(__file__).parents[2] / "README.md"


def test_search_shows_the_note_around_the_hit_and_where_it_is(demo_db: Path) -> None:  # noqa: F811
    run = scfield("search", "flood", db=demo_db)
    assert run.returncode == 0
    lines = run.stdout.splitlines()
    where, note = lines[0], lines[1]
    assert "Da Nang Smart City Readiness Assessment 2024 · 03 Specifics of Vision and Policy" \
           " · Trần Quốc Bảo" in where
    assert note == ("    …none for outcomes such as congestion or [flood] response time. "
                    "He acknowledged the targets…")
    hits = json.loads(scfield("search", "flood", "--json", db=demo_db).stdout)
    assert len(hits) == len(lines) // 2
    for hit in hits:
        assert hit["element_name"]
        assert "[flood]" in hit["snippet"].lower()
        assert len(hit["snippet"]) >= min(len(hit["note"]), 70)


def test_readme_search_example_finds_japanese_in_the_demo(demo_db: Path) -> None:  # noqa: F811
    example = re.search(r'`scfield search "([^"]+)"`', README.read_text(encoding="utf-8"))
    assert example is not None
    text = example.group(1)
    assert re.search("[\u3040-\u30ff\u4e00-\u9fff]", text)  # a Japanese example
    hits = json.loads(scfield("search", text, "--json", db=demo_db).stdout)
    assert hits and all(f"[{text}]" in hit["snippet"] for hit in hits)


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    for args in (("search", ""), ("search", "   "), ("report",), ("report", "3f2a"),
                 ("report", "3f2a", "x.pdf", "--all", str(tmp_path))):
        run = scfield(*args, db=db)
        assert run.returncode == 2, args
        assert run.stderr.startswith("usage: scfield "), args
        assert "Traceback" not in run.stderr
    assert "give the text to search for" in scfield("search", "", db=db).stderr
