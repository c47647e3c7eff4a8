"""Consolidation: every interview's proposal and note per element, side by side,
and the assessor's consolidated score, rationale and confidence (autosaved).
Elements whose proposals spread by 2 or more are highlighted.

A save writes only the fields changed here, against the rating as it was read
(``edits.save_rating``): a rating changed meanwhile by another process keeps
its other fields, and a field changed on both sides goes to the conflicts list.
A refresh (after a save, or when another process wrote) shows the database's
values in the editor unless the element has edits not yet saved."""

from __future__ import annotations

import html
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from scfield import edits, operations, scorecard
from scfield.framework import Framework, framework_for
from scfield.reassess import PreviousElement, previous_reference
from scfield.scoring import Scorecard
from scfield.store import Store, queries, records
from scfield.ui.autosave import Autosave
from scfield.ui.forms import load_form
from scfield.ui.i18n import current_language, display_framework, fit_header_labels, fmt
from scfield.ui.interviews import confidence_text, helix_text
from scfield.ui.previous import reference_text, score_text, show_reference, tooltip

SPREAD_COLOUR = QColor("#ffe3b3")
REFERENCE_COLOUR = QColor("#5a6b80")
PREVIOUS_COLUMN = 5
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


class ConsolidationPage(QWidget):
    def __init__(self, workspace: Any) -> None:
        super().__init__()
        self.workspace = workspace
        self.worker = workspace.worker
        self.card: Scorecard | None = None
        self.framework: Framework | None = None  # in the app's language
        self.evidence: dict[int, list[dict[str, Any]]] = {}
        self.ratings: dict[int, dict[str, Any]] = {}
        self.previous: dict[int, PreviousElement] = {}  # a re-assessment's reference
        self.current: int | None = None
        self.pending: dict[int, dict[str, Any]] = {}
        self.bases: dict[int, dict[str, Any]] = {}  # the rating as read, per pending element
        self.saving: dict[int, int] = {}  # elements with a save not yet answered (count)
        self.locked = False
        self.form = f = load_form("consolidation_page", self)
        f.cons_splitter.setStretchFactor(0, 2)
        f.cons_splitter.setStretchFactor(1, 3)
        f.cons_splitter.setSizes([560, 760])
        table = f.elements_table
        table.setColumnCount(6)
        table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Element"),
                                         self.tr("Proposals"), self.tr("Spread"),
                                         self.tr("Score"), self.tr("Previous")])
        table.setColumnHidden(PREVIOUS_COLUMN, True)  # shown for a re-assessment
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 40), (2, 90), (3, 55), (4, 70), (5, 70)):
            header.resizeSection(column, width)
        fit_header_labels(header)
        table.currentCellChanged.connect(lambda row, *_: self._select_row(row))
        proposals = f.proposals_table
        proposals.setColumnCount(5)
        proposals.setHorizontalHeaderLabels([self.tr("Interviewee"), self.tr("Role"),
                                             self.tr("Proposal"), self.tr("Confidence"),
                                             self.tr("Note and source")])
        proposals.verticalHeader().setVisible(False)
        ph = proposals.horizontalHeader()
        ph.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (1, 150), (2, 70), (3, 80)):
            ph.resizeSection(column, width)
        fit_header_labels(ph)
        proposals.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        f.rating_combo.addItem(self.tr("– not set (the median of the proposals is used)"), None)
        for value in records.CONFIDENCE:
            f.confidence_combo.addItem(confidence_text(value), value)
        self.autosave = Autosave(self, self.flush)
        f.rating_combo.activated.connect(
            lambda _i: self._edited("score", f.rating_combo.currentData()))
        f.confidence_combo.activated.connect(
            lambda _i: self._edited("confidence", f.confidence_combo.currentData()))
        f.rationale_edit.textChanged.connect(
            lambda: self._edited("rationale", f.rationale_edit.toPlainText()))

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        self.form.rating_box.setEnabled(not locked)

    def refresh(self) -> None:
        assessment_id = self.workspace.assessment_id

        language = current_language()

        def load(store: Store) -> tuple[Any, ...]:
            row = store.get("assessments", assessment_id)
            return (scorecard.load_scorecard(store, row, language),
                    queries.evidence_of(store, assessment_id),
                    queries.ratings_of(store, assessment_id), row,
                    previous_reference(store, assessment_id))

        self.workspace.ops.run(self, lambda s, _p: load(s), success=lambda r: self._show(*r))

    def _show(self, card: Scorecard, evidence: list[dict[str, Any]],
              ratings: dict[int, dict[str, Any]], assessment: dict[str, Any],
              previous: dict[int, PreviousElement]) -> None:
        if not shiboken6.isValid(self):
            return
        framework = display_framework(
            framework_for(assessment["framework_id"], assessment["framework_version"]))
        self.framework = framework
        self.previous = previous
        if self.form.rating_combo.count() == 1:
            for level in framework.score_levels:
                self.form.rating_combo.addItem(f"{level.score}  {level.name}", level.score)
        # A read queued before a save may answer after it: an element still being saved
        # keeps the values sent (the base of further edits) until the save answers.
        ratings = dict(ratings)
        for number in self.saving:
            if number in self.ratings:
                ratings[number] = self.ratings[number]
        self.card, self.ratings = card, ratings
        self.evidence = {}
        for row in evidence:
            self.evidence.setdefault(row["element"], []).append(row)
        table = self.form.elements_table
        table.blockSignals(True)
        table.setRowCount(len(card.elements))
        for r, e in enumerate(card.elements):
            proposals = ", ".join(str(p) for p in e.proposals) or "–"
            score = fmt(e.score) + (" *" if e.provisional else "")
            name = framework.element(e.number).name
            ref = previous.get(e.number)
            cells = [f"{e.number:02d}", name, proposals, str(e.spread) if e.proposals else "",
                     score, score_text(ref) if ref else ""]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(NUMBER_ROLE, e.number)
                if c == 1:
                    item.setToolTip(name)
                if e.spread >= 2:
                    item.setBackground(QBrush(SPREAD_COLOUR))
                    item.setToolTip(self.tr("Proposals differ by {n}: check the notes before "
                                            "consolidating").format(n=e.spread))
                if c == 4 and e.provisional:
                    item.setToolTip(self.tr("Provisional: the median of the proposals, until "
                                            "you set a consolidated score"))
                if c == PREVIOUS_COLUMN and ref is not None:
                    item.setForeground(QBrush(REFERENCE_COLOUR))  # a reference, not a score
                    item.setToolTip(reference_text(ref) + "\n" + tooltip(ref))
                table.setItem(r, c, item)
        table.setColumnHidden(PREVIOUS_COLUMN, not previous)
        table.blockSignals(False)
        numbers = [e.number for e in card.elements]
        row = numbers.index(self.current) if self.current in numbers else 0
        same = self.current == numbers[row]
        table.setCurrentCell(row, 1)
        self._select_row(row, force=True, keep_editor=same)

    def _select_row(self, row: int, force: bool = False, keep_editor: bool = False) -> None:
        if self.card is None or not 0 <= row < len(self.card.elements):
            return
        number = self.card.elements[row].number
        if number == self.current and not force:
            return
        self.flush()
        self.current = number
        element = self.card.elements[row]
        f = self.form
        name = self.framework.element(number).name if self.framework else element.name
        f.element_label.setText(f"<b>{element.number:02d} · {html.escape(name)}</b>")
        show_reference(f.cons_previous_label, self.previous.get(number))
        rows = self.evidence.get(number, [])
        proposals = f.proposals_table
        proposals.setRowCount(len(rows))
        for r, ev in enumerate(rows):
            who = ev["interviewee"] or ""
            if ev["confidential"]:
                who += self.tr(" (confidential)")
            note = ev["note"] or ""
            if ev["source"]:
                note += f"\n[{ev['source']}]"
            cells = [who, ", ".join(p for p in (ev["role"], helix_text(ev["helix_group"])) if p),
                     self.tr("not discussed") if ev["score"] is None else str(ev["score"]),
                     confidence_text(ev["confidence"]), note]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                proposals.setItem(r, c, item)
        if keep_editor and (number in self.pending or number in self.saving):
            return  # a refresh must not touch what is being typed and not yet saved
        rating = self.pending.get(number) or self.ratings.get(number) or {}
        for widget in (f.rating_combo, f.confidence_combo, f.rationale_edit):
            widget.blockSignals(True)
        f.rating_combo.setCurrentIndex(max(f.rating_combo.findData(rating.get("score")), 0))
        f.confidence_combo.setCurrentIndex(
            max(f.confidence_combo.findData(rating.get("confidence") or "medium"), 0))
        rationale = rating.get("rationale") or ""
        if f.rationale_edit.toPlainText() != rationale:  # else keep the cursor where it is
            cursor = f.rationale_edit.textCursor().position()
            f.rationale_edit.setPlainText(rationale)
            if keep_editor:
                moved = f.rationale_edit.textCursor()
                moved.setPosition(min(cursor, len(rationale)))
                f.rationale_edit.setTextCursor(moved)
        for widget in (f.rating_combo, f.confidence_combo, f.rationale_edit):
            widget.blockSignals(False)

    def _edited(self, field: str, value: Any) -> None:
        if self.current is None or self.locked:
            return
        if self.current not in self.pending:
            rating = self.ratings.get(self.current) or edits.RATING_DEFAULTS
            self.bases[self.current] = {k: rating.get(k) for k in edits.RATING_DEFAULTS}
        values = self.pending.setdefault(self.current, dict(self.bases[self.current]))
        values[field] = value
        if values.get("confidence") is None:
            values["confidence"] = "medium"
        self.form.cons_save_label.setText(self.tr("Saving…"))
        self.autosave.touch()

    def set_rating(self, score: int | None, rationale: str = "", confidence: str = "medium"
                   ) -> None:
        """What the assessor does with the form, as one call (used by tests and scripts)."""
        f = self.form
        f.rating_combo.setCurrentIndex(max(f.rating_combo.findData(score), 0))
        f.confidence_combo.setCurrentIndex(max(f.confidence_combo.findData(confidence), 0))
        self._edited("score", score)
        self._edited("confidence", confidence)
        f.rationale_edit.setPlainText(rationale)

    def flush(self) -> None:
        self.autosave.cancel()
        if not self.pending:
            return
        pending, self.pending = self.pending, {}
        bases, self.bases = self.bases, {}
        assessment_id = self.workspace.assessment_id
        changes = {}
        for number, values in pending.items():
            values = dict(values, rationale=values.get("rationale") or "",
                          confidence=values.get("confidence") or "medium")
            new = number not in self.ratings  # a rating not there yet: all of it
            changed = {k: v for k, v in values.items() if new or v != bases[number].get(k)}
            if changed:
                changes[number] = changed
                # The base of edits made before the save answers (see ``saved``).
                self.ratings[number] = dict(self.ratings.get(number) or {}, **values)
        place = self.tr("consolidation, element {n:02d}")
        names = {"score": self.tr("score"), "rationale": self.tr("rationale"),
                 "confidence": self.tr("confidence")}

        for number in changes:
            self.saving[number] = self.saving.get(number, 0) + 1

        def answered() -> None:
            for number in changes:
                self.saving[number] -= 1
                if self.saving[number] <= 0:
                    del self.saving[number]

        def saved(conflicts: list[str]) -> None:
            if not shiboken6.isValid(self):
                return
            answered()
            self.form.cons_save_label.setText(self.tr(
                "Changed elsewhere meanwhile, kept as it is there: {fields}. Your version is "
                "in the conflicts list.").format(fields=", ".join(
                    names.get(f, f) for f in dict.fromkeys(conflicts)))
                if conflicts else self.tr("Consolidated ratings saved"))
            if self.workspace.current_tab() == "consolidation":
                self.refresh()

        from scfield.ui.messages import show_error

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                answered()
                show_error(self, exc)

        self.workspace.ops.run(
            self, lambda s, _p: operations.save_ratings(s, assessment_id, changes, bases,
                                                        lambda n: place.format(n=n)),
            success=saved, failure=failed, origin=self.workspace)
