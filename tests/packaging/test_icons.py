"""The app icon: one SVG, rendered at build time into every size each platform wants."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("icons")
    run = subprocess.run([sys.executable, str(PACKAGING / "render_icons.py"), "--out", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return out


def test_only_the_svg_source_is_committed() -> None:
    generated = [p for p in PACKAGING.rglob("*") if p.suffix in {".png", ".ico", ".icns"}]
    assert not generated, f"generated icons belong in the build folder: {generated}"
    assert (PACKAGING.parent / "resources" / "icons" / "scfield.svg").is_file()


def test_linux_hicolor_sizes(icons: Path, qapp) -> None:
    from PySide6.QtGui import QImage

    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(icons / "hicolor" / f"{size}x{size}" / "apps" / "scfield.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (icons / "hicolor" / "scalable" / "apps" / "scfield.svg").is_file()


def test_16_px_icon_is_legible(icons: Path, qapp) -> None:
    """At 16 px the rounded square fills the icon and the white skyline stands out of it."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(icons / "hicolor" / "16x16" / "apps" / "scfield.png"))
    pixels = [QColor(image.pixelColor(x, y)) for y in range(16) for x in range(16)]
    opaque = [c for c in pixels if c.alpha() == 255]
    assert len(opaque) > 0.6 * 256
    light = [c for c in opaque if c.lightness() > 200]
    dark = [c for c in opaque if c.lightness() < 110]
    assert len(light) >= 20, "the skyline is lost at 16 px"
    assert len(dark) >= 40, "the background is lost at 16 px"


def test_windows_ico_holds_every_size(icons: Path, qapp) -> None:
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(icons / "scfield.ico"))
    sizes = set()
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        sizes.add(image.width())
    assert sizes == {16, 20, 24, 32, 40, 48, 64, 128, 256}


def test_macos_icns_is_well_formed(icons: Path) -> None:
    """Header length matches the file, and every element is a PNG of its declared size."""
    import struct

    data = (icons / "scfield.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    offset, kinds = 8, {}
    while offset < len(data):
        kind, length = data[offset:offset + 4], struct.unpack(">I", data[offset + 4:offset + 8])[0]
        png = data[offset + 8:offset + length]
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", png[16:24])
        kinds[kind] = width
        assert width == height
        offset += length
    assert kinds[b"icp4"] == 16 and kinds[b"ic07"] == 128 and kinds[b"ic10"] == 1024
