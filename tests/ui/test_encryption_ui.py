"""Encrypted field workbooks in the app: the export dialog's password, and the password
asked when an encrypted workbook is imported (retry when wrong, Cancel skips it)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from msoffcrypto.format.ooxml import OOXMLFile
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from scfield import scorecard
from scfield.store import Store, open_store
from scfield.sync.encryption import is_encrypted
from scfield.sync.export import export_assessment
from scfield.sync.reader import OLE_MAGIC
from tests.sync.helpers import edit
from tests.ui.helpers import wait_saved

PASSWORD = "Tien Sa port 2024!"  # typed with QTest key clicks: ASCII only


def _da_nang_2025(store: Store) -> str:
    return next(r.id for r in scorecard.list_assessments(store)
                if r.title.startswith("Da Nang") and "2025" in r.title)


def scfield(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scfield", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL, env=dict(os.environ, SCFIELD_LANGUAGE="en"))


def _ok(dialog: Any) -> Any:
    buttons = dialog.findChild(QDialogButtonBox)
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


def _export_dialog(qtbot: Any, window: Any, aid: str) -> Any:
    window.select_id(aid)
    window.actions_by_name["export"].trigger()
    qtbot.waitUntil(lambda: window.sync.export_dialog is not None
                    and window.sync.export_dialog.isVisible(), timeout=5000)
    return window.sync.export_dialog


def test_the_export_dialog_writes_an_encrypted_workbook_the_cli_imports(
        qtbot: Any, launch: Any, demo_store: Store, tmp_path: Path) -> None:
    aid = _da_nang_2025(demo_store)
    db = demo_store.path
    window = launch(db)
    dialog = _export_dialog(qtbot, window, aid)
    out = tmp_path / "da-nang-travel.xlsx"
    dialog.path_edit.setText(str(out))
    assert not dialog.password_edit.isEnabled()
    box = dialog.encrypt_box  # clicked on its indicator, as a user does
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert dialog.password_edit.isEnabled()
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClicks(dialog.confirm_edit, PASSWORD + "x")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    # Different passwords: the dialog stays, says why, and nothing is written.
    assert dialog.isVisible()
    assert "differ" in dialog.error_label.text()
    assert not out.exists()
    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.confirm_edit, PASSWORD)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sync.last_written == out, timeout=30000)
    assert "Encrypted field workbook" in window.statusBar().currentMessage()

    # A standard encrypted Office file: no zip, no interview text inside.
    data = out.read_bytes()
    assert data.startswith(OLE_MAGIC) and is_encrypted(out)
    assert b"PK\x03\x04" not in data and "Trần Quốc Bảo".encode() not in data
    with out.open("rb") as f:
        office = OOXMLFile(f)
        office.load_key(password=PASSWORD, verify_password=True)
        plain = io.BytesIO()
        office.decrypt(plain)
    decrypted = tmp_path / "decrypted" / "da-nang-travel.xlsx"
    decrypted.parent.mkdir()
    decrypted.write_bytes(plain.getvalue())
    edit(decrypted, Assessment=[(None, "Population", "1.31 million (dialog export)")])

    # The CLI imports both: the decrypted copy, and the encrypted file with its password.
    wait_saved(qtbot, window)
    run = scfield("import", str(decrypted), db=db)
    assert run.returncode == 0, run.stderr
    assert "imported" in run.stdout
    secret = tmp_path / "password.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    run = scfield("import", str(out), "--password-file", str(secret), db=db)
    assert run.returncode == 0, run.stderr
    assert "da-nang-travel.xlsx: nothing to change" in run.stdout
    with open_store(db) as check:
        assert check.get("assessments", aid)["population"] == "1.31 million (dialog export)"


def test_an_unencrypted_export_from_the_dialog_is_a_plain_workbook(
        qtbot: Any, launch: Any, demo_store: Store, tmp_path: Path) -> None:
    aid = _da_nang_2025(demo_store)
    window = launch(demo_store.path)
    dialog = _export_dialog(qtbot, window, aid)
    out = tmp_path / "plain"
    dialog.path_edit.setText(str(out))
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    written = tmp_path / "plain.xlsx"
    qtbot.waitUntil(lambda: window.sync.last_written == written, timeout=30000)
    assert written.read_bytes().startswith(b"PK") and not is_encrypted(written)

    # Exporting again to the same file asks first (a second click on Export replaces it).
    written.write_bytes(b"an older workbook")
    dialog = _export_dialog(qtbot, window, aid)
    dialog.path_edit.setText(str(written))
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "already exists" in dialog.error_label.text()
    assert written.read_bytes() == b"an older workbook"
    window.sync.last_written = None
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sync.last_written == written, timeout=30000)
    assert written.read_bytes().startswith(b"PK")

    # A bare name goes into the folder the dialog suggested (the last one used).
    dialog = _export_dialog(qtbot, window, aid)
    assert Path(dialog.path_edit.text()).parent == tmp_path
    dialog.path_edit.setText("bare name")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sync.last_written == tmp_path / "bare name.xlsx",
                    timeout=30000)


def test_a_short_password_is_refused_in_the_dialog(
        qtbot: Any, launch: Any, demo_store: Store, tmp_path: Path) -> None:
    aid = _da_nang_2025(demo_store)
    window = launch(demo_store.path)
    dialog = _export_dialog(qtbot, window, aid)
    dialog.path_edit.setText(str(tmp_path / "short.xlsx"))
    dialog.encrypt_box.setChecked(True)
    qtbot.keyClicks(dialog.password_edit, "abc")
    qtbot.keyClicks(dialog.confirm_edit, "abc")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "at least 8 characters" in dialog.error_label.text()
    dialog.reject()
    assert not (tmp_path / "short.xlsx").exists()


def _password_dialog(qtbot: Any, window: Any, name: str) -> Any:
    qtbot.waitUntil(lambda: window.sync.password_dialog is not None
                    and window.sync.password_dialog.isVisible()
                    and window.sync.password_dialog.file.name == name, timeout=10000)
    return window.sync.password_dialog


def _results(qtbot: Any, window: Any) -> Any:
    qtbot.waitUntil(lambda: window.sync.results_dialog is not None
                    and window.sync.results_dialog.isVisible(), timeout=30000)
    return window.sync.results_dialog


def _outcomes(dialog: Any) -> dict[str, str]:
    tree = dialog.form.results_tree
    return {tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1)
            for i in range(tree.topLevelItemCount())}


def _encrypted_pair(store: Store, aid: str, folder: Path) -> tuple[Path, Path]:
    """Two encrypted exports of one assessment, each with an edited population."""
    books = []
    for name, population in (("first.xlsx", "1.32 million"), ("second.xlsx", "1.33 million")):
        plain = folder / "plain" / name
        plain.parent.mkdir(exist_ok=True)
        export_assessment(store, aid, plain)
        edit(plain, Assessment=[(None, "Population", population)])
        book = folder / name
        with plain.open("rb") as f, book.open("wb") as out:
            office = OOXMLFile(f)
            office.encrypt(PASSWORD, out)
        books.append(book)
    return books[0], books[1]


def test_import_asks_each_password_retries_a_wrong_one_and_cancel_skips_the_file(
        qtbot: Any, launch: Any, demo_store: Store, tmp_path: Path) -> None:
    aid = _da_nang_2025(demo_store)
    first, second = _encrypted_pair(demo_store, aid, tmp_path)
    window = launch(demo_store.path)
    window.sync.import_files([first, second])

    dialog = _password_dialog(qtbot, window, "first.xlsx")
    qtbot.keyClicks(dialog.password_edit, "not the password")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "wrong" in dialog.error_label.text(), timeout=10000)
    assert "first.xlsx" in dialog.error_label.text() and dialog.isVisible()
    assert dialog.password_edit.isEnabled()
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    # The second file's password is not known: Cancel leaves it out.
    dialog = _password_dialog(qtbot, window, "second.xlsx")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    results = _results(qtbot, window)
    assert _outcomes(results) == {"first.xlsx": "Imported",
                                  "second.xlsx": "Not imported (no password)"}
    assert "Left out without their password: 1" in results.form.summary_label.text()
    wait_saved(qtbot, window)
    assert demo_store.get("assessments", aid)["population"] == "1.32 million"


def test_cancelling_every_password_imports_nothing(
        qtbot: Any, launch: Any, demo_store: Store, tmp_path: Path) -> None:
    aid = _da_nang_2025(demo_store)
    first, _second = _encrypted_pair(demo_store, aid, tmp_path)
    before = demo_store.get("assessments", aid)["population"]
    window = launch(demo_store.path)
    window.sync.import_files([first])
    _password_dialog(qtbot, window, "first.xlsx").reject()
    results = _results(qtbot, window)
    assert _outcomes(results) == {"first.xlsx": "Not imported (no password)"}
    assert "Workbooks imported: 0 of 1." in results.form.summary_label.text()
    wait_saved(qtbot, window)
    assert demo_store.get("assessments", aid)["population"] == before
