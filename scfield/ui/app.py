"""Entry point of the desktop app: ``scfield`` with no command.

Opens the database on the app's database thread, shows the main window at
once (the list fills in when the database answers) and, the first time, asks
the user's name and initials and offers the demo data.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from scfield.errors import ScfieldError
from scfield.paths import resolve_db_path, resource_path
from scfield.store import Store, queries
from scfield.store.database import default_author, initials_of
from scfield.ui.forms import load_form, read_bytes
from scfield.ui.main_window import MainWindow
from scfield.ui.messages import show_error
from scfield.ui.worker import DbWorker

log = logging.getLogger("scfield.ui")


def tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def _setup_logging(db_path: Path) -> None:
    """Unexpected errors go to ``scfield.log`` beside the database (and stderr)."""
    root = logging.getLogger("scfield")
    if root.handlers:
        return
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(db_path.parent / "scfield.log",
                                                       encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv)
        app.setApplicationName("scfield")
        app.setOrganizationName("scfield")
    assert isinstance(app, QApplication)
    # Fonts first (Japanese must never show boxes), then the language: the
    # user's choice or the system's (scfield.ui.i18n).
    from scfield.ui.i18n import register_fonts, setup_language

    if not app.property("scfield_fonts"):
        register_fonts()
        app.setProperty("scfield_fonts", True)
    if not app.property("scfield_language"):
        setup_language()
    if app.windowIcon().isNull():
        from PySide6.QtGui import QIcon

        icon = resource_path("icons", "scfield.svg")
        if icon.is_file():
            app.setWindowIcon(QIcon(str(icon)))
    if not app.property("scfield_styled"):
        try:
            style = read_bytes(resource_path("styles", "app.qss")).decode("utf-8")
        except ScfieldError:
            style = ""  # the app works unstyled
        app.setStyleSheet(style)
        app.setProperty("scfield_styled", True)
    return app


class FirstRunDialog(QDialog):
    """Name and initials (the author of every change) and demo data or an empty start."""

    def __init__(self, parent: QWidget | None = None, has_data: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to scfield"))
        self.form = f = load_form("first_run", self)
        if has_data:
            # Never offer the demo over a team's data (it would only add twins of
            # the sample cities): the choice is not even shown.
            f.empty_radio.setChecked(True)
            f.start_box.hide()
        f.name_edit.setText(default_author())
        f.name_edit.textChanged.connect(self._suggest_initials)
        self._suggest_initials(f.name_edit.text())
        f.button_box.accepted.connect(self._accept)
        self.resize(520, 320)

    def _suggest_initials(self, name: str) -> None:
        self.form.initials_edit.setText(initials_of(name))

    def _accept(self) -> None:
        if not self.name.strip():
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("Please type your name: it is recorded with "
                                            "every change you make."))
            return
        self.accept()

    @property
    def name(self) -> str:
        return self.form.name_edit.text().strip()

    @property
    def initials(self) -> str:
        return self.form.initials_edit.text().strip() or self.name[:2].upper()

    @property
    def load_demo(self) -> bool:
        return self.form.start_box.isVisibleTo(self) and self.form.demo_radio.isChecked()


def _needs_first_run(store: Store) -> tuple[bool, bool]:
    """(the name is not known yet, the database already has assessments)."""
    needed = not store.get_meta("author_name") or not store.get_meta("author_initials")
    has_data = queries.has_assessments(store)
    return needed, has_data


def first_run(window: MainWindow, explicit_author: str | None) -> None:
    """Ask once for the user's name and initials; offer the demo data."""

    def ask(answer: tuple[bool, bool]) -> None:
        needed, has_data = answer
        if not needed:
            return
        dialog = FirstRunDialog(window, has_data)
        window.first_run_dialog = dialog
        dialog.accepted.connect(lambda: answered(dialog))
        dialog.open()  # window-modal, without a nested event loop

    def answered(dialog: FirstRunDialog) -> None:
        name, initials, demo = dialog.name, dialog.initials, dialog.load_demo

        def save(store: Store) -> None:
            store.set_meta("author_name", name)
            store.set_meta("author_initials", initials)
            if not explicit_author:
                store.author = name

        window.ops.run(window, lambda s, _p: save(s))
        if demo:
            from scfield.operations import load_demo

            window.ops.run(window, load_demo, title=tr("Loading the demo assessments"))

    window.ops.run(window, lambda s, _p: _needs_first_run(s), success=ask)


def start(db: str | os.PathLike[str] | None = None, author: str | None = None,
          ask_first_run: bool = True) -> MainWindow:
    """Open the database and show the main window (the app without its event loop)."""
    application()
    path = resolve_db_path(db)
    _setup_logging(path)
    worker = DbWorker(path, author)
    # The database opens on its thread while the window is being built.
    worker.opened.connect(lambda error: opened(error))
    worker.start()
    window = MainWindow(worker)
    worker.on_error = lambda exc: show_error(window, exc)

    def opened(error: Any) -> None:
        if error is not None:
            window.form.root.setEnabled(False)
            box = show_error(window, error, tr("scfield cannot open the database"))
            box.finished.connect(lambda _r: (window.close(), QApplication.quit()))

    QApplication.instance().aboutToQuit.connect(worker.stop)  # type: ignore[union-attr]
    # A preview may outlive the main window (and print): the second thread ends last.
    QApplication.instance().aboutToQuit.connect(window.ops.stop)  # type: ignore[union-attr]
    window.show()
    if ask_first_run:
        first_run(window, author)
    return window


def run_app(db: str | None = None, author: str | None = None) -> int:
    app = application()
    window = start(db, author)
    code = app.exec()
    window.worker.stop()
    return code
