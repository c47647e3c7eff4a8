"""The Interviews tab: who was interviewed (and with what consent), and the
dialog that records a new interview before the guide runs it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QTableWidgetItem, QWidget

from scfield import operations
from scfield.changes import Done
from scfield.framework import default_framework
from scfield.store import queries, records
from scfield.ui.autosave import Autosave
from scfield.ui.forms import load_form
from scfield.ui.i18n import display_framework, fit_header_labels

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("interviews", text)


def helix_text(group: str | None) -> str:
    return {"public": tr("Public sector"), "private": tr("Private sector"),
            "academia": tr("Academia"), "citizen": tr("Citizens")}.get(group or "", group or "")


def confidence_text(value: str | None) -> str:
    return {"high": tr("High"), "medium": tr("Medium"), "low": tr("Low")}.get(
        value or "", value or "")


class InterviewDialog(QDialog):
    """A new interview: interviewee, role, organisation, helix group, consent, elements.

    With ``save``, what is typed is autosaved (``save(values)``, once the interviewee
    has a name) so that notes taken in the dialog survive a crash; the page creates
    the interview at the first save and removes it again if the dialog is cancelled."""

    def __init__(self, parent: QWidget | None, interviewer: str = "",
                 save: Callable[[dict[str, Any]], None] | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.saved: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("New interview"))
        self.form = f = load_form("interview_dialog", self)
        for group in records.HELIX_GROUPS:
            f.helix_combo.addItem(helix_text(group), group)
        f.date_edit.setText(date.today().isoformat())
        f.interviewer_edit.setText(interviewer)
        for element in display_framework(default_framework()).elements:
            item = QListWidgetItem(f"{element.code}  {element.name}")
            item.setData(ID_ROLE, element.number)
            item.setCheckState(Qt.CheckState.Unchecked)
            f.elements_list.addItem(item)
        f.subset_radio.toggled.connect(f.elements_list.setEnabled)
        f.button_box.accepted.connect(self._accept)
        f.button_box.rejected.connect(self.reject)
        self.resize(980, 540)  # the longest French and Spanish element names in full
        self.autosave = Autosave(self, self.flush)
        if save is not None:
            for edit in (f.interviewee_edit, f.role_edit, f.organisation_edit, f.date_edit,
                         f.place_edit, f.interviewer_edit):
                edit.textEdited.connect(self.autosave.touch)
            f.helix_combo.activated.connect(self.autosave.touch)
            for box in (f.consent_check, f.confidential_check, f.subset_radio):
                box.toggled.connect(self.autosave.touch)
            f.elements_list.itemChanged.connect(self.autosave.touch)

    def flush(self) -> None:
        """Hand the values to ``save`` if they changed since the last save (and the
        interviewee has a name: an interview needs one)."""
        self.autosave.cancel()
        values = self.values()
        if self._save is None or not values["interviewee"] or values == self.saved:
            return
        self.saved = values
        self._save(values)

    def values(self) -> dict[str, Any]:
        f = self.form
        chosen = []
        if f.subset_radio.isChecked():
            for i in range(f.elements_list.count()):
                item = f.elements_list.item(i)
                if item.checkState() == Qt.CheckState.Checked:
                    chosen.append(item.data(ID_ROLE))
        return {"interviewee": f.interviewee_edit.text().strip(),
                "role": f.role_edit.text().strip(),
                "organisation": f.organisation_edit.text().strip(),
                "helix_group": f.helix_combo.currentData(),
                "consent": f.consent_check.isChecked(),
                "confidential": f.confidential_check.isChecked(),
                "date": f.date_edit.text().strip(), "place": f.place_edit.text().strip(),
                "interviewer": f.interviewer_edit.text().strip(), "elements": chosen}

    def _accept(self) -> None:
        values = self.values()
        if not values["interviewee"]:
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("Please give the interviewee's name."))
            return
        if self.form.subset_radio.isChecked() and not values["elements"]:
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("Tick at least one element, or choose all 21."))
            return
        self.accept()


class InterviewsPage(QWidget):
    COLUMNS = ("date", "interviewee", "role", "organisation", "helix_group", "consent",
               "confidential", "progress")

    def __init__(self, workspace: Any) -> None:
        super().__init__()
        self.workspace = workspace
        self.form = f = load_form("interviews_page", self)
        table = f.interviews_table
        table.setColumnCount(len(self.COLUMNS))
        table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Interviewee"), self.tr("Role"), self.tr("Organisation"),
            self.tr("Helix group"), self.tr("Consent"), self.tr("Confidential"),
            self.tr("Elements noted")])
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        for column, width in enumerate((95, 180, 260, 240, 120, 70, 95, 115)):
            header.resizeSection(column, width)
        for column in (2, 3):  # role and organisation get the spare width
            header.setSectionResizeMode(column, header.ResizeMode.Stretch)
        fit_header_labels(header)
        table.itemActivated.connect(lambda _i: self.open_guide())
        table.itemDoubleClicked.connect(lambda _i: self.open_guide())
        f.new_interview_button.clicked.connect(self.new_interview)
        f.open_guide_button.clicked.connect(self.open_guide)

    def refresh(self) -> None:
        assessment_id = self.workspace.assessment_id

        def load(store: Any) -> tuple[list[dict[str, Any]], dict[str, int]]:
            rows = queries.interviews_of(store, assessment_id)
            return rows, queries.elements_covered(store, assessment_id)

        self.workspace.ops.run(self, lambda s, _p: load(s), success=self._show)

    def _show(self, result: tuple[list[dict[str, Any]], dict[str, int]]) -> None:
        if not shiboken6.isValid(self):
            return
        rows, counts = result
        self.rows = rows
        table = self.form.interviews_table
        current = self.current_id()
        table.setRowCount(len(rows))
        total = len(default_framework().elements)
        for r, row in enumerate(rows):
            chosen = len(records.interview_elements(row, default_framework()))
            values = [row["date"] or "", row["interviewee"] or "", row["role"] or "",
                      row["organisation"] or "", helix_text(row["helix_group"]),
                      self.tr("yes") if row["consent"] else self.tr("no"),
                      self.tr("yes") if row["confidential"] else self.tr("no"),
                      f"{counts.get(row['id'], 0)} / {chosen}"]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, row["id"])
                item.setToolTip(value)
                table.setItem(r, c, item)
            if row["id"] == current:
                table.selectRow(r)
        if rows and table.currentRow() < 0:
            table.selectRow(0)
        self.form.interviews_hint.setText(
            self.tr("No interviews yet. Record one with “New interview…”, then run it in "
                    "the guide.") if not rows else
            (self.tr("1 interview. It covers all {total} elements unless a subset was "
                     "chosen.") if len(rows) == 1 else
             self.tr("{n} interviews. Each covers all {total} elements unless a subset was "
                     "chosen.")).format(n=len(rows), total=total))
        self.form.new_interview_button.setEnabled(not self.workspace.locked)
        self.workspace.guide.set_interviews(rows)

    def current_id(self) -> str | None:
        item = self.form.interviews_table.item(self.form.interviews_table.currentRow(), 0)
        return item.data(ID_ROLE) if item else None

    def open_guide(self) -> None:
        interview_id = self.current_id()
        if interview_id:
            self.workspace.show_in_guide(interview_id)

    def new_interview(self) -> None:
        # The author's name was read with the assessment: no wait for the database here.
        ops, workspace = self.workspace.ops, self.workspace
        assessment_id = workspace.assessment_id
        draft: dict[str, Any] = {}  # the interview's id once created; read on the db thread

        def write(store: Any, values: dict[str, Any]) -> Done[str]:
            # Only the fields changed since the last save, against what it wrote: the
            # interview is visible to other processes from its first save.
            if "id" in draft:
                changed = {k: v for k, v in values.items() if draft["read"].get(k) != v}
                done = operations.save_interview(store, assessment_id, draft["id"],
                                                 draft["read"], changed)
                saved = Done(draft["id"], done.changes)
            else:
                saved = operations.add_interview(store, assessment_id, values)
                draft["id"] = saved.value
            draft["read"] = dict(values)
            return saved

        def save(values: dict[str, Any]) -> None:
            ops.run(self, lambda s, _p: write(s, values), origin=workspace)

        def discard(store: Any) -> Done[None]:
            if "id" not in draft:
                return Done(None)
            return operations.delete_interview(store, assessment_id, draft["id"],
                                               reason="new interview cancelled")

        dialog = InterviewDialog(self, interviewer=workspace.author, save=save)
        self.dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            dialog.flush()
            ops.run(self, lambda s, _p: draft["id"], success=self._added)
        else:
            dialog.autosave.cancel()
            ops.run(self, lambda s, _p: discard(s), success=lambda _r: self.refresh(),
                    origin=workspace)

    def add_interview(self, values: dict[str, Any]) -> None:
        assessment_id = self.workspace.assessment_id
        self.workspace.ops.run(
            self, lambda s, _p: operations.add_interview(s, assessment_id, values),
            success=self._added, origin=self.workspace)

    def _added(self, interview_id: str) -> None:
        if shiboken6.isValid(self):
            self.refresh()
            self.workspace.show_in_guide(interview_id)
