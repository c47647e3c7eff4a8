"""Paragraph and table styles of the summary report (one place to tune the look)."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from scfield.report.text import SANS, SANS_BOLD, register_fonts

ACCENT = colors.HexColor("#1f5f8b")
LIGHT = colors.HexColor("#e8eef3")
RULE = colors.HexColor("#9aa9b4")
MUTED = colors.HexColor("#55636d")
CELL_PADDING = 4
CELL_PADDING_TOP, CELL_PADDING_BOTTOM = 2.0, 2.5


@cache
def styles(cjk: bool = False) -> dict[str, ParagraphStyle]:
    """The report's styles; with ``cjk``, lines break between any two characters, as
    Japanese is written without spaces (a Japanese report's paragraphs that hold
    Japanese use these: breaking only at spaces leaves their lines ragged).
    ReportLab's CJK breaking may split a Latin word when a line is nearly full, so
    paragraphs without Japanese keep the ordinary styles."""
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=12.5, spaceAfter=4,
                          wordWrap="CJK" if cjk else None)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=10, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=body, fontName=SANS_BOLD, fontSize=8,
                                leading=10, spaceAfter=0),
        "head": ParagraphStyle("head", parent=body, fontName=SANS_BOLD, fontSize=8,
                               leading=10, spaceAfter=0, textColor=colors.white),
        "muted": ParagraphStyle("muted", parent=body, fontSize=8, leading=10,
                                textColor=MUTED),
        "h1": ParagraphStyle("h1", parent=body, fontName=SANS_BOLD, fontSize=16, leading=20,
                             spaceBefore=4, spaceAfter=8, textColor=ACCENT),
        "h2": ParagraphStyle("h2", parent=body, fontName=SANS_BOLD, fontSize=12, leading=15,
                             spaceBefore=10, spaceAfter=5, textColor=ACCENT),
        "h3": ParagraphStyle("h3", parent=body, fontName=SANS_BOLD, fontSize=10, leading=13,
                             spaceBefore=8, spaceAfter=3),
        "title": ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=24,
                                leading=30, spaceAfter=10, textColor=ACCENT),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=13, leading=17,
                                   spaceAfter=18, textColor=MUTED),
        "stage": ParagraphStyle("stage", parent=body, fontName=SANS_BOLD, fontSize=15,
                                leading=19, textColor=ACCENT),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER, fontSize=8,
                                 leading=10),
    }


def grid(header_rows: int = 1, zebra: bool = True) -> TableStyle:
    """Ruled table with a coloured header row that repeats on every page."""
    register_fonts()
    cmds = [
        ("FONT", (0, 0), (-1, -1), SANS, 8, 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING_BOTTOM),
    ]
    if header_rows:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT))
        cmds.append(("FONT", (0, 0), (-1, header_rows - 1), SANS_BOLD, 8, 10))
        cmds.append(("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white))
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, LIGHT]))
    return TableStyle(cmds)
