"""What goes into the bundle besides code: decided by folder, never by a list of files.

The PyInstaller spec (packaging/scfield.spec) asks this module for its data
files, so a new framework file, form, font, style, icon or translation added
under ``resources/`` or ``forms/`` is picked up by the next build with no change
here. Qt translation sources (``*.ts``) without an up-to-date ``.qm`` beside them
are compiled with Qt's ``lrelease`` (shipped in PySide6) into the build folder,
so a translator's ``.ts`` reaches the bundle without a manual step.

The files land in the bundle as ``resources/...`` and ``forms/...`` beside the
frozen ``scfield`` package, which is where ``scfield.paths`` looks first (the
same layout as a source checkout), so the app finds them with no frozen-only code.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

DATA_FOLDERS = ("resources", "forms")

# Qt modules scfield does not use (its code imports QtCore, QtGui, QtWidgets,
# QtUiTools; QtSvg draws icons). Excluding them keeps the bundle small and the
# build short. Charts and PrintSupport are deliberately NOT excluded: the
# desktop app may use them, and a missing module would only show at run time.
# The print preview renders the summary's pages with PDFium (pypdfium2), not QtPdf.
QT_EXCLUDES = [
    f"PySide6.{name}" for name in (
        "Qt3DAnimation Qt3DCore Qt3DExtras Qt3DInput Qt3DLogic Qt3DRender "
        "QtBluetooth QtDataVisualization QtDesigner QtGraphs QtGraphsWidgets "
        "QtHelp QtHttpServer QtLocation QtMultimedia QtMultimediaWidgets QtNetworkAuth QtNfc "
        "QtPositioning QtQml QtQuick QtQuick3D QtQuickControls2 "
        "QtQuickTest QtQuickWidgets QtRemoteObjects QtScxml QtSensors QtSerialBus "
        "QtSerialPort QtSpatialAudio QtSql QtStateMachine QtTest QtTextToSpeech "
        "QtWebChannel QtWebEngineCore QtWebEngineQuick QtWebEngineWidgets QtWebSockets "
        "QtWebView"
    ).split()
]

# Python packages that are on a developer's machine but never needed by the app.
PYTHON_EXCLUDES = [
    "tkinter", "_tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "pypdf", "ruff",
    "IPython", "PyInstaller", "pip", "setuptools", "lib2to3", "pydoc_data",
]


def _skipped(path: Path, root: Path) -> bool:
    """Caches and hidden files (editor swap files, .gitkeep) are not part of the app."""
    return any(part == "__pycache__" or part.startswith(".")
               for part in path.relative_to(root).parts)


def source_data_files(root: Path) -> Iterator[Path]:
    """Every file under ``resources/`` and ``forms/`` that the bundle must carry."""
    for folder in DATA_FOLDERS:
        base = root / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            if path.is_file() and not _skipped(path, root):
                yield path


def lrelease() -> str:
    """Qt's translation compiler, found as the app finds it (``scfield.ui.i18n``)."""
    from scfield.ui.i18n import qt_tool

    found = qt_tool("lrelease")
    if found is None:
        raise SystemExit("bundle_data: Qt's lrelease was not found (it ships with PySide6)")
    return found


def _stale(ts: Path) -> bool:
    qm = ts.with_suffix(".qm")
    return not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime


def data_files(root: Path, workdir: Path) -> list[tuple[str, str]]:
    """PyInstaller ``datas`` entries: (source file, folder inside the bundle)."""
    stale = {ts.with_suffix(".qm") for ts in (root / "resources").rglob("*.ts")
             if not _skipped(ts, root) and _stale(ts)}
    datas = [(str(path), str(path.parent.relative_to(root)))
             for path in source_data_files(root) if path not in stale]
    for qm in sorted(stale):
        ts = qm.with_suffix(".ts")
        target = workdir / "qm" / qm.relative_to(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(target)], check=True)
        datas.append((str(target), str(qm.parent.relative_to(root))))
    return datas


def scfield_modules(root: Path) -> list[str]:
    """Every module of the scfield package.

    The CLI imports its command modules by name (``scfield.cli.COMMAND_MODULES``)
    and handlers import heavy modules late, which PyInstaller's static analysis
    cannot follow; listing the package's modules from its folder keeps new
    modules bundled automatically.
    """
    package = root / "scfield"
    modules = []
    for path in sorted(package.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = path.relative_to(root).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules.append(".".join(parts))
    return modules


def read_version(root: Path) -> str:
    """``scfield.__version__`` without importing the package."""
    for line in (root / "scfield" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise SystemExit("bundle_data: no __version__ in scfield/__init__.py")
