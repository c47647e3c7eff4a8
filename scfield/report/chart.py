"""The radar chart of the five domain scores, drawn with reportlab.graphics.

Drawn by hand rather than with ``SpiderChart`` so that the rings are labelled
with the rubric's scale (0–4), an unscored domain is visibly marked instead of
looking like a zero, and long domain names are placed outside the chart
without overlapping it.
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors

from scfield.framework import MAX_SCORE
from scfield.messages import ENGLISH, Messages
from scfield.report.text import SANS, SANS_BOLD, printable, register_fonts
from scfield.scoring import DomainScore, fmt

ACCENT = colors.HexColor("#1f5f8b")
FILL = colors.HexColor("#1f5f8b")
GRID = colors.HexColor("#b8c4cc")
PREVIOUS = colors.HexColor("#c07a2c")   # the earlier assessment, in a re-assessment's report


def radar(domains: tuple[DomainScore, ...] | list[DomainScore], width: float = 300,
          height: float = 230, m: Messages = ENGLISH,
          previous: tuple[DomainScore, ...] | list[DomainScore] | None = None,
          legend: tuple[str, str] | None = None) -> Drawing:
    """A Drawing (a flowable) with one spoke per domain and the scores as a polygon.

    Labels are in the report's language (``m``; the domain names come translated).
    With ``previous`` (a re-assessment's report), the earlier scores are drawn
    too, dashed and in another colour, under the current ones, and ``legend``
    names the two (earlier, current).
    """
    register_fonts()
    d = Drawing(width, height)
    cx, cy = width / 2, height / 2 - 4
    radius = min(width, height) / 2 - 40
    n = len(domains)

    def point(i: float, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * i / n
        r = radius * value / MAX_SCORE
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    # An opaque ground: a draft's watermark (drawn under the page) does not cross the chart.
    d.add(Rect(0, 0, width, height, fillColor=colors.white, strokeColor=None))
    for ring in range(1, MAX_SCORE + 1):
        pts = [c for i in range(n) for c in point(i, ring)]
        d.add(Polygon(pts, strokeColor=GRID, strokeWidth=0.5, fillColor=None))
        # The scale between the first two spokes: clear of every domain's name and score.
        x, y = point(0.5, ring * math.cos(math.pi / n))
        d.add(String(x, y - 3, str(ring), fontName=SANS, fontSize=8, textAnchor="middle",
                     fillColor=colors.Color(0.3, 0.3, 0.3)))
    for i in range(n):
        x, y = point(i, MAX_SCORE)
        d.add(Line(cx, cy, x, y, strokeColor=GRID, strokeWidth=0.5))
    if previous is not None:
        earlier = [c for i, dom in enumerate(previous) for c in point(i, dom.score or 0.0)]
        d.add(Polygon(earlier, strokeColor=PREVIOUS, strokeWidth=1.2, strokeDashArray=[3, 2],
                      fillColor=None))
    if legend is not None:
        _legend(d, legend, width, m)
    values = [dom.score or 0.0 for dom in domains]
    pts = [c for i, v in enumerate(values) for c in point(i, v)]
    fill = colors.Color(FILL.red, FILL.green, FILL.blue, alpha=0.25)
    d.add(Polygon(pts, strokeColor=ACCENT, strokeWidth=1.5, fillColor=fill))
    for i, dom in enumerate(domains):
        x, y = point(i, values[i])
        if dom.score is None:
            d.add(Circle(x, y, 3, strokeColor=colors.red, fillColor=colors.white))
        else:
            d.add(Circle(x, y, 2.2, strokeColor=ACCENT, fillColor=ACCENT))
        lx, ly = point(i, MAX_SCORE + 0.45)
        anchor = "middle" if abs(lx - cx) < 5 else ("start" if lx > cx else "end")
        if ly < cy - 5:
            ly -= 8
        label, font = printable(dom.name, SANS_BOLD, m)
        d.add(String(lx, ly + 4, label, fontName=font, fontSize=8, textAnchor=anchor))
        score, font = printable(fmt(dom.score, m.language) if dom.score is not None
                                else m("not scored"), SANS, m)
        d.add(String(lx, ly - 6, score, fontName=font, fontSize=7.5, textAnchor=anchor,
                     fillColor=colors.red if dom.score is None else colors.black))
    return d


def _legend(d: Drawing, names: tuple[str, str], width: float, m: Messages) -> None:
    """Which line is which: the earlier assessment dashed, the current one solid."""
    y = 8
    for (name, color, dash), x in zip(((names[0], PREVIOUS, [3, 2]), (names[1], ACCENT, None)),
                                      (4, width / 2), strict=True):
        d.add(Line(x, y + 3, x + 18, y + 3, strokeColor=color, strokeWidth=1.5,
                   strokeDashArray=dash))
        label, font = printable(name, SANS, m)
        d.add(String(x + 22, y, label, fontName=font, fontSize=7.5))
