"""The .qm files Qt loads are built from the .ts sources with no manual step, and
Japanese text is drawn with the bundled IPAGothic even where no CJK font is installed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from scfield.ui import i18n
from tests.i18n.conftest import ROOT, SHIPPED


def test_no_compiled_translation_is_committed() -> None:
    assert not list((ROOT / "resources" / "i18n").glob("*.qm"))


@pytest.mark.parametrize("language", SHIPPED)
def test_a_clean_cache_is_filled_from_the_ts(tmp_path: Path, language: str) -> None:
    cache = tmp_path / "cache"
    qm = i18n.qm_file(language, cache)
    assert qm == cache / f"scfield_{language}.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("FirstRunDialog", "Welcome to scfield") not in (
        "", "Welcome to scfield")
    built = qm.stat().st_mtime_ns
    assert i18n.qm_file(language, cache) == qm  # up to date: not compiled again
    assert qm.stat().st_mtime_ns == built


def test_a_newer_ts_is_compiled_again(tmp_path: Path) -> None:
    sources = tmp_path / "i18n"
    sources.mkdir()
    ts = i18n.ts_path("fr", sources)
    ts.write_bytes(i18n.ts_path("fr").read_bytes())
    cache = tmp_path / "cache"
    qm = i18n.qm_file("fr", cache, folder=sources)
    assert qm == cache / "scfield_fr.qm"
    old = qm.stat().st_mtime_ns
    ts.write_text(ts.read_text(encoding="utf-8").replace(
        "Bienvenue dans scfield</translation>", "Bienvenue !</translation>", 1),
        encoding="utf-8")
    os.utime(ts, ns=(old + 2_000_000_000, old + 2_000_000_000))
    assert i18n.qm_file("fr", cache, folder=sources) == qm
    assert qm.stat().st_mtime_ns != old
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("FirstRunDialog", "Welcome to scfield") == "Bienvenue !"


def test_a_qm_beside_the_ts_is_used_as_shipped(tmp_path: Path) -> None:
    """The packaged app ships a .qm built by packaging/bundle_data.py beside the .ts."""
    ts = i18n.ts_path("es", tmp_path)
    ts.write_bytes(i18n.ts_path("es").read_bytes())
    assert i18n.compile_ts(ts, ts.with_suffix(".qm"))
    assert i18n.qm_file("es", tmp_path / "cache", folder=tmp_path) == ts.with_suffix(".qm")
    assert not (tmp_path / "cache").exists()


def test_without_lrelease_an_older_translation_beats_none(tmp_path: Path) -> None:
    ts = i18n.ts_path("ja", tmp_path)
    ts.write_bytes(i18n.ts_path("ja").read_bytes())
    qm = ts.with_suffix(".qm")
    assert i18n.compile_ts(ts, qm)
    os.utime(qm, (1_000_000, 1_000_000))  # older than the .ts
    # A machine with no Qt translation compiler at all.
    assert i18n.qm_file("ja", tmp_path / "cache", folder=tmp_path,
                        compiler=lambda: None) == qm
    assert not (tmp_path / "cache").exists()


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
