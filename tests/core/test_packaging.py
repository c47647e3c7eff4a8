"""`pip install .` ships what the app reads at run time (no manual build step)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_contains_framework_demo_forms_and_fonts(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q",
                          "-w", str(tmp_path)], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    (wheel,) = tmp_path.glob("scfield-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "scfield/resources/frameworks/jica-smart-city-approach.toml" in names
    assert "scfield/resources/demo/demo-assessments.json" in names
    for form in (ROOT / "forms").glob("*.ui"):
        assert f"scfield/forms/{form.name}" in names
    for font in (ROOT / "resources" / "fonts").glob("*"):
        assert f"scfield/resources/fonts/{font.name}" in names
    assert any(n.endswith("entry_points.txt") for n in names)
