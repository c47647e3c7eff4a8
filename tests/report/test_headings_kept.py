"""No page ends with a heading: every heading of every demo report, in every language,
starts its page's last block or is followed on its page by what it introduces."""

from __future__ import annotations

from pathlib import Path

import pytest

from scfield.report.pdf import write_reports
from scfield.report.styles import styles
from scfield.store import Store

from .pdfcheck import last_lines

# The smallest heading (h3) is 10 pt bold; body text is 9.5 pt, table cells 8 pt.
HEADING_SIZE = min(styles()[h].fontSize for h in ("h1", "h2", "h3"))


@pytest.mark.parametrize("language", ["en", "fr", "es", "ja"])
def test_no_page_of_a_demo_report_ends_with_a_heading(
        demo_store: Store, tmp_path: Path, language: str) -> None:
    ids = [r["id"] for r in demo_store.query("SELECT id FROM assessments")]
    results = write_reports(demo_store, ids, tmp_path, language=language)
    assert len(results) == 5
    for result in results:
        pages = last_lines(result.path)
        assert len(pages) == result.pages
        for number, runs in enumerate(pages, 1):
            assert runs, (result.title, number)  # every page has a body
            # Nothing else in the body is that large but the stage line and the title.
            headings = [t for size, _, t in runs if size >= HEADING_SIZE]
            assert not headings, (language, result.title, f"page {number}", headings)
