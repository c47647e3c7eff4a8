"""Writing output files (workbooks, reports) so that a crash never leaves half a file.

The content goes to a temporary file in the target folder, is flushed to disk,
gets the permissions a normally created file would have (``mkstemp`` makes
0600 files, which a colleague on a shared drive could not open), and then
replaces the target in one step.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from scfield.errors import N_, ScfieldError, Text


class _Output(io.RawIOBase):
    """The temporary file as writers see it; after a failure, a silent sink.

    openpyxl keeps its ``ZipFile`` alive in the traceback of a failed save
    (a full disk, say); when that is finally collected, ``ZipFile.__del__``
    writes its directory into the closed file and Python prints an "Exception
    ignored" traceback after our one-line message. Once abandoned, this object
    accepts and drops whatever comes late.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self._raw: BinaryIO | None = raw
        self._pos = self._end = 0  # kept up after abandon, so late writers stay consistent

    def abandon(self) -> None:
        if self._raw is not None:
            with contextlib.suppress(OSError, ValueError):
                self._pos = self._end = self._raw.tell()
        self._raw = None

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._raw is None or self._raw.seekable()

    def readable(self) -> bool:
        return self._raw is not None and self._raw.readable()

    def write(self, data) -> int:  # noqa: ANN001 - bytes-like
        if self._raw is None:
            self._pos += len(data)
            self._end = max(self._end, self._pos)
            return len(data)
        return self._raw.write(data)

    def read(self, size: int = -1) -> bytes:
        return b"" if self._raw is None else self._raw.read(size)

    def seek(self, offset: int, whence: int = 0) -> int:
        if self._raw is not None:
            return self._raw.seek(offset, whence)
        self._pos = max(0, (0, self._pos, self._end)[whence] + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos if self._raw is None else self._raw.tell()

    def truncate(self, size: int | None = None) -> int:
        return 0 if self._raw is None else self._raw.truncate(size)

    def flush(self) -> None:
        if self._raw is not None:
            self._raw.flush()

    def fileno(self) -> int:
        if self._raw is None:
            raise OSError("output abandoned")
        return self._raw.fileno()


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
        raise ScfieldError(N_("{path}: cannot write {what} ({problem})"), path=str(out),
                           what=Text(what), problem=exc.strerror) from None
    output: _Output | None = None
    try:
        with os.fdopen(fd, "w+b") as f:
            output = _Output(f)
            yield output  # type: ignore[misc]
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, out)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ScfieldError(N_("{path}: cannot write {what} ({problem})"), path=str(out),
                           what=Text(what), problem=exc.strerror) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        if output is not None:
            output.abandon()
