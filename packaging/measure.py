"""Size and start time of a built bundle, against the same program run from the source tree.

    python packaging/measure.py                 # builds into a temporary folder first
    python packaging/measure.py --bundle dist/scfield

Prints the bundle's size, then the median of N runs (default 5) of
``scfield --version`` and of opening and closing the desktop app on Qt's
offscreen platform (``SCFIELD_QUIT_AFTER_MS=0``), for the bundle and for
``python packaging/launcher.py`` in this environment (the baseline, measured in
the same run), with their ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent


def timed(command: list[str], env: dict[str, str], runs: int) -> float:
    """Median wall-clock seconds of ``runs`` runs (after one untimed warm-up run)."""
    samples = []
    for attempt in range(runs + 1):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        if attempt:
            samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, help="a built one-folder app (default: build one)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="scfield-measure-") as tmp:
        bundle = args.bundle
        if bundle is None:
            started = time.monotonic()
            subprocess.run([sys.executable, str(PACKAGING / "build.py"), "--dist",
                            f"{tmp}/dist", "--work", f"{tmp}/work"], check=True,
                           stdout=subprocess.DEVNULL)
            print(f"build time: {time.monotonic() - started:.1f} s")
            bundle = Path(tmp) / "dist" / "scfield"
        du = subprocess.run(["du", "-sh", str(bundle)], capture_output=True, text=True)
        print(f"bundle size (du -sh): {du.stdout.split()[0]}")

        db = str(Path(tmp) / "measure.sqlite")
        env = {k: v for k, v in os.environ.items() if not k.startswith("SCFIELD_")}
        gui_env = {**env, "QT_QPA_PLATFORM": "offscreen", "SCFIELD_QUIT_AFTER_MS": "0"}
        program = [str(bundle / "scfield")]
        source = [sys.executable, str(PACKAGING / "launcher.py")]
        subprocess.run([*program, "--db", db, "init"], env=env, check=True,
                       stdout=subprocess.DEVNULL)

        for label, extra, run_env in (("--version", ["--version"], env),
                                      ("open and close", ["--db", db], gui_env)):
            built = timed([*program, *extra], run_env, args.runs)
            baseline = timed([*source, *extra], run_env, args.runs)
            print(f"{label}: bundle {built * 1000:.0f} ms, from source {baseline * 1000:.0f} ms "
                  f"(ratio {built / baseline:.2f}), median of {args.runs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
