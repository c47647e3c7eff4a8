"""Commands that keep the data safe: check, backups, restore.

Example::

    scfield check
    scfield backups
    scfield backups --budget 500MB
    scfield restore scfield-before-import-20261201T101500123456Z.sqlite
"""

from __future__ import annotations

import argparse
import sys

from scfield.commands.common import cell, cli_messages, print_json, store_from_args
from scfield.paths import resolve_db_path


def register(sub: argparse._SubParsersAction) -> None:
    m = cli_messages()
    p = sub.add_parser("check", help=m("check the database file for damage and say what to "
                                       "do (which backup to restore)"))
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backups", help=m("list the backups (when, why, size, checked) and "
                                         "show or change how much space they may take"))
    p.add_argument("--budget", metavar="SIZE",
                   help=m("space all backups together may take: a multiple of the "
                          "database's size (2x, the default) or a size (500MB, 2GiB); the "
                          "newest backup is always kept"))
    p.add_argument("--verify", action="store_true",
                   help=m("check each backup again now (reads every file)"))
    p.add_argument("--json", action="store_true", help=m("print JSON for scripts"))
    p.set_defaults(handler=cmd_backups)

    p = sub.add_parser("restore", help=m("put a backup in place of the database (the current "
                                         "file is backed up first)"))
    p.add_argument("backup", help=m("backup file (path, or its name as `scfield backups` "
                                    "lists it)"))
    p.set_defaults(handler=cmd_restore)


def _db(args: argparse.Namespace):  # noqa: ANN202 - Path
    from scfield.store.database import _missing

    path = resolve_db_path(args.db)
    if not path.exists():
        raise _missing(path)
    return path


def cmd_check(args: argparse.Namespace) -> int:
    from scfield.store.backups import check_database, reason_text

    m = cli_messages()
    result = check_database(_db(args))
    if result.ok:
        print(m("{path}: ok (integrity check passed)", path=result.path))
        return 0
    print(m("{path}: DAMAGED — the integrity check found:", path=result.path), file=sys.stderr)
    for line in result.problems[:10]:
        print(f"  {line}", file=sys.stderr)
    if result.newest_good is not None:
        b = result.newest_good
        print(m("What to do: close scfield everywhere, then restore the newest good backup "
                "({when} UTC, taken {reason}):", when=f"{b.when:%Y-%m-%d %H:%M}",
                reason=reason_text(b.reason).render(m)) + "\n"
              f"  scfield --db {result.path} restore {b.path.name}\n"
              + m("The damaged file is kept in backups/ first."), file=sys.stderr)
    else:
        print(m("What to do: there is no good backup of this database. Keep a copy of the "
                "file; reading may still work (export what you can), but scfield will not "
                "write into it."), file=sys.stderr)
    return 1


def cmd_backups(args: argparse.Namespace) -> int:
    from scfield.store import backups as bk

    m = cli_messages()
    db = _db(args)
    if args.budget is not None:
        with store_from_args(args) as store:
            _budget, removed = bk.change_budget(store, args.budget)
        if removed:
            print(m.plural(len(removed), "removed {n} backup beyond the new budget",
                           "removed {n} backups beyond the new budget"))
    with store_from_args(args) as store:
        state = bk.backup_state(db, bk.read_budget(store.conn))
    items, budget, limit = state.backups, state.budget, state.limit
    checked = {b.path: (bk.check_file(b.path) == "ok" if args.verify else b.ok) for b in items}
    if args.json:
        print_json({"database": str(db), "budget": budget, "budget_bytes": limit,
                    "backups": [dict(b.as_dict(), ok=checked[b.path]) for b in items]})
        return 0
    if not items:
        print(m("no backups of {path} yet (one is taken before each import, deletion, "
                "upgrade and restore)", path=db))
    else:
        print(cell(m("WHEN (UTC)"), 18) + cell(m("WHY"), 17) + cell(m("SIZE"), 11, right=True)
              + "  " + cell(m("CHECKED"), 9) + m("FILE"))
        for b in items:
            mark = m("ok") if checked[b.path] else m("BAD")
            why = bk.reason_text(b.reason).render(m)
            print(f"{b.when:%Y-%m-%d %H:%M}  {cell(why, 16)} "
                  f"{cell(bk.human_size(b.size, m), 11, right=True)}  "
                  f"{cell(mark, 9)}{b.path.name}")
    print("\n" + m("in {folder}: {used} used; budget {budget} (= {limit}; the newest backup is "
                   "always kept). Change it with: scfield backups --budget SIZE",
                   folder=bk.folder_of(db), used=bk.human_size(state.used, m), budget=budget,
                   limit=bk.human_size(limit, m)))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from scfield.store.backups import find_backup, restore_backup

    db = _db(args)
    backup = find_backup(db, args.backup)
    safety = restore_backup(db, backup)
    m = cli_messages()
    print(m("restored {path} from {backup}", path=db, backup=backup.name))
    if safety is not None:
        print(m("the database as it was before is kept as {path}", path=safety))
    return 0
