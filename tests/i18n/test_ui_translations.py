"""Every user-visible UI string has a translation in every shipped language.

The strings are extracted afresh at test time with PySide6's lupdate from
scfield/ui/*.py and forms/*.ui (into tmp_path, never touching the shipped
files), so a string added to the code without a translation fails here.
To fix a failure, update the sources and translate (resources/i18n/README.md).
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET

import pytest

from tests.i18n.conftest import ROOT, SHIPPED, shipped_translations

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def lupdate() -> str:
    from scfield.catalogues import qt_tool

    found = qt_tool("lupdate")
    assert found, "PySide6's lupdate is missing"
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], str]:
    """(context, source) -> "" for every translatable string in the UI code and forms."""
    out = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    sources = sorted(map(str, (ROOT / "scfield" / "ui").glob("*.py"))) + sorted(
        map(str, (ROOT / "forms").glob("*.ui")))
    subprocess.run([lupdate(), "-silent", "-locations", "none", *sources, "-ts", str(out)],
                   check=True, capture_output=True, timeout=120)
    root = ET.parse(out).getroot()
    found = {(c.findtext("name") or "", m.findtext("source") or ""): ""
             for c in root.iter("context") for m in c.iter("message")}
    assert len(found) > 150, "lupdate found too few strings: is the extraction broken?"
    return found


@pytest.mark.parametrize("language", SHIPPED)
def test_every_ui_string_is_translated(language: str,
                                       extracted: dict[tuple[str, str], str]) -> None:
    shipped = shipped_translations(language)
    problems = []
    for key in sorted(extracted):
        message = shipped.get(key)
        if message is None:
            problems.append(f"{key}: not in scfield_{language}.ts (run lupdate)")
            continue
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        text = (translation.text or "") if translation is not None else ""
        if kind in ("unfinished", "vanished", "obsolete", "missing") or not text.strip():
            problems.append(f"{key}: {kind or 'empty'} translation")
    assert not problems, f"{len(problems)} untranslated strings in {language}:\n" + \
        "\n".join(problems[:40])


@pytest.mark.parametrize("language", SHIPPED)
def test_translations_keep_the_placeholders(language: str) -> None:
    """``{name}`` fields are filled by ``.format``: a translated or lost one would crash
    or show a raw brace to the user."""
    for (context, source), message in shipped_translations(language).items():
        text = message.findtext("translation") or ""
        if not text:
            continue
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
            language, context, source, text)


@pytest.mark.parametrize("language", SHIPPED)
def test_shipped_files_have_no_leftovers(language: str,
                                         extracted: dict[tuple[str, str], str]) -> None:
    """Strings no longer in the code are removed (lupdate -no-obsolete), so translators
    never spend time on dead text."""
    leftovers = sorted(set(shipped_translations(language)) - set(extracted))
    assert not leftovers, leftovers[:20]


def test_lupdate_sees_every_tr_call(extracted: dict[tuple[str, str], str]) -> None:
    """A ``tr("…")`` lupdate cannot see (inside an f-string, say) is never translated and
    shows English in every language: every literal the code passes to ``tr`` must be
    among the extracted strings."""
    import ast

    sources = {source for _context, source in extracted}
    unseen = []
    for path in sorted((ROOT / "scfield" / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                continue
            name = (node.func.attr if isinstance(node.func, ast.Attribute) else
                    node.func.id if isinstance(node.func, ast.Name) else "")
            if name == "tr" and node.args[0].value not in sources:
                unseen.append(f"{path.name}:{node.lineno}: {node.args[0].value!r}")
    assert not unseen, unseen
