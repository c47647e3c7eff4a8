"""Charts drawn with QPainter (no chart library): the radar of the five domains
and the 21 elements as bars coloured by domain."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from scfield.framework import MAX_SCORE
from scfield.scoring import ElementScore
from scfield.ui.i18n import fmt

DOMAIN_COLOURS = ("#1f77b4", "#2ca02c", "#9467bd", "#d62728", "#ff7f0e", "#17becf")


@dataclass(frozen=True)
class RadarAxis:
    """One domain on the radar: its score and how many of its elements are scored.

    A domain with no score is *not scored*: it is not drawn at 0 (that would read as
    "scored zero"), the outline has a gap there. A domain scored on too few elements
    for a stage is *thin*: its point is drawn hollow, with the count beside it."""

    name: str
    score: float | None
    scored: int = 0
    elements: int = 0
    enough: bool = True

    @property
    def state(self) -> str:
        if self.score is None:
            return UNSCORED
        return SCORED if self.enough else THIN


SCORED, THIN, UNSCORED = "scored", "thin", "unscored"
ACCENT = QColor("#1f5fa8")
PREVIOUS = QColor("#8a8a8a")
MISSING = QColor("#c0392b")


def radar_axes(domains: Sequence[Any]) -> list[RadarAxis]:
    """The radar's axes from a scorecard's ``DomainScore``s."""
    return [RadarAxis(d.name, d.score, d.coverage.scored, d.coverage.elements,
                      d.enough_evidence) for d in domains]


class RadarChart(QWidget):
    """Domain scores on five axes from 0 (centre) to 4 (edge); optionally an earlier
    assessment's scores as a dashed grey outline behind them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.axes: list[RadarAxis] = []
        self.previous: list[RadarAxis] | None = None
        self.names: tuple[str, str] | None = None
        self.setMinimumSize(320, 290)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_scores(self, axes: Sequence[RadarAxis], previous: Sequence[RadarAxis] | None = None,
                   names: tuple[str, str] | None = None) -> None:
        """Show ``axes``; ``previous`` (same domains) dashed behind, ``names`` in the legend."""
        self.axes = list(axes)
        self.previous = list(previous) if previous is not None else None
        self.names = names
        self.setToolTip("\n".join(f"{a.name}: {self.value_text(a)}" for a in self.axes))
        self.update()

    def plotted(self) -> list[float | None]:
        """The value drawn on each axis: ``None`` (a gap) where the domain is not scored."""
        return [a.score for a in self.axes]

    def value_text(self, axis: RadarAxis) -> str:
        """What the label under a domain's name says."""
        if axis.state == UNSCORED:
            return self.tr("not scored")
        if axis.state == THIN:
            return self.tr("{score} ({k} of {n} scored)").format(
                score=fmt(axis.score), k=axis.scored, n=axis.elements)
        return fmt(axis.score)

    def legend_lines(self) -> list[str]:
        """The legend: which outline is which, and what a hollow point or a gap means."""
        lines = []
        if self.names is not None:
            lines.append(self.tr("dashed grey: {earlier}; blue: {later}").format(
                earlier=self.names[0], later=self.names[1]))
        states = {a.state for a in self.axes}
        if THIN in states:
            lines.append(self.tr("○ too few elements scored for a stage"))
        if UNSCORED in states:
            lines.append(self.tr("gap: domain not scored (not drawn at 0)"))
        return lines

    def sizeHint(self) -> QSize:
        return QSize(380, 330)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.axes:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect()
        metrics = p.fontMetrics()
        legend = self.legend_lines()
        legend_height = len(legend) * metrics.height() + (4 if legend else 0)
        label_height = 2 * metrics.height()
        centre = QPointF(rect.center().x(), (rect.height() - legend_height) / 2)
        radius = max(20.0, min(rect.width() - 170, rect.height() - legend_height
                               - 2 * label_height - 16) / 2)
        n = len(self.axes)

        def point(i: int, value: float) -> QPointF:
            angle = -math.pi / 2 + 2 * math.pi * i / n
            r = radius * value / MAX_SCORE
            return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

        self._grid(p, point, n)
        if self.previous is not None:
            self._outline(p, point, [a.score for a in self.previous],
                          QPen(PREVIOUS, 1.5, Qt.PenStyle.DashLine), None)
        self._outline(p, point, self.plotted(), QPen(ACCENT, 2),
                      QColor(31, 95, 168, 70))
        for i, axis in enumerate(self.axes):
            if axis.score is None:
                continue
            q = point(i, axis.score)
            p.setPen(QPen(ACCENT, 2))
            p.setBrush(QBrush(Qt.GlobalColor.white if axis.state == THIN else ACCENT))
            p.drawEllipse(q, 4 if axis.state == THIN else 3, 4 if axis.state == THIN else 3)
        bold = QFont(self.font())
        bold.setBold(True)
        for i, axis in enumerate(self.axes):
            q = point(i, MAX_SCORE + 0.3)
            lines = [(axis.name, bold, QColor("#202020")),
                     (self.value_text(axis), self.font(),
                      MISSING if axis.state == UNSCORED else QColor("#404040"))]
            top = q.y() - label_height / 2
            if q.y() < centre.y() - radius * 0.9:
                top = q.y() - label_height
            elif q.y() > centre.y() + radius * 0.5:
                top = q.y()
            for row, (text, font, colour) in enumerate(lines):
                p.setFont(font)
                width = p.fontMetrics().horizontalAdvance(text)
                x = q.x() - width / 2
                if q.x() > centre.x() + 5:
                    x = q.x()
                elif q.x() < centre.x() - 5:
                    x = q.x() - width
                x = max(2.0, min(x, rect.width() - width - 2))
                p.setPen(colour)
                p.drawText(QPointF(x, top + row * metrics.height() + metrics.ascent()), text)
        p.setFont(self.font())
        p.setPen(QColor("#404040"))
        y = rect.height() - legend_height + 4
        for line in legend:
            p.drawText(QPointF(8, y + metrics.ascent()), line)
            y += metrics.height()
        p.end()

    def _grid(self, p: QPainter, point: Any, n: int) -> None:
        grid = QPen(QColor("#b8b8b8"), 1)
        p.setPen(grid)
        for level in range(1, MAX_SCORE + 1):
            p.drawPolygon(QPolygonF([point(i, level) for i in range(n)]))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        p.setFont(small)
        p.setPen(QColor("#707070"))
        # The scale between the first two axes, where no domain's point can hide it.
        for level in range(1, MAX_SCORE + 1):
            a, b = point(0, level), point(1 % n, level)
            p.drawText(QPointF((a.x() + b.x()) / 2 - 3, (a.y() + b.y()) / 2 + 4), str(level))
        p.setPen(grid)
        for i in range(n):
            p.drawLine(point(i, 0), point(i, MAX_SCORE))

    @staticmethod
    def _outline(p: QPainter, point: Any, values: list[float | None], pen: QPen,
                 fill: QColor | None) -> None:
        """Join neighbouring scored axes; an unscored axis leaves a gap (and no fill)."""
        n = len(values)
        if fill is not None:
            area = QPainterPath()
            area.setFillRule(Qt.FillRule.WindingFill)
            for i in range(n):
                a, b = values[i], values[(i + 1) % n]
                if a is not None and b is not None:
                    area.addPolygon(QPolygonF([point(0, 0), point(i, a),
                                               point((i + 1) % n, b), point(0, 0)]))
            p.fillPath(area, QBrush(fill))
        p.setPen(pen)
        for i in range(n):
            a, b = values[i], values[(i + 1) % n]
            if a is not None and b is not None:
                p.drawLine(point(i, a), point((i + 1) % n, b))


@dataclass(frozen=True)
class LegendEntry:
    """One key of the element chart's legend: ``kind`` is "domain", "provisional" or
    "unscored"; ``colour`` the domain's colour (grey for the others)."""

    kind: str
    label: str
    colour: str


class ElementBars(QWidget):
    """One bar per element (height = score), filled with its domain's colour; a
    provisional score (a median of proposals, not yet consolidated) is only outlined and
    hatched in that colour, so it never reads as a lighter domain; a dashed stub when
    not scored. A legend under the bars names the domains and both marks."""

    BARS_HEIGHT = 190
    SWATCH = 14

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.elements: list[ElementScore] = []
        self.domain_index: dict[str, int] = {}
        self.domain_names: list[str] = []
        self.setMinimumHeight(self.BARS_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_elements(self, elements: list[ElementScore],
                     domains: Sequence[tuple[str, str]]) -> None:
        """``domains``: (key, name) of the framework's domains, in order."""
        self.elements = elements
        self.domain_index = {k: i for i, (k, _) in enumerate(domains)}
        self.domain_names = [name for _, name in domains]
        provisional = self.tr("{score} (provisional)")
        self.setToolTip("\n".join(
            f"{e.number:02d} {e.name}: "
            + (provisional.format(score=fmt(e.score)) if e.provisional else fmt(e.score))
            for e in elements))
        self._fit_height()
        self.update()

    def colour_of(self, element: ElementScore) -> QColor:
        return QColor(DOMAIN_COLOURS[self.domain_index.get(element.domain, 0)
                                     % len(DOMAIN_COLOURS)])

    def legend_entries(self) -> list[LegendEntry]:
        """The domains, then the marks that appear on the chart."""
        entries = [LegendEntry("domain", name, DOMAIN_COLOURS[i % len(DOMAIN_COLOURS)])
                   for i, name in enumerate(self.domain_names)]
        if any(e.provisional for e in self.elements):
            entries.append(LegendEntry("provisional", self.tr(
                "hatched outline: provisional (median of the interviews' proposals)"),
                "#606060"))
        if any(e.score is None for e in self.elements):
            entries.append(LegendEntry("unscored", self.tr("dashed stub: not scored"),
                                       "#a0a0a0"))
        return entries

    def _legend_layout(self, width: int) -> list[tuple[float, int, LegendEntry]]:
        """(x, row, entry) of each legend key, wrapped to ``width``."""
        metrics = self.fontMetrics()
        x, row, out = 28.0, 0, []
        for entry in self.legend_entries():
            w = self.SWATCH + 6 + metrics.horizontalAdvance(entry.label) + 18
            if x + w > width and x > 28:
                x, row = 28.0, row + 1
            out.append((x, row, entry))
            x += w
        return out

    def _fit_height(self) -> None:
        layout = self._legend_layout(self.width())
        rows = (layout[-1][1] + 1) if layout else 0
        self.setFixedHeight(self.BARS_HEIGHT + rows * (self.fontMetrics().height() + 4) + 4)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(800, self.height())

    def _bar(self, p: QPainter, rect: QRectF, colour: QColor, provisional: bool) -> None:
        if provisional:
            p.setPen(QPen(colour, 2))
            p.setBrush(QBrush(Qt.GlobalColor.white))
            p.drawRect(rect.adjusted(1, 1, -1, -1))
            p.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
            p.drawRect(rect.adjusted(1, 1, -1, -1))
        else:
            p.setPen(QPen(colour.darker(130), 1))
            p.setBrush(QBrush(colour))
            p.drawRect(rect)

    LEFT, TOP, BOTTOM = 28, 8, 36

    def bar_rect(self, index: int) -> QRectF:
        """Where element ``index``'s bar is drawn (a 4-pixel stub when not scored)."""
        width = self.width() - self.LEFT - 8
        height = self.BARS_HEIGHT - self.TOP - self.BOTTOM
        step = width / len(self.elements)
        bar = step * 0.7
        x = self.LEFT + index * step + (step - bar) / 2
        score = self.elements[index].score
        h = 4.0 if score is None else max(height * score / MAX_SCORE, 2)
        return QRectF(x, self.TOP + height - h, bar, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.elements:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, top = self.LEFT, self.TOP
        width = self.width() - left - 8
        height = self.BARS_HEIGHT - top - self.BOTTOM
        metrics = p.fontMetrics()
        p.setPen(QPen(QColor("#d0d0d0"), 1))
        for level in range(MAX_SCORE + 1):
            y = top + height - height * level / MAX_SCORE
            p.drawLine(QPointF(left, y), QPointF(left + width, y))
            p.setPen(QColor("#707070"))
            p.drawText(QRectF(0, y - 8, left - 6, 16),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(level))
            p.setPen(QPen(QColor("#d0d0d0"), 1))
        for i, e in enumerate(self.elements):
            rect = self.bar_rect(i)
            x, bar = rect.x(), rect.width()
            if e.score is None:
                p.setPen(QPen(QColor("#a0a0a0"), 1, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(rect)
            else:
                self._bar(p, rect, self.colour_of(e), e.provisional)
            p.setPen(QColor("#202020"))
            p.drawText(QRectF(x - 4, top + height + 4, bar + 8, metrics.height()),
                       Qt.AlignmentFlag.AlignHCenter, f"{e.number:02d}")
        line = metrics.height() + 4
        y0 = self.BARS_HEIGHT - 8
        for x, row, entry in self._legend_layout(self.width()):
            y = y0 + row * line
            swatch = QRectF(x, y + (line - self.SWATCH) / 2, self.SWATCH, self.SWATCH)
            if entry.kind == "domain":
                self._bar(p, swatch, QColor(entry.colour), False)
            elif entry.kind == "provisional":
                self._bar(p, swatch, QColor(entry.colour), True)
            else:
                p.setPen(QPen(QColor(entry.colour), 1, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(QRectF(x, swatch.bottom() - 4, self.SWATCH, 4))
            p.setPen(QColor("#202020"))
            p.drawText(QPointF(x + self.SWATCH + 6, y + (line + metrics.ascent()
                                                         - metrics.descent()) / 2), entry.label)
        p.end()
