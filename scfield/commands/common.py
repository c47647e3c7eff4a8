"""What every CLI command shares: opening the database named on the command line, the
language it speaks (``SCFIELD_LANGUAGE``, else the locale) and plain-text table cells."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import unicodedata
from pathlib import Path
from typing import Any

from scfield.errors import N_, ScfieldError
from scfield.i18n import LANGUAGES
from scfield.messages import Messages, cli_language, messages
from scfield.paths import default_db_path, resolve_db_path
from scfield.store import Store, open_store
from scfield.store.database import initials_of

# The words of an assessment's level and status (the same texts as the report's).
LEVEL_WORDS = {"city": N_("city level"), "country": N_("country level")}
STATUS_WORDS = {"draft": N_("draft"), "signed": N_("signed"), "amended": N_("amended")}


def cli_messages() -> Messages:
    """The texts the command line prints for people, in ``SCFIELD_LANGUAGE`` or the locale's
    language (what ``--json`` prints, ids, paths and data stay as they are)."""
    return messages(cli_language())


def tell_waiting(path: Path) -> None:
    m = cli_messages()
    print("scfield: " + m("waiting for another scfield process to finish writing to {path}…",
                          path=path), file=sys.stderr, flush=True)


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
        m = cli_messages()
        print(m("scfield records your name with every change you make (asked once; the app "
                "uses the same name).") + "\n" + m("Your name: "), end="", file=sys.stderr,
              flush=True)
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


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: East Asian wide and fullwidth characters
    (漢字, かな, Ｆｕｌｌ) take two, combining marks none, the rest one; so that a Japanese
    table lines up as an English one does."""
    return sum(0 if unicodedata.combining(ch) else 2 if _wide(ch) else 1 for ch in text)


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


# Japanese line breaking: closing marks never start a line (they hang past its end), an
# opening bracket never ends one.
NO_LINE_START = frozenset("、。，．）」』】〕：；！？・ー")
NO_LINE_END = frozenset("（「『【〔")


def wrap_columns(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` terminal columns, broken at spaces or, in Japanese (which
    has none), between any two wide characters; what ``textwrap`` cannot do, as it counts
    characters and breaks only at spaces."""
    chunks: list[str] = []
    for word in text.split():
        run = ""
        for ch in word:
            if _wide(ch):
                chunks += [run, ch] if run else [ch]
                run = ""
            else:
                run += ch
        if run:
            chunks.append(run)
        chunks.append(" ")
    lines, line, space = [], "", False
    for chunk in chunks:
        if chunk == " ":
            space = True
            continue
        joined = line + (" " if space and line else "") + chunk
        if line and display_width(joined) > width and chunk not in NO_LINE_START:
            carry = line[-1] if line[-1] in NO_LINE_END else ""
            lines.append(line[:len(line) - len(carry)])
            joined = carry + chunk
        line, space = joined, False
    return [*lines, line] if line else lines


class ColumnsHelpFormatter(argparse.HelpFormatter):
    """argparse's help, wrapped in terminal columns when a text has wide characters (the
    Japanese help); any other text is wrapped by argparse itself, exactly as before."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        if not any(_wide(ch) for ch in text):
            return super()._split_lines(text, width)
        return wrap_columns(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if not any(_wide(ch) for ch in text):
            return super()._fill_text(text, width, indent)
        return "\n".join(indent + line for line in wrap_columns(text, width - len(indent)))


def cell(text: str, width: int, right: bool = False) -> str:
    """Cut or pad text to a column width (in terminal columns) for plain-text tables;
    ``right`` pads on the left (numbers, headers of number columns)."""
    text = " ".join(str(text).split())
    if display_width(text) > width:
        cut, used = [], 0
        for ch in text:
            w = display_width(ch)
            if used + w > width - 1:
                break
            cut.append(ch)
            used += w
        text = "".join(cut) + "…"
    pad = " " * (width - display_width(text))
    return pad + text if right else text + pad


def add_language_option(p: argparse.ArgumentParser, what: str,
                        default: str | None = None) -> None:
    """``--language CODE``: write this once in another language than the assessment's
    (reports, workbooks); default: the language chosen in the assessment's profile.
    ``what`` and ``default`` are printed as given (translated by the caller)."""
    m = cli_messages()
    p.add_argument("--language", metavar="CODE", choices=list(LANGUAGES),
                   help=m("write {what} in this language ({codes}; default: {default})",
                          what=what, codes=", ".join(LANGUAGES),
                          default=default or m("the assessment's own language")))
