"""Core commands: init, demo, list, show, search.

Example::

    scfield demo
    scfield list
    scfield show 3f2a --json
    scfield search "open data"
"""

from __future__ import annotations

import argparse
from typing import Any

from scfield.commands.common import (
    LEVEL_WORDS,
    STATUS_WORDS,
    cell,
    cli_messages,
    print_json,
    store_from_args,
)
from scfield.errors import N_
from scfield.messages import ENGLISH, Messages


def register(sub: argparse._SubParsersAction) -> None:
    m = cli_messages()
    p = sub.add_parser("init", help=m("create (or upgrade) the database and say where it is"))
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help=m("fill the database with realistic sample assessments"))
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("list", help=m("list assessments with their overall score and stage"))
    p.add_argument("--json", action="store_true", help=m("print JSON for scripts"))
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help=m("one assessment: element, domain and overall scores, "
                                      "stage and recommended support"))
    p.add_argument("id", help=m("assessment id (any unique prefix)"))
    p.add_argument("--json", action="store_true", help=m("print JSON for scripts"))
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("search", help=m("full-text search over evidence notes (any script)"))
    p.add_argument("text")
    p.add_argument("--json", action="store_true", help=m("print JSON for scripts"))
    p.set_defaults(handler=cmd_search, usage_error=p.error)


def cmd_init(args: argparse.Namespace) -> int:
    m = cli_messages()
    with store_from_args(args, create=True) as store:
        print(m("database ready: {path}", path=store.path))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from scfield.demo import load_demo

    m = cli_messages()
    with store_from_args(args) as store:
        ids = load_demo(store)
        if ids:
            print(m.plural(len(ids), "added {n} demo assessment to {path}",
                           "added {n} demo assessments to {path}", path=store.path))
        else:
            print(m("the demo assessments are already in {path}: nothing added",
                    path=store.path))
    return 0


NOTHING_SCORED = N_("no element is scored yet")


def _stage_name(key: str | None) -> str | None:
    """The stage's name as the framework words it (cached scores keep only its key)."""
    from scfield.framework import default_framework

    if key is None:
        return None
    try:
        return default_framework().stage(key).name
    except KeyError:
        return key


def cmd_list(args: argparse.Namespace) -> int:
    from scfield.scorecard import list_assessments

    with store_from_args(args) as store:
        rows = list_assessments(store)
    m = cli_messages()
    reasons = _missing_stage_reasons(rows, ENGLISH if args.json else m)
    if args.json:
        print_json([{**r.as_dict(_stage_name(r.stage)), "stage_reason": reasons.get(r.id)}
                    for r in rows])
        return 0
    if not rows:
        print(m("no assessments yet (try: scfield demo)"))
        return 0
    print(cell(m("ID"), 9) + cell(m("TITLE"), 44) + cell(m("PLACE"), 26) + cell(m("LEVEL"), 8)
          + cell(m("STATUS"), 8) + cell(m("STAGE"), 20) + m("OVERALL"))
    for r in rows:
        place = ", ".join(p for p in (r.city, r.country) if p)
        overall = "–" if r.overall is None else f"{r.overall:.2f}"
        print(f"{r.id[:8]} {cell(r.title, 43)} {cell(place, 25)} {r.level:7} {r.status:7} "
              f"{cell(_stage_name(r.stage) or '–', 19)} {overall}")
        if r.id in reasons and r.overall is not None:
            print(" " * 9 + m("stage: {reason}", reason=reasons[r.id]))
    return 0


def _missing_stage_reasons(rows: list[Any], m: Messages) -> dict[str, str]:
    """Why an assessment has no stage ("not enough evidence (9 of 21 elements scored)"),
    for those that have none; the others' reasons are in ``show``."""
    from scfield.scoring import Coverage, not_enough_evidence

    out = {}
    for r in rows:
        if r.thin_coverage is not None:
            out[r.id] = not_enough_evidence(Coverage(r.thin_coverage[0], 0,
                                                     r.thin_coverage[1]), m)
        elif r.stage is None:
            out[r.id] = m(NOTHING_SCORED)
    return out


def show_data(store: Any, assessment_id: str) -> dict[str, Any]:
    """The ``show --json`` document: what other tools and the office's scripts read."""
    from scfield.framework import framework_for
    from scfield.scorecard import load_scorecard
    from scfield.store.queries import ratings_of
    from scfield.support_plan import support_plan

    row = store.get("assessments", assessment_id)
    card = load_scorecard(store, row)
    rationales = {n: r["rationale"] or "" for n, r in ratings_of(store, assessment_id).items()}

    def r2(x: float | None) -> float | None:
        return None if x is None else round(x, 2)

    domain_names = {d.key: d.name for d in card.domains}
    return {
        "id": row["id"], "title": row["title"], "country": row["country"],
        "city": row["city"], "level": row["level"], "status": row["status"],
        "stage": card.stage.name if card.stage else None,
        "stage_reason": card.stage_reason, "stage_why": card.why.as_dict(),
        "enough_evidence": card.enough_evidence,
        "overall": r2(card.overall),
        "coverage": card.coverage.as_dict(),
        "domains": [{"name": d.name, "score": r2(d.score),
                     "stage": d.stage.name if d.stage else None,
                     "stage_reason": d.stage_reason, "stage_why": d.why.as_dict(),
                     "enough_evidence": d.enough_evidence,
                     "coverage": d.coverage.as_dict()} for d in card.domains],
        "elements": [{"number": e.number, "domain": domain_names[e.domain], "name": e.name,
                      "score": r2(e.score), "provisional": e.provisional,
                      "evidence_count": e.evidence_count} for e in card.elements],
        "weakest": [e.number for e in card.weakest],
        "recommendations": [{"activity": r.item.activity, "level": row["level"],
                             "text": r.item.text, "elements": list(r.item.elements),
                             "addresses": list(r.addresses), "reason": r.reason,
                             "why": r.why.as_dict()}
                            for r in card.recommendations],
        "support_plan": support_plan(framework_for(row["framework_id"],
                                                   row["framework_version"]),
                                     card, row["level"], rationales),
        "scale_up": card.scale_up.key, "scale_up_reason": card.scale_up.reason,
        "scale_up_why": card.scale_up.why.as_dict(),
    }


def cmd_show(args: argparse.Namespace) -> int:
    with store_from_args(args) as store:
        data = show_data(store, store.resolve_id("assessments", args.id))
    if args.json:
        print_json(data)
        return 0
    place = ", ".join(p for p in (data["city"], data["country"]) if p)

    def num(x: float | None) -> str:
        return "  –  " if x is None else f"{x:5.2f}"

    m = cli_messages()
    level = m(LEVEL_WORDS[data["level"]]) if data["level"] in LEVEL_WORDS else data["level"]
    status = m(STATUS_WORDS.get(data["status"], data["status"]))
    print(f"{data['title']}\n{place} · {level} · {status} · {data['id']}\n")
    no_stage = m("not assessed") if data["enough_evidence"] else m("no stage")
    print(m("Overall {score} — {stage}", score=num(data["overall"]).strip(),
            stage=data["stage"] or no_stage))
    print(f"  {data['stage_reason']}\n")
    print(cell(m("DOMAIN"), 16) + cell(m("SCORE"), 6, right=True) + "  " + cell(m("STAGE"), 20)
          + m("COVERAGE (scored / with evidence / all)"))
    for d in data["domains"]:
        c = d["coverage"]
        stage = d["stage"] or ("–" if d["enough_evidence"] else m("not enough evidence"))
        print(f"{cell(d['name'], 16)}{num(d['score']):>6}  {cell(stage, 19)} "
              f"{c['scored']} / {c['with_evidence']} / {c['elements']}")
    print("\n" + cell(m("NO."), 4) + cell(m("ELEMENT"), 48) + cell(m("SCORE"), 6, right=True)
          + "  " + m("EVIDENCE"))
    for e in data["elements"]:
        mark = " " + m("(provisional)") if e["provisional"] else ""
        print(f"{e['number']:02d}  {cell(e['name'], 47)}{num(e['score']):>6}  "
              f"{e['evidence_count']}{mark}")
    print("\n" + m("Recommended support"))
    if not data["recommendations"]:
        print("  " + m("none yet: no element is scored"))
    for r in data["recommendations"]:
        print(f"  [{r['activity']}] {r['text']}\n      {r['reason']}")
    print("\n" + m("Suggested scale-up: {key}-based approach.", key=data["scale_up"])
          + f" {data['scale_up_reason']}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from scfield.search import search_evidence

    m = cli_messages()
    if not args.text.strip():
        args.usage_error(m("give the text to search for"))  # exits 2, like any usage error
    with store_from_args(args) as store:
        hits = search_evidence(store, args.text)
    if args.json:
        print_json([hit.__dict__ for hit in hits])
        return 0
    if not hits:
        print(m("no evidence note contains that text"))
    for hit in hits:
        # Two lines a hit: where it is (assessment, element, interviewee), then the note.
        who = hit.interviewee or m("(no name)")
        print(f"{hit.assessment_id[:8]} {hit.assessment_title} · {hit.element:02d} "
              f"{hit.element_name} · {who}\n    {hit.snippet}")
    return 0
