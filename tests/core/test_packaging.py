"""`pip install .` ships what the app reads at run time (no manual build step)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel ``pip install .`` would install."""
    out = tmp_path_factory.mktemp("wheel")
    run = subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q",
                          "-w", str(out)], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    (built,) = out.glob("scfield-*.whl")
    return built


def test_wheel_contains_framework_demo_forms_and_fonts(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "scfield/resources/frameworks/jica-smart-city-approach.toml" in names
    assert "scfield/resources/demo/demo-assessments.json" in names
    for form in (ROOT / "forms").glob("*.ui"):
        assert f"scfield/forms/{form.name}" in names
    for font in (ROOT / "resources" / "fonts").glob("*"):
        assert f"scfield/resources/fonts/{font.name}" in names
    assert any(n.endswith("entry_points.txt") for n in names)


def test_installed_copy_finds_its_data_outside_the_checkout(wheel: Path,
                                                             tmp_path: Path) -> None:
    """Installed, resources/ and forms/ are namespace packages inside site-packages."""
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import scfield.paths as p; "
            "print(p.default_framework_path()); print(p.form_path('main_window.ui')); "
            "from scfield.framework import default_framework; "
            "print(len(default_framework().elements))")
    run = subprocess.run([sys.executable, "-I", "-c", code, str(target)], capture_output=True,
                         text=True, cwd=tmp_path, timeout=60)
    assert run.returncode == 0, run.stderr
    framework, form, count = run.stdout.split("\n")[:3]
    assert framework.startswith(str(target)) and Path(framework).is_file()
    assert Path(form).is_file() and count == "21"
