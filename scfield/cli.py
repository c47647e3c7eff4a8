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
import sqlite3
import sys
from collections.abc import Sequence

from scfield import __version__
from scfield.errors import ScfieldError

# Modules with a ``register(subparsers)`` function, in the order --help lists them.
COMMAND_MODULES = (
    "scfield.commands.core",
    "scfield.commands.safety",
    "scfield.sync.commands",
    "scfield.report.commands",
    "scfield.commands.compare",
    "scfield.commands.audit",
)


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="scfield",
        description="Assess a city's or a country's smart-city readiness with JICA's Smart "
                    "City Approach. With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"scfield {__version__}")
    parser.add_argument("--db", metavar="PATH",
                        help="database file (default: $SCFIELD_DB, else the per-user "
                             "data folder)")
    parser.add_argument("--author", metavar="NAME",
                        help="name recorded as the author of changes (default: the name "
                             "set in the app, else your login name)")
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
        from scfield.messages import cli_language

        print(f"scfield: {err.render(cli_language())}", file=sys.stderr)
        return 1
    except sqlite3.Error as err:  # the one place none may get past: no traceback, ever
        from scfield.errors import from_sqlite
        from scfield.messages import cli_language
        from scfield.paths import resolve_db_path

        refusal = from_sqlite(err, resolve_db_path(args.db))
        print(f"scfield: {refusal.render(cli_language())}", file=sys.stderr)
        return 1
    except OSError as err:
        if err.errno not in (errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EDQUOT):
            raise
        print(f"scfield: {err.filename or 'output'}: {err.strerror}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("scfield: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
