"""The returned workbook's container, checked before any XML parser sees it.

An OLE file (a password-protected workbook or an old ``.xls``), a macro workbook,
a truncated file, a zip whose declared sizes, member count or shared strings are
far beyond any real workbook (a zip bomb, a padded file), and XML that declares
entities are refused here with one message naming the file; ``reader.py`` then
reads the sheets.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path

from scfield.errors import N_, ScfieldError, Text

MAX_FILE_BYTES = 50_000_000
MAX_MEMBERS = 100
# A field workbook of a thousand notes unpacks to a few megabytes. These limits leave ten
# times that and keep any file within them readable in a few seconds (a valid workbook
# padded with two million unused shared strings, 77 MB unpacked, took 22-29 s to read).
MAX_MEMBER_BYTES = 16_000_000
MAX_TOTAL_BYTES = 40_000_000
MAX_SHARED_STRINGS = 100_000
_SHARED_STRING = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s>/]")
MAX_RATIO = 200          # uncompressed / compressed, for members over 1 MB
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class WorkbookRefused(ScfieldError):
    """The workbook cannot be imported; ``problems`` lists every reason with its place,
    each a template and its parameters (``Text``), rendered in the reader's language."""

    def __init__(self, file: str, problems: list[Text]) -> None:
        self.file = file
        self.problems = [p if isinstance(p, Text) else Text(p) for p in problems]
        super().__init__(Text(N_("{file}: refused: {problems}"), file=file,
                              problems=self.problems))


# -- the container ---------------------------------------------------------------
def check_container(path: Path) -> str:
    """Refuse what is not a plain .xlsx before any XML parser sees it; returns SHA-256."""
    name = path.name
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise WorkbookRefused(name, [Text(N_(
            "this is an old Excel 97–2003 .xls file; open it and save it as an Excel "
            "workbook (.xlsx)"))])
    if suffix in (".xlsm", ".xltm", ".xlsb"):
        raise WorkbookRefused(name, [Text(N_(
            "{suffix} workbooks (with macros or binary) are not accepted; save it as an "
            "Excel workbook (.xlsx)"), suffix=suffix)])
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise WorkbookRefused(name, [Text(N_(
                "the file is {size} MB, far larger than any field workbook"),
                size=size // 1_000_000)])
        data = path.read_bytes()
    except OSError as exc:
        raise WorkbookRefused(name, [Text(N_("cannot read the file ({reason})"),
                                          reason=exc.strerror)]) from None
    if data.startswith(OLE_MAGIC):
        raise WorkbookRefused(name, [Text(N_(
            "the workbook is password-protected (encrypted) or in the old .xls format; "
            "remove the password and save it as an Excel workbook (.xlsx)"))])
    if not data.startswith(b"PK"):
        raise WorkbookRefused(name, [Text(N_(
            "not an Excel workbook (.xlsx): the file is not a zip package"))])
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise WorkbookRefused(name, [Text(N_(
            "the workbook is damaged or truncated (the zip directory cannot be read); send "
            "it again"))]) from None
    if len(infos) > MAX_MEMBERS:
        raise WorkbookRefused(name, [Text(N_(
            "the package has {n} parts, far beyond any real workbook (possible zip bomb)"),
            n=len(infos))])
    total = 0
    names = set()
    for info in infos:
        names.add(info.filename)
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if (info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES
                or (info.file_size > 1_000_000 and ratio > MAX_RATIO)):
            raise WorkbookRefused(name, [Text(N_(
                "part {part} would unpack to {size} bytes, far beyond any real workbook "
                "(possible zip bomb)"), part=info.filename, size=f"{info.file_size:,}")])
        if info.flag_bits & 0x1:
            raise WorkbookRefused(name, [Text(N_(
                "the package is encrypted; remove the password and save it as .xlsx"))])
    if any(n.lower().endswith("vbaproject.bin") for n in names):
        raise WorkbookRefused(name, [Text(N_(
            "the workbook contains macros; save it as an Excel workbook (.xlsx) without "
            "macros"))])
    if "mimetype" in names and "content.xml" in names:
        raise WorkbookRefused(name, [Text(N_(
            "this is an OpenDocument spreadsheet (.ods); save it as an Excel workbook "
            "(.xlsx) in LibreOffice: File › Save As › Excel 2007-365"))])
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        raise WorkbookRefused(name, [Text(N_(
            "not an Excel workbook (.xlsx): the package has no workbook part"))])
    _check_shared_strings(path, name, names)
    return hashlib.sha256(data).hexdigest()


def _check_shared_strings(path: Path, name: str, names: set[str]) -> None:
    """Count the shared strings before a parser builds them all: a valid file may carry
    millions of unused ones, each costing the reader time and memory."""
    part = next((n for n in names if n.lower() == "xl/sharedstrings.xml"), None)
    if part is None:
        return
    with zipfile.ZipFile(path) as zf:
        data = zf.read(part)  # at most MAX_MEMBER_BYTES, checked above
    count = sum(1 for _ in _SHARED_STRING.finditer(data))
    if count > MAX_SHARED_STRINGS:
        raise WorkbookRefused(name, [Text(N_(
            "the workbook carries {count} shared texts, far beyond any field workbook (at "
            "most {limit}); copy its sheets into a fresh export and send that"),
            count=f"{count:,}", limit=f"{MAX_SHARED_STRINGS:,}")])


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception and what caused it (openpyxl wraps parser errors in its own)."""
    chain = []
    while exc is not None and exc not in chain and len(chain) < 10:
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__
    return chain


ENTITY_PROBLEM = N_("the workbook's XML declares entities (an XML bomb or an "
                     "external-entity attack); refusing to read it")


def _xml_problem(exc: BaseException) -> Text:
    chain = _causes(exc)
    for e in chain:
        if (type(e).__module__ or "").startswith("defusedxml") or "Entit" in type(e).__name__:
            return Text(ENTITY_PROBLEM)
    root = chain[-1]
    detail = str(root).splitlines()[0][:120] if str(root) else type(root).__name__
    return Text(N_("cannot be read as an Excel workbook ({detail})"), detail=detail)


def _check_xml_prologs(path: Path, name: str) -> None:
    """Refuse DOCTYPE declarations before any parser sees them (defusedxml would too)."""
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if not info.filename.endswith((".xml", ".rels", ".vml")):
                continue
            with zf.open(info) as f:
                head = f.read(65536)
            if b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper():
                raise WorkbookRefused(name, [Text(N_("part {part}: {problem}"),
                                                  part=info.filename,
                                                  problem=Text(ENTITY_PROBLEM))])
