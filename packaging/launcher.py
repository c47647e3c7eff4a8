"""Entry point of the standalone app built by PyInstaller (packaging/scfield.spec).

It is the ``scfield`` command, unchanged: ``scfield --version``, ``scfield list``
and the other commands work as they do from a Python install, and ``scfield``
with no command opens the desktop app (``scfield.ui.app.run_app``).

One addition, for smoke tests of a built bundle on a machine with no screen:
with ``SCFIELD_QUIT_AFTER_MS=N`` in the environment and no command, the app is
opened as usual and, N milliseconds after its event loop starts, every window
is closed (as a user closing them would) and the app quits with status 0.
Before quitting it prints the windows that were open, one line on stdout::

    scfield: auto-quit after 500 ms; open windows: MainWindow[QMainWindow] 'scfield'

This lives here, not in ``run_app``, so the desktop code needs no test hook: the
launcher creates the ``QApplication`` first (``run_app`` reuses an existing
one) and arms a ``QTimer`` on it. PySide6 is imported only in that case, so
``--version`` and the headless commands start as fast as they do unbundled.
"""

from __future__ import annotations

import os
import sys

QUIT_ENV = "SCFIELD_QUIT_AFTER_MS"


def _describe(widget: object) -> str:
    from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

    kind = next(base.__name__ for base in (QMainWindow, QDialog, QWidget)
                if isinstance(widget, base))
    assert isinstance(widget, QWidget)
    return f"{type(widget).__name__}[{kind}] {widget.windowTitle()!r}"


def arm_auto_quit(delay_ms: int) -> None:
    """Create the app and close every window ``delay_ms`` after its event loop starts."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    # The names the desktop app gives the QApplication it creates (settings location).
    app.setApplicationName("scfield")
    app.setOrganizationName("scfield")
    ticks = 0

    def close_everything() -> None:
        nonlocal ticks
        ticks += 1
        if ticks == 1 and sys.stdout is not None:
            windows = [_describe(w) for w in app.topLevelWidgets() if w.isVisible()]
            print(f"scfield: auto-quit after {delay_ms} ms; open windows: "
                  f"{', '.join(windows) or 'none'}", flush=True)
        # A modal dialog runs its own event loop: closing it returns to the main
        # loop, and quit() ends both. The timer repeats in case a window opens later.
        app.closeAllWindows()
        app.quit()

    timer = QTimer(app)
    timer.setInterval(max(delay_ms, 0))
    timer.timeout.connect(close_everything)
    timer.start()


def main() -> int:
    from scfield.cli import build_parser
    from scfield.cli import main as cli_main

    delay = os.environ.get(QUIT_ENV, "").strip()
    if delay and build_parser().parse_args().command is None:
        try:
            arm_auto_quit(int(delay))
        except ValueError:
            print(f"scfield: {QUIT_ENV} must be a number of milliseconds, not {delay!r}",
                  file=sys.stderr)
            return 2
    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
