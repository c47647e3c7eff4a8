"""Scoring says why as data; ``reasons.explain`` says it in words. Every branch of every
reason, in every language, reads as one sentence: names from the translated framework,
numbers in the language's decimal sign, each element named once, nothing left over
from the parts it was built from ("(0)", "{placeholder}", a doubled space, the same
name twice, a stray space before a Japanese particle)."""

from __future__ import annotations

import json
import re

import pytest

from scfield import reasons as why
from scfield.framework import default_framework
from scfield.i18n import translated_framework
from scfield.messages import messages
from scfield.reasons import Reason, explain
from scfield.scoring import score_assessment

FW = default_framework()
LANGUAGES = ["en", "fr", "es", "ja"]
BLOCKERS = (Reason(why.BELOW_MIN, {"score": 2.18, "min": 2.75}),
            Reason(why.DOMAIN_TOO_THIN, {"domain": "operation"}),
            Reason(why.DOMAIN_NOT_SCORED, {"domain": "technology"}),
            Reason(why.BELOW_FLOOR, {"domain": "system", "score": 1.67, "floor": 2.0}))

# One case per branch: the reason, its English sentence, and what it must name.
CASES: dict[str, tuple[Reason, str]] = {
    "domain unscored": (Reason(why.DOMAIN_UNSCORED, {"domain": "system"}),
                        "System: no element is scored yet."),
    "domain thin": (Reason(why.DOMAIN_THIN, {"domain": "system", "scored": 1, "total": 5}),
                    "System: not enough evidence (1 of 5 elements scored)."),
    "domain stage, next": (
        Reason(why.DOMAIN_STAGE, {"domain": "policy", "score": 2.2, "stage": "accelerate",
                                  "min": 1.5, "next": "sustainable_growth", "next_min": 2.75}),
        "Policy scores 2.20, at least 1.50 for Accelerate; Sustainable Growth needs 2.75."),
    "domain stage, top": (
        Reason(why.DOMAIN_STAGE, {"domain": "policy", "score": 3.5,
                                  "stage": "sustainable_growth", "min": 2.75, "next": None,
                                  "next_min": None}),
        "Policy scores 3.50, at least 2.75 for Sustainable Growth."),
    "overall unscored": (Reason(why.OVERALL_UNSCORED),
                         "No element is scored yet, so no stage can be given."),
    "overall thin": (Reason(why.OVERALL_THIN, {"scored": 9, "total": 21}),
                     "No stage: not enough evidence (9 of 21 elements scored)."),
    "overall first stage, blocked": (
        Reason(why.OVERALL_STAGE, {"stage": "small_start", "score": 1.2,
                                   "next": "accelerate", "blockers": BLOCKERS[:1]}),
        "Small Start: the overall score is 1.20. Not Accelerate: the overall score 2.18 is "
        "below 2.75."),
    "overall middle stage, every blocker": (
        Reason(why.OVERALL_STAGE, {"stage": "accelerate", "score": 2.18,
                                   "next": "sustainable_growth", "blockers": BLOCKERS}),
        "Accelerate: the overall score is 2.18, at least the 1.50 it needs, and every domain "
        "scores at least 1.00. "
        "Not Sustainable Growth: the overall score 2.18 is below 2.75; Operation has too few "
        "scored elements; Technology is not scored; System scores 1.67, below the floor of "
        "2.00."),
    "overall top stage": (
        Reason(why.OVERALL_STAGE, {"stage": "sustainable_growth", "score": 3.1, "next": None,
                                   "blockers": ()}),
        "Sustainable Growth: the overall score is 3.10, at least the 2.75 it needs, and every "
        "domain scores at least 2.00."),
    "recommendation, one element": (
        Reason(why.STRENGTHENS, {"elements": (19,)}),
        "Strengthens 19 Flexibility of Promotion System."),
    "recommendation, two elements, a focus of the stage": (
        Reason(why.STRENGTHENS, {"elements": (15, 16), "item": 3, "stage": "small_start"}),
        "Strengthens 15 Urban Infrastructure Platform, 16 Data Utilization; Policy is a focus "
        "at the Small Start stage."),
    "scale-up, nothing scored": (
        Reason(why.SCALE_UNSCORED, {"elements": (15, 16)}),
        "15 Urban Infrastructure Platform and 16 Data Utilization are not scored yet: with no "
        "evidence of a platform and data to connect sectors, start in a specific area, then "
        "spread."),
    "scale-up, sector": (
        Reason(why.SCALE_SECTOR, {"elements": (15, 16), "mean": 3.0, "min": 2.5}),
        "15 Urban Infrastructure Platform and 16 Data Utilization average 3.00, at or above "
        "the threshold of 2.50: there is a platform and data through which sectors can be "
        "connected."),
    "scale-up, area, one element": (
        Reason(why.SCALE_AREA, {"elements": (16,), "mean": 2.0, "min": 2.5}),
        "16 Data Utilization scores 2.00, below the threshold of 2.50: there is not yet a "
        "platform and data to connect sectors, so prove solutions in a specific area first, "
        "then spread them."),
}


def _numbers(reason: Reason) -> list[float]:
    out = []
    for key, value in reason.params.items():
        if key in ("score", "min", "next_min", "mean", "floor") and value is not None:
            out.append(value)
    for b in reason.params.get("blockers", ()):
        out += _numbers(b)
    return out


def _names(reason: Reason, fw) -> list[str]:  # noqa: ANN001 - a Framework
    p = reason.params
    names = [fw.stage(p[k]).name for k in ("stage", "next") if p.get(k)]
    names += [fw.domain(p["domain"]).name] if "domain" in p else []
    names += [f"{n:02d} {fw.element(n).name}" for n in p.get("elements", ())]
    for b in p.get("blockers", ()):
        names += _names(b, fw)
    return names


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", list(CASES))
def test_each_reason_reads_as_one_sentence(case: str, language: str) -> None:
    reason, english = CASES[case]
    fw, m = translated_framework(FW, language), messages(language)
    text = explain(reason, fw, m)
    if language == "en":
        assert text == english
    else:
        assert text != english
    assert text.endswith("。" if language == "ja" else "."), text
    assert not re.search(r"[{}]|\s\s|\(0\)|\.\.$", text), text
    for name in _names(reason, fw):
        assert name in text, (name, text)
    for element in reason.params.get("elements", ()):  # named once, not again as "(15)"
        assert text.count(f"{element:02d}") == 1 and f"({element})" not in text, text
    decimal = "," if language in ("fr", "es") else "."
    for number in _numbers(reason):
        assert f"{number:.2f}".replace(".", decimal) in text, (number, text)
    if language == "ja":  # no stray space before a particle ("アクセラレート には")
        assert not re.search(r"[\u30a0-\u30ff\u4e00-\u9fff] [のはにをがで]", text), text


def test_scoring_returns_reasons_as_data_and_says_them_in_the_cards_language() -> None:
    """The scorecard's reasons are ids and language-neutral parameters (JSON as is);
    the same scores in French say them in French with the same data."""
    ratings = {n: 2 for n in range(1, 22)} | {19: 1}
    english = score_assessment(FW, "city", ratings, {}, {})
    french = score_assessment(translated_framework(FW, "fr"), "city", ratings, {}, {},
                              messages("fr"))
    assert english.why == french.why and english.why.id == why.OVERALL_STAGE
    assert json.loads(json.dumps(english.why.as_dict()))["params"]["stage"] == "accelerate"
    assert [d.why for d in english.domains] == [d.why for d in french.domains]
    assert english.scale_up.why == french.scale_up.why
    assert [r.why for r in english.recommendations] == [r.why for r in french.recommendations]
    assert english.stage_reason == explain(english.why, FW)
    assert french.stage_reason == explain(french.why, translated_framework(FW, "fr"),
                                          messages("fr"))
    assert french.stage_reason != english.stage_reason
    assert all(r.why.id == why.STRENGTHENS for r in english.recommendations)
