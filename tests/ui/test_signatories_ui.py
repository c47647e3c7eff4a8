"""Signatories in the app: from the roadmap step of Print summary, add an assessor and a
counterpart, remove one; the database and the printed sign-off page follow."""

from __future__ import annotations

from typing import Any

from scfield import scorecard
from scfield.report.signatories import signatories_of
from scfield.store import Store


def test_signatories_are_added_and_removed_beside_the_roadmap(
        qtbot: Any, launch: Any, demo_store: Store) -> None:
    from scfield.ui.report_dialogs import RoadmapDialog
    from scfield.ui.signatories_dialog import SignatoriesDialog

    aid = next(r.id for r in scorecard.list_assessments(demo_store)
               if r.title.startswith("Dakar"))
    window = launch(demo_store.path)
    window.select_id(aid)
    window.actions_by_name["print"].trigger()
    qtbot.waitUntil(lambda: isinstance(window.reports.dialog, RoadmapDialog)
                    and window.reports.dialog.isVisible(), timeout=10000)
    window.reports.dialog.signatories_button.click()
    qtbot.waitUntil(lambda: isinstance(window.reports.signatories_dialog, SignatoriesDialog)
                    and window.reports.signatories_dialog.isVisible(), timeout=5000)
    dialog = window.reports.signatories_dialog
    assert not dialog.add_button.isEnabled()  # a signatory needs a name
    for name, role, organisation, counterpart in (
            ("Élodie Marchand", "Team Leader", "JICA Expert Team", False),
            ("Awa Ndiaye", "Director of Digital Services", "Ville de Dakar", True),
            ("Moussa Fall", "Adviser", "Ville de Dakar", True)):
        qtbot.keyClicks(dialog.name_edit, name)
        qtbot.keyClicks(dialog.role_edit, role)
        qtbot.keyClicks(dialog.organisation_edit, organisation)
        dialog.counterpart_box.setChecked(counterpart)
        dialog.add_button.click()
        count = dialog.table.rowCount()
        qtbot.waitUntil(lambda c=count: dialog.table.rowCount() == c + 1, timeout=5000)
    assert dialog.table.item(1, 3).text() == "Counterpart"
    dialog.table.selectRow(2)
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
    assert [(s.name, s.counterpart) for s in signatories_of(demo_store, aid)] == [
        ("Élodie Marchand", False), ("Awa Ndiaye", True)]
    # A duplicate is refused with the core's message, the list unchanged.
    from scfield.ui import messages

    messages.last_message = None
    qtbot.keyClicks(dialog.name_edit, "awa ndiaye")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: messages.last_message is not None, timeout=5000)
    assert "already a signatory" in messages.last_message.text()
    messages.last_message.close()
    assert len(signatories_of(demo_store, aid)) == 2
    dialog.close()
