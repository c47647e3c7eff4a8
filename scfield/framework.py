"""The assessment framework: domains, elements, rubric, stages, support menu.

Everything the method defines lives in a data file (``resources/frameworks``),
not in code, so that JICA's wording can be corrected, translated or replaced
by another assessment model without touching Python. This module reads such a
file and refuses it, naming the file, the key and the problem, unless it is
complete and consistent: a field expert must never discover a missing element
in the middle of an interview.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from scfield.errors import N_, FrameworkError, Text
from scfield.paths import default_framework_path

MIN_SCORE = 0
MAX_SCORE = 4
LEVEL_KEYS = ("country", "city")


@dataclass(frozen=True)
class ScoreLevel:
    score: int
    name: str
    description: str


@dataclass(frozen=True)
class Domain:
    key: str
    name: str


@dataclass(frozen=True)
class Element:
    number: int
    domain: str
    name: str
    definition: str
    questions: tuple[str, ...]
    rubric: dict[int, str]

    @property
    def code(self) -> str:
        """The two-digit number the brochure prints (``01`` … ``21``)."""
        return f"{self.number:02d}"


@dataclass(frozen=True)
class Stage:
    key: str
    name: str
    for_whom: str
    description: str
    min_score: float
    min_domain_score: float
    emphasis: tuple[str, ...]


@dataclass(frozen=True)
class ScaleUpApproach:
    key: str
    name: str
    heading: str
    description: str


@dataclass(frozen=True)
class SupportItem:
    activity: str
    levels: tuple[str, ...]
    scheme: str
    text: str
    elements: tuple[int, ...]


@dataclass(frozen=True)
class Framework:
    id: str
    version: str
    title: str
    source: str
    language: str
    score_levels: tuple[ScoreLevel, ...]
    domains: tuple[Domain, ...]
    elements: tuple[Element, ...]
    stages: tuple[Stage, ...]
    stage_rule: str
    scale_up: tuple[ScaleUpApproach, ...]
    scale_up_note: str
    sector_elements: tuple[int, ...]
    sector_min_score: float
    support: tuple[SupportItem, ...]
    path: Path
    # Share of a domain's elements (and of all elements, for the overall stage) that must
    # be scored before a stage is given: a stage read from 1 of 5 elements misleads.
    min_coverage: float = 0.0

    def element(self, number: int) -> Element:
        return _find(self.elements, "number", number)

    def domain(self, key: str) -> Domain:
        return _find(self.domains, "key", key)

    def elements_of(self, domain_key: str) -> list[Element]:
        return [e for e in self.elements if e.domain == domain_key]

    def level_name(self, score: float | None) -> str:
        """Name of the rubric level a (possibly fractional) score rounds down to."""
        if score is None:
            return ""
        return self.score_levels[int(score)].name

    def stage(self, key: str) -> Stage:
        return _find(self.stages, "key", key)

    def scale_up_approach(self, key: str) -> ScaleUpApproach:
        return _find(self.scale_up, "key", key)


def _find(items: tuple[Any, ...], attr: str, value: object) -> Any:
    """The item whose ``attr`` equals ``value``; KeyError like a dict lookup."""
    for item in items:
        if getattr(item, attr) == value:
            return item
    raise KeyError(value)


class TomlReader:
    """Walks the parsed TOML, checking keys and types, and reports the first problem.

    Each accessor takes the dotted path of the value (``elements[3].rubric``)
    so that the error names the exact place in the file.

    Hand-written rather than a schema library's: msgspec, tried, names the table
    holding a missing key rather than the key, says "Expected `str` of length >= 1",
    lets a blank text through, and speaks English only, where these problems are
    catalogue texts shown in the reader's language. The checks that matter most
    (duplicates, ranges, references between parts) would stay here anyway.
    """

    # What a key the file may not have is called (a translation file says more).
    unknown_key = N_("unknown key")

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str, problem: str, **params: Any) -> FrameworkError:
        """The error naming the file and the key; ``problem`` is a catalogue template."""
        return FrameworkError(N_("{path}: {key}: {problem}"), path=str(self.path), key=key,
                              problem=Text(problem, **params))

    def table(self, data: Any, key: str, required: set[str] = frozenset(),
              optional: set[str] = frozenset()) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(key, N_("expected a table"))
        for name in sorted(data):
            if name not in required and name not in optional:
                raise self.fail(join_key(key, name), self.unknown_key)
        for name in sorted(required):
            if name not in data:
                raise self.fail(join_key(key, name), N_("missing"))
        return data

    def text(self, data: dict[str, Any], key: str, name: str, allow_empty: bool = False) -> str:
        value = data[name]
        if not isinstance(value, str):
            raise self.fail(join_key(key, name), N_("expected text"))
        if not allow_empty and not value.strip():
            raise self.fail(join_key(key, name), N_("must not be empty"))
        return value

    def number(self, data: dict[str, Any], key: str, name: str) -> float:
        value = data[name]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(join_key(key, name), N_("expected a number"))
        return float(value)

    def integer(self, data: dict[str, Any], key: str, name: str) -> int:
        value = data[name]
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(join_key(key, name), N_("expected a whole number"))
        return value

    def array(self, data: dict[str, Any], key: str, name: str) -> list[Any]:
        value = data[name]
        if not isinstance(value, list) or not value:
            raise self.fail(join_key(key, name), N_("expected a non-empty list"))
        return value

    def texts(self, data: dict[str, Any], key: str, name: str) -> tuple[str, ...]:
        values = self.array(data, key, name)
        for i, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                raise self.fail(f"{join_key(key, name)}[{i}]", N_("expected non-empty text"))
        return tuple(values)


def join_key(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


def load_framework(path: str | Path | None = None) -> Framework:
    """Read and validate a framework file; raise ``FrameworkError`` naming what is wrong."""
    path = Path(path) if path is not None else default_framework_path()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FrameworkError(N_("{path}: cannot read the framework file ({problem})"),
                             path=str(path), problem=exc.strerror) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FrameworkError(N_("{path}: not a valid TOML file ({problem})"), path=str(path),
                             problem=str(exc)) from None
    return _parse(TomlReader(path), data)


@cache
def default_framework() -> Framework:
    """The bundled JICA framework, loaded once per process."""
    return load_framework()


_FRAMEWORKS: dict[tuple[str, str], Framework] = {}


def register_framework(framework: Framework) -> None:
    """Make a framework findable by ``framework_for`` (e.g. one loaded with ``--framework``)."""
    _FRAMEWORKS[(framework.id, framework.version)] = framework


def framework_for(framework_id: str, version: str) -> Framework:
    """The framework an assessment was made with; the bundled one unless registered."""
    found = _FRAMEWORKS.get((framework_id, version))
    if found is not None:
        return found
    bundled = default_framework()
    if (bundled.id, bundled.version) == (framework_id, version):
        return bundled
    raise FrameworkError(
        N_("this assessment uses framework {id} {version}, which this version of scfield "
           "does not have (it has {bundled_id} {bundled_version})"),
        id=framework_id, version=version, bundled_id=bundled.id,
        bundled_version=bundled.version)


def _parse(r: TomlReader, data: dict[str, Any]) -> Framework:
    top = r.table(
        data, "",
        {"id", "version", "title", "language", "score_levels", "domains", "elements", "stages",
         "stage_rule", "scale_up", "scale_up_rule", "support"},
        {"source"},
    )
    levels = _score_levels(r, top)
    domains = _domains(r, top)
    elements = _elements(r, top, {d.key for d in domains})
    stages = _stages(r, top)
    rule = r.table(top["stage_rule"], "stage_rule", {"description"}, {"min_coverage"})
    min_coverage = r.number(rule, "stage_rule", "min_coverage") if "min_coverage" in rule else 0.0
    if not 0 <= min_coverage <= 1:
        raise r.fail("stage_rule.min_coverage", N_("{value:g} is out of range {low}–{high}"),
                     value=min_coverage, low=0, high=1)
    scale_up = _scale_up(r, top)
    sr = r.table(top["scale_up_rule"], "scale_up_rule",
                 {"note", "sector_elements", "sector_min_score"})
    numbers = {e.number for e in elements}
    sector_elements = _element_refs(r, sr, "scale_up_rule", "sector_elements", numbers)
    sector_min = r.number(sr, "scale_up_rule", "sector_min_score")
    _check_range(r, "scale_up_rule.sector_min_score", sector_min)
    support = _support(r, top, numbers, {s for st in stages for s in st.emphasis})
    return Framework(
        id=r.text(top, "", "id"),
        version=r.text(top, "", "version"),
        title=r.text(top, "", "title"),
        source=r.text(top, "", "source") if "source" in top else "",
        language=r.text(top, "", "language"),
        score_levels=levels,
        domains=domains,
        elements=elements,
        stages=stages,
        stage_rule=r.text(rule, "stage_rule", "description"),
        scale_up=scale_up,
        scale_up_note=r.text(sr, "scale_up_rule", "note"),
        sector_elements=sector_elements,
        sector_min_score=sector_min,
        support=support,
        path=r.path,
        min_coverage=min_coverage,
    )


def _check_range(r: TomlReader, key: str, value: float) -> None:
    if not MIN_SCORE <= value <= MAX_SCORE:
        raise r.fail(key, N_("{value:g} is out of range {low}–{high}"), value=value,
                     low=MIN_SCORE, high=MAX_SCORE)


def _score_levels(r: TomlReader, top: dict[str, Any]) -> tuple[ScoreLevel, ...]:
    levels: dict[int, ScoreLevel] = {}
    for i, item in enumerate(r.array(top, "", "score_levels")):
        key = f"score_levels[{i}]"
        t = r.table(item, key, {"score", "name", "description"})
        score = r.integer(t, key, "score")
        if not MIN_SCORE <= score <= MAX_SCORE:
            raise r.fail(f"{key}.score", N_("score level {score} is out of range {low}–{high}"),
                         score=score, low=MIN_SCORE, high=MAX_SCORE)
        if score in levels:
            raise r.fail(f"{key}.score", N_("duplicate score level {score}"), score=score)
        levels[score] = ScoreLevel(score, r.text(t, key, "name"), r.text(t, key, "description"))
    missing = [s for s in range(MIN_SCORE, MAX_SCORE + 1) if s not in levels]
    if missing:
        raise r.fail("score_levels", N_("missing score level {score}"), score=missing[0])
    return tuple(levels[s] for s in range(MIN_SCORE, MAX_SCORE + 1))


def _domains(r: TomlReader, top: dict[str, Any]) -> tuple[Domain, ...]:
    domains: list[Domain] = []
    for i, item in enumerate(r.array(top, "", "domains")):
        key = f"domains[{i}]"
        t = r.table(item, key, {"key", "name"})
        domain = Domain(r.text(t, key, "key"), r.text(t, key, "name"))
        if any(d.key == domain.key for d in domains):
            raise r.fail(f"{key}.key", N_("duplicate domain key {key!r}"), key=domain.key)
        domains.append(domain)
    return tuple(domains)


def _elements(r: TomlReader, top: dict[str, Any], domain_keys: set[str]) -> tuple[Element, ...]:
    elements: dict[int, Element] = {}
    for i, item in enumerate(r.array(top, "", "elements")):
        key = f"elements[{i}]"
        t = r.table(item, key, {"number", "domain", "name", "definition", "questions", "rubric"})
        number = r.integer(t, key, "number")
        if number in elements:
            raise r.fail(f"{key}.number", N_("duplicate element number {number}"),
                         number=number)
        domain = r.text(t, key, "domain")
        if domain not in domain_keys:
            raise r.fail(f"{key}.domain", N_("unknown domain {domain!r}"), domain=domain)
        questions = r.texts(t, key, "questions")
        if not 3 <= len(questions) <= 5:
            raise r.fail(f"{key}.questions", N_("expected 3 to 5 questions, found {count}"),
                         count=len(questions))
        elements[number] = Element(
            number=number, domain=domain, name=r.text(t, key, "name"),
            definition=r.text(t, key, "definition"), questions=questions,
            rubric=_rubric(r, t["rubric"], f"{key}.rubric"),
        )
    expected = list(range(1, len(elements) + 1))
    if sorted(elements) != expected:
        gap = next(n for n in expected if n not in elements)
        raise r.fail("elements", N_("missing element number {number}"), number=gap)
    ordered = tuple(elements[n] for n in expected)
    for domain in domain_keys:
        if not any(e.domain == domain for e in ordered):
            raise r.fail("elements", N_("domain {domain!r} has no elements"), domain=domain)
    return ordered


def _rubric(r: TomlReader, data: Any, key: str) -> dict[int, str]:
    if not isinstance(data, dict):
        raise r.fail(key, N_("expected a table of levels \"0\" to \"4\""))
    rubric: dict[int, str] = {}
    for level_key, text in data.items():
        try:
            level = int(level_key)
        except ValueError:
            raise r.fail(f"{key}.{level_key}",
                         N_("unknown key (levels are \"0\" to \"4\")")) from None
        if not MIN_SCORE <= level <= MAX_SCORE:
            raise r.fail(f"{key}.{level_key}", N_("score level {score} is out of range "
                                                  "{low}–{high}"),
                         score=level, low=MIN_SCORE, high=MAX_SCORE)
        if not isinstance(text, str) or not text.strip():
            raise r.fail(f"{key}.{level_key}", N_("expected a descriptor text"))
        rubric[level] = text
    for level in range(MIN_SCORE, MAX_SCORE + 1):
        if level not in rubric:
            raise r.fail(f"{key}.{level}", N_("missing"))
    return rubric


def _stages(r: TomlReader, top: dict[str, Any]) -> tuple[Stage, ...]:
    stages: list[Stage] = []
    for i, item in enumerate(r.array(top, "", "stages")):
        key = f"stages[{i}]"
        t = r.table(item, key, {"key", "name", "for_whom", "description", "min_score",
                                "min_domain_score", "emphasis"})
        stage = Stage(
            key=r.text(t, key, "key"), name=r.text(t, key, "name"),
            for_whom=r.text(t, key, "for_whom"), description=r.text(t, key, "description"),
            min_score=r.number(t, key, "min_score"),
            min_domain_score=r.number(t, key, "min_domain_score"),
            emphasis=r.texts(t, key, "emphasis"),
        )
        _check_range(r, f"{key}.min_score", stage.min_score)
        _check_range(r, f"{key}.min_domain_score", stage.min_domain_score)
        if stages and stage.min_score <= stages[-1].min_score:
            raise r.fail(f"{key}.min_score",
                         N_("stages must be listed lowest first with rising min_score"))
        if any(s.key == stage.key for s in stages):
            raise r.fail(f"{key}.key", N_("duplicate stage key {key!r}"), key=stage.key)
        stages.append(stage)
    if stages[0].min_score != MIN_SCORE:
        raise r.fail("stages[0].min_score", N_("the first stage must start at 0"))
    return tuple(stages)


def _scale_up(r: TomlReader, top: dict[str, Any]) -> tuple[ScaleUpApproach, ...]:
    approaches = []
    for i, item in enumerate(r.array(top, "", "scale_up")):
        key = f"scale_up[{i}]"
        t = r.table(item, key, {"key", "name", "heading", "description"})
        approaches.append(ScaleUpApproach(r.text(t, key, "key"), r.text(t, key, "name"),
                                          r.text(t, key, "heading"),
                                          r.text(t, key, "description")))
    keys = [a.key for a in approaches]
    if sorted(keys) != ["area", "sector"]:
        raise r.fail("scale_up", N_("expected exactly the approaches 'area' and 'sector'"))
    return tuple(approaches)


def _element_refs(r: TomlReader, t: dict[str, Any], key: str, name: str,
                  numbers: set[int]) -> tuple[int, ...]:
    refs = r.array(t, key, name)
    for j, ref in enumerate(refs):
        if isinstance(ref, bool) or not isinstance(ref, int):
            raise r.fail(f"{key}.{name}[{j}]", N_("expected an element number"))
        if ref not in numbers:
            raise r.fail(f"{key}.{name}[{j}]", N_("unknown element {number}"), number=ref)
    return tuple(refs)


def _support(r: TomlReader, top: dict[str, Any], numbers: set[int],
             emphasised: set[str]) -> tuple[SupportItem, ...]:
    items: list[SupportItem] = []
    for i, entry in enumerate(r.array(top, "", "support")):
        key = f"support[{i}]"
        t = r.table(entry, key, {"activity", "levels", "scheme", "items"})
        levels = r.texts(t, key, "levels")
        for j, level in enumerate(levels):
            if level not in LEVEL_KEYS:
                raise r.fail(f"{key}.levels[{j}]",
                             N_("unknown level {level!r} (expected country or city)"),
                             level=level)
        activity = r.text(t, key, "activity")
        scheme = r.text(t, key, "scheme")
        for j, item in enumerate(r.array(t, key, "items")):
            ikey = f"{key}.items[{j}]"
            it = r.table(item, ikey, {"text", "elements"})
            items.append(SupportItem(activity, levels, scheme, r.text(it, ikey, "text"),
                                     _element_refs(r, it, ikey, "elements", numbers)))
    activities = {i.activity for i in items}
    for name in sorted(emphasised - activities):
        raise r.fail("stages", N_("emphasis names activity {name!r}, which the support menu "
                                  "lacks"), name=name)
    return tuple(items)
