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
from scfield.scoring import ElementScore, fmt

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
        for level in range(1, MAX_SCORE + 1):
            q = point(0, level)
            p.drawText(QPointF(q.x() + 4, q.y() + 4), str(level))
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


class ElementBars(QWidget):
    """One bar per element (height = score), coloured by domain; grey when not scored,
    hatched when provisional (a median of proposals, not yet consolidated)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.elements: list[ElementScore] = []
        self.domain_index: dict[str, int] = {}
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_elements(self, elements: list[ElementScore], domain_keys: list[str]) -> None:
        self.elements = elements
        self.domain_index = {k: i for i, k in enumerate(domain_keys)}
        provisional = self.tr("{score} (provisional)")
        self.setToolTip("\n".join(
            f"{e.number:02d} {e.name}: "
            + (provisional.format(score=fmt(e.score)) if e.provisional else fmt(e.score))
            for e in elements))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(800, 190)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.elements:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, top, bottom = 28, 8, 36
        width = self.width() - left - 8
        height = self.height() - top - bottom
        metrics = p.fontMetrics()
        p.setPen(QPen(QColor("#d0d0d0"), 1))
        for level in range(MAX_SCORE + 1):
            y = top + height - height * level / MAX_SCORE
            p.drawLine(QPointF(left, y), QPointF(left + width, y))
            p.setPen(QColor("#707070"))
            p.drawText(QRectF(0, y - 8, left - 6, 16),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(level))
            p.setPen(QPen(QColor("#d0d0d0"), 1))
        step = width / len(self.elements)
        bar = step * 0.7
        for i, e in enumerate(self.elements):
            x = left + i * step + (step - bar) / 2
            colour = QColor(DOMAIN_COLOURS[self.domain_index.get(e.domain, 0)
                                           % len(DOMAIN_COLOURS)])
            if e.score is None:
                p.setPen(QPen(QColor("#a0a0a0"), 1, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(QRectF(x, top + height - 4, bar, 4))
            else:
                h = max(height * e.score / MAX_SCORE, 2)
                rect = QRectF(x, top + height - h, bar, h)
                p.setPen(QPen(colour.darker(130), 1))
                p.setBrush(QBrush(colour.lighter(150) if e.provisional else colour))
                p.drawRect(rect)
                if e.provisional:
                    p.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
                    p.drawRect(rect)
            p.setPen(QColor("#202020"))
            p.drawText(QRectF(x - 4, top + height + 4, bar + 8, metrics.height()),
                       Qt.AlignmentFlag.AlignHCenter, f"{e.number:02d}")
        p.end()
