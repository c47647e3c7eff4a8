"""Writing summary reports as PDF: one assessment, or a batch with progress and Cancel.

``write_report`` is what ``scfield report`` and the desktop's "Print summary…"
(preview, print, Save as PDF) call; ``write_reports`` is the batch behind
``scfield report --all``. Both are Qt-free and take a ``Progress``.

Every page carries the title in its header, "page x of y", the assessment's
short id and the short fingerprint in its footer, and — until the assessment
is signed — a DRAFT watermark. The full fingerprint is also written into the
PDF's metadata (``/Keywords scfield-fingerprint:…``) for ``scfield verify``.
A report is written to a temporary file beside the target and moved into
place, so a crash or a Cancel never leaves half a PDF under the real name.
"""

from __future__ import annotations

import contextlib
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from scfield.errors import ScfieldError
from scfield.files import atomic_output
from scfield.progress import NO_PROGRESS, Progress
from scfield.report.content import ReportData, gather
from scfield.report.sections import Builder
from scfield.report.signpage import sign_off
from scfield.report.styles import MUTED, RULE, styles
from scfield.report.text import markup
from scfield.store import Store

PAGE = A4
MARGIN = 18 * mm
TOP = 22 * mm
BOTTOM = 20 * mm
WATERMARK = "DRAFT"


@dataclass(frozen=True)
class ReportResult:
    """What was written: the desktop shows it, the CLI prints it."""

    path: Path
    assessment_id: str
    title: str
    pages: int
    fingerprint: str
    signed: bool
    omitted: str = ""     # scripts replaced by markers, e.g. "Thai (2 passages)"


def build_story(data: ReportData, width: float) -> tuple[list[Any], Builder]:
    b = Builder(data, width)
    story = (b.cover() + b.executive_summary() + b.elements() + b.gaps_and_support()
             + b.stakeholders() + b.evidence_annex() + b.provenance())
    signing = sign_off(b)  # built before the note so that its names are checked too
    return story + b.omissions_note() + signing, b


def _decorate(canvas: Canvas, doc: BaseDocTemplate, data: ReportData, header: Paragraph
              ) -> None:
    """Header and watermark (drawn first, under the page's content)."""
    width, height = PAGE
    canvas.saveState()
    if not data.signed:
        canvas.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.13))
        canvas.setFont("Helvetica-Bold", 120)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(50)
        canvas.drawCentredString(0, -40, WATERMARK)
        canvas.rotate(-50)
        canvas.translate(-width / 2, -height / 2)
    if doc.page > 1:
        header.drawOn(canvas, MARGIN, height - TOP + 6 * mm)
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN, height - TOP + 6 * mm + 2,
                               "Smart city readiness · summary")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, height - TOP + 4 * mm, width - MARGIN, height - TOP + 4 * mm)
    canvas.restoreState()


def _header(title: str, width: float) -> Paragraph:
    """The title on one line, shortened with an ellipsis if it is too long."""
    style = styles()["muted"]
    text = shown = " ".join(title.split())
    while True:
        header = Paragraph(markup(shown), style)
        header.wrap(width, 20 * mm)
        if len(header.blPara.lines) <= 1 or len(text) < 10:
            return header
        text = text[: int(len(text) * 0.9)].rstrip()
        shown = text + " …"


def _canvas_class(data: ReportData, counter: list[int]) -> type[Canvas]:
    """A canvas that holds pages back until the end, to print "page x of y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            counter.append(total)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _ = PAGE
            y = BOTTOM - 10 * mm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, y + 4 * mm, width - MARGIN, y + 4 * mm)
            self.setFont("Helvetica", 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, y, f"Assessment {data.short_id}")
            self.drawCentredString(width / 2, y, f"Fingerprint {data.short_fingerprint}")
            self.drawRightString(width - MARGIN, y, f"Page {self._pageNumber} of {total}")
            self.restoreState()

    return NumberedCanvas


def render(data: ReportData, out: str | os.PathLike[str] | Any) -> tuple[int, str]:
    """Lay out and write one report to a path or a binary file; (pages, omitted scripts)."""
    a = data.assessment
    doc = BaseDocTemplate(
        out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP,
        bottomMargin=BOTTOM, title=a["title"], author=a["team"] or "scfield",
        subject=f"Smart city readiness assessment summary ({a['status']})",
        keywords=f"scfield-fingerprint:{data.fingerprint} scfield-assessment:{a['id']}",
        creator="scfield", invariant=False)
    frame = Frame(MARGIN, BOTTOM, PAGE[0] - 2 * MARGIN, PAGE[1] - TOP - BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    header = _header(a["title"], PAGE[0] - 2 * MARGIN - 55 * mm)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                       onPage=lambda c, d: _decorate(c, d, data, header))])
    story, builder = build_story(data, frame._width)
    counter: list[int] = []
    with binary_streams():
        doc.build(story, canvasmaker=_canvas_class(data, counter))
    return counter[-1], builder.omitted.summary()


@contextlib.contextmanager
def binary_streams() -> Iterator[None]:
    """Write compressed streams as binary, without ReportLab's default ASCII85 layer.

    ASCII85 only keeps a PDF 7-bit clean (for e-mail of the 1990s); in pure
    Python it costs a fifth of the time of a report and makes the file 25 %
    larger. Restored afterwards so that other ReportLab users see the default.
    """
    from reportlab import rl_config

    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


def write_report(store: Store, assessment_id: str, out_path: str | os.PathLike[str],
                 progress: Progress = NO_PROGRESS) -> ReportResult:
    """Write one assessment's summary report to ``out_path`` (replaced atomically)."""
    out = Path(out_path)
    progress.step(0, 2, "reading the assessment")
    data = gather(store, assessment_id)
    progress.step(1, 2, "laying out the pages")
    with atomic_output(out, "the report") as f:
        pages, omitted = render(data, f)
        progress.check()
    progress.step(2, 2, "done")
    return ReportResult(out, assessment_id, data.assessment["title"], pages,
                        data.fingerprint, data.signed, omitted)


def report_filename(title: str, assessment_id: str) -> str:
    """A portable file name: ASCII slug of the title plus the short id."""
    ascii_title = unicodedata.normalize("NFKD", title.replace("đ", "d").replace("Đ", "D"))
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.encode("ascii", "ignore").decode().lower())
    slug = slug.strip("-")[:60].strip("-") or "assessment"
    return f"{slug}-{assessment_id[:8]}.pdf"


def write_reports(store: Store, assessment_ids: list[str], folder: str | os.PathLike[str],
                  progress: Progress = NO_PROGRESS) -> list[ReportResult]:
    """One PDF per assessment in ``folder``; stops cleanly (Cancelled) between reports."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ScfieldError(f"{folder}: is a file, not a folder")
    folder.mkdir(parents=True, exist_ok=True)
    results = []
    total = len(assessment_ids)
    for done, assessment_id in enumerate(assessment_ids):
        title = store.get("assessments", assessment_id)["title"]
        progress.step(done, total, title)
        results.append(write_report(store, assessment_id,
                                    folder / report_filename(title, assessment_id)))
    progress.step(total, total, "done")
    return results
