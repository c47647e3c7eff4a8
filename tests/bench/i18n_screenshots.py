"""Regenerate the interview guide screenshots in French, Spanish and Japanese.

    scfield --db /tmp/shots.sqlite demo
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tests/bench/i18n_screenshots.py \\
        /tmp/shots.sqlite docs/screenshots

Writes docs/screenshots/interview-guide-{fr,es,ja}.png at 1366×768: the real
workspace of the Da Nang 2025 re-assessment, on the same element as the English
interview-guide.png, with the language forced through SCFIELD_LANGUAGE. Each
language runs in its own process, as a user's app would start in it. Also
prints every label, button and radio whose text does not fit its width (cut off).
With SCFIELD_SHOTS_EXTRA=1 it also grabs the consolidation and the dashboard.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

LANGUAGES = ("fr", "es", "ja")


def one(db: str, out: Path, language: str) -> int:
    from PySide6.QtWidgets import QApplication

    from tests.bench.ui_screenshots import grab, open_guide, start_demo_app, wait_until
    from tests.i18n.layout import clipped_widgets

    window = start_demo_app(db)
    assert QApplication.instance().property("scfield_language") == language
    ws = open_guide(window)
    grab(ws, out / f"interview-guide-{language}.png")
    for line in clipped_widgets(ws):
        print(f"  cut off ({language}): {line}")
    if os.environ.get("SCFIELD_SHOTS_EXTRA"):  # to look at, not for the README
        ws.show_tab("consolidation")
        wait_until(lambda: ws.consolidation.card is not None)
        grab(ws, out / f"consolidation-{language}.png")
        ws.show_tab("dashboard")
        wait_until(lambda: ws.dashboard.card is not None)
        grab(ws, out / f"dashboard-{language}.png")
    ws.close()
    window.close()
    window.worker.stop()
    return 0


def main(db: str, out: str) -> int:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    root = Path(__file__).resolve().parents[2]
    code = 0
    for language in LANGUAGES:
        env = dict(os.environ, SCFIELD_LANGUAGE=language, PYTHONPATH=str(root))
        code |= subprocess.run([sys.executable, __file__, "--one", language, db, out],
                               env=env, cwd=root).returncode
    return code


if __name__ == "__main__":
    if sys.argv[1] == "--one":
        sys.exit(one(sys.argv[3], Path(sys.argv[4]), sys.argv[2]))
    sys.exit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "docs/screenshots"))
