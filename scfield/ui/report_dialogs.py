"""Reports in the app: roadmap, print preview, sign, amend, verify, all reports.

The report package does the work (``scfield.report.pdf`` / ``signoff`` /
``verify``), called on the database thread exactly as its CLI commands call
it; this module only asks the questions and shows the answers. As with the
workbook actions, each action has an ``ask_…`` half (dialogs) and a half that
takes its answers as arguments, which the tests drive directly.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from scfield import operations
from scfield.messages import messages
from scfield.progress import Progress
from scfield.store import Store, queries
from scfield.ui.autosave import Autosave
from scfield.ui.forms import load_form
from scfield.ui.i18n import current_language

if TYPE_CHECKING:
    from scfield.report.pdf import ReportResult
    from scfield.report.verify import VerifyResult
    from scfield.ui.main_window import MainWindow
    from scfield.ui.print_preview import ReportPreview
    from scfield.ui.run import Operations


class RoadmapDialog(QDialog):
    """Short / medium / long-term roadmap, edited before the summary is printed.

    Autosaved while typing (``save(changes)`` with the texts changed since the last
    save), so a crash in the middle of a long roadmap loses at most the last second."""

    def __init__(self, roadmap: dict[str, str], locked: bool,
                 parent: QWidget | None = None,
                 save: Callable[[dict[str, str]], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Roadmap for the summary"))
        self.form = f = load_form("roadmap_dialog", self)
        self.original = dict(roadmap)
        self.saved = {k: roadmap.get(k) or "" for k in self.edits()}
        self._save = save
        self.autosave = Autosave(self, self.flush)
        for key, edit in self.edits().items():
            edit.setPlainText(roadmap.get(key, ""))
            edit.setReadOnly(locked)
            edit.textChanged.connect(self.autosave.touch)
        f.locked_label.setObjectName("banner_label")
        f.locked_label.setVisible(locked)
        f.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Continue to the preview"))
        # Who signs is entered beside the roadmap (its own dialog, saved as it goes).
        self.signatories_button = f.button_box.addButton(
            self.tr("&Signatories…"), QDialogButtonBox.ButtonRole.ActionRole)
        f.button_box.accepted.connect(self.accept)
        f.button_box.rejected.connect(self.reject)
        self.resize(640, 560)

    def edits(self) -> dict[str, QPlainTextEdit]:
        f = self.form
        return {"short_term": f.short_edit, "medium_term": f.medium_edit,
                "long_term": f.long_edit}

    def roadmap(self) -> dict[str, str]:
        return {key: edit.toPlainText().strip() for key, edit in self.edits().items()}

    def changed(self) -> bool:
        return any(self.roadmap()[k] != (self.original.get(k) or "") for k in self.edits())

    def flush(self) -> None:
        """Hand the texts changed since the last save to ``save`` (autosave, OK, close)."""
        self.autosave.cancel()
        road = self.roadmap()
        changes = {k: v for k, v in road.items() if v != self.saved[k]}
        if changes and self._save is not None:
            self.saved.update(changes)
            self._save(changes)

    def done(self, result: int) -> None:
        self.flush()  # Cancel closes the dialog; what was typed is already kept
        super().done(result)


class SignDialog(QDialog):
    """Who signs: name (required), role, organisation."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign the assessment"))
        self.form = f = load_form("sign_dialog", self)
        f.intro_label.setText(self.tr(
            "Sign “{title}” as it is now. Signing records your name, the time and the "
            "fingerprint of the content, and locks the assessment: nothing can be changed "
            "unless it is amended with a reason. A second person may sign the same version."
        ).format(title=title))
        f.key_label.setText(self.tr(
            "You sign with your key: on first signing scfield makes your key and a "
            "self-signed certificate and keeps them on this computer, protected by the "
            "passphrase (at least 8 characters; it cannot be recovered). Or choose your "
            "organisation's key file and type its passphrase."))
        f.name_edit.setText(name)
        self.ok = ok = f.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Sign and lock"))
        f.name_edit.textChanged.connect(self._enable)
        f.passphrase_edit.textChanged.connect(self._enable)
        f.key_button.clicked.connect(self.browse_key)
        self._enable()
        f.button_box.accepted.connect(self.accept)
        f.button_box.rejected.connect(self.reject)
        self.resize(560, 340)

    def _enable(self) -> None:
        f = self.form
        self.ok.setEnabled(bool(f.name_edit.text().strip() and f.passphrase_edit.text()))

    def browse_key(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Your organisation's key file"), "",
            self.tr("PKCS#12 key files (*.p12 *.pfx)"))
        if path:
            self.form.key_edit.setText(path)

    def answers(self) -> tuple[str, str, str]:
        f = self.form
        return (f.name_edit.text().strip(), f.role_edit.text().strip(),
                f.organisation_edit.text().strip())

    def key_answers(self) -> tuple[str, str]:
        """(passphrase, the organisation's key file or '')."""
        return self.form.passphrase_edit.text(), self.form.key_edit.text().strip()


class AmendDialog(QDialog):
    """Unlock a signed assessment: the reason is required and kept in the history."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amend the signed assessment"))
        intro = QLabel(self.tr(
            "Amending “{title}” makes it editable again and prints it as DRAFT until it is "
            "signed again. The signed version and its fingerprint stay in the history, with "
            "your reason.").format(title=title), self)
        intro.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setPlaceholderText(self.tr("Why is it amended? (required)"))
        self.reason_edit.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Amend"))
        self.ok.setEnabled(False)
        self.reason_edit.textChanged.connect(lambda: self.ok.setEnabled(bool(self.reason())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("&Reason:"), self, buddy=self.reason_edit))
        layout.addWidget(self.reason_edit)
        layout.addWidget(buttons)
        self.resize(520, 280)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()


class VerifyDialog(QDialog):
    """A printed code or a PDF file → does it match a signed assessment?"""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.result: VerifyResult | None = None
        self.setWindowTitle(self.tr("Verify a printed report"))
        self.form = f = load_form("verify_dialog", self)
        f.check_button.clicked.connect(lambda: self.check(f.code_edit.text()))
        f.code_edit.returnPressed.connect(lambda: self.check(f.code_edit.text()))
        f.browse_button.clicked.connect(self.browse)
        f.button_box.rejected.connect(self.close)
        self.resize(640, 380)

    def browse(self) -> None:
        from scfield.ui.folders import last_folder, remember_folder

        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the PDF report"), str(last_folder()),
            self.tr("PDF files (*.pdf)"))
        if path:
            remember_folder(path)
            self.form.code_edit.setText(path)
            self.check(path)

    def check(self, text: str) -> None:
        from scfield.report.verify import verify

        text = text.strip()
        if not text:
            self.form.result_text.setHtml(html.escape(self.tr(
                "Type the fingerprint code first, or choose a PDF.")))
            return
        self.form.result_text.setHtml(html.escape(self.tr("Checking…")))
        self.ops.run(self, lambda s, _p: verify(s, text), success=self._show,
                     failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        from scfield.ui.messages import error_text

        if shiboken6.isValid(self):
            self.form.result_text.setHtml(
                "<p style='color:#a01010'><b>" + html.escape(self.tr("Cannot check it"))
                + "</b></p><p>" + html.escape(error_text(exc)) + "</p>")

    def _show(self, result: VerifyResult) -> None:
        if not shiboken6.isValid(self):
            return
        self.result = result
        if result.matches:
            head = ("<p style='color:#106010; font-size:13pt'><b>✔ "
                    + html.escape(self.tr("It matches the signed record.")) + "</b></p>")
        elif result.pages_unchecked:
            head = ("<p style='color:#a01010; font-size:13pt'><b>⚠ " + html.escape(self.tr(
                "Its code names a signed record, but this PDF is not digitally signed: "
                "nothing shows its pages are the ones signed.")) + "</b></p>")
        else:
            head = ("<p style='color:#a01010; font-size:13pt'><b>✘ "
                    + html.escape(self.tr("It does not match a signed record.")) + "</b></p>")
        # The core's verdict, changes and checks, in the app's language.
        m = messages(current_language())
        body = "<p>" + html.escape(result.verdict.render(m)) + "</p>"
        if result.changed:
            body += "<ul>" + "".join(f"<li>{html.escape(c.render(m))}</li>"
                                     for c in result.changed) + "</ul>"
        if result.checks:  # which check failed, and what each one proves
            body += "<ul>" + "".join(f"<li>{html.escape(c.line(m).strip())}</li>"
                                     for c in result.checks) + "</ul>"
        self.form.result_text.setHtml(head + body)

    def text(self) -> str:
        return self.form.result_text.toPlainText()


class ReportActions(QObject):
    """The main window's report actions (Assessment and File menus)."""

    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        self.main = main
        self.ops = main.ops
        self.worker = main.worker
        self.previews: dict[str, ReportPreview] = {}
        self.dialog: QDialog | None = None  # the latest question asked (tests answer it)
        self.verify_dialog: VerifyDialog | None = None
        self.signatories_dialog: QDialog | None = None
        self.last_results: list[ReportResult] = []

    # -- helpers ----------------------------------------------------------
    def _flush(self, assessment_id: str) -> None:
        """Queue the open window's pending autosaves before reading or signing."""
        self.ops.events.request_flush(assessment_id)

    def _parent(self, assessment_id: str) -> QWidget:
        window = self.main.workspaces.get(assessment_id)
        return window if window is not None and shiboken6.isValid(window) else self.main

    def tell(self, text: str) -> None:
        """A short notice in the main window's status bar (a preview's "Report saved")."""
        if shiboken6.isValid(self.main):
            self.main.statusBar().showMessage(text, 15000)

    def _ask(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()  # window-modal, no nested event loop
        return dialog

    def _info(self, parent: QWidget, title: str, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, parent)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()
        return box

    def assessment_changed(self, assessment_id: str) -> None:
        """Signed or amended: the open preview follows (the list and the assessment's
        window were told by the runner)."""
        preview = self.previews.get(assessment_id)
        if preview is not None and shiboken6.isValid(preview):
            preview.regenerate()

    # -- print summary ----------------------------------------------------------
    def print_summary(self, assessment_id: str) -> None:
        """Roadmap first (optional), then the preview."""
        from scfield.report.signoff import roadmap_of

        self._flush(assessment_id)

        def read(store: Store) -> tuple[dict[str, str], bool]:
            return (roadmap_of(store, assessment_id),
                    store.get("assessments", assessment_id)["status"] == "signed")

        self.ops.run(self.main, lambda s, _p: read(s),
                     success=lambda r: self._ask_roadmap(assessment_id, *r))

    def _ask_roadmap(self, assessment_id: str, roadmap: dict[str, str], locked: bool) -> None:
        def save(changes: dict[str, str]) -> None:
            self.ops.run(self.main, lambda s, _p: operations.set_roadmap(s, assessment_id,
                                                                        **changes))

        dialog = RoadmapDialog(roadmap, locked, self._parent(assessment_id),
                               save=None if locked else save)
        dialog.accepted.connect(lambda: self.roadmap_answered(assessment_id, dialog))
        dialog.signatories_button.clicked.connect(
            lambda: self.edit_signatories(assessment_id, dialog))
        self._ask(dialog)

    def edit_signatories(self, assessment_id: str, parent: QWidget) -> QDialog:
        """The signatories of the summary (one box each on the sign-off page)."""
        from scfield.ui.signatories_dialog import SignatoriesDialog

        dialog = SignatoriesDialog(self.ops, assessment_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.signatories_dialog = dialog
        dialog.open()
        return dialog

    def roadmap_answered(self, assessment_id: str, dialog: RoadmapDialog) -> None:
        dialog.flush()  # the last keystrokes, queued before the preview reads the roadmap
        self.preview(assessment_id)

    def preview(self, assessment_id: str) -> Any:
        """Read the report on the database thread, lay it out into a temporary file on the
        other one (autosaves go on meanwhile), then show it."""
        from scfield.ui.print_preview import read_preview, render_preview

        self._flush(assessment_id)
        return self.ops.run(self._parent(assessment_id),
                            lambda store, progress: read_preview(store, assessment_id,
                                                                 progress),
                            render=render_preview, success=self._show_preview,
                            title=self.tr("Preparing the summary report"))

    def _show_preview(self, result: ReportResult) -> None:
        from scfield.ui.print_preview import ReportPreview

        old = self.previews.get(result.assessment_id)
        if old is not None and shiboken6.isValid(old):
            old.show_result(result)
            preview = old
        else:
            preview = ReportPreview(self, result)
            self.previews[result.assessment_id] = preview
            preview.destroyed.connect(
                lambda _o=None, i=result.assessment_id: self.previews.pop(i, None))
        preview.show()
        preview.raise_()
        preview.activateWindow()

    # -- sign / amend ----------------------------------------------------------
    def ask_sign(self, assessment_id: str) -> None:
        self._flush(assessment_id)

        def read(store: Store) -> tuple[str, str]:
            return (store.get("assessments", assessment_id)["title"],
                    store.get_meta("author_name") or store.author or "")

        def asked(answer: tuple[str, str]) -> None:
            dialog = SignDialog(answer[0], answer[1], self._parent(assessment_id))
            dialog.accepted.connect(lambda: self.sign(assessment_id, *dialog.answers(),
                                                      *dialog.key_answers()))
            self._ask(dialog)

        self.ops.run(self.main, lambda s, _p: read(s), success=asked)

    def sign(self, assessment_id: str, name: str, role: str, organisation: str,
             passphrase: str = "", key_file: str = "") -> None:
        """Open (or on first signing make) the signer's key and sign with it."""
        self._flush(assessment_id)
        parent = self._parent(assessment_id)

        def signed(sig: Any) -> None:
            self.assessment_changed(assessment_id)
            self._info(parent, self.tr("Assessment signed"), self.tr(
                "Signed by {who} on {date}. The assessment is now locked.\n\n"
                "Fingerprint: {code}").format(who=sig.who(), date=sig.date, code=sig.short))

        self.ops.run(parent, lambda s, _p: operations.sign(s, assessment_id, name, role,
                                                         organisation, passphrase, key_file),
                     success=signed)

    def ask_amend(self, assessment_id: str) -> None:
        def asked(title: str) -> None:
            dialog = AmendDialog(title, self._parent(assessment_id))
            dialog.accepted.connect(lambda: self.amend(assessment_id, dialog.reason()))
            self._ask(dialog)

        self.ops.run(self.main, lambda s, _p: s.get("assessments", assessment_id)["title"],
                     success=asked)

    def amend(self, assessment_id: str, reason: str) -> None:
        parent = self._parent(assessment_id)

        def amended(old: list[Any]) -> None:
            self.assessment_changed(assessment_id)
            codes = ", ".join(sorted({s.short for s in old}))
            self._info(parent, self.tr("Assessment amended"), self.tr(
                "The assessment can be edited again and prints as DRAFT until it is signed "
                "again. The signed version ({codes}) stays in the history.").format(
                codes=codes))

        self.ops.run(parent, lambda s, _p: operations.amend(s, assessment_id, reason),
                     success=amended)

    # -- verify ----------------------------------------------------------
    def open_verify(self, text: str | None = None) -> VerifyDialog:
        dialog = self.verify_dialog
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = VerifyDialog(self.ops, self.main)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.verify_dialog = dialog
        dialog.show()
        dialog.raise_()
        if text:
            dialog.form.code_edit.setText(text)
            dialog.check(text)
        return dialog

    # -- all reports ----------------------------------------------------------
    def ask_all_reports(self) -> None:
        from scfield.ui.folders import last_folder, remember_folder

        folder = QFileDialog.getExistingDirectory(
            self.main, self.tr("Folder for the reports of all assessments"), str(last_folder()))
        if folder:
            remember_folder(folder)
            self.reports_to(folder)

    def reports_to(self, folder: str | Path) -> Any:
        """One PDF per assessment into ``folder``, with progress and Cancel: each report
        is read on the database thread and laid out on the other, so that the database
        is free between two reads."""
        from scfield.report.content import gather

        worker = self.worker

        def render(ids: list[str], progress: Progress) -> list[ReportResult]:
            return operations.render_reports(
                lambda aid: worker.call(lambda s: gather(s, aid), timeout=120), ids, folder,
                progress)

        return self.ops.run(self.main,
                            lambda s, _p: queries.assessment_ids_newest_first(s),
                            render=render, title=self.tr("Writing the reports"),
                            success=lambda results: self._reports_written(folder, results))

    def _reports_written(self, folder: str | Path, results: list[ReportResult]) -> None:
        self.last_results = results
        text = (self.tr("1 report written to {folder}") if len(results) == 1 else
                self.tr("{n} reports written to {folder}")).format(n=len(results),
                                                                  folder=folder)
        omitted = [f"{r.title}: {r.omitted}" for r in results if r.omitted]
        if omitted:
            text += "\n\n" + self.tr(
                "Some text the PDF cannot print was replaced by a marker in:") + "\n" + \
                "\n".join(omitted)
        self._info(self.main, self.tr("Reports written"), text)
