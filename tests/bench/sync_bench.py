"""Sync benchmark: export, import of 200 returned workbooks, and memory per file count.

Run as a script (not collected by pytest)::

    .venv/bin/python tests/bench/sync_bench.py [--runs 5] [--files 200]

Targets from issue 4 (medians, each beside a bare-openpyxl baseline measured in
the same run):
* export of one assessment ≤ 1.3× a bare openpyxl write of the same cells;
* import of 200 returned workbooks ≤ 1.5× bare openpyxl (read_only) merely parsing them;
* peak memory flat in the number of files (50 / 100 / 200).

The assessment is realistic and large: 20 interviews × 21 elements (420 evidence
notes of 20–60 words) plus ratings. Each returned workbook is an expert's copy
with a few edited scores and notes and a new interview with two evidence rows.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook, load_workbook

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from scfield.store import open_store  # noqa: E402
from scfield.store.records import (  # noqa: E402
    add_evidence,
    add_interview,
    create_assessment,
    set_rating,
)
from scfield.sync.export import export_assessment  # noqa: E402
from scfield.sync.importer import import_workbooks  # noqa: E402
from tests.sync.helpers import edit  # noqa: E402

WORDS = ("open data portal bus rapid transit flood sensors city OS budget committee "
         "procurement citizens co-creation cybersecurity vision roadmap pilot district "
         "trung tâm điều hành đô thị thông minh plateforme données ouvertes").split()


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def populate(db: Path, assessments: int, interviews: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    ids = []
    with open_store(db, author="bench") as store, store.transaction():
        for a in range(assessments):
            aid = create_assessment(store, title=f"Bench city {a}", city=f"City {a}",
                                    country="Viet Nam", level="city")
            ids.append(aid)
            for i in range(interviews):
                iid = add_interview(store, aid, date=f"2025-03-{i % 28 + 1:02d}",
                                    interviewee=f"Person {a}-{i}", role="Director",
                                    organisation="Department of Planning",
                                    helix_group=rng.choice(["public", "private", "academia",
                                                            "citizen"]), consent=True)
                for element in range(1, 22):
                    note = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60)))
                    add_evidence(store, iid, element=element, score=rng.randint(0, 4),
                                 note=note, source="site visit", confidence="medium")
            for element in range(1, 22):
                set_rating(store, aid, element, score=rng.randint(0, 4), rationale="bench")
    return ids


def bare_write(cells: dict[str, list[tuple[int, int, object]]], out: Path) -> None:
    """The same cells, written with plain openpyxl (no styles, checks or dropdowns)."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, values in cells.items():
        ws = wb.create_sheet(name)
        for r, c, v in values:
            ws.cell(row=r, column=c).value = v
    wb.save(out)


def cells_of(path: Path) -> dict[str, list[tuple[int, int, object]]]:
    wb = load_workbook(path, read_only=True)
    out = {}
    for ws in wb.worksheets:
        out[ws.title] = [(cell.row, cell.column, cell.value) for row in ws.iter_rows()
                         for cell in row if getattr(cell, "value", None) is not None]
    wb.close()
    return out


def bare_parse(files: list[Path]) -> int:
    n = 0
    for f in files:
        wb = load_workbook(f, read_only=True, data_only=True)
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                n += len(row)
        wb.close()
    return n


def returned_workbooks(exports: list[Path], folder: Path, count: int) -> list[Path]:
    rng = random.Random(5)
    files = []
    for k in range(count):
        src = exports[k % len(exports)]
        label = f"2025-04-01 · Expert {k}"
        rows = rng.sample(range(2, 400), 4)
        files.append(edit(
            src, folder / f"returned-{k:03d}.xlsx",
            Interviews=[("new", "Date", "2025-04-01"), ("new", "Interviewee", f"Expert {k}")],
            Evidence=[(rows[0], "Score", rng.randint(0, 4)),
                      (rows[1], "Note", f"revised by expert {k}"),
                      (rows[2], "Confidence", "high"),
                      ("next", "Interview", label), ("new", "No.", 5), ("new", "Score", 2),
                      ("new", "Note", f"expert {k} on element 5"),
                      ("next", "Interview", label), ("new", "No.", 6), ("new", "Score", 3),
                      ("new", "Note", f"expert {k} on element 6")]))
    return files


def calc_resaved(files: list[Path], work: Path) -> list[Path]:
    """The workbooks opened and saved by LibreOffice Calc (one soffice run for all)."""
    import subprocess

    out = work / "calc"
    out.mkdir(exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{work / 'lo-profile'}",
                    "--headless", "--convert-to", "xlsx", "--outdir", str(out),
                    *map(str, files)], check=True, capture_output=True, timeout=1800)
    return [out / f.name for f in files]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--calc", type=int, default=0, metavar="N",
                        help="also time N returned workbooks re-saved by LibreOffice Calc "
                             "(shared strings, as Excel and Calc write them)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="scfield-sync-bench-"))
    try:
        print(f"populating 10 assessments × 20 interviews × 21 elements in {work} …")
        pristine = work / "pristine.sqlite"
        ids = populate(pristine, 10, 20)
        store = open_store(pristine, author="bench")

        # -- export -------------------------------------------------------------------
        out = work / "export.xlsx"
        export_assessment(store, ids[0], out)  # warm-up: framework and translations cached
        cells = cells_of(out)
        # Interleaved, so that a busy moment slows both sides of a pair alike.
        pairs = [(median_time(lambda: export_assessment(store, ids[0], out), 1),
                  median_time(lambda: bare_write(cells, work / "bare.xlsx"), 1))
                 for _ in range(args.runs)]
        ours = statistics.median(o for o, _ in pairs)
        bare = statistics.median(b for _, b in pairs)
        n_cells = sum(len(v) for v in cells.values())
        print(f"export ({n_cells:,} cells, Guide sheet included): {ours * 1000:.0f} ms vs bare "
              f"openpyxl write {bare * 1000:.0f} ms → ratio {ours / bare:.2f}, median of "
              f"per-run ratios {statistics.median(o / b for o, b in pairs):.2f} "
              "(target ≤ 1.30)")

        # -- import -------------------------------------------------------------------
        exports = [export_assessment(store, aid, work / f"export-{n}.xlsx")
                   for n, aid in enumerate(ids)]
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        folder = work / "returned"
        folder.mkdir()
        print(f"writing {args.files} returned workbooks …")
        files = returned_workbooks(exports, folder, args.files)

        def fresh(name: str) -> Path:
            db = work / name
            shutil.copyfile(pristine, db)
            for suffix in ("-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
            shutil.rmtree(work / "backups", ignore_errors=True)
            return db

        def ours_import(files: list[Path] = files) -> None:
            with open_store(fresh("import.sqlite"), author="bench") as s:
                results = import_workbooks(s, files)
            assert not any(r.refused for r in results), results[0].problems

        ours_i = median_time(ours_import, args.runs)
        bare_i = median_time(lambda: bare_parse(files), args.runs)
        print(f"import of {len(files)} workbooks: {ours_i:.2f} s vs bare openpyxl read_only "
              f"parse {bare_i:.2f} s → ratio {ours_i / bare_i:.2f} (target ≤ 1.50)")
        with open_store(work / "import.sqlite") as s:
            again = median_time(lambda: import_workbooks(s, files), 1)
        print(f"re-import of the same {len(files)} workbooks (nothing to change): "
              f"{again:.2f} s")

        if args.calc and shutil.which("soffice"):
            calc = calc_resaved(files[:args.calc], work)
            ours_c = median_time(lambda: ours_import(calc), args.runs)
            bare_c = median_time(lambda: bare_parse(calc), args.runs)
            print(f"import of {len(calc)} Calc-saved workbooks: {ours_c:.2f} s vs bare "
                  f"{bare_c:.2f} s → ratio {ours_c / bare_c:.2f} (target ≤ 1.50)")

        # -- memory ----------------------------------------------------------------------
        peaks = []
        for count in (50, 100, 200):
            subset = files[:count]
            tracemalloc.start()
            with open_store(fresh("mem.sqlite"), author="bench") as s:
                import_workbooks(s, subset)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            peaks.append(peak)
            print(f"peak traced memory importing {count} files: {peak / 1e6:.1f} MB")
        print(f"memory growth 50 → 200 files: {peaks[-1] / peaks[0]:.2f}× (flat ≈ 1.0)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
