"""A re-assessment's report has a *Progress since <date>* section (parsed back from the PDF)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from scfield.compare import compare_assessments
from scfield.reassess import start_reassessment
from scfield.store import Store
from scfield.store.records import set_rating

from .pdfcheck import page_texts, qpdf_check, text_outside_page


def _id(store: Store, title_like: str) -> str:
    return store.query("SELECT id FROM assessments WHERE title LIKE ?", [title_like])[0]["id"]


def _flat(texts: list[str]) -> str:
    return re.sub(r"\s+", " ", " ".join(texts))


def test_da_nang_2025_report_shows_progress_since_2024(demo_store: Store, cli: Callable,
                                                      tmp_path: Path) -> None:
    new = _id(demo_store, "Da Nang%Re-assessment 2025")
    old = _id(demo_store, "Da Nang%Assessment 2024")
    out = tmp_path / "danang-2025.pdf"
    run = cli("report", new[:8], str(out))
    assert run.returncode == 0, run.stderr
    assert qpdf_check(out).returncode == 0
    assert text_outside_page(out) == []
    pages = page_texts(out)
    start = next(i for i, t in enumerate(pages) if "Progress since March 11, 2024" in t)
    end = next(i for i, t in enumerate(pages) if "The 21 elements" in t)
    assert 0 < start < end, "the section comes after the executive summary"
    section = _flat(pages[start:end + 1])
    assert ("Compared with “Da Nang Smart City Readiness Assessment 2024” (March 11, 2024): the "
            "overall score went from 1.51 to 2.18 (+0.67).") in section
    assert "Stage unchanged: Accelerate." in section
    assert "March 11, 2024 (before)" in section and "March 10, 2025 (now)" in section
    assert "Small Start → Accelerate" in section   # Operation's stage moved
    comparison = compare_assessments(demo_store, [old, new])
    moved = comparison.moved()
    assert len(moved) == 14
    for e in moved:
        assert f"{e.number:02d} " in section
        if e.rationales[1]:
            assert " ".join(e.rationales[1].split())[:40] in section
    assert "No rationale recorded." in section   # element 6 moved on proposals alone
    assert "Elements that moved, and why" in section


def test_first_assessment_has_no_progress_section(demo_store: Store, first_demo: str,
                                                  cli: Callable, tmp_path: Path) -> None:
    out = tmp_path / "danang-2024.pdf"
    assert cli("report", first_demo[:8], str(out)).returncode == 0
    assert "Progress since" not in _flat(page_texts(out))


def test_progress_section_in_french_and_for_a_new_draft(demo_store: Store, cli: Callable,
                                                       tmp_path: Path) -> None:
    new = _id(demo_store, "Da Nang%Re-assessment 2025")
    out = tmp_path / "danang-2025-fr.pdf"
    assert cli("report", new[:8], str(out), "--language", "fr").returncode == 0
    text = _flat(page_texts(out))
    assert "Progrès depuis le 11 mars 2024" in text  # the date as French writes it
    assert "Éléments qui ont évolué, et pourquoi" in text
    # A re-assessment just started: nothing scored yet, so nothing moved.
    draft = start_reassessment(demo_store, new, today=date(2026, 3, 2))
    set_rating(demo_store, draft, 1, score=3, rationale="Same as last year, confirmed")
    demo_store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    out = tmp_path / "draft.pdf"
    run = cli("report", draft[:8], str(out))
    assert run.returncode == 0, run.stderr
    text = _flat(page_texts(out))
    assert "Progress since March 10, 2025" in text
    assert "No element score changed." in text
