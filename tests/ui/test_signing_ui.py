"""Signing in the app: the passphrase of the signer's key, asked in a dialog."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from scfield import scorecard
from scfield.report.keys import signer_key
from scfield.store import Store


def _da_nang_2025(store: Store) -> str:
    return next(r.id for r in scorecard.list_assessments(store)
                if r.title.startswith("Da Nang") and "2025" in r.title)


def _sign_dialog(qtbot: Any, window: Any, aid: str) -> Any:
    from scfield.ui.report_dialogs import SignDialog

    window.select_id(aid)
    window.actions_by_name["sign"].trigger()
    qtbot.waitUntil(lambda: isinstance(window.reports.dialog, SignDialog)
                    and window.reports.dialog.isVisible(), timeout=10000)
    return window.reports.dialog


def test_wrong_passphrase_in_the_sign_dialog_signs_nothing(qtbot: Any, launch: Any,
                                                           demo_store: Store) -> None:
    from scfield.ui import messages

    signer_key("Keiko Tanabe", "Team Leader", "JICA", "correct horse battery")  # her key
    aid = _da_nang_2025(demo_store)
    window = launch(demo_store.path)
    dialog = _sign_dialog(qtbot, window, aid)
    dialog.form.name_edit.setText("Keiko Tanabe")
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.form.passphrase_edit, "not her passphrase")
    assert dialog.ok.isEnabled()
    messages.last_message = None
    dialog.ok.click()
    qtbot.waitUntil(lambda: messages.last_message is not None
                    and messages.last_message.isVisible(), timeout=10000)
    assert "keiko-tanabe.p12: wrong passphrase" in messages.last_message.text()
    assert demo_store.get("assessments", aid)["status"] == "draft"


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="needs pdfsig (poppler-utils)")
def test_saving_a_signed_summary_asks_the_passphrase_and_signs_the_pdf(
        qtbot: Any, launch: Any, demo_store: Store, tmp_path: Path) -> None:
    from scfield.ui.password_dialogs import PassphraseDialog

    aid = _da_nang_2025(demo_store)
    window = launch(demo_store.path)
    dialog = _sign_dialog(qtbot, window, aid)
    dialog.form.name_edit.setText("Keiko Tanabe")
    dialog.form.role_edit.setText("Team Leader")
    qtbot.keyClicks(dialog.form.passphrase_edit, "correct horse battery")
    dialog.ok.click()
    qtbot.waitUntil(lambda: demo_store.get("assessments", aid)["status"] == "signed",
                    timeout=20000)
    row = demo_store.query("SELECT certificate, key_signature FROM signatures")[0]
    assert "BEGIN CERTIFICATE" in row["certificate"] and row["key_signature"]

    window.reports.preview(aid)
    qtbot.waitUntil(lambda: aid in window.reports.previews
                    and window.reports.previews[aid].result.signed, timeout=30000)
    preview = window.reports.previews[aid]
    preview.save_as(tmp_path / "signed.pdf")
    qtbot.waitUntil(lambda: isinstance(window.reports.dialog, PassphraseDialog)
                    and window.reports.dialog.isVisible(), timeout=10000)
    ask = window.reports.dialog
    qtbot.keyClicks(ask.passphrase_edit, "correct horse battery")
    ask.buttons.accepted.emit()
    out = tmp_path / "signed.pdf"
    qtbot.waitUntil(lambda: out.is_file() and b"/ByteRange" in out.read_bytes(),
                    timeout=30000)
    report = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    assert "Signature Validation: Signature is Valid." in report
    assert "Signer Certificate Common Name: Keiko Tanabe" in report

    # Empty passphrase: saved as it is, without a digital signature.
    preview.save_as(tmp_path / "plain.pdf")
    qtbot.waitUntil(lambda: isinstance(window.reports.dialog, PassphraseDialog)
                    and window.reports.dialog is not ask
                    and window.reports.dialog.isVisible(), timeout=10000)
    window.reports.dialog.buttons.accepted.emit()
    qtbot.waitUntil((tmp_path / "plain.pdf").is_file, timeout=10000)
    assert b"/ByteRange" not in (tmp_path / "plain.pdf").read_bytes()
