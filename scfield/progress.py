"""One progress/cancel protocol for every long job (import, batch reports, demo).

A long job is a plain function that takes a ``Progress`` object, reports with
``progress.step(done, total, message)`` and stops early when
``progress.cancelled`` is true, raising ``Cancelled``. The CLI passes a
``Progress`` that prints nothing (or a line per step); the Qt layer passes one
whose ``cancelled`` flag is set by a Cancel button and whose steps are relayed
to a progress bar through a signal. The core never knows which.

A step's message is either data shown as it is (an assessment's title) or a
``Text`` (``Text(N_("saving"))``), rendered in the watcher's ``language``
before it is handed on: the job never knows who reads it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from scfield.errors import Text


class Cancelled(Exception):
    """Raised by a long job that saw ``progress.cancelled`` and stopped cleanly."""


class Progress:
    """Progress sink and cancel flag shared between a job and whoever watches it.

    ``on_step`` is called from the job's thread with ``(done, total, message)``;
    ``cancel()`` may be called from any thread.
    """

    def __init__(self, on_step: Callable[[int, int, str], None] | None = None,
                 language: str | None = None) -> None:
        self._on_step = on_step
        self._cancel = threading.Event()
        self.language = language

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def step(self, done: int, total: int, message: str | Text = "") -> None:
        """Report progress, then raise ``Cancelled`` if a cancel was requested."""
        if self._on_step is not None:
            if isinstance(message, Text):
                from scfield.messages import messages

                message = message.render(messages(self.language))
            self._on_step(done, total, message)
        self.check()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


NO_PROGRESS = Progress()
