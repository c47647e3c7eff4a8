"""The ``scfield`` command: the desktop app with no command, headless tools with one.

Every command is a thin wrapper over a core function (the same one the desktop
app calls). Commands live in small modules that each register their
sub-commands; heavy imports happen inside the handlers so that ``scfield list``
starts fast and never imports Qt.

Exit status: 0 success, 1 an error the user can act on (one line on stderr,
no traceback), 2 bad usage.
"""

from __future__ import annotations

import argparse
import errno
import os
import sqlite3
import sys
from collections.abc import Sequence
from typing import Any

from scfield import __version__
from scfield.errors import N_, ScfieldError
from scfield.messages import Messages, cli_language, messages

# Modules with a ``register(subparsers)`` function, in the order --help lists them.
COMMAND_MODULES = (
    "scfield.commands.core",
    "scfield.commands.safety",
    "scfield.sync.commands",
    "scfield.report.commands",
    "scfield.commands.compare",
    "scfield.commands.audit",
)


# argparse's own words, as the standard library writes them: the core catalogue translates
# them like any other text (argparse looks each one up when it prints it).
ARGPARSE_WORDS = (
    N_("usage: "), N_("%(prog)s: error: %(message)s\n"),
    N_("the following arguments are required: %s"), N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unrecognized arguments: %s"), N_("positional arguments"), N_("options"),
    N_("show this help message and exit"), N_("expected one argument"),
    N_("invalid %(type)s value: %(value)r"), N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
)


def speak_argparse(m: Messages) -> None:
    """Let argparse print its words ("usage:", "error:", "the following arguments are
    required") in the language of ``m``: argparse asks gettext for them through its module's
    ``_`` and ``ngettext``, which are answered here from the core catalogue instead of a
    system-wide "argparse" domain that scfield does not ship."""
    argparse._ = m.catalogue.gettext  # type: ignore[attr-defined]
    argparse.ngettext = m.catalogue.ngettext  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """argparse's parser with help wrapped in terminal columns (its sub-commands' parsers
    are of the same class, so they wrap the same way)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from scfield.commands.common import ColumnsHelpFormatter

        kwargs.setdefault("formatter_class", ColumnsHelpFormatter)
        super().__init__(*args, **kwargs)


def build_parser() -> argparse.ArgumentParser:
    import importlib

    m = messages(cli_language())
    speak_argparse(m)
    parser = Parser(
        prog="scfield",
        description=m("Assess a city's or a country's smart-city readiness with JICA's Smart "
                      "City Approach. With no command, opens the desktop app."),
    )
    parser.add_argument("--version", action="version", version=f"scfield {__version__}",
                        help=m("show program's version number and exit"))
    parser.add_argument("--db", metavar="PATH",
                        help=m("database file (default: $SCFIELD_DB, else the per-user "
                               "data folder)"))
    parser.add_argument("--author", metavar="NAME",
                        help=m("name recorded as the author of changes (default: the name "
                               "set in the app, else your login name)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from scfield.ui.app import run_app

        return run_app(db=args.db, author=args.author)
    try:
        return int(args.handler(args) or 0)
    except ScfieldError as err:
        print(f"scfield: {err.render(cli_language())}", file=sys.stderr)
        return 1
    except sqlite3.Error as err:  # the one place none may get past: no traceback, ever
        from scfield.errors import from_sqlite
        from scfield.paths import resolve_db_path

        refusal = from_sqlite(err, resolve_db_path(args.db))
        print(f"scfield: {refusal.render(cli_language())}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `scfield list | head`: the reader has all it wanted
        # Python would report the pipe again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as err:
        if err.errno not in (errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EDQUOT):
            raise
        m = messages(cli_language())
        where = err.filename or m("output")
        print(f"scfield: {where}: {err.strerror}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        m = messages(cli_language())
        print("scfield: " + m("interrupted"), file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
