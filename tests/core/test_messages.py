"""The core's gettext catalogues: every text the code prints has a translation in every
shipped language, with the same placeholders and CLDR's plural forms, and no catalogue keeps
texts the code no longer uses. The texts are found as Babel extracts them from the source
(and an ``ast`` scan refuses what extraction cannot see, such as an f-string)."""

from __future__ import annotations

import ast
import functools
import re
import string
from pathlib import Path
from typing import Any

import pytest

import scfield
from scfield.catalogues import extract, read_po
from scfield.i18n import LANGUAGES, REFERENCE_LANGUAGE
from scfield.messages import (
    ENGLISH,
    Messages,
    assessment_language,
    catalogue_path,
    cli_language,
    load_catalogue,
    messages,
)

ROOT = Path(scfield.__file__).parent
TRANSLATED = [code for code in LANGUAGES if code != REFERENCE_LANGUAGE]


def _literal(node: ast.expr, where: str, problems: list[str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        problems.append(f"{where}: an f-string cannot be looked up in a catalogue; "
                        "use {placeholders} and keyword arguments")
    return None


def used_texts() -> tuple[set[str], list[str]]:
    """The catalogue texts in the core's source: ``m("…")`` / ``x.m("…")``,
    ``m.plural(n, "…", "…")`` and ``N_("…")``; and the misuses found."""
    texts: set[str] = set()
    problems: list[str] = []
    for path in sorted(ROOT.rglob("*.py")):
        if "ui" in path.relative_to(ROOT).parts:
            continue  # the desktop app translates with Qt (resources/i18n/*.ts)
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) else "")
            where = f"{path.relative_to(ROOT.parent)}:{node.lineno}"
            if name in ("m", "N_") and node.args:
                found = [_literal(node.args[0], where, problems)]
            elif name == "plural" and len(node.args) >= 3:
                found = [_literal(a, where, problems) for a in node.args[1:3]]
            else:
                continue
            texts.update(t for t in found if t is not None)
    return texts, problems


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_the_source_uses_catalogue_texts_the_scan_can_read() -> None:
    texts, problems = used_texts()
    assert not problems, "\n".join(problems)
    # The scan finds each kind of call (a guard against a scan that silently finds nothing).
    for text in ("Executive summary", "{n} interviews", "Public sector",
                 "{domain}: no element is scored yet.", "How to fill this workbook"):
        assert text in texts, text


@functools.cache
def template() -> Any:
    """Babel's extraction of the whole package, once for all the tests here (it reads
    every module)."""
    return extract()


def test_babel_extracts_what_the_scan_finds() -> None:
    texts, _ = used_texts()
    extracted = set()
    for message in template():
        if message.id:
            extracted.update(message.id if isinstance(message.id, tuple) else [message.id])
    assert texts <= extracted, sorted(texts - extracted)
    plural = {m.id for m in template() if isinstance(m.id, tuple)}
    assert ("{n} note", "{n} notes") in plural  # m.plural(n, singular, plural) is found


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_is_translated_with_its_placeholders(language: str) -> None:
    catalogue = read_po(catalogue_path(language))
    wanted = {m.id for m in template() if m.id}
    have = {m.id for m in catalogue if m.id}
    missing = sorted(map(str, wanted - have))
    assert not missing, f"core.{language}.po lacks (run python -m scfield.catalogues " \
        "update):\n" + "\n".join(missing)
    unused = sorted(map(str, have - wanted))
    assert not unused, f"core.{language}.po has texts the code no longer uses:\n" + \
        "\n".join(unused)
    # CLDR's plural rule for the language, as Babel knows it, heads the catalogue.
    from babel.messages.plurals import get_plural

    assert catalogue.num_plurals == get_plural(language).num_plurals
    untranslated, changed, same = [], [], []
    for message in catalogue:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            untranslated.append(ids[0])
            continue
        for text in strings:
            if placeholders(text) != placeholders(ids[-1]) and (
                    placeholders(text) != placeholders(ids[0])):
                changed.append(f"{ids[0]!r}: {placeholders(ids[0])} → {placeholders(text)}")
        if strings[0] == ids[0] and len(
                re.findall(r"[A-Za-z]{3,}", re.sub(r"{\w+}|%\(\w+\)s", "", ids[0]))) > 2:
            same.append(ids[0])
    assert not untranslated, f"core.{language}.po: untranslated or fuzzy:\n" + \
        "\n".join(untranslated)
    assert not changed, "placeholders dropped or changed:\n" + "\n".join(changed)
    assert not same, f"core.{language}.po leaves sentences in English:\n" + "\n".join(same)


def test_messages_translate_fill_in_and_choose_the_plural_form() -> None:
    fr, es, ja = messages("fr"), messages("es_MX"), messages("ja")
    assert es.language == "es" and messages("fr-CA") is fr
    assert fr("Executive summary") != "Executive summary"
    assert ENGLISH("{n} interviews", n=3) == "3 interviews"
    assert ENGLISH.plural(1, "{n} note", "{n} notes") == "1 note"
    assert ENGLISH.plural(0, "{n} note", "{n} notes") == "0 notes"
    # French takes the singular for 0 and 1; Spanish only for 1; Japanese has one form.
    assert fr.plural(0, "{n} note", "{n} notes") == fr("{n} note", n=0)
    assert fr.plural(2, "{n} note", "{n} notes") == fr("{n} notes", n=2)
    assert es.plural(0, "{n} note", "{n} notes") == es.plural(2, "{n} note", "{n} notes"
                                                              ).replace("2", "0")
    assert ja.plural(1, "{n} note", "{n} notes") == ja.plural(5, "{n} note", "{n} notes"
                                                             ).replace("5", "1")
    # Unknown or empty languages print English; a text missing from a catalogue too.
    assert messages("de") is ENGLISH and messages("") is ENGLISH and messages(None) is ENGLISH
    assert Messages("fr")("Executive summary") == "Executive summary"
    assert assessment_language({"language": "ja"}) == "ja"
    assert assessment_language({"language": "xx"}) == "en"
    assert assessment_language({"language": "ja"}, "fr") == "fr"
    assert assessment_language(None) == "en"


def test_a_broken_catalogue_is_refused_with_its_path_and_line(tmp_path: Path) -> None:
    from scfield.errors import ScfieldError

    bad = tmp_path / "core.fr.po"
    bad.write_text('msgid "Executive summary"\nmsgstr "Synthèse"\nmsgid "Level"\n',
                   encoding="utf-8")
    with pytest.raises(ScfieldError, match=r"core\.fr\.po: not a valid gettext catalogue.*'Level'"):
        load_catalogue(bad)


def test_the_installed_package_reads_compiled_catalogues() -> None:
    """Compiled when the package is built or installed (setup.py), not at first start: the
    ``.mo`` beside each ``.po`` translates exactly as the ``.po`` says."""
    for language in TRANSLATED:
        po = catalogue_path(language)
        mo = po.with_suffix(".mo")
        assert mo.is_file(), f"{mo} was not compiled at install"
        compiled = load_catalogue(mo)
        for message in read_po(po):
            if message.id and isinstance(message.id, str) and message.string:
                assert compiled.gettext(message.id) == message.string, (
                    f"{mo} is older than {po.name}: pip install -e . (or python -m "
                    "scfield.catalogues compile) compiles it again")


def test_the_command_line_follows_scfield_language_then_the_locale() -> None:
    assert cli_language({}) == "en"
    assert cli_language({"LANG": "C.UTF-8"}) == "en"
    assert cli_language({"LANG": "fr_FR.UTF-8"}) == "fr"
    assert cli_language({"LC_ALL": "ja_JP.UTF-8", "LANG": "fr_FR.UTF-8"}) == "ja"
    assert cli_language({"LANGUAGE": "de:es", "LANG": "fr_FR.UTF-8"}) == "es"
    assert cli_language({"SCFIELD_LANGUAGE": "fr", "LANG": "ja_JP.UTF-8"}) == "fr"
    assert cli_language({"LANG": "de_DE.UTF-8"}) == "en"


def test_an_error_is_rendered_in_the_readers_language() -> None:
    from scfield.errors import N_, ScfieldError, Text

    err = ScfieldError(N_("{first} and {last}"), first="A", last="B")
    assert str(err) == "A and B"
    assert err.render("fr") == "A et B"
    nested = Text(N_("{first} and {last}"), first=Text(N_("Executive summary")), last="B")
    assert nested.render(messages("fr")).startswith(messages("fr")("Executive summary"))
    # A finished text (no template) is shown as it is, in every language.
    assert ScfieldError("plain words").render("ja") == "plain words"
