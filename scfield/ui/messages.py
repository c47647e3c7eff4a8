"""Errors and long jobs, the way a field expert sees them.

An ``ScfieldError`` is already written for the person at the keyboard: it is
shown as it is. Anything else is a bug: it is logged with its traceback (in
``scfield.log`` beside the database) and the user sees one short sentence.
Long jobs (demo load, later imports and batch reports) are core functions
taking a ``Progress``; ``run_long`` runs one on the database thread behind a
progress dialog whose Cancel button calls ``Progress.cancel()``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from scfield.errors import ScfieldError
from scfield.progress import Cancelled, Progress
from scfield.store import Store
from scfield.ui.i18n import current_language
from scfield.ui.worker import DbWorker

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


class _Relay(QObject):
    """Carries progress steps from the database thread to the dialog."""

    step = Signal(int, int, str)


def run_long(parent: QWidget | None, worker: DbWorker, title: str,
             job: Callable[[Store, Progress], Any],
             success: Callable[[Any], None] | None = None,
             cancelled: Callable[[], None] | None = None) -> QProgressDialog:
    """Run ``job(store, progress)`` on the database thread behind a progress dialog."""
    dialog = QProgressDialog(title, tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    relay = _Relay(dialog)

    def on_step(done: int, total: int, message: str) -> None:
        # The label first: when the bar moves, it already names what is being done.
        if message:
            dialog.setLabelText(f"{title}\n{message}")
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    relay.step.connect(on_step)
    progress = Progress(on_step=lambda d, t, m: relay.step.emit(d, t, m),
                        language=current_language())
    dialog.canceled.connect(progress.cancel)

    def finished(result: Any) -> None:
        dialog.canceled.disconnect(progress.cancel)
        dialog.close()
        dialog.deleteLater()
        if success is not None:
            success(result)

    def failed(exc: BaseException) -> None:
        dialog.canceled.disconnect(progress.cancel)
        dialog.close()
        dialog.deleteLater()
        if isinstance(exc, Cancelled):
            if cancelled is not None:
                cancelled()
            return
        show_error(parent, exc, title)

    worker.submit(lambda store: job(store, progress), finished, failed)
    dialog.show()
    return dialog
