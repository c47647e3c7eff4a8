"""Field workbooks encrypted for travel (e-mail, USB sticks), as Excel encrypts them.

``scfield export --password`` writes a standard encrypted Office workbook: an
OLE compound file holding ``EncryptionInfo`` (ECMA-376 Agile encryption,
AES-256 with a SHA-512 key derived from the password) and ``EncryptedPackage``
(the .xlsx). Excel and LibreOffice open it by asking for the password; the
plain workbook never touches the disk on export (it is encrypted in memory).

On import an encrypted workbook is recognised by its container, checked before
any decryption (file and declared sizes, the key-derivation cost, no DTD in the
encryption header), decrypted with the password given, and the decrypted .xlsx
then passes every check a plain one does (``reader.check_container``: zip-bomb
limits, macros...). It is decrypted into a private temporary folder under the
same file name (so messages and the audit log name the workbook the expert sent)
and removed as soon as the file is read. A wrong password refuses the workbook,
naming it; nothing from it is written.

Asking for a password (``ask_password``) never waits on a stdin that is not a
terminal: a script gets a clear error telling it to use ``--password-file``.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import struct
import sys
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from scfield.errors import N_, ScfieldError, Text
from scfield.sync.reader import MAX_FILE_BYTES, OLE_MAGIC, WorkbookRefused

if TYPE_CHECKING:
    from msoffcrypto.format.ooxml import OOXMLFile
    from openpyxl import Workbook

ENCRYPTION_STREAMS = ("EncryptionInfo", "EncryptedPackage")
MAX_INFO_BYTES = 64_000          # the XML header of real files is ~1 KB
MAX_SPIN_COUNT = 1_000_000       # Excel and LibreOffice use 100,000 hash rounds
MIN_PASSWORD = 8


class PasswordNeeded(ScfieldError):
    """A password must be typed but there is no terminal to type it on."""


def is_encrypted(path: str | Path) -> bool:
    """An encrypted Office file: an OLE compound file with an EncryptionInfo stream
    (an old .xls is OLE too, without it)."""
    import olefile

    path = Path(path)
    try:
        with path.open("rb") as f:
            if f.read(len(OLE_MAGIC)) != OLE_MAGIC:
                return False
        with olefile.OleFileIO(str(path)) as ole:
            return all(ole.exists(s) for s in ENCRYPTION_STREAMS)
    except (OSError, ValueError, struct.error):
        return False


def check_password(password: str) -> str:
    """A password good enough to protect interview notes on a lost USB stick."""
    if len(password) < MIN_PASSWORD:
        raise ScfieldError(N_("the password must have at least {n} characters"),
                           n=MIN_PASSWORD)
    return password


def encrypt_to(wb: Workbook, out: BinaryIO, password: str) -> None:
    """Write ``wb`` to ``out`` as an encrypted workbook (the .xlsx only ever in memory)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = io.BytesIO()
    wb.save(plain)
    OOXMLFile(plain).encrypt(check_password(password), out)


def _check_encrypted_container(path: Path) -> None:
    """Sizes and costs of an encrypted file, before anything is decrypted."""
    import olefile

    name = path.name
    if path.stat().st_size > MAX_FILE_BYTES:
        raise WorkbookRefused(name, [Text(N_(
            "the file is {size} MB, far larger than any field workbook"),
            size=path.stat().st_size // 1_000_000)])
    with olefile.OleFileIO(str(path)) as ole:
        info_size = ole.get_size("EncryptionInfo")
        package_size = ole.get_size("EncryptedPackage")
        if info_size > MAX_INFO_BYTES:
            raise WorkbookRefused(name, [Text(N_(
                "the encryption header is far larger than any real workbook's; the file was "
                "not decrypted"))])
        info = ole.openstream("EncryptionInfo").read()
        head = ole.openstream("EncryptedPackage").read(8)
    if b"<!DOCTYPE" in info or b"<!ENTITY" in info:
        raise WorkbookRefused(name, [Text(N_(
            "the encryption header declares entities (not a real workbook); the file was "
            "not decrypted"))])
    declared = struct.unpack("<Q", head)[0] if len(head) == 8 else -1
    if not 0 < declared <= min(MAX_FILE_BYTES, package_size):
        raise WorkbookRefused(name, [Text(N_(
            "the encrypted workbook declares {declared} bytes in a package of {size}: "
            "damaged or not a real workbook; the file was not decrypted"),
            declared=f"{declared:,}", size=f"{package_size:,}")])


def _unlock(f: BinaryIO, name: str, password: str) -> OOXMLFile | None:
    """The opened container with its key derived from ``password``; ``None`` if the
    password is wrong; ``WorkbookRefused`` if the container is not one Excel or
    LibreOffice writes."""
    from msoffcrypto import exceptions
    from msoffcrypto.format.ooxml import OOXMLFile

    try:
        office = OOXMLFile(f)
        if office.type == "agile" and office.info["spinValue"] > MAX_SPIN_COUNT:
            raise WorkbookRefused(name, [Text(N_(
                "the encryption asks for far more work than Excel or LibreOffice ever do; "
                "the file was not decrypted"))])
        office.load_key(password=password, verify_password=True)
    except exceptions.InvalidKeyError:
        return None
    except (exceptions.DecryptionError, exceptions.FileFormatError,
            exceptions.ParseError, OSError, ValueError, KeyError, IndexError,
            struct.error) as exc:
        raise WorkbookRefused(name, [_undecryptable(exc)]) from None
    return office


def _undecryptable(exc: Exception) -> Text:
    return Text(N_("the encrypted workbook cannot be decrypted ({problem}); nothing from "
                   "it was written"), problem=str(exc))


def password_opens(path: str | Path, password: str) -> bool:
    """Whether ``password`` is the encrypted workbook's (nothing is decrypted but the
    key check): the app asks again at once when it is not, before importing anything.
    ``WorkbookRefused`` for a container that is damaged or not a real workbook."""
    path = Path(path)
    _check_encrypted_container(path)
    with path.open("rb") as f:
        return _unlock(f, path.name, password) is not None


def decrypt_bytes(path: Path, password: str) -> bytes:
    """The .xlsx inside an encrypted workbook; ``WorkbookRefused`` naming the file if the
    password is wrong or the container is not one Excel or LibreOffice writes."""
    from msoffcrypto import exceptions

    name = path.name
    _check_encrypted_container(path)
    with path.open("rb") as f:
        office = _unlock(f, name, password)
        if office is None:
            raise WorkbookRefused(name, [Text(N_(
                "the password is wrong (the workbook is encrypted); nothing from it was "
                "written"))])
        try:
            out = io.BytesIO()
            office.decrypt(out, verify_integrity=office.type == "agile")
        except (exceptions.DecryptionError, exceptions.FileFormatError,
                exceptions.ParseError, OSError, ValueError, KeyError, IndexError,
                struct.error) as exc:
            raise WorkbookRefused(name, [_undecryptable(exc)]) from None
    return out.getvalue()


@contextlib.contextmanager
def readable_workbook(path: str | Path, passwords: Mapping[str, str] | None = None
                      ) -> Iterator[Path]:
    """``path`` itself, or for an encrypted workbook its decrypted copy (same name, in a
    private temporary folder removed on exit). ``passwords`` maps a path as given (or its
    file name) to its password."""
    path = Path(path)
    if not is_encrypted(path):
        yield path
        return
    passwords = passwords or {}
    password = passwords.get(str(path)) or passwords.get(path.name)
    if not password:
        raise WorkbookRefused(path.name, [Text(N_(
            "the workbook is encrypted and no password was given (scfield import "
            "--password-file FILE)"))])
    plain = decrypt_bytes(path, password)
    folder = Path(tempfile.mkdtemp(prefix="scfield-decrypted-"))
    try:
        copy = folder / (path.stem + ".xlsx")
        copy.write_bytes(plain)
        yield copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- asking for the password (CLI) ---------------------------------------------------
def read_password_file(file: str | Path) -> str:
    """The first line of a password file (its line ending removed, nothing else)."""
    try:
        text = Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or Text(N_("not UTF-8 text"))
        raise ScfieldError(N_("{file}: cannot read the password file ({reason})"),
                           file=str(file), reason=reason) from None
    password = text.splitlines()[0] if text else ""
    if not password:
        raise ScfieldError(N_("{file}: the password file is empty"), file=str(file))
    return password


def ask_password(prompt: str, confirm: bool = False) -> str:
    """Ask on the terminal without echo (twice with ``confirm``); refuse at once when
    there is no terminal rather than wait on a pipe."""
    import getpass

    from scfield.messages import cli_language, messages

    if not sys.stdin.isatty():
        raise PasswordNeeded(N_("no terminal to ask the password on; give it with "
                                "--password-file FILE"))
    try:
        first = getpass.getpass(prompt)
        again = messages(cli_language())("Again, to confirm: ") if confirm else ""
        if confirm and getpass.getpass(again) != first:
            raise ScfieldError(N_("the two passwords differ; nothing was written"))
    except EOFError:
        raise PasswordNeeded(N_("no password given; give it with --password-file FILE")
                             ) from None
    return first
