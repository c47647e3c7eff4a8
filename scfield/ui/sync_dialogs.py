"""Field workbooks in the app: export, blank template, import (file dialog or drag
and drop) with progress and Cancel, the per-file result, and the office summary.

Every action has two halves: ``ask_…`` shows the file dialog, and ``…_to`` /
``import_files`` does the work with the path given, so tests (and drag and
drop) supply the file name without a native dialog. The work itself is the
sync package's own functions, called on the database thread exactly as the
CLI calls them; the window only shows what they return.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from scfield import operations
from scfield.changes import Done
from scfield.progress import Progress
from scfield.store import Store
from scfield.ui.folders import file_name, last_folder, remember_folder, with_suffix
from scfield.ui.forms import load_form
from scfield.ui.messages import show_error

if TYPE_CHECKING:
    from scfield.sync.importer import FileResult
    from scfield.ui.main_window import MainWindow

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls")  # the importer explains why it refuses the last two
RESULT_ROLE = Qt.ItemDataRole.UserRole + 3


def workbook_paths(urls: Iterable[QUrl]) -> list[Path]:
    """The local workbook files among dropped URLs (folders and web links are ignored)."""
    paths = []
    for url in urls:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in WORKBOOK_SUFFIXES:
                paths.append(path)
    return paths


class ImportResultsDialog(QDialog):
    """One row per workbook: what it added, updated and left unchanged, its conflicts,
    or why it was refused; the details of the selected workbook below."""

    def __init__(self, results: list[FileResult], parent: QWidget | None = None,
                 open_conflicts: Callable[[str | None], Any] | None = None) -> None:
        """``open_conflicts(assessment)``: how the app opens the conflict review."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Imported workbooks"))
        self.results = results
        self.open_conflicts = open_conflicts
        self.form = f = load_form("import_results", self)
        f.button_box.rejected.connect(self.reject)
        f.conflicts_button.clicked.connect(self.review_conflicts)
        tree = f.results_tree
        for result in results:
            counts = ([""] * 4 if result.refused or result.status in ("cancelled", "skipped")
                      else
                      [str(result.added), str(result.updated), str(result.unchanged),
                       self.conflicts_text(result)])
            item = QTreeWidgetItem([result.file, self.outcome(result), *counts])
            item.setData(0, RESULT_ROLE, result)
            item.setToolTip(0, result.file)
            for column in range(2, 6):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            if result.refused:
                item.setForeground(1, QBrush(QColor("#a01010")))
            elif result.conflicts:
                item.setForeground(5, QBrush(QColor("#9a5b00")))
            tree.addTopLevelItem(item)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        tree.currentItemChanged.connect(lambda item, _old: self.show_details(item))
        first = next((i for i, r in enumerate(results) if r.refused or r.conflicts), 0)
        if results:
            tree.setCurrentItem(tree.topLevelItem(first))
        f.summary_label.setText(self.summary())
        f.conflicts_button.setVisible(any(r.conflicts or r.known_conflicts for r in results))
        self.resize(860, 560)

    def outcome(self, result: FileResult) -> str:
        return {"applied": self.tr("Imported"), "unchanged": self.tr("Nothing new"),
                "refused": self.tr("Refused"),
                "dry-run": self.tr("Would import"),
                "cancelled": self.tr("Not imported (cancelled)"),
                "skipped": self.tr("Not imported (no password)")}.get(result.status,
                                                                       result.status)

    def conflicts_text(self, result: FileResult) -> str:
        """New conflicts; those an earlier import already recorded in brackets."""
        if result.known_conflicts:
            return self.tr("{n} (+{known} earlier)").format(n=result.conflicts,
                                                            known=result.known_conflicts)
        return str(result.conflicts)

    def summary(self) -> str:
        results = self.results
        refused = sum(r.refused for r in results)
        imported = sum(r.status == "applied" for r in results)
        unchanged = sum(r.status == "unchanged" for r in results)
        conflicts = sum(r.conflicts for r in results)
        cancelled = sum(r.status == "cancelled" for r in results)
        skipped = sum(r.status == "skipped" for r in results)
        parts = [self.tr("Workbooks imported: {n} of {total}.").format(
            n=imported, total=len(results))]
        if cancelled:
            parts.append(self.tr("Stopped by Cancel: {n} not imported — import them again "
                                 "when you are ready (the others will say nothing "
                                 "new).").format(n=cancelled))
        if skipped:
            parts.append(self.tr("Left out without their password: {n} — import them again "
                                 "when you have it.").format(n=skipped))
        if unchanged:
            parts.append(self.tr("Nothing new in: {n}.").format(n=unchanged))
        if refused:
            parts.append(self.tr("Refused: {n} — nothing from them was written; the reasons "
                                 "are below.").format(n=refused))
        if conflicts:
            parts.append(self.tr("New conflicts: {n} — the office values were kept until you "
                                 "decide (Review conflicts…).").format(n=conflicts))
        return " ".join(parts)

    def show_details(self, item: QTreeWidgetItem | None) -> None:
        import html

        text = self.form.details_text
        if item is None:
            text.clear()
            return
        result: FileResult = item.data(0, RESULT_ROLE)
        lines = [f"<p><b>{html.escape(result.file)}</b> — {html.escape(self.outcome(result))}"
                 "</p>"]
        if result.status == "skipped":
            lines.append("<p>" + html.escape(self.tr(
                "This workbook is encrypted and its password was not given: nothing from it "
                "was written. Import it again with its password.")) + "</p>")
        elif result.refused:
            lines.append("<p>" + html.escape(self.tr(
                "This workbook was refused and nothing from it was written, because:")) + "</p>")
            lines.append("<ul>" + "".join(f"<li>{html.escape(p)}</li>"
                                          for p in result.problems) + "</ul>")
        else:
            lines.append("<p>" + html.escape(self.tr(
                "Added: {added}. Updated: {updated}. Unchanged: {unchanged}. New conflicts: "
                "{conflicts}.").format(added=result.added, updated=result.updated,
                                     unchanged=result.unchanged,
                                     conflicts=result.conflicts)) + "</p>")
            if result.known_conflicts:
                lines.append("<p>" + html.escape(self.tr(
                    "Conflicts already recorded by an earlier import: {n}.").format(
                    n=result.known_conflicts)) + "</p>")
        if result.notes:
            lines.append("<p>" + html.escape(self.tr("Notes:")) + "</p><ul>"
                         + "".join(f"<li>{html.escape(n)}</li>" for n in result.notes)
                         + "</ul>")
        if result.changes and not result.refused:
            lines.append("<p>" + html.escape(self.tr("Changes:")) + "</p><ul>"
                         + "".join(f"<li>{html.escape(c)}</li>" for c in result.changes[:200])
                         + "</ul>")
        if result.backup:
            lines.append("<p>" + html.escape(self.tr(
                "The database was backed up before the import: {path}").format(
                path=result.backup)) + "</p>")
        text.setHtml("".join(lines))

    def review_conflicts(self) -> None:
        if self.open_conflicts is not None:
            ids = [r.assessment_id for r in self.results if r.conflicts or r.known_conflicts]
            self.open_conflicts(ids[0] if ids else None)


class SyncActions(QObject):
    """The main window's workbook actions (File and Assessment menus, drops)."""

    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        self.main = main
        self.ops = main.ops
        self.results_dialog: ImportResultsDialog | None = None
        self.review: Any = None
        self.last_written: Path | None = None
        self.message: QMessageBox | None = None
        self.export_dialog: QDialog | None = None
        self.password_dialog: QDialog | None = None

    # -- helpers ----------------------------------------------------------
    def _wrote(self, path: Path, what: str) -> None:
        self.last_written = Path(path)
        if shiboken6.isValid(self.main):
            self.main.statusBar().showMessage(
                self.tr("{what} written: {path}").format(what=what, path=path), 15000)

    def _title(self, assessment_id: str) -> str:
        row = next((r for r in self.main.model.rows if r.id == assessment_id), None)
        return row.title if row else "assessment"

    def _save_path(self, caption: str, name: str, pattern: str,
                   parent: QWidget | None = None) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            parent or self.main, caption, str(last_folder() / name), pattern)
        if not path:
            return None
        remember_folder(path)
        return with_suffix(path, ".xlsx")

    # -- export ----------------------------------------------------------
    def ask_export(self, assessment_id: str | None, window: QWidget | None = None) -> None:
        """``window``: the assessment's own window when its Export button asked.

        The dialog asks where to write and, optionally, a password to encrypt with."""
        from scfield.ui.password_dialogs import ExportDialog

        if not assessment_id:
            self.choose_first()
            return
        dialog = ExportDialog(last_folder() / file_name(self._title(assessment_id), ".xlsx"),
                              window or self.main)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            remember_folder(dialog.path)
            self.export_to(assessment_id, dialog.path, window, password=dialog.password)

        dialog.accepted.connect(answered)
        self.export_dialog = dialog
        dialog.open()

    def export_to(self, assessment_id: str, path: str | Path,
                  window: QWidget | None = None, password: str | None = None) -> Any:
        """Write the field workbook of one assessment to ``path`` (the menu asks first);
        with ``password``, encrypted as ``scfield export --password-file`` writes it.

        Asked from an assessment's window, which hides the main window's status bar, the
        file written is said in a message over that window."""
        from scfield.sync.export import read_export, write_export

        out = with_suffix(path, ".xlsx")
        what = self.tr("Encrypted field workbook") if password else self.tr("Field workbook")

        def written(p: Path) -> None:
            self._wrote(p, what)
            if window is not None and shiboken6.isValid(window):
                box = QMessageBox(QMessageBox.Icon.Information, self.tr("Field workbook written"),
                                  self.tr("The field workbook was written to:\n{path}").format(
                                      path=p), QMessageBox.StandardButton.Ok, window)
                box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                self.message = box
                box.open()

        # Read on the database thread, built and saved (openpyxl) on the other one.
        return self.ops.run(window or self.main,
                            lambda store, progress: read_export(store, assessment_id, progress),
                            render=lambda read, progress: write_export(
                                read, out, progress, password=password),
                            title=self.tr("Writing the field workbook"), success=written)

    def ask_template(self) -> None:
        path = self._save_path(self.tr("Blank field template"),
                               self.tr("scfield field template.xlsx"),
                               self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.template_to(path)

    def template_to(self, path: str | Path) -> None:
        """A blank workbook for starting an assessment in the field without the app."""
        from scfield.sync.export import write_template

        out = with_suffix(path, ".xlsx")
        # No database needed: written on the other thread, the window stays free.
        self.ops.run(self.main, render=lambda _none, _p: write_template(out),
                     success=lambda p: self._wrote(p, self.tr("Blank field template")))

    def ask_summary(self) -> None:
        path = self._save_path(self.tr("Office summary workbook"),
                               self.tr("scfield office summary.xlsx"),
                               self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.summary_to(path)

    def summary_to(self, path: str | Path) -> Any:
        """The office workbook of all assessments (one row per assessment × element)."""
        from scfield.sync.summary import lay_out_summary, read_summary

        out = with_suffix(path, ".xlsx")
        # Scored on the database thread; laid out and saved by openpyxl on the other one.
        return self.ops.run(self.main, read_summary,
                            render=lambda data, progress: lay_out_summary(data, out, progress),
                            title=self.tr("Writing the office summary"),
                            success=lambda p: self._wrote(p, self.tr("Office summary workbook")))

    # -- import ----------------------------------------------------------
    def ask_import(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self.main, self.tr("Import returned field workbooks"), str(last_folder()),
            self.tr("Excel workbooks (*.xlsx);;All files (*)"))
        if paths:
            remember_folder(paths[0])
            self.import_files(paths)

    def import_files(self, paths: Iterable[str | Path]) -> Any:
        """Merge the workbooks on the database thread, then show what each one did.

        The password of each encrypted workbook is asked first, one dialog per file
        (checked at once; Cancel leaves that file out), as ``scfield import`` asks on
        the terminal before importing anything."""
        from scfield.sync.encryption import is_encrypted

        files = [Path(p) for p in paths]
        if not files:
            return None
        encrypted = [p for p in files if is_encrypted(p)]
        if encrypted:
            self._ask_password(files, encrypted, {}, [])
            return None
        return self._run_import(files, {}, [])

    def _ask_password(self, files: list[Path], waiting: list[Path],
                      passwords: dict[str, str], skipped: list[Path]) -> None:
        """Ask the password of ``waiting[0]``, then of the rest, then import."""
        from scfield.sync.encryption import password_opens
        from scfield.sync.reader import WorkbookRefused
        from scfield.ui.password_dialogs import WorkbookPasswordDialog

        if not waiting:
            self._run_import([f for f in files if f not in skipped], passwords, skipped)
            return
        path, rest = waiting[0], waiting[1:]
        dialog = WorkbookPasswordDialog(path, self.main)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def check(password: str) -> bool:
            try:
                return password_opens(path, password)
            except WorkbookRefused:
                return True  # not a real encrypted workbook: the import says why

        def checked(ok: bool, password: str) -> None:
            if not shiboken6.isValid(dialog):
                return
            if not ok:
                dialog.wrong_password()
                return
            passwords[str(path)] = password
            dialog.accept()
            self._ask_password(files, rest, passwords, skipped)

        def cancelled() -> None:
            skipped.append(path)
            self._ask_password(files, rest, passwords, skipped)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(dialog):
                dialog.reject()  # the file is left out; the error says why
            show_error(self.main, exc)

        dialog.submitted.connect(lambda password: self.ops.run(
            dialog, render=lambda _none, _p: check(password),
            success=lambda ok: checked(ok, password), failure=failed))
        dialog.rejected.connect(cancelled)
        self.password_dialog = dialog
        dialog.open()

    def _run_import(self, files: list[Path], passwords: dict[str, str],
                    skipped: list[Path]) -> Any:
        from scfield.sync.importer import FileResult
        from scfield.ui.i18n import current_language

        left_out = [FileResult(p.name, "skipped") for p in skipped]
        if not files:
            self._imported(left_out)
            return None

        def job(store: Store, progress: Progress) -> Done[list[FileResult]]:
            return operations.import_workbooks(store, files, progress, passwords=passwords,
                                               language=current_language())

        return self.ops.run(self.main, job,
                            title=self.tr("Importing {n} workbooks").format(n=len(files)),
                            success=lambda results: self._imported(results + left_out))

    def _imported(self, results: list[FileResult]) -> None:
        if not shiboken6.isValid(self.main):
            return
        dialog = ImportResultsDialog(results, self.main, self.open_conflicts)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.results_dialog = dialog
        dialog.open()

    # -- conflicts ----------------------------------------------------------
    def open_conflicts(self, assessment_id: str | None = None) -> Any:
        from scfield.ui.conflict_review import ConflictReview

        review = self.review
        if review is None or not shiboken6.isValid(review):
            review = ConflictReview(self.ops, self.main, tell=self._tell)
            self.review = review
        review.load(prefer=assessment_id)
        review.show()
        review.raise_()
        review.activateWindow()
        return review

    def _tell(self, text: str) -> None:
        if shiboken6.isValid(self.main):
            self.main.statusBar().showMessage(text, 10000)

    def choose_first(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("No assessment selected"),
                          self.tr("Select an assessment in the list first."),
                          QMessageBox.StandardButton.Ok, self.main)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
