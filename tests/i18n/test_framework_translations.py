"""The framework's own text in French, Spanish and Japanese: complete, valid, and
changing nothing but words (ids, numbers, thresholds and scores stay English's)."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from scfield.errors import FrameworkError
from scfield.framework import default_framework, load_framework
from scfield.i18n import (
    available_languages,
    load_translation,
    translated_framework,
    translation_path,
)
from scfield.scoring import score_assessment
from tests.i18n.conftest import SHIPPED

FR_HEADER = 'language = "fr"\nframework = "jica-smart-city-approach"\n'


@pytest.mark.parametrize("language", SHIPPED)
def test_shipped_translation_is_complete_and_valid(language: str) -> None:
    english = default_framework()
    path = translation_path(english, language)
    assert path.name == f"jica-smart-city-approach.{language}.toml"
    translation = load_translation(path, english, language)
    assert translation.missing == [], f"{path.name} lacks {translation.missing}"
    assert language in available_languages(english)


@pytest.mark.parametrize("language", SHIPPED)
def test_every_text_is_translated_and_every_number_kept(language: str) -> None:
    english = default_framework()
    local = translated_framework(english, language)
    assert local.language == language and english.language == "en"
    assert (local.id, local.version) == (english.id, english.version)
    assert local.title != english.title
    for e, t in zip(english.elements, local.elements, strict=True):
        assert (t.number, t.domain, t.code) == (e.number, e.domain, e.code)
        assert t.name != e.name and t.definition != e.definition
        assert len(t.questions) == len(e.questions)
        assert not set(t.questions) & set(e.questions)
        assert sorted(t.rubric) == sorted(e.rubric)
        assert all(t.rubric[s] != e.rubric[s] for s in e.rubric)
    for e, t in zip(english.score_levels, local.score_levels, strict=True):
        assert t.score == e.score and t.description != e.description  # "Absent" is French too
    assert [d.key for d in local.domains] == [d.key for d in english.domains]
    assert all(t.name != e.name for e, t in zip(english.domains, local.domains, strict=True))
    for e, t in zip(english.stages, local.stages, strict=True):
        assert (t.key, t.min_score, t.min_domain_score) == (e.key, e.min_score,
                                                             e.min_domain_score)
        assert t.name != e.name and t.description != e.description
        assert len(t.emphasis) == len(e.emphasis)
    for e, t in zip(english.scale_up, local.scale_up, strict=True):
        assert t.key == e.key and t.name != e.name and t.heading != e.heading
    assert (local.sector_elements, local.sector_min_score) == (english.sector_elements,
                                                              english.sector_min_score)
    assert local.stage_rule != english.stage_rule
    assert local.scale_up_note != english.scale_up_note
    for e, t in zip(english.support, local.support, strict=True):
        assert (t.levels, t.elements) == (e.levels, e.elements)
        assert t.text != e.text and t.scheme != e.scheme and t.activity != e.activity
    # A stage's emphasis names activities of the (translated) support menu.
    activities = {i.activity for i in local.support}
    assert all(a in activities for s in local.stages for a in s.emphasis)


@pytest.mark.parametrize("language", SHIPPED)
def test_scores_are_the_same_in_every_language(language: str) -> None:
    english = default_framework()
    local = translated_framework(english, language)
    ratings = {1: 3, 2: 2, 5: 1, 15: 3, 16: 2, 21: 0}
    proposals = {n: [n % 5, (n + 1) % 5, None] for n in range(1, 22)}
    counts = {n: 2 for n in range(1, 22)}
    a = score_assessment(english, "city", ratings, proposals, counts)
    b = score_assessment(local, "city", ratings, proposals, counts)
    assert [e.score for e in a.elements] == [e.score for e in b.elements]
    assert [(d.key, d.score, d.stage.key if d.stage else None) for d in a.domains] == \
        [(d.key, d.score, d.stage.key if d.stage else None) for d in b.domains]
    assert (a.overall, a.stage.key if a.stage else None) == (b.overall,
                                                           b.stage.key if b.stage else None)
    assert [r.addresses for r in a.recommendations] == [r.addresses for r in b.recommendations]
    assert a.scale_up.key == b.scale_up.key


def test_the_default_framework_stays_english() -> None:
    """The workbook sync keys sheet names, headers and dropdowns on default_framework()."""
    english = default_framework()
    before = english.element(1).name
    for language in SHIPPED:
        translated_framework(english, language)
    assert default_framework() is english
    assert english.element(1).name == before == "Philosophy and Vision of Smart City"
    assert english.language == "en"
    assert translated_framework(english, "en") is english
    assert translated_framework(english, "de") is english  # no file: English
    assert translated_framework(english, "fr_CA").language == "fr"


@pytest.fixture
def framework_copy(tmp_path: Path):
    """The English framework file alone in tmp_path, to put test translations beside."""
    source = default_framework().path
    target = tmp_path / source.name
    shutil.copyfile(source, target)
    return load_framework(target)


def test_missing_texts_fall_back_to_english(framework_copy) -> None:
    path = translation_path(framework_copy, "fr")
    path.write_text(FR_HEADER + '[domains]\npolicy = "Politique"\n\n'
                    '[elements.3]\nname = "Précision"\n', encoding="utf-8")
    translation = load_translation(path, framework_copy, "fr")
    assert "elements.3.definition" in translation.missing
    assert "domains.system" in translation.missing
    local = translated_framework(framework_copy, "fr")
    assert local.domain("policy").name == "Politique"
    assert local.domain("system").name == "System"
    assert local.element(3).name == "Précision"
    assert local.element(3).definition == framework_copy.element(3).definition
    assert local.element(3).questions == framework_copy.element(3).questions


@pytest.mark.parametrize(("body", "key", "problem"), [
    ('[elements.22]\nname = "Vingt-deux"\n', "elements.22", "unknown key"),
    ('[elements.4]\nnom = "Cohérence"\n', "elements.4.nom", "unknown key"),
    ('[domains]\npolitics = "Politique"\n', "domains.politics", "unknown key"),
    ('[stages.fast]\nname = "Rapide"\n', "stages.fast", "unknown key"),
    ('[elements.4]\nquestions = ["Une ?", "Deux ?"]\n', "elements.4.questions",
     "expected 5 questions like the English, found 2"),
    ('[elements.4.rubric]\n"5" = "Au-delà"\n', "elements.4.rubric.5", "unknown key"),
    ('[elements.4]\nname = ""\n', "elements.4.name", "expected non-empty text"),
    ('[score_levels.2]\nname = 2\n', "score_levels.2.name", "expected non-empty text"),
    ('[activities]\nPlanning = "Planification"\n', "activities.Planning", "unknown key"),
    ('[[support]]\nitems = ["un"]\n', "support", "expected 10 [[support]] tables"),
    ('colour = "bleu"\n', "colour", "unknown key"),
])
def test_a_broken_translation_is_refused_naming_file_key_and_problem(
        framework_copy, body: str, key: str, problem: str) -> None:
    path = translation_path(framework_copy, "fr")
    path.write_text(FR_HEADER + body, encoding="utf-8")
    with pytest.raises(FrameworkError) as info:
        translated_framework(framework_copy, "fr")
    message = str(info.value)
    assert message.startswith(f"{path}: {key}: "), message
    assert problem in message


@pytest.mark.parametrize(("text", "expect"), [
    ('language = "es"\nframework = "jica-smart-city-approach"\n',
     "language: says 'es' but the file is for 'fr'"),
    ('language = "fr"\nframework = "another-model"\n',
     "framework: translates 'another-model', not 'jica-smart-city-approach'"),
    ('framework = "jica-smart-city-approach"\n', "language: missing"),
    ('language = "fr"\nframework = "jica-smart-city-approach"\ntitle = "x\n',
     "not a valid TOML file"),
])
def test_a_translation_for_something_else_is_refused(framework_copy, text: str,
                                                      expect: str) -> None:
    path = translation_path(framework_copy, "fr")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FrameworkError, match=expect.replace("(", r"\(").replace(")", r"\)")):
        load_translation(path, framework_copy, "fr")


def test_an_edited_translation_is_read_again(framework_copy) -> None:
    path = translation_path(framework_copy, "fr")
    path.write_text(FR_HEADER + '[domains]\npolicy = "Politique"\n', encoding="utf-8")
    assert translated_framework(framework_copy, "fr").domain("policy").name == "Politique"
    path.write_text(FR_HEADER + '[domains]\npolicy = "Politiques publiques"\n',
                    encoding="utf-8")
    import os

    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    local = translated_framework(framework_copy, "fr")
    assert local.domain("policy").name == "Politiques publiques"
    assert dataclasses.replace(local, language="en").elements == framework_copy.elements
