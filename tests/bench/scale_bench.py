"""Work that grows with the data: the office summary and one report at 1,000 assessments.

Run as a script (not collected by pytest)::

    .venv/bin/python tests/bench/scale_bench.py [--runs 3] [--assessments 1000]

Two questions, each answered against a baseline measured in the same run:

* ``scfield summary`` on N assessments against a bare openpyxl write of the very
  same cells (same sheets, rows and values, no styling): the ratio must stay
  ≤ 2× and the time linear in N (printed for N/4, N/2 and N).
* one demo report on the demo database against the same report on the demo
  database plus N other assessments, each with its interviews, evidence and an
  audit trail as imports leave it: the time of one report must not grow with the
  number of *other* assessments (ratio ≈ 1).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook, load_workbook

sys.path.insert(0, str(Path(__file__).parent))
from core_bench import populate  # noqa: E402
from sync_bench import median_time as median_s  # noqa: E402

from scfield.demo import load_demo  # noqa: E402
from scfield.report.pdf import write_report  # noqa: E402
from scfield.report.text import register_fonts  # noqa: E402
from scfield.store import open_store  # noqa: E402
from scfield.sync.summary import write_summary  # noqa: E402


def add_audit_trail(path: Path, seed: int = 3) -> int:
    """One audit row per record and field an import would have written (bulk SQL)."""
    rng = random.Random(seed)
    store = open_store(path, author="bench")
    rows = []
    for r in store.query("SELECT e.id, i.assessment_id FROM evidence e "
                         "JOIN interviews i ON i.id = e.interview_id"):
        source = f"field-{r['assessment_id'][:8]}-{rng.randint(1, 3)}.xlsx"
        for field in ("score", "note"):
            rows.append(("2025-02-01T00:00:00.000Z", "Bench Person", "evidence", r["id"],
                         field, None, "x", "", source))
    with store.transaction():
        store.db.conn.executemany(
            "INSERT INTO audit (at, who, table_name, record_id, field, old_value, "
            "new_value, reason, source) VALUES (?,?,?,?,?,?,?,?,?)", rows)
    store.db.execute("ANALYZE")
    store.close()
    return len(rows)


def bare_copy(workbook: Path, out: Path) -> None:
    """The same cells as the summary, written by openpyxl with nothing else."""
    source = load_workbook(workbook, read_only=True)
    values = {ws.title: [list(row) for row in ws.iter_rows(values_only=True)]
              for ws in source.worksheets}
    source.close()

    def write() -> None:
        wb = Workbook()
        wb.remove(wb.active)
        for title, rows in values.items():
            ws = wb.create_sheet(title)
            for row in rows:
                ws.append(row)
        wb.save(out)

    write()
    bare_copy.write = write  # type: ignore[attr-defined]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--assessments", type=int, default=1000)
    parser.add_argument("--interviews", type=int, default=5)
    args = parser.parse_args()
    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        n = args.assessments
        print(f"summary: N assessments × {args.interviews} interviews × 21 elements")
        for count in (n // 4, n // 2, n):
            db = folder / f"summary-{count}.sqlite"
            populate(db, count, args.interviews)
            store = open_store(db, author="bench")
            out, bare = folder / f"s{count}.xlsx", folder / f"b{count}.xlsx"
            ours = median_s(lambda s=store, o=out: write_summary(s, o), args.runs)
            bare_copy(out, bare)
            base = median_s(bare_copy.write, args.runs)  # type: ignore[attr-defined]
            store.close()
            print(f"  N={count:5d}: summary {ours:6.2f} s, bare openpyxl {base:6.2f} s, "
                  f"ratio {ours / base:4.2f}x (target ≤ 2x), {ours / count * 1000:5.1f} ms "
                  "per assessment")

        small, big = folder / "demo.sqlite", folder / "demo-plus.sqlite"
        for path in (small, big):
            store = open_store(path, author="bench")
            load_demo(store)
            store.close()
        populate(big, n, args.interviews, seed=11)
        audit_rows = add_audit_trail(big)
        print(f"one report: demo database vs demo + {n} assessments ({audit_rows} audit rows)")
        times = {}
        for path in (small, big):
            store = open_store(path, author="bench")
            one = store.query("SELECT id FROM assessments WHERE title LIKE 'Da Nang%2024' "
                              "LIMIT 1")[0]["id"]
            target = folder / "one.pdf"
            write_report(store, one, target)  # warm-up
            times[path] = median_s(lambda s=store, a=one, t=target: write_report(s, a, t),
                                   max(5, args.runs))
            store.close()
        print(f"  demo only {times[small] * 1000:6.1f} ms, with {n} others "
              f"{times[big] * 1000:6.1f} ms, ratio {times[big] / times[small]:4.2f}x "
              "(target ≈ 1)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
