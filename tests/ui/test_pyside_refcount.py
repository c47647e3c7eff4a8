"""Regression guard for PySide6 6.12.0 on Python 3.11: every void Qt call dropped a
reference to None until the interpreter aborted (none_dealloc). We pin PySide6 < 6.12
on 3.11; this test fails loudly if a build with the bug is installed."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QWidget


def test_20000_void_qt_calls_keep_none_alive(qtbot: Any) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    model = QStandardItemModel(10, 4)
    before = sys.getrefcount(None)
    for i in range(20_000):
        widget.setWindowTitle("t")
        model.setRowCount(10 + i % 2)
    after = sys.getrefcount(None)
    assert widget.windowTitle() == "t"
    assert after >= before - 100, f"None lost {before - after} references in 40,000 calls"
