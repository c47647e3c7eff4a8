"""The main window: the assessments (filter, sort, new, open, delete) and a
search over every evidence note that opens the hit in its interview guide.

Its menus reach the workbook sync (``sync_dialogs``, ``conflict_review``) and
the reports (``report_dialogs``, ``print_preview``); returned workbooks can
also be dropped onto the window to import them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from scfield import operations, scorecard, search
from scfield.changes import Changes
from scfield.framework import default_framework
from scfield.store import Store, queries, records
from scfield.ui import reassess_actions
from scfield.ui.assessment_list import (
    ID_ROLE,
    AssessmentFilter,
    AssessmentsModel,
    level_text,
    status_text,
)
from scfield.ui.compare_view import CompareActions
from scfield.ui.events import EventHub
from scfield.ui.forms import load_form
from scfield.ui.i18n import current_language, display_framework
from scfield.ui.report_dialogs import ReportActions
from scfield.ui.requests import Requests
from scfield.ui.run import Operations
from scfield.ui.sync_dialogs import SyncActions, workbook_paths
from scfield.ui.worker import DbWorker

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.workspaces: dict[str, Any] = {}
        # What any operation changed reaches every open view through this hub.
        self.events = EventHub(self)
        self.events.changed.connect(self._on_changes)
        # Every window runs its work through this one runner (scfield/ui/run.py).
        self.ops = Operations(worker, self.events, self)
        self.loaded = False  # True once the first list of assessments is shown
        self.setWindowTitle(self.tr("scfield — smart city assessments"))
        central = QWidget(self)
        self.setCentralWidget(central)
        self.form = f = load_form("main_window", central)
        f.db_label.setText(self.tr("Database: {path}").format(path=worker.path.name))
        f.db_label.setToolTip(str(worker.path))

        self.model = AssessmentsModel(self)
        self.proxy = AssessmentFilter(self)
        self.proxy.setSourceModel(self.model)
        view = f.assessments_view
        view.setModel(self.proxy)
        view.setSortingEnabled(False)  # the model sorts itself (see AssessmentsModel.sort)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        header.sortIndicatorChanged.connect(self.model.sort)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        for column, width in ((1, 150), (2, 70), (3, 75), (4, 90), (5, 70), (6, 110), (7, 125)):
            header.resizeSection(column, width)
        view.doubleClicked.connect(lambda _i: self.open_selected())
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        view.activated.connect(lambda _i: self.open_selected())
        f.main_splitter.setStretchFactor(0, 3)
        f.main_splitter.setStretchFactor(1, 1)
        # The list is the work; the search pane only needs room for a query and hits.
        f.main_splitter.setSizes([1040, 300])
        f.search_results.setSpacing(2)  # hits of three lines each, told apart

        self._fill_choice(f.level_combo, self.tr("All levels"),
                          [(level_text(v), v) for v in records.LEVELS])
        self._fill_choice(f.status_combo, self.tr("All statuses"),
                          [(status_text(v), v) for v in records.STATUSES])
        # Stages are filled when the list arrives: by then the database thread has
        # read the framework file, so the window does not parse it a second time.
        self._fill_choice(f.stage_combo, self.tr("All stages"), [])
        self._fill_choice(f.country_combo, self.tr("All countries"), [])
        f.filter_edit.textChanged.connect(lambda t: self._apply_filter())
        for combo in (f.country_combo, f.level_combo, f.status_combo, f.stage_combo):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filter())

        f.new_button.clicked.connect(self.new_assessment)
        f.open_button.clicked.connect(self.open_selected)
        f.delete_button.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, f.search_edit.setFocus)
        self.sync = SyncActions(self)
        self.reports = ReportActions(self)
        # What the other windows may ask of this one (they get it, not this window).
        self.requests = Requests(
            print_summary=self.reports.print_summary, export=self.sync.ask_export,
            sign=self.reports.ask_sign, amend=self.reports.ask_amend,
            open_conflicts=self.sync.open_conflicts, close_windows=self.close_windows)
        self.actions_by_name: dict[str, QAction] = {}
        self._build_menus()
        self.setAcceptDrops(True)
        view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self.model.dataChanged.connect(lambda *_a: self._update_actions())

        self._search_timer = QTimer(self, singleShot=True, interval=300)
        self._search_timer.timeout.connect(self.run_search)
        f.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        f.search_edit.returnPressed.connect(self.run_search)
        f.search_results.itemActivated.connect(self.open_hit)
        f.search_results.itemDoubleClicked.connect(self.open_hit)
        self.resize(1340, 720)
        self.refresh()
        from scfield.ui.external import ExternalChanges

        self.external = ExternalChanges(self)  # an import from a shell shows up here

    # -- menus ------------------------------------------------------------------------
    def _action(self, menu: Any, name: str, text: str, slot: Any, shortcut: Any = None,
                tip: str = "") -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        self.actions_by_name[name] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        a = self._action
        file_menu = bar.addMenu(self.tr("&File"))
        a(file_menu, "import", self.tr("&Import workbooks…"), self.sync.ask_import, "Ctrl+I",
          self.tr("Merge returned field workbooks (you can also drop them on this window)"))
        a(file_menu, "template", self.tr("Blank field &template…"), self.sync.ask_template,
          tip=self.tr("A workbook for starting an assessment in the field without the app"))
        a(file_menu, "summary", self.tr("Office &summary workbook…"), self.sync.ask_summary,
          tip=self.tr("One workbook with the scores of every assessment"))
        file_menu.addSeparator()
        a(file_menu, "all_reports", self.tr("&Reports for all assessments…"),
          self.reports.ask_all_reports, tip=self.tr("One PDF per assessment into a folder"))
        a(file_menu, "verify", self.tr("&Verify a printed report…"),
          lambda: self.reports.open_verify(),
          tip=self.tr("Check a fingerprint code or a PDF against the signed record"))
        file_menu.addSeparator()
        a(file_menu, "backups", self.tr("&Backups…"), self.open_backups,
          tip=self.tr("The copies of the database taken before each import, deletion and "
                      "restore; put one back"))
        file_menu.addSeparator()
        a(file_menu, "quit", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        menu = bar.addMenu(self.tr("&Assessment"))
        a(menu, "new", self.tr("&New assessment…"), self.new_assessment,
          QKeySequence.StandardKey.New)
        a(menu, "reassess", reassess_actions.action_text(),
          lambda: reassess_actions.ask_reassessment(self, self.selected_id()),
          tip=reassess_actions.action_tip())
        a(menu, "open", self.tr("&Open"), self.open_selected)
        self.compare = CompareActions(self, menu)
        menu.addSeparator()
        a(menu, "export", self.tr("&Export field workbook…"),
          lambda: self.sync.ask_export(self.selected_id()), "Ctrl+E",
          self.tr("Write the selected assessment as a workbook to fill in the field"))
        a(menu, "conflicts", self.tr("&Conflicts…"),
          lambda: self.sync.open_conflicts(self.selected_id()), "Ctrl+Shift+C",
          self.tr("Values changed both in a returned workbook and in the office"))
        a(menu, "audit", self.tr("Audit &trail…"), lambda: self._for_selected(self.open_audit),
          tip=self.tr("Who changed what in the selected assessment, when, why and from "
                      "which workbook"))
        menu.addSeparator()
        a(menu, "print", self.tr("&Print summary…"),
          lambda: self._for_selected(self.reports.print_summary), QKeySequence.StandardKey.Print,
          self.tr("The summary report of the selected assessment, with a preview"))
        a(menu, "sign", self.tr("&Sign…"), lambda: self._for_selected(self.reports.ask_sign),
          tip=self.tr("Sign the selected assessment as it is now and lock it"))
        a(menu, "amend", self.tr("A&mend…"), lambda: self._for_selected(self.reports.ask_amend),
          tip=self.tr("Unlock a signed assessment for changes, with a reason"))
        menu.addSeparator()
        a(menu, "delete", self.tr("&Delete…"), self.delete_selected)

        settings = bar.addMenu(self.tr("&Settings"))
        a(settings, "language", self.tr("&Language…"), self.open_language)
        a(settings, "backup_space", self.tr("Backup &space…"), self.open_backup_space)
        help_menu = bar.addMenu(self.tr("&Help"))
        a(help_menu, "about", self.tr("&About scfield"), self.about)
        self._update_actions()

    def _context_menu(self, pos: Any) -> None:
        """The Assessment menu's actions for the row under the pointer."""
        from PySide6.QtWidgets import QMenu

        view = self.form.assessments_view
        index = view.indexAt(pos)
        if not index.isValid():
            return
        view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for name in ("open", "reassess", None, "export", "print", "sign", "amend", None,
                     "delete"):
            if name is None:
                menu.addSeparator()
            elif self.actions_by_name[name].isEnabled():
                menu.addAction(self.actions_by_name[name])
        self.context_menu = menu
        menu.popup(view.viewport().mapToGlobal(pos))

    def _for_selected(self, fn: Any) -> None:
        assessment_id = self.selected_id()
        if assessment_id:
            fn(assessment_id)
        else:
            self.sync.choose_first()

    def _update_actions(self) -> None:
        if not hasattr(self, "actions_by_name") or not self.actions_by_name:
            return
        assessment_id = self.selected_id()
        row = next((r for r in self.model.rows if r.id == assessment_id), None)
        for name in ("open", "export", "print", "sign", "delete", "audit"):
            self.actions_by_name[name].setEnabled(row is not None)
        self.actions_by_name["amend"].setEnabled(row is not None and row.status == "signed")
        self.actions_by_name["reassess"].setEnabled(row is not None)

    def open_audit(self, assessment_id: str) -> Any:
        """The assessment's audit trail in a window of its own (scfield.ui.audit_view)."""
        from scfield.ui.audit_view import open_audit_view

        self.audit_view = open_audit_view(self.ops, assessment_id, self)
        return self.audit_view

    def open_backups(self) -> Any:
        """File › Backups… (scfield.ui.backups_dialog)."""
        from scfield.ui.backups_dialog import open_backups_dialog

        self.backups_dialog = open_backups_dialog(self.ops, self.requests, self)
        return self.backups_dialog

    def open_backup_space(self) -> Any:
        """Settings › Backup space… (the budget ``scfield backups --budget`` sets)."""
        from scfield.ui.settings import open_backup_budget_dialog

        self.budget_dialog = open_backup_budget_dialog(self.ops, self)
        return self.budget_dialog

    def open_language(self) -> None:
        """Settings › Language (scfield.ui.settings, imported when first used)."""
        try:
            from scfield.ui.settings import open_language_dialog
        except ImportError:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Language"),
                              self.tr("Choosing the language is not available in this "
                                      "version of scfield."),
                              QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        self.language_dialog = open_language_dialog(self)

    def about(self) -> None:
        from scfield import __version__

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About scfield"), self.tr(
            "scfield {version}\n\nSmart-city readiness assessments in the field, with "
            "JICA's Smart City Approach. Works offline; your data stays in the database "
            "file shown at the top right.").format(version=__version__),
            QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- drag and drop of returned workbooks ----------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and workbook_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls() and workbook_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = workbook_paths(event.mimeData().urls()) if event.mimeData().hasUrls() else []
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # Import after the drop returns: the file manager must not wait for the progress.
        QTimer.singleShot(0, lambda: self.sync.import_files(paths))

    # -- list ------------------------------------------------------------------------
    @staticmethod
    def _fill_choice(combo: Any, any_text: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_text, "")
        for text, value in items:
            combo.addItem(text, value)
        found = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def refresh(self) -> None:
        self.ops.run(self, lambda s, _p: scorecard.list_assessments(s), success=self._show_rows)

    def refresh_one(self, assessment_id: str) -> None:
        """An assessment changed: re-score just its row (the list has up to thousands)."""

        def summary(store: Store) -> scorecard.AssessmentSummary | None:
            return scorecard.summary_of(store, assessment_id)

        def show(result: scorecard.AssessmentSummary | None) -> None:
            if result is not None and shiboken6.isValid(self):
                self.model.update_row(result)

        self.ops.run(self, lambda s, _p: summary(s), success=show)

    def _on_changes(self, changes: Changes) -> None:
        """The list follows every change: re-read whole, or just the rows touched."""
        if not shiboken6.isValid(self):
            return
        known = {r.id for r in self.model.rows}
        if changes.everything or not changes.assessments <= known:  # new rows: re-read
            self.refresh()
            return
        for assessment_id in changes.assessments:
            self.refresh_one(assessment_id)

    def _show_rows(self, rows: list[scorecard.AssessmentSummary]) -> None:
        if not shiboken6.isValid(self):
            return
        selected = self.selected_id()
        self.model.set_rows(rows)
        countries = sorted({r.country for r in rows if r.country}, key=str.casefold)
        self._fill_choice(self.form.country_combo, self.tr("All countries"),
                          [(c, c) for c in countries])
        if self.form.stage_combo.count() == 1:
            stages = display_framework(default_framework()).stages
            self._fill_choice(self.form.stage_combo, self.tr("All stages"),
                              [(s.name, s.key) for s in stages])
            self._fit_columns([s.name for s in stages])
        self._apply_filter()
        if selected:
            self.select_id(selected)  # a refresh (after an import) keeps the selection
        self.loaded = True

    def _fit_columns(self, stages: list[str]) -> None:
        """Widen the level, status and stage columns to their longest value in this
        language ("Démarrage modeste", "Inicio a pequeña escala"); the title column,
        which stretches, gives up the room."""
        view = self.form.assessments_view
        header, metrics = view.horizontalHeader(), view.fontMetrics()
        for column, values in ((2, [level_text(v) for v in records.LEVELS]),
                               (3, [status_text(v) for v in records.STATUSES]),
                               (6, stages)):
            needed = max((metrics.horizontalAdvance(v) for v in values), default=0) + 14
            if header.sectionSize(column) < needed:
                header.resizeSection(column, needed)

    def _apply_filter(self) -> None:
        f = self.form
        self.proxy.set_filter(f.filter_edit.text(), country=f.country_combo.currentData() or "",
                              level=f.level_combo.currentData() or "",
                              status=f.status_combo.currentData() or "",
                              stage=f.stage_combo.currentData() or "")
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            text = self.tr("No assessments yet. Click “New assessment…” to start one.")
        elif shown == total == 1:
            text = self.tr("1 assessment")
        elif shown == total:
            text = self.tr("{n} assessments").format(n=total)
        else:
            text = self.tr("{shown} of {n} assessments match the filter").format(
                shown=shown, n=total)
        f.count_label.setText(text)

    def selected_id(self) -> str | None:
        index = self.form.assessments_view.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.data(self.proxy.index(index.row(), 0), ID_ROLE)

    def select_id(self, assessment_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, ID_ROLE) == assessment_id:
                self.form.assessments_view.setCurrentIndex(index)
                return

    # -- actions -----------------------------------------------------------------------
    def new_assessment(self) -> None:
        from scfield.ui.title_dialog import ask_title

        self.title_dialog = ask_title(self, self.tr("New assessment"),
                                      self.tr("Title of the new assessment:"),
                                      self.create_assessment)

    def create_assessment(self, title: str, **fields: Any) -> None:
        def created(assessment_id: str) -> None:
            self.open_assessment(assessment_id, tab="profile")

        # A new assessment is summarised in the language the app speaks; the profile
        # page changes it.
        fields.setdefault("language", current_language())
        self.ops.run(self, lambda s, _p: operations.create_assessment(s, title, **fields),
                     success=created)

    def open_selected(self) -> None:
        assessment_id = self.selected_id()
        if assessment_id:
            self.open_assessment(assessment_id)

    def open_assessment(self, assessment_id: str, tab: str | None = None,
                        interview_id: str | None = None, element: int | None = None) -> Any:
        from scfield.ui.workspace import AssessmentWindow

        window = self.workspaces.get(assessment_id)
        opened = window is None or not shiboken6.isValid(window)
        if opened:
            window = AssessmentWindow(self.ops, assessment_id, requests=self.requests)
            self.workspaces[assessment_id] = window
            window.destroyed.connect(lambda _o=None, i=assessment_id: self.workspaces.pop(i, None))
        window.show()
        window.raise_()
        window.activateWindow()
        if interview_id is not None:
            window.show_in_guide(interview_id, element)
        elif tab:
            window.show_tab(tab)
        elif opened:
            self._resume(window)
        return window

    def _resume(self, window: Any) -> None:
        """Reopen an assessment where the expert left it: the tab, and in the guide the
        same interview (which itself resumes at its last element), if it still exists."""
        from scfield.ui.workspace import remembered_position

        position = remembered_position(window.assessment_id)
        if not position:
            return
        interview_id = position["interview"]
        if position["tab"] != "guide" or not interview_id:
            window.show_tab(position["tab"])
            return
        assessment_id = window.assessment_id

        def exists(store: Store) -> bool:
            return queries.interview_in(store, interview_id, assessment_id)

        def resume(found: bool) -> None:
            if shiboken6.isValid(window):
                if found:
                    window.show_in_guide(interview_id)
                else:
                    window.show_tab("guide")

        self.ops.run(self, lambda s, _p: exists(s), success=resume)

    def delete_selected(self) -> None:
        assessment_id = self.selected_id()
        if not assessment_id:
            return
        row = next(r for r in self.model.rows if r.id == assessment_id)
        answer = QMessageBox.question(
            self, self.tr("Delete assessment"),
            self.tr("Delete “{title}” with all its interviews, evidence and ratings?\n\n"
                    "A backup copy of the database is made first, so it can be "
                    "recovered.").format(title=row.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_assessment(assessment_id)

    def delete_assessment(self, assessment_id: str) -> None:
        """Delete (after the user confirmed): backup first, then say where it is."""
        row = next(r for r in self.model.rows if r.id == assessment_id)
        window = self.workspaces.pop(assessment_id, None)
        if window is not None and shiboken6.isValid(window):
            window.close()
        self.ops.run(self, lambda s, _p: operations.delete_assessment(
            s, assessment_id, reason="deleted in the app"),
            success=lambda backup: self._deleted(row.title, backup))

    def _deleted(self, title: str, backup: Path | None) -> None:
        where = str(backup) if backup else self.tr("(the database was empty)")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Assessment deleted"),
                          self.tr("“{title}” was deleted. The backup made just before is:"
                                  "\n{path}").format(title=title, path=where),
                          QMessageBox.StandardButton.Ok, self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = box
        box.open()

    # -- search ---------------------------------------------------------------------------
    def run_search(self) -> None:
        self._search_timer.stop()
        text = self.form.search_edit.text()
        if not text.strip():
            self.form.search_results.clear()
            self.form.search_status.setText("")
            return
        self.ops.run(self, lambda s, _p: search.search_evidence(s, text),
                     success=lambda hits: self._show_hits(text, hits))

    def _show_hits(self, text: str, hits: list[search.SearchHit]) -> None:
        if not shiboken6.isValid(self) or text != self.form.search_edit.text():
            return
        results = self.form.search_results
        results.clear()
        framework = display_framework(default_framework())
        for hit in hits:
            try:
                name = framework.element(hit.element).name
            except KeyError:
                name = ""
            item = QListWidgetItem(f"{hit.assessment_title}\n{hit.element:02d} {name} · "
                                   f"{hit.interviewee}\n{hit.snippet}")
            item.setData(HIT_ROLE, hit)
            item.setToolTip(hit.note)
            results.addItem(item)
        if hits:
            self.form.search_status.setText(self.tr(
                "{n} notes found. Double-click one to open it in its interview.").format(
                n=len(hits)))
        else:
            self.form.search_status.setText(self.tr("No evidence note contains that text."))

    def open_hit(self, item: QListWidgetItem) -> None:
        hit: search.SearchHit = item.data(HIT_ROLE)
        self.open_assessment(hit.assessment_id, interview_id=hit.interview_id,
                             element=hit.element)

    # -- closing ------------------------------------------------------------------------------
    def close_windows(self) -> None:
        """Close every assessment window and the audit trail (before a restore); each
        queues its last autosaves first."""
        for window in list(self.workspaces.values()):
            if shiboken6.isValid(window):
                window.close()
        audit = getattr(self, "audit_view", None)
        if audit is not None and shiboken6.isValid(audit):
            audit.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_windows()
        super().closeEvent(event)

