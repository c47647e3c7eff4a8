"""Close the lid at any moment: a note typed 1.5 s before the process is killed
(SIGKILL, no chance to clean up) is in the database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from scfield.store import open_store, records
from tests.ui.helpers import set_author

DRIVER = Path(__file__).with_name("kill_driver.py")
ROOT = Path(__file__).resolve().parents[2]


def test_note_survives_sigkill_1_5_s_after_typing(db_path: Path) -> None:
    set_author(db_path)
    with open_store(db_path) as store:
        assessment_id = records.create_assessment(store, title="Kill test", level="city")
        interview_id = records.add_interview(store, assessment_id, interviewee="Lan Pham",
                                             helix_group="citizen")
    note = "Ward budget for sensors approved in March, seen the decision letter"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, str(DRIVER), str(db_path), assessment_id,
                             interview_id, note], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # blocks until the app has typed the note
        assert line.strip() == "typed"
        time.sleep(1.5)  # the issue's own wait: the autosave must be on disk by now
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    with open_store(db_path) as store:
        rows = store.query("SELECT element, score, note FROM evidence WHERE interview_id = ?",
                           [interview_id])
        last = store.get("interviews", interview_id)["last_element"]
    assert rows == [{"element": 5, "score": 3, "note": note}]
    assert last == 5
