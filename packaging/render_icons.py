"""Render the app icon for every platform from its one source, resources/icons/scfield.svg.

Run at build time (packaging/build.py and the PyInstaller spec call it), so no
generated image is committed and a change to the SVG reaches every platform:

* Linux: ``hicolor/<N>x<N>/apps/scfield.png`` for the sizes desktops look up,
  plus ``hicolor/scalable/apps/scfield.svg``;
* Windows: ``scfield.ico`` (PNG-compressed entries, 16-256 px);
* macOS: ``scfield.icns`` (PNG entries, 16-1024 px, Retina variants included).

Rendering uses QtSvg, which PySide6-Essentials already ships, and the ICO and
ICNS containers are written here (a few lines each) rather than through Pillow
or macOS's ``iconutil``: no extra dependency, and the same output on every OS.

    python packaging/render_icons.py --out build/icons
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

# One icon for the window and the installers: the app loads the same file.
SOURCE = Path(__file__).resolve().parent.parent / "resources" / "icons" / "scfield.svg"
NAME = "scfield"

# Sizes the freedesktop icon theme spec and common desktops (GNOME, KDE, XFCE) look up.
LINUX_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# Windows Explorer, taskbar and title bar at 100-250 % scaling.
WINDOWS_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# ICNS element types holding PNG data, with their pixel size.
MACOS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"render_icons: could not encode a {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG-compressed image per size (Vista and later read these)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        blobs.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG elements for 16-512 pt at 1x and 2x."""
    elements = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                        for kind, size in MACOS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def render_all(out: Path, svg: Path = SOURCE) -> dict[str, Path]:
    """Write every platform's icon files under ``out``; returns the main ones by platform."""
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841

    sizes = sorted({*LINUX_SIZES, *WINDOWS_SIZES, *(size for _, size in MACOS_TYPES)})
    pngs = {size: render_png(svg, size) for size in sizes}

    hicolor = out / "hicolor"
    for size in LINUX_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = hicolor / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(svg.read_bytes())

    ico = out / f"{NAME}.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in WINDOWS_SIZES}))
    icns = out / f"{NAME}.icns"
    icns.write_bytes(icns_bytes(pngs))
    png = out / f"{NAME}.png"
    png.write_bytes(pngs[256])
    return {"linux": hicolor, "windows": ico, "macos": icns, "png": png}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to write the icons into")
    parser.add_argument("--svg", type=Path, default=SOURCE,
                        help="icon source (default: %(default)s)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for platform, path in render_all(args.out, args.svg).items():
        print(f"render_icons: {platform}: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
