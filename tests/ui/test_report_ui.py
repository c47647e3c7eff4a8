"""Reports in the app: roadmap, preview (PDFium), printing, saving, sign, amend,
verify, and the reports of all assessments."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from scfield import scorecard
from scfield.store import Store
from tests.ui.helpers import wait_saved


def _da_nang_2025(store: Store) -> str:
    return next(r.id for r in scorecard.list_assessments(store)
                if r.title.startswith("Da Nang") and "2025" in r.title)


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _preview(qtbot: Any, window: Any, assessment_id: str, fingerprint: str | None = None
             ) -> Any:
    reports = window.reports
    qtbot.waitUntil(lambda: assessment_id in reports.previews
                    and reports.previews[assessment_id].isVisible()
                    and (fingerprint is None
                         or reports.previews[assessment_id].result.fingerprint != fingerprint),
                    timeout=30000)
    return reports.previews[assessment_id]


def test_print_summary_edits_the_roadmap_previews_prints_and_saves(
        qtbot: Any, launch: Any, demo_store: Store, tmp_path: Path) -> None:
    from scfield.report.signoff import roadmap_of
    from scfield.ui.report_dialogs import RoadmapDialog

    aid = _da_nang_2025(demo_store)
    title = demo_store.get("assessments", aid)["title"]
    window = launch(demo_store.path)
    window.select_id(aid)
    window.actions_by_name["print"].trigger()
    qtbot.waitUntil(lambda: isinstance(window.reports.dialog, RoadmapDialog)
                    and window.reports.dialog.isVisible(), timeout=10000)
    roadmap = window.reports.dialog
    qtbot.keyClicks(roadmap.form.short_edit, "Open data portal for transport")
    roadmap.form.button_box.accepted.emit()

    preview = _preview(qtbot, window, aid)
    result = preview.result
    assert result.pages >= 5
    assert preview.page_count() == result.pages
    assert preview.view.page_count() == result.pages
    assert f"{result.pages} pages" in preview.info.text()
    text = _text(result.path)
    assert title in text.replace("\n", " ")
    assert "Open data portal for transport" in text
    assert roadmap_of(demo_store, aid)["short_term"] == "Open data portal for transport"
    assert not preview.amend_button.isEnabled()  # a draft is not amended

    preview.print_button.click()  # the system print dialog opens, window-modal
    qtbot.waitUntil(lambda: preview.print_dialog.isVisible(), timeout=5000)
    preview.print_dialog.reject()

    printer = preview.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    job = preview.print_to(printer)
    with qtbot.waitSignal(job.finished, timeout=60000) as done:
        pass
    assert done.args == [None]  # no error
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == result.pages

    preview.save_to(tmp_path / "saved")
    qtbot.waitUntil(lambda: (tmp_path / "saved.pdf").is_file(), timeout=10000)
    wait_saved(qtbot, window)
    assert (tmp_path / "saved.pdf").read_bytes() == result.path.read_bytes()

    folder = result.path.parent
    preview.close()
    wait_saved(qtbot, window)
    assert not folder.exists()  # the temporary report is removed with the preview


def test_sign_locks_the_workspace_and_amend_unlocks_it(
        qtbot: Any, launch: Any, demo_store: Store) -> None:
    from scfield.ui.report_dialogs import AmendDialog, SignDialog

    aid = _da_nang_2025(demo_store)
    window = launch(demo_store.path)
    workspace = window.open_assessment(aid, tab="profile")
    qtbot.waitUntil(lambda: workspace.row is not None, timeout=10000)
    assert not workspace.locked
    assert not workspace.profile.form.title_edit.isReadOnly()

    window.select_id(aid)
    window.actions_by_name["sign"].trigger()
    qtbot.waitUntil(lambda: isinstance(window.reports.dialog, SignDialog)
                    and window.reports.dialog.isVisible(), timeout=10000)
    sign = window.reports.dialog
    assert sign.form.name_edit.text() == "Test Assessor"  # the app's user, as a start
    sign.form.name_edit.setText("Keiko Tanabe")
    sign.form.role_edit.setText("Team Leader")
    sign.form.organisation_edit.setText("JICA")
    assert not sign.ok.isEnabled()  # the passphrase of the signing key is required
    qtbot.keyClicks(sign.form.passphrase_edit, "correct horse battery")
    assert sign.ok.isEnabled()
    sign.form.button_box.accepted.emit()

    qtbot.waitUntil(lambda: workspace.locked, timeout=10000)
    assert workspace.form.banner_label.isVisibleTo(workspace)
    assert "signed and read-only" in workspace.form.banner_label.text()
    assert workspace.profile.form.title_edit.isReadOnly()
    assert not workspace.profile.form.level_combo.isEnabled()
    assert workspace.guide.locked and workspace.consolidation.locked
    new_interview = workspace.interviews.form.new_interview_button
    qtbot.waitUntil(lambda: not new_interview.isEnabled(), timeout=10000)
    qtbot.waitUntil(lambda: next(r for r in window.model.rows if r.id == aid).status
                    == "signed", timeout=10000)
    assert "Keiko Tanabe (Team Leader, JICA)" in window.reports.message.text()
    assert window.actions_by_name["amend"].isEnabled()
    assert demo_store.get("assessments", aid)["status"] == "signed"
    assert workspace.buttons["amend"].isVisibleTo(workspace)

    workspace.buttons["amend"].click()  # the same action, from the assessment's window
    qtbot.waitUntil(lambda: isinstance(window.reports.dialog, AmendDialog)
                    and window.reports.dialog.isVisible(), timeout=10000)
    amend = window.reports.dialog
    assert not amend.ok.isEnabled()  # a reason is required
    qtbot.keyClicks(amend.reason_edit, "Counterpart corrected the budget figures")
    assert amend.ok.isEnabled()
    amend.ok.click()
    qtbot.waitUntil(lambda: not workspace.locked, timeout=10000)
    assert not workspace.form.banner_label.isVisibleTo(workspace)
    assert not workspace.profile.form.title_edit.isReadOnly()
    assert not workspace.guide.locked and not workspace.consolidation.locked
    qtbot.waitUntil(new_interview.isEnabled, timeout=10000)
    assert not workspace.buttons["amend"].isVisibleTo(workspace)
    assert demo_store.get("assessments", aid)["status"] == "amended"


def test_verify_the_signed_pdf_and_its_code(qtbot: Any, launch: Any,
                                            demo_store: Store) -> None:
    from scfield.report.fingerprint import short_code

    aid = _da_nang_2025(demo_store)
    window = launch(demo_store.path)
    window.reports.preview(aid)
    draft = _preview(qtbot, window, aid)
    draft_fingerprint = draft.result.fingerprint
    assert not draft.result.signed
    window.reports.sign(aid, "Keiko Tanabe", "Team Leader", "JICA", "correct horse battery")
    # The open preview is written again, now signed (no DRAFT watermark).
    qtbot.waitUntil(lambda: draft.result.signed, timeout=30000)
    signed = draft.result
    assert signed.fingerprint == draft_fingerprint  # signing does not change the content
    assert "DRAFT" not in _text(signed.path)
    assert draft.amend_button.isEnabled()

    # The counterpart co-signs the same version from the preview's Sign… button.
    from scfield.ui.report_dialogs import SignDialog

    draft.sign_button.click()
    qtbot.waitUntil(lambda: isinstance(window.reports.dialog, SignDialog)
                    and window.reports.dialog.isVisible(), timeout=10000)
    cosign = window.reports.dialog
    cosign.form.name_edit.setText("Nguyen Van Minh")
    cosign.form.role_edit.setText("Director, Department of Science and Technology")
    cosign.form.passphrase_edit.setText("another good passphrase")
    cosign.form.button_box.accepted.emit()
    qtbot.waitUntil(lambda: "Nguyen Van Minh" in _text(draft.result.path), timeout=30000)
    signed = draft.result

    # The preview's own file carries no digital signature: its code names the signed
    # record, but nothing vouches for its pages.
    dialog = window.reports.open_verify(str(signed.path))
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    assert not dialog.result.matches and dialog.result.pages_unchecked
    assert "this PDF is not digitally signed" in dialog.text()
    # Saved with the signer's passphrase, the copy is digitally signed and matches.
    saved = signed.path.parent / "saved-signed.pdf"
    draft.save_to(saved, "correct horse battery")
    qtbot.waitUntil(saved.exists, timeout=30000)
    wait_saved(qtbot, window)
    dialog.result = None
    dialog.check(str(saved))
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    assert dialog.result.matches, dialog.text()
    assert "It matches the signed record" in dialog.text()
    assert "signed by Keiko Tanabe" in dialog.text() and "Nguyen Van Minh" in dialog.text()

    dialog.result = None
    dialog.form.code_edit.setText(short_code(signed.fingerprint))
    dialog.form.check_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    assert dialog.result.matches

    dialog.result = None
    dialog.check("0000-0000-0000-0000")
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    assert not dialog.result.matches
    assert "does not match" in dialog.text()

    dialog.check("no such thing.pdf")
    qtbot.waitUntil(lambda: "Cannot check it" in dialog.text(), timeout=10000)


def test_reports_for_all_assessments(qtbot: Any, launch: Any, demo_store: Store,
                                     tmp_path: Path) -> None:
    window = launch(demo_store.path)
    window.reports.reports_to(tmp_path / "reports")
    qtbot.waitUntil(lambda: len(window.reports.last_results) == 5, timeout=120000)
    pdfs = sorted((tmp_path / "reports").glob("*.pdf"))
    assert len(pdfs) == 5
    assert "5 reports written" in window.reports.message.text()
