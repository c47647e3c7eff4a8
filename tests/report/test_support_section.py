"""The recommendations section: per group of weak elements, where each stands and what
its next level looks like, and each support activity of the assessment's level once with
the elements it serves; never an item of the other level; the stage frames it."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from scfield.framework import default_framework
from scfield.i18n import translated_framework
from scfield.messages import messages
from scfield.report.pdf import write_report
from scfield.scorecard import load_scorecard
from scfield.store import Store
from scfield.store.records import create_assessment, set_rating

from .pdfcheck import raw_text, squeezed


def _section(path: Path, language: str = "en") -> str:
    """The squeezed text from the section's heading to the scale-up heading."""
    m = messages(language)
    text = raw_text(path)
    start = text.index(squeezed(m("Gaps and recommended support")))
    return text[start:text.index(squeezed(m("Suggested scale-up approach")), start)]


def test_each_weak_element_stands_with_its_next_level_and_support_once(
        demo_store: Store, tmp_path: Path) -> None:
    for language in ("en", "fr", "ja"):
        m = messages(language)
        fw = translated_framework(default_framework(), language)
        for row in demo_store.query("SELECT * FROM assessments"):
            out = tmp_path / f"{row['id'][:8]}-{language}.pdf"
            write_report(demo_store, row["id"], out, language=language)
            section = _section(out, language)
            card = load_scorecard(demo_store, row, language)
            if card.stage is not None:
                assert squeezed(card.stage.description) in section
            for e in card.weakest:
                assert squeezed(f"{e.number:02d} {e.name}") in section
                nxt = int(e.score or 0) + 1
                if nxt <= 4:  # the rubric's next level is the concrete target
                    assert squeezed(fw.element(e.number).rubric[nxt])[:60] in section
            level = row["level"]
            other = "country" if level == "city" else "city"
            mine = {i.text for i in fw.support if level in i.levels}
            for item in fw.support:
                if other in item.levels and item.text not in mine:
                    assert squeezed(item.text)[:50] not in section, (level, item.text)
            # A scheme's long text is printed once; later groups say "as above".
            schemes = {squeezed(i.scheme) for i in fw.support}
            for scheme in schemes:  # (one that is part of another is counted there)
                if not any(scheme != other and scheme in other for other in schemes):
                    assert section.count(scheme) <= 1, scheme
            assert squeezed(m("For elements")) in section


def test_an_element_without_support_at_the_level_is_said_so(
        store: Store, tmp_path: Path) -> None:
    """17 Digital Security has no city-level item in the support menu: the page says so
    rather than borrow the country level's "Cyber security measures"."""
    aid = create_assessment(store, title="Ciudad", city="Cusco", country="Peru", level="city")
    for n in range(1, 22):
        set_rating(store, aid, n, score=0 if n == 17 else 3, rationale=f"R{n:02d} reason")
    out = tmp_path / "c.pdf"
    write_report(store, aid, out)
    section = _section(out)
    assert squeezed("The support menu has no item at the city level for 17 Digital "
                    "Security.") in section
    assert squeezed("Cyber security measures") not in section
    # The group's heading names its one element; the sentence below does not repeat it.
    assert squeezed("Technology: 17 Digital Security Scores 0.00 (Absent). Rating "
                    "rationale: R17 reason") in section
    assert squeezed("Next level, 1 Emerging:") in section


def test_show_json_carries_the_same_plan(
        demo_store: Store, cli: Callable[..., subprocess.CompletedProcess[str]]) -> None:
    """``show --json``'s support_plan: the groups, where each element stands, its next
    level, each activity once with the elements it serves, and what has no support."""
    import json

    aid = create_assessment(demo_store, title="Ciudad", city="Cusco", country="Peru",
                            level="city")
    for n in range(1, 22):
        set_rating(demo_store, aid, n, score=0 if n == 17 else 3, rationale=f"R{n:02d}")
    run = cli("show", aid[:8], "--json")
    assert run.returncode == 0, run.stderr
    plan = json.loads(run.stdout)["support_plan"]
    fw = default_framework()
    assert plan["level"] == "city" and plan["stage"] is not None
    assert plan["approach"] == fw.stage(
        next(s.key for s in fw.stages if s.name == plan["stage"])).description
    groups = {g["domain"]: g for g in plan["groups"]}
    technology = groups["Technology"]
    assert technology["without_support"] == [17]
    seventeen = technology["elements"][0]
    assert seventeen == {"number": 17, "name": fw.element(17).name, "score": 0.0,
                         "level": "Absent", "rationale": "R17",
                         "next_level": {"score": 1, "name": "Emerging",
                                        "text": fw.element(17).rubric[1]}}
    for group in plan["groups"]:
        pairs = [(a["activity"], a["scheme"]) for a in group["activities"]]
        assert len(pairs) == len(set(pairs))  # each activity once per group
        numbers = {e["number"] for e in group["elements"]}
        for a in group["activities"]:
            assert set(a["elements"]) <= numbers
            for text in a["items"]:
                item = next(i for i in fw.support if i.text == text and i.scheme == a["scheme"])
                assert "city" in item.levels and set(item.elements) & set(a["elements"])
