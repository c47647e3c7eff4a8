"""The core never imports Qt: every module but scfield.ui imports with PySide6 blocked,
and the headless CLI runs with it blocked."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

BLOCKER = textwrap.dedent("""
    import importlib.abc, sys

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                raise ImportError(f"Qt is blocked in the core: {name}")
            return None

    sys.meta_path.insert(0, NoQt())
""")


def run_blocked(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SCFIELD_DB=str(tmp_path / "noqt.sqlite"))
    return subprocess.run([sys.executable, "-c", BLOCKER + textwrap.dedent(code)],
                          capture_output=True, text=True, env=env, timeout=120)


def test_every_core_module_imports_without_qt(tmp_path: Path) -> None:
    run = run_blocked("""
        import importlib, pathlib, scfield
        root = pathlib.Path(scfield.__file__).parent
        names = []
        for path in sorted(root.rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if parts[0] == "ui" or parts[-1] == "__main__":
                continue
            if parts[-1] == "__init__":
                parts = parts[:-1]
            names.append(".".join(("scfield",) + parts))
        for name in names:
            importlib.import_module(name)
        assert "scfield.store.database" in names and "scfield.scoring" in names
        print(len(names), "modules")
    """, tmp_path)
    assert run.returncode == 0, run.stderr
    assert int(run.stdout.split()[0]) >= 10


def test_headless_cli_runs_without_qt(tmp_path: Path) -> None:
    run = run_blocked("""
        import sys
        from scfield.cli import main
        assert main(["init"]) == 0
        assert main(["list", "--json"]) == 0
        assert not [m for m in sys.modules if m.startswith("PySide6")]
    """, tmp_path)
    assert run.returncode == 0, run.stderr


def test_blocker_really_blocks(tmp_path: Path) -> None:
    run = run_blocked("import PySide6.QtCore", tmp_path)
    assert run.returncode != 0 and "Qt is blocked" in run.stderr
