"""Desktop app benchmarks (run as a script; pytest does not collect tests/bench).

    .venv/bin/python tests/bench/ui_bench.py [--db /tmp/scfield-bench.sqlite] [--runs 5]

1. Cold start: from process start to a usable main window listing 1,000
   assessments, against a bare PySide6 window with a 1,000-row table, measured in
   the same run (medians of --runs subprocess runs each, interleaved). Target ≤ 2×.
2. GUI-thread stalls while walking the elements of interviews (score key, a few
   typed characters, PageDown) in a database of 1,000 assessments × 15 interviews
   × 21 elements = 315,000 evidence rows: a 5 ms heartbeat timer measures how
   late the event loop runs it. Target p99 ≤ 50 ms.

The bench data is written with direct SQL through ``store.db`` (bench only: the
app itself always goes through ``scfield.store.records``).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ASSESSMENTS, INTERVIEWS, ELEMENTS = 1000, 15, 21
HELIX = ("public", "private", "academia", "citizen")
WORDS = ("budget plan decree sensors open data platform citizens survey pilot vendor "
         "training department ward transport water energy portal cloud privacy").split()


def generate(path: Path) -> None:
    """1,000 assessments × 15 interviews × 21 evidence rows, in one transaction."""
    from scfield.framework import default_framework
    from scfield.store import open_store
    from scfield.store.database import new_id, now

    if path.exists():
        with open_store(path) as store:
            n = store.query("SELECT COUNT(*) AS n FROM evidence")[0]["n"]
        if n == ASSESSMENTS * INTERVIEWS * ELEMENTS:
            return
        path.unlink()
    started = time.perf_counter()
    rnd = random.Random(7)
    fw = default_framework()
    stamp = now()
    with open_store(path, author="Bench") as store:
        store.set_meta("author_name", "Bench Assessor")
        store.set_meta("author_initials", "BA")
        db = store.db.conn
        with store.transaction():
            assessments, interviews, evidence = [], [], []
            for a in range(ASSESSMENTS):
                aid = new_id()
                assessments.append((aid, stamp, stamp, "Bench", 1, f"City {a:04d} readiness "
                                    f"{2020 + a % 6}", f"Country {a % 40}", f"City {a:04d}",
                                    "city" if a % 7 else "country",
                                    f"{2020 + a % 6}-0{1 + a % 9}-1{a % 10}", "draft",
                                    fw.id, fw.version))
                for i in range(INTERVIEWS):
                    iid = new_id()
                    interviews.append((iid, stamp, stamp, "Bench", 1, aid,
                                       f"2024-05-{1 + i:02d}", f"Person {a}-{i}",
                                       "Director", HELIX[i % 4], 1, 0, "",
                                       rnd.randint(1, 21)))
                    for e in range(1, ELEMENTS + 1):
                        note = " ".join(rnd.choice(WORDS) for _ in range(12))
                        evidence.append((new_id(), stamp, stamp, "Bench", 1, iid, e,
                                         rnd.randint(0, 4), note, "doc p.3", "medium"))
            db.executemany("INSERT INTO assessments (id, created_at, updated_at, author, "
                           "revision, title, country, city, level, start_date, status, "
                           "framework_id, framework_version) VALUES "
                           "(?,?,?,?,?,?,?,?,?,?,?,?,?)", assessments)
            db.executemany("INSERT INTO interviews (id, created_at, updated_at, author, "
                           "revision, assessment_id, date, interviewee, role, helix_group, "
                           "consent, confidential, elements, last_element) VALUES "
                           "(?,?,?,?,?,?,?,?,?,?,?,?,?,?)", interviews)
            db.executemany("INSERT INTO evidence (id, created_at, updated_at, author, "
                           "revision, interview_id, element, score, note, source, "
                           "confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?)", evidence)
        from scfield.scorecard import list_assessments

        list_assessments(store)  # fill the score cache, as the first app start would
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"generated {path} in {time.perf_counter() - started:.1f} s")


APP_START = """
import sys, time
from PySide6.QtWidgets import QApplication
from scfield.ui.app import start
window = start(sys.argv[1], ask_first_run=False)
while not (window.loaded and window.model.rowCount() == 1000):
    QApplication.processEvents()
    time.sleep(0.001)
window.repaint()
print("ready", flush=True)
window.worker.stop()
"""

BARE_START = """
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
model = QStandardItemModel(0, 8)
for r in range(1000):
    model.appendRow([QStandardItem(f"row {r} col {c}") for c in range(8)])
window = QMainWindow()
view = QTableView()
view.setModel(model)
window.setCentralWidget(view)
window.resize(1340, 720)
window.show()
app.processEvents()
window.repaint()
print("ready", flush=True)
"""


def time_process(code: str, *args: str) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A user's Python keeps compiled bytecode (.pyc) between starts; some sandboxes set
    # PYTHONDONTWRITEBYTECODE, which would time recompiling our sources on every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    proc.wait(timeout=60)
    if line.strip() != "ready":
        raise RuntimeError("the measured process did not get ready")
    return elapsed


def bench_cold_start(db: Path, runs: int) -> None:
    app, bare = [], []
    time_process(BARE_START)  # warm-up, not counted: bytecode written, files in the OS cache
    time_process(APP_START, str(db))
    for _ in range(runs):
        bare.append(time_process(BARE_START))
        app.append(time_process(APP_START, str(db)))
    a, b = statistics.median(app), statistics.median(bare)
    print(f"cold start, 1,000 assessments: scfield {a * 1000:.0f} ms, bare PySide6 window "
          f"with a 1,000-row table {b * 1000:.0f} ms (medians of {runs}); ratio {a / b:.2f}× "
          f"(target ≤ 2×)")


def bench_stalls(db: Path, interviews: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from scfield.ui.app import start

    window = start(db, ask_first_run=False)
    app = QApplication.instance()
    assert app is not None

    def wait(condition: object, timeout: float = 30.0) -> None:
        end = time.monotonic() + timeout
        while not condition():  # type: ignore[operator]
            if time.monotonic() > end:
                raise TimeoutError
            app.processEvents()
            time.sleep(0.001)

    wait(lambda: window.loaded)
    beats: list[float] = []
    heartbeat = QTimer(interval=5)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    actions: list[float] = []
    gaps: list[float] = []
    rows = window.model.rows
    rnd = random.Random(3)
    pages = 0
    for _ in range(interviews):
        summary = rows[rnd.randrange(len(rows))]
        ws = window.open_assessment(summary.id, tab="guide")
        wait(lambda ws=ws: ws.guide.current is not None)
        guide = ws.guide
        guide.show_element(guide.elements[0])
        beats.clear()
        heartbeat.start()
        for i in range(len(guide.elements)):
            f = guide.form
            for widget, keys in ((f.elements_list, str(i % 5)), (f.note_edit, " seen"),
                                 (f.note_edit, Qt.Key.Key_PageDown)):
                t = time.perf_counter()
                if isinstance(keys, str) and len(keys) > 1:
                    QTest.keyClicks(widget, keys)
                else:
                    QTest.keyClick(widget, keys)
                actions.append(time.perf_counter() - t)
                end = time.perf_counter() + 0.03  # a fast typist: 30 ms between keys
                while time.perf_counter() < end:
                    app.processEvents()
                    time.sleep(0.001)
            pages += 1
        wait(lambda: window.worker.pending == 0)
        heartbeat.stop()
        gaps += [(b - a) * 1000 for a, b in zip(beats, beats[1:], strict=False)]
        ws.close()
        app.processEvents()
    gaps.sort()
    p99 = gaps[int(len(gaps) * 0.99)] if gaps else 0.0
    acts = sorted(a * 1000 for a in actions)
    print(f"GUI-thread stalls while walking {pages} element pages of {interviews} interviews "
          f"(315,000 evidence rows): heartbeat gap p50 {statistics.median(gaps):.1f} ms, "
          f"p99 {p99:.1f} ms, max {gaps[-1]:.1f} ms (5 ms timer; target p99 ≤ 50 ms); "
          f"key/page handler p99 {acts[int(len(acts) * 0.99)]:.1f} ms")
    with_rows = window.worker.call(lambda s: s.query(
        "SELECT COUNT(*) AS n FROM evidence")[0]["n"])
    print(f"evidence rows now: {with_rows}")
    window.close()
    window.worker.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/scfield-bench.sqlite")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--interviews", type=int, default=5)
    parser.add_argument("--only", choices=("start", "stalls"))
    args = parser.parse_args()
    db = Path(args.db)
    generate(db)
    if args.only != "stalls":
        bench_cold_start(db, args.runs)
    if args.only != "start":
        bench_stalls(db, args.interviews)
    return 0


if __name__ == "__main__":
    sys.exit(main())
