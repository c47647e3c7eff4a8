"""Build the standalone scfield app for the platform this runs on.

    python packaging/build.py [--dist DIR] [--work DIR] [--archive]

Runs PyInstaller on packaging/scfield.spec (which renders the icons and takes
resources/ and forms/ by folder), then, on Linux, adds the freedesktop files a
system install needs under ``<bundle>/share`` (the ``.desktop`` file, AppStream
metainfo and the hicolor icons), so that one folder holds everything.

Output: ``<dist>/scfield/`` (one folder; on macOS also ``<dist>/scfield.app``).
The last line printed is the bundle's folder, its size and the build time.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
APP_ID = "io.github.scfield.scfield"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def add_linux_desktop_files(bundle: Path, work: Path) -> None:
    """``share/`` inside the bundle, laid out as under /usr/local or ~/.local."""
    share = bundle / "share"
    for source, folder in ((PACKAGING / "linux" / f"{APP_ID}.desktop", "applications"),
                           (PACKAGING / "linux" / f"{APP_ID}.metainfo.xml", "metainfo")):
        (share / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, share / folder / source.name)
    icons = share / "icons" / "hicolor"
    if icons.exists():
        shutil.rmtree(icons)
    # The spec renders the icons into its own work folder: <work>/<spec name>/icons.
    shutil.copytree(work / "scfield" / "icons" / "hicolor", icons)


def build(dist: Path, work: Path) -> Path:
    """Build the bundle into ``dist``; returns its folder."""
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work),
                    str(PACKAGING / "scfield.spec")], check=True, cwd=ROOT)
    bundle = dist / "scfield"
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(bundle, work)
    return bundle


def archive(bundle: Path) -> Path:
    """The bundle as one file to hand out: .tar.gz on Linux (keeps its symlinks), else .zip.

    macOS apps are better shipped as a disk image: see packaging/README.md.
    """
    sys.path.insert(0, str(PACKAGING))
    from bundle_data import read_version

    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform,
                                                                           sys.platform)
    name = f"scfield-{read_version(ROOT)}-{system}-{platform.machine().lower()}"
    fmt = "gztar" if sys.platform.startswith("linux") else "zip"
    return Path(shutil.make_archive(str(bundle.parent / name), fmt, bundle.parent, bundle.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the app is written (default: %(default)s)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's build folder (default: %(default)s)")
    parser.add_argument("--archive", action="store_true",
                        help="also pack the bundle into one .tar.gz (Linux) or .zip file")
    args = parser.parse_args(argv)
    started = time.monotonic()
    bundle = build(args.dist.resolve(), args.work.resolve())
    seconds = time.monotonic() - started
    if args.archive:
        print(f"build: archive {archive(bundle)}")
    print(f"build: {bundle} ({folder_size(bundle) / 2**20:.0f} MiB) built in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
