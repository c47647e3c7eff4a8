"""The .qm and .mo files are compiled when the package is built or installed, never at start;
and
Japanese text is drawn with the bundled IPAGothic even where no CJK font is installed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from scfield.catalogues import compile_ts
from scfield.ui import i18n
from tests.i18n.conftest import ROOT, SHIPPED


def test_no_compiled_translation_is_committed() -> None:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    tracked = subprocess.run(["git", "ls-files", "resources/i18n"], cwd=ROOT, text=True,
                             capture_output=True, check=True).stdout.split()
    assert tracked and not [p for p in tracked if p.endswith((".qm", ".mo"))]


@pytest.mark.parametrize("language", SHIPPED)
def test_the_install_compiled_each_translation(language: str) -> None:
    """``pip install`` (editable or not) compiled the .qm the app loads; none is made at start."""
    qm = i18n.qm_file(language)
    assert qm is not None and qm == i18n.ts_path(language).with_suffix(".qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("FirstRunDialog", "Welcome to scfield") not in (
        "", "Welcome to scfield")


def test_a_language_without_a_compiled_file_shows_english(tmp_path: Path) -> None:
    ts = i18n.ts_path("es", tmp_path)
    ts.write_bytes(i18n.ts_path("es").read_bytes())
    assert i18n.qm_file("es", folder=tmp_path) is None  # a source alone is not compiled
    compile_ts(ts, ts.with_suffix(".qm"))
    assert i18n.qm_file("es", folder=tmp_path) == ts.with_suffix(".qm")


@pytest.mark.slow
def test_building_the_package_compiles_every_translation(tmp_path: Path) -> None:
    """The wheel carries .mo and .qm for every language, compiled by the build step."""
    import zipfile

    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                           "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"}, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    (wheel,) = tmp_path.glob("scfield-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for language in SHIPPED:
        assert f"scfield/resources/i18n/core.{language}.mo" in names
        assert f"scfield/resources/i18n/scfield_{language}.qm" in names


FONT_CHECK = textwrap.dedent("""
    import sys
    from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    before = [f for f in QFontDatabase.families() if "IPA" in f or "Noto" in f]
    from scfield.ui.i18n import register_fonts
    families = register_fonts()
    layout = QTextLayout("評価：要素のスコア", QFont())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    used = sorted({r.rawFont().familyName() for r in runs})
    missing = [i for r in runs for i in r.glyphIndexes() if i == 0]
    print(before, families, used, len(missing))
    sys.exit(0 if not before and "IPAGothic" in used and not missing else 1)
""")


@pytest.mark.skipif(sys.platform != "linux", reason="fontconfig isolation is Linux-only")
def test_japanese_renders_without_system_cjk_fonts(tmp_path: Path) -> None:
    """A fontconfig limited to DejaVu (no CJK font on the 'machine'): the glyphs of a
    Japanese string still come from a real font, the bundled IPAGothic, never box 0."""
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        (fonts / name).write_bytes((ROOT / "resources" / "fonts" / name).read_bytes())
    config = tmp_path / "fonts.conf"
    config.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{fonts}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>
""", encoding="utf-8")
    env = dict(os.environ, FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", FONT_CHECK], env=env, capture_output=True,
                          text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
