"""Output files: complete or absent, readable by others, errors in plain words."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from scfield.errors import ScfieldError
from scfield.files import atomic_output


def test_written_file_gets_normal_permissions(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "report.pdf"
    with atomic_output(out, "the report") as f:
        f.write(b"%PDF-1.7 ...")
    assert out.read_bytes() == b"%PDF-1.7 ..."
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask
    assert [p.name for p in out.parent.iterdir()] == ["report.pdf"]


def test_failure_leaves_the_old_file_and_no_leftovers(tmp_path: Path) -> None:
    out = tmp_path / "summary.xlsx"
    out.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_output(out, "the workbook") as f:
        f.write(b"half")
        raise RuntimeError("power cut")
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.xlsx"]


def test_unwritable_place_is_a_plain_message(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    message = r"not-a-folder/out.xlsx: cannot write the workbook"
    with pytest.raises(ScfieldError, match=message), \
            atomic_output(blocker / "out.xlsx", "the workbook") as f:
        f.write(b"x")
