"""The two dialogs around encrypted field workbooks (issue: workbooks travel by e-mail
and USB stick with interview notes in them).

``ExportDialog`` asks where to write the field workbook and, optionally, a password
(typed twice) to encrypt it with; the workbook is then written by the same core
function ``scfield export --password-file`` calls. ``WorkbookPasswordDialog`` asks
the password of one encrypted workbook being imported; a wrong one is said in the
dialog, naming the file, and the user tries again or skips that file with Cancel.

Both only collect text: checking and decrypting are the core's
(``scfield.sync.encryption``), run on the database thread by ``sync_dialogs``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scfield.sync.encryption import MIN_PASSWORD

ERROR_STYLE = "color: #a01010;"


def _password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class ExportDialog(QDialog):
    """Where to write one assessment's field workbook, and whether to encrypt it.

    ``accepted`` is emitted only when the path is given and, with encryption ticked,
    the two passwords agree and are long enough; ``path`` and ``password`` (``None``:
    not encrypted) then hold the answer.
    """

    def __init__(self, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export field workbook"))
        self._replace: Path | None = None  # an existing file the user agreed to replace
        self.folder = Path(suggested).parent
        self.path_edit = QLineEdit(str(suggested), self)
        self.path_edit.setObjectName("path_edit")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setObjectName("browse_button")
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)

        self.encrypt_box = QCheckBox(self.tr("Encrypt with a password"), self)
        self.encrypt_box.setObjectName("encrypt_box")
        self.encrypt_box.setToolTip(self.tr(
            "For workbooks sent by e-mail or carried on a USB stick: they hold the "
            "interview notes"))
        self.password_edit = _password_edit(self, "password_edit")
        self.confirm_edit = _password_edit(self, "confirm_edit")
        self.hint = QLabel(self.tr(
            "Excel and LibreOffice ask for this password when the workbook is opened, and "
            "scfield asks for it when the workbook is imported. At least {n} characters. "
            "Tell it to the expert separately (by phone, say), never in the same e-mail."
        ).format(n=MIN_PASSWORD), self)
        self.hint.setWordWrap(True)
        self.error_label = QLabel("", self)
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Workbook:"), where)
        form.addRow("", self.encrypt_box)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.tr("Password again:"), self.confirm_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.encrypt_box.toggled.connect(self._encrypt_toggled)
        self._encrypt_toggled(False)
        self.resize(620, 280)

    def _encrypt_toggled(self, on: bool) -> None:
        for widget in (self.password_edit, self.confirm_edit, self.hint):
            widget.setEnabled(on)
        if on:
            self.password_edit.setFocus()
        self.error_label.clear()

    def browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.path_edit.text(),
            self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.path_edit.setText(path)
            self._replace = self._target()  # the file dialog asked before replacing

    def _target(self) -> Path:
        from scfield.ui.folders import with_suffix

        return with_suffix(self.path, ".xlsx")

    @property
    def path(self) -> Path:
        """The path typed; a bare name goes into the folder first suggested."""
        path = Path(self.path_edit.text().strip()).expanduser()
        return path if path.is_absolute() else self.folder / path

    @property
    def password(self) -> str | None:
        return self.password_edit.text() if self.encrypt_box.isChecked() else None

    def problem(self) -> str:
        """What stops the export (empty: nothing)."""
        if not self.path_edit.text().strip():
            return self.tr("Choose where to write the workbook.")
        if self._target().exists() and self._replace != self._target():
            self._replace = self._target()
            return self.tr("“{file}” already exists. Click Export again to replace it.").format(
                file=self._target().name)
        if not self.encrypt_box.isChecked():
            return ""
        if len(self.password_edit.text()) < MIN_PASSWORD:
            return self.tr("The password must have at least {n} characters.").format(
                n=MIN_PASSWORD)
        if self.password_edit.text() != self.confirm_edit.text():
            return self.tr("The two passwords differ: type the same password twice.")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error_label.setText(problem)
            return
        super().accept()


class WorkbookPasswordDialog(QDialog):
    """The password of one encrypted workbook being imported.

    OK emits ``submitted(password)`` and waits (the caller checks it on the database
    thread): ``wrong_password`` shows the refusal naming the file and lets the user
    try again, ``accept`` closes it. Cancel skips the file.
    """

    submitted = Signal(str)

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workbook_password_dialog")
        self.setWindowTitle(self.tr("Encrypted workbook"))
        self.file = Path(path)
        text = QLabel(self.tr("“{file}” is encrypted. Type its password to import it, or "
                              "Cancel to leave this workbook out.").format(file=self.file.name),
                      self)
        text.setWordWrap(True)
        text.setToolTip(str(self.file))
        self.password_edit = _password_edit(self, "password_edit")
        self.error_label = QLabel("", self)
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Password:"), self.password_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.password_edit.setFocus()
        self.resize(480, 170)

    @property
    def password(self) -> str:
        return self.password_edit.text()

    def submit(self) -> None:
        if not self.password:
            self.error_label.setText(self.tr("Type the password (or Cancel)."))
            return
        self.error_label.setText(self.tr("Checking the password…"))
        self._busy(True)
        self.submitted.emit(self.password)

    def wrong_password(self) -> None:
        self._busy(False)
        self.error_label.setText(self.tr(
            "The password for “{file}” is wrong. Try again, or Cancel to leave this "
            "workbook out.").format(file=self.file.name))
        self.password_edit.selectAll()
        self.password_edit.setFocus()

    def _busy(self, busy: bool) -> None:
        self.password_edit.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)


class PassphraseDialog(QDialog):
    """The passphrase of the signer's key, to sign a PDF being saved; empty: no signature."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Digital signature"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "You signed “{title}”: type the passphrase of your signing key to put your "
            "digital signature on the PDF, which any PDF reader can check. Leave it empty "
            "to save the PDF without a digital signature.").format(title=title), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(self.tr("passphrase of your signing key"))
        layout.addWidget(self.passphrase_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.resize(480, 180)

    def passphrase(self) -> str:
        return self.passphrase_edit.text()
