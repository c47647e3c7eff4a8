"""Sign-off blocks: a long name or role wraps onto its own lines, never over another."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from scfield.report.pdf import write_report
from scfield.report.signatories import add_signatory
from scfield.store import Store
from scfield.store.records import create_assessment


def text_lines(pdf: Path, page: int) -> list[tuple[float, str]]:
    """(baseline y, text) of every text run on a page."""
    runs: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            runs.append((round(tm[5] * cm[3] + cm[5], 1), text.strip()))

    PdfReader(pdf).pages[page].extract_text(visitor_text=visit)
    return runs


def test_long_role_does_not_overprint_the_name(store: Store, tmp_path: Path) -> None:
    role = "local consultant, stakeholder engagement and community outreach coordination"
    aid = create_assessment(store, title="Blocks", team="Awa Diop")
    add_signatory(store, aid, "Awa Diop", role, "Agence de Développement Municipal")
    out = tmp_path / "blocks.pdf"
    write_report(store, aid, out)
    last = len(PdfReader(out).pages) - 1
    runs = text_lines(out, last)
    name_y = [y for y, t in runs if t.startswith("Awa Diop")]
    role_ys = [y for y, t in runs if t.startswith("local consultant")]
    assert name_y and role_ys
    # PDF y grows upwards: the role's first line sits a full line below the name.
    assert name_y[0] - role_ys[0] >= 10
