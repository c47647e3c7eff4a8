"""The Audit view: one assessment's whole history, what an evaluator asks for when a
score is questioned — who, when, which record and field, old → new, the reason and
the workbook it came from — filterable by element and by person.

The rows are ``scfield.audit.audit_trail``'s, the same function ``scfield audit``
prints, run on the database thread with the filters chosen here; "Export to Excel…"
writes them with ``write_audit_workbook`` as ``scfield audit --xlsx`` does.
Confidential interviews are withheld (names, roles, notes) in the view and in the
export unless "Include confidential notes" is ticked, as the CLI withholds them
unless ``--include-confidential`` is given: what is on screen is what is sent.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scfield.audit import AuditEntry, audit_trail, write_audit_workbook
from scfield.framework import default_framework
from scfield.messages import messages
from scfield.store import Store
from scfield.ui.folders import file_name, last_folder, remember_folder, with_suffix
from scfield.ui.i18n import current_language, display_framework
from scfield.ui.run import Operations

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 5
SHOWN_CHARS = 90  # one line per change; the whole value is in the tooltip


def _one_line(value: str | None) -> str:
    text = " ".join((value or "").split())
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS - 1] + "…"


def workbook_title(title: str) -> str:
    """The workbook's heading, as ``scfield audit --xlsx`` writes it."""
    return f"{title}: history of changes"


class AuditView(QDialog):
    """The history of one assessment (a window of its own, not modal)."""

    def __init__(self, ops: Operations, assessment_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_view")
        self.setWindowFlag(Qt.WindowType.Window)
        self.ops = ops
        self.worker = ops.worker
        self.assessment_id = assessment_id
        self.title = ""
        self.entries: list[AuditEntry] = []
        self.loaded = False
        self.last_written: Path | None = None
        self._asked = 0  # the newest load asked for; older answers are dropped
        self.setWindowTitle(self.tr("History of changes"))

        self.element_combo = QComboBox(self)
        self.element_combo.setObjectName("element_combo")
        self.element_combo.addItem(self.tr("All elements"), None)
        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName("person_combo")
        self.person_combo.addItem(self.tr("Everyone"), "")
        self.confidential_box = QCheckBox(self.tr("Include confidential notes"), self)
        self.confidential_box.setObjectName("confidential_box")
        self.confidential_box.setToolTip(self.tr(
            "Show confidential interviewees, their roles and notes here and in the "
            "exported workbook: for the assessment team only"))
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.export_button.setObjectName("export_button")
        self.export_button.clicked.connect(self.ask_export)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Element:"), self))
        filters.addWidget(self.element_combo, 2)
        filters.addWidget(QLabel(self.tr("Person:"), self))
        filters.addWidget(self.person_combo, 1)
        filters.addWidget(self.confidential_box)
        filters.addStretch(0)
        filters.addWidget(self.export_button)

        self.table = QTableWidget(0, 9, self)
        self.table.setObjectName("audit_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("When (UTC)"), self.tr("Who"), self.tr("Record"), self.tr("Element"),
            self.tr("Field"), self.tr("Old value"), self.tr("New value"), self.tr("Reason"),
            self.tr("Source workbook")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate((150, 110, 250, 65, 100, 170, 170, 160, 120)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.count_label = QLabel("", self)
        self.count_label.setObjectName("count_label")
        self.count_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.framework = display_framework(default_framework())
        self.element_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.person_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.confidential_box.toggled.connect(lambda _on: self.reload())
        self.resize(1300, 640)
        self._load_choices()

    # -- filters -------------------------------------------------------------------
    @property
    def element(self) -> int | None:
        value = self.element_combo.currentData()
        return value if isinstance(value, int) else None

    @property
    def person(self) -> str:
        return str(self.person_combo.currentData() or "")

    @property
    def include_confidential(self) -> bool:
        return self.confidential_box.isChecked()

    def _element_name(self, number: int | None) -> str:
        if number is None:
            return ""
        try:
            return self.framework.element(number).name
        except KeyError:
            return ""

    def _load_choices(self) -> None:
        """The title, and the people and elements the whole history mentions."""
        aid = self.assessment_id

        def job(store: Store) -> tuple[str, list[AuditEntry]]:
            return store.get("assessments", aid)["title"], audit_trail(store, aid)

        def show(answer: tuple[str, list[AuditEntry]]) -> None:
            if not shiboken6.isValid(self):
                return
            self.title, everything = answer
            self.setWindowTitle(self.tr("History of changes — {title}").format(
                title=self.title))
            for combo in (self.element_combo, self.person_combo):
                combo.blockSignals(True)
            for number in sorted({e.element for e in everything if e.element is not None}):
                name = self._element_name(number)
                self.element_combo.addItem(f"{number:02d} {name}".strip(), number)
            for who in sorted({e.who for e in everything}, key=str.casefold):
                self.person_combo.addItem(who, who)
            for combo in (self.element_combo, self.person_combo):
                combo.blockSignals(False)
            self.reload()

        self.ops.run(self, lambda s, _p: job(s), success=show)

    def reload(self) -> None:
        """Ask the core for the rows matching the filters (on the database thread)."""
        aid, element, person = self.assessment_id, self.element, self.person
        include = self.include_confidential
        m = messages(current_language())
        self._asked += 1
        asked = self._asked

        def job(store: Store) -> list[AuditEntry]:
            return audit_trail(store, aid, element=element, person=person or None,
                               include_confidential=include, m=m)

        def show(entries: list[AuditEntry]) -> None:
            if shiboken6.isValid(self) and asked == self._asked:
                self._show(entries)

        self.ops.run(self, lambda s, _p: job(s), success=show)

    # -- the table -----------------------------------------------------------------
    def _field_text(self, entry: AuditEntry) -> str:
        if entry.field != "*":
            return entry.field
        return self.tr("(added)") if entry.action == "added" else self.tr("(deleted)")

    def _show(self, entries: list[AuditEntry]) -> None:
        self.entries = entries
        table = self.table
        table.setUpdatesEnabled(False)
        table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            values = [(e.at[:19].replace("T", " "), e.at), (e.who, e.who),
                      (e.record, e.record),
                      ("" if e.element is None else str(e.element),
                       self._element_name(e.element)),
                      (self._field_text(e), e.field), (_one_line(e.old), e.old or ""),
                      (_one_line(e.new), e.new or ""), (_one_line(e.reason), e.reason),
                      (e.source, e.source)]
            for column, (text, tip) in enumerate(values):
                item = QTableWidgetItem(text)
                if tip and tip != text:
                    item.setToolTip(tip)
                if column == 0:
                    item.setData(ENTRY_ROLE, e)
                table.setItem(row, column, item)
        table.setUpdatesEnabled(True)
        withheld = sum(e.confidential for e in entries) and not self.include_confidential
        text = self.tr("{n} changes, oldest first.").format(n=len(entries))
        if withheld:
            text += " " + self.tr("Confidential interviewees and their notes are withheld "
                                  "(tick “Include confidential notes” to show them).")
        self.count_label.setText(text)
        self.loaded = True

    def cell_text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    # -- export --------------------------------------------------------------------
    def ask_export(self) -> None:
        name = file_name(self.tr("{title} history").format(title=self.title or "assessment"),
                         ".xlsx")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the history to Excel"), str(last_folder() / name),
            self.tr("Excel workbooks (*.xlsx)"))
        if path:
            remember_folder(path)
            self.export_to(path)

    def export_to(self, path: str | Path) -> None:
        """The rows shown (same filters, same confidential choice) as ``--xlsx`` writes
        them; English record names, as the CLI's, so two exports compare."""
        out = with_suffix(path, ".xlsx")
        aid, element, person = self.assessment_id, self.element, self.person
        include = self.include_confidential

        def read(store: Store) -> tuple[str, list[AuditEntry]]:
            return store.get("assessments", aid)["title"], audit_trail(
                store, aid, element=element, person=person or None,
                include_confidential=include)

        def written(p: Path) -> None:
            self.last_written = Path(p)
            if shiboken6.isValid(self):
                self.count_label.setText(self.tr("History written to {path}").format(path=p))

        # Read on the database thread, the workbook written on the other one.
        self.ops.run(self, lambda s, _p: read(s), success=written,
                     render=lambda answer, _p: write_audit_workbook(
                         answer[1], workbook_title(answer[0]), out))


def open_audit_view(ops: Operations, assessment_id: str, parent: QWidget | None = None
                    ) -> AuditView:
    view = AuditView(ops, assessment_id, parent)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    return view

