"""The framework's own text in another language, from files beside the framework file.

English (the seed's wording) stays the reference: ``default_framework()`` and
``framework_for()`` always return it, because the workbook's sheet names,
headers and dropdown values, the database and the scores are keyed on it. A
translation file, ``<framework>.<language>.toml`` beside the framework file
(``jica-smart-city-approach.fr.toml``), only replaces texts, addressed by the
English framework's keys: element numbers, domain, stage and scale-up keys,
score levels, the support menu's activities and its groups in file order.
``translated_framework`` returns a copy with those texts replaced and every id,
number and threshold unchanged, so scores computed on either copy are equal.

A text missing from the file falls back to English (``Translation.missing``
lists it, and the tests fail if a shipped file has any); a key the English
framework does not have is refused, naming the file, the key and the problem,
like ``load_framework``.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scfield.errors import N_, FrameworkError
from scfield.framework import (
    Domain,
    Element,
    Framework,
    ScaleUpApproach,
    ScoreLevel,
    SupportItem,
    TomlReader,
    join_key,
)

REFERENCE_LANGUAGE = "en"
# The languages scfield ships (UI and framework); the name each is shown with.
LANGUAGES = {"en": "English", "fr": "Français", "es": "Español", "ja": "日本語"}


@dataclass
class Translation:
    """The texts one file gives, keyed like the English framework, and what it lacks."""

    path: Path
    language: str
    texts: dict[str, Any] = field(default_factory=dict)   # "elements.3.name" -> text
    missing: list[str] = field(default_factory=list)       # keys that fall back to English

    def get(self, key: str, english: Any) -> Any:
        return self.texts.get(key, english)


def translation_path(framework: Framework, language: str) -> Path:
    """``jica-smart-city-approach.fr.toml`` beside ``jica-smart-city-approach.toml``."""
    return framework.path.with_name(f"{framework.path.stem}.{language}.toml")


def available_languages(framework: Framework) -> list[str]:
    """English and every language with a translation file beside the framework file."""
    found = sorted(p.name[len(framework.path.stem) + 1:-len(".toml")]
                   for p in framework.path.parent.glob(f"{framework.path.stem}.*.toml"))
    return [REFERENCE_LANGUAGE, *found]


def base_language(language: str | None) -> str:
    """``fr_CA`` / ``fr-CA`` -> ``fr``; empty -> English."""
    return (language or REFERENCE_LANGUAGE).replace("-", "_").split("_")[0].lower()


def translated_framework(framework: Framework, language: str | None) -> Framework:
    """The framework with its texts in ``language`` (English where no translation exists).

    Ids, numbers, thresholds, element tags and levels are those of ``framework``;
    only names, definitions, questions, rubric descriptors and other texts change.
    Raises ``FrameworkError`` if the translation file is invalid.
    """
    language = base_language(language)
    if language == framework.language:
        return framework
    path = translation_path(framework, language)
    if not path.is_file():
        return framework
    key = (id(framework), language, path.stat().st_mtime_ns)
    cached = _CACHE.get(key)
    if cached is None or cached[0] is not framework:
        cached = (framework, apply_translation(framework,
                                               load_translation(path, framework, language)))
        _CACHE[key] = cached
    return cached[1]


# (id of the English framework, language, file time) -> (that framework, its translation):
# the UI asks on every page change; reading the file once per process is enough.
_CACHE: dict[tuple[int, str, int], tuple[Framework, Framework]] = {}


def load_translation(path: str | Path, framework: Framework,
                     language: str | None = None) -> Translation:
    """Read and check a translation file against the English ``framework``."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FrameworkError(N_("{path}: cannot read the translation file ({problem})"),
                             path=str(path), problem=exc.strerror) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FrameworkError(N_("{path}: not a valid TOML file ({problem})"), path=str(path),
                             problem=str(exc)) from None
    return _Checker(path, framework, language).check(data)


def apply_translation(framework: Framework, tr: Translation) -> Framework:
    """A copy of ``framework`` with the translated texts (English where missing)."""
    activities = {a: tr.get(f"activities.{a}", a) for a in _activities(framework)}
    levels = tuple(ScoreLevel(s.score, tr.get(f"score_levels.{s.score}.name", s.name),
                              tr.get(f"score_levels.{s.score}.description", s.description))
                   for s in framework.score_levels)
    domains = tuple(Domain(d.key, tr.get(f"domains.{d.key}", d.name)) for d in framework.domains)
    elements = []
    for e in framework.elements:
        k = f"elements.{e.number}"
        elements.append(dataclasses.replace(
            e, name=tr.get(f"{k}.name", e.name), definition=tr.get(f"{k}.definition",
                                                                   e.definition),
            questions=tuple(tr.get(f"{k}.questions", e.questions)),
            rubric={s: tr.get(f"{k}.rubric.{s}", text) for s, text in e.rubric.items()}))
    stages = tuple(dataclasses.replace(
        s, name=tr.get(f"stages.{s.key}.name", s.name),
        for_whom=tr.get(f"stages.{s.key}.for_whom", s.for_whom),
        description=tr.get(f"stages.{s.key}.description", s.description),
        emphasis=tuple(activities[a] for a in s.emphasis)) for s in framework.stages)
    scale_up = tuple(ScaleUpApproach(a.key, tr.get(f"scale_up.{a.key}.name", a.name),
                                     tr.get(f"scale_up.{a.key}.heading", a.heading),
                                     tr.get(f"scale_up.{a.key}.description", a.description))
                     for a in framework.scale_up)
    support = []
    for g, items in enumerate(_support_groups(framework)):
        scheme = tr.get(f"support.{g}.scheme", items[0].scheme)
        for i, item in enumerate(items):
            support.append(SupportItem(activities[item.activity], item.levels, scheme,
                                       tr.get(f"support.{g}.items.{i}", item.text),
                                       item.elements))
    return dataclasses.replace(
        framework, title=tr.get("title", framework.title), language=tr.language,
        score_levels=levels, domains=domains, elements=tuple(elements),
        stages=stages, stage_rule=tr.get("stage_rule", framework.stage_rule),
        scale_up=scale_up, scale_up_note=tr.get("scale_up_note", framework.scale_up_note),
        support=tuple(support))


def _activities(framework: Framework) -> list[str]:
    return list(dict.fromkeys(i.activity for i in framework.support))


def _support_groups(framework: Framework) -> list[list[SupportItem]]:
    """The support menu's ``[[support]]`` groups, in file order (same activity, levels and
    scheme; a new group starts where any of them changes)."""
    groups: list[list[SupportItem]] = []
    for item in framework.support:
        last = groups[-1][0] if groups else None
        if last is None or (last.activity, last.levels, last.scheme) != (
                item.activity, item.levels, item.scheme):
            groups.append([])
        groups[-1].append(item)
    return groups


class _Checker(TomlReader):
    """Walks a translation file, checking every key against the English framework."""

    unknown_key = N_("unknown key (the English framework has no such entry)")

    def __init__(self, path: Path, framework: Framework, language: str | None) -> None:
        super().__init__(path)
        self.en = framework
        self.language = language
        self.out = Translation(path, language or "")

    def check(self, data: dict[str, Any]) -> Translation:
        en = self.en
        top = self.table(data, "", {"language", "framework"},
                         {"title", "score_levels", "domains", "elements", "stages", "stage_rule",
                          "scale_up", "scale_up_note", "activities", "support"})
        language = self.plain(top, "language")
        if self.language is not None and base_language(self.language) != language:
            raise self.fail("language", N_("says {said!r} but the file is for {language!r}"),
                            said=language, language=base_language(self.language))
        self.out.language = language
        if self.plain(top, "framework") != en.id:
            raise self.fail("framework", N_("translates {framework!r}, not {expected!r}"),
                            framework=top["framework"], expected=en.id)
        self.take(top, "title")
        levels = self.table(top.get("score_levels", {}), "score_levels",
                            optional={str(s.score) for s in en.score_levels})
        for s in en.score_levels:
            k = f"score_levels.{s.score}"
            self.text_fields(levels.get(str(s.score), {}), k, ("name", "description"))
        domains = self.table(top.get("domains", {}), "domains",
                             optional={d.key for d in en.domains})
        for d in en.domains:
            self.take(domains, d.key, "domains")
        elements = self.table(top.get("elements", {}), "elements",
                              optional={str(e.number) for e in en.elements})
        for e in en.elements:
            self.element(elements.get(str(e.number), {}), e)
        stages = self.table(top.get("stages", {}), "stages",
                            optional={s.key for s in en.stages})
        for st in en.stages:
            self.text_fields(stages.get(st.key, {}), f"stages.{st.key}",
                             ("name", "for_whom", "description"))
        self.take(top, "stage_rule")
        scale_up = self.table(top.get("scale_up", {}), "scale_up",
                              optional={a.key for a in en.scale_up})
        for a in en.scale_up:
            self.text_fields(scale_up.get(a.key, {}), f"scale_up.{a.key}",
                             ("name", "heading", "description"))
        self.take(top, "scale_up_note")
        activities = self.table(top.get("activities", {}), "activities",
                                optional=set(_activities(en)))
        for a in _activities(en):
            self.take(activities, a, "activities")
        self.support(top.get("support", []))
        return self.out

    # -- parts ---------------------------------------------------------------------------
    def element(self, data: Any, e: Element) -> None:
        k = f"elements.{e.number}"
        t = self.table(data, k, optional={"name", "definition", "questions", "rubric"})
        self.take(t, "name", k)
        self.take(t, "definition", k)
        if "questions" in t:
            questions = t["questions"]
            if not isinstance(questions, list) or not all(
                    isinstance(q, str) and q.strip() for q in questions):
                raise self.fail(f"{k}.questions", N_("expected a list of non-empty texts"))
            if len(questions) != len(e.questions):
                raise self.fail(f"{k}.questions", N_("expected {expected} questions like the "
                                                     "English, found {found}"),
                                expected=len(e.questions), found=len(questions))
            self.out.texts[f"{k}.questions"] = tuple(questions)
        else:
            self.out.missing.append(f"{k}.questions")
        rubric = self.table(t.get("rubric", {}), f"{k}.rubric",
                            optional={str(s) for s in e.rubric})
        for s in e.rubric:
            self.take(rubric, str(s), f"{k}.rubric")

    def support(self, data: Any) -> None:
        groups = _support_groups(self.en)
        if not isinstance(data, list):
            raise self.fail("support", N_("expected a list of [[support]] tables"))
        if data and len(data) != len(groups):
            raise self.fail("support", N_("expected {expected} [[support]] tables in the "
                                          "English order, found {found}"),
                            expected=len(groups), found=len(data))
        for g, items in enumerate(groups):
            k = f"support.{g}"
            if g >= len(data):
                self.out.missing.append(f"{k}.scheme")
                self.out.missing.extend(f"{k}.items.{i}" for i in range(len(items)))
                continue
            t = self.table(data[g], f"support[{g}]", optional={"scheme", "items"})
            if "scheme" in t:
                self.out.texts[f"{k}.scheme"] = self.valid_text(t["scheme"],
                                                                f"support[{g}].scheme")
            else:
                self.out.missing.append(f"{k}.scheme")
            texts = t.get("items")
            if texts is None:
                self.out.missing.extend(f"{k}.items.{i}" for i in range(len(items)))
                continue
            if not isinstance(texts, list) or len(texts) != len(items):
                raise self.fail(f"support[{g}].items", N_("expected a list of {count} texts "
                                                          "like the English"),
                                count=len(items))
            for i, text in enumerate(texts):
                self.out.texts[f"{k}.items.{i}"] = self.valid_text(
                    text, f"support[{g}].items[{i}]")

    # -- helpers -------------------------------------------------------------------------
    def plain(self, data: dict[str, Any], name: str) -> str:
        return self.valid_text(data[name], name)

    def valid_text(self, value: Any, key: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, N_("expected non-empty text"))
        return value

    def take(self, data: dict[str, Any], name: str, prefix: str = "") -> None:
        """Keep the file's text for ``name``, or note it missing (English then shows)."""
        key = join_key(prefix, name)
        if name in data:
            self.out.texts[key] = self.valid_text(data[name], key)
        else:
            self.out.missing.append(key)

    def text_fields(self, data: Any, key: str, names: tuple[str, ...]) -> None:
        t = self.table(data, key, optional=set(names))
        for name in names:
            self.take(t, name, key)
