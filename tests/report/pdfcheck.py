"""Reading reports back: page text (pypdf), text drawn off the page, qpdf, the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader


def page_texts(path: Path) -> list[str]:
    """The text of every page, as a reader's copy-and-paste would get it."""
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def text_outside_page(path: Path, margin: float = 2.0) -> list[str]:
    """Text fragments drawn (partly) outside the page: what would be cut off on paper."""
    from reportlab.lib.pagesizes import A4

    bad: list[str] = []
    for number, page in enumerate(PdfReader(path).pages, 1):
        width = float(page.mediabox.width)

        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float,
                  number: int = number, width: float = width) -> None:
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if x < -margin or y < -margin or y > A4[1] + margin or x > width + margin:
                bad.append(f"page {number}: {text!r} at ({x:.0f}, {y:.0f})")

        page.extract_text(visitor_text=visit)
    return bad


def qpdf_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True,
                          timeout=120)


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "scfield", "--db", str(db), "--author", "CLI Tester", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180,
                          env=dict(os.environ))



def raw_text(path: Path) -> str:
    """The text in the order it was drawn (``pdftotext -raw``), without whitespace: a
    table cell's lines stay together, and a note wrapped over lines (Japanese between any
    two characters) reads back as one run."""
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                         text=True, check=True, timeout=120).stdout
    return squeezed(out)


def squeezed(text: str) -> str:
    return "".join(text.split())


def last_lines(path: Path) -> list[list[tuple[float, str, str]]]:
    """Per page, the lowest line of the body (between the header and the footer rules):
    its text runs as (font size, font name, text). The DRAFT watermark is left out."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    bottom, top = 20 * mm, A4[1] - 22 * mm
    out = []
    for page in PdfReader(path).pages:
        runs: list[tuple[float, float, str, str]] = []

        def visit(text: str, cm: list[float], tm: list[float], font: dict | None,
                  size: float, runs: list[tuple[float, float, str, str]] = runs) -> None:
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[0] * cm[0] + tm[1] * cm[2]) or 1.0
            if text.strip() and bottom - 1 < y < top and size * scale < 40:
                runs.append((round(y, 1), round(size * scale, 1),
                             str((font or {}).get("/BaseFont", "")), text.strip()))

        page.extract_text(visitor_text=visit)
        low = min((r[0] for r in runs), default=None)
        out.append([(s, f, t) for y, s, f, t in runs if y == low])
    return out
