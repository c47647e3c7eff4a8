"""File ▸ Backups… and Settings ▸ Backup space…: the list as ``scfield backups`` gives
it, restoring while the app itself has the database open, refusing while another
process has it open, and the budget the CLI uses."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtWidgets import QMessageBox

from scfield.store import Store, open_store
from scfield.store.backups import backup_database, folder_of, list_backups
from scfield.ui import messages


def scfield(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scfield", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL, env=dict(os.environ, SCFIELD_LANGUAGE="en"))


def cli_backups(db: Path) -> dict[str, Any]:
    run = scfield("backups", "--json", db=db)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def titles_in(path: Path) -> set[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT title FROM assessments")}
    finally:
        conn.close()


def _backups_dialog(qtbot: Any, window: Any) -> Any:
    window.actions_by_name["backups"].trigger()
    dialog = window.backups_dialog
    qtbot.waitUntil(lambda: dialog.loaded, timeout=20000)
    return dialog


def _shown(dialog: Any) -> list[dict[str, Any]]:
    from scfield.ui.backups_dialog import BACKUP_ROLE

    table, out = dialog.table, []
    for row in range(table.rowCount()):
        b = table.item(row, 0).data(BACKUP_ROLE)
        out.append({"file": str(b.path), "reason": b.reason, "size": b.size,
                    "ok": table.item(row, 3).text() == "ok",
                    "when": table.item(row, 0).text()})
    return out


def _confirm(qtbot: Any, dialog: Any) -> None:
    dialog.restore_button.click()
    box = dialog.confirm
    qtbot.waitUntil(lambda: box.isVisible(), timeout=5000)
    assert "backed up first" in box.text()
    restore = next(b for b in box.buttons()
                   if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    restore.click()


def _made(db: Path, n: int) -> list[Path]:
    return [backup_database(db, "before-import") for _ in range(n)]


def test_the_list_is_what_scfield_backups_lists(
        qtbot: Any, launch: Any, demo_store: Store) -> None:
    db = demo_store.path
    demo_store.close()
    _made(db, 2)
    bad = folder_of(db) / f"{db.stem}-before-import-20200101T000000000000Z.sqlite"
    bad.write_bytes(b"")  # left by an older version: listed, not restorable
    window = launch(db)
    dialog = _backups_dialog(qtbot, window)

    cli = cli_backups(db)
    shown = _shown(dialog)
    assert [(r["file"], r["reason"], r["size"], r["ok"]) for r in shown] == [
        (b["file"], b["reason"], b["size"], b["ok"]) for b in cli["backups"]]
    assert [r["when"] for r in shown] == [b["when"][:16].replace("T", " ")
                                          for b in cli["backups"]]
    assert len(shown) == 3 and shown[-1]["ok"] is False
    assert dialog.table.item(2, 3).text() == "DAMAGED"
    assert dialog.table.item(0, 1).text() == "before an import"
    assert f"Space for backups: {cli['budget']}" in dialog.budget_label.text()
    assert dialog.restore_button.isEnabled()  # the newest, selected first
    dialog.table.selectRow(2)
    assert not dialog.restore_button.isEnabled()  # a damaged file is never restored


def test_restore_while_the_app_has_the_database_open(
        qtbot: Any, launch: Any, demo_store: Store) -> None:
    db = demo_store.path
    demo_store.close()
    before = titles_in(db)
    (backup,) = _made(db, 1)
    window = launch(db)
    window.create_assessment("Added after the backup")
    qtbot.waitUntil(lambda: any(r.title == "Added after the backup"
                                for r in window.model.rows), timeout=10000)
    assert window.workspaces  # its window opened

    dialog = _backups_dialog(qtbot, window)
    dialog.select_backup(backup)
    messages.last_message = None
    _confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.restored == backup and window.worker.pending == 0,
                    timeout=20000)
    assert messages.last_message is None  # no error
    assert "Added after the backup" not in {r.title for r in window.model.rows}
    assert {r.title for r in window.model.rows} == before
    assert not window.workspaces  # closed, so none shows what is no longer there
    # What was replaced is kept as a backup, and the list shows it.
    safety = next(b for b in list_backups(db) if b.reason == "before-restore")
    assert "Added after the backup" in titles_in(safety.path)
    qtbot.waitUntil(lambda: dialog.loaded and any(
        r["reason"] == "before-restore" for r in _shown(dialog)), timeout=10000)

    # The app works on the restored file: a new assessment is written into it.
    window.create_assessment("Written after the restore")
    qtbot.waitUntil(lambda: any(r.title == "Written after the restore"
                                for r in window.model.rows), timeout=10000)
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=10000)
    assert "Written after the restore" in titles_in(db)


def test_restore_is_refused_while_another_process_has_the_database_open(
        qtbot: Any, launch: Any, demo_store: Store) -> None:
    db = demo_store.path
    demo_store.close()
    (backup,) = _made(db, 1)
    window = launch(db)
    window.create_assessment("Kept: the restore is refused")
    qtbot.waitUntil(lambda: any(r.title == "Kept: the restore is refused"
                                for r in window.model.rows), timeout=10000)
    other = subprocess.Popen(
        [sys.executable, "-c", "import sys; from scfield.store import open_store; "
         "s = open_store(sys.argv[1]); print('open', flush=True); sys.stdin.read()",
         str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "open"
        dialog = _backups_dialog(qtbot, window)
        dialog.select_backup(backup)
        messages.last_message = None
        _confirm(qtbot, dialog)
        qtbot.waitUntil(lambda: messages.last_message is not None
                        and messages.last_message.isVisible(), timeout=20000)
        assert "another scfield" in messages.last_message.text()
        assert messages.last_message.windowTitle() == "The backup was not restored"
        messages.last_message.close()
    finally:
        other.communicate("", timeout=30)
    assert dialog.restored is None
    assert "Kept: the restore is refused" in titles_in(db)
    # The app reopened its connection and carries on.
    window.create_assessment("Still writing")
    qtbot.waitUntil(lambda: any(r.title == "Still writing" for r in window.model.rows),
                    timeout=10000)
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=10000)
    assert "Still writing" in titles_in(db)


def test_the_budget_is_the_cli_setting_and_rotates_at_once(
        qtbot: Any, launch: Any, demo_store: Store) -> None:
    db = demo_store.path
    demo_store.set_meta("backup_budget", "10x")  # room for three
    demo_store.close()
    made = _made(db, 3)
    window = launch(db)
    dialog = _backups_dialog(qtbot, window)
    assert dialog.table.rowCount() == 3
    dialog.findChild(type(dialog.restore_button), "budget_button").click()
    budget = dialog.budget_dialog
    qtbot.waitUntil(lambda: budget.loaded, timeout=10000)
    assert budget.budget_edit.text() == "10x"
    assert "now" in budget.value_label.text()
    budget.budget_edit.setText("lots")
    budget.save()
    assert budget.isVisible() and "Give a multiple" in budget.value_label.text()
    budget.budget_edit.setText("1 B")  # room for nothing: only the newest is kept
    budget.save()
    qtbot.waitUntil(lambda: not shiboken6.isValid(budget) or not budget.isVisible(),
                    timeout=10000)
    qtbot.waitUntil(lambda: dialog.loaded and dialog.table.rowCount() == 1, timeout=10000)
    assert "Space for backups: 1b" in dialog.budget_label.text()
    cli = cli_backups(db)
    assert cli["budget"] == "1b"
    assert [b["file"] for b in cli["backups"]] == [str(made[-1])]

    # Settings ▸ Backup space… shows the value the CLI sets.
    run = scfield("backups", "--budget", "500MB", db=db)
    assert run.returncode == 0, run.stderr
    window.actions_by_name["backup_space"].trigger()
    settings = window.budget_dialog
    qtbot.waitUntil(lambda: settings.loaded, timeout=10000)
    assert settings.budget_edit.text() == "500mb"
    settings.reject()
    with open_store(db) as store:
        assert store.get_meta("backup_budget") == "500mb"


def test_a_restored_file_the_app_cannot_open_is_said_with_what_to_do(
        qtbot: Any, launch: Any, demo_store: Store) -> None:
    """A backup from a newer scfield: restored (as the CLI would), but this version
    cannot open it; the app says so rather than "not restored"."""
    from scfield.store import schema

    db = demo_store.path
    demo_store.close()
    (backup,) = _made(db, 1)
    conn = sqlite3.connect(backup)
    with conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES (?, 'from_a_newer_version', '2030-01-01')",
                     [schema.MIGRATION_SET])
    conn.close()
    window = launch(db)
    dialog = _backups_dialog(qtbot, window)
    dialog.select_backup(backup)
    messages.last_message = None
    _confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: messages.last_message is not None
                    and messages.last_message.isVisible(), timeout=20000)
    text = messages.last_message.text()
    assert f"restored from {backup.name}" in text and "newer version" in text
    assert "start it again" in text
    assert dialog.restored == backup
    messages.last_message.close()
