"""How the guide and the consolidation show a re-assessment's previous score.

The data is the core's ``reassess.previous_reference`` (what ``scfield compare``
reads too). It is shown as a *reference* — a grey line beside the element, in
words that say it is the previous assessment's — never as a proposal: it never
checks a score button, never fills the consolidated score, and scoring never
reads it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from scfield.reassess import PreviousElement
from scfield.ui.i18n import fmt

RATIONALE_CHARS = 400  # the guide's page is for this interview: a long rationale is cut


def tr(text: str) -> str:
    return QCoreApplication.translate("PreviousReference", text)


def score_text(ref: PreviousElement) -> str:
    if ref.score is None:
        return tr("not scored")
    if ref.provisional:
        return tr("{score} (provisional: the median of the proposals)").format(
            score=fmt(ref.score))
    return fmt(ref.score)


def reference_text(ref: PreviousElement, limit: int | None = None) -> str:
    """"Previous assessment (2024-03-11): 2.00 — rationale" as plain text."""
    text = tr("Previous assessment ({date}): {score}").format(
        date=ref.date or tr("no date"), score=score_text(ref))
    rationale = " ".join(ref.rationale.split())
    if limit is not None and len(rationale) > limit:
        rationale = rationale[:limit].rsplit(" ", 1)[0] + " …"
    return f"{text} — {rationale}" if rationale else text


def tooltip(ref: PreviousElement) -> str:
    return tr("“{title}”, for reference only: it is not a proposal and does not count in "
              "this assessment's scores.").format(title=ref.title)


def show_reference(label: QLabel, ref: PreviousElement | None,
                   limit: int | None = None) -> None:
    """Fill (or hide, for a first assessment or an element it did not have) ``label``."""
    if ref is None:
        label.clear()
        label.setToolTip("")
        label.hide()
        return
    if label.property("reference") is not True:  # styled as a reference (resources/styles)
        label.setProperty("reference", True)
        label.style().unpolish(label)
        label.style().polish(label)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(reference_text(ref, limit))
    label.setToolTip(tooltip(ref))
    label.show()
