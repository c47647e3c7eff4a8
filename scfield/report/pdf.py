"""Writing summary reports as PDF: one assessment, or a batch with progress and Cancel.

``write_report`` is what ``scfield report`` and the desktop's "Print summary…"
(preview, print, Save as PDF) call; ``write_reports`` is the batch behind
``scfield report --all``. Both are Qt-free and take a ``Progress``.

Every page carries the title in its header, "page x of y", the assessment's
short id and the short fingerprint in its footer, and — until the assessment
is signed — a DRAFT watermark. The report is printed in the assessment's
language unless the caller names another (``scfield report --language``); the
fingerprint and everything ``verify`` reads do not depend on it. The full
fingerprint is also written into the PDF's metadata
(``/Keywords scfield-fingerprint:…``) for ``scfield verify``. A report is
written to a temporary file beside the target and moved into place, so a crash
or a Cancel never leaves half a PDF under the real name.
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
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from scfield.errors import ScfieldError, Text
from scfield.files import atomic_output
from scfield.messages import N_, Messages
from scfield.progress import NO_PROGRESS, Progress
from scfield.report.content import ReportData, gather
from scfield.report.progress import progress_section
from scfield.report.sections import Builder
from scfield.report.signpage import sign_off
from scfield.report.styles import MUTED, RULE, styles
from scfield.report.text import SANS, SANS_BOLD, Omissions, markup, printable
from scfield.store import Store

PAGE = A4
MARGIN = 18 * mm
TOP = 22 * mm
BOTTOM = 20 * mm
WATERMARK = N_("DRAFT")
WATERMARK_WIDTH = 600.0   # points: a longer word than DRAFT is set smaller to stay on the page
STATUS_WORDS = {"draft": N_("draft"), "signed": N_("signed"), "amended": N_("amended")}


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
    story = (b.cover() + b.executive_summary() + progress_section(b) + b.elements()
             + b.gaps_and_support()
             + b.stakeholders() + b.evidence_annex() + b.provenance())
    signing = sign_off(b)  # built before the note so that its names are checked too
    return story + b.omissions_note() + signing, b


def canvas_text(text: str, font: str = "Helvetica") -> tuple[str, str]:
    """(text, font) for a fixed text drawn straight on the page: the standard ``font``
    while it has every character (Latin-1 and the Windows quotes), otherwise the
    bundled font of the text's script (Japanese: IPAGothic)."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return printable(text, SANS_BOLD if font.endswith("Bold") else SANS)
    return text, font


def draw_line(canvas: Canvas, x: float, y: float, parts: list[tuple[str, str]], size: float,
              align: str = "left") -> None:
    """Runs of (text, font) side by side on one line, from, around or up to ``x``."""
    widths = [stringWidth(text, font, size) for text, font in parts]
    x -= {"left": 0.0, "center": sum(widths) / 2, "right": sum(widths)}[align]
    for (text, font), w in zip(parts, widths, strict=True):
        canvas.setFont(font, size)
        canvas.drawString(x, y, text)
        x += w


def _decorate(canvas: Canvas, doc: BaseDocTemplate, data: ReportData, header: Paragraph
              ) -> None:
    """Header and watermark (drawn first, under the page's content)."""
    width, height = PAGE
    canvas.saveState()
    if not data.signed:
        word, font = canvas_text(data.m(WATERMARK), "Helvetica-Bold")
        size = min(120.0, WATERMARK_WIDTH / stringWidth(word, font, 1))
        canvas.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.13))
        canvas.translate(width / 2, height / 2)
        canvas.rotate(50)
        draw_line(canvas, 0, -size / 3, [(word, font)], size, "center")
        canvas.rotate(-50)
        canvas.translate(-width / 2, -height / 2)
    if doc.page > 1:
        header.drawOn(canvas, MARGIN, height - TOP + 6 * mm)
        canvas.setFillColor(MUTED)
        draw_line(canvas, width - MARGIN, height - TOP + 6 * mm + 2,
                  [running_title(data.m)], 8, "right")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, height - TOP + 4 * mm, width - MARGIN, height - TOP + 4 * mm)
    canvas.restoreState()


def running_title(m: Messages) -> tuple[str, str]:
    """The right-hand side of every page's header, and its font."""
    return canvas_text(m("Smart city readiness · summary"))


def _header(title: str, width: float, m: Messages) -> Paragraph:
    """The title on one line, shortened with an ellipsis if it is too long."""
    style = styles()["muted"]
    text = shown = " ".join(title.split())
    while True:
        header = Paragraph(markup(shown, Omissions(m)), style)
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
            m = data.m
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, y + 4 * mm, width - MARGIN, y + 4 * mm)
            self.setFillColor(MUTED)
            draw_line(self, MARGIN, y, [canvas_text(m("Assessment {id}", id=data.short_id))],
                      7.5)
            draw_line(self, width / 2, y, fingerprint_parts(m, data.short_fingerprint), 7.5,
                      "center")
            draw_line(self, width - MARGIN, y, [canvas_text(
                m("Page {page} of {pages}", page=self._pageNumber, pages=total))], 7.5,
                "right")
            self.restoreState()

    return NumberedCanvas


def fingerprint_parts(m: Messages, code: str) -> list[tuple[str, str]]:
    """The footer's "Fingerprint 3C13-…": the code itself always in the standard font, as
    its own run when the label is not, so that ``verify`` finds it in the page text."""
    text, font = canvas_text(f"{m('Fingerprint')} {code}")
    if font == "Helvetica":
        return [(text, font)]
    return [canvas_text(f"{m('Fingerprint')} "), (code, "Helvetica")]


def render(data: ReportData, out: str | os.PathLike[str] | Any) -> tuple[int, str]:
    """Lay out and write one report to a path or a binary file; (pages, omitted scripts)."""
    a = data.assessment
    doc = BaseDocTemplate(
        out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP,
        bottomMargin=BOTTOM, title=a["title"], author=a["team"] or "scfield",
        subject=data.m("Smart city readiness assessment summary ({status})",
                       status=data.m(STATUS_WORDS.get(a["status"], a["status"]))),
        keywords=f"scfield-fingerprint:{data.fingerprint} scfield-assessment:{a['id']}",
        creator="scfield", invariant=False)
    frame = Frame(MARGIN, BOTTOM, PAGE[0] - 2 * MARGIN, PAGE[1] - TOP - BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    # The title stops short of the running title on the right (longer in French).
    text, font = running_title(data.m)
    room = max(55 * mm, stringWidth(text, font, 8) + 10 * mm)
    header = _header(a["title"], PAGE[0] - 2 * MARGIN - room, data.m)
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
                 progress: Progress = NO_PROGRESS, language: str | None = None
                 ) -> ReportResult:
    """Write one assessment's summary report to ``out_path`` (replaced atomically), in
    ``language`` (a code such as "fr"; default: the assessment's own language)."""
    out = Path(out_path)
    progress.step(0, 2, Text(N_("reading the assessment")))
    data = gather(store, assessment_id, language)
    progress.step(1, 2, Text(N_("laying out the pages")))
    with atomic_output(out, N_("the report")) as f:
        pages, omitted = render(data, f)
        progress.check()
    progress.step(2, 2, Text(N_("done")))
    return ReportResult(out, assessment_id, data.assessment["title"], pages,
                        data.fingerprint, data.signed, omitted)


def report_filename(title: str, assessment_id: str) -> str:
    """A portable file name: ASCII slug of the title plus the short id."""
    ascii_title = unicodedata.normalize("NFKD", title.replace("đ", "d").replace("Đ", "D"))
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.encode("ascii", "ignore").decode().lower())
    slug = slug.strip("-")[:60].strip("-") or "assessment"
    return f"{slug}-{assessment_id[:8]}.pdf"


def write_reports(store: Store, assessment_ids: list[str], folder: str | os.PathLike[str],
                  progress: Progress = NO_PROGRESS, language: str | None = None
                  ) -> list[ReportResult]:
    """One PDF per assessment in ``folder``; stops cleanly (Cancelled) between reports.

    Each in its assessment's language, or all in ``language`` when one is given."""
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
                                    folder / report_filename(title, assessment_id),
                                    language=language))
    progress.step(total, total, Text(N_("done")))
    return results
