"""Every sentence the report builds from parts, each branch in en/fr/es/ja: it reads as
one sentence — numbers in the language's decimal sign, counts agreeing with their
number, each element named once, no "(0)", no placeholder or doubled space left, no
stray space before a Japanese particle."""

from __future__ import annotations

import re

import pytest

from scfield.framework import default_framework
from scfield.i18n import translated_framework
from scfield.messages import messages
from scfield.report import wording

LANGUAGES = ["en", "fr", "es", "ja"]
FW = default_framework()


def clean(text: str, language: str) -> None:
    assert text and not re.search(r"[{}]|\s\s|\(0\)|^\s|\s$", text), text
    if language == "ja":
        assert not re.search(r"[\u3040-\u30ff\u4e00-\u9fff] [のはにをがでと]", text), text


def decimal(value: float, language: str) -> str:
    return f"{value:.2f}".replace(".", "," if language in ("fr", "es") else ".")


@pytest.mark.parametrize("language", LANGUAGES)
def test_standing_names_the_element_once_or_not_under_its_own_heading(language: str) -> None:
    m, fw = messages(language), translated_framework(FW, language)
    e = fw.element(19)
    level = fw.level_name(1.0)
    named = wording.standing(19, e.name, 1.0, level, "", m)
    alone = wording.standing(19, e.name, 1.0, level, "", m, named=False)
    with_why = wording.standing(19, e.name, 1.0, level, "The DX office has no budget.", m)
    for text in (named, alone, with_why):
        clean(text, language)
        assert decimal(1.0, language) in text and level in text
    assert named.count(e.name) == 1 and "19" in named
    assert e.name not in alone and "19" not in alone
    assert with_why.startswith(named) and with_why.endswith("The DX office has no budget.")
    assert m("Rating rationale: {text}", text="").strip() in with_why
    if language == "en":
        assert named == "19 Flexibility of Promotion System scores 1.00 (Emerging)."
        assert alone == "Scores 1.00 (Emerging)."


@pytest.mark.parametrize("language", LANGUAGES)
def test_next_level_framing_and_missing_support(language: str) -> None:
    m, fw = messages(language), translated_framework(FW, language)
    stage = fw.stage("accelerate")
    framing = wording.stage_framing(stage.name, stage.description, m)
    nxt = wording.next_level(3, fw.score_levels[3].name, fw.element(3).rubric[3], m)
    one = wording.without_support("city", [(3, fw.element(3).name)], m)
    two = wording.without_support("country", [(3, fw.element(3).name),
                                              (9, fw.element(9).name)], m)
    for text in (framing, nxt, one, two):
        clean(text, language)
    assert stage.name in framing and stage.description in framing
    assert fw.score_levels[3].name in nxt and fw.element(3).rubric[3] in nxt
    assert m("city level") in one and m("country level") in two
    assert one.count("03 ") == 1 and two.count("03 ") == 1 and two.count("09 ") == 1
    if language == "en":
        assert one == ("The support menu has no item at the city level for 03 Specifics of "
                       "Vision and Policy.")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("notes", "interviews"), [(0, 0), (1, 1), (2, 1), (5, 3)])
def test_evidence_counts_agree_with_their_numbers(language: str, notes: int,
                                                   interviews: int) -> None:
    m = messages(language)
    text = wording.evidence_count(notes, interviews, m)
    clean(text, language)
    if not notes:
        assert text == m("no evidence yet")
        return
    assert text == m.join((m.plural(notes, "{n} note", "{n} notes"),
                           m.plural(interviews, "{n} interview", "{n} interviews")))
    assert str(notes) in text and str(interviews) in text
    if language == "en":
        assert text == {(1, 1): "1 note, 1 interview", (2, 1): "2 notes, 1 interview",
                        (5, 3): "5 notes, 3 interviews"}[(notes, interviews)]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("missing", [0, 1, 12])
def test_the_unscored_note_is_absent_singular_or_plural(language: str, missing: int) -> None:
    m = messages(language)
    text = wording.unscored_note(missing, 21, m)
    if not missing:
        assert text == ""
        return
    clean(text, language)
    assert f"{missing}" in text and "21" in text
    if language == "en":
        verb = "is" if missing == 1 else "are"
        assert text.startswith(f"{missing} of 21 elements {verb} not scored yet;")
