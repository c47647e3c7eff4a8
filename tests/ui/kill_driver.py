"""Run by test_kill.py as a separate process: the real app opens an interview in
the guide, types a note with real key events, says "typed", and keeps running
until it is killed. Not a test module itself (pytest does not collect it)."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from scfield.ui.app import application, start  # noqa: E402


def main() -> int:
    db, assessment_id, interview_id, note = sys.argv[1:5]
    app = application()
    window = start(db, ask_first_run=False)
    workspace = window.open_assessment(assessment_id, interview_id=interview_id, element=5)

    def type_when_ready() -> None:
        if workspace.guide.current != 5:
            QTimer.singleShot(20, type_when_ready)
            return
        QTest.keyClick(workspace.guide.form.elements_list, "3")
        QTest.keyClicks(workspace.guide.form.note_edit, note)
        print("typed", flush=True)

    QTimer.singleShot(0, type_when_ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
