"""The framework file: the seed's wording verbatim, and broken files refused by name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scfield.errors import FrameworkError
from scfield.framework import load_framework
from scfield.paths import default_framework_path

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "jica-smart-city-approach.txt"
SOURCE = default_framework_path().read_text(encoding="utf-8")


def seed_elements() -> dict[int, tuple[str, str]]:
    """(name, definition) per element number, parsed from the seed's table rows."""
    found = {}
    for line in SEED.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(?:[A-Za-z]+)?\t(\d\d)\t([^\t]+)\t(.+)$", line)
        if m:
            found[int(m.group(1))] = (m.group(2).strip(), m.group(3).strip())
    return found


def test_bundled_framework_has_the_seed_structure() -> None:
    fw = load_framework()
    assert [d.name for d in fw.domains] == [
        "Policy", "Organization", "System", "Technology", "Operation"]
    assert [e.number for e in fw.elements] == list(range(1, 22))
    assert [len(fw.elements_of(d.key)) for d in fw.domains] == [5, 4, 5, 4, 3]
    assert [s.name for s in fw.stages] == ["Small Start", "Accelerate", "Sustainable Growth"]
    assert {a.key for a in fw.scale_up} == {"area", "sector"}
    assert [lv.score for lv in fw.score_levels] == [0, 1, 2, 3, 4]
    for element in fw.elements:
        assert 3 <= len(element.questions) <= 5
        assert sorted(element.rubric) == [0, 1, 2, 3, 4]


@pytest.mark.skipif(not SEED.exists(), reason="seed document not beside the checkout")
def test_element_names_and_definitions_are_verbatim_from_the_seed() -> None:
    seed = seed_elements()
    assert len(seed) == 21
    for element in load_framework().elements:
        assert (element.name, element.definition) == seed[element.number]


@pytest.mark.skipif(not SEED.exists(), reason="seed document not beside the checkout")
def test_stage_scale_up_and_support_texts_are_verbatim() -> None:
    seed = " ".join(SEED.read_text(encoding="utf-8").split())
    fw = load_framework()
    texts = [s.description for s in fw.stages] + [s.for_whom for s in fw.stages]
    texts += [a.description for a in fw.scale_up] + [a.heading for a in fw.scale_up]
    texts += [i.text for i in fw.support] + [i.scheme for i in fw.support]
    for text in texts:
        assert " ".join(text.split()) in seed, text
    activities = {i.activity for i in fw.support}
    assert activities == {"Assessment", "Policy", "Organization", "System", "Technology",
                          "Operation"}
    # The brochure leaves the city cell of Assessment and Operation empty: no city item.
    for activity in activities:
        for level in ("country", "city"):
            has = any(activity == i.activity and level in i.levels for i in fw.support)
            assert has == (level == "country" or activity not in ("Assessment", "Operation"))


def broken(tmp_path: Path, old: str, new: str, count: int = 1) -> Path:
    assert old in SOURCE, old
    path = tmp_path / "broken.toml"
    path.write_text(SOURCE.replace(old, new, count), encoding="utf-8")
    return path


@pytest.mark.parametrize(("old", "new", "message"), [
    ("number = 21\n", "number = 20\n", "duplicate element number 20"),
    ("number = 7\n", "number = 70\n", "missing element number 7"),
    ('"4" = ', '"5" = ', "score level 5 is out of range 0–4"),
    ("id = \"jica-smart-city-approach\"\n",
     "id = \"jica-smart-city-approach\"\ncolour = \"blue\"\n", "colour: unknown key"),
    ("domain = \"system\"", "domain = \"systems\"", "unknown domain 'systems'"),
    ("min_score = 1.5", "min_score = 5.5", "5.5 is out of range 0–4"),
    ("sector_elements = [15, 16]", "sector_elements = [15, 99]", "unknown element 99"),
])
def test_broken_framework_is_refused_naming_file_key_and_problem(
        tmp_path: Path, old: str, new: str, message: str) -> None:
    path = broken(tmp_path, old, new)
    with pytest.raises(FrameworkError) as err:
        load_framework(path)
    text = str(err.value)
    assert str(path) in text
    assert message in text


def test_missing_element_key_names_the_element(tmp_path: Path) -> None:
    first = SOURCE.index("definition = ", SOURCE.index("number = 3\n"))
    end = SOURCE.index("\n", first)
    path = tmp_path / "nodef.toml"
    path.write_text(SOURCE[:first] + SOURCE[end + 1:], encoding="utf-8")
    with pytest.raises(FrameworkError, match=r"elements\[2\]\.definition: missing"):
        load_framework(path)


def test_unreadable_and_invalid_toml_are_refused(tmp_path: Path) -> None:
    with pytest.raises(FrameworkError, match="cannot read"):
        load_framework(tmp_path / "absent.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("id = [unclosed", encoding="utf-8")
    with pytest.raises(FrameworkError, match="not a valid TOML file"):
        load_framework(bad)


MINI = '''
id = "mini-model"
version = "0.1"
title = "A two-domain model"
language = "en"
[[score_levels]]
score = 0
name = "None"
description = "Nothing yet."
[[score_levels]]
score = 1
name = "Some"
description = "Some."
[[score_levels]]
score = 2
name = "Half"
description = "Half."
[[score_levels]]
score = 3
name = "Most"
description = "Most."
[[score_levels]]
score = 4
name = "All"
description = "All."
[[domains]]
key = "people"
name = "People"
[[domains]]
key = "tools"
name = "Tools"
[[elements]]
number = 1
domain = "people"
name = "Skills"
definition = "Staff have the skills."
questions = ["Who?", "How many?", "Since when?"]
rubric = { "0" = "a", "1" = "b", "2" = "c", "3" = "d", "4" = "e" }
[[elements]]
number = 2
domain = "tools"
name = "Software"
definition = "Software is in place."
questions = ["Which?", "Who runs it?", "Budget?"]
rubric = { "0" = "a", "1" = "b", "2" = "c", "3" = "d", "4" = "e" }
[[stages]]
key = "start"
name = "Start"
for_whom = "Beginners"
description = "Begin."
min_score = 0
min_domain_score = 0
emphasis = ["Training"]
[[stages]]
key = "grow"
name = "Grow"
for_whom = "Others"
description = "Grow."
min_score = 2
min_domain_score = 1
emphasis = ["Training"]
[stage_rule]
description = "Mean of domains."
[[scale_up]]
key = "area"
name = "Area"
heading = "Wider"
description = "Spread."
[[scale_up]]
key = "sector"
name = "Sector"
heading = "Connect"
description = "Connect."
[scale_up_rule]
note = "Either."
sector_elements = [2]
sector_min_score = 3
[[support]]
activity = "Training"
levels = ["country", "city"]
scheme = "Courses"
[[support.items]]
text = "Train staff"
elements = [1]
'''


def test_another_assessment_model_loads_and_scores(tmp_path: Path) -> None:
    from scfield.scoring import score_assessment

    path = tmp_path / "mini.toml"
    path.write_text(MINI, encoding="utf-8")
    fw = load_framework(path)
    assert [e.name for e in fw.elements] == ["Skills", "Software"]
    card = score_assessment(fw, "city", {1: 1}, {2: [3, 4]}, {2: 2})
    assert card.overall == pytest.approx((1 + 3.5) / 2)
    assert card.stage is not None and card.stage.key == "grow"
    assert [r.item.text for r in card.recommendations] == ["Train staff"]
    assert card.scale_up.key == "sector"
