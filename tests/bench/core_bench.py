"""Core benchmark: 1,000 assessments × 15 interviews × 21 evidence rows (315,000 notes).

Run as a script (not collected by pytest)::

    .venv/bin/python tests/bench/core_bench.py [--runs 15]

Targets from the core issue (medians): listing all assessments with their
scores ≤ 150 ms, one assessment's full view ≤ 5 ms, a full-text search ≤ 20 ms.
Each figure is printed beside a bare-sqlite3 baseline measured in the same run
(the query alone, no scoring), with the ratio.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from scfield.framework import default_framework
from scfield.scorecard import list_assessments, load_scorecard
from scfield.search import search_evidence
from scfield.store import open_store

WORDS = ("open data portal bus rapid transit flood sensors city OS budget committee "
         "procurement citizens co-creation cybersecurity vision roadmap pilot district "
         "trung tâm điều hành đô thị thông minh plateforme données ouvertes "
         "スマートシティ推進 データ連携基盤 โครงการเมืองอัจฉริยะ").split()


def populate(path: Path, assessments: int, interviews: int, seed: int = 7) -> None:
    """Bulk-load realistic volumes with plain SQL (bench only: no audit rows)."""
    rng = random.Random(seed)
    fw = default_framework()
    store = open_store(path, author="bench")
    stamp = "2025-01-01T00:00:00.000Z"
    a_rows, i_rows, e_rows = [], [], []
    for a in range(assessments):
        aid = str(uuid.UUID(int=rng.getrandbits(128)))
        a_rows.append((aid, stamp, stamp, "bench", 1, f"Assessment {a:04d}",
                       rng.choice(["Viet Nam", "Peru", "Senegal", "Kenya"]), f"City {a}",
                       rng.choice(["city", "country"]), f"20{rng.randint(18, 25)}-03-01",
                       fw.id, fw.version))
        for i in range(interviews):
            iid = str(uuid.UUID(int=rng.getrandbits(128)))
            i_rows.append((iid, stamp, stamp, "bench", 1, aid, f"Person {a}-{i}",
                           rng.choice(["public", "private", "academia", "citizen"])))
            for element in range(1, 22):
                note = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30)))
                e_rows.append((str(uuid.UUID(int=rng.getrandbits(128))), stamp, stamp,
                               "bench", 1, iid, element,
                               rng.choice([0, 1, 2, 3, 4, None]), note))
    with store.transaction():
        store.db.conn.executemany(
            "INSERT INTO assessments (id, created_at, updated_at, author, revision, title, "
            "country, city, level, start_date, framework_id, framework_version) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", a_rows)
        store.db.conn.executemany(
            "INSERT INTO interviews (id, created_at, updated_at, author, revision, "
            "assessment_id, interviewee, helix_group) VALUES (?,?,?,?,?,?,?,?)", i_rows)
        store.db.conn.executemany(
            "INSERT INTO evidence (id, created_at, updated_at, author, revision, "
            "interview_id, element, score, note) VALUES (?,?,?,?,?,?,?,?,?)", e_rows)
    store.db.execute("ANALYZE")
    store.close()


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--assessments", type=int, default=1000)
    parser.add_argument("--interviews", type=int, default=15)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="scfield-bench-"))
    path = folder / "bench.sqlite"
    t0 = time.perf_counter()
    populate(path, args.assessments, args.interviews)
    print(f"populated {args.assessments} assessments × {args.interviews} interviews × 21 "
          f"evidence in {time.perf_counter() - t0:.1f} s ({path.stat().st_size >> 20} MiB)")

    store = open_store(path, author="bench")
    bare = sqlite3.connect(path)
    t0 = time.perf_counter()
    list_assessments(store)
    print(f"first listing (fills the score cache once): {(time.perf_counter() - t0):.2f} s")
    some = store.query("SELECT id FROM assessments ORDER BY id LIMIT 1")[0]["id"]
    row = store.get("assessments", some)

    def bare_list() -> object:
        return bare.execute("SELECT a.*, c.overall, c.stage FROM assessments a LEFT JOIN "
                            "score_cache c ON c.assessment_id = a.id "
                            "ORDER BY a.start_date DESC, a.title").fetchall()

    def bare_view() -> object:
        return bare.execute("SELECT e.element, e.score FROM evidence e JOIN interviews i ON "
                            "i.id = e.interview_id WHERE i.assessment_id = ?",
                            [some]).fetchall()

    def bare_search() -> object:
        return bare.execute("SELECT evidence_id FROM evidence_fts WHERE evidence_fts MATCH ? "
                            "LIMIT 50", ['"データ連携"']).fetchall()

    cases = [
        ("list 1,000 assessments with scores", lambda: list_assessments(store), bare_list,
         150),
        ("one assessment's full view", lambda: load_scorecard(store, row), bare_view, 5),
        ("full-text search (Japanese)", lambda: search_evidence(store, "データ連携"),
         bare_search, 20),
        ("full-text search (English)", lambda: search_evidence(store, "rapid transit"),
         lambda: bare.execute("SELECT evidence_id FROM evidence_fts WHERE evidence_fts "
                              "MATCH ? LIMIT 50", ['"rapid transit"']).fetchall(), 20),
        ("full-text search (2 characters)", lambda: search_evidence(store, "推進"),
         lambda: bare.execute("SELECT id FROM evidence WHERE note LIKE '%推進%' LIMIT 50")
         .fetchall(), 20),
        # Below three characters the trigram index cannot answer; a miss scans every
        # note. Reported, not targeted: the 20 ms is for indexed searches.
        ("2-character search, no match (scan)", lambda: search_evidence(store, "東京"),
         lambda: bare.execute("SELECT id FROM evidence WHERE note LIKE '%東京%' LIMIT 50")
         .fetchall(), None),
    ]
    print(f"\n{'case':38}{'scfield ms':>12}{'bare ms':>10}{'ratio':>8}{'target':>9}")
    failed = False
    for name, ours, base, target in cases:
        ours()
        base()
        ms = median_ms(ours, args.runs)
        bms = median_ms(base, args.runs)
        ok = target is None or ms <= target
        failed |= not ok
        shown = "–" if target is None else f"≤{target}"
        print(f"{name:38}{ms:12.2f}{bms:10.2f}{ms / bms:8.1f}{shown:>9}"
              f"{'' if ok else '  OVER'}")
    print(f"\nmedians of {args.runs} runs; database in {folder}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
