"""``scfield audit``: one assessment's whole history (who, when, record, field, old → new,
reason, source workbook), in the terminal, as JSON or as a workbook for an evaluator.

Examples::

    scfield audit 3f2a
    scfield audit 3f2a --element 7 --person tanabe
    scfield audit 3f2a --xlsx da-nang-audit.xlsx
    scfield audit 3f2a --json --include-confidential

Confidential interviews follow the same rule in every form of the output (terminal,
JSON, workbook): their names, roles, organisations, places and notes are withheld
unless ``--include-confidential`` is given, because a terminal listing is pasted into
e-mails as easily as a workbook is attached.
"""

from __future__ import annotations

import argparse

from scfield.commands.common import cell, cli_messages, print_json, store_from_args
from scfield.errors import N_
from scfield.messages import ENGLISH, Messages

# What happened to a whole record (the JSON and the workbook keep the English key).
ACTION_WORDS = {"added": N_("added"), "deleted": N_("deleted"), "changed": N_("changed")}


def register(sub: argparse._SubParsersAction) -> None:
    m = cli_messages()
    p = sub.add_parser("audit", help=m("one assessment's history of changes: who, when, "
                                       "what, old and new value, reason, source workbook"))
    p.add_argument("id", help=m("assessment id (any unique prefix)"))
    form = p.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help=m("print JSON for scripts"))
    form.add_argument("--xlsx", metavar="OUT.xlsx",
                      help=m("write the history as a workbook (one row per change)"))
    p.add_argument("--element", type=int, metavar="N",
                   help=m("only changes to element N (its evidence, rating, attachments)"))
    p.add_argument("--person", metavar="NAME",
                   help=m("only changes made by people whose name contains NAME"))
    p.add_argument("--include-confidential", action="store_true",
                   help=m("show confidential interviewees and their notes (for the team "
                          "only; by default they are withheld)"))
    p.set_defaults(handler=cmd_audit)


def _short(value: str | None, m: Messages) -> str:
    return m("(empty)") if value is None or value == "" else cell(value, 60).rstrip()


def cmd_audit(args: argparse.Namespace) -> int:
    from scfield.audit import audit_trail, write_audit_workbook

    m = cli_messages()
    # The terminal names records in the reader's language; the JSON and the workbook keep
    # English names (as the app's export does), so that two exports compare.
    named = ENGLISH if args.json or args.xlsx else m
    with store_from_args(args) as store:
        aid = store.resolve_id("assessments", args.id)
        title = store.get("assessments", aid)["title"]
        entries = audit_trail(store, aid, element=args.element, person=args.person,
                              include_confidential=args.include_confidential, m=named)
    withheld = sum(e.confidential for e in entries) and not args.include_confidential
    if args.xlsx:
        path = write_audit_workbook(entries, f"{title}: history of changes", args.xlsx)
        if withheld:
            print(m.plural(len(entries), "wrote {path} ({n} change; confidential interviews "
                           "withheld)", "wrote {path} ({n} changes; confidential interviews "
                           "withheld)", path=path))
        else:
            print(m.plural(len(entries), "wrote {path} ({n} change)",
                           "wrote {path} ({n} changes)", path=path))
        return 0
    if args.json:
        print_json([e.as_dict() for e in entries])
        return 0
    if not entries:
        print(m("no changes recorded that match") if args.element or args.person
              else m("no changes recorded"))
        return 0
    for e in entries:
        what = (m("{record}, element {n}", record=e.record, n=e.element)
                if e.element is not None else e.record)
        change = (m(ACTION_WORDS.get(e.action, e.action)) if e.field == "*"
                  else f"{e.field}: {_short(e.old, m)} → {_short(e.new, m)}")
        print(f"{e.at[:19].replace('T', ' ')}  {cell(e.who, 16)} {what}: {change}")
        extra = [m("why: {reason}", reason=e.reason) if e.reason else "",
                 m("from: {source}", source=e.source) if e.source else ""]
        if any(extra):
            print("    " + "; ".join(x for x in extra if x))
    if withheld:
        print(m("(confidential interviews withheld; --include-confidential shows them)"))
    return 0
