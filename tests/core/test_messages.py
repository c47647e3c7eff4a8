"""The core's message catalogues: every text the code prints has a translation in every
shipped language, with the same placeholders, and no catalogue keeps texts the code no
longer uses. The texts are found by reading the source (``ast``), not by running it."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

import scfield
from scfield.i18n import LANGUAGES, REFERENCE_LANGUAGE
from scfield.messages import (
    ENGLISH,
    Messages,
    assessment_language,
    catalogue_path,
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


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_is_translated_with_its_placeholders(language: str) -> None:
    texts, _ = used_texts()
    catalogue = load_catalogue(catalogue_path(language))
    missing = sorted(texts - catalogue.keys())
    assert not missing, f"core.{language}.toml lacks:\n" + "\n".join(missing)
    unused = sorted(catalogue.keys() - texts)
    assert not unused, f"core.{language}.toml has texts the code no longer uses:\n" + \
        "\n".join(unused)
    changed = [f"{key!r}: {placeholders(key)} → {placeholders(value)}"
               for key, value in catalogue.items() if placeholders(key) != placeholders(value)]
    assert not changed, "placeholders dropped or changed:\n" + "\n".join(changed)
    same = [key for key, value in catalogue.items()
            if value == key and len(re.findall(r"[A-Za-z]{3,}", re.sub(r"{\w+}", "", key))) > 2]
    assert not same, f"core.{language}.toml leaves sentences in English:\n" + "\n".join(same)


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
    assert es.plural(0, "{n} note", "{n} notes") == es("{n} notes", n=0)
    assert ja.plural(1, "{n} note", "{n} notes") == ja.plural(5, "{n} note", "{n} notes"
                                                             ).replace("5", "1")
    # Unknown or empty languages print English; a text missing from a catalogue too.
    assert messages("de") is ENGLISH and messages("") is ENGLISH and messages(None) is ENGLISH
    assert Messages("fr", {})("Executive summary") == "Executive summary"
    assert assessment_language({"language": "ja"}) == "ja"
    assert assessment_language({"language": "xx"}) == "en"
    assert assessment_language({"language": "ja"}, "fr") == "fr"
    assert assessment_language(None) == "en"


def test_a_broken_catalogue_is_refused_with_its_path_and_key(tmp_path: Path) -> None:
    from scfield.errors import ScfieldError

    bad = tmp_path / "core.fr.toml"
    bad.write_text('"Executive summary" = 3\n', encoding="utf-8")
    with pytest.raises(ScfieldError, match=r"core\.fr\.toml: 'Executive summary'"):
        load_catalogue(bad)
    bad.write_text('"Executive summary" = \n', encoding="utf-8")
    with pytest.raises(ScfieldError, match="not a valid TOML file"):
        load_catalogue(bad)
