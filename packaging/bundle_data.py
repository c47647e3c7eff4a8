"""What goes into the bundle besides code: decided by folder, never by a list of files.

The PyInstaller spec (packaging/scfield.spec) asks this module for its data
files, so a new framework file, form, font, style, icon or translation added
under ``resources/`` or ``forms/`` is picked up by the next build with no change
here. The translations (``core.<lang>.po``, ``scfield_<lang>.ts``) are compiled
into the build folder as building the package does (``scfield/catalogues.py``),
so a translator's change reaches the bundle without a manual step.

The files land in the bundle as ``resources/...`` and ``forms/...`` beside the
frozen ``scfield`` package, which is where ``scfield.paths`` looks first (the
same layout as a source checkout), so the app finds them with no frozen-only code.
"""

from __future__ import annotations

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


def data_files(root: Path, workdir: Path) -> list[tuple[str, str]]:
    """PyInstaller ``datas`` entries: (source file, folder inside the bundle).

    The translations are compiled afresh from their sources, as building the package does
    (``scfield.catalogues``): a ``.mo``/``.qm`` left in the source tree by an editable install
    may be older than its source, so none is taken from there."""
    from scfield.catalogues import compile_all

    i18n = root / "resources" / "i18n"
    datas = [(str(path), str(path.parent.relative_to(root)))
             for path in source_data_files(root)
             if not (path.parent == i18n and path.suffix in (".mo", ".qm"))]
    for compiled in compile_all(i18n, workdir / "i18n"):
        datas.append((str(compiled), str(i18n.relative_to(root))))
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
