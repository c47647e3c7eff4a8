"""The conflict review: values changed both in a returned workbook and in the office.

The import never overwrites such a value; it records a conflict with both
values (``scfield.sync.conflicts``). Here the user sees the open conflicts, the
two values side by side with who changed them and when, and settles one with
a reason: take the field value, keep the office value, or type the right one.
Reading and resolving run on the database thread.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QTreeWidgetItem, QWidget

from scfield import operations
from scfield.changes import Changes
from scfield.store import Store
from scfield.sync.conflicts import (
    KeepField,
    KeepOffice,
    KeepValue,
    Resolution,
    who_and_when,
)
from scfield.ui.forms import load_form
from scfield.ui.run import Operations

CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 4


def _record_of(store: Store, conflict: Any) -> dict[str, Any]:
    """What the conflicting record is, in the expert's terms (element, interviewee)."""
    from scfield.framework import framework_for
    from scfield.ui.i18n import display_framework

    facts: dict[str, Any] = {"table": conflict.table}
    row = store.find(conflict.table, conflict.record_id)
    if row is None or conflict.table == "assessments":
        return facts
    assessment = store.get("assessments", conflict.assessment_id)
    framework = display_framework(
        framework_for(assessment["framework_id"], assessment["framework_version"]))
    interview = row if conflict.table == "interviews" else (
        store.find("interviews", row["interview_id"]) if conflict.table == "evidence" else None)
    if interview is not None:
        facts.update(who=interview["interviewee"] or "", date=interview["date"] or "")
    if "element" in row:
        try:
            element = framework.element(row["element"])
            facts.update(element=f"{element.code} {element.name}")
        except KeyError:
            facts.update(element=str(row["element"]))
    return facts


def _listing(store: Store) -> list[tuple[Any, dict[str, Any]]]:
    from scfield.sync.conflicts import list_conflicts

    return [(c, _record_of(store, c)) for c in list_conflicts(store)]


class ConflictReview(QDialog):
    """Open conflicts (all assessments), one at a time, both values side by side."""

    def __init__(self, ops: Operations, parent: QWidget | None = None,
                 tell: Callable[[str], None] | None = None) -> None:
        """``tell``: where a settled conflict is said (the main window's status bar)."""
        super().__init__(parent)
        self.ops = ops
        self.tell = tell
        ops.events.changed.connect(self._on_changes)
        self.conflicts: list[Any] = []
        self.records: dict[str, str] = {}
        self.current: Any = None
        self.input_dialog: QInputDialog | None = None
        self.setWindowTitle(self.tr("Conflicts to review"))
        self.form = f = load_form("conflict_review", self)
        f.button_box.rejected.connect(self.close)
        f.take_field_button.clicked.connect(lambda: self.decide("field"))
        f.keep_office_button.clicked.connect(lambda: self.decide("office"))
        f.enter_value_button.clicked.connect(self.ask_value)
        f.reason_edit.returnPressed.connect(lambda: None)  # Enter must not close the dialog
        tree = f.conflicts_tree
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        tree.currentItemChanged.connect(lambda item, _old: self.show_conflict(item))
        self._show_none()
        self.resize(980, 640)

    # -- reading ----------------------------------------------------------
    def load(self, prefer: str | None = None, keep_row: int | None = None) -> None:
        """Re-read the open conflicts; select ``prefer``'s first one (an assessment id)."""
        self.ops.run(self, lambda s, _p: _listing(s),
                     success=lambda rows: self._listed(rows, prefer, keep_row))

    def _on_changes(self, changes: Changes) -> None:
        """An import or a restore may add or settle conflicts: an open list re-reads."""
        if (changes.everything and changes.origin is not self and shiboken6.isValid(self)
                and self.isVisible()):
            self.load()

    def place_text(self, place: str) -> str:
        """Where the value is in the workbook (``sheet Evidence, row 2`` from the sync
        package) in the app's language; the sheet's name stays as the workbook spells it."""
        found = re.match(r"sheet (\w+)(?:, row (\d+))?(.*)$", place, re.DOTALL)
        if found is None:
            return place
        sheet, row, rest = found.groups()
        where = (self.tr("sheet {sheet}, row {row}").format(sheet=sheet, row=row) if row
                 else self.tr("sheet {sheet}").format(sheet=sheet))
        return where + rest

    def record_label(self, facts: dict[str, Any]) -> str:
        table = facts["table"]
        if table == "assessments":
            return self.tr("Assessment profile")
        if table == "ratings" and "element" in facts:
            return self.tr("Rating of {element}").format(element=facts["element"])
        if table == "evidence" and "element" in facts:
            return self.tr("Evidence on {element} from {who}").format(
                element=facts["element"], who=facts.get("who") or "?")
        if table == "interviews" and "who" in facts:
            return self.tr("Interview with {who} ({date})").format(who=facts["who"],
                                                                 date=facts.get("date", ""))
        return self.tr("A deleted record")

    def _listed(self, rows: list[tuple[Any, dict[str, Any]]], prefer: str | None,
                keep_row: int | None) -> None:
        if not shiboken6.isValid(self):
            return
        self.conflicts = [c for c, _facts in rows]
        self.records = {c.id: self.record_label(facts) for c, facts in rows}
        tree = self.form.conflicts_tree
        tree.blockSignals(True)
        tree.clear()
        for conflict, _facts in rows:
            record = self.records[conflict.id]
            item = QTreeWidgetItem([conflict.assessment_title, record,
                                    self.field_label(conflict.field), conflict.file])
            item.setData(0, CONFLICT_ROLE, conflict)
            item.setToolTip(0, conflict.assessment_title)
            item.setToolTip(1, f"{record}\n{self.place_text(conflict.place)}")
            tree.addTopLevelItem(item)
        tree.blockSignals(False)
        self.form.count_label.setText(
            self.tr("Open conflicts: {n}").format(n=len(rows)) if rows else
            self.tr("No open conflicts: every imported value has been settled."))
        if not rows:
            self._show_none()
            return
        row = 0
        if keep_row is not None:
            row = min(keep_row, len(rows) - 1)
        elif prefer:
            row = next((i for i, c in enumerate(self.conflicts) if c.assessment_id == prefer), 0)
        tree.setCurrentItem(tree.topLevelItem(row))
        self.show_conflict(tree.topLevelItem(row))

    def field_label(self, field: str) -> str:
        names = {"score": self.tr("Score"), "note": self.tr("Note"),
                 "source": self.tr("Source"), "confidence": self.tr("Confidence"),
                 "rationale": self.tr("Rationale"), "title": self.tr("Title"),
                 "interviewee": self.tr("Interviewee"), "role": self.tr("Role"),
                 "organisation": self.tr("Organisation"), "date": self.tr("Date"),
                 "helix_group": self.tr("Helix group")}
        return names.get(field, field.replace("_", " ").capitalize())

    def value_text(self, value: Any) -> str:
        return self.tr("(empty)") if value is None or value == "" else str(value)

    def _show_none(self) -> None:
        f = self.form
        self.current = None
        for widget in (f.field_value_edit, f.office_value_edit):
            widget.clear()
        for label in (f.field_who_label, f.office_who_label, f.base_label, f.what_label):
            label.clear()
        for button in (f.take_field_button, f.keep_office_button, f.enter_value_button):
            button.setEnabled(False)

    def show_conflict(self, item: QTreeWidgetItem | None) -> None:
        import html

        if item is None:
            self._show_none()
            return
        conflict = item.data(0, CONFLICT_ROLE)
        self.current = conflict
        f = self.form
        record = self.records.get(conflict.id, "")
        f.what_label.setText(f"<b>{html.escape(conflict.assessment_title)}</b><br>"
                             f"{html.escape(record)} · "
                             f"<b>{html.escape(self.field_label(conflict.field))}</b> "
                             f"<span style='color:#606060'>"
                             f"({html.escape(self.place_text(conflict.place))})"
                             "</span>")
        f.field_value_edit.setPlainText(self.value_text(conflict.field_value))
        f.office_value_edit.setPlainText(self.value_text(conflict.office))
        f.base_label.setText(self.tr("When the workbook was exported, the value was: "
                                     "{value}").format(value=self.value_text(conflict.base)))
        f.field_who_label.setText(self.tr("From the workbook {file}, imported {when}").format(
            file=conflict.file, when=conflict.created_at[:16].replace("T", " ")))
        f.office_who_label.setText("")
        for button in (f.take_field_button, f.keep_office_button, f.enter_value_button):
            button.setEnabled(True)
        self.ops.run(self, lambda s, _p: who_and_when(s, conflict),
                     success=lambda info: self._show_who(conflict.id, info))

    def _show_who(self, conflict_id: str, info: dict[str, str]) -> None:
        if not shiboken6.isValid(self) or self.current is None or self.current.id != conflict_id:
            return
        conflict = self.current
        when = conflict.created_at[:16].replace("T", " ")
        if info["imported_by"]:
            self.form.field_who_label.setText(self.tr(
                "From the workbook {file}, imported by {who} on {when}").format(
                file=conflict.file, who=info["imported_by"], when=when))
        if info["office_who"]:
            self.form.office_who_label.setText(self.tr("Last changed by {who} on {when}").format(
                who=info["office_who"], when=info["office_at"][:16].replace("T", " ")))
        else:
            self.form.office_who_label.setText(self.tr("Unchanged since it was created"))

    # -- deciding ----------------------------------------------------------
    def reason(self) -> str:
        return self.form.reason_edit.text().strip()

    def _need_reason(self) -> bool:
        if self.reason():
            return False
        self.form.count_label.setText(self.tr(
            "Please write the reason for your decision first: it is kept in the audit log."))
        self.form.reason_edit.setFocus()
        return True

    def decide(self, take: str) -> None:
        """Keep the ``field`` value or the ``office`` one (a typed value: ``ask_value``)."""
        if self.current is None or self._need_reason():
            return
        self.resolve(self.current.id, KeepField() if take == "field" else KeepOffice(),
                     self.reason())

    def ask_value(self) -> None:
        if self.current is None or self._need_reason():
            return
        conflict = self.current
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Enter the right value"))
        dialog.setLabelText(self.tr("{field} — {record}:").format(
            field=self.field_label(conflict.field),
            record=self.records.get(conflict.id, self.place_text(conflict.place))))
        if conflict.field in ("note", "rationale", "source") or "\n" in str(conflict.office):
            dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setTextValue("" if conflict.office is None else str(conflict.office))
        dialog.textValueSelected.connect(
            lambda text: self.resolve(conflict.id, KeepValue(text), self.reason()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.input_dialog = dialog
        dialog.resize(520, 260)
        dialog.open()

    def resolve(self, conflict_id: str, resolution: Resolution, why: str) -> None:
        """Settle one conflict on the database thread, then re-read the list."""
        row = self.form.conflicts_tree.indexOfTopLevelItem(
            self.form.conflicts_tree.currentItem())

        def done(info: Any) -> None:
            if not shiboken6.isValid(self):
                return
            self.form.reason_edit.clear()
            self.load(keep_row=max(row, 0))
            if self.tell is not None:
                self.tell(self.tr("Conflict settled: {what} is now {value}").format(
                    what=self.field_label(info.field),
                    value=self.value_text(info.resolved_value)))

        self.ops.run(self, lambda s, _p: operations.resolve_conflict(s, conflict_id,
                                                                   resolution, why),
                     success=done, origin=self)
