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

from scfield.commands.common import print_json, store_from_args
from scfield.paths import resolve_db_path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="check the database file for damage and say what to "
                                     "do (which backup to restore)")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backups", help="list the backups (when, why, size, checked) and "
                                       "show or change how much space they may take")
    p.add_argument("--budget", metavar="SIZE",
                   help="space all backups together may take: a multiple of the "
                        "database's size (2x, the default) or a size (500MB, 2GiB); the "
                        "newest backup is always kept")
    p.add_argument("--verify", action="store_true",
                   help="check each backup again now (reads every file)")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.set_defaults(handler=cmd_backups)

    p = sub.add_parser("restore", help="put a backup in place of the database (the current "
                                       "file is backed up first)")
    p.add_argument("backup", help="backup file (path, or its name as `scfield backups` "
                                  "lists it)")
    p.set_defaults(handler=cmd_restore)


def _db(args: argparse.Namespace):  # noqa: ANN202 - Path
    from scfield.store.database import _missing

    path = resolve_db_path(args.db)
    if not path.exists():
        raise _missing(path)
    return path


def cmd_check(args: argparse.Namespace) -> int:
    from scfield.store.backups import check_database

    result = check_database(_db(args))
    if result.ok:
        print(f"{result.path}: ok (integrity check passed)")
        return 0
    print(f"{result.path}: DAMAGED — the integrity check found:", file=sys.stderr)
    for line in result.problems[:10]:
        print(f"  {line}", file=sys.stderr)
    if result.newest_good is not None:
        b = result.newest_good
        print(f"What to do: close scfield everywhere, then restore the newest good backup "
              f"({b.when:%Y-%m-%d %H:%M} UTC, taken {b.reason}):\n"
              f"  scfield --db {result.path} restore {b.path.name}\n"
              "The damaged file is kept in backups/ first.", file=sys.stderr)
    else:
        print("What to do: there is no good backup of this database. Keep a copy of the "
              "file; reading may still work (export what you can), but scfield will not "
              "write into it.", file=sys.stderr)
    return 1


def cmd_backups(args: argparse.Namespace) -> int:
    from scfield.store import backups as bk

    db = _db(args)
    if args.budget is not None:
        with store_from_args(args) as store:
            _budget, removed = bk.change_budget(store, args.budget)
        if removed:
            print(f"removed {len(removed)} backup(s) beyond the new budget")
    with store_from_args(args) as store:
        state = bk.backup_state(db, bk.read_budget(store.conn))
    items, budget, limit = state.backups, state.budget, state.limit
    checked = {b.path: (bk.check_file(b.path) == "ok" if args.verify else b.ok) for b in items}
    if args.json:
        print_json({"database": str(db), "budget": budget, "budget_bytes": limit,
                    "backups": [dict(b.as_dict(), ok=checked[b.path]) for b in items]})
        return 0
    if not items:
        print(f"no backups of {db} yet (one is taken before each import, deletion, "
              "upgrade and restore)")
    else:
        print(f"{'WHEN (UTC)':18}{'WHY':17}{'SIZE':>11}  {'CHECKED':9}FILE")
        for b in items:
            mark = "ok" if checked[b.path] else "BAD"
            print(f"{b.when:%Y-%m-%d %H:%M}  {b.reason:16}{bk.human_size(b.size):>11}  "
                  f"{mark:9}{b.path.name}")
    print(f"\nin {bk.folder_of(db)}: {bk.human_size(state.used)} used; budget {budget} "
          f"(= {bk.human_size(limit)}; the newest backup is always kept). "
          "Change it with: scfield backups --budget SIZE")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from scfield.store.backups import find_backup, restore_backup

    db = _db(args)
    backup = find_backup(db, args.backup)
    safety = restore_backup(db, backup)
    print(f"restored {db} from {backup.name}")
    if safety is not None:
        print(f"the database as it was before is kept as {safety}")
    return 0
