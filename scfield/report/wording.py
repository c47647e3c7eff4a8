"""The report's own sentences built from parts, one function per sentence, so that each
branch can be read and tested in every language (the stage's and scale-up's reasons are
``scfield.reasons``'s). Pure: texts in, text out; no layout.
"""

from __future__ import annotations

from scfield.messages import N_, Messages
from scfield.reasons import fmt

LEVEL_WORDS = {"city": N_("city level"), "country": N_("country level")}


def element_label(number: int, name: str) -> str:
    return f"{number:02d} {name}"


def level_words(level: str, m: Messages) -> str:
    """"city level" / "country level" in the report's language."""
    return m(LEVEL_WORDS[level]) if level in LEVEL_WORDS else level


def stage_framing(stage: str, description: str, m: Messages) -> str:
    """The stage's approach, in the seed's words, framing the recommendations."""
    return m("The {stage} stage sets the approach: {description}", stage=stage,
             description=description)


def standing(number: int, name: str, score: float | None, level: str, rationale: str,
             m: Messages, named: bool = True) -> str:
    """Where an element stands: its score and rubric level, then the assessor's rationale.
    Not ``named`` when the heading just above names the element alone: the sentence
    then does not repeat it."""
    values = {"score": fmt(score, m.language), "level": level}
    text = (m("{element} scores {score} ({level}).", element=element_label(number, name),
              **values) if named else m("Scores {score} ({level}).", **values))
    if rationale.strip():
        text += " " + m("Rating rationale: {text}", text=rationale.strip())
    return text


def next_level(score: int, name: str, text: str, m: Messages) -> str:
    """The rubric's next level: the concrete target."""
    return m("Next level, {score} {name}: {text}", score=score, name=name, text=text)


def without_support(level: str, elements: list[tuple[int, str]], m: Messages) -> str:
    """Where the seed's menu has nothing at the assessment's level (never borrowed from
    the other level)."""
    return m("The support menu has no item at the {level} for {elements}.",
             level=level_words(level, m),
             elements=m.join(element_label(n, name) for n, name in elements))


def evidence_count(notes: int, interviews: int, m: Messages) -> str:
    """"2 notes, 1 interview" (each agreeing with its number), or "no evidence yet"."""
    if not notes:
        return m("no evidence yet")
    return m.join((m.plural(notes, "{n} note", "{n} notes"),
                   m.plural(interviews, "{n} interview", "{n} interviews")))


def unscored_note(missing: int, total: int, m: Messages) -> str:
    """Under the domain table when some elements have no score ("" when none)."""
    if not missing:
        return ""
    return m.plural(
        missing, "{n} of {total} elements is not scored yet; domain scores are the "
        "mean of the scored elements.", "{n} of {total} elements are not scored yet; "
        "domain scores are the mean of the scored elements.", total=total)
