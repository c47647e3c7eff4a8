"""The operations the desktop app runs, each returning what it changed.

Every function here is one user operation, ``fn(store, …) -> Done[result]``: it calls
the core function the CLI calls too (records, edits, sync, report, reassess, demo)
and says which assessments it touched (``scfield.changes``), so that no window has
to work out what to refresh — the app's runner publishes ``Done.changes`` in one
place. As Anki's operations return ``OpChanges``. Qt-free: a test could drive the
app's operations without a window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scfield import edits
from scfield.changes import Changes, Done
from scfield.errors import N_, Text
from scfield.progress import NO_PROGRESS, Progress
from scfield.store import Store, records

if TYPE_CHECKING:
    from scfield.report.content import ReportData
    from scfield.report.pdf import ReportResult
    from scfield.report.signoff import Signature
    from scfield.sync.conflicts import ConflictInfo, Resolution
    from scfield.sync.importer import FileResult


# -- assessments --------------------------------------------------------------------
def create_assessment(store: Store, title: str, **fields: Any) -> Done[str]:
    assessment_id = records.create_assessment(store, title=title, **fields)
    return Done(assessment_id, Changes.of(assessment_id))


def delete_assessment(store: Store, assessment_id: str, reason: str) -> Done[Path | None]:
    """The backup made first is the result; the list re-reads (a row is gone)."""
    return Done(records.delete_assessment(store, assessment_id, reason=reason), Changes.all())


def save_profile(store: Store, assessment_id: str, read: Mapping[str, Any],
                 values: Mapping[str, Any]) -> Done[edits.Saved]:
    return Done(edits.save_assessment(store, assessment_id, read, values),
                Changes.of(assessment_id))


def start_reassessment(store: Store, previous_id: str, title: str) -> Done[str]:
    from scfield.reassess import start_reassessment as start

    new_id = start(store, previous_id, title)
    return Done(new_id, Changes.of(new_id))


def load_demo(store: Store, progress: Progress = NO_PROGRESS) -> Done[list[str]]:
    from scfield.demo import load_demo as load

    ids = load(store, progress)
    return Done(ids, Changes.of(*ids))


# -- interviews and the guide ----------------------------------------------------------
GuideSaved = list[tuple[int, dict[str, Any], edits.Saved]]


def save_guide(store: Store, assessment_id: str, interview_id: str,
               changes: Mapping[int, dict[str, Any]], read: Mapping[int, dict[str, Any]],
               sent: Mapping[int, dict[str, Any]], places: Mapping[int, str],
               position: int | None) -> Done[GuideSaved]:
    """The guide's evidence edits of one interview, and where the expert is, in one
    transaction: ``(element, values sent, Saved)`` per element saved."""
    done: GuideSaved = []
    with store.transaction():
        for number, fields in changes.items():
            done.append((number, sent[number], edits.save_evidence(
                store, interview_id, number, read[number], fields, place=places[number])))
        if position is not None:
            records.update_interview(store, interview_id, last_element=position)
    return Done(done, Changes.of(assessment_id) if changes else Changes.none())


def save_ratings(store: Store, assessment_id: str, changes: Mapping[int, dict[str, Any]],
                 bases: Mapping[int, dict[str, Any]], place: Callable[[int], str]
                 ) -> Done[list[str]]:
    """Consolidated ratings in one transaction; the fields kept as another process
    wrote them (now conflicts) are the result."""
    conflicts: list[str] = []
    with store.transaction():
        for number, fields in changes.items():
            conflicts += edits.save_rating(store, assessment_id, number, bases[number],
                                           fields, place=place(number)).conflicts
    return Done(conflicts, Changes.of(assessment_id))


def add_interview(store: Store, assessment_id: str, values: Mapping[str, Any]) -> Done[str]:
    return Done(records.add_interview(store, assessment_id, **values),
                Changes.of(assessment_id))


def save_interview(store: Store, assessment_id: str, interview_id: str,
                   read: Mapping[str, Any], values: Mapping[str, Any]) -> Done[edits.Saved]:
    return Done(edits.save_interview(store, interview_id, read, values),
                Changes.of(assessment_id))


def delete_interview(store: Store, assessment_id: str, interview_id: str,
                     reason: str) -> Done[None]:
    store.delete("interviews", interview_id, reason=reason)
    return Done(None, Changes.of(assessment_id))


# -- workbooks --------------------------------------------------------------------------
def import_workbooks(store: Store, files: Iterable[str | Path], progress: Progress,
                     passwords: Mapping[str, str] | None = None,
                     language: str | None = None) -> Done[list[FileResult]]:
    """A workbook may fill an assessment new to this database, and settle or add
    conflicts of several: the list and every open window re-read. The results' words
    are in ``language`` (the reader's)."""
    from scfield.sync.importer import import_workbooks as run

    results = run(store, files, progress, passwords=passwords, language=language)
    written = any(r.status == "applied" for r in results)
    return Done(results, Changes.all() if written else Changes.none())


def resolve_conflict(store: Store, conflict_id: str, resolution: Resolution,
                     why: str) -> Done[ConflictInfo]:
    from scfield.sync.conflicts import resolve_conflict as resolve

    info = resolve(store, conflict_id, resolution, why)
    return Done(info, Changes.of(info.assessment_id))


# -- sign-off ------------------------------------------------------------------------------
def set_roadmap(store: Store, assessment_id: str, **texts: str) -> Done[None]:
    from scfield.report.signoff import set_roadmap as put

    put(store, assessment_id, **texts)
    return Done(None, Changes.of(assessment_id))


def change_signatories(store: Store, assessment_id: str, job: Callable[[Store], Any]
                       ) -> Done[list[Any]]:
    """``job`` adds or removes signatories; the list as it is now is the result."""
    from scfield.report.signatories import signatories_of

    job(store)
    return Done(signatories_of(store, assessment_id), Changes.of(assessment_id))


def sign(store: Store, assessment_id: str, name: str, role: str, organisation: str,
         passphrase: str = "", key_file: str = "") -> Done[Signature]:
    """Open (or on first signing make) the signer's key and sign with it."""
    from scfield.report.keys import signer_key
    from scfield.report.signoff import sign_assessment, signer_name

    key = signer_key(signer_name(name), role, organisation, passphrase, key_file or None)
    return Done(sign_assessment(store, assessment_id, name, role, organisation, key=key),
                Changes.of(assessment_id))


def amend(store: Store, assessment_id: str, reason: str) -> Done[list[Signature]]:
    from scfield.report.signoff import amend_assessment

    return Done(amend_assessment(store, assessment_id, reason), Changes.of(assessment_id))


# -- reports: read on the database thread, laid out on another ----------------------------
def render_reports(read: Callable[[str], ReportData], assessment_ids: list[str],
                   folder: str | Path, progress: Progress = NO_PROGRESS) -> list[ReportResult]:
    """One PDF per assessment in ``folder``; ``read(id)`` gathers one report's data (the
    app asks its database thread, so that the layout does not hold the database)."""
    from scfield.report.pdf import render_report, report_filename, reports_folder

    out = reports_folder(folder)
    results = []
    total = len(assessment_ids)
    for done, assessment_id in enumerate(assessment_ids):
        progress.check()
        data = read(assessment_id)
        title = data.assessment["title"]
        progress.step(done, total, title)
        results.append(render_report(data, out / report_filename(title, assessment_id)))
    progress.step(total, total, Text(N_("done")))
    return results
