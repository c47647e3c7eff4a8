"""CLI commands of reports and sign-off: report, sign, amend, verify, roadmap, signatures.

Examples::

    scfield roadmap 3f2a --short "Open data portal" --medium "..." --long "..."
    scfield report 3f2a summary.pdf
    scfield report 3f2a resume.pdf --language fr   (in French, whatever the assessment's)
    scfield sign 3f2a --name "Keiko Tanabe" --role "Team Leader" --organisation JICA
    scfield sign 3f2a --name "Keiko Tanabe" --role "Team Leader" --pdf signed.pdf
    scfield sign 3f2a --name "..." --role "..." --key jica.p12 --passphrase-file pass.txt
    scfield report 3f2a signed.pdf --passphrase-file pass.txt   (a signer signs the PDF)
    scfield verify 3F2A-91C0-77DE-0B14        (or: scfield verify summary.pdf)
    scfield amend 3f2a --reason "Counterpart corrected the budget figures"
    scfield report --all reports/
"""

from __future__ import annotations

import argparse
import sys

from scfield.commands.common import add_language_option, store_from_args
from scfield.messages import cli_language


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="write an assessment's summary report as PDF "
                                      "(or --all: one PDF per assessment)")
    p.add_argument("id", nargs="?", help="assessment id (any unique prefix)")
    p.add_argument("out", nargs="?", metavar="OUT.pdf", help="the PDF file to write")
    p.add_argument("--all", metavar="DIR", dest="all_dir",
                   help="write one PDF per assessment into this folder")
    add_language_option(p, "the report")
    p.add_argument("--sign", action="store_true",
                   help="digitally sign the PDF with your key (you signed the assessment); "
                        "asks the passphrase")
    add_key_options(p)
    p.set_defaults(handler=cmd_report, usage_error=p.error)

    p = sub.add_parser("sign", help="sign an assessment as it is now and lock it")
    p.add_argument("id", help="assessment id (any unique prefix)")
    p.add_argument("--name", required=True, help="the signer's name")
    p.add_argument("--role", required=True, help="the signer's role, e.g. Team Leader")
    p.add_argument("--organisation", default="", help="the signer's organisation")
    add_key_options(p)
    p.add_argument("--pdf", metavar="OUT.pdf",
                   help="also write the signed summary, carrying your digital signature "
                        "(if OUT.pdf is this version's summary signed by another signer: "
                        "add your signature to it)")
    add_language_option(p, "the PDF")
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

    p = sub.add_parser("signatories", help="who is to sign the summary: list, add or remove "
                                           "assessors and counterparts")
    p.add_argument("id", help="assessment id (any unique prefix)")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--add", metavar="NAME|ROLE|ORGANISATION",
                        help='add a signatory, e.g. "Keiko Tanabe|Team Leader|JICA"')
    action.add_argument("--remove", metavar="N", type=int,
                        help="remove the signatory numbered N in --list")
    action.add_argument("--list", action="store_true",
                        help="list the signatories (the default)")
    p.add_argument("--counterpart", action="store_true",
                   help="with --add: the signatory is the city's or country's counterpart "
                        "(default: an assessor)")
    p.set_defaults(handler=cmd_signatories, usage_error=p.error)

    p = sub.add_parser("signatures", help="the signatures of an assessment, with amendments")
    p.add_argument("id", help="assessment id (any unique prefix)")
    p.set_defaults(handler=cmd_signatures)


def add_key_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--key", metavar="FILE.p12",
                   help="sign with your organisation's key and certificate (PKCS#12 file) "
                        "instead of the key scfield made for you")
    p.add_argument("--passphrase-file", metavar="FILE",
                   help="read the key's passphrase from the first line of FILE "
                        "(default: ask for it)")


def _passphrase(args: argparse.Namespace, prompt: str, confirm: bool = False) -> str:
    """From --passphrase-file, else asked on the terminal; never waits on a pipe."""
    import getpass

    from scfield.errors import ScfieldError
    from scfield.report.keys import read_passphrase_file

    if args.passphrase_file:
        return read_passphrase_file(args.passphrase_file)
    if not sys.stdin.isatty():
        raise ScfieldError("signing needs the passphrase of your key and there is no "
                           "terminal to ask it on; give it with --passphrase-file FILE")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != first:
        raise ScfieldError("the two passphrases differ; nothing was signed")
    return first


def _warn_omitted(title: str, omitted: str) -> None:
    if omitted:
        print(f"scfield: warning: {title}: text the PDF cannot print was replaced by a "
              f"marker: {omitted}", file=sys.stderr)


def cmd_report(args: argparse.Namespace) -> int:
    from scfield.progress import Progress
    from scfield.report.pdf import write_report, write_reports
    from scfield.report.signoff import signatures_of

    if args.all_dir:
        if args.sign or args.key or args.passphrase_file:
            args.usage_error("a digital signature goes on one report: give an assessment "
                             "id and OUT.pdf, not --all")
        if args.id or args.out:
            args.usage_error("give either an assessment id and OUT.pdf, or --all DIR")

        def show(done: int, total: int, message: str) -> None:
            if done < total:
                print(f"[{done + 1}/{total}] {message}", file=sys.stderr)

        with store_from_args(args) as store:
            from scfield.store.queries import assessment_ids_newest_first

            ids = assessment_ids_newest_first(store)
            results = write_reports(store, ids, args.all_dir, Progress(show, cli_language()),
                                    language=args.language)
        for r in results:
            _warn_omitted(r.title, r.omitted)
            print(f"{r.path}  {r.pages} pages  {'signed' if r.signed else 'draft'}")
        print(f"wrote {len(results)} reports to {args.all_dir}")
        return 0
    if not args.id or not args.out:
        args.usage_error("report needs an assessment id and the PDF file to write "
                         "(or --all DIR)")
    signing = args.sign or args.key or args.passphrase_file
    with store_from_args(args) as store:
        assessment_id = store.resolve_id("assessments", args.id)
        key = None
        if signing:
            from scfield.report.signing import key_of_a_signer

            key = key_of_a_signer(store, assessment_id, args.key, lambda: _passphrase(
                args, "Passphrase of your signing key: "))
        result = write_report(store, assessment_id, args.out, language=args.language)
        keyed = [] if key is not None or not result.signed else [
            s for s in signatures_of(store, assessment_id, current_only=True) if s.certificate]
    _warn_omitted(result.title, result.omitted)
    from scfield.report.fingerprint import short_code

    if key is not None:
        from scfield.report.signing import sign_report_pdf

        sign_report_pdf(result, key)
    print(f"wrote {result.path} ({result.pages} pages, "
          f"{'signed' if result.signed else 'draft'}, fingerprint "
          f"{short_code(result.fingerprint)})")
    if key is not None:
        from scfield.report.keys import certificate_subject

        print(f"digitally signed by {certificate_subject(key.certificate)}")
    elif keyed:
        print(f"note: this PDF is not digitally signed, so 'scfield verify' will not vouch "
              f"for its pages; {keyed[0].name} (or another signer) prints it with "
              "--passphrase-file F to add the digital signature")
    return 0


def cmd_sign(args: argparse.Namespace) -> int:
    from scfield.report.keys import certificate_sha256, own_key_path, signer_key
    from scfield.report.signoff import sign_assessment, signer_name

    name = signer_name(args.name)
    new_key = not args.key and not own_key_path(name).exists()
    prompt = (f"New passphrase for the signing key of {name}: " if new_key
              else "Passphrase of the signing key: ")
    with store_from_args(args) as store:
        assessment_id = store.resolve_id("assessments", args.id)
        store.get("assessments", assessment_id)
        passphrase = _passphrase(args, prompt, confirm=new_key)
        key = signer_key(name, args.role.strip(), args.organisation.strip(), passphrase,
                         args.key)
        sig = sign_assessment(store, assessment_id, args.name, args.role, args.organisation,
                              key=key)
        title = store.get("assessments", assessment_id)["title"]
        report, countersigned = None, False
        if args.pdf:
            from scfield.report.signing import signed_summary

            report, countersigned = signed_summary(store, assessment_id, args.pdf, key,
                                                   args.language)
    print(f"signed {title!r} as {sig.who()} on {sig.date}; fingerprint {sig.short}\n"
          f"full fingerprint: {sig.fingerprint}\nthe assessment is locked until amended")
    if new_key:
        print(f"made your signing key and certificate: {key.source}")
    print(f"certificate SHA-256 {certificate_sha256(key.certificate)}")
    if report is not None:
        _warn_omitted(report.title, report.omitted)
        print(f"wrote {report.path} ({report.pages} pages), digitally signed")
    elif countersigned:
        print(f"added your digital signature to {args.pdf}")
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


def cmd_signatories(args: argparse.Namespace) -> int:
    from scfield.report.signatories import (
        add_signatory,
        parse_signatory,
        remove_signatory,
        signatories_of,
    )

    if args.counterpart and args.add is None:
        args.usage_error("--counterpart goes with --add")
    with store_from_args(args) as store:
        assessment_id = store.resolve_id("assessments", args.id)
        if args.add is not None:
            added = add_signatory(store, assessment_id, *parse_signatory(args.add),
                                  counterpart=args.counterpart)
            print(f"added {added.kind} {added.name}")
        elif args.remove is not None:
            gone = remove_signatory(store, assessment_id, args.remove)
            print(f"removed {gone.kind} {gone.name}")
        current = signatories_of(store, assessment_id)
    if not current:
        print("no signatories yet: the sign-off page has one blank assessor and one blank "
              "counterpart box")
    for number, s in enumerate(current, 1):
        details = ", ".join(p for p in (s.role, s.organisation) if p)
        print(f"{number}. {s.kind}: {s.name}" + (f" — {details}" if details else ""))
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
