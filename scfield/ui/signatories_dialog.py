"""Who is to sign the summary, edited in the app: the same list ``scfield signatories``
manages (``scfield.report.signatories``), one box each on the sign-off page.

Opened from the roadmap step of "Print summary…". Every change runs on the database
thread through the worker, exactly as the CLI calls the core; the dialog only lists
the signatories and asks for a new one (name, role, organisation, counterpart or not).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scfield import operations

if TYPE_CHECKING:
    from scfield.report.signatories import Signatory
    from scfield.store import Store
    from scfield.ui.run import Operations


class SignatoriesDialog(QDialog):
    """The signatories of one assessment: a list, Add and Remove."""

    def __init__(self, ops: Operations, assessment_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.assessment_id = assessment_id
        self.signatories: list[Signatory] = []
        self.setWindowTitle(self.tr("Signatories of the summary"))
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Organisation"), self.tr("Signs as")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable)
        self.name_edit, self.role_edit, self.organisation_edit = (
            QLineEdit(self), QLineEdit(self), QLineEdit(self))
        self.name_edit.textChanged.connect(self._enable)
        self.counterpart_box = QCheckBox(self.tr("Counterpart (the city's or country's "
                                                 "side)"), self)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Remove selected"), self)
        self.remove_button.clicked.connect(self.remove)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Role"), self.role_edit)
        form.addRow(self.tr("Organisation"), self.organisation_edit)
        form.addRow("", self.counterpart_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(640, 420)
        self._enable()
        self.refresh()

    def _run(self, job: Callable[[Store], Any]) -> None:
        """Run the change ``job`` on the database thread, then show the list as it is now."""
        assessment_id = self.assessment_id
        self.ops.run(self, lambda s, _p: operations.change_signatories(s, assessment_id, job),
                     success=self.show_list)

    def refresh(self) -> None:
        from scfield.report.signatories import signatories_of

        assessment_id = self.assessment_id
        self.ops.run(self, lambda s, _p: signatories_of(s, assessment_id),
                     success=self.show_list)

    def show_list(self, signatories: list[Signatory]) -> None:
        self.signatories = list(signatories)
        self.table.setRowCount(len(signatories))
        for row, s in enumerate(signatories):
            kind = self.tr("Counterpart") if s.counterpart else self.tr("Assessor")
            for col, text in enumerate((s.name, s.role, s.organisation, kind)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self._enable()

    def _enable(self) -> None:
        self.add_button.setEnabled(bool(self.name_edit.text().strip()))
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def add(self) -> None:
        from scfield.report.signatories import add_signatory

        name, role = self.name_edit.text(), self.role_edit.text()
        organisation, counterpart = self.organisation_edit.text(), \
            self.counterpart_box.isChecked()
        self._run(lambda store: add_signatory(store, self.assessment_id, name, role,
                                              organisation, counterpart))
        for edit in (self.name_edit, self.role_edit, self.organisation_edit):
            edit.clear()
        self.counterpart_box.setChecked(False)

    def remove(self) -> None:
        from scfield.report.signatories import remove_signatory

        rows = self.table.selectionModel().selectedRows()
        if rows:
            number = rows[0].row() + 1
            self._run(lambda store: remove_signatory(store, self.assessment_id, number))
