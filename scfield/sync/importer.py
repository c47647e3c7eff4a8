"""``scfield import``: a batch of returned workbooks, each applied fully or not at all.

The CLI and the desktop app's import dialog both call ``import_workbooks``: it
takes a ``Progress`` (steps between files; cancel stops before the next file,
never half-way through one) and returns plain ``FileResult`` records the caller
shows as it likes — after a cancel too, so that the office sees which workbooks
went in and which were not reached (``cancelled``; importing them again later is
safe). The database is backed up once, before the first change of
the run; a run that changes nothing writes nothing, not even a backup.

Each workbook is planned *inside* the write transaction that applies it
(``BEGIN IMMEDIATE`` first, then read the office state): two imports started
together are serialised by SQLite's write lock, and the second one plans
against what the first wrote, so it records exactly the conflicts it would
have recorded had it run afterwards. ``on_result`` hears of each workbook as
soon as it is done, so a run stopped later has already said what went in.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from scfield.errors import N_, Text
from scfield.messages import Messages, messages
from scfield.progress import NO_PROGRESS, Cancelled, Progress
from scfield.store.database import Store, backup_database
from scfield.sync.encryption import readable_workbook
from scfield.sync.merge import Plan, apply_plan, plan_merge
from scfield.sync.reader import WorkbookRefused, read_workbook


@dataclass
class FileResult:
    """What one workbook did (or would do, in a dry run)."""
    file: str
    status: str              # applied | unchanged | refused | dry-run | cancelled
    assessment_id: str = ""
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    known_conflicts: int = 0
    # in the language ``import_workbooks`` was given (the reader's)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    backup: str = ""

    @property
    def refused(self) -> bool:
        return self.status == "refused"

    def line(self, language: str | None = None) -> str:
        """One line for the CLI and the app's result list, in ``language``."""
        m = messages(language)
        if self.refused:
            return m("{file}: refused: {problems}", file=self.file,
                     problems=m("; ").join(self.problems))
        if self.status == "cancelled":
            return m("{file}: not imported (the import was cancelled before it)",
                     file=self.file)
        head = {"applied": m("imported"), "unchanged": m("nothing to change"),
                "dry-run": m("would import")}[self.status]
        line = m("{file}: {outcome}: added {added}, updated {updated}, unchanged "
                 "{unchanged}, conflicts {conflicts}", file=self.file, outcome=head,
                 added=self.added, updated=self.updated, unchanged=self.unchanged,
                 conflicts=self.conflicts)
        if self.known_conflicts:
            line += m(" ({n} already recorded)", n=self.known_conflicts)
        return line


def import_workbooks(store: Store, files: Iterable[str | Path],
                     progress: Progress = NO_PROGRESS, dry_run: bool = False,
                     passwords: Mapping[str, str] | None = None,
                     on_result: Callable[[FileResult], None] | None = None,
                     language: str | None = None) -> list[FileResult]:
    """Validate and merge each workbook in turn; one transaction per file.

    The results' problems, notes and changes are in ``language`` (English by default):
    the core keeps them as templates and renders them here, for whoever reads them.

    ``passwords`` maps an encrypted workbook's path (or file name) to its password;
    ``on_result`` is called with each workbook's result as soon as it is committed
    (or refused), before the next workbook is read."""
    files = [Path(f) for f in files]
    m = messages(language)
    results: list[FileResult] = []
    backed_up = dry_run
    for done, path in enumerate(files):
        try:
            progress.step(done, len(files), Text(N_("importing {file}"), file=path.name))
        except Cancelled:
            results += [FileResult(p.name, "cancelled") for p in files[done:]]
            return results
        result = FileResult(path.name, "refused")
        try:
            with readable_workbook(path, passwords) as readable:
                parsed = read_workbook(readable)
            if dry_run:
                plan = plan_merge(store, parsed)
                _describe(result, plan, m)
                result.status = "dry-run"
            else:
                # Lock first, then read: the plan sees every write committed before it.
                with store.transaction():
                    plan = plan_merge(store, parsed)
                    _describe(result, plan, m)
                    if not plan.writes:
                        result.status = "unchanged"
                    else:
                        if not backed_up:
                            # Under the write lock: the copy is exactly the state this
                            # workbook changes, and no other import writes meanwhile.
                            backup = backup_database(store.path, "before-import")
                            result.backup = str(backup or "")
                            backed_up = True
                        apply_plan(store, parsed, plan)
                        result.status = "applied"
        except WorkbookRefused as exc:
            result.status = "refused"
            result.problems = [render(p, m) for p in exc.problems]
        except sqlite3.IntegrityError as exc:
            result.status = "refused"
            result.problems = [m("the database refused a change ({problem}); nothing from "
                                 "this workbook was written", problem=str(exc))]
        results.append(result)
        if on_result is not None:
            on_result(result)
    with contextlib.suppress(Cancelled):  # pressed during the last file: all are done
        progress.step(len(files), len(files), Text(N_("done")))
    return results


def _describe(result: FileResult, plan: Plan, m: Messages) -> None:
    """Copy the plan's counts and descriptions into the file's result, in ``m``'s
    language."""
    result.assessment_id = plan.assessment_id
    result.added, result.updated = plan.added, plan.updated
    result.unchanged = plan.unchanged
    result.conflicts, result.known_conflicts = len(plan.conflicts), plan.known_conflicts
    result.notes = [render(n, m) for n in plan.notes]
    result.changes = ([c.describe(m) for c in plan.changes]
                      + [c.describe(m) for c in plan.conflicts])


def render(text: str | Text, m: Messages) -> str:
    """A problem or note in ``m``'s language (a finished text is shown as it is)."""
    return text.render(m) if isinstance(text, Text) else text
