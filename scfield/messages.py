"""The core's fixed texts in the user's language: reports, workbooks, refusals, results.

The desktop app translates its own words with Qt; the core (PDF report, field
workbook, the scorecard's explanations, the CLI's output and every refusal)
must not load Qt, so it uses gettext catalogues. ``messages(language)`` gives a
``Messages``; calling it with the English text returns the translation with its
``{placeholders}`` filled::

    m = messages("fr")
    m("Executive summary")                          # "Synthèse"
    m.plural(3, "{n} interview", "{n} interviews")  # "3 entretiens"

The catalogues are ``resources/i18n/core.<lang>.po`` (English is the source and
needs none), extracted from the code and updated with Babel, with CLDR's plural
rules in their headers (French has three forms: 0 and 1 take the singular). The
``.mo`` files the program reads are compiled when the package is built or
installed (``scfield/catalogues.py``); a source checkout that has none reads the
``.po`` itself. A text missing from a catalogue prints in English rather than
failing a report in the field; the tests fail on any missing text, any changed
placeholder and any text the code no longer uses.

Errors carry their English template and parameters (``scfield.errors``) and are
rendered here, at the edge, in the language of whoever reads them: the CLI's
(``cli_language()``: ``SCFIELD_LANGUAGE``, else the locale) or the app's.
Sheet names, headers, dropdown values, ids and the fingerprint's content never
depend on the language.
"""

from __future__ import annotations

import gettext
import io
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from scfield.errors import N_, ScfieldError, Text
from scfield.i18n import LANGUAGES, REFERENCE_LANGUAGE, base_language
from scfield.paths import resource_path

__all__ = ["N_", "Text", "Messages", "messages", "cli_language", "ENGLISH"]

LIST_SEPARATOR = N_(", ")
LANGUAGE_ENV = "SCFIELD_LANGUAGE"


@dataclass(frozen=True)
class Messages:
    """The fixed texts of one language; ``m(text, **values)`` translates and fills in."""

    language: str
    catalogue: gettext.NullTranslations = field(default_factory=gettext.NullTranslations)

    def __call__(self, text: str, /, **values: object) -> str:
        out = self.catalogue.gettext(text)
        return out.format(**values) if values else out

    def plural(self, n: int, singular: str, plural: str, /, **values: object) -> str:
        """The form of ``n`` in this language (CLDR's rule, from the catalogue's header),
        from English's singular and plural texts."""
        return self.catalogue.ngettext(singular, plural, n).format(n=n, **values)

    def join(self, items: Iterable[str]) -> str:
        """A list as this language writes one ("a, b" ; Japanese "a、b")."""
        return self(LIST_SEPARATOR).join(items)

    def date(self, iso: str | None) -> str:
        """A date in a sentence, as this language writes it ("11 mars 2025", "2025年3月11日",
        "March 11, 2025"; CLDR, by Babel). Anything but a YYYY-MM-DD date is kept as is."""
        import datetime as dt

        try:
            day = dt.date.fromisoformat((iso or "")[:10])
        except ValueError:
            return iso or ""
        from babel.dates import format_date

        return format_date(day, format="long", locale=self.language)

    @property
    def english(self) -> bool:
        return self.language == REFERENCE_LANGUAGE


ENGLISH = Messages(REFERENCE_LANGUAGE)


def supported_language(language: str | None) -> str:
    """``"fr_CA"`` → ``"fr"``; a language scfield does not ship (or none) → English."""
    code = base_language(language)
    return code if code in LANGUAGES else REFERENCE_LANGUAGE


def assessment_language(assessment: Mapping[str, Any] | None,
                        override: str | None = None) -> str:
    """What a report or a workbook is printed in: ``override`` (``--language``) or the
    assessment's ``language``; English when neither is a language scfield ships."""
    return supported_language(override or (assessment or {}).get("language"))


def cli_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the command line speaks: ``SCFIELD_LANGUAGE`` (as in the app), else the
    locale as gettext reads it (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``);
    English for "C", "POSIX" or a language scfield does not ship."""
    env = os.environ if environ is None else environ
    if env.get(LANGUAGE_ENV):
        return supported_language(env[LANGUAGE_ENV])
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            # LANGUAGE may list several ("fr:en"); the first scfield ships wins.
            for one in value.split(":"):
                code = base_language(one.split(".")[0])
                if code in LANGUAGES:
                    return code
            return REFERENCE_LANGUAGE
    return REFERENCE_LANGUAGE


def catalogue_path(language: str) -> Path:
    """The translators' source for ``language`` (``core.<lang>.po``)."""
    return resource_path("i18n", f"core.{language}.po")


def load_catalogue(path: str | Path) -> gettext.GNUTranslations:
    """One language's catalogue: the ``.mo`` compiled beside the ``.po`` when it is at least
    as new (an installed package), else the ``.po`` itself (a source checkout)."""
    from scfield.catalogues import CatalogueError, mo_bytes

    po = Path(path)
    mo = po.with_suffix(".mo")
    try:
        if mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
            data = mo.read_bytes()
        else:
            data = mo_bytes(po)
        return gettext.GNUTranslations(io.BytesIO(data))
    except CatalogueError as exc:
        raise ScfieldError(str(exc)) from None
    except OSError as exc:
        raise ScfieldError(f"{mo}: cannot read the catalogue ({exc.strerror})") from None


def messages(language: str | None) -> Messages:
    """The catalogue of ``language`` (English if scfield does not ship it)."""
    return _catalogue(supported_language(language))


@cache
def _catalogue(code: str) -> Messages:
    """Read once per process and language: a report asks for it on every page."""
    if code == REFERENCE_LANGUAGE:
        return ENGLISH
    path = catalogue_path(code)
    exists = path.is_file() or path.with_suffix(".mo").is_file()
    return Messages(code, load_catalogue(path) if exists else gettext.NullTranslations())
