"""CLI commands of the workbook sync (export, template, import, conflicts, resolve, summary).

Example::

    scfield export 3f2a danang-field.xlsx
    scfield export 3f2a danang-field.xlsx --password      (encrypted; asks twice)
    scfield import returned/*.xlsx --dry-run
    scfield import returned/*.xlsx
    scfield import returned/danang-field.xlsx --password-file ~/.scfield-pw
    scfield conflicts 3f2a
    scfield resolve 9c1e --take field --why "confirmed with the interviewee by phone"
    scfield summary office-summary.xlsx
"""

from __future__ import annotations

import argparse
import sys

from scfield.commands.common import add_language_option, cell, print_json, store_from_args
from scfield.excerpts import differing_values
from scfield.messages import cli_language, messages


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write the field workbook (.xlsx) of one assessment")
    p.add_argument("id", help="assessment id (any unique prefix)")
    p.add_argument("out", help="workbook to write (.xlsx)")
    add_language_option(p, "the Instructions sheet")
    secret = p.add_mutually_exclusive_group()
    secret.add_argument("--password", action="store_true",
                        help="encrypt the workbook (asks the password twice, not shown); "
                             "Excel and LibreOffice ask for it when opening")
    secret.add_argument("--password-file", metavar="FILE",
                        help="encrypt the workbook with the password on FILE's first line")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("template", help="write a blank field workbook to start an assessment "
                                        "without the app")
    p.add_argument("out", help="workbook to write (.xlsx)")
    add_language_option(p, "the Instructions sheet", "English")
    p.set_defaults(handler=cmd_template)

    p = sub.add_parser("import", help="merge returned field workbooks into the database")
    p.add_argument("files", nargs="+", metavar="FILE", help="returned workbooks (.xlsx)")
    p.add_argument("--dry-run", action="store_true",
                   help="print what would change without writing anything")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.add_argument("--password-file", metavar="FILE",
                   help="the password of encrypted workbooks (first line of FILE); without "
                        "it, scfield asks for each encrypted workbook")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("conflicts", help="list open merge conflicts (of one assessment)")
    p.add_argument("id", nargs="?", help="assessment id (any unique prefix)")
    p.add_argument("--all", action="store_true", help="include resolved conflicts")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.set_defaults(handler=cmd_conflicts)

    p = sub.add_parser("resolve", help="settle a merge conflict, with a reason")
    p.add_argument("conflict", help="conflict id (any unique prefix)")
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--take", metavar="field|office|VALUE",
                        help="keep the field workbook's value, the office value, or give a value")
    choice.add_argument("--value", metavar="TEXT",
                        help="give the value to keep, taken literally (even 'field' or 'office')")
    p.add_argument("--why", required=True, metavar="TEXT", help="the reason (audit log)")
    p.set_defaults(handler=cmd_resolve, usage_error=p.error)

    p = sub.add_parser("summary", help="write the office workbook of all assessments (.xlsx)")
    p.add_argument("out", help="workbook to write (.xlsx)")
    p.add_argument("--compare", nargs="+", metavar="ID", default=(),
                   help="add a Compare sheet with these assessments side by side")
    p.set_defaults(handler=cmd_summary)


def cmd_export(args: argparse.Namespace) -> int:
    from scfield.sync.encryption import ask_password, check_password, read_password_file
    from scfield.sync.export import export_assessment

    m = messages(cli_language())
    password = None
    if args.password_file:
        password = check_password(read_password_file(args.password_file))
    elif args.password:
        password = check_password(ask_password(m("Password for the workbook: "),
                                               confirm=True))
    with store_from_args(args) as store:
        path = export_assessment(store, store.resolve_id("assessments", args.id), args.out,
                                 language=args.language, password=password)
    print(m("wrote {path} (encrypted)", path=path) if password else
          m("wrote {path}", path=path))
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from scfield.sync.export import write_template

    path = write_template(args.out, language=args.language)
    print(messages(cli_language())("wrote {path}", path=path))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from scfield.progress import NO_PROGRESS, Progress
    from scfield.sync.importer import FileResult, import_workbooks

    def show(done: int, total: int, message: str) -> None:
        end = "\n" if done == total else ""
        print(f"\r\033[K[{done}/{total}] {message}", end=end, file=sys.stderr, flush=True)

    language = cli_language()
    m = messages(language)
    shown = sys.stderr.isatty() and len(args.files) > 1
    progress = Progress(show, language) if shown else NO_PROGRESS
    passwords = _import_passwords(args)

    def tell(r: FileResult) -> None:
        """Each workbook's result as soon as it is done (flushed): a run stopped later,
        or waiting for another writer, has already said which workbooks went in."""
        stream = sys.stderr if r.refused else sys.stdout
        print(r.line(language), file=stream)
        for line in r.changes if args.dry_run else []:
            print(f"  {line}")
        for note in r.notes:
            print("  " + m("note: {note}", note=note))
        sys.stdout.flush()
        sys.stderr.flush()

    with store_from_args(args) as store:
        # JSON is for scripts: its texts stay English, whatever the locale
        results = import_workbooks(store, args.files, progress, dry_run=args.dry_run,
                                   passwords=passwords,
                                   on_result=None if args.json else tell,
                                   language=None if args.json else language)
    if args.json:
        print_json([asdict(r) for r in results])
    elif any(r.refused for r in results):
        refused = sum(r.refused for r in results)
        print("scfield: " + m.plural(refused, "{n} workbook of {total} refused; nothing "
                                     "from it was written",
                                     "{n} workbooks of {total} refused; nothing from them "
                                     "was written", total=len(results)), file=sys.stderr)
    return 1 if any(r.refused for r in results) else 0


def _import_passwords(args: argparse.Namespace) -> dict[str, str]:
    """The password of each encrypted workbook, asked before anything is imported."""
    from scfield.sync.encryption import ask_password, is_encrypted, read_password_file

    encrypted = [f for f in args.files if is_encrypted(f)]
    if not encrypted:
        return {}
    if args.password_file:
        password = read_password_file(args.password_file)
        return dict.fromkeys(encrypted, password)
    m = messages(cli_language())
    return {f: ask_password(m("Password for {file}: ", file=f)) for f in encrypted}


def cmd_conflicts(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from scfield.sync.conflicts import list_conflicts

    with store_from_args(args) as store:
        aid = store.resolve_id("assessments", args.id) if args.id else None
        rows = list_conflicts(store, aid, include_resolved=args.all)
    if args.json:
        print_json([asdict(r) for r in rows])
        return 0
    m = messages(cli_language())
    if not rows:
        print(m("no open conflicts"))
        return 0
    for c in rows:
        state = "" if c.status == "open" else "  " + m(
            "[resolved: {resolution}: {reason}]", resolution=c.resolution, reason=c.reason)
        print(f"{c.id[:8]} {cell(c.assessment_title, 30)} {c.what} ({c.place}, {c.file}){state}")
        office, field_value = differing_values(c.office, c.field_value)
        print("    " + m("office: {value}", value=office))
        print("    " + m("field:  {value}", value=field_value))
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from scfield.sync.conflicts import KeepField, KeepOffice, KeepValue, resolve_conflict

    if not args.why.strip():
        args.usage_error(messages(cli_language())("give the reason for this decision "
                                                  "(--why)"))
    # --take field|office keeps a side; any other --take, or --value, is the value itself.
    resolution = ({"field": KeepField(), "office": KeepOffice()}.get(args.take)
                  if args.value is None else None) or KeepValue(
                      args.value if args.value is not None else args.take)
    with store_from_args(args) as store:
        info = resolve_conflict(store, args.conflict, resolution, args.why)
    m = messages(cli_language())
    kept = m("(empty)") if info.resolved_value is None else str(info.resolved_value)
    print(m("resolved {id} ({what}): kept {value}", id=info.id[:8], what=info.what,
            value=kept))
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from scfield.sync.summary import write_summary

    with store_from_args(args) as store:
        compare = [store.resolve_id("assessments", i) for i in args.compare]
        path = write_summary(store, args.out, compare=compare)
    print(messages(cli_language())("wrote {path}", path=path))
    return 0
