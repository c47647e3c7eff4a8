"""Writing output files (workbooks, reports) so that a crash never leaves half a file.

The content goes to a temporary file in the target folder, is flushed to disk,
gets the permissions a normally created file would have (``mkstemp`` makes
0600 files, which a colleague on a shared drive could not open), and then
replaces the target in one step.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from scfield.errors import ScfieldError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_output(out: Path, what: str) -> Iterator[BinaryIO]:
    """Yield a binary file to write; on success it replaces ``out``, else it vanishes.

    ``what`` names the document in error messages ("the workbook", "the report").
    """
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".part", dir=out.parent)
    except OSError as exc:
        raise ScfieldError(f"{out}: cannot write {what} ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, out)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ScfieldError(f"{out}: cannot write {what} ({exc.strerror})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
