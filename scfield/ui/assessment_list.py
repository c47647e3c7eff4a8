"""The main window's table of assessments: a model over ``list_assessments``
and a filter proxy for the text box and the country / level / status / stage
choices. Sorting uses raw values (numbers sort as numbers, "–" last)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from scfield.framework import default_framework
from scfield.scorecard import AssessmentSummary
from scfield.ui.i18n import display_framework, fmt

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 2


def tr(text: str) -> str:
    return QCoreApplication.translate("AssessmentsModel", text)


def stage_name(key: str | None) -> str:
    if not key:
        return ""
    try:
        return display_framework(default_framework()).stage(key).name
    except KeyError:
        return key


def level_text(level: str) -> str:
    return {"city": tr("City"), "country": tr("Country")}.get(level, level)


def status_text(status: str) -> str:
    return {"draft": tr("Draft"), "signed": tr("Signed"),
            "amended": tr("Amended")}.get(status, status)


class AssessmentsModel(QAbstractTableModel):
    COLUMNS = ("title", "place", "level", "status", "start_date", "overall", "stage",
               "updated_at")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AssessmentSummary] = []
        self._headers = [tr("Title"), tr("City, country"), tr("Level"), tr("Status"),
                         tr("Start"), tr("Overall"), tr("Stage"), tr("Last change")]

    def set_rows(self, rows: list[AssessmentSummary]) -> None:
        self.beginResetModel()
        self.rows = self._sorted(list(rows))
        self.endResetModel()

    def update_row(self, summary: AssessmentSummary) -> None:
        """One assessment changed (an autosave): refresh its row only."""
        for row, old in enumerate(self.rows):
            if old.id == summary.id:
                self.rows[row] = summary
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, len(self.COLUMNS) - 1))
                return

    # Sorting happens here, in Python, on the list itself: a sorting proxy would call
    # data() from C++ some 20,000 times for 1,000 rows, a visible stall.
    sort_column = 4
    sort_order = Qt.SortOrder.DescendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self.rows = self._sorted(self.rows)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[AssessmentSummary]) -> list[AssessmentSummary]:
        column = self.COLUMNS[self.sort_column]
        if column == "overall":
            def key(r: AssessmentSummary) -> Any:
                return -1.0 if r.overall is None else r.overall
        else:
            def key(r: AssessmentSummary) -> Any:
                return (self._display(r, column) or "").casefold()
        return sorted(rows, key=key,
                      reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "overall":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return row.title
        return None

    @staticmethod
    def _display(row: AssessmentSummary, column: str) -> str:
        if column == "place":
            return ", ".join(p for p in (row.city, row.country) if p)
        if column == "level":
            return level_text(row.level)
        if column == "status":
            return status_text(row.status)
        if column == "overall":
            return fmt(row.overall)
        if column == "stage":
            if row.thin_coverage is not None:
                return tr("not enough evidence ({k} of {n} elements scored)").format(
                    k=row.thin_coverage[0], n=row.thin_coverage[1])
            return stage_name(row.stage) or "–"
        if column == "updated_at":
            return (row.updated_at or "")[:16].replace("T", " ")
        return getattr(row, column) or ""


class AssessmentFilter(QSortFilterProxyModel):
    """Text (title, place) and exact choices; an empty choice means "any"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.choices: dict[str, str] = {}

    def set_filter(self, text: str | None = None, **choices: str) -> None:
        modern = hasattr(self, "beginFilterChange")  # Qt >= 6.9
        if modern:
            self.beginFilterChange()
        if text is not None:
            self.text = text.strip().casefold()
        self.choices.update(choices)
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AssessmentsModel)
        row = model.rows[source_row]
        for key, wanted in self.choices.items():
            if wanted and (getattr(row, key) or "") != wanted:
                return False
        if self.text:
            hay = " ".join((row.title or "", row.city or "", row.country or "")).casefold()
            return all(word in hay for word in self.text.split())
        return True
