"""Compiling the translations: gettext ``.po`` → ``.mo`` (Babel) and Qt ``.ts`` → ``.qm``.

Translators edit sources (``resources/i18n/core.<lang>.po`` for the core,
``scfield_<lang>.ts`` for the app); what the program loads is compiled when the
package is built or installed (``setup.py``'s ``build_catalogues`` step, and
``packaging/bundle_data.py`` for the standalone app), never at first start:
an installed scfield runs in French with nothing to compile and nothing to
write in the user's folders.

Import-light on purpose: ``setup.py`` imports this module inside the build
environment, where only setuptools, Babel and PySide6 are installed.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


class CatalogueError(Exception):
    """A translation source that cannot be compiled (its path and line in the message)."""


def read_po(path: Path):  # -> babel.messages.catalog.Catalog
    """Read one ``.po`` strictly: a syntax error names the file and line."""
    from babel.messages.pofile import PoFileError
    from babel.messages.pofile import read_po as babel_read_po

    try:
        with open(path, "rb") as f:
            return babel_read_po(f, abort_invalid=True)
    except OSError as exc:
        raise CatalogueError(f"{path}: cannot read the catalogue ({exc.strerror})") from None
    except PoFileError as exc:
        raise CatalogueError(f"{path}: not a valid gettext catalogue ({exc})") from None


def mo_bytes(path: Path) -> bytes:
    """The compiled form of the ``.po`` at ``path`` (untranslated and fuzzy entries left out,
    so they print in English)."""
    import io

    from babel.messages.mofile import write_mo

    out = io.BytesIO()
    write_mo(out, read_po(path))
    return out.getvalue()


def qt_tool(name: str) -> str | None:
    """A Qt tool (``lrelease``, ``lupdate``): the one inside PySide6, else one on PATH.

    Found without importing Qt (PySide6 can be a namespace package whose folders
    Essentials and Addons share, so every folder of it is tried).
    """
    exe = ".exe" if sys.platform == "win32" else ""
    spec = importlib.util.find_spec("PySide6")
    for here in map(Path, (spec.submodule_search_locations or []) if spec else []):
        for candidate in (here / f"{name}{exe}", here / "Qt" / "bin" / f"{name}{exe}",
                          here / "Qt" / "libexec" / f"{name}{exe}"):
            if candidate.is_file():
                return str(candidate)
    return shutil.which(f"pyside6-{name}") or shutil.which(name)


def _write_atomically(target: Path, write) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(suffix=target.suffix, dir=target.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        Path(tmp).replace(target)
    finally:
        Path(tmp).unlink(missing_ok=True)


def compile_po(po: Path, mo: Path) -> None:
    data = mo_bytes(po)
    _write_atomically(mo, lambda tmp: tmp.write_bytes(data))


def compile_ts(ts: Path, qm: Path, tool: str | None = None) -> None:
    tool = tool or qt_tool("lrelease")
    if tool is None:
        raise CatalogueError(f"{ts}: cannot compile: Qt's lrelease was not found "
                             "(it ships with PySide6-Essentials)")

    def run(tmp: Path) -> None:
        done = subprocess.run([tool, "-silent", str(ts), "-qm", str(tmp)],
                              capture_output=True, text=True, timeout=120)
        if done.returncode != 0 or not tmp.stat().st_size:
            raise CatalogueError(f"{ts}: cannot compile: {done.stderr.strip() or done.returncode}")

    _write_atomically(qm, run)


def sources(folder: Path) -> list[Path]:
    """The translation sources in ``folder`` (``resources/i18n``)."""
    return sorted([*folder.glob("core.*.po"), *folder.glob("scfield_*.ts")])


def compiled_name(source: Path) -> str:
    return source.with_suffix(".mo" if source.suffix == ".po" else ".qm").name


def compile_all(folder: Path, out: Path | None = None) -> list[Path]:
    """Compile every source of ``folder`` into ``out`` (default: beside them); the files made."""
    out = out or folder
    made = []
    for source in sources(folder):
        target = out / compiled_name(source)
        (compile_po if source.suffix == ".po" else compile_ts)(source, target)
        made.append(target)
    return made


# How the core marks its texts: m("…") (also data.m("…")), m.plural(n, "…", "…"), N_("…").
KEYWORDS = {"m": None, "N_": None, "plural": (2, 3)}
PACKAGE = Path(__file__).resolve().parent
I18N = PACKAGE.parent / "resources" / "i18n"


def extract(package: Path = PACKAGE):  # -> babel.messages.catalog.Catalog
    """The core's texts as Babel extracts them from the source (the app's own words, in
    ``scfield/ui``, are Qt's and live in the ``.ts`` files)."""
    import warnings

    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    template = Catalog(project="scfield", domain="core")
    with warnings.catch_warnings(), contextlib.redirect_stderr(io.StringIO()):
        # Babel warns (on stderr) about any f-string inside a marked call, even one passed
        # as a {placeholder}'s value; the tests refuse an f-string as the text itself.
        warnings.simplefilter("ignore")
        for name, line, text, comments, context in extract_from_dir(
                str(package), method_map=[("ui/**.py", "ignore"), ("**.py", "python")],
                keywords=KEYWORDS, comment_tags=("TRANSLATORS:",), strip_comment_tags=True):
            template.add(text, None, [(f"scfield/{name}", line)], auto_comments=comments,
                         context=context)
    return template


def update(folder: Path = I18N) -> list[Path]:
    """Bring every ``core.<lang>.po`` in line with the code: new texts added untranslated,
    texts the code no longer uses dropped, translations kept (``pybabel update``'s job)."""
    from babel.messages.pofile import write_po

    template = extract()
    done = []
    for po in sorted(folder.glob("core.*.po")):
        catalogue = read_po(po)
        catalogue.update(template, no_fuzzy_matching=True)
        catalogue.obsolete.clear()
        catalogue.project, catalogue.version = "scfield", ""
        catalogue.msgid_bugs_address = ""
        catalogue.last_translator = catalogue.language_team = "scfield translators"
        catalogue.revision_date = catalogue.creation_date
        with open(po, "wb") as f:
            write_po(f, catalogue, width=100, include_lineno=False)
        done.append(po)
    return done


if __name__ == "__main__":
    # python -m scfield.catalogues update   — after changing texts in the code
    # python -m scfield.catalogues compile  — what building the package does
    action = sys.argv[1] if len(sys.argv) > 1 else "compile"
    for path in (update() if action == "update" else compile_all(I18N)):
        print(path)
