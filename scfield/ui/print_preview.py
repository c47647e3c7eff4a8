"""The print preview of a summary report: the PDF itself, rendered by PDFium.

What the user sees is the file that will be printed or saved, page for page
(no second layout engine). The report is read on the database thread and laid
out on the app's other thread (``scfield.ui.run``). Printing renders each page
(``scfield.ui.pdf_pages``) at the printer's resolution (capped, so an A4 page
stays a few tens of MB) and paints it onto the ``QPrinter`` on that other thread,
page by page, run like every operation: a progress dialog with Cancel, errors in
a message box; "Save as PDF…" copies the file.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scfield.errors import N_, ScfieldError, Text
from scfield.progress import Cancelled, Progress
from scfield.ui.pdf_pages import PdfFile, PdfPages

if TYPE_CHECKING:
    from scfield.report.content import ReportData
    from scfield.report.pdf import ReportResult
    from scfield.store import Store
    from scfield.ui.report_dialogs import ReportActions
    from scfield.ui.run import Run

MAX_PRINT_DPI = 300  # 600 dpi would be ~140 MB per A4 page image, for no visible gain


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportPreview", text)


def print_pdf(path: Path, printer: QPrinter, progress: Progress) -> None:
    """Paint every page of ``path`` onto ``printer``, a step per page; ``Cancelled``
    aborts the print job, a problem is an ``ScfieldError`` saying what went wrong.

    Runs on the app's second thread: QPainter may paint on a QPrinter outside the GUI
    thread."""
    try:
        document = PdfFile(path)
    except Exception:  # noqa: BLE001 - PDFium's errors: any means "cannot read it"
        raise ScfieldError(tr("The report file cannot be read: {path}").format(
            path=path)) from None
    pages = document.page_count()
    printer.setFullPage(True)  # the PDF has its own margins
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise ScfieldError(tr("The printer could not be started."))
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        for page in range(pages):
            try:
                progress.step(page, pages, tr("Printing page {n} of {total}…").format(
                    n=page + 1, total=pages))
            except Cancelled:
                printer.abort()
                raise
            if page:
                printer.newPage()
            image = document.render(page, round(document.sizes[page][0] * dpi / 72))
            scale = min(paper.width() / image.width(), paper.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            target = QRectF((paper.width() - width) / 2, (paper.height() - height) / 2,
                            width, height)
            painter.drawImage(target, image)
        progress.step(pages, pages)
    finally:
        painter.end()
        document.close()


def read_preview(store: Store, assessment_id: str, progress: Progress) -> ReportData:
    """What the preview prints, read on the database thread."""
    from scfield.report.content import gather

    progress.step(0, 2, Text(N_("reading the assessment")))
    return gather(store, assessment_id)


def render_preview(data: ReportData, progress: Progress) -> ReportResult:
    """The report laid out in a fresh temporary folder (the preview deletes it when it
    closes); needs no database."""
    from scfield.report.pdf import render_report, report_filename

    progress.step(1, 2, Text(N_("laying out the pages")))
    folder = Path(tempfile.mkdtemp(prefix="scfield-preview-"))
    a = data.assessment
    result = render_report(data, folder / report_filename(a["title"], a["id"]), progress)
    progress.step(2, 2, Text(N_("done")))
    return result


class ReportPreview(QWidget):
    """The report's pages, with Print…, Save as PDF…, Sign… and Amend…."""

    def __init__(self, actions: ReportActions, result: ReportResult) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.actions = actions
        self.ops = actions.ops
        self.result = result
        self.job: Run | None = None
        self.folders: list[Path] = []
        self.view = PdfPages(self)
        self.view.setObjectName("report_view")
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setToolTip(self.tr("Print on paper with the system's print dialog "
                                             "(Ctrl+P)"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.sign_button = QPushButton(self.tr("Si&gn…"), self)
        self.sign_button.setToolTip(self.tr("Sign the assessment as it is now and lock it"))
        self.amend_button = QPushButton(self.tr("&Amend…"), self)
        self.amend_button.setToolTip(self.tr("Unlock the signed assessment, with a reason"))
        self.fit_button = QPushButton(self.tr("&Whole page"), self)
        self.fit_button.setCheckable(True)
        close = QPushButton(self.tr("&Close"), self)
        self.print_button.clicked.connect(self.ask_print)
        self.save_button.clicked.connect(self.ask_save)
        self.sign_button.clicked.connect(lambda: actions.ask_sign(self.result.assessment_id))
        self.amend_button.clicked.connect(lambda: actions.ask_amend(self.result.assessment_id))
        self.fit_button.toggled.connect(self._fit)
        close.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Print, self, self.ask_print)
        QShortcut(QKeySequence.StandardKey.Save, self, self.ask_save)
        buttons = QHBoxLayout()
        for button in (self.print_button, self.save_button, self.sign_button,
                       self.amend_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.fit_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.page_label = QLabel(self)
        buttons.insertWidget(buttons.count() - 2, self.page_label)
        self.view.currentPageChanged.connect(lambda _p: self._show_page())
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(900, min(1000, screen.height() - 60) if screen else 1000)
        self.show_result(result)

    # -- showing ----------------------------------------------------------
    def show_result(self, result: ReportResult) -> None:
        """Show a (re)written report; its temporary folder is removed on close."""
        self.result = result
        self.folders.append(result.path.parent)
        self.view.load(result.path)
        from scfield.report.fingerprint import short_code

        self.setWindowTitle(self.tr("Summary report — {title}").format(title=result.title))
        state = (self.tr("signed") if result.signed else
                 self.tr("draft (printed with a DRAFT watermark until it is signed)"))
        text = self.tr("<b>{title}</b><br>{pages} pages · {state} · fingerprint {code}").format(
            title=_html(result.title), pages=self.view.page_count(), state=state,
            code=short_code(result.fingerprint))
        if result.omitted:
            text += "<br><span style='color:#9a5b00'>" + _html(self.tr(
                "Some text cannot be printed in this PDF and was replaced by a marker: "
                "{what}").format(what=result.omitted)) + "</span>"
        self.info.setText(text)
        self.amend_button.setEnabled(result.signed)  # Sign stays: a counterpart co-signs
        self._show_page()
        assessment_id = result.assessment_id
        self.ops.run(self, lambda s, _p: s.get("assessments", assessment_id).get("language")
                     or "en", success=lambda code: self._show_language(result, text, code))

    def _show_language(self, result: ReportResult, text: str, code: str) -> None:
        """A report in another language than the app's says where that is chosen, so an
        English summary in a French app is not taken for a missing translation."""
        from scfield.i18n import LANGUAGES
        from scfield.ui.i18n import current_language

        if not shiboken6.isValid(self) or self.result is not result or (
                code == current_language()):
            return
        self.info.setText(text + "<br>" + _html(self.tr(
            "Report language: {language} (chosen in the assessment's Profile tab)."
        ).format(language=LANGUAGES.get(code, code))))

    def _show_page(self) -> None:
        self.page_label.setText(self.tr("Page {n} of {total}").format(
            n=self.view.current_page() + 1, total=self.view.page_count()))

    def page_count(self) -> int:
        return self.view.page_count()

    def _fit(self, whole: bool) -> None:
        self.view.set_whole_page(whole)

    def regenerate(self) -> None:
        """The assessment was signed or amended: write the report again and show it."""

        assessment_id = self.result.assessment_id
        self.ops.run(self, lambda s, p: read_preview(s, assessment_id, p),
                     render=render_preview,
                     success=lambda r: shiboken6.isValid(self) and self.show_result(r))

    # -- printing ----------------------------------------------------------
    def new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self.result.title)
        return printer

    def ask_print(self) -> None:
        printer = self.new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._printer = printer  # kept alive while the dialog is open
        dialog.accepted.connect(lambda: self.print_to(printer))
        self.print_dialog = dialog
        # QPrintDialog.open(receiver, member) hides QDialog.open(): call the plain one
        # (window-modal, no nested event loop).
        QDialog.open(dialog)

    def print_to(self, printer: QPrinter) -> Run:
        """Print every page on ``printer`` (tests pass a PDF-file printer)."""
        path = self.result.path

        def finished(_none: Any = None) -> None:
            if shiboken6.isValid(self):
                self.job = None
                self._printer = None

        def failed(exc: BaseException) -> None:
            finished()
            from scfield.ui.messages import show_error

            show_error(self if shiboken6.isValid(self) else None, exc, self.tr("Printing"))

        self._printer = printer
        self.job = self.ops.run(self, render=lambda _none, progress: print_pdf(
            path, printer, progress), title=self.tr("Printing…"), delay_ms=300,
            success=finished, failure=failed, cancelled=finished)
        return self.job

    # -- saving ----------------------------------------------------------
    def ask_save(self) -> None:
        from scfield.ui.folders import last_folder, remember_folder

        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as PDF"), str(last_folder() / self.result.path.name),
            self.tr("PDF files (*.pdf)"))
        if path:
            remember_folder(path)
            self.save_as(path)

    def save_as(self, path: str | Path) -> None:
        """A draft is copied; for a signed summary, the signer's passphrase is asked first
        (empty: saved without a digital signature)."""
        if not self.result.signed:
            self.save_to(path)
            return
        from scfield.ui.password_dialogs import PassphraseDialog

        dialog = PassphraseDialog(self.result.title, self)
        dialog.accepted.connect(lambda: self.save_to(path, dialog.passphrase()))
        self.actions._ask(dialog)

    def save_to(self, path: str | Path, passphrase: str = "") -> None:
        """Copy the previewed file; with the passphrase of a signer's key (opened on the
        database thread), the copy carries their digital signature (copied and signed
        on the other thread)."""
        out = Path(path) if Path(path).suffix.lower() == ".pdf" else Path(f"{path}.pdf")
        result = self.result

        def key_of(store: Any) -> Any:
            if not passphrase:
                return None
            from scfield.report.signing import key_of_a_signer

            return key_of_a_signer(store, result.assessment_id, None, lambda: passphrase)

        def copy(key: Any) -> Path:
            try:
                shutil.copyfile(result.path, out)
            except OSError as exc:
                raise ScfieldError(tr("{path}: cannot save the report ({problem})").format(
                    path=out, problem=exc.strerror)) from None
            if key is not None:
                from dataclasses import replace

                from scfield.report.signing import sign_report_pdf

                sign_report_pdf(replace(result, path=out), key)
            return out

        tell, said = self.actions.tell, self.tr("Report saved: {path}")
        self.ops.run(self, lambda s, _p: key_of(s), render=lambda key, _p: copy(key),
                     success=lambda p: tell(said.format(path=p)))

    # -- closing ----------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:
            self.job.cancel()
        self.view.close_file()
        folders = list(self.folders)
        # After whatever is still writing or printing from these folders.
        self.ops.run(None, render=lambda _none, _p: [shutil.rmtree(f, ignore_errors=True)
                                                     for f in folders])
        super().closeEvent(event)
        self.deleteLater()


def _html(text: Any) -> str:
    import html

    return html.escape("" if text is None else str(text))
