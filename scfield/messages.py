"""The core's fixed texts in the assessment's language: reports, workbook instructions, reasons.

The desktop app translates its own words with Qt; the core (PDF report, field
workbook, the scorecard's explanations) must not load Qt, so it has this small
catalogue of its own. ``messages(language)`` gives a ``Messages``; calling it
with the English text returns the translation with its ``{placeholders}``
filled::

    m = messages("fr")
    m("Executive summary")                          # "Synthèse"
    m.plural(3, "{n} interview", "{n} interviews")  # "3 entretiens"

The catalogues are hand-written data, one TOML file per language beside the
UI's translations (``resources/i18n/core.<language>.toml``), keyed by the
English text. English is the source and needs no file. A text missing from a
catalogue prints in English rather than failing a report in the field; the
tests fail on any missing text, any changed placeholder and any key the code
no longer uses (they find the texts by reading the source: calls of a
``Messages`` named ``m``, its ``plural`` and ``N_``).

Only what the core prints is translated. Sheet names, headers, dropdown values,
ids and the fingerprint's content never depend on the language.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from scfield.errors import ScfieldError
from scfield.i18n import LANGUAGES, REFERENCE_LANGUAGE, base_language
from scfield.paths import resource_path


def N_(text: str) -> str:  # noqa: N802 - gettext's name for it, known to translators
    """Mark a literal as catalogue text that is translated later, where it is printed.

    For texts kept in tables (helix group names, script names, the workbook's
    instruction paragraphs): the call is what the catalogue test finds.
    """
    return text


# Which plural form a count takes (CLDR): French uses the singular for 0 and 1;
# English and Spanish for 1 only; Japanese has one form (both sources map to it).
_SINGULAR: dict[str, Callable[[int], bool]] = {
    "fr": lambda n: n in (0, 1),
    "ja": lambda n: True,
}
LIST_SEPARATOR = N_(", ")


def _english_singular(n: int) -> bool:
    return n == 1


@dataclass(frozen=True)
class Messages:
    """The fixed texts of one language; ``m(text, **values)`` translates and fills in."""

    language: str
    texts: Mapping[str, str] = field(default_factory=dict)

    def __call__(self, text: str, /, **values: object) -> str:
        out = self.texts.get(text, text)
        return out.format(**values) if values else out

    def plural(self, n: int, singular: str, plural: str, /, **values: object) -> str:
        """The form of ``n`` in this language, from English's singular and plural texts."""
        one = _SINGULAR.get(self.language, _english_singular)(n)
        return self(singular if one else plural, n=n, **values)

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


def catalogue_path(language: str) -> Path:
    return resource_path("i18n", f"core.{language}.toml")


def load_catalogue(path: str | Path) -> dict[str, str]:
    """Read one catalogue: a flat TOML table of English text → translation."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ScfieldError(f"{path}: cannot read the catalogue ({exc.strerror})") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ScfieldError(f"{path}: not a valid TOML file ({exc})") from None
    for key, value in data.items():
        if not isinstance(value, str) or not value:
            raise ScfieldError(f"{path}: {key!r}: expected a non-empty text")
    return data


def messages(language: str | None) -> Messages:
    """The catalogue of ``language`` (English if scfield does not ship it)."""
    return _catalogue(supported_language(language))


@cache
def _catalogue(code: str) -> Messages:
    """Read once per process and language: a report asks for it on every page."""
    if code == REFERENCE_LANGUAGE:
        return ENGLISH
    path = catalogue_path(code)
    return Messages(code, load_catalogue(path) if path.is_file() else {})
