"""Encrypted field workbooks: export with a password, open in a real LibreOffice Calc,
edit and re-encrypt, import with the password; wrong passwords, hostile containers and
password prompts with no terminal."""

from __future__ import annotations

import io
import json
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from msoffcrypto.format.ooxml import OOXMLFile

from scfield.store import Store, open_store
from scfield.sync.encryption import is_encrypted
from scfield.sync.importer import import_workbooks
from scfield.sync.reader import OLE_MAGIC
from tests.sync.helpers import fingerprint, rows

PASSWORD = "Tiên Sa port 2024!"
UNO_PYTHON = "/usr/bin/python3"
UNO_SCRIPT = Path(__file__).with_name("uno_calc.py")


def scfield(*args: str, db: Path, stdin: int | None = subprocess.DEVNULL
            ) -> subprocess.CompletedProcess[str]:
    """The CLI as a script runs it: stdin is not a terminal."""
    return subprocess.run([sys.executable, "-m", "scfield", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120, stdin=stdin,
                          env=dict(os.environ, SCFIELD_LANGUAGE="en"))


def _has_uno() -> bool:
    if shutil.which("soffice") is None or not Path(UNO_PYTHON).exists():
        return False
    return subprocess.run([UNO_PYTHON, "-c", "import uno"], capture_output=True).returncode == 0


@pytest.fixture
def setup(demo_store: Store, danang: str, tmp_path: Path) -> tuple[Path, str, Path, Path]:
    """(database, assessment id, password file, encrypted workbook written by the CLI)."""
    db = demo_store.path
    demo_store.close()
    secret = tmp_path / "password.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    book = tmp_path / "danang-field.xlsx"
    run = scfield("export", danang[:8], str(book), "--password-file", str(secret), db=db)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == f"wrote {book} (encrypted)"
    return db, danang, secret, book


def test_the_export_is_a_standard_encrypted_workbook(setup: tuple) -> None:
    _, _, _, book = setup
    data = book.read_bytes()
    assert data.startswith(OLE_MAGIC) and is_encrypted(book)
    # Nothing readable inside: no zip, no interview text.
    assert b"PK\x03\x04" not in data and "Trần Quốc Bảo".encode() not in data
    with book.open("rb") as f:
        office = OOXMLFile(f)
        assert office.type == "agile"
        office.load_key(password=PASSWORD, verify_password=True)
        plain = io.BytesIO()
        office.decrypt(plain)
    assert plain.getvalue().startswith(b"PK")


@pytest.mark.skipif(not _has_uno(), reason="needs LibreOffice and Debian's python3-uno")
def test_calc_opens_it_with_the_password_and_an_edited_copy_imports(
        setup: tuple, tmp_path: Path) -> None:
    db, aid, secret, book = setup
    edited = tmp_path / "calc" / "danang-field.xlsx"
    edited.parent.mkdir()
    typed = "Confirmed again by phone — Calc"
    run = subprocess.run([UNO_PYTHON, str(UNO_SCRIPT), str(book), PASSWORD, str(edited),
                          "Evidence", "Note", typed], capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout)
    assert seen["header"][:2] == ["Interview", "No."] and seen["after"] == typed
    assert seen["before"].startswith("The vision is anchored")
    # Calc refuses the file without the right password.
    wrong = subprocess.run([UNO_PYTHON, str(UNO_SCRIPT), str(book), "not the password",
                            str(tmp_path / "never.xlsx"), "Evidence", "Note", "x"],
                           capture_output=True, text=True, timeout=300)
    assert "error" in json.loads(wrong.stdout)
    # Headless Calc stores without the password: encrypt it again as Excel would.
    plain = edited.read_bytes()
    with edited.open("wb") as out:
        OOXMLFile(io.BytesIO(plain)).encrypt(PASSWORD, out)
    assert is_encrypted(edited)
    run = scfield("import", str(edited), "--password-file", str(secret), db=db)
    assert run.returncode == 0, run.stderr
    assert "danang-field.xlsx: imported: added 0, updated 1" in run.stdout
    first = rows(_decrypted(book), "Evidence")[0]
    with open_store(db) as store:
        assert store.get("evidence", first["ID"])["note"] == typed
        [logged] = store.query("SELECT source FROM audit WHERE record_id = ? AND "
                               "field = 'note'", [first["ID"]])
    assert logged["source"] == "danang-field.xlsx"


def _decrypted(book: Path) -> Path:
    out = book.with_name("decrypted-for-the-test.xlsx")
    with book.open("rb") as f:
        office = OOXMLFile(f)
        office.load_key(password=PASSWORD)
        with out.open("wb") as target:
            office.decrypt(target)
    return out


def test_a_wrong_password_is_refused_naming_the_file(setup: tuple, tmp_path: Path) -> None:
    db, _, _, book = setup
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the password\n", encoding="utf-8")
    with open_store(db) as store:
        before = fingerprint(store)
    run = scfield("import", str(book), "--password-file", str(wrong), db=db)
    assert run.returncode == 1
    assert ("danang-field.xlsx: refused: the password is wrong (the workbook is encrypted); "
            "nothing from it was written") in run.stderr
    assert "Traceback" not in run.stderr
    with open_store(db) as store:
        assert fingerprint(store) == before


def test_password_prompts_do_not_wait_on_a_pipe(setup: tuple, tmp_path: Path) -> None:
    db, aid, _, book = setup
    for args in (("export", aid[:8], str(tmp_path / "x.xlsx"), "--password"),
                 ("import", str(book))):
        run = scfield(*args, db=db, stdin=subprocess.PIPE)
        assert run.returncode == 1, run
        assert run.stderr.strip() == ("scfield: no terminal to ask the password on; give it "
                                      "with --password-file FILE")
    assert not (tmp_path / "x.xlsx").exists()


def test_a_short_password_is_refused(setup: tuple, tmp_path: Path) -> None:
    db, aid, _, _ = setup
    short = tmp_path / "short.txt"
    short.write_text("1234\n", encoding="utf-8")
    run = scfield("export", aid[:8], str(tmp_path / "y.xlsx"), "--password-file", str(short),
                  db=db)
    assert run.returncode == 1 and "at least 8 characters" in run.stderr
    assert not (tmp_path / "y.xlsx").exists()


def test_the_container_is_checked_before_decryption(demo_store: Store, danang: str,
                                                   tmp_path: Path) -> None:
    """An encrypted package declaring a huge workbook is refused without decrypting it."""
    import olefile

    from scfield.sync.export import export_assessment

    book = export_assessment(demo_store, danang, tmp_path / "bomb.xlsx", password=PASSWORD)
    with olefile.OleFileIO(str(book), write_mode=True) as ole:
        package = ole.openstream("EncryptedPackage").read()
        ole.write_stream("EncryptedPackage", struct.pack("<Q", 10**12) + package[8:])
    before = fingerprint(demo_store)
    [result] = import_workbooks(demo_store, [book], passwords={str(book): PASSWORD})
    assert result.refused
    assert "declares 1,000,000,000,000 bytes" in result.problems[0]
    [result] = import_workbooks(demo_store, [book])
    assert result.refused and "encrypted and no password was given" in result.problems[0]
    assert fingerprint(demo_store) == before


def test_an_encrypted_workbook_imports_in_process_like_a_plain_one(
        demo_store: Store, danang: str, tmp_path: Path) -> None:
    from scfield.sync.export import export_assessment

    book = export_assessment(demo_store, danang, tmp_path / "same.xlsx", password=PASSWORD)
    [result] = import_workbooks(demo_store, [book], passwords={"same.xlsx": PASSWORD})
    assert result.status == "unchanged", result.problems
