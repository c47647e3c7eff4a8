"""The Compare view: did the city move, and where does it stand beside its peers?

Two or more assessments chosen in the main list (Ctrl+click, Shift+click), then
Assessment › Compare…. Every number comes from ``scfield.compare.compare_assessments``,
the function behind ``scfield compare --json``; this module only lays it out:

* a summary of each assessment (date, stage, overall, elements scored);
* domain by domain: the scores and stages side by side, and the change (two
  assessments) or the group's median (three or more); for two, the radar with the
  earlier one dashed behind the later one;
* element by element: the scores, the change or median, and for a re-assessment
  the assessor's rationale that explains each change.

Assessments on different framework versions are refused with the core's message,
the one ``scfield compare`` prints.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scfield.compare import Comparison, ElementRow, compare_assessments, comparison_order
from scfield.scoring import Coverage
from scfield.store import Store
from scfield.ui.assessment_list import ID_ROLE
from scfield.ui.charts import RadarChart, radar_axes
from scfield.ui.i18n import current_language, fmt

UP = QColor("#d9f2d9")
DOWN = QColor("#f9d6d5")


def signed(x: float | None) -> str:
    """A change as ``scfield compare`` prints it: +0.67, -1.00 (+0,67 in French), – when not
    both scored."""
    return "–" if x is None else ("+" if x >= 0 else "-") + fmt(abs(x))


class CompareWindow(QWidget):
    """One comparison in its own window (the main list stays usable beside it)."""

    def __init__(self, comparison: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.comparison = c = comparison
        # A pair, or a city's assessments along their re-assessment links: the last
        # column is the change from the first to the last. Otherwise the group's median.
        self.pair = len(c.assessments) == 2 or c.is_reassessment
        self.labels = [a.label for a in c.assessments]
        self.setWindowTitle(self.tr("Compare: {names} — scfield").format(
            names=" · ".join(self.labels)))
        layout = QVBoxLayout(self)
        self.summary_label = QLabel(self._summary())
        self.summary_label.setWordWrap(True)
        self.summary_label.setObjectName("compare_summary")
        layout.addWidget(self.summary_label)
        self.assessments_table = self._table("assessments_table")
        layout.addWidget(self.assessments_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        self.radar = RadarChart()
        self.radar.setVisible(self.pair)
        if self.pair:
            first, last = c.assessments[0], c.assessments[-1]
            self.radar.set_scores(radar_axes(last.card.domains),
                                  previous=radar_axes(first.card.domains),
                                  names=(self.labels[0], self.labels[-1]))
        row.addWidget(self.radar, 2)
        self.domains_table = self._table("domains_table")
        row.addWidget(self.domains_table, 3)
        splitter.addWidget(top)
        bottom = QWidget()
        column = QVBoxLayout(bottom)
        column.setContentsMargins(0, 0, 0, 0)
        self.elements_table = self._table("elements_table")
        column.addWidget(self.elements_table)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        column.addWidget(self.note_label)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        self._fill_assessments()
        self._fill_domains()
        self._fill_elements()
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)  # Ctrl+W
        self.resize(1340, 720)

    @staticmethod
    def _table(name: str) -> QTableWidget:
        table = QTableWidget()
        table.setObjectName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        # Rows follow their wrapped text as the columns are resized.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    @property
    def last_column_title(self) -> str:
        """Change over time for a re-assessment; between two places it is a difference."""
        if not self.pair:
            return self.tr("Group median")
        if self.comparison.is_reassessment:
            return self.tr("Change")
        return self.tr("Difference ({later} − {earlier})").format(
            later=self.labels[-1], earlier=self.labels[0])

    @property
    def short_last_title(self) -> str:
        """The last column's heading where room is short (the full one is its tooltip)."""
        if not self.pair:
            return self.tr("Group median")
        return self.tr("Change") if self.comparison.is_reassessment else self.tr("Difference")

    def stage_text(self, stage: str | None, coverage: Coverage) -> str:
        """A stage, or why there is none, in the same words as the dashboard."""
        if stage:
            return stage
        if coverage.scored == 0:
            return self.tr("not scored")
        return self.tr("not enough evidence ({k} of {n} elements scored)").format(
            k=coverage.scored, n=coverage.elements)

    # -- the parts ---------------------------------------------------------------------
    def _summary(self) -> str:
        c = self.comparison
        first, last = c.assessments[0], c.assessments[-1]
        parts = []
        if c.is_reassessment:
            parts.append(self.tr("{later} is a re-assessment of {earlier}: the last column "
                                 "gives the assessor's rationale for each element that "
                                 "moved.").format(later=last.title, earlier=first.title))
        if c.is_reassessment:
            parts.append(self.tr("Overall {before} → {after} ({change}).").format(
                before=fmt(first.overall), after=fmt(last.overall),
                change=signed(c.overall_change)))
            before = self.stage_text(first.stage, first.card.coverage)
            after = self.stage_text(last.stage, last.card.coverage)
            parts.append(self.tr("Stage: {before} → {after}.").format(before=before,
                                                                       after=after)
                         if c.stage_changed else
                         self.tr("Stage unchanged: {stage}.").format(stage=after))
            parts.append(self.tr("{n} elements moved.").format(n=len(c.moved())))
        elif self.pair:
            parts.append(self.tr("Overall {first}: {a}; {second}: {b} (difference "
                                 "{change}). {n} elements differ.").format(
                first=self.labels[0], a=fmt(first.overall), second=self.labels[1],
                b=fmt(last.overall), change=signed(c.overall_change), n=len(c.moved())))
        else:
            parts.append(self.tr("{n} assessments on framework {version}; the last "
                                 "column gives the median of the group (an element not "
                                 "scored in one is left out of its median, not counted "
                                 "as 0). Group median overall: {median}.").format(
                n=len(c.assessments), version=c.framework.version,
                median=fmt(c.overall_median)))
        return " ".join(parts)

    def _fill_assessments(self) -> None:
        table = self.assessments_table
        heads = ["", self.tr("Title"), self.tr("Place"), self.tr("Date"), self.tr("Stage"),
                 self.tr("Overall"), self.tr("Elements scored")]
        table.setColumnCount(len(heads))
        table.setHorizontalHeaderLabels(heads)
        table.verticalHeader().setVisible(False)
        table.setRowCount(len(self.comparison.assessments))
        for r, a in enumerate(self.comparison.assessments):
            cov = a.coverage
            cells = [self.labels[r], a.title, ", ".join(p for p in (a.city, a.country) if p),
                     a.date or "–", self.stage_text(a.stage, a.card.coverage), fmt(a.overall),
                     self.tr("{k} of {n}").format(k=cov.scored, n=cov.elements)]
            for col, text in enumerate(cells):
                table.setItem(r, col, QTableWidgetItem(text))
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._fit_height(table)

    def _fill_domains(self) -> None:
        c = self.comparison
        table = self.domains_table
        heads = [self.tr("Domain")]
        for label in self.labels:
            heads += [label, self.tr("Stage")]
        heads.append(self.last_column_title)
        table.setColumnCount(len(heads))
        table.setHorizontalHeaderLabels(heads)
        table.verticalHeader().setVisible(False)
        table.setRowCount(len(c.domains) + 1)
        for r, d in enumerate(c.domains):
            cells = [d.name]
            for score, stage, cov in zip(d.scores, d.stages, d.coverage, strict=True):
                cells += [fmt(score), self.stage_text(stage, cov)]
            cells.append(signed(d.change) if self.pair else fmt(d.median))
            self._set_row(table, r, cells, {*range(1, 2 * len(self.labels), 2), len(cells) - 1},
                          len(cells) - 1, d.change if self.pair else None)
            tip = "\n".join(self.tr("{name}: {k} of {n} elements scored").format(
                name=label, k=cov.scored, n=cov.elements)
                for label, cov in zip(self.labels, d.coverage, strict=True))
            for col in range(len(cells)):
                table.item(r, col).setToolTip(tip)
            for i in range(1, len(d.stages) if self.pair else 1):
                if d.stages[i] != d.stages[i - 1]:
                    item = table.item(r, 2 + 2 * i)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
        cells = [self.tr("Overall")]
        for a in c.assessments:
            cells += [fmt(a.overall), self.stage_text(a.stage, a.card.coverage)]
        cells.append(signed(c.overall_change) if self.pair else fmt(c.overall_median))
        numeric = {*range(1, 2 * len(self.labels), 2), len(cells) - 1}
        self._set_row(table, len(c.domains), cells, numeric, len(cells) - 1,
                      c.overall_change if self.pair else None)
        for col in range(len(cells)):
            item = table.item(len(c.domains), col)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for i in range(len(self.labels)):  # stages share the room and wrap
            header.setSectionResizeMode(2 + 2 * i, QHeaderView.ResizeMode.Stretch)
        table.setHorizontalHeaderItem(len(heads) - 1, QTableWidgetItem(self.short_last_title))
        table.horizontalHeaderItem(len(heads) - 1).setToolTip(self.last_column_title)

    def _fill_elements(self) -> None:
        c = self.comparison
        table = self.elements_table
        why = c.is_reassessment
        heads = [self.tr("No."), self.tr("Element"), *self.labels, self.last_column_title]
        if why:
            heads.append(self.tr("Why it changed (rationale of {name})").format(
                name=self.labels[-1]))
        table.setColumnCount(len(heads))
        table.setHorizontalHeaderLabels(heads)
        table.verticalHeader().setVisible(False)
        table.setRowCount(len(c.elements))
        for r, e in enumerate(c.elements):
            cells = [f"{e.number:02d}", e.name]
            cells += [fmt(s) + (" *" if p else "")
                      for s, p in zip(e.scores, e.provisional, strict=True)]
            cells.append(signed(e.change) if self.pair else fmt(e.median))
            if why:
                cells.append(self.why(e))
            last = 2 + len(self.labels)
            self._set_row(table, r, cells, range(2, last + 1), last,
                          e.change if self.pair else None)
            if why:
                tip = "\n\n".join(f"{label}: {' '.join(text.split()) or '–'}"
                                  for label, text in zip(self.labels, e.rationales,
                                                         strict=True))
                table.item(r, len(cells) - 1).setToolTip(tip)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if why:  # the rationale takes the room; the element's name keeps a fair share
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(1, 300)
            header.setSectionResizeMode(len(heads) - 1, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if any(p for e in c.elements for p in e.provisional):
            self.note_label.setText(self.tr("* provisional: the median of the interviews' "
                                            "proposals, no rating set yet"))

    def why(self, e: ElementRow) -> str:
        """The later assessment's rationale for an element that moved (or why none)."""
        if not e.moved:
            return ""
        text = " ".join(e.rationales[-1].split())
        if text:
            return text
        if e.provisional[-1]:
            return self.tr("no rationale yet: the score is provisional (the median of the "
                           "interviews' proposals)")
        return self.tr("no rationale recorded")

    def _set_row(self, table: QTableWidget, row: int, cells: list[str],
                 numeric: Collection[int], change_column: int | None = None,
                 change: float | None = None) -> None:
        """One row: numbers right-aligned; the change green when it rose, red when it fell."""
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if col in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, col, item)
        if change_column is not None and change is not None and abs(change) > 1e-9:
            table.item(row, change_column).setBackground(UP if change > 0 else DOWN)

    @staticmethod
    def _fit_height(table: QTableWidget) -> None:
        table.setFixedHeight(table.horizontalHeader().height() + 2 * table.frameWidth() + sum(
            table.rowHeight(r) for r in range(table.rowCount())))


class CompareActions(QObject):
    """Assessment › Compare… in the main window: the list takes several rows, and the
    chosen assessments open side by side in a ``CompareWindow``."""

    def __init__(self, main: Any, menu: Any) -> None:
        super().__init__(main)
        self.main = main
        self.windows: list[CompareWindow] = []
        view = main.form.assessments_view
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.action = menu.addAction(self.tr("Comp&are…"))
        self.action.setObjectName("compare")
        tip = self.tr("The selected assessments side by side: a re-assessment against "
                      "the previous one, or several cities with the group's median "
                      "(select two or more with Ctrl+click)")
        self.action.setStatusTip(tip)
        self.action.setToolTip(tip)
        self.action.triggered.connect(lambda _checked=False: self.compare_selected())
        main.actions_by_name["compare"] = self.action
        # A button beside Open and Delete too, where the list's other actions are.
        self.button = QPushButton(self.tr("Compare…"))
        self.button.setObjectName("compare_button")
        self.button.setToolTip(tip)
        self.button.clicked.connect(lambda _checked=False: self.compare_selected())
        delete = main.form.delete_button
        for layout in main.form.root.findChildren(QBoxLayout):
            index = layout.indexOf(delete)
            if index >= 0:
                layout.insertWidget(index, self.button)
                break

    def selected_ids(self) -> list[str]:
        """The assessments selected in the main list, in the list's order."""
        view = self.main.form.assessments_view
        rows = sorted(view.selectionModel().selectedRows(0), key=lambda i: i.row())
        return [self.main.proxy.data(index, ID_ROLE) for index in rows]

    def compare_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) < 2:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Compare"), self.tr(
                "Select two or more assessments in the list (Ctrl+click or Shift+click), "
                "then choose Compare…"), QMessageBox.StandardButton.Ok, self.main)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        self.compare(ids)

    def compare(self, ids: list[str]) -> None:
        """Compare on the database thread; a refusal shows the core's message."""
        language = current_language()

        def job(store: Store) -> Comparison:
            return compare_assessments(store, comparison_order(store, ids), language)

        self.main.ops.run(self.main, lambda s, _p: job(s), success=self._show)

    def _show(self, comparison: Comparison) -> None:
        if not shiboken6.isValid(self.main):
            return
        window = CompareWindow(comparison)
        self.windows = [w for w in self.windows if shiboken6.isValid(w)] + [window]
        window.show()
        window.raise_()
