"""`scfield demo` on a database that already has the demo adds nothing and says so."""

from __future__ import annotations

from pathlib import Path

from scfield.scorecard import list_assessments
from scfield.store import Store, open_store
from tests.core.test_cli import scfield


def test_demo_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    db = tmp_path / "twice.sqlite"
    assert scfield("init", db=db).returncode == 0  # a missing --db is not created
    first = scfield("demo", db=db)
    assert first.returncode == 0 and "added 5 demo assessments" in first.stdout
    second = scfield("demo", db=db)
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == f"the demo assessments are already in {db}: nothing added"
    with open_store(db) as store:
        titles = [r.title for r in list_assessments(store)]
    assert len(titles) == 5 == len(set(titles))


def test_load_demo_on_a_demo_database_returns_nothing(demo_store: Store) -> None:
    from scfield.demo import demo_titles_present, load_demo

    assert len(demo_titles_present(demo_store)) == 5
    before = demo_store.query("SELECT count(*) AS n FROM evidence")[0]["n"]
    assert load_demo(demo_store) == []
    assert len(list_assessments(demo_store)) == 5
    assert demo_store.query("SELECT count(*) AS n FROM evidence")[0]["n"] == before
