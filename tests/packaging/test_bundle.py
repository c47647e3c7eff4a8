"""The standalone Linux app (PyInstaller, one folder) builds, runs headless and carries its data.

The bundle is built once per test session with packaging/build.py, the same
command a release uses, into a temporary folder, then started as a user would
start it: ``scfield --version``, headless commands on a real database, and the
desktop app opened and closed on Qt's offscreen platform.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scfield import __version__

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.scfield.scfield"

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("PyInstaller") is None,
    reason="PyInstaller is not installed, so the standalone app cannot be built "
           "(pip install 'pyinstaller>=6.22,<7')",
)


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder app, built once per session (about 15 s on 2 cores)."""
    out = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    run = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"),
                          "--dist", str(out / "dist"), "--work", str(out / "work")],
                         capture_output=True, text=True, timeout=1800)
    assert run.returncode == 0, f"build failed:\n{run.stdout[-3000:]}\n{run.stderr[-6000:]}"
    print(f"bundle built in {time.monotonic() - started:.0f} s")
    folder = out / "dist" / "scfield"
    assert (folder / "scfield").is_file()
    return folder


def data_root(bundle: Path) -> Path:
    """Where PyInstaller 6 puts everything but the program (``sys._MEIPASS``)."""
    return bundle / "_internal"


def run_bundle(bundle: Path, *args: str, timeout: float = 120,
               **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SCFIELD_")}
    environ.update(env)
    return subprocess.run([str(bundle / "scfield"), *args], capture_output=True, text=True,
                          timeout=timeout, env=environ, cwd=bundle.parent)


def source_files(folder: str) -> list[Path]:
    """Files under a top-level folder of the repository, as the bundle must carry them."""
    base = ROOT / folder
    return sorted(p for p in base.rglob("*") if p.is_file() and not any(
        part == "__pycache__" or part.startswith(".") for part in p.relative_to(ROOT).parts))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version(bundle: Path) -> None:
    run = run_bundle(bundle, "--version")
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == f"scfield {__version__}"


def test_every_command_is_bundled(bundle: Path) -> None:
    """The CLI imports its command modules by name: each must have reached the bundle."""
    import argparse

    from scfield.cli import build_parser

    (sub,) = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    run = run_bundle(bundle, "--help")
    assert run.returncode == 0, run.stderr
    listed = {line.split()[0] for line in run.stdout.splitlines()
              if line.startswith("    ") and line.split()}
    assert set(sub.choices) <= listed, f"commands missing: {set(sub.choices) - listed}"


def test_opens_and_closes_the_main_window_offscreen(bundle: Path, tmp_path: Path) -> None:
    # A first start on the default path (the per-user data folder, here in tmp_path):
    # the only place the app creates a database.
    db = tmp_path / "user-data" / "scfield" / "scfield.sqlite"
    run = run_bundle(bundle, QT_QPA_PLATFORM="offscreen", SCFIELD_QUIT_AFTER_MS="1500",
                     XDG_DATA_HOME=str(tmp_path / "user-data"))
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr, run.stderr
    (line,) = [ln for ln in run.stdout.splitlines() if ln.startswith("scfield: auto-quit")]
    assert "[QMainWindow]" in line, f"no main window was open: {line}"
    # The app's database thread created the expert's database on the way.
    assert db.is_file()
    from scfield.store import open_store

    with open_store(db) as store:
        assert store.query("select count(*) as n from assessments") == [{"n": 0}]


def test_headless_commands_read_the_bundled_framework_and_demo(bundle: Path,
                                                                tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite")
    assert run_bundle(bundle, "--db", db, "init").returncode == 0  # --db never creates
    demo = run_bundle(bundle, "--db", db, "--author", "Bundle Test", "demo")
    assert demo.returncode == 0, demo.stderr
    listing = run_bundle(bundle, "--db", db, "list", "--json")
    assert listing.returncode == 0, listing.stderr
    assessments = json.loads(listing.stdout)
    assert len(assessments) == 5
    assert {a["level"] for a in assessments} == {"city", "country"}
    shown = run_bundle(bundle, "--db", db, "show", assessments[0]["id"], "--json")
    assert shown.returncode == 0, shown.stderr
    assert assessments[0]["id"] in shown.stdout


def test_the_bundle_speaks_french_and_verifies_a_report(bundle: Path, tmp_path: Path) -> None:
    """The compiled core catalogue and pypdf (which verify reads page text with) are bundled."""
    db = str(tmp_path / "demo.sqlite")
    assert run_bundle(bundle, "--db", db, "init").returncode == 0
    assert run_bundle(bundle, "--db", db, "--author", "Bundle Test", "demo").returncode == 0
    (first, *_) = json.loads(run_bundle(bundle, "--db", db, "list", "--json").stdout)
    pdf = tmp_path / "summary.pdf"
    made = run_bundle(bundle, "--db", db, "report", first["id"], str(pdf))
    assert made.returncode == 0, made.stderr
    # A copy rewritten by another program, without the metadata: verify reads the page
    # text with pypdf, which must be in the bundle.
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(pdf).pages:
        writer.add_page(page)
    for page in writer.pages:
        page.compress_content_streams()
    rewritten = tmp_path / "rewritten.pdf"
    with open(rewritten, "wb") as f:
        writer.write(f)
    assert b"scfield-fingerprint" not in rewritten.read_bytes()
    checked = run_bundle(bundle, "--db", db, "verify", str(rewritten))
    assert "Traceback" not in checked.stderr and "pypdf" not in checked.stderr, checked.stderr
    assert "fingerprint found" not in checked.stderr and checked.returncode in (0, 1)
    french = subprocess.run([str(bundle / "scfield"), "--db", db, "compare", first["id"],
                             first["id"]], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "SCFIELD_LANGUAGE": "fr"})
    assert french.returncode == 1 and "la même évaluation" in french.stderr, french.stderr


def test_a_user_error_is_one_line_without_traceback(bundle: Path, tmp_path: Path) -> None:
    bad = tmp_path / "not-scfield.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    run = run_bundle(bundle, "--db", str(bad), "list")
    assert run.returncode == 1
    assert run.stderr.startswith("scfield: ") and "Traceback" not in run.stderr


def test_bundle_carries_every_resource_and_form(bundle: Path) -> None:
    internal = data_root(bundle)
    missing, different = [], []
    for path in source_files("resources") + source_files("forms"):
        rel = path.relative_to(ROOT)
        copy = internal / rel
        if not copy.is_file():
            missing.append(str(rel))
        elif path.suffix not in (".qm", ".mo") and digest(copy) != digest(path):
            different.append(str(rel))
    assert not missing, f"not in the bundle: {missing}"
    assert not different, f"bundled copy differs from the source: {different}"


def test_bundle_has_framework_forms_fonts_and_translations(bundle: Path) -> None:
    internal = data_root(bundle)
    framework = internal / "resources" / "frameworks" / "jica-smart-city-approach.toml"
    assert framework.is_file(), "the framework file is missing"
    forms = sorted(p.name for p in (ROOT / "forms").glob("*.ui"))
    assert forms, "the source tree has no forms/*.ui"
    assert forms == sorted(p.name for p in (internal / "forms").glob("*.ui"))
    fonts = sorted(p.name for p in (ROOT / "resources" / "fonts").glob("*.ttf"))
    assert fonts, "the source tree has no fonts"
    assert fonts == sorted(p.name for p in (internal / "resources" / "fonts").glob("*.ttf"))
    i18n = ROOT / "resources" / "i18n"
    if i18n.is_dir():
        languages = {p.stem for p in [*i18n.glob("*.ts"), *i18n.glob("*.qm")]}
        bundled = {p.stem for p in (internal / "resources" / "i18n").glob("*.qm")}
        assert languages, "resources/i18n has neither .ts nor .qm files"
        assert languages <= bundled, f"translations missing from the bundle: {languages - bundled}"
        core = {p.stem for p in i18n.glob("core.*.po")}
        assert core and core <= {p.stem for p in (internal / "resources" / "i18n").glob("*.mo")}


def test_qt_own_translations_are_bundled(bundle: Path) -> None:
    """Qt's standard dialogs and buttons (OK, Cancel, file dialogs) in the app's languages."""
    import PySide6

    (source,) = [Path(p) / "Qt" / "translations" for p in PySide6.__path__
                 if (Path(p) / "Qt" / "translations").is_dir()]
    bundled = data_root(bundle) / "PySide6" / "Qt" / "translations"
    for language in ("fr", "es", "ja"):
        if (source / f"qtbase_{language}.qm").is_file():
            assert (bundled / f"qtbase_{language}.qm").is_file(), language


def test_unused_qt_modules_are_left_out(bundle: Path) -> None:
    libs = {p.name for p in data_root(bundle).rglob("libQt6*")}
    unwanted = sorted(n for n in libs if n.startswith(
        ("libQt6Qml", "libQt6Quick", "libQt6WebEngine", "libQt63D", "libQt6Multimedia",
         "libQt6Designer", "libQt6Sql", "libQt6Test")))
    assert not unwanted, f"unused Qt libraries bundled: {unwanted}"
    assert "libQt6Widgets.so.6" in libs and "libQt6UiTools.so.6" in libs
    # The report's print preview renders the PDF with PDFium: its library is bundled.
    assert any(p.name.startswith("libpdfium") for p in data_root(bundle).rglob("*pdfium*"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="freedesktop files are Linux's")
def test_linux_desktop_files_and_icons_are_in_the_bundle(bundle: Path) -> None:
    share = bundle / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert desktop.is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    text = desktop.read_text(encoding="utf-8").splitlines()
    assert "Exec=scfield" in text and "Icon=scfield" in text
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "scfield.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "scfield.svg").is_file()
