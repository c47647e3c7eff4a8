"""A corpus of malformed and hostile workbooks, generated here (no committed binaries).

Each is refused with a message that names the place and the reason, and the
database is left byte-for-byte as it was (every table hashed before and after).
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from scfield.store import Store
from scfield.sync import layout as L
from scfield.sync.export import checksum, write_template
from scfield.sync.importer import import_workbooks
from tests.sync.helpers import edit, fingerprint, rows


def at(sheet: str, header: str) -> str:
    """The column letter of a header in the exported layout (IDs are at the far right)."""
    from openpyxl.utils import get_column_letter

    return get_column_letter(L.column_number(L.DATA_SHEETS[sheet], header))

Maker = Callable[[Path, Path, Store], Path]
CASES: dict[str, tuple[Maker, list[str]]] = {}


def case(name: str, *expected: str) -> Callable[[Maker], Maker]:
    def register(fn: Maker) -> Maker:
        CASES[name] = (fn, list(expected))
        return fn
    return register


def rezip(src: Path, dst: Path, replace: dict[str, bytes] | None = None,
          drop: tuple[str, ...] = (), add: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in drop:
                continue
            data = (replace or {}).get(info.filename, zin.read(info.filename))
            zout.writestr(info.filename, data)
        for name, data in (add or {}).items():
            zout.writestr(name, data)
    return dst


def member(src: Path, name: str) -> bytes:
    with zipfile.ZipFile(src) as zf:
        return zf.read(name)


def with_doctype(xml: bytes, doctype: bytes, use: bytes = b"") -> bytes:
    if xml.startswith(b"<?xml"):
        head, _, body = xml.partition(b"?>")
        head += b"?>"
    else:
        head, body = b"", xml
    if use:
        assert b"<t>" in body
        body = body.replace(b"<t>", b"<t>" + use, 1)
    return head + doctype + body


def rewrite_sync(src: Path, dst: Path, **meta: str) -> Path:
    """Change ``_sync`` meta and recompute its checksum, as a forger would."""
    wb = load_workbook(src)
    ws = wb["_sync"]
    data = [[("" if c.value is None else str(c.value)) for c in r] for r in ws.iter_rows()]
    for r, cells in enumerate(data):
        if cells[0] in meta:
            ws.cell(row=r + 1, column=2).value = meta[cells[0]]
            cells[1] = meta[cells[0]]
    ws.cell(row=len(data), column=2).value = checksum(data[:-1])
    wb.save(dst)
    return dst


def sheet_edit(fn: Callable) -> Maker:
    def make(src: Path, tmp: Path, store: Store) -> Path:
        wb = load_workbook(src)
        fn(wb)
        wb.save(tmp / "bad.xlsx")
        return tmp / "bad.xlsx"
    return make


def cells(**sheets: list) -> Maker:
    def make(src: Path, tmp: Path, store: Store) -> Path:
        return edit(src, tmp / "bad.xlsx", **sheets)
    return make


def first_noted_row(src: Path) -> int:
    return next(n for n, r in enumerate(rows(src, "Evidence"), start=2) if r["ID"])


# -- not an xlsx ---------------------------------------------------------------------
@case("not a zip", "not a zip package")
def _(src: Path, tmp: Path, store: Store) -> Path:
    (tmp / "bad.xlsx").write_text("Interview notes, typed in Notepad\n")
    return tmp / "bad.xlsx"


@case("empty file", "not a zip package")
def _(src: Path, tmp: Path, store: Store) -> Path:
    (tmp / "bad.xlsx").write_bytes(b"")
    return tmp / "bad.xlsx"


@case("truncated half", "damaged or truncated")
def _(src: Path, tmp: Path, store: Store) -> Path:
    data = src.read_bytes()
    (tmp / "bad.xlsx").write_bytes(data[: len(data) // 2])
    return tmp / "bad.xlsx"


@case("truncated end", "damaged or truncated")
def _(src: Path, tmp: Path, store: Store) -> Path:
    (tmp / "bad.xlsx").write_bytes(src.read_bytes()[:-30])
    return tmp / "bad.xlsx"


@case("password protected (OLE)", "password-protected")
def _(src: Path, tmp: Path, store: Store) -> Path:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"EncryptedPackage" * 64
    (tmp / "bad.xlsx").write_bytes(ole)
    return tmp / "bad.xlsx"


@case("old xls", ".xls file")
def _(src: Path, tmp: Path, store: Store) -> Path:
    (tmp / "bad.xls").write_bytes(src.read_bytes())
    return tmp / "bad.xls"


@case("xlsm", "macros")
def _(src: Path, tmp: Path, store: Store) -> Path:
    (tmp / "bad.xlsm").write_bytes(src.read_bytes())
    return tmp / "bad.xlsm"


@case("vba project inside", "contains macros")
def _(src: Path, tmp: Path, store: Store) -> Path:
    return rezip(src, tmp / "bad.xlsx", add={"xl/vbaProject.bin": b"\x00" * 100})


@case("zip without a workbook", "no workbook part")
def _(src: Path, tmp: Path, store: Store) -> Path:
    with zipfile.ZipFile(tmp / "bad.xlsx", "w") as zf:
        zf.writestr("word/document.xml", "<doc/>")
        zf.writestr("[Content_Types].xml", "<Types/>")
    return tmp / "bad.xlsx"


@case("OpenDocument saved as .xlsx", "OpenDocument spreadsheet (.ods)")
def _(src: Path, tmp: Path, store: Store) -> Path:
    with zipfile.ZipFile(tmp / "bad.xlsx", "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<office:document-content/>")
    return tmp / "bad.xlsx"


@case("workbook part removed", "no workbook part")
def _(src: Path, tmp: Path, store: Store) -> Path:
    return rezip(src, tmp / "bad.xlsx", drop=("xl/workbook.xml",))


@case("encrypted zip member", "encrypted")
def _(src: Path, tmp: Path, store: Store) -> Path:
    data = bytearray(src.read_bytes())
    at = data.find(b"PK\x01\x02")
    data[at + 8] |= 0x1
    (tmp / "bad.xlsx").write_bytes(bytes(data))
    return tmp / "bad.xlsx"


@case("zip bomb (huge member)", "zip bomb")
def _(src: Path, tmp: Path, store: Store) -> Path:
    path = rezip(src, tmp / "bad.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf, \
            zf.open("xl/media/blank.xml", "w", force_zip64=True) as out:
        chunk = b"\x00" * (1 << 20)
        for _ in range(120):
            out.write(chunk)
    return path


@case("zip bomb (high ratio)", "zip bomb")
def _(src: Path, tmp: Path, store: Store) -> Path:
    return rezip(src, tmp / "bad.xlsx", add={"xl/worksheets/sheet8.xml": b" " * 3_000_000})


def with_shared_strings(src: Path, dst: Path, count: int) -> Path:
    """A valid workbook that also carries ``count`` unused shared strings (as a file
    re-saved many times by a spreadsheet program may)."""
    body = "".join(f"<si><t>unused text {n:07d}</t></si>" for n in range(count))
    sst = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.'
           f'org/spreadsheetml/2006/main" count="{count}" uniqueCount="{count}">{body}</sst>')
    with zipfile.ZipFile(src) as zf:
        rels = zf.read("xl/_rels/workbook.xml.rels").replace(
            b"</Relationships>", b'<Relationship Id="rIdSST" Type="http://schemas.openxmlformats'
            b'.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            b"</Relationships>")
        types = zf.read("[Content_Types].xml").replace(
            b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    return rezip(src, dst, replace={"xl/_rels/workbook.xml.rels": rels,
                                    "[Content_Types].xml": types},
                 add={"xl/sharedStrings.xml": sst.encode()})


@case("too many shared strings", "100,001 shared texts", "at most 100,000")
def _(src: Path, tmp: Path, store: Store) -> Path:
    return with_shared_strings(src, tmp / "bad.xlsx", 100_001)


@case("zip bomb (many parts)", "zip bomb")
def _(src: Path, tmp: Path, store: Store) -> Path:
    return rezip(src, tmp / "bad.xlsx", add={f"xl/x/{n}.xml": b"<a/>" for n in range(150)})


@case("file missing", "cannot read the file")
def _(src: Path, tmp: Path, store: Store) -> Path:
    return tmp / "nowhere.xlsx"


@case("a folder", "cannot read the file")
def _(src: Path, tmp: Path, store: Store) -> Path:
    (tmp / "folder.xlsx").mkdir()
    return tmp / "folder.xlsx"


# -- hostile XML ----------------------------------------------------------------------
BOMB = (b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')
XXE = b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


@case("XML bomb in a sheet", "declares entities")
def _(src: Path, tmp: Path, store: Store) -> Path:
    name = "xl/worksheets/sheet4.xml"
    return rezip(src, tmp / "bad.xlsx",
                 replace={name: with_doctype(member(src, name), BOMB, b"&lol3;")})


@case("XML bomb in the workbook part", "declares entities")
def _(src: Path, tmp: Path, store: Store) -> Path:
    name = "xl/workbook.xml"
    return rezip(src, tmp / "bad.xlsx", replace={name: with_doctype(member(src, name), BOMB)})


@case("XML bomb in styles", "declares entities")
def _(src: Path, tmp: Path, store: Store) -> Path:
    name = "xl/styles.xml"
    return rezip(src, tmp / "bad.xlsx", replace={name: with_doctype(member(src, name), BOMB)})


@case("XXE in a sheet", "declares entities")
def _(src: Path, tmp: Path, store: Store) -> Path:
    name = "xl/worksheets/sheet2.xml"
    return rezip(src, tmp / "bad.xlsx",
                 replace={name: with_doctype(member(src, name), XXE, b"&xxe;")})


@case("XXE in the workbook part", "declares entities")
def _(src: Path, tmp: Path, store: Store) -> Path:
    name = "xl/workbook.xml"
    return rezip(src, tmp / "bad.xlsx", replace={name: with_doctype(member(src, name), XXE)})


@case("XXE in content types", "declares entities")
def _(src: Path, tmp: Path, store: Store) -> Path:
    name = "[Content_Types].xml"
    return rezip(src, tmp / "bad.xlsx", replace={name: with_doctype(member(src, name), XXE)})


@case("XML bomb hidden after a long comment", "declares entities")
def _(src: Path, tmp: Path, store: Store) -> Path:
    """Past the prolog scan: defusedxml inside openpyxl refuses it, in our words."""
    name = "xl/worksheets/sheet4.xml"
    padded = b"<!--" + b" " * 100_000 + b"-->" + BOMB
    return rezip(src, tmp / "bad.xlsx",
                 replace={name: with_doctype(member(src, name), padded, b"&lol3;")})


@case("garbage sheet XML", "cannot be read as an Excel workbook")
def _(src: Path, tmp: Path, store: Store) -> Path:
    return rezip(src, tmp / "bad.xlsx", replace={"xl/worksheets/sheet4.xml": b"<worksheet"})


@case("row bomb", "more than 20,000 rows")
def _(src: Path, tmp: Path, store: Store) -> Path:
    wb = load_workbook(src)
    ws = wb["Evidence"]
    for n in range(2, 20_010):
        ws[f"{at('Evidence', 'Note')}{n}"] = "x"
    wb.save(tmp / "bad.xlsx")
    return tmp / "bad.xlsx"


# -- sheets and headers ------------------------------------------------------------------
for _sheet in ("Instructions", "Assessment", "Interviews", "Evidence", "Ratings", "Lists"):
    case(f"sheet {_sheet} deleted", f"sheet {_sheet} is missing")(
        sheet_edit(lambda wb, s=_sheet: wb.remove(wb[s])))

case("sheet Ratings renamed", "sheet Ratings is missing", "Rating")(
    sheet_edit(lambda wb: setattr(wb["Ratings"], "title", "Rating")))
case("sheet Evidence renamed", "sheet Evidence is missing")(
    sheet_edit(lambda wb: setattr(wb["Evidence"], "title", "Evidence (2)")))

for _sheet, _column in (("Evidence", "Score"), ("Evidence", "Note"), ("Evidence", "Interview"),
                       ("Interviews", "ID"), ("Ratings", "No."), ("Interviews", "Consent")):
    _letter = at(_sheet, _column)
    case(f"header {_sheet}/{_column} removed",
         f"sheet {_sheet}, row 1: the column {_column!r} is missing")(
        sheet_edit(lambda wb, s=_sheet, c=_letter: setattr(wb[s][f"{c}1"], "value", None)))

case("header renamed", "the column 'Note' is missing")(
    sheet_edit(lambda wb: setattr(wb["Evidence"][f"{at('Evidence', 'Note')}1"], "value",
                                  "Notes")))
case("header row deleted", "sheet Interviews, row 1: the column 'ID' is missing")(
    sheet_edit(lambda wb: wb["Interviews"].delete_rows(1)))
case("Assessment header changed", "sheet Assessment, row 1")(
    sheet_edit(lambda wb: setattr(wb["Assessment"]["B1"], "value", "Wert")))
case("Assessment Title row renamed", "the row 'Title' is missing")(
    sheet_edit(lambda wb: setattr(wb["Assessment"]["A2"], "value", "Name")))


# -- cell values -------------------------------------------------------------------------
def _ev(column: str, value: object) -> Maker:
    def make(src: Path, tmp: Path, store: Store) -> Path:
        return edit(src, tmp / "bad.xlsx",
                    Evidence=[(first_noted_row(src), column, value)])
    return make


for _value, _why in ((5, "5 is not a score 0–4"), (-1, "-1 is not a score 0–4"),
                     (2.5, "2.5 is not a score 0–4"), ("high", "'high' is not a score 0–4")):
    case(f"evidence score {_value!r}", "sheet Evidence, row", "column Score", _why)(
        _ev("Score", _value))
for _value in (22, 0, "abc"):
    case(f"evidence element {_value!r}", "column No.", "is not an element number 1–21")(
        _ev("No.", _value))
case("evidence element blank", "column No.", "empty is not an element number")(
    _ev("No.", None))
case("evidence unknown interview", "column Interview", "'2099-01-01 · Nobody' is not an "
     "interview in the Interviews sheet")(_ev("Interview", "2099-01-01 · Nobody"))
case("evidence without interview", "column Interview", "must name its interview")(
    _ev("Interview", None))
case("evidence confidence", "column Confidence", "not one of high, medium, low")(
    _ev("Confidence", "very"))
case("ratings score 9", "sheet Ratings, row 4, column Score", "9 is not a score")(
    cells(Ratings=[(4, "Score", 9)]))
case("ratings element 22", "sheet Ratings, row 3, column No.")(
    cells(Ratings=[(3, "No.", 22)]))
case("ratings element twice", "element 1 is rated twice")(cells(Ratings=[(3, "No.", 1)]))
case("helix group", "sheet Interviews, row 2, column Helix group", "'government' is not one")(
    cells(Interviews=[(2, "Helix group", "government")]))
case("consent maybe", "sheet Interviews, row 3, column Consent", "not yes or no")(
    cells(Interviews=[(3, "Consent", "maybe")]))
case("confidential 2", "column Confidential", "not yes or no")(
    cells(Interviews=[(3, "Confidential", 2)]))
case("interview elements", "column Elements", "list of element numbers")(
    cells(Interviews=[(2, "Elements", "1,99")]))
case("assessment level", "sheet Assessment, row 5, column Value (Level)", "'region'")(
    cells(Assessment=[(0, "Level", "region")]))
case("duplicate interview names", "also used in row 2")(
    sheet_edit(lambda wb: setattr(wb["Interviews"][f"{at('Interviews', 'Interview')}3"],
                                  "value",
                                  wb["Interviews"][f"{at('Interviews', 'Interview')}2"].value)))
case("made-up ID", "column ID", "was not exported in this workbook")(
    cells(Interviews=[(2, "ID", "not-an-id")]))


@case("copied row with its ID", "copied rows must have an empty ID")
def _(src: Path, tmp: Path, store: Store) -> Path:
    wb = load_workbook(src)
    ws = wb["Interviews"]
    new = ws.max_row + 1
    for c in range(1, 13):
        ws.cell(row=new, column=c).value = ws.cell(row=2, column=c).value
    ws[f"{at('Interviews', 'Interview')}{new}"] = "copy"
    wb.save(tmp / "bad.xlsx")
    return tmp / "bad.xlsx"


@case("ID from another assessment", "was not exported in this workbook")
def _(src: Path, tmp: Path, store: Store) -> Path:
    other = store.query("SELECT e.id FROM evidence e JOIN interviews i ON i.id = "
                        "e.interview_id WHERE i.assessment_id != ? LIMIT 1",
                        [next(r["Value"] for r in rows(src, "Assessment")
                              if r["Field"] == "Assessment ID")])[0]["id"]
    return edit(src, tmp / "bad.xlsx", Evidence=[(first_noted_row(src), "ID", other)])


@case("unknown framework version", "sheet _sync", "framework", "does not have")
def _(src: Path, tmp: Path, store: Store) -> Path:
    return rewrite_sync(src, tmp / "bad.xlsx", framework_version="9.9")


@case("unknown framework", "sheet _sync", "does not have")
def _(src: Path, tmp: Path, store: Store) -> Path:
    return rewrite_sync(src, tmp / "bad.xlsx", framework_id="who-dt-2030")


@case("newer workbook format", "sheet _sync: workbook format '7'")
def _(src: Path, tmp: Path, store: Store) -> Path:
    return rewrite_sync(src, tmp / "bad.xlsx", **{"scfield-sync": "7"})


@case("blank template", "row Title: give the assessment a title")
def _(src: Path, tmp: Path, store: Store) -> Path:
    return write_template(tmp / "blank.xlsx")


@case("signed assessment", "is signed and locked")
def _(src: Path, tmp: Path, store: Store) -> Path:
    aid = next(r["Value"] for r in rows(src, "Assessment") if r["Field"] == "Assessment ID")
    store.update("assessments", aid, {"status": "signed"}, locked_ok=True)
    return edit(src, tmp / "bad.xlsx", Evidence=[(first_noted_row(src), "Score", 0)])


@case("many problems at once", "column Score", "column Confidence", "column Consent")
def _(src: Path, tmp: Path, store: Store) -> Path:
    n = first_noted_row(src)
    return edit(src, tmp / "bad.xlsx", Evidence=[(n, "Score", 7), (n, "Confidence", "?")],
                Interviews=[(2, "Consent", "perhaps")])


@case("not a workbook at all: a PNG renamed", "not a zip package")
def _(src: Path, tmp: Path, store: Store) -> Path:
    (tmp / "photo.xlsx").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    return tmp / "photo.xlsx"


@case("foreign workbook", "sheet Assessment is missing")
def _(src: Path, tmp: Path, store: Store) -> Path:
    wb = Workbook()
    wb.active.append(["Name", "Score"])
    wb.save(tmp / "other.xlsx")
    return tmp / "other.xlsx"


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 50


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_workbook_is_refused(name: str, demo_store: Store, exported: Path,
                                     tmp_path: Path) -> None:
    maker, expected = CASES[name]
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    bad = maker(exported, bad_dir, demo_store)
    demo_store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = fingerprint(demo_store)
    [result] = import_workbooks(demo_store, [bad])
    assert result.status == "refused"
    message = result.line()
    assert message.startswith(f"{bad.name}: refused: ")
    for text in expected:
        assert text in message, message
    assert "Traceback" not in message and "openpyxl" not in message
    assert fingerprint(demo_store) == before
    assert not (demo_store.path.parent / "backups").exists()


def test_cli_refuses_with_exit_1_and_one_line_per_file(demo_store: Store, exported: Path,
                                                       tmp_path: Path) -> None:
    """A refused file next to a good one: the good one is applied, the run exits 1."""
    bad = CASES["XXE in a sheet"][0](exported, tmp_path, demo_store)
    good = edit(exported, tmp_path / "good.xlsx",
                Evidence=[(first_noted_row(exported), "Score", 0)])
    demo_store.close()
    proc = subprocess.run([sys.executable, "-m", "scfield", "--db", str(demo_store.path),
                           "import", str(bad), str(good)], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    first = proc.stderr.splitlines()[0]
    assert first.startswith("bad.xlsx: refused: ") and "declares entities" in first
    assert "good.xlsx: imported: added 0, updated 1" in proc.stdout


def test_many_unused_shared_strings_within_the_limit_import_alike(
        demo_store: Store, exported: Path, tmp_path: Path) -> None:
    """Big but harmless: 100,000 unused shared strings change nothing the import reads."""
    padded = with_shared_strings(exported, tmp_path / "padded.xlsx", 100_000)
    [result] = import_workbooks(demo_store, [padded], dry_run=True)
    assert result.status != "refused", result.problems
    assert (result.added, result.updated, result.conflicts) == (0, 0, 0)
