"""CLI commands of reports and sign-off: report, sign, amend, verify, roadmap, signatures.

Examples::

    scfield roadmap 3f2a --short "Open data portal" --medium "..." --long "..."
    scfield report 3f2a summary.pdf
    scfield report 3f2a resume.pdf --language fr   (in French, whatever the assessment's)
    scfield sign 3f2a --name "Keiko Tanabe" --role "Team Leader" --organisation JICA
    scfield verify 3F2A-91C0-77DE-0B14        (or: scfield verify summary.pdf)
    scfield amend 3f2a --reason "Counterpart corrected the budget figures"
    scfield report --all reports/
"""

from __future__ import annotations

import argparse
import sys

from scfield.commands.common import add_language_option, store_from_args


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="write an assessment's summary report as PDF "
                                      "(or --all: one PDF per assessment)")
    p.add_argument("id", nargs="?", help="assessment id (any unique prefix)")
    p.add_argument("out", nargs="?", metavar="OUT.pdf", help="the PDF file to write")
    p.add_argument("--all", metavar="DIR", dest="all_dir",
                   help="write one PDF per assessment into this folder")
    add_language_option(p, "the report")
    p.set_defaults(handler=cmd_report, usage_error=p.error)

    p = sub.add_parser("sign", help="sign an assessment as it is now and lock it")
    p.add_argument("id", help="assessment id (any unique prefix)")
    p.add_argument("--name", required=True, help="the signer's name")
    p.add_argument("--role", required=True, help="the signer's role, e.g. Team Leader")
    p.add_argument("--organisation", default="", help="the signer's organisation")
    p.set_defaults(handler=cmd_sign)

    p = sub.add_parser("amend", help="unlock a signed assessment for changes (needs a reason)")
    p.add_argument("id", help="assessment id (any unique prefix)")
    p.add_argument("--reason", required=True, help="why it is amended (kept in the history)")
    p.set_defaults(handler=cmd_amend)

    p = sub.add_parser("verify", help="check a printed code or a PDF against the signed record")
    p.add_argument("code_or_pdf", metavar="CODE_OR_PDF",
                   help="the fingerprint from a page footer or QR code, or a PDF file")
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("roadmap", help="show or set the short/medium/long-term roadmap "
                                       "printed in the report")
    p.add_argument("id", help="assessment id (any unique prefix)")
    p.add_argument("--short", help="short-term actions")
    p.add_argument("--medium", help="medium-term actions")
    p.add_argument("--long", help="long-term actions")
    p.set_defaults(handler=cmd_roadmap)

    p = sub.add_parser("signatures", help="the signatures of an assessment, with amendments")
    p.add_argument("id", help="assessment id (any unique prefix)")
    p.set_defaults(handler=cmd_signatures)


def _warn_omitted(title: str, omitted: str) -> None:
    if omitted:
        print(f"scfield: warning: {title}: text the PDF cannot print was replaced by a "
              f"marker: {omitted}", file=sys.stderr)


def cmd_report(args: argparse.Namespace) -> int:
    from scfield.progress import Progress
    from scfield.report.pdf import write_report, write_reports

    if args.all_dir:
        if args.id or args.out:
            args.usage_error("give either an assessment id and OUT.pdf, or --all DIR")

        def show(done: int, total: int, message: str) -> None:
            if done < total:
                print(f"[{done + 1}/{total}] {message}", file=sys.stderr)

        with store_from_args(args) as store:
            ids = [r["id"] for r in store.query(
                "SELECT id FROM assessments ORDER BY start_date DESC, title")]
            results = write_reports(store, ids, args.all_dir, Progress(show),
                                    language=args.language)
        for r in results:
            _warn_omitted(r.title, r.omitted)
            print(f"{r.path}  {r.pages} pages  {'signed' if r.signed else 'draft'}")
        print(f"wrote {len(results)} reports to {args.all_dir}")
        return 0
    if not args.id or not args.out:
        args.usage_error("report needs an assessment id and the PDF file to write "
                         "(or --all DIR)")
    with store_from_args(args) as store:
        result = write_report(store, store.resolve_id("assessments", args.id), args.out,
                              language=args.language)
    _warn_omitted(result.title, result.omitted)
    from scfield.report.fingerprint import short_code

    print(f"wrote {result.path} ({result.pages} pages, "
          f"{'signed' if result.signed else 'draft'}, fingerprint "
          f"{short_code(result.fingerprint)})")
    return 0


def cmd_sign(args: argparse.Namespace) -> int:
    from scfield.report.signoff import sign_assessment

    with store_from_args(args) as store:
        assessment_id = store.resolve_id("assessments", args.id)
        sig = sign_assessment(store, assessment_id, args.name, args.role, args.organisation)
        title = store.get("assessments", assessment_id)["title"]
    print(f"signed {title!r} as {sig.who()} on {sig.date}; fingerprint {sig.short}\n"
          f"full fingerprint: {sig.fingerprint}\nthe assessment is locked until amended")
    return 0


def cmd_amend(args: argparse.Namespace) -> int:
    from scfield.report.signoff import amend_assessment

    with store_from_args(args) as store:
        assessment_id = store.resolve_id("assessments", args.id)
        old = amend_assessment(store, assessment_id, args.reason)
        title = store.get("assessments", assessment_id)["title"]
    codes = ", ".join(sorted({s.short for s in old}))
    print(f"amended {title!r}: it can be edited again and prints as DRAFT until signed "
          f"again (the signed version {codes} stays in the history)")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from scfield.report.verify import verify

    with store_from_args(args) as store:
        result = verify(store, args.code_or_pdf)
    print(result.text())
    return 0 if result.matches else 1


def cmd_roadmap(args: argparse.Namespace) -> int:
    from scfield.report.signoff import roadmap_of, set_roadmap

    with store_from_args(args) as store:
        assessment_id = store.resolve_id("assessments", args.id)
        if any(v is not None for v in (args.short, args.medium, args.long)):
            changed = set_roadmap(store, assessment_id, args.short, args.medium, args.long)
            print("roadmap saved" if changed else "roadmap unchanged")
        road = roadmap_of(store, assessment_id)
    for key, label in (("short_term", "Short term"), ("medium_term", "Medium term"),
                       ("long_term", "Long term")):
        print(f"{label}: {road[key] or '(not written)'}")
    return 0


def cmd_signatures(args: argparse.Namespace) -> int:
    from scfield.report.signoff import signatures_of

    with store_from_args(args) as store:
        assessment_id = store.resolve_id("assessments", args.id)
        sigs = signatures_of(store, assessment_id)
        status = store.get("assessments", assessment_id)["status"]
    print(f"status: {status}")
    if not sigs:
        print("not signed yet")
    for s in sigs:
        line = f"{s.short}  {s.date}  {s.who()}"
        if s.superseded_at:
            line += f"  — amended {s.superseded_at[:10]} by {s.amended_by}: {s.amend_reason}"
        print(line)
    return 0
