"""The one way the app runs an operation: ``Operations.run``.

Every window hands its work here instead of talking to the threads itself:

- ``job(store, progress)`` runs on the database thread (``DbWorker``), one job at
  a time, in order;
- ``render(value, progress)``, if given, then runs on a second thread that holds
  no database — the PDF layout, printing, writing a workbook — so that a long
  rendering never makes an autosave wait;
- with a ``title``, a progress dialog shows the steps, and its Cancel button
  cancels the ``Progress`` (the job raises ``Cancelled`` at its next step and its
  transaction rolls back);
- a job returning ``Done`` (``scfield/operations.py``) has its ``changes``
  published on the event hub here, once, marked with the view that asked
  (``origin``), and ``success`` gets the ``value``;
- an error is shown by ``show_error`` over the window that asked, unless the
  caller handles it (``failure``); a cancel calls ``cancelled``.

No GUI slot waits for a thread: everything comes back through Qt signals.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from scfield.changes import Done
from scfield.progress import Cancelled, Progress
from scfield.store import Store
from scfield.ui.events import EventHub
from scfield.ui.i18n import current_language
from scfield.ui.messages import show_error, tr
from scfield.ui.worker import DbWorker

log = logging.getLogger(__name__)

Job = Callable[[Store, Progress], Any]
Render = Callable[[Any, Progress], Any]


@dataclass
class _Work:
    fn: Callable[[], Any]
    success: Callable[[Any], None]
    failure: Callable[[BaseException], None]
    result: Any = None
    error: BaseException | None = None


class Renderer(QObject):
    """The second worker thread: work that needs no database (layout, printing, files).

    Jobs run one at a time in the order submitted; results come back on the GUI
    thread through a signal, like ``DbWorker``'s."""

    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.Queue[_Work | None] = queue.Queue()
        self._finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._loop, name="scfield-render", daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[[], Any], success: Callable[[Any], None],
               failure: Callable[[BaseException], None]) -> None:
        self._queue.put(_Work(fn, success, failure))

    def stop(self) -> None:
        """End the thread once the work queued is done (without waiting for it)."""
        self._queue.put(None)

    def _deliver(self, work: _Work) -> None:
        if work.error is None:
            work.success(work.result)
        else:
            work.failure(work.error)

    def _loop(self) -> None:
        while True:
            work = self._queue.get()
            if work is None:
                return
            try:
                work.result = work.fn()
            except Exception as exc:  # noqa: BLE001 - every error goes back to the GUI
                work.error = exc
            if shiboken6.isValid(self):
                self._finished.emit(work)


class _Relay(QObject):
    """Carries progress steps from a worker thread to the dialog."""

    step = Signal(int, int, str)


class Run(QObject):
    """One operation under way. ``finished`` carries ``None`` when it succeeded, else
    the error (``Cancelled`` when it was cancelled) — tests wait for it."""

    finished = Signal(object)

    def __init__(self, progress: Progress, dialog: QProgressDialog | None) -> None:
        super().__init__()
        self.progress = progress
        self.dialog = dialog
        self.done = False

    def cancel(self) -> None:
        self.progress.cancel()


class Operations(QObject):
    """Owned by the main window and handed to every window at construction."""

    def __init__(self, worker: DbWorker, events: EventHub,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.events = events
        self.renderer = Renderer(self)
        self.running: set[Run] = set()  # a run outlives the window that started it

    def run(self, parent: QWidget | None, job: Job | None = None, *,
            render: Render | None = None,
            success: Callable[[Any], None] | None = None,
            failure: Callable[[BaseException], None] | None = None,
            cancelled: Callable[[], None] | None = None,
            title: str | None = None, origin: Any = None, delay_ms: int = 0) -> Run:
        """Run ``job`` on the database thread, then ``render`` on the other one; see
        the module's docstring. ``delay_ms``: show the progress dialog only when the
        work lasts longer."""
        dialog = self._dialog(parent, title, delay_ms) if title else None
        relay = _Relay(dialog)
        progress = Progress(on_step=lambda d, t, m: relay.step.emit(d, t, m),
                            language=current_language())
        run = Run(progress, dialog)
        self.running.add(run)
        if dialog is not None:
            relay.step.connect(lambda d, t, m: _show_step(dialog, title or "", d, t, m))
            dialog.canceled.connect(progress.cancel)

        def close() -> None:
            run.done = True
            self.running.discard(run)
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.canceled.disconnect(progress.cancel)
                dialog.close()
                dialog.deleteLater()

        def failed(exc: BaseException) -> None:
            close()
            if isinstance(exc, Cancelled):
                if cancelled is not None:
                    cancelled()
            elif failure is not None:
                failure(exc)
            else:
                shown = parent if parent is None or shiboken6.isValid(parent) else None
                show_error(shown, exc, title)
            run.finished.emit(exc)

        def finished(value: Any) -> None:
            close()
            if success is not None:
                success(value)
            run.finished.emit(None)

        def read(result: Any) -> None:
            if isinstance(result, Done):
                if result.changes and shiboken6.isValid(self.events):
                    self.events.publish(result.changes.by(origin))
                result = result.value
            if render is None:
                finished(result)
            else:
                self.renderer.submit(lambda: render(result, progress), finished, failed)

        if job is None:
            read(None)
        else:
            self.worker.submit(lambda store: job(store, progress), read, failed)
        if dialog is not None and not delay_ms:
            dialog.show()
        return run

    def stop(self) -> None:
        self.renderer.stop()

    @staticmethod
    def _dialog(parent: QWidget | None, title: str, delay_ms: int) -> QProgressDialog:
        dialog = QProgressDialog(title, tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(delay_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        return dialog


def _show_step(dialog: QProgressDialog, title: str, done: int, total: int,
               message: str) -> None:
    if not shiboken6.isValid(dialog):
        return
    # The label first: when the bar moves, it already names what is being done.
    if message:
        dialog.setLabelText(f"{title}\n{message}")
    dialog.setMaximum(max(total, 1))
    dialog.setValue(done)
