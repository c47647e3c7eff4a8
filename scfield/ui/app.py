"""Entry point of the desktop app (placeholder until the desktop issue lands)."""

from __future__ import annotations

import sys


def run_app(db: str | None = None, author: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    from scfield.paths import resolve_db_path
    from scfield.store import open_store

    store = open_store(resolve_db_path(db), author=author)
    app = QApplication.instance() or QApplication(sys.argv)
    label = QLabel(f"scfield — database: {store.path}")
    label.resize(600, 100)
    label.show()
    return app.exec()
