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

from scfield.store import Store, open_store, queries
from scfield.sync.encryption import is_encrypted
from scfield.sync.reader import OLE_MAGIC
from tests.sync.helpers import edit
from tests.ui.helpers import wait_saved

PASSWORD = "Tien Sa port 2024!"  # typed with QTest key clicks: ASCII only


def _da_nang_2025(store: Store) -> str:
    return next(r.id for r in queries.list_assessments(store)
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
