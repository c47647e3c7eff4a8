"""Settings › Language: follow the system or choose English, French, Spanish, Japanese;
Settings › Backup space: how much space the database's backups may take.

The choice is stored in ``QSettings`` (see ``scfield.ui.i18n``) and applied the
next time scfield starts: forms, menus and framework texts are built once,
and a restart is the only way every one of them changes together. Each
language is listed in its own name, so a user lost in a language they do not
read still finds theirs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from scfield.errors import InvalidValue
from scfield.i18n import LANGUAGES
from scfield.messages import messages
from scfield.store.backups import (
    budget_bytes,
    change_budget,
    human_size,
    parse_budget,
    read_budget,
)
from scfield.ui.i18n import (
    chosen_language,
    current_language,
    set_chosen_language,
    system_language,
)
from scfield.ui.messages import show_error

if TYPE_CHECKING:
    from scfield.store import Store
    from scfield.ui.run import Operations


class LanguageDialog(QDialog):
    """One choice: the system default (its language shown) or a language by name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Language"))
        self.combo = QComboBox(self)
        self.combo.setObjectName("language_combo")
        self.combo.addItem(self.tr("System default ({language})").format(
            language=LANGUAGES[system_language()]), "")
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(self.combo.findData(chosen_language()), 0))
        form = QFormLayout()
        form.addRow(self.tr("Language of scfield:"), self.combo)
        self.hint = QLabel(self.tr(
            "The new language is used the next time scfield starts. Assessments, "
            "interview notes and workbooks are not changed."), self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("language_hint")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(460, 160)

    @property
    def language(self) -> str:
        """The chosen code; ``""`` means the system default."""
        value = self.combo.currentData()
        return value if isinstance(value, str) else ""

    def accept(self) -> None:
        set_chosen_language(self.language)
        super().accept()

    def restart_needed(self) -> bool:
        """Whether the choice differs from the language the app is showing."""
        return (self.language or system_language()) != current_language()


def open_language_dialog(parent: QWidget | None = None) -> LanguageDialog:
    """Show the language dialog (window-modal, no nested event loop) and return it."""
    dialog = LanguageDialog(parent)
    dialog.setObjectName("language_dialog")
    dialog.open()
    return dialog


class BackupBudgetDialog(QDialog):
    """Settings ▸ Backup space…: how much space the backups may take.

    The same setting as ``scfield backups --budget`` (kept in the database, so the
    app and the commands share it); the backups that no longer fit are deleted as
    soon as it is saved, the newest always kept (``scfield.store.backups``).
    """

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_budget_dialog")
        self.setWindowTitle(self.tr("Backup space"))
        self.ops = ops
        self.db_size = 0
        self.removed: list[Path] = []
        self.budget_edit = QLineEdit(self)
        self.budget_edit.setObjectName("budget_edit")
        self.budget_edit.setEnabled(False)  # until the current value is read
        self.budget_edit.textChanged.connect(lambda _t: self._explain())
        self.hint = QLabel(self.tr(
            "A multiple of the database's size (2x, the default) or a size (500MB, 2GiB). "
            "Older backups are deleted when they no longer fit; the newest one is always "
            "kept. The same setting as `scfield backups --budget`."), self)
        self.hint.setWordWrap(True)
        self.value_label = QLabel("", self)
        self.value_label.setObjectName("value_label")
        self.value_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Space for backups:"), self.budget_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.value_label)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(500, 200)
        self.loaded = False

        def read(store: Store) -> tuple[str, int]:
            return read_budget(store.conn), store.path.stat().st_size

        ops.run(self, lambda s, _p: read(s), success=self._loaded)

    def _loaded(self, answer: tuple[str, int]) -> None:
        if not shiboken6.isValid(self):
            return
        budget, self.db_size = answer
        self.budget_edit.setText(budget)
        self.budget_edit.setEnabled(True)
        self.budget_edit.setFocus()
        self.loaded = True

    def _explain(self) -> str:
        """The budget in bytes at the database's current size, or why it is not one."""
        try:
            budget = parse_budget(self.budget_edit.text())
        except InvalidValue:
            text = self.tr("Give a multiple of the database's size (e.g. 2x) or a size "
                           "(e.g. 500MB, 2GiB).")
            self.value_label.setStyleSheet("color: #a01010;")
        else:
            m = messages(current_language())  # sizes as the app's language writes them
            text = self.tr("= {size} now (the database is {db}).").format(
                size=human_size(budget_bytes(budget, self.db_size), m),
                db=human_size(self.db_size, m))
            self.value_label.setStyleSheet("")
        self.value_label.setText(text)
        return text

    def save(self) -> None:
        text = self.budget_edit.text()
        try:
            parse_budget(text)
        except InvalidValue:
            self._explain()
            return

        def saved(answer: tuple[str, list[Path]]) -> None:
            self.removed = answer[1]
            if shiboken6.isValid(self):
                self.accept()

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self.buttons.setEnabled(True)
                show_error(self, exc)

        self.buttons.setEnabled(False)
        self.ops.run(self, lambda store, _p: change_budget(store, text), success=saved,
                     failure=failed)


def open_backup_budget_dialog(ops: Operations, parent: QWidget | None = None
                              ) -> BackupBudgetDialog:
    """Show the backup budget dialog (window-modal, no nested event loop)."""
    dialog = BackupBudgetDialog(ops, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
