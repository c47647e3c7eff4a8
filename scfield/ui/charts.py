"""Charts drawn with QPainter (no chart library): the radar of the five domains
and the 21 elements as bars coloured by domain."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from scfield.framework import MAX_SCORE
from scfield.scoring import ElementScore, fmt

DOMAIN_COLOURS = ("#1f77b4", "#2ca02c", "#9467bd", "#d62728", "#ff7f0e", "#17becf")


class RadarChart(QWidget):
    """Domain scores on five axes from 0 (centre) to 4 (edge)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.axes: list[tuple[str, float | None]] = []
        self.setMinimumSize(320, 290)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_scores(self, axes: list[tuple[str, float | None]]) -> None:
        self.axes = axes
        self.setToolTip("\n".join(f"{name}: {fmt(score)}" for name, score in axes))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 320)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.axes:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect()
        centre = QPointF(rect.center())
        radius = min(rect.width() - 150, rect.height() - 60) / 2
        n = len(self.axes)

        def point(i: int, value: float) -> QPointF:
            angle = -math.pi / 2 + 2 * math.pi * i / n
            r = radius * value / MAX_SCORE
            return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

        grid = QPen(QColor("#b8b8b8"), 1)
        p.setPen(grid)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        for level in range(1, MAX_SCORE + 1):
            p.drawPolygon(QPolygonF([point(i, level) for i in range(n)]))
        p.setFont(small)
        p.setPen(QColor("#707070"))
        for level in range(1, MAX_SCORE + 1):
            q = point(0, level)
            p.drawText(QPointF(q.x() + 4, q.y() + 4), str(level))
        p.setPen(grid)
        for i in range(n):
            p.drawLine(centre, point(i, MAX_SCORE))
        shape = QPolygonF([point(i, score or 0.0) for i, (_, score) in enumerate(self.axes)])
        p.setPen(QPen(QColor("#1f5fa8"), 2))
        p.setBrush(QBrush(QColor(31, 95, 168, 70)))
        p.drawPolygon(shape)
        p.setBrush(QBrush(QColor("#1f5fa8")))
        for q in shape:
            p.drawEllipse(q, 3, 3)
        p.setFont(self.font())
        p.setPen(QColor("#202020"))
        metrics = p.fontMetrics()
        for i, (name, score) in enumerate(self.axes):
            q = point(i, MAX_SCORE + 0.35)
            text = f"{name} {fmt(score)}"
            width = metrics.horizontalAdvance(text)
            x = q.x() - width / 2
            if q.x() > centre.x() + 5:
                x = q.x() - 8
            elif q.x() < centre.x() - 5:
                x = q.x() - width + 8
            x = max(2.0, min(x, rect.width() - width - 2))
            p.drawText(QPointF(x, q.y() + metrics.ascent() / 2), text)
        p.end()


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
