"""One serial database thread for the desktop app (Anki's model).

sqlite3 connections belong to the thread that opened them, and a write must
never freeze the window. So the app opens its own ``Store`` on one worker
thread and sends it jobs: plain callables ``fn(store) -> result``. Jobs run one
at a time in the order submitted (an autosave is never overtaken by a later
read), and each result comes back on the GUI thread through a Qt signal, where
the ``success`` callback runs. Errors come back the same way and are shown in
words a field expert understands (see ``scfield.ui.messages``).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from scfield.paths import default_db_path
from scfield.store import Store, open_store

log = logging.getLogger(__name__)

Job = Callable[[Store], Any]


@dataclass
class _Task:
    fn: Job
    success: Callable[[Any], None] | None = None
    failure: Callable[[BaseException], None] | None = None
    done: threading.Event = field(default_factory=threading.Event)
    deliver: bool = True
    result: Any = None
    error: BaseException | None = None


class DbWorker(QObject):
    """The app's database thread: ``submit(fn, success, failure)``.

    ``failure`` defaults to ``on_error`` (set by the app to a message box).
    ``pending`` counts jobs not yet finished, so tests and the close path can
    wait for autosaves to reach the disk.
    """

    _finished = Signal(object)
    opened = Signal(object)  # None when the database is open, else the exception

    def __init__(self, path: str | Path, author: str | None = None) -> None:
        super().__init__()
        self.path = Path(path)
        self.author = author
        self.store: Store | None = None  # only touched on the worker thread
        self.on_error: Callable[[BaseException], None] | None = None
        self.pending = 0
        self._queue: queue.Queue[_Task | None] = queue.Queue()
        self._finished.connect(self._deliver)
        self.open_error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="scfield-db", daemon=True)

    def start(self) -> None:
        """Start the thread (after connecting ``opened``): it opens the database first."""
        self._thread.start()

    # -- GUI thread ---------------------------------------------------------------
    def submit(self, fn: Job, success: Callable[[Any], None] | None = None,
               failure: Callable[[BaseException], None] | None = None) -> None:
        """Queue ``fn(store)``; ``success(result)`` runs later on the GUI thread."""
        self.pending += 1
        self._queue.put(_Task(fn, success, failure))

    def call(self, fn: Job, timeout: float = 30.0) -> Any:
        """Run ``fn(store)`` after every queued job and wait for it. Never from a GUI
        slot (the window would freeze behind an import): the runner's second thread
        uses it to read one report after another while it lays them out."""
        task = _Task(fn, deliver=False)
        self._queue.put(task)
        if not task.done.wait(timeout):
            raise TimeoutError("the database did not answer in time")
        if task.error is not None:
            raise task.error
        return task.result

    def stop(self) -> None:
        """Finish queued jobs, close the database and end the thread."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join(timeout=30)

    def _deliver(self, task: _Task) -> None:
        self.pending -= 1
        if task.error is None:
            if task.success is not None:
                task.success(task.result)
            return
        if task.error is self.open_error:
            return  # already shown once, by whoever listens to ``opened``
        handler = task.failure or self.on_error
        if handler is not None:
            handler(task.error)
        else:
            log.error("database job failed: %s", task.error)

    # -- worker thread --------------------------------------------------------------
    def _run(self) -> None:
        try:
            # Like the CLI: only the first start on the default path makes a database; a
            # mistyped --db or SCFIELD_DB is an error naming the path, not a new empty one.
            self.store = open_store(self.path, author=self.author,
                                    create=self.path == default_db_path())
        except Exception as exc:  # noqa: BLE001 - reported to the GUI thread
            self.open_error = exc
            self.opened.emit(exc)
            self._drain_failing(exc)
            return
        self.opened.emit(None)
        while True:
            task = self._queue.get()
            if task is None:
                break
            try:
                task.result = task.fn(self.store)
            except BaseException as exc:  # noqa: BLE001 - every error goes back to the GUI
                if not isinstance(exc, Exception):
                    raise
                task.error = exc
            task.done.set()
            if task.deliver:
                self._finished.emit(task)
        self.store.close()

    def _drain_failing(self, exc: BaseException) -> None:
        while True:
            task = self._queue.get()
            if task is None:
                return
            task.error = exc
            task.done.set()
            if task.deliver:
                self._finished.emit(task)
