"""Start a re-assessment from the app: the same core function as ``scfield reassess``.

The main window's Assessment menu and the list's context menu call
``ask_reassessment``: it asks the title (prefilled as the CLI would name it,
``reassess.default_title``), creates the new draft on the database thread with
``reassess.start_reassessment`` (profile, level and team copied, linked to the
previous assessment), and opens it on its profile, where the expert checks the
dates and team before the first interview.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication

from scfield import operations
from scfield.reassess import default_title
from scfield.ui.title_dialog import TitleDialog, ask_title


def tr(text: str) -> str:
    return QCoreApplication.translate("Reassessment", text)


def action_text() -> str:
    return tr("Start a &re-assessment…")


def action_tip() -> str:
    return tr("A new draft of the same place, with the profile, level and team copied; "
              "the previous scores are shown beside the new ones as a reference")


def ask_reassessment(main: Any, assessment_id: str | None) -> TitleDialog | None:
    """Ask the title of the re-assessment of ``assessment_id``, then create and open it."""
    row = next((r for r in main.model.rows if r.id == assessment_id), None)
    if row is None:
        return None

    def start(title: str) -> None:
        main.ops.run(main, lambda s, _p: operations.start_reassessment(s, row.id, title),
                     success=created)

    def created(new_id: str) -> None:
        if shiboken6.isValid(main):  # the list shows it already (the runner said)
            main.open_assessment(new_id, tab="profile")

    dialog = ask_title(main, tr("Start a re-assessment"),
                       tr("Title of the re-assessment of “{title}”:").format(title=row.title),
                       start, default_title(row.title, date.today().year))
    main.title_dialog = dialog
    return dialog
