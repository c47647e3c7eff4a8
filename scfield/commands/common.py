"""What every CLI command shares: opening the database named on the command line."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

from scfield.errors import ScfieldError
from scfield.i18n import LANGUAGES
from scfield.paths import default_db_path, resolve_db_path
from scfield.store import Store, open_store
from scfield.store.database import initials_of


def tell_waiting(path: Path) -> None:
    print(f"scfield: waiting for another scfield process to finish writing to {path}…",
          file=sys.stderr, flush=True)


def store_from_args(args: argparse.Namespace, create: bool = False) -> Store:
    """The database the command line names; only ``init`` (``create``) or the default
    path may create it: a mistyped ``--db`` is an error, not a new empty database."""
    path = resolve_db_path(args.db)
    store = open_store(path, author=args.author, create=create or path == default_db_path())
    store.on_wait = tell_waiting
    if not args.author and not store.get_meta("author_name"):
        ask_name_once(store)
    return store


def ask_name_once(store: Store) -> None:
    """Changes are recorded under a person's name, as in the app: asked once on a terminal
    and kept in the database (the app's first start asks the same); ``--author`` names
    someone for one run. Without a terminal (a script), the login name is used."""
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        return
    try:
        print("scfield records your name with every change you make (asked once; the app "
              "uses the same name).\nYour name: ", end="", file=sys.stderr, flush=True)
        name = " ".join(sys.stdin.readline().split())  # stdout may be a pipe: not input()
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return
    if not name:
        return
    store.author = name
    try:
        store.set_meta("author_name", name)
        store.set_meta("author_initials", initials_of(name))
    except (sqlite3.Error, ScfieldError):
        pass  # a read-only database: the name still signs this run's changes


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cell(text: str, width: int) -> str:
    """Cut or pad text to a column width for plain-text tables."""
    text = " ".join(str(text).split())
    return text[: width - 1] + "…" if len(text) > width else text.ljust(width)


def add_language_option(p: argparse.ArgumentParser, what: str,
                        default: str = "the assessment's own language") -> None:
    """``--language CODE``: write this once in another language than the assessment's
    (reports, workbooks); default: the language chosen in the assessment's profile."""
    p.add_argument("--language", metavar="CODE", choices=list(LANGUAGES),
                   help=f"write {what} in this language ({', '.join(LANGUAGES)}; "
                        f"default: {default})")
