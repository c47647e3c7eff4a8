"""One assessment's window: Profile, Interviews, Interview guide, Consolidation
and Dashboard as tabs. A signed assessment opens read-only, with a banner."""

from __future__ import annotations

import json
from typing import Any

import shiboken6
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from scfield import edits, operations
from scfield.changes import Changes
from scfield.i18n import LANGUAGES
from scfield.store import records
from scfield.ui.assessment_list import level_text
from scfield.ui.autosave import Autosave
from scfield.ui.date_field import DateField
from scfield.ui.forms import load_form
from scfield.ui.messages import show_error
from scfield.ui.requests import Requests
from scfield.ui.run import Operations

TABS = ("profile", "interviews", "guide", "consolidation", "dashboard")


class ProfilePage(QWidget):
    """The assessment's profile; every edit is autosaved (``scfield.ui.autosave``).

    A save writes only the fields edited, against their values as read
    (``edits.save_assessment``): another process's change to other fields stays."""

    TEXT_FIELDS = ("title", "country", "city", "team", "population")
    DATE_FIELDS = ("start_date", "end_date")
    NOTE_FIELDS = ("economy", "existing_assets", "implementing_entities", "profile_notes")

    def __init__(self, workspace: AssessmentWindow) -> None:
        super().__init__()
        self.workspace = workspace
        self.form = f = load_form("profile_page", self)
        self.changes: dict[str, Any] = {}
        self.base: dict[str, Any] = {}  # the database's values as last read
        self.saving: dict[str, int] = {}  # fields with a save not yet answered (count)
        self.autosave = Autosave(self, self.flush)
        for value in records.LEVELS:
            f.level_combo.addItem(level_text(value), value)
        for name in self.TEXT_FIELDS:
            getattr(f, f"{name}_edit").textEdited.connect(
                lambda text, n=name: self._changed(n, text))
            getattr(f, f"{name}_edit").editingFinished.connect(self.flush)
        self.dates: dict[str, DateField] = {}
        for name in self.DATE_FIELDS:
            field = DateField(getattr(f, f"{name}_edit"), getattr(f, f"{name}_clear"))
            field.edited.connect(lambda text, n=name: self._changed(n, text))
            self.dates[name] = field
        for name in self.NOTE_FIELDS:
            edit = getattr(f, f"{name}_edit")
            edit.textChanged.connect(lambda n=name, e=edit: self._changed(n, e.toPlainText()))
        f.level_combo.activated.connect(
            lambda _i: self._changed("level", f.level_combo.currentData()))
        for code, name in LANGUAGES.items():
            f.language_combo.addItem(name, code)
        f.language_combo.activated.connect(
            lambda _i: self._changed("language", f.language_combo.currentData()))

    def load(self, row: dict[str, Any]) -> None:
        f = self.form
        self.base = dict(row)
        for name in self.TEXT_FIELDS + self.NOTE_FIELDS:
            widget = getattr(f, f"{name}_edit")
            widget.blockSignals(True)
            value = "" if row.get(name) is None else str(row[name])
            if hasattr(widget, "setPlainText"):
                widget.setPlainText(value)
            else:
                widget.setText(value)
            widget.setReadOnly(row["status"] == "signed")
            widget.blockSignals(False)
        for name, field in self.dates.items():
            field.set_text("" if row.get(name) is None else str(row[name]))
            field.set_read_only(row["status"] == "signed")
        f.level_combo.setCurrentIndex(max(f.level_combo.findData(row["level"]), 0))
        f.level_combo.setEnabled(row["status"] != "signed")
        self._show_language(row.get("language") or "")
        f.language_combo.setEnabled(row["status"] != "signed")

    def _show_language(self, code: str) -> None:
        """Select the assessment's language; a value scfield does not ship (typed in an
        older version or a workbook) stays visible as it is, and prints in English."""
        combo = self.form.language_combo
        index = combo.findData(code)
        if index < 0 and code:
            combo.addItem(self.tr("{code} (printed in English)").format(code=code), code)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def refresh_from(self, row: dict[str, Any]) -> None:
        """Show values changed elsewhere (an imported workbook, a resolved conflict),
        leaving alone a field being typed in and any field that already shows its value."""
        busy = set(self.changes) | set(self.saving)  # typed, or being saved
        self.base.update({k: v for k, v in row.items() if k not in busy})
        for name in self.TEXT_FIELDS + self.NOTE_FIELDS:
            if name in busy:
                continue
            widget = getattr(self.form, f"{name}_edit")
            value = "" if row.get(name) is None else str(row[name])
            current = widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()
            if current != value:
                widget.blockSignals(True)
                if hasattr(widget, "setPlainText"):
                    widget.setPlainText(value)
                else:
                    widget.setText(value)
                widget.blockSignals(False)
        if "level" not in busy:
            combo = self.form.level_combo
            combo.setCurrentIndex(max(combo.findData(row["level"]), 0))
        if "language" not in busy:
            self._show_language(row.get("language") or "")

    def refresh_dates(self, row: dict[str, Any]) -> None:
        """``refresh_from`` for the two date editors: a date changed elsewhere is shown,
        one being edited is left alone."""
        for name, field in self.dates.items():
            value = "" if row.get(name) is None else str(row[name])
            if name not in self.changes and field.text() != value:
                field.set_text(value)

    def _changed(self, name: str, value: Any) -> None:
        self.changes[name] = value
        self.autosave.touch()

    def flush(self) -> None:
        self.autosave.cancel()
        if not self.changes:
            return
        changes, self.changes = self.changes, {}
        if "title" in changes and not str(changes["title"]).strip():
            changes.pop("title")  # an empty title is refused; keep the old one
        if not changes:
            return
        assessment_id = self.workspace.assessment_id
        read = {k: self.base.get(k) for k in changes}
        self.base.update(changes)  # the base of edits made before the save answers
        for name in changes:
            self.saving[name] = self.saving.get(name, 0) + 1

        def answered() -> None:
            for name in changes:
                self.saving[name] -= 1
                if self.saving[name] <= 0:
                    del self.saving[name]

        def failed(exc: BaseException) -> None:
            answered()
            show_error(self, exc)

        def saved(result: edits.Saved) -> None:
            answered()
            for name, value in changes.items():
                if self.base.get(name) == value:  # not saved again since
                    self.base[name] = result.current.get(name)
            self.workspace.reload()

        self.workspace.ops.run(
            self, lambda s, _p: operations.save_profile(s, assessment_id, read, changes),
            success=saved, failure=failed, origin=self.workspace)


class AssessmentWindow(QWidget):
    def __init__(self, ops: Operations, assessment_id: str,
                 requests: Requests | None = None) -> None:
        super().__init__(None)
        from scfield.ui.consolidation import ConsolidationPage
        from scfield.ui.dashboard import DashboardPage
        from scfield.ui.guide import GuidePage
        from scfield.ui.interviews import InterviewsPage

        self.ops = ops
        self.worker = ops.worker
        self.assessment_id = assessment_id
        self.requests = requests
        ops.events.changed.connect(self._on_changes)
        ops.events.flush_requested.connect(self._flush_requested)
        self.row: dict[str, Any] | None = None
        self.author = ""  # who is working (the new interview's interviewer), read with the row
        self.form = f = load_form("workspace", self)
        f.banner_label.hide()
        f.banner_label.setObjectName("banner_label")
        self.profile = ProfilePage(self)
        self.interviews = InterviewsPage(self)
        self.guide = GuidePage(self)
        self.consolidation = ConsolidationPage(self)
        self.dashboard = DashboardPage(self)
        for name, page in zip(TABS, (self.profile, self.interviews, self.guide,
                                     self.consolidation, self.dashboard), strict=True):
            tab = getattr(f, f"{name}_tab")
            tab.setLayout(_fill_layout(page))
        f.tabs.currentChanged.connect(self._tab_changed)
        self.buttons: dict[str, Any] = {}
        if requests is not None:
            self._add_report_buttons(requests)
        self.setWindowTitle(self.tr("Assessment"))
        self.resize(1340, 720)
        from PySide6.QtGui import QKeySequence, QShortcut

        QShortcut(QKeySequence("Ctrl+W"), self, self.close)
        self.reload()

    def _add_report_buttons(self, ask: Requests) -> None:
        """Print, export, sign and amend beside the title (asked of the app)."""
        from PySide6.QtGui import QKeySequence, QShortcut
        from PySide6.QtWidgets import QHBoxLayout, QPushButton

        f = self.form
        layout = f.root.layout()
        layout.removeWidget(f.title_label)
        row = QHBoxLayout()
        row.addWidget(f.title_label, 1)
        # Only Export has a mnemonic: Alt+P/I/G/C/D are the tabs', and the pages' labels
        # use most other letters (Alt+S is Source and Score); Print has Ctrl+P, and
        # signing is not a step to trigger by a stray Alt+key.
        for name, text, tip, slot in (
                ("print", self.tr("Print summary…"),
                 self.tr("The summary report with a preview (Ctrl+P)"),
                 lambda: ask.print_summary(self.assessment_id)),
                ("export", self.tr("E&xport field workbook…"),
                 self.tr("A workbook of this assessment to fill in the field"),
                 lambda: ask.export(self.assessment_id, self)),
                ("sign", self.tr("Sign…"), self.tr("Sign the assessment as it is now and "
                                                    "lock it"),
                 lambda: ask.sign(self.assessment_id)),
                ("amend", self.tr("Amend…"), self.tr("Unlock the signed assessment, with a "
                                                      "reason"),
                 lambda: ask.amend(self.assessment_id))):
            button = QPushButton(text, self)
            button.setObjectName(f"{name}_button")
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, fn=slot: fn())
            row.addWidget(button)
            self.buttons[name] = button
        layout.insertLayout(0, row)
        QShortcut(QKeySequence.StandardKey.Print, self,
                  lambda: ask.print_summary(self.assessment_id))

    @property
    def locked(self) -> bool:
        return bool(self.row and self.row["status"] == "signed")

    def reload(self) -> None:
        """Re-read the assessment (title, status) and refresh the page in view."""
        assessment_id = self.assessment_id

        def loaded(answer: tuple[dict[str, Any], str | None]) -> None:
            self.author = answer[1] or ""
            self._loaded(answer[0])

        self.ops.run(self, lambda s, _p: (s.get("assessments", assessment_id), s.author),
                     success=loaded)

    def _loaded(self, row: dict[str, Any]) -> None:
        if not shiboken6.isValid(self):
            return
        first = self.row is None
        was_locked = self.locked
        self.row = row
        place = ", ".join(p for p in (row["city"], row["country"]) if p)
        self.setWindowTitle(self.tr("{title} — scfield").format(title=row["title"]))
        self.form.title_label.setText(f"<b style='font-size:14pt'>{_html(row['title'])}</b>"
                                      f"&nbsp;&nbsp;{_html(place)} · "
                                      f"{_html(level_text(row['level']))}")
        if row["status"] == "signed":
            self.form.banner_label.setText(self.tr(
                "This assessment is signed and read-only. Nothing can be changed unless "
                "it is amended with a reason."))
            self.form.banner_label.show()
        else:
            self.form.banner_label.hide()
        if self.buttons:  # Sign stays available: the counterpart co-signs the same version
            self.buttons["amend"].setVisible(self.locked)
        if first or was_locked != self.locked:
            # First load, or just signed / amended: every page follows the lock.
            self.profile.load(row)
            self.interviews.refresh()
            self.guide.set_locked(self.locked)
            self.consolidation.set_locked(self.locked)
        else:
            self.profile.refresh_from(row)
            self.profile.refresh_dates(row)
        self._tab_changed(self.form.tabs.currentIndex())

    def show_tab(self, name: str) -> None:
        self.form.tabs.setCurrentIndex(TABS.index(name))

    def current_tab(self) -> str:
        return TABS[self.form.tabs.currentIndex()]

    def show_in_guide(self, interview_id: str, element: int | None = None) -> None:
        self.show_tab("guide")
        self.guide.open_interview(interview_id, element)

    def _tab_changed(self, index: int) -> None:
        name = TABS[index]
        if name != "guide":
            self.guide.flush()
        if name != "profile":
            self.profile.flush()
        if name != "consolidation":
            self.consolidation.flush()
        if name == "consolidation":
            self.consolidation.refresh()
        elif name == "dashboard":
            self.dashboard.refresh()
        elif name == "interviews":
            self.interviews.refresh()

    def external_change(self) -> None:
        """Another process wrote to the database: re-read the assessment (which refreshes
        the profile and the tab in view) and the guide's open interview; a window whose
        assessment was deleted closes."""
        assessment_id = self.assessment_id

        def reloaded(row: dict[str, Any] | None) -> None:
            if not shiboken6.isValid(self):
                return
            if row is None:
                self.close()
                return
            self._loaded(row)
            self.guide.refresh_external()

        self.ops.run(self, lambda s, _p: s.find("assessments", assessment_id),
                     success=reloaded)

    def _on_changes(self, changes: Changes) -> None:
        """Changed elsewhere (signed, amended, a conflict settled, an import, another
        process): re-read, leaving alone what is being typed."""
        if (changes.origin is not self and changes.touches(self.assessment_id)
                and shiboken6.isValid(self)):
            self.external_change()

    def _flush_requested(self, assessment_id: str) -> None:
        """About to be printed or signed: queue what is typed but not yet saved."""
        if assessment_id == self.assessment_id and shiboken6.isValid(self):
            self.profile.flush()
            self.guide.flush()
            self.consolidation.flush()

    def position(self) -> dict[str, str]:
        """Where the expert is: the tab, and the interview open in the guide (the
        element shown is the interview's own ``last_element``, kept in the database)."""
        interview = self.guide.interview
        wanted = self.guide.opening or (interview["id"] if interview else "")
        return {"tab": self.current_tab(), "interview": wanted}

    def closeEvent(self, event: QCloseEvent) -> None:
        self.profile.flush()
        self.guide.flush()
        self.consolidation.flush()
        remember_position(self.assessment_id, self.position())
        super().closeEvent(event)
        self.deleteLater()


def _position_key(assessment_id: str) -> str:
    return f"positions/{assessment_id}"


def remember_position(assessment_id: str, position: dict[str, str]) -> None:
    """Kept per user (QSettings), like window sizes: another expert opening the same
    database starts where they themselves were."""
    from scfield.ui.i18n import settings

    settings().setValue(_position_key(assessment_id), json.dumps(position))


def remembered_position(assessment_id: str) -> dict[str, str]:
    from scfield.ui.i18n import settings

    value = settings().value(_position_key(assessment_id), "")
    try:
        position = json.loads(value) if isinstance(value, str) and value else {}
    except ValueError:
        position = {}
    if not isinstance(position, dict) or position.get("tab") not in TABS:
        return {}
    return {"tab": position["tab"], "interview": str(position.get("interview") or "")}


def _fill_layout(page: QWidget) -> Any:
    from PySide6.QtWidgets import QVBoxLayout

    layout = QVBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(page)
    return layout


def _html(text: Any) -> str:
    import html

    return html.escape("" if text is None else str(text))
