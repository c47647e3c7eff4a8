"""Did the city move? ``scfield reassess`` and ``scfield compare`` as a user runs them,
on the demo's Da Nang pair and on a pair built here, and the core they share."""

from __future__ import annotations

import dataclasses
import json
import statistics
from datetime import date
from pathlib import Path

import pytest

from scfield.compare import CompareError, compare_assessments
from scfield.framework import default_framework, register_framework
from scfield.reassess import COPIED_FIELDS, previous_reference, start_reassessment
from scfield.scorecard import scorecard
from scfield.store import Store, open_store
from scfield.store.records import add_evidence, add_interview, create_assessment, set_rating
from tests.core.test_cli import scfield


def _ids_by_title(db: Path) -> dict[str, str]:
    rows = json.loads(scfield("list", "--json", db=db).stdout)
    return {r["title"]: r["id"] for r in rows}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("compare") / "demo.sqlite"
    assert scfield("init", db=db).returncode == 0  # a missing --db is not created
    assert scfield("demo", db=db).returncode == 0
    return db


def danang(db: Path) -> tuple[str, str]:
    ids = _ids_by_title(db)
    return (ids["Da Nang Smart City Readiness Assessment 2024"],
            ids["Da Nang Smart City Readiness Re-assessment 2025"])


def test_compare_json_on_the_demo_pair_matches_show(demo_db: Path) -> None:
    old, new = danang(demo_db)
    run = scfield("compare", old[:8], new[:8], "--json", db=demo_db)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert [a["id"] for a in data["assessments"]] == [old, new]
    for a in data["assessments"]:
        assert {"id", "title", "city", "country", "date", "stage", "overall"} <= set(a)
    shows = [json.loads(scfield("show", i, "--json", db=demo_db).stdout) for i in (old, new)]
    assert [a["overall"] for a in data["assessments"]] == [s["overall"] for s in shows]
    assert [a["stage"] for a in data["assessments"]] == [s["stage"] for s in shows]
    assert data["assessments"][0]["date"] == "2024-03-11"
    assert data["reassessment"] is True
    assert [d["name"] for d in data["domains"]] == [d["name"] for d in shows[0]["domains"]]
    for i, d in enumerate(data["domains"]):
        assert d["scores"] == [s["domains"][i]["score"] for s in shows]
    assert [e["number"] for e in data["elements"]] == list(range(1, 22))
    for i, e in enumerate(data["elements"]):
        assert {"number", "name", "scores", "change"} <= set(e)
        assert e["scores"] == [s["elements"][i]["score"] for s in shows]
        assert e["change"] == round(e["scores"][1] - e["scores"][0], 2)
    # Element 1 moved 2 → 3 and the 2025 rating's rationale says why.
    e1 = data["elements"][0]
    assert e1["scores"] == [2.0, 3.0] and e1["change"] == 1.0
    assert "updated vision" in e1["rationales"][1]
    # Order given is order printed.
    rev = json.loads(scfield("compare", new, old, "--json", db=demo_db).stdout)
    assert [a["id"] for a in rev["assessments"]] == [new, old]
    assert rev["elements"][0]["scores"] == [3.0, 2.0] and rev["elements"][0]["change"] == -1.0
    assert rev["reassessment"] is False


def test_compare_text_shows_changes_reasons_and_stage(demo_db: Path) -> None:
    old, new = danang(demo_db)
    run = scfield("compare", old[:8], new[:8], db=demo_db)
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "CHANGE" in out and "Da Nang 2024" in out and "Da Nang 2025" in out
    assert "Overall                       1.51              2.18   +0.67" in out
    assert "01  Philosophy and Vision of Smart City         2.00    3.00    +1.00" in out
    assert "Elements that moved (14)" in out
    assert "why: The updated vision now includes wellbeing" in out
    assert "Stage unchanged: Accelerate" in out


def test_cross_city_benchmark_has_the_group_median(demo_db: Path) -> None:
    ids = _ids_by_title(demo_db)
    chosen = [ids["Da Nang Smart City Readiness Assessment 2024"],
              ids["Arequipa Smart City Readiness Assessment 2024"],
              ids["Dakar Smart City Readiness Assessment 2024"]]
    data = json.loads(scfield("compare", *chosen, "--json", db=demo_db).stdout)
    assert [a["city"] for a in data["assessments"]] == ["Da Nang", "Arequipa", "Dakar"]
    assert data["reassessment"] is False
    for d in data["domains"]:
        assert len(d["scores"]) == 3
    shows = [json.loads(scfield("show", i, "--json", db=demo_db).stdout) for i in chosen]
    for i, e in enumerate(data["elements"]):
        raw = [s["elements"][i]["score"] for s in shows]
        assert e["scores"] == raw
        assert e["median"] == round(statistics.median(raw), 2)
    assert data["overall_median"] == round(statistics.median(
        [s["overall"] for s in shows]), 2)
    text = scfield("compare", *chosen, db=demo_db).stdout
    assert "MEDIAN" in text and "Arequipa 2024" in text and "Dakar 2024" in text


def test_different_framework_versions_are_refused(demo_db: Path, tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "two-versions.sqlite"
    shutil.copyfile(demo_db, db)
    old = danang(db)[0]
    newer = dataclasses.replace(default_framework(), version="2099.1")
    register_framework(newer)
    with open_store(db, author="Tester") as store:
        other = create_assessment(store, newer, title="Da Nang on a newer framework",
                                  city="Da Nang", country="Viet Nam")
        with pytest.raises(CompareError, match="same framework version"):
            compare_assessments(store, [old, other])
        before = store.query("SELECT count(*) AS n FROM audit")[0]["n"]
    run = scfield("compare", old[:8], other[:8], db=db)
    assert run.returncode == 1
    assert run.stdout == ""
    line = run.stderr.strip()
    assert "\n" not in line and "Traceback" not in line
    assert "cannot compare" in line and "2099.1" in line and "same framework version" in line
    with open_store(db) as store:
        assert store.query("SELECT count(*) AS n FROM audit")[0]["n"] == before


def test_compare_usage_and_unknown_ids(demo_db: Path) -> None:
    old, _ = danang(demo_db)
    assert scfield("compare", old, db=demo_db).returncode == 2
    run = scfield("compare", old, "ffffffff", db=demo_db)
    assert run.returncode == 1 and "no assessment with an id starting 'ffffffff'" in run.stderr
    run = scfield("compare", old, old[:8], db=demo_db)
    assert run.returncode == 1 and "given twice" in run.stderr


def _built_pair(store: Store) -> tuple[str, str]:
    """A 2023 assessment of Mombasa and its re-assessment, with hand-picked ratings."""
    first = create_assessment(store, title="Mombasa Assessment 2023", city="Mombasa",
                              country="Kenya", level="city", start_date="2023-05-02",
                              team="Amina Otieno (Team Leader), Peter Kamau",
                              language="fr", population="1.2 million", economy="Port",
                              existing_assets="Port community system",
                              implementing_entities="County of Mombasa",
                              profile_notes="Coastal; flood-prone")
    for n in range(1, 22):
        set_rating(store, first, n, score=1, rationale=f"2023 reason {n}")
    interview = add_interview(store, first, interviewee="County ICT", date="2023-05-02")
    add_evidence(store, interview, element=3, score=4, note="Strong claim, not retained")
    second = start_reassessment(store, first, today=date(2024, 6, 1))
    for n in range(1, 22):
        set_rating(store, second, n, score=3 if n <= 4 else 1,
                   rationale=f"2024 reason {n}" if n <= 4 else "")
    return first, second


def test_reassess_copies_profile_level_team_and_links(store: Store) -> None:
    first, second = _built_pair(store)
    old, new = store.get("assessments", first), store.get("assessments", second)
    for key in COPIED_FIELDS:
        assert new[key] == old[key], key
    assert new["previous_id"] == first
    assert new["title"] == "Mombasa Re-assessment 2024"
    assert new["start_date"] == "2024-06-01" and new["status"] == "draft"
    assert (new["framework_id"], new["framework_version"]) == (
        old["framework_id"], old["framework_version"])
    # Nothing of the field work is copied: interviews, evidence and ratings start empty.
    assert store.query("SELECT count(*) AS n FROM interviews WHERE assessment_id = ?",
                       [second])[0]["n"] == 0


def test_previous_reference_is_never_counted(store: Store) -> None:
    first = _built_pair(store)[0]
    draft = start_reassessment(store, first, title="Mombasa again")
    assert store.get("assessments", draft)["title"] == "Mombasa again"
    card = scorecard(store, draft)
    assert card.overall is None and all(e.score is None for e in card.elements)
    ref = previous_reference(store, draft)
    assert ref[3].score == 1.0 and ref[3].rationale == "2023 reason 3"
    assert ref[3].date == "2023-05-02" and not ref[3].provisional
    assert previous_reference(store, first) == {}


def test_built_pair_compares_through_the_cli(db_path: Path) -> None:
    with open_store(db_path, author="Tester") as store:
        first, second = _built_pair(store)
    run = scfield("compare", first, second, "--json", db=db_path)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["reassessment"] is True
    assert data["elements"][2]["scores"] == [1.0, 3.0]   # the interview's 4 is not the score
    assert data["elements"][2]["change"] == 2.0
    assert data["elements"][2]["rationales"] == ["2023 reason 3", "2024 reason 3"]
    assert data["elements"][5]["change"] == 0.0
    policy = data["domains"][0]
    assert policy["scores"] == [1.0, 2.6] and policy["change"] == 1.6
    assert policy["stages"] == ["Small Start", "Accelerate"]
    assert [a["stage"] for a in data["assessments"]] == ["Small Start", "Small Start"]
    text = scfield("compare", first, second, db=db_path).stdout
    assert "Elements that moved (4)" in text and "why: 2024 reason 3" in text


def test_reassess_command(db_path: Path) -> None:
    with open_store(db_path, author="Tester") as store:
        first = create_assessment(store, title="Lima Assessment 2022", city="Lima",
                                  country="Peru", team="Rosa Quispe")
    run = scfield("reassess", first[:8], "--title", "Lima 2026", db=db_path)
    assert run.returncode == 0, run.stderr
    assert "Lima 2026" in run.stdout and first[:8] in run.stdout
    rows = json.loads(scfield("list", "--json", db=db_path).stdout)
    new = next(r for r in rows if r["title"] == "Lima 2026")
    with open_store(db_path) as store:
        row = store.get("assessments", new["id"])
    assert row["previous_id"] == first and row["team"] == "Rosa Quispe"
    assert scfield("reassess", db=db_path).returncode == 2
    run = scfield("reassess", "0000", db=db_path)
    assert run.returncode == 1 and "no assessment" in run.stderr
