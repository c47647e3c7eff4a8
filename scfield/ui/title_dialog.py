"""The dialog asking an assessment's title (new assessment, re-assessment).

A ``QInputDialog`` is sized for a short word: a title such as "Da Nang Smart City
Readiness Re-assessment 2025" was cut, and the expert could not check what they
typed. This one is wide enough for a long title (about 70 characters), grows
while typing up to the screen's width, and opens window-modal without a nested
event loop (``open``), like the app's other dialogs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

ROOM_CHARS = 70  # a long demo-like title, in average characters of the dialog's font
MARGIN = 60  # the line edit's frame and text margins, and room for the next characters


class TitleDialog(QInputDialog):
    """Ask a title; ``on_ok(title)`` gets it stripped, and only when it is not empty."""

    def __init__(self, parent: QWidget, window_title: str, label: str,
                 on_ok: Callable[[str], None], text: str = "") -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(window_title)
        self.setLabelText(label)
        self.setTextValue(text)
        self.setInputMode(QInputDialog.InputMode.TextInput)
        self.textValueSelected.connect(
            lambda value: on_ok(value.strip()) if value.strip() else None)
        self.textValueChanged.connect(lambda _t: self._fit())
        self._fit()

    def line_edit(self) -> QLineEdit:
        edit = self.findChild(QLineEdit)
        assert edit is not None
        return edit

    def _fit(self) -> None:
        """Wide enough to show the whole title, never wider than the screen."""
        edit = self.line_edit()
        metrics = edit.fontMetrics()
        wanted = max(metrics.averageCharWidth() * ROOM_CHARS,
                     metrics.horizontalAdvance(self.textValue())) + MARGIN
        screen = (self.parentWidget() or self).screen().availableGeometry().width()
        edit.setMinimumWidth(min(wanted, screen - 80))


def ask_title(parent: QWidget, window_title: str, label: str,
              on_ok: Callable[[str], None], text: str = "") -> TitleDialog:
    """Open the dialog (window-modal) and return it; ``on_ok`` runs on OK."""
    dialog = TitleDialog(parent, window_title, label, on_ok, text)
    dialog.open()
    line = dialog.line_edit()
    line.setFocus()
    line.selectAll()
    return dialog
