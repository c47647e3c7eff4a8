"""Stages on partial evidence: a new assessment scored on 9 of 21 elements has no stage.

The issue's case: the highest overall score of the list with the lowest stage, and
System at Sustainable Growth from 1 of 5 elements. Checked through the real CLI
(``show --json``, ``list --json``, ``list``) and the real PDF.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from scfield.store import Store
from scfield.store.records import create_assessment, set_rating

from .pdfcheck import page_texts

NINE = {1: 3, 2: 3, 3: 2, 6: 2, 7: 3, 10: 4, 15: 2, 16: 3, 19: 2}


@pytest.fixture
def partial(demo_store: Store) -> str:
    aid = create_assessment(demo_store, title="Partial Readiness Check 2026", city="Cebu",
                            country="Philippines", level="city", start_date="2026-11-01")
    for element, score in NINE.items():
        set_rating(demo_store, aid, element, score=score, rationale="seen in documents")
    return aid


def test_show_json_has_no_stage_and_says_why(
        partial: str, cli: Callable[..., subprocess.CompletedProcess[str]]) -> None:
    run = cli("show", partial[:8], "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["stage"] is None and data["enough_evidence"] is False
    assert data["overall"] == pytest.approx(2.73)
    assert data["coverage"] == {"scored": 9, "with_evidence": 0, "elements": 21}
    assert data["stage_reason"] == "No stage: not enough evidence (9 of 21 elements scored)."
    system = next(d for d in data["domains"] if d["name"] == "System")
    assert system["stage"] is None and system["score"] == 4.0
    assert system["stage_reason"] == "System: not enough evidence (1 of 5 elements scored)."


def test_list_json_and_text_say_not_enough_evidence(
        partial: str, cli: Callable[..., subprocess.CompletedProcess[str]]) -> None:
    rows = {r["id"]: r for r in json.loads(cli("list", "--json").stdout)}
    assert rows[partial]["stage"] is None
    assert rows[partial]["stage_reason"] == "not enough evidence (9 of 21 elements scored)"
    assert all(r["stage"] and r["stage_reason"] is None
               for i, r in rows.items() if i != partial)
    text = cli("list").stdout
    assert "stage: not enough evidence (9 of 21 elements scored)" in text


def test_report_says_not_enough_evidence(
        partial: str, cli: Callable[..., subprocess.CompletedProcess[str]],
        tmp_path: Path) -> None:
    out = tmp_path / "partial.pdf"
    run = cli("report", partial[:8], str(out))
    assert run.returncode == 0, run.stderr
    text = " ".join(" ".join(page_texts(out)).split())
    assert "not enough evidence (9 of 21 elements scored)" in text
    assert "not enough evidence (1 of 5 elements scored)" in text
    assert "Sustainable Growth" not in text.split("Executive summary")[-1].split("Stages")[0]
