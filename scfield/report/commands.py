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

from scfield.commands.common import (
    STATUS_WORDS,
    add_language_option,
    cli_messages,
    store_from_args,
)
from scfield.errors import N_
from scfield.messages import cli_language

# A signatory's kind, as the sign-off page words it.
KINDS = {"assessor": N_("assessor"), "counterpart": N_("counterpart")}
ADDED = {"assessor": N_("added assessor {name}"), "counterpart": N_("added counterpart {name}")}
REMOVED = {"assessor": N_("removed assessor {name}"),
           "counterpart": N_("removed counterpart {name}")}


def register(sub: argparse._SubParsersAction) -> None:
    m = cli_messages()
    p = sub.add_parser("report", help=m("write an assessment's summary report as PDF "
                                        "(or --all: one PDF per assessment)"))
    p.add_argument("id", nargs="?", help=m("assessment id (any unique prefix)"))
    p.add_argument("out", nargs="?", metavar="OUT.pdf", help=m("the PDF file to write"))
    p.add_argument("--all", metavar="DIR", dest="all_dir",
                   help=m("write one PDF per assessment into this folder"))
    add_language_option(p, m("the report"))
    p.add_argument("--sign", action="store_true",
                   help=m("digitally sign the PDF with your key (you signed the assessment); "
                          "asks the passphrase"))
    add_key_options(p)
    p.set_defaults(handler=cmd_report, usage_error=p.error)

    p = sub.add_parser("sign", help=m("sign an assessment as it is now and lock it"))
    p.add_argument("id", help=m("assessment id (any unique prefix)"))
    p.add_argument("--name", required=True, help=m("the signer's name"))
    p.add_argument("--role", required=True, help=m("the signer's role, e.g. Team Leader"))
    p.add_argument("--organisation", default="", help=m("the signer's organisation"))
    add_key_options(p)
    p.add_argument("--pdf", metavar="OUT.pdf",
                   help=m("also write the signed summary, carrying your digital signature "
                          "(if OUT.pdf is this version's summary signed by another signer: "
                          "add your signature to it)"))
    add_language_option(p, m("the PDF"))
    p.set_defaults(handler=cmd_sign)

    p = sub.add_parser("amend", help=m("unlock a signed assessment for changes (needs a reason)"))
    p.add_argument("id", help=m("assessment id (any unique prefix)"))
    p.add_argument("--reason", required=True, help=m("why it is amended (kept in the history)"))
    p.set_defaults(handler=cmd_amend)

    p = sub.add_parser("verify", help=m("check a printed code or a PDF against the signed record"))
    p.add_argument("code_or_pdf", metavar="CODE_OR_PDF",
                   help=m("the fingerprint from a page footer or QR code, or a PDF file"))
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("roadmap", help=m("show or set the short/medium/long-term roadmap "
                                         "printed in the report"))
    p.add_argument("id", help=m("assessment id (any unique prefix)"))
    p.add_argument("--short", help=m("short-term actions"))
    p.add_argument("--medium", help=m("medium-term actions"))
    p.add_argument("--long", help=m("long-term actions"))
    p.set_defaults(handler=cmd_roadmap)

    p = sub.add_parser("signatories", help=m("who is to sign the summary: list, add or remove "
                                             "assessors and counterparts"))
    p.add_argument("id", help=m("assessment id (any unique prefix)"))
    action = p.add_mutually_exclusive_group()
    action.add_argument("--add", metavar="NAME|ROLE|ORGANISATION",
                        help=m('add a signatory, e.g. "Keiko Tanabe|Team Leader|JICA"'))
    action.add_argument("--remove", metavar="N", type=int,
                        help=m("remove the signatory numbered N in --list"))
    action.add_argument("--list", action="store_true",
                        help=m("list the signatories (the default)"))
    p.add_argument("--counterpart", action="store_true",
                   help=m("with --add: the signatory is the city's or country's counterpart "
                          "(default: an assessor)"))
    p.set_defaults(handler=cmd_signatories, usage_error=p.error)

    p = sub.add_parser("signatures", help=m("the signatures of an assessment, with amendments"))
    p.add_argument("id", help=m("assessment id (any unique prefix)"))
    p.set_defaults(handler=cmd_signatures)


def add_key_options(p: argparse.ArgumentParser) -> None:
    m = cli_messages()
    p.add_argument("--key", metavar="FILE.p12",
                   help=m("sign with your organisation's key and certificate (PKCS#12 file) "
                          "instead of the key scfield made for you"))
    p.add_argument("--passphrase-file", metavar="FILE",
                   help=m("read the key's passphrase from the first line of FILE "
                          "(default: ask for it)"))


def _passphrase(args: argparse.Namespace, prompt: str, confirm: bool = False) -> str:
    """From --passphrase-file, else asked on the terminal; never waits on a pipe."""
    import getpass

    from scfield.errors import N_, ScfieldError
    from scfield.report.keys import read_passphrase_file

    if args.passphrase_file:
        return read_passphrase_file(args.passphrase_file)
    if not sys.stdin.isatty():
        raise ScfieldError(N_("signing needs the passphrase of your key and there is no "
                              "terminal to ask it on; give it with --passphrase-file FILE"))
    m = cli_messages()
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(m("Type it again: ")) != first:
        raise ScfieldError(N_("the two passphrases differ; nothing was signed"))
    return first


def _warn_omitted(title: str, omitted: str) -> None:
    if omitted:
        m = cli_messages()
        print("scfield: " + m("warning: {title}: text the PDF cannot print was replaced by a "
                              "marker: {omitted}", title=title, omitted=omitted),
              file=sys.stderr)


def cmd_report(args: argparse.Namespace) -> int:
    from scfield.progress import Progress
    from scfield.report.pdf import write_report, write_reports
    from scfield.report.signoff import signatures_of

    m = cli_messages()
    if args.all_dir:
        if args.sign or args.key or args.passphrase_file:
            args.usage_error(m("a digital signature goes on one report: give an assessment "
                               "id and OUT.pdf, not --all"))
        if args.id or args.out:
            args.usage_error(m("give either an assessment id and OUT.pdf, or --all DIR"))

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
            pages = m.plural(r.pages, "{n} page", "{n} pages")
            print(f"{r.path}  {pages}  {m('signed') if r.signed else m('draft')}")
        print(m.plural(len(results), "wrote {n} report to {folder}",
                       "wrote {n} reports to {folder}", folder=args.all_dir))
        return 0
    if not args.id or not args.out:
        args.usage_error(m("report needs an assessment id and the PDF file to write "
                           "(or --all DIR)"))
    signing = args.sign or args.key or args.passphrase_file
    with store_from_args(args) as store:
        assessment_id = store.resolve_id("assessments", args.id)
        key = None
        if signing:
            from scfield.report.signing import key_of_a_signer

            key = key_of_a_signer(store, assessment_id, args.key, lambda: _passphrase(
                args, m("Passphrase of your signing key: ")))
        result = write_report(store, assessment_id, args.out, language=args.language)
        keyed = [] if key is not None or not result.signed else [
            s for s in signatures_of(store, assessment_id, current_only=True) if s.certificate]
    _warn_omitted(result.title, result.omitted)
    from scfield.report.fingerprint import short_code

    if key is not None:
        from scfield.report.signing import sign_report_pdf

        sign_report_pdf(result, key)
    print(m.plural(result.pages, "wrote {path} ({n} page, {status}, fingerprint {code})",
                   "wrote {path} ({n} pages, {status}, fingerprint {code})", path=result.path,
                   status=m("signed") if result.signed else m("draft"),
                   code=short_code(result.fingerprint)))
    if key is not None:
        from scfield.report.keys import certificate_subject

        print(m("digitally signed by {signer}", signer=certificate_subject(key.certificate)))
    elif keyed:
        print(m("note: this PDF is not digitally signed, so 'scfield verify' will not vouch "
                "for its pages; {signer} (or another signer) prints it with "
                "--passphrase-file F to add the digital signature", signer=keyed[0].name))
    return 0


def cmd_sign(args: argparse.Namespace) -> int:
    from scfield.report.keys import certificate_sha256, own_key_path, signer_key
    from scfield.report.signoff import sign_assessment, signer_name

    m = cli_messages()
    name = signer_name(args.name)
    new_key = not args.key and not own_key_path(name).exists()
    prompt = (m("New passphrase for the signing key of {name}: ", name=name) if new_key
              else m("Passphrase of the signing key: "))
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
    print(m("signed {title} as {signer} on {date}; fingerprint {code}", title=repr(title),
            signer=sig.who(), date=sig.date, code=sig.short))
    print(m("full fingerprint: {fingerprint}", fingerprint=sig.fingerprint))
    print(m("the assessment is locked until amended"))
    if new_key:
        print(m("made your signing key and certificate: {path}", path=key.source))
    print(m("certificate SHA-256 {sha}", sha=certificate_sha256(key.certificate)))
    if report is not None:
        _warn_omitted(report.title, report.omitted)
        print(m.plural(report.pages, "wrote {path} ({n} page), digitally signed",
                       "wrote {path} ({n} pages), digitally signed", path=report.path))
    elif countersigned:
        print(m("added your digital signature to {path}", path=args.pdf))
    return 0


def cmd_amend(args: argparse.Namespace) -> int:
    from scfield.report.signoff import amend_assessment

    with store_from_args(args) as store:
        assessment_id = store.resolve_id("assessments", args.id)
        old = amend_assessment(store, assessment_id, args.reason)
        title = store.get("assessments", assessment_id)["title"]
    codes = ", ".join(sorted({s.short for s in old}))
    m = cli_messages()
    print(m("amended {title}: it can be edited again and prints as DRAFT until signed again "
            "(the signed version {codes} stays in the history)", title=repr(title),
            codes=codes))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from scfield.report.verify import verify

    with store_from_args(args) as store:
        result = verify(store, args.code_or_pdf)
    print(result.text(cli_messages()))
    return 0 if result.matches else 1


def cmd_roadmap(args: argparse.Namespace) -> int:
    from scfield.report.signoff import roadmap_of, set_roadmap

    m = cli_messages()
    with store_from_args(args) as store:
        assessment_id = store.resolve_id("assessments", args.id)
        if any(v is not None for v in (args.short, args.medium, args.long)):
            changed = set_roadmap(store, assessment_id, args.short, args.medium, args.long)
            print(m("roadmap saved") if changed else m("roadmap unchanged"))
        road = roadmap_of(store, assessment_id)
    for key, label in (("short_term", m("Short term")), ("medium_term", m("Medium term")),
                       ("long_term", m("Long term"))):
        print(label + m(": ") + (road[key] or m("(not written)")))
    return 0


def cmd_signatories(args: argparse.Namespace) -> int:
    from scfield.report.signatories import (
        add_signatory,
        parse_signatory,
        remove_signatory,
        signatories_of,
    )

    m = cli_messages()
    if args.counterpart and args.add is None:
        args.usage_error(m("--counterpart goes with --add"))
    with store_from_args(args) as store:
        assessment_id = store.resolve_id("assessments", args.id)
        if args.add is not None:
            added = add_signatory(store, assessment_id, *parse_signatory(args.add),
                                  counterpart=args.counterpart)
            print(m(ADDED[added.kind], name=added.name))
        elif args.remove is not None:
            gone = remove_signatory(store, assessment_id, args.remove)
            print(m(REMOVED[gone.kind], name=gone.name))
        current = signatories_of(store, assessment_id)
    if not current:
        print(m("no signatories yet: the sign-off page has one blank assessor and one blank "
                "counterpart box"))
    for number, s in enumerate(current, 1):
        details = ", ".join(p for p in (s.role, s.organisation) if p)
        print(f"{number}. " + m(KINDS[s.kind]) + m(": ") + s.name
              + (f" — {details}" if details else ""))
    return 0


def cmd_signatures(args: argparse.Namespace) -> int:
    from scfield.report.signoff import signatures_of

    with store_from_args(args) as store:
        assessment_id = store.resolve_id("assessments", args.id)
        sigs = signatures_of(store, assessment_id)
        status = store.get("assessments", assessment_id)["status"]
    m = cli_messages()
    print(m("status: {status}", status=m(STATUS_WORDS.get(status, status))))
    if not sigs:
        print(m("not signed yet"))
    for s in sigs:
        line = f"{s.short}  {s.date}  {s.who()}"
        if s.superseded_at:
            line += "  — " + m("amended {date} by {who}: {reason}", date=s.superseded_at[:10],
                               who=s.amended_by, reason=s.amend_reason)
        print(line)
    return 0
