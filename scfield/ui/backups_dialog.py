"""File ▸ Backups…: the database's backups (when, why, size, checked), the space they
may take, and putting one back.

The list and the budget are ``scfield.store.backups``'s, as ``scfield backups``
shows them; "Restore…" calls ``restore_backup`` as ``scfield restore`` does. That
refuses while another scfield has the database open, and the app itself has it
open (its database thread holds a connection and the "in use" lock). So the app
first closes its assessment windows (their last autosaves are queued before the
restore), then, on the database thread, closes its own connection, restores, and
opens the restored file; meanwhile nothing else runs on that thread, so no job can
see the database half-replaced. If another process (a command in a shell, a
second app) has the file open, the restore is refused with that message and the
app carries on with the database as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scfield.changes import Changes, Done
from scfield.errors import ScfieldError
from scfield.messages import messages
from scfield.store import Store, open_store
from scfield.store.backups import (
    Backup,
    BackupState,
    backup_state,
    check_file,
    folder_of,
    human_size,
    read_budget,
    restore_backup,
)
from scfield.ui.i18n import current_language
from scfield.ui.messages import error_text, show_error
from scfield.ui.requests import Requests
from scfield.ui.run import Operations
from scfield.ui.worker import DbWorker

BACKUP_ROLE = Qt.ItemDataRole.UserRole + 7


class ReopenFailed(Exception):
    """The backup was restored, but the app could not open the restored file."""

    def __init__(self, backup: Path, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.backup, self.cause = backup, cause


def restore_with_app_closed(worker: DbWorker, backup: Path) -> Any:
    """A database-thread job: close the app's own connection (and its "in use" lock),
    restore ``backup`` over the database, open it again; returns the safety backup of
    what was replaced, and that everything changed. The connection is reopened whether
    the restore worked or not."""

    def job(store: Store) -> Done[Path | None]:
        db, author = store.path, store.author
        store.close()
        # Only this thread touches worker.store (see DbWorker).
        try:
            safety = restore_backup(db, backup)
        except BaseException:
            worker.store = open_store(db, author=author, create=False)
            raise
        try:
            worker.store = open_store(db, author=author, create=False)
        except Exception as exc:  # noqa: BLE001 - said in the app, with what to do
            raise ReopenFailed(backup, exc) from exc
        return Done(safety, Changes.all())

    return job


class BackupsDialog(QDialog):
    """The backups of the open database; restore one; see and change their budget."""

    def __init__(self, ops: Operations, requests: Requests,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backups_dialog")
        self.ops = ops
        self.requests = requests
        self.worker = ops.worker
        self.state: BackupState | None = None
        self.checked: dict[Path, bool] = {}
        self.loaded = False
        self.restored: Path | None = None   # the backup put back last (tests read it)
        self.confirm: QMessageBox | None = None
        self.budget_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Backups"))
        db = self.worker.path
        intro = QLabel(self.tr(
            "scfield copies the database into {folder} before each import, deletion, "
            "upgrade and restore. Each copy is checked before it counts as a backup."
        ).format(folder=folder_of(db.resolve())), self)
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("backups_table")
        self.table.setHorizontalHeaderLabels([self.tr("When (UTC)"), self.tr("Why"),
                                              self.tr("Size"), self.tr("Checked"),
                                              self.tr("File")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.ask_restore())

        self.budget_label = QLabel("", self)
        self.budget_label.setObjectName("budget_label")
        self.budget_label.setWordWrap(True)
        budget_button = QPushButton(self.tr("Change…"), self)
        budget_button.setObjectName("budget_button")
        budget_button.setToolTip(self.tr("How much space the backups may take (also in "
                                         "Settings ▸ Backup space…)"))
        budget_button.clicked.connect(self.change_budget)
        budget_row = QHBoxLayout()
        budget_row.addWidget(self.budget_label, 1)
        budget_row.addWidget(budget_button)

        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setToolTip(self.tr("Put the selected backup in place of the "
                                               "database (what is there now is backed up "
                                               "first)"))
        self.restore_button.clicked.connect(self.ask_restore)
        self.verify_button = QPushButton(self.tr("Check &again"), self)
        self.verify_button.setObjectName("verify_button")
        self.verify_button.setToolTip(self.tr("Read every backup again and check it"))
        self.verify_button.clicked.connect(lambda: self.reload(verify=True))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(budget_row)
        layout.addWidget(buttons)
        self.resize(900, 440)
        self._update_buttons()
        self.reload()

    # -- the list ---------------------------------------------------------------------
    def reason_text(self, reason: str) -> str:
        return {"before-import": self.tr("before an import"),
                "before-delete": self.tr("before a deletion"),
                "before-upgrade": self.tr("before an upgrade"),
                "before-restore": self.tr("before a restore")}.get(reason, reason)

    def reload(self, verify: bool = False) -> None:
        """Read the list (and with ``verify`` check every file again) on the database
        thread, as ``scfield backups [--verify]`` does."""
        def job(store: Store) -> tuple[BackupState, dict[Path, bool]]:
            state = backup_state(store.path, read_budget(store.conn))
            checked = {b.path: (check_file(b.path) == "ok" if verify else b.ok)
                       for b in state.backups}
            return state, checked

        self.loaded = False
        self.ops.run(self, lambda s, _p: job(s), success=self._show)

    def _show(self, answer: tuple[BackupState, dict[Path, bool]]) -> None:
        if not shiboken6.isValid(self):
            return
        self.state, self.checked = answer
        table = self.table
        table.setRowCount(len(self.state.backups))
        m = messages(current_language())  # sizes as the app's language writes them
        for row, b in enumerate(self.state.backups):
            ok = self.checked.get(b.path, b.ok)
            cells = [f"{b.when:%Y-%m-%d %H:%M}", self.reason_text(b.reason),
                     human_size(b.size, m), self.tr("ok") if ok else self.tr("DAMAGED"),
                     b.path.name]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column == 3 and not ok:
                    item.setForeground(Qt.GlobalColor.red)
                item.setToolTip(str(b.path))
                item.setData(BACKUP_ROLE, b)
                table.setItem(row, column, item)
        if self.state.backups and not table.selectedItems():
            table.selectRow(0)
        self.budget_label.setText(self.tr(
            "Space for backups: {budget} (now {limit}); in use: {used}. Older backups are "
            "deleted when they no longer fit; the newest one is always kept.").format(
            budget=self.state.budget, limit=human_size(self.state.limit, m),
            used=human_size(self.state.used, m)))
        if not self.state.backups:
            self.budget_label.setText(self.tr("No backups yet.") + " "
                                      + self.budget_label.text())
        self._update_buttons()
        self.loaded = True

    def selected(self) -> Backup | None:
        items = self.table.selectedItems()
        return items[0].data(BACKUP_ROLE) if items else None

    def select_backup(self, path: Path) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(BACKUP_ROLE).path == Path(path):
                self.table.selectRow(row)
                return
        raise KeyError(path)

    def _update_buttons(self) -> None:
        b = self.selected()
        self.restore_button.setEnabled(b is not None and self.checked.get(b.path, b.ok))

    # -- budget -----------------------------------------------------------------------
    def change_budget(self) -> None:
        from scfield.ui.settings import open_backup_budget_dialog

        self.budget_dialog = open_backup_budget_dialog(self.ops, self)
        self.budget_dialog.accepted.connect(self.reload)

    # -- restore ----------------------------------------------------------------------
    def ask_restore(self) -> None:
        b = self.selected()
        if b is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore a backup"), self.tr(
            "Put the database back as it was on {when} UTC ({why})?\n\nEverything changed "
            "since then is replaced. The database as it is now is backed up first, so this "
            "can be undone. Open assessment windows are closed.").format(
            when=f"{b.when:%Y-%m-%d %H:%M}", why=self.reason_text(b.reason)),
            QMessageBox.StandardButton.Cancel, self)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.restore(b.path)
                                  if button is restore else None)
        self.confirm = box
        box.open()

    def restore(self, backup: Path) -> None:
        """Restore (after the user confirmed): close the assessment windows, then the
        database thread closes, restores and reopens (``restore_with_app_closed``)."""
        self.requests.close_windows()  # they queue their last autosaves before the restore
        parent = self.parentWidget()
        restore = restore_with_app_closed(self.worker, backup)

        def done(safety: Path | None) -> None:
            self.restored = backup
            if shiboken6.isValid(self):
                self.reload()
            if not shiboken6.isValid(self):
                return
            where = str(safety) if safety else self.tr("(the database was empty)")
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backup restored"),
                              self.tr("The database is back as it was in {backup}.\n\nThe "
                                      "database as it was before is kept as:\n{path}").format(
                                  backup=backup.name, path=where),
                              QMessageBox.StandardButton.Ok, self)
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.confirm = box
            box.open()

        def failed(exc: BaseException) -> None:
            shown = self if shiboken6.isValid(self) else parent
            if isinstance(exc, ReopenFailed):
                self.restored = backup
                show_error(shown, ScfieldError(self.tr(
                    "The database was restored from {backup}, but scfield cannot open it "
                    "now: {reason}. Close scfield and start it again.").format(
                    backup=backup.name, reason=error_text(exc.cause))))
                return
            if shiboken6.isValid(self):
                self.reload()
            show_error(shown, exc, self.tr("The backup was not restored"))

        # Everything may differ after a restore: the list and any open view re-read.
        self.ops.run(self, lambda s, _p: restore(s), success=done,
                     failure=failed)


def open_backups_dialog(ops: Operations, requests: Requests,
                        parent: QWidget | None = None) -> BackupsDialog:
    dialog = BackupsDialog(ops, requests, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
