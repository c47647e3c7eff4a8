"""Report benchmark: one summary PDF against a bare ReportLab document, and batch linearity.

Run as a script (not collected by pytest)::

    .venv/bin/python tests/bench/report_bench.py [--runs 9] [--one]

Targets from the report issue: one report for a demo assessment ≤ 2× a bare
ReportLab document of the same size built in the same run (title page, spider
chart, 21-row table, paragraphs of notes: at least 15, more until it has as
many pages as the report), and fifty reports linear in the count (time for 10,
20 and 50). The bare document uses the same embedded TrueType font (DejaVu
Sans), since any report that prints Vietnamese must embed one, and the same
binary stream encoding; a second baseline with the built-in Helvetica is
printed for reference.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

from scfield.demo import load_demo
from scfield.framework import default_framework
from scfield.report.pdf import binary_streams, write_report, write_reports
from scfield.report.text import SANS, register_fonts
from scfield.store import open_store
from scfield.store.queries import evidence_of


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def bare_document(notes: list[str], paragraphs: int, font: str) -> bytes:
    """Title page, spider chart, 21-row table and ``paragraphs`` paragraphs of notes."""
    body = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=12.5, spaceAfter=4)
    cell = ParagraphStyle("c", fontName=font, fontSize=8, leading=10)
    title = ParagraphStyle("t", fontName=font, fontSize=24, leading=30)
    fw = default_framework()
    chart = Drawing(400, 250)
    spider = SpiderChart()
    spider.x, spider.y, spider.width, spider.height = 50, 25, 300, 200
    spider.data = [[1.6, 1.5, 1.6, 1.5, 1.33]]
    spider.labels = [d.name for d in fw.domains]
    chart.add(spider)
    rows = [[Paragraph(h, cell) for h in ("No.", "Domain", "Element", "Score", "Summary")]]
    for i, e in enumerate(fw.elements):
        rows.append([Paragraph(x, cell) for x in (e.code, e.domain, e.name, "2.00",
                                                  notes[i % len(notes)][:110])])
    story = [Spacer(1, 60 * mm), Paragraph("Da Nang Smart City Readiness Assessment 2024",
                                           title), PageBreak(), chart,
             Table(rows, colWidths=[25, 60, 120, 40, 250], repeatRows=1)]
    story += [Paragraph(notes[i % len(notes)], body) for i in range(paragraphs)]
    out = io.BytesIO()
    with binary_streams():  # the same stream encoding as the report
        SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--one", action="store_true",
                        help="only the one-report comparison, not the batches")
    args = parser.parse_args()
    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = open_store(folder / "bench.sqlite", author="bench")
        load_demo(store)  # five assessments (loading the demo again adds nothing)
        # Round robin over the five demo assessments: every batch has the same mix (a
        # report written again replaces its file, which costs the same as a new one).
        ids = [r["id"] for r in store.query("SELECT id FROM assessments ORDER BY rowid")]
        ids = [ids[i % len(ids)] for i in range(50)]
        one = store.query("SELECT id FROM assessments WHERE title LIKE 'Da Nang%2024' "
                          "LIMIT 1")[0]["id"]
        notes = [n["note"] for n in evidence_of(store, one)]

        target = folder / "one.pdf"
        write_report(store, one, target)  # warm-up: fonts parsed, framework cached
        pages = len(PdfReader(target).pages)
        paragraphs = 15
        while len(PdfReader(io.BytesIO(bare_document(notes, paragraphs, SANS))).pages) < pages:
            paragraphs += 5
        bare_pages = len(PdfReader(io.BytesIO(bare_document(notes, paragraphs, SANS))).pages)

        # Interleaved, so that a busy machine slows both sides of each ratio alike.
        report_t, bare_t, helv_t = [], [], []
        for _ in range(args.runs):
            report_t.append(timed(lambda: write_report(store, one, target)))
            bare_t.append(timed(lambda: bare_document(notes, paragraphs, SANS)))
            helv_t.append(timed(lambda: bare_document(notes, paragraphs, "Helvetica")))
        report = statistics.median(report_t)
        bare = statistics.median(bare_t)
        helvetica = statistics.median(helv_t)
        ratio = statistics.median(r / b for r, b in zip(report_t, bare_t, strict=True))
        print(f"one report ({pages} pages), median of {args.runs}: {report * 1000:7.1f} ms")
        print(f"bare ReportLab, DejaVu Sans ({bare_pages} pages, {paragraphs} note "
              f"paragraphs): {bare * 1000:7.1f} ms")
        print(f"  ratio {report / bare:4.2f}x (medians), median of per-run ratios "
              f"{ratio:4.2f}x  (target ≤ 2x)")
        print(f"bare ReportLab, Helvetica (reference): {helvetica * 1000:7.1f} ms   "
              f"ratio {report / helvetica:4.2f}x")

        if args.one:
            store.close()
            return 0
        runs = max(3, args.runs // 3)
        batches: dict[int, list[float]] = {10: [], 20: [], 50: []}
        for _ in range(runs):
            for count, times in batches.items():
                out = folder / f"batch{count}"
                times.append(timed(lambda c=count, o=out: write_reports(store, ids[:c], o)))
        per = {count: statistics.median(times) for count, times in batches.items()}
        for count, t in per.items():
            print(f"{count:3d} reports, median of {runs}: {t:6.2f} s   "
                  f"{t / count * 1000:6.1f} ms per report")
        print(f"linearity: 50/10 time ratio {per[50] / per[10]:4.2f} (linear: 5.00), "
              f"20/10 {per[20] / per[10]:4.2f} (linear: 2.00)")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
