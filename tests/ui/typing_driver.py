"""Run by test_kill_typing.py as a separate process: the real app opens an interview
in the guide and types a note into it with real key events at a steady ~8 keys/s
(a key every 0.08–0.17 s, never a pause), until it is killed. After each key it
appends "<wall clock time> <characters typed>" to a log, flushed and fsynced, so
the test knows exactly what was typed before any moment. Not a test module."""

from __future__ import annotations

import os
import random
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from scfield.ui.app import application, start  # noqa: E402

TEXT = ("Ward budget for sensors approved in March, seen the decision letter; the open "
        "data portal lists 14 datasets and the transport office shares bus GPS feeds daily. ")


def main() -> int:
    db, assessment_id, interview_id, log_path, seed = sys.argv[1:6]
    rng = random.Random(int(seed))
    app = application()
    window = start(db, ask_first_run=False)
    workspace = window.open_assessment(assessment_id, interview_id=interview_id, element=5)
    log = open(log_path, "a", encoding="utf-8")  # noqa: SIM115 - open until killed
    typed = 0

    def type_one() -> None:
        nonlocal typed
        QTest.keyClick(workspace.guide.form.note_edit, TEXT[typed % len(TEXT)])
        typed += 1
        log.write(f"{time.time():.6f} {typed}\n")
        log.flush()
        os.fsync(log.fileno())
        QTimer.singleShot(rng.randint(80, 170), type_one)

    def start_when_ready() -> None:
        if workspace.guide.current != 5:
            QTimer.singleShot(20, start_when_ready)
            return
        print("typing", flush=True)
        type_one()

    QTimer.singleShot(0, start_when_ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
