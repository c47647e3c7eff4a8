"""Errors and long jobs, the way a field expert sees them.

An ``ScfieldError`` is already written for the person at the keyboard: it is
shown as it is. Anything else is a bug: it is logged with its traceback (in
``scfield.log`` beside the database) and the user sees one short sentence.
Operations, long or short, are run by ``scfield.ui.run.Operations.run``, which
shows their errors with ``show_error``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from scfield.errors import ScfieldError
from scfield.ui.i18n import current_language

log = logging.getLogger("scfield.ui")


def tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def error_text(exc: BaseException) -> str:
    """The sentence shown for an error: its own message, or a short one for a bug."""
    if isinstance(exc, ScfieldError):
        return exc.render(current_language())
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    return tr("Something went wrong ({name}). Your earlier work is saved. The details "
              "were written to the log file.").format(name=type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException,
               title: str | None = None) -> QMessageBox:
    """A warning box with the error in plain words (window-modal, no nested event loop)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title or tr("scfield"), error_text(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    global last_message
    last_message = box
    return box


last_message: QMessageBox | None = None  # the latest error box (tests read its text)
