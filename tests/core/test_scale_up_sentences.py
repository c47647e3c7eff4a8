"""The scale-up reason reads as a sentence in every language and branch: it gives the
evidence, agrees with the number of elements it names, and leaves naming the approach to
the heading beside it ("Area-based approach: …" is not followed by "(area-based
approach)")."""

from __future__ import annotations

import pytest

from scfield.framework import default_framework
from scfield.i18n import translated_framework
from scfield.messages import messages
from scfield.scoring import ElementScore, suggest_scale_up


def _elements(language: str, scores: dict[int, float | None]) -> dict[int, ElementScore]:
    fw = translated_framework(default_framework(), language)
    return {n: ElementScore(n, fw.element(n).domain, fw.element(n).name, s, False, None, (), 0)
            for n, s in scores.items()}


EXPECTED = {
    "en": {
        "none": "15 Urban Infrastructure Platform and 16 Data Utilization are not scored yet: "
                "with no evidence of a platform and data to connect sectors, start in a "
                "specific area, then spread.",
        "sector": "15 Urban Infrastructure Platform and 16 Data Utilization average 3.00, at or "
                  "above the threshold of 2.50: there is a platform and data through which "
                  "sectors can be connected.",
        "area": "15 Urban Infrastructure Platform and 16 Data Utilization average 0.50, below "
                "the threshold of 2.50: there is not yet a platform and data to connect "
                "sectors, so prove solutions in a specific area first, then spread them.",
        "one": "16 Data Utilization scores 2.00, below the threshold of 2.50: there is not yet "
               "a platform and data to connect sectors, so prove solutions in a specific area "
               "first, then spread them."},
    "fr": {"none": "Les éléments 15 ", "sector": "Les éléments 15 ", "area": "Les éléments 15 ",
           "one": "L'élément 16 "},
    "es": {"none": "Los elementos 15 ", "sector": "Los elementos 15 ",
           "area": "Los elementos 15 ", "one": "El elemento 16 "},
    # Japanese has one form for one and many elements: "the average score" fits both.
    "ja": {"none": "15 ", "sector": "15 ", "area": "15 ", "one": "16 "},  # no space before の
}
CASES = {"none": ({15: None, 16: None}, "area"), "sector": ({15: 3.0, 16: 3.0}, "sector"),
         "area": ({15: 0.0, 16: 1.0}, "area"), "one": ({15: None, 16: 2.0}, "area")}


@pytest.mark.parametrize("language", ["en", "fr", "es", "ja"])
@pytest.mark.parametrize("case", list(CASES))
def test_each_branch_reads_as_one_sentence(language: str, case: str) -> None:
    scores, key = CASES[case]
    fw = translated_framework(default_framework(), language)
    suggestion = suggest_scale_up(fw, _elements(language, scores), messages(language))
    text = suggestion.reason
    assert suggestion.key == key
    expected = EXPECTED[language][case]
    assert text == expected if language == "en" else text.startswith(expected), text
    # The approach's own name is left to the heading beside the reason.
    for approach in fw.scale_up:
        assert approach.name.lower() not in text.lower()
    assert text.endswith("。" if language == "ja" else "."), text
    assert "{" not in text and "  " not in text
    if language == "ja":  # no stray space before a particle
        assert " の" not in text and " は" not in text
    if language == "ja" and case != "none":
        assert "の平均スコアは" in text
    if case == "one":  # the unscored element is not named beside a mean it is not in
        assert fw.element(15).name not in text
    if case != "none":
        mean = "3.00" if case == "sector" else "0.50" if case == "area" else "2.00"
        if language in ("fr", "es"):  # the language's decimal sign (CLDR)
            mean = mean.replace(".", ",")
        assert mean in text and ("2,50" if language in ("fr", "es") else "2.50") in text
