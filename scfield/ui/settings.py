"""Settings › Language: follow the system or choose English, French, Spanish, Japanese.

The choice is stored in ``QSettings`` (see ``scfield.ui.i18n``) and applied the
next time scfield starts: forms, menus and framework texts are built once,
and a restart is the only way every one of them changes together. Each
language is listed in its own name, so a user lost in a language they do not
read still finds theirs.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from scfield.i18n import LANGUAGES
from scfield.ui.i18n import (
    chosen_language,
    current_language,
    set_chosen_language,
    system_language,
)


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
