"""Qt Designer layouts (``forms/*.ui``) loaded at run time: no build step.

Every form's top-level object is a plain ``QWidget``; ``load_form`` puts it
inside the Python window, dialog or page that owns the behaviour, and returns
a small accessor so code reads ``form.title_edit`` instead of ``findChild``
calls. Strings in the .ui files go through Qt's translator as usual.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from scfield.errors import ScfieldError
from scfield.paths import form_path

_loader: QUiLoader | None = None


class Form:
    """The widgets of one loaded form, by their Designer object names."""

    def __init__(self, root: QWidget) -> None:
        self.root = root
        self._cache: dict[str, Any] = {}

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if name not in self._cache:
            child = self.root.findChild(QObject, name)
            if child is None:
                raise AttributeError(f"form {self.root.objectName()!r} has no {name!r}")
            self._cache[name] = child
        return self._cache[name]


def load_form(name: str, host: QWidget) -> Form:
    """Load ``forms/<name>.ui`` and lay it out to fill ``host``."""
    global _loader
    if _loader is None:
        _loader = _plain_loader()
    path = form_path(f"{name}.ui")
    data = read_bytes(path)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        root = _loader.load(buffer, host)
    finally:
        buffer.close()
    if root is None:
        raise ScfieldError(QCoreApplication.translate(
            "forms", "{path}: the window layout cannot be read ({problem})").format(
            path=path, problem=_loader.errorString()))
    _apply_stretch(data, root)
    layout = host.layout()
    if layout is None:
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(root)
    return Form(root)


def _plain_loader() -> QUiLoader:
    """A QUiLoader that loads no Designer plugins.

    Its constructor loads every plugin in ``<library path>/designer`` — in PySide6's
    wheel those pull in Qt Quick and Qt WebEngine — which costs ~20 ms of the app's
    start for widgets our forms never use. With no library paths while it is built it
    finds none; the paths are put back at once (the platform and image plugins need
    them).
    """
    saved = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        loader = QUiLoader()
    finally:
        QCoreApplication.setLibraryPaths(saved)
    loader.clearPluginPaths()
    return loader


def read_bytes(path: Path) -> bytes:
    """A shipped data file's bytes, or a message saying the installation is incomplete."""
    try:
        return path.read_bytes()
    except OSError:
        raise ScfieldError(QCoreApplication.translate(
            "forms", "{path}: the file is missing; reinstall scfield").format(
            path=path)) from None


def _apply_stretch(data: bytes, root: QWidget) -> None:
    """Apply the box layouts' ``stretch`` property, which QUiLoader ignores."""
    import xml.etree.ElementTree as ET

    for layout in ET.fromstring(data).iter("layout"):
        prop = layout.find("property[@name='stretch']/string")
        if prop is None or not prop.text:
            continue
        box = root.findChild(QBoxLayout, layout.get("name", ""))
        if box is None:
            continue
        for index, value in enumerate(prop.text.split(",")):
            if index < box.count() and value.strip().isdigit():
                box.setStretch(index, int(value))
