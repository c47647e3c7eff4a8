"""A full disk, a read-only file, a read-only folder: one line naming the file, exit 1,
no traceback, the database untouched and never called damaged when it is not.

The full disk is a small tmpfs mounted by the test (CI runs as root); the read-only
cases run the CLI as another user (root ignores file modes).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from scfield.store import Store
from tests.core.safety_helpers import cli, copy_db, one_line_error

NOBODY = 65534


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 6 MiB tmpfs, unmounted afterwards."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave: int = 0) -> Path:
    """Fill the disk up to ``leave`` bytes of free space."""
    filler = disk / "filler"
    with filler.open("wb") as f:
        try:
            while shutil.disk_usage(disk).free > leave:
                f.write(b"\0" * min(65536, max(4096, shutil.disk_usage(disk).free - leave)))
                f.flush()
        except OSError:
            pass
    return filler


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _first_id(db: Path) -> str:
    return json.loads(cli(db, "list", "--json").stdout)[0]["id"]


def test_demo_on_a_full_disk(small_disk: Path) -> None:
    db = small_disk / "scfield.sqlite"
    assert cli(db, "init").returncode == 0
    fill(small_disk)
    err = one_line_error(cli(db, "demo"))
    assert "disk is full" in err and str(db) in err and "damaged" not in err
    (small_disk / "filler").unlink()
    assert cli(db, "check").returncode == 0
    assert json.loads(cli(db, "list", "--json").stdout) == []


def test_roadmap_on_a_full_disk(demo_store: Store, small_disk: Path) -> None:
    demo_store.close()
    db = copy_db(demo_store.path, small_disk / "office.sqlite")
    aid = _first_id(db)
    fill(small_disk)
    err = one_line_error(cli(db, "roadmap", aid[:8], "--short", "x" * 100_000))
    assert "disk is full" in err and "damaged" not in err
    (small_disk / "filler").unlink()
    assert cli(db, "check").returncode == 0


def test_import_refused_before_anything_when_no_room_for_the_backup(
        demo_store: Store, small_disk: Path, tmp_path: Path) -> None:
    demo_store.close()
    book = tmp_path / "field.xlsx"
    assert cli(demo_store.path, "export", _first_id(demo_store.path), str(book)).returncode == 0
    db = small_disk / "scfield.sqlite"
    assert cli(db, "init").returncode == 0
    fill(small_disk, leave=2 * 2**20)
    before = _digest(db)
    err = one_line_error(cli(db, "import", str(book)))
    assert "not enough free space" in err and "MiB" in err and "nothing was changed" in err
    assert _digest(db) == before
    assert not [p for p in (small_disk / "backups").glob("*") if p.name != "filler"]
    (small_disk / "filler").unlink()
    done = cli(db, "import", str(book))
    assert done.returncode == 0, done.stderr
    assert [p.name for p in (small_disk / "backups").iterdir()][0].endswith(".sqlite")


@pytest.mark.parametrize("command", ["export", "summary"])
def test_workbook_on_a_full_disk_is_one_line(command: str, demo_store: Store,
                                             small_disk: Path) -> None:
    demo_store.close()
    fill(small_disk)
    out = small_disk / "out.xlsx"
    args = [command, _first_id(demo_store.path), str(out)] if command == "export" else \
        [command, str(out)]
    err = one_line_error(cli(demo_store.path, *args))
    assert str(out) in err and "No space left" in err
    assert not out.exists()


# -- read-only ------------------------------------------------------------------------------
@pytest.fixture
def shared() -> Iterator[Path]:
    """A folder another user can reach (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="scfield-shared-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


def _can_run_as_nobody() -> bool:
    """Root, and another user can run this checkout's scfield."""
    if os.geteuid() != 0:
        return False
    run = subprocess.run(["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}",
                          "--clear-groups", sys.executable, "-c", "import scfield"],
                         capture_output=True, cwd="/")
    return run.returncode == 0


@pytest.fixture
def as_nobody() -> Iterator[None]:
    """Let another user run this checkout's scfield for the test's duration: a checkout
    inside a private folder (CI clones into a fresh ``mktemp -d``, mode 700) gets the
    search bit on the folders above it, and back its own modes afterwards."""
    if os.geteuid() != 0:
        pytest.skip("needs root to run the CLI as another user")
    changed = []
    checkout = Path(__file__).resolve().parents[2]
    for folder in [checkout, *checkout.parents]:
        mode = folder.stat().st_mode
        if not mode & 0o001:
            folder.chmod(mode | 0o001)
            changed.append((folder, mode))
    try:
        if not _can_run_as_nobody():
            pytest.skip("another user cannot run this checkout's Python")
        yield
    finally:
        for folder, mode in reversed(changed):
            folder.chmod(mode)


def test_read_only_file(demo_store: Store, shared: Path, as_nobody: None) -> None:
    demo_store.close()
    folder = shared
    db = copy_db(demo_store.path, folder / "office.sqlite")
    aid = _first_id(db)
    folder.chmod(0o777)  # the folder is writable (its -wal/-shm may be made)...
    db.chmod(0o444)      # ...the file is not
    before = _digest(db)
    for args in (["reassess", aid[:8]], ["roadmap", aid[:8], "--short", "x"]):
        err = one_line_error(cli(db, *args, user=NOBODY))
        assert str(db) in err and "read-only" in err and "damaged" not in err
    assert _digest(db) == before


def test_read_only_folder(demo_store: Store, shared: Path, as_nobody: None) -> None:
    demo_store.close()
    folder = shared
    db = copy_db(demo_store.path, folder / "office.sqlite")
    aid = _first_id(db)
    for suffix in ("-wal", "-shm", ".lock"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    db.chmod(0o666)
    folder.chmod(0o555)
    for args in (["list"], ["roadmap", aid[:8], "--short", "x"]):
        err = one_line_error(cli(db, *args, user=NOBODY))
        assert str(db) in err and "damaged" not in err and "folder" in err
