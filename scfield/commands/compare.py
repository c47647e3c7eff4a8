"""Re-assessment and comparison commands: reassess, compare.

Example::

    scfield reassess 3f2a --title "Da Nang Smart City Readiness Re-assessment 2026"
    scfield compare 3f2a 9c1e            # a city and its re-assessment, oldest first
    scfield compare 3f2a 7b20 d41c --json  # cities side by side, with the group's median
"""

from __future__ import annotations

import argparse
from typing import Any

from scfield.commands.common import cell, cli_messages, print_json, store_from_args


def register(sub: argparse._SubParsersAction) -> None:
    m = cli_messages()
    p = sub.add_parser("reassess", help=m("start a re-assessment: a new draft with the previous "
                                          "one's profile, level and team, linked to it"))
    p.add_argument("id", help=m("the previous assessment's id (any unique prefix)"))
    p.add_argument("--title", metavar="T", help=m("title of the new assessment (default: the "
                                                  "previous title with this year)"))
    p.set_defaults(handler=cmd_reassess)

    p = sub.add_parser("compare", help=m("assessments side by side: scores, changes, stages, "
                                         "coverage; several cities with the group's median"))
    p.add_argument("first", metavar="ID", help=m("assessment id (any unique prefix); for a "
                                                 "re-assessment, the earlier one first"))
    p.add_argument("others", nargs="+", metavar="ID", help=m("the assessments to set beside it"))
    p.add_argument("--json", action="store_true", help=m("print JSON for scripts"))
    p.set_defaults(handler=cmd_compare)


def cmd_reassess(args: argparse.Namespace) -> int:
    from scfield.reassess import start_reassessment

    with store_from_args(args) as store:
        previous = store.resolve_id("assessments", args.id)
        new_id = start_reassessment(store, previous, args.title)
        row = store.get("assessments", new_id)
    m = cli_messages()
    print(f"{new_id[:8]} {row['title']} — " + m("re-assessment of {previous} (draft, {id})",
                                               previous=previous[:8], id=new_id))
    return 0


def _num(x: float | None, width: int = 7) -> str:
    return ("–" if x is None else f"{x:.2f}").rjust(width)


def _signed(x: float | None, width: int = 7) -> str:
    return ("–" if x is None else f"{x:+.2f}").rjust(width)


def label(a: Any) -> str:
    """A column heading: place and year (the date is in the header lines)."""
    return str(a.label)


def cmd_compare(args: argparse.Namespace) -> int:
    from scfield.compare import compare_assessments

    with store_from_args(args) as store:
        ids = [store.resolve_id("assessments", i) for i in [args.first, *args.others]]
        comparison = compare_assessments(store, ids)
    if args.json:
        print_json(comparison.as_dict())
        return 0
    m = cli_messages()
    cols = comparison.assessments
    extra = m("CHANGE") if len(cols) == 2 else m("MEDIAN")
    for n, a in enumerate(cols, start=1):
        date, stage = a.date or m("no date"), a.stage or m("no stage")
        print(f"[{n}] {a.id[:8]} {a.title} · {', '.join(p for p in (a.city, a.country) if p)}"
              f" · {date} · {stage} · "
              + m("overall {score}", score=_num(a.overall, 0)) + " · "
              + m.plural(a.coverage.elements, "{k} of {n} element scored",
                         "{k} of {n} elements scored", k=a.coverage.scored))
    heads = "".join(" " + cell(f"[{n}] " + label(a), 17) for n, a in enumerate(cols, 1))
    print("\n" + cell(m("DOMAIN"), 16) + heads + cell(extra, 8, right=True))

    def tail(change: float | None, group_median: float | None) -> str:
        return _signed(change, 8) if len(cols) == 2 else _num(group_median, 8)

    for d in comparison.domains:
        scores = "".join(_num(s, 18) for s in d.scores)
        print(f"{cell(d.name, 15):16}{scores}{tail(d.change, d.median)}")
    overall = "".join(_num(a.overall, 18) for a in cols)
    print(cell(m("Overall"), 16) + overall
          + tail(comparison.overall_change, comparison.overall_median))
    stages = "".join(cell(cell(a.stage or "–", 17).rstrip(), 18, right=True) for a in cols)
    print(cell(m("Stage"), 16) + stages)
    print("\n" + cell(m("NO."), 4) + cell(m("ELEMENT"), 40) + " "
          + "".join(f"{f'[{n}]':>7} " for n in range(1, len(cols) + 1))
          + cell(extra, 8, right=True))
    for e in comparison.elements:
        scores = "".join(_num(s) + ("*" if p else " ")
                         for s, p in zip(e.scores, e.provisional, strict=True))
        print(f"{e.number:02d}  {cell(e.name, 40)} {scores}{tail(e.change, e.median)}")
    if any(p for e in comparison.elements for p in e.provisional):
        print(m("* provisional: the median of the interviews' proposals, no rating set yet"))
    if len(cols) == 2:
        moved = comparison.moved()
        print("\n" + (m("Elements that moved ({n})", n=len(moved)) if moved else
                      m("No element score changed.")))
        for e in moved:
            print(f"  {e.number:02d} {e.name}: {_num(e.scores[0], 0)} → "
                  f"{_num(e.scores[1], 0)} ({_signed(e.change, 0)})")
            if e.rationales[1]:
                print("      " + m("why: {reason}", reason=" ".join(e.rationales[1].split())))
        before, after = (c.stage or m("none") for c in cols)
        if comparison.stage_changed:
            print("\n" + m("Stage: {before} → {after}", before=before, after=after))
        else:
            print("\n" + m("Stage unchanged: {stage}", stage=after))
    return 0
