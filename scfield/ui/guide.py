"""The interview guide: one page per element, driven from the keyboard.

Keys (also in the tooltips): 0–4 choose the score and N "not discussed"
(Alt+0–4 / Alt+N while typing a note), PageDown / Alt+Right next element,
PageUp / Alt+Left previous (Ctrl+Right / Ctrl+Left too, outside a text box,
where they keep moving the cursor word by word). There is no Save button: every change is written
(``edits.save_evidence``) shortly after the last keystroke and at most
0.6 s after the first unsaved one (``scfield.ui.autosave``), and at once when
the page changes, the note loses focus or the window closes. A save writes only
the fields typed or chosen here, against the values the page read: a score or
source changed meanwhile by an import stays as the import left it and is shown,
and a field changed on both sides goes to the conflicts list
(``scfield.edits``). ``refresh_external`` shows what another process wrote,
leaving alone what is being typed. The
element shown is remembered in ``interviews.last_element`` so reopening the
interview resumes there.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QRadioButton,
    QSizePolicy,
    QWidget,
)

from scfield import edits, operations
from scfield.framework import Framework, framework_for
from scfield.reassess import PreviousElement, previous_reference
from scfield.store import Store, queries, records
from scfield.ui.autosave import Autosave
from scfield.ui.forms import load_form
from scfield.ui.i18n import display_framework
from scfield.ui.interviews import confidence_text, helix_text
from scfield.ui.previous import RATIONALE_CHARS, show_reference

NOT_DISCUSSED = 9  # button id of "not discussed" (scores are 0-4)
EMPTY = {"score": None, "note": "", "source": "", "confidence": "medium"}


class GuidePage(QWidget):
    def __init__(self, workspace: Any) -> None:
        super().__init__()
        self.workspace = workspace
        self.ops = workspace.ops
        self.framework: Framework | None = None
        self.interview: dict[str, Any] | None = None
        self.elements: list[int] = []
        self.current: int | None = None
        self.values: dict[int, dict[str, Any]] = {}   # what the page shows, per element
        self.base: dict[int, dict[str, Any]] = {}     # what the database held, as read
        self.saved: set[int] = set()                   # elements with an evidence row
        self.dirty: set[int] = set()
        self.saving: dict[int, int] = {}  # elements with a save not yet answered (count)
        self.last_saved_element: int | None = None
        self.locked = False
        self.saves_done = 0
        # The interview asked for last and not yet shown: only its load is applied, so a
        # slower, older request (the Interviews tab's default first interview, say) never
        # replaces the one the expert or the remembered position asked for.
        self.opening: str | None = None
        self.opening_element: int | None = None
        self.previous: dict[int, PreviousElement] = {}  # a re-assessment's reference
        self.form = f = load_form("guide_page", self)
        f.guide_banner_label.setObjectName("banner_label")
        f.guide_banner_label.hide()
        f.guide_splitter.setStretchFactor(0, 1)
        f.guide_splitter.setStretchFactor(1, 3)
        f.guide_splitter.setSizes([320, 1000])
        f.element_title.setObjectName("element_title")
        # Element names are longer in French or Spanish: wrap them rather than cut them.
        f.elements_list.setWordWrap(True)
        f.elements_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        f.elements_list.setResizeMode(f.elements_list.ResizeMode.Adjust)
        f.definition_label.setObjectName("definition_label")
        self.autosave = Autosave(self, self.flush)
        self.group = QButtonGroup(self)
        self.rubric_labels: dict[int, QLabel] = {}
        self.progress_bars: dict[str, QProgressBar] = {}
        self.progress_counts: dict[str, QLabel] = {}
        for value in records.CONFIDENCE:
            f.confidence_combo.addItem(confidence_text(value), value)
        f.interview_combo.activated.connect(self._interview_chosen)
        f.elements_list.currentRowChanged.connect(self._list_row_changed)
        f.prev_button.clicked.connect(lambda: self.go(-1))
        f.next_button.clicked.connect(lambda: self.go(+1))
        f.note_edit.textChanged.connect(lambda: self._edited("note", f.note_edit.toPlainText()))
        f.source_edit.textEdited.connect(lambda t: self._edited("source", t))
        f.confidence_combo.activated.connect(
            lambda _i: self._edited("confidence", f.confidence_combo.currentData()))
        self.group.idClicked.connect(self._score_clicked)
        self._set_enabled(False)
        f.guide_banner_label.setText(self.tr(
            "Record an interview in the Interviews tab, then run it here."))
        f.guide_banner_label.show()

    # -- building ----------------------------------------------------------------------
    def _build_framework(self, framework: Framework) -> None:
        if self.framework is framework:
            return
        self.framework = framework
        f = self.form
        grid = f.score_grid
        levels = [(s.score, f"{s.score}  {s.name}") for s in framework.score_levels]
        levels.append((NOT_DISCUSSED, self.tr("N  Not discussed")))
        for row, (key, text) in enumerate(levels):
            radio = QRadioButton(text)
            radio.setObjectName(f"score_{key}")
            radio.setToolTip(self.tr("Key {key} (Alt+{key} while typing)").format(
                key="N" if key == NOT_DISCUSSED else key))
            self.group.addButton(radio, key)
            rubric = QLabel()
            rubric.setWordWrap(True)
            rubric.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            rubric.setObjectName("rubric_label")
            self.rubric_labels[key] = rubric
            grid.addWidget(radio, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(rubric, row, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, 210)
        self.rubric_labels[NOT_DISCUSSED].setText(self.tr(
            "The interview did not cover this element (it does not count in the scores)."))
        layout = f.domain_progress_layout
        for domain in framework.domains:
            # The count sits beside the bar, not over its fill, where some styles draw
            # dark text on the dark chunk.
            bar = QProgressBar()
            bar.setTextVisible(False)
            count = QLabel()
            count.setMinimumWidth(count.fontMetrics().horizontalAdvance("00 / 00"))
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row = QHBoxLayout()
            row.addWidget(bar, 1)
            row.addWidget(count)
            self.progress_bars[domain.key] = bar
            self.progress_counts[domain.key] = count
            layout.addRow(domain.name, row)
        for widget in [self, *self.findChildren(QWidget)]:
            widget.installEventFilter(self)

    def _set_enabled(self, enabled: bool) -> None:
        f = self.form
        f.guide_splitter.setEnabled(enabled)

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        f = self.form
        f.note_edit.setReadOnly(locked)
        f.source_edit.setReadOnly(locked)
        f.confidence_combo.setEnabled(not locked)
        f.score_box.setEnabled(not locked)

    # -- interviews -----------------------------------------------------------------------
    def set_interviews(self, rows: list[dict[str, Any]]) -> None:
        combo = self.form.interview_combo
        combo.blockSignals(True)
        combo.clear()
        for row in rows:
            who = row["interviewee"] or self.tr("(no name)")
            extra = ", ".join(p for p in (row["role"], helix_text(row["helix_group"])) if p)
            combo.addItem(f"{row['date'] or ''}  {who}" + (f" — {extra}" if extra else ""),
                          row["id"])
        if self.interview is not None:
            combo.setCurrentIndex(max(combo.findData(self.interview["id"]), 0))
        combo.blockSignals(False)
        if rows and self.interview is None and self.opening is None:
            self.open_interview(rows[0]["id"])  # nothing shown or asked for yet

    def _interview_chosen(self, index: int) -> None:
        interview_id = self.form.interview_combo.itemData(index)
        if interview_id:  # the one shown again: drops a request still loading
            self.open_interview(interview_id)

    def open_interview(self, interview_id: str, element: int | None = None) -> None:
        """Show an interview, at ``element`` or where it was left."""
        if self.interview is not None and self.interview["id"] == interview_id:
            self.opening = None  # an earlier request for another interview is dropped
            if element is not None:
                self.show_element(element)
            return
        if self.opening == interview_id:
            if element is not None:
                self.opening_element = element
            return
        self.flush()
        self.opening = interview_id
        self.opening_element = element

        def load(store: Store) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]],
                                        dict[int, PreviousElement]]:
            interview = store.get("interviews", interview_id)
            assessment = store.get("assessments", interview["assessment_id"])
            rows = queries.notes_of_interview(store, interview_id)
            return interview, assessment, rows, previous_reference(store, assessment["id"])

        self.ops.run(self, lambda s, _p: load(s),
                     success=lambda result: self._interview_loaded(*result),
                     failure=lambda exc, i=interview_id: self._open_failed(i, exc))

    def _open_failed(self, interview_id: str, exc: BaseException) -> None:
        """The interview could not be read (deleted meanwhile): say so, and let the next
        list of interviews open another."""
        from scfield.ui.messages import show_error

        if shiboken6.isValid(self) and self.opening == interview_id:
            self.opening = self.opening_element = None
            show_error(self, exc)

    def _interview_loaded(self, interview: dict[str, Any], assessment: dict[str, Any],
                          rows: list[dict[str, Any]],
                          previous: dict[int, PreviousElement]) -> None:
        if not shiboken6.isValid(self) or interview["id"] != self.opening:
            return  # superseded by a later request
        element, self.opening, self.opening_element = self.opening_element, None, None
        framework = display_framework(
            framework_for(assessment["framework_id"], assessment["framework_version"]))
        self._build_framework(framework)
        self.interview = interview
        self.previous = previous
        self.elements = sorted(records.interview_elements(interview, framework))
        # save_evidence writes to the oldest row of an element: rows come newest first,
        # so the last one seen per element wins.
        self.values = {}
        for row in rows:
            self.values[row["element"]] = {k: row[k] for k in EMPTY}
        self.base = {n: dict(v) for n, v in self.values.items()}
        self.saved = set(self.values)
        self.dirty = set()
        self.current = None
        f = self.form
        combo = f.interview_combo
        combo.setCurrentIndex(max(combo.findData(interview["id"]), 0))
        f.elements_list.blockSignals(True)
        f.elements_list.clear()
        for number in self.elements:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, number)
            f.elements_list.addItem(item)
            self._mark(number, item)
        f.elements_list.blockSignals(False)
        self._set_enabled(True)
        if self.locked:
            f.guide_banner_label.setText(self.tr(
                "This assessment is signed: the interview can be read, not changed."))
            f.guide_banner_label.show()
        else:
            f.guide_banner_label.hide()
        self._update_progress()
        start = element if element in self.elements else interview.get("last_element")
        self.last_saved_element = interview.get("last_element")
        self.show_element(start if start in self.elements else self.elements[0])

    # -- pages ---------------------------------------------------------------------------------
    def go(self, step: int) -> None:
        if self.current is None:
            return
        index = self.elements.index(self.current) + step
        if 0 <= index < len(self.elements):
            self.show_element(self.elements[index])
            self._focus_for_scoring()

    def _list_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.elements) and self.elements[row] != self.current:
            self.show_element(self.elements[row])
            self._focus_for_scoring()

    def _focus_for_scoring(self) -> None:
        """After moving to an element, put the focus on the element list.

        A text field keeps its focus across a page change otherwise, and the
        next score key ("3") would be typed into the new element's Source or
        note instead of scoring it. The list is where every score key works.
        """
        if self.isVisible():
            self.form.elements_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_element(self, number: int) -> None:
        assert self.framework is not None
        if number not in self.elements:
            return
        if self.current is not None and self.current != number:
            self.flush()
        self.current = number
        element = self.framework.element(number)
        domain = self.framework.domain(element.domain)
        f = self.form
        index = self.elements.index(number)
        f.element_title.setText(f"{element.code} · {html.escape(element.name)}")
        f.domain_label.setText(self.tr("{domain} domain").format(domain=domain.name))
        f.definition_label.setText(element.definition)
        questions = "".join(f"<li>{html.escape(q)}</li>" for q in element.questions)
        f.questions_label.setText(self.tr("<b>Guiding questions</b>") +
                                  f"<ul style='margin-top:2px'>{questions}</ul>")
        for score, text in element.rubric.items():
            self.rubric_labels[score].setText(text)
        show_reference(f.previous_label, self.previous.get(number), RATIONALE_CHARS)
        f.position_label.setText(self.tr("Element {i} of {n} in this interview").format(
            i=index + 1, n=len(self.elements)))
        f.prev_button.setEnabled(index > 0)
        f.next_button.setEnabled(index + 1 < len(self.elements))
        self._show_values(self.values.get(number, dict(EMPTY)), number in self.saved)
        f.elements_list.blockSignals(True)
        f.elements_list.setCurrentRow(index)
        f.elements_list.blockSignals(False)
        f.page_scroll.verticalScrollBar().setValue(0)
        if self.interview is not None and not self.locked and number != self.last_saved_element:
            self.autosave.touch()  # remember the position with the next autosave

    def _show_values(self, values: dict[str, Any], exists: bool) -> None:
        f = self.form
        for widget in (f.note_edit, f.source_edit, f.confidence_combo):
            widget.blockSignals(True)
        f.note_edit.setPlainText(values["note"] or "")
        f.source_edit.setText(values["source"] or "")
        f.confidence_combo.setCurrentIndex(max(f.confidence_combo.findData(
            values["confidence"] or "medium"), 0))
        for widget in (f.note_edit, f.source_edit, f.confidence_combo):
            widget.blockSignals(False)
        self._check_score(values["score"], exists)

    def _check_score(self, score: int | None, exists: bool) -> None:
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)
        if score is not None:
            self.group.button(score).setChecked(True)
        elif exists:
            self.group.button(NOT_DISCUSSED).setChecked(True)

    # -- editing ---------------------------------------------------------------------------------
    def set_score(self, score: int | None) -> None:
        """Choose a score (None = not discussed) for the element shown."""
        if self.current is None or self.locked:
            return
        self._check_score(score, True)
        self._edited("score", score)

    def _score_clicked(self, button_id: int) -> None:
        self.set_score(None if button_id == NOT_DISCUSSED else button_id)

    def _edited(self, field: str, value: Any) -> None:
        if self.current is None or self.locked:
            return
        values = self.values.setdefault(self.current, dict(EMPTY))
        self.base.setdefault(self.current, dict(EMPTY))
        values[field] = value
        self.dirty.add(self.current)
        self.form.save_label.setText(self.tr("Saving…"))
        self.autosave.touch()

    def flush(self) -> None:
        """Write every pending change now (autosave timer, page change, focus-out, close)."""
        self.autosave.cancel()
        if self.interview is None or self.locked:
            return
        interview_id = self.interview["id"]
        # Per element: what the page shows now, what the database held when read, and
        # the fields that differ (the only ones written).
        sent = {n: dict(self.values[n]) for n in self.dirty}
        read = {n: dict(self.base.get(n, EMPTY)) for n in self.dirty}
        # An element with no row yet: choosing "not discussed" is itself the change.
        changes = {n: {k: v for k, v in sent[n].items()
                       if v != read[n].get(k) or n not in self.saved}
                   for n in self.dirty}
        changes = {n: c for n, c in changes.items() if c}
        for n, fields in changes.items():
            # What the database holds once this save is in: the base of any edit
            # made before its answer comes back (else that edit would conflict with
            # this very save).
            self.base.setdefault(n, dict(EMPTY)).update(fields)
        self.dirty = set()
        position = self.current if self.current != self.last_saved_element else None
        if not changes and position is None:
            return
        if position is not None:
            self.last_saved_element = position
            self.interview["last_element"] = position
        places = {n: self._place(n) for n in changes}
        for n in changes:
            self.saving[n] = self.saving.get(n, 0) + 1

        assessment_id = self.workspace.assessment_id

        def failed(exc: BaseException) -> None:
            self._answered(list(changes))
            self._save_failed(exc)

        self.ops.run(self, lambda s, _p: operations.save_guide(
            s, assessment_id, interview_id, changes, read, sent, places, position),
            success=self._saved, failure=failed, origin=self.workspace)

    def _answered(self, numbers: list[int]) -> None:
        for n in numbers:
            self.saving[n] = self.saving.get(n, 1) - 1
            if self.saving[n] <= 0:
                del self.saving[n]

    def _place(self, number: int) -> str:
        """Where a conflict typed in the guide comes from, for the conflicts list."""
        who = (self.interview or {}).get("interviewee") or ""
        return self.tr("interview guide: {who}, element {n:02d}").format(who=who, n=number)

    def _saved(self, done: list[tuple[int, dict[str, Any], edits.Saved]]) -> None:
        self.saves_done += 1
        if not shiboken6.isValid(self):
            return
        numbers = [number for number, _sent, _saved in done]
        self._answered(numbers)
        conflicts: list[str] = []
        for number, sent, saved in done:
            self._take(number, {k: saved.current[k] for k in EMPTY}, sent)
            conflicts += saved.conflicts
        if numbers:
            self.saved.update(numbers)
            if conflicts:
                self.form.save_label.setText(self.tr(
                    "Changed elsewhere meanwhile, kept as it is there: {fields}. Your "
                    "version is in the conflicts list.").format(fields=", ".join(
                        self._field_name(f) for f in dict.fromkeys(conflicts))))
            elif not self.dirty and not self.autosave.pending:  # else: still "Saving…"
                self.form.save_label.setText(self.tr("All changes saved at {time}").format(
                    time=datetime.now().strftime("%H:%M:%S")))
            self._remark()

    def _field_name(self, field: str) -> str:
        return {"score": self.tr("score"), "note": self.tr("note"), "source": self.tr("source"),
                "confidence": self.tr("confidence")}.get(field, field)

    def _take(self, number: int, current: dict[str, Any],
              sent: dict[str, Any] | None = None) -> None:
        """The database now holds ``current`` for ``number``: take it as the new base, and
        show it in every field not changed on this page since (``sent``: the values a
        save sent; without it, since the page last read the database)."""
        base = self.base.setdefault(number, dict(EMPTY))
        values = self.values.setdefault(number, dict(base))
        reference = sent if sent is not None else base
        shown: list[str] = []
        for name in EMPTY:
            if values.get(name) == reference.get(name):   # not typed in since
                if values.get(name) != current[name]:
                    shown.append(name)
                values[name] = current[name]
                base[name] = current[name]
            elif sent is not None and sent.get(name) == current[name]:
                base[name] = current[name]  # written; typed in again since
        if number == self.current and shown:
            self._show_fields(values, shown, number in self.saved or sent is not None)

    def _show_fields(self, values: dict[str, Any], names: list[str], exists: bool) -> None:
        """Put changed values in their widgets, keeping the cursor where it was."""
        f = self.form
        if "note" in names:
            cursor = f.note_edit.textCursor().position()
            f.note_edit.blockSignals(True)
            f.note_edit.setPlainText(values["note"] or "")
            f.note_edit.blockSignals(False)
            moved = f.note_edit.textCursor()
            moved.setPosition(min(cursor, len(values["note"] or "")))
            f.note_edit.setTextCursor(moved)
        if "source" in names:
            cursor = f.source_edit.cursorPosition()
            f.source_edit.blockSignals(True)
            f.source_edit.setText(values["source"] or "")
            f.source_edit.blockSignals(False)
            f.source_edit.setCursorPosition(min(cursor, len(values["source"] or "")))
        if "confidence" in names:
            f.confidence_combo.blockSignals(True)
            f.confidence_combo.setCurrentIndex(max(f.confidence_combo.findData(
                values["confidence"] or "medium"), 0))
            f.confidence_combo.blockSignals(False)
        if "score" in names:
            self._check_score(values["score"], exists)

    def _remark(self) -> None:
        for row in range(self.form.elements_list.count()):
            item = self.form.elements_list.item(row)
            self._mark(item.data(Qt.ItemDataRole.UserRole), item)
        self._update_progress()

    def refresh_external(self) -> None:
        """Another process changed the database: re-read this interview's notes and show
        what changed, except in fields typed in here and not yet saved."""
        if self.interview is None or self.opening is not None:
            return
        interview_id = self.interview["id"]

        def load(store: Store) -> list[dict[str, Any]] | None:
            if store.find("interviews", interview_id) is None:
                return None
            return queries.notes_of_interview(store, interview_id)

        def show(rows: list[dict[str, Any]] | None) -> None:
            if (rows is None or not shiboken6.isValid(self) or self.interview is None
                    or self.interview["id"] != interview_id):
                return
            current = {row["element"]: {k: row[k] for k in EMPTY} for row in rows}
            for number, values in current.items():
                if number not in self.saving:  # a save's own answer brings it fresher
                    self._take(number, values)
            self.saved.update(current)
            self._remark()

        self.ops.run(self, lambda s, _p: load(s), success=show)

    def _save_failed(self, exc: BaseException) -> None:
        from scfield.ui.messages import error_text

        if shiboken6.isValid(self):
            self.form.save_label.setText(self.tr("Not saved: {reason}").format(
                reason=error_text(exc)))

    def _mark(self, number: int, item: QListWidgetItem) -> None:
        assert self.framework is not None
        element = self.framework.element(number)
        values = self.values.get(number)
        if number in self.saved and values is not None:
            # The score itself, so the expert sees what was given without opening the page.
            mark = f"✔{values['score']}" if values["score"] is not None else "–"
            tip = (self.tr("Scored {score}").format(score=values["score"])
                   if values["score"] is not None else self.tr("Not discussed"))
        else:
            mark, tip = "○", self.tr("Not yet done")
        item.setText(f"{mark} {element.code} {element.name}")
        item.setToolTip(f"{element.name}\n{tip}")

    def _update_progress(self) -> None:
        assert self.framework is not None
        for domain in self.framework.domains:
            mine = [n for n in self.elements if self.framework.element(n).domain == domain.key]
            bar = self.progress_bars[domain.key]
            bar.setMaximum(max(len(mine), 1))
            done = len([n for n in mine if n in self.saved])
            bar.setValue(done)
            self.progress_counts[domain.key].setText(f"{done} / {len(mine)}")
            bar.setEnabled(bool(mine))

    # -- keyboard ----------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if self._key(obj, event):
                return True
        elif (event.type() == QEvent.Type.FocusOut and self.dirty
              and obj in (self.form.note_edit, self.form.source_edit)):
            self.flush()
        return super().eventFilter(obj, event)

    def _key(self, obj: QObject, event: QKeyEvent) -> bool:
        if self.current is None:
            return False
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        alt = mods == Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_PageDown and not mods or key == Qt.Key.Key_Right and alt:
            self.go(+1)
            return True
        if key == Qt.Key.Key_PageUp and not mods or key == Qt.Key.Key_Left and alt:
            self.go(-1)
            return True
        typing = isinstance(obj, QLineEdit | QPlainTextEdit) or (
            isinstance(obj, QWidget) and isinstance(obj.parent(), QPlainTextEdit))
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        if ctrl and not typing and key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.go(+1 if key == Qt.Key.Key_Right else -1)  # in a text box: word by word
            return True
        if (typing and not alt) or (mods and not alt):
            return False
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_4:
            self.set_score(key - Qt.Key.Key_0)
            return True
        if key == Qt.Key.Key_N:
            self.set_score(None)
            return True
        return False

    def current_combo(self) -> QComboBox:
        return self.form.interview_combo
