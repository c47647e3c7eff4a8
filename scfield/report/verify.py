"""Does a printed page (or its PDF) still match the record? ``scfield verify``.

The question comes with a code read off a page footer (short form), scanned
from the QR code (full form), or a PDF file. Three checks answer it, and the
answer says which one failed:

* the PDF's own digital signature (PAdES, ``scfield.report.pades``): is every
  byte of the file the one the signer's key signed? Only a PDF file has one;
  a code typed from paper skips it.
* the fingerprint against the record: is the content in the database the
  content that was signed? If not, what changed since.
* each signature row against the signer's certificate: does the key's
  signature over the fingerprint (and who signed when) verify? A row rewritten
  in the database (a recomputed fingerprint) no longer does: FORGED.

The PDF carries the full fingerprint in its metadata (``/Keywords``) and, as
text, on its sign-off page and in every footer: the metadata is read first,
then the page text (with pypdf), so that a PDF whose metadata was stripped by
another program still verifies. The footer's label is in the report's
language, so the short code is looked for after the label in any language
scfield prints, or alone in its own text run.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from scfield.errors import N_, ScfieldError, Text
from scfield.i18n import LANGUAGES
from scfield.messages import ENGLISH, Messages, messages
from scfield.report.fingerprint import (
    canonical_content,
    describe_changes,
    fingerprint_of,
    is_code,
    normalise_code,
    short_code,
)
from scfield.report.pades import PdfSignatureCheck, check_pdf_signatures
from scfield.report.signoff import Signature
from scfield.store import Store

KEYWORD = "scfield-fingerprint"
_FULL_TAGGED = re.compile(rb"scfield-fingerprint[:=]\s*([0-9a-fA-F]{64})")
_FULL_TEXT = re.compile(rb"(?<![0-9a-fA-F])([0-9a-fA-F]{64})(?![0-9a-fA-F])")
_CODE = rb"([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})"


@dataclass(frozen=True)
class Check:
    """One of the checks ``verify`` made: its name, whether it passed, and what it means
    (in words rendered in the reader's language where they are shown)."""

    label: Text
    ok: bool | None   # None: not applicable or not possible (no PDF signature, no key)
    says: Text

    @property
    def name(self) -> str:
        return str(self.label)

    @property
    def text(self) -> str:
        return str(self.says)

    def line(self, m: Messages = ENGLISH) -> str:
        mark = {True: m("ok"), False: m("FAILED"), None: "--"}[self.ok]
        said = m(": ").join((self.label.render(m), self.says.render(m)))
        return f"  [{mark}] {said}"


@dataclass(frozen=True)
class VerifyResult:
    """The answer ``scfield verify`` prints; ``matches`` decides the exit status."""

    matches: bool
    code: str
    verdict: Text
    assessment_id: str | None = None
    title: str | None = None
    signers: tuple[Signature, ...] = ()
    changed: tuple[Text, ...] = field(default=())   # what changed since signing
    checks: tuple[Check, ...] = field(default=())
    # The code names a signed record, but the PDF carries no digital signature although
    # the record was signed with a key: nothing vouches for its pages.
    pages_unchecked: bool = False

    @property
    def message(self) -> str:
        """The verdict in English."""
        return str(self.verdict)

    @property
    def changes(self) -> tuple[str, ...]:
        """What changed since signing, in English (``text(m)`` renders it in any language)."""
        return tuple(str(c) for c in self.changed)

    def text(self, m: Messages = ENGLISH) -> str:
        """The verdict, what changed and each check, in the language of ``m``."""
        lines = [self.verdict.render(m)] + [f"  - {c.render(m)}" for c in self.changed]
        if self.checks:
            lines += [m("checks:")] + [c.line(m) for c in self.checks]
        return "\n".join(lines)

    def failed(self) -> list[str]:
        return [c.name for c in self.checks if c.ok is False]


def fingerprint_from_pdf(path: str | Path) -> str:
    """The fingerprint printed in a scfield PDF: full (64 hex) or, failing that, short."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ScfieldError(f"{path}: cannot read the file ({exc.strerror})") from None
    if not data.startswith(b"%PDF"):
        raise ScfieldError(f"{path}: not a PDF file")
    found = _FULL_TAGGED.search(data)
    if found:
        return found.group(1).decode().lower()
    from pypdf import PdfReader

    try:
        reader = PdfReader(path)
        keywords = str((reader.metadata or {}).get("/Keywords") or "")
        found = _FULL_TAGGED.search(keywords.encode())
        if found:
            return found.group(1).decode().lower()
        text = "\n".join(p.extract_text() or "" for p in reader.pages)
    except Exception as exc:  # noqa: BLE001 - any damage: one line naming the file
        raise ScfieldError(f"{path}: the PDF cannot be read ({exc})") from None
    for pattern in (_FULL_TAGGED, _FULL_TEXT, _short_text()):
        found = pattern.search(text.encode())
        if found:
            return normalise_code(found.group(1).decode())
    raise ScfieldError(f"{path}: no scfield fingerprint found in this PDF")


@cache
def _short_text() -> re.Pattern[bytes]:
    """The short code after the footer's label in any shipped language ("Fingerprint",
    "Empreinte", …), or as a string of its own in a page's text (``(3C13-…) Tj``)."""
    labels = sorted({re.escape(messages(code)("Fingerprint").encode()) for code in LANGUAGES})
    return re.compile(rb"(?:(?:" + b"|".join(labels) + rb"):?\s*|\()" + _CODE)


def _and(items: list[str]) -> str | Text:
    """"A", "A and B", "A, B and C" in the reader's language."""
    if len(items) == 1:
        return items[0]
    return Text(N_("{items} and {last}"), items=", ".join(items[:-1]), last=items[-1])


def _signers_text(signers: list[Signature]) -> Text:
    return Text(N_("signed by {names} on {dates}"), names=_and([s.who() for s in signers]),
                dates=_and(sorted({s.date for s in signers})))


def verify(store: Store, code_or_pdf: str) -> VerifyResult:
    """Check a fingerprint code, or a PDF, against the signatures in the database."""
    arg = code_or_pdf.strip()
    path = Path(arg).expanduser()
    pdf_checks: list[PdfSignatureCheck] | None = None
    if path.is_file():
        code = fingerprint_from_pdf(path)
        pdf_checks = check_pdf_signatures(path)
    elif is_code(arg):
        code = normalise_code(arg)
    elif arg.lower().endswith(".pdf") or "/" in arg or "\\" in arg:
        raise ScfieldError(f"{arg}: no such file")
    else:
        raise ScfieldError(f"{arg!r} is neither a fingerprint code (e.g. 3F2A-91C0-77DE-0B14) "
                           "nor a PDF file")
    shown = short_code(code) if len(code) >= 16 else code.upper()
    rows = store.query("SELECT * FROM signatures WHERE fingerprint >= ? AND fingerprint < ? "
                       "ORDER BY signed_at, id", [code, code + "g"])
    if not rows:
        return _unsigned(store, code, shown, pdf_checks)
    fingerprints = {r["fingerprint"] for r in rows}
    if len(fingerprints) > 1:
        raise ScfieldError(f"more than one signed version starts with {shown}; "
                           "give the full code from the QR code")
    assessment_id = rows[-1]["assessment_id"]
    signers = [Signature.from_row(r) for r in rows if r["assessment_id"] == assessment_id]
    assessment = store.get("assessments", assessment_id)
    title = assessment["title"]
    current = canonical_content(store, assessment_id)
    by = _signers_text(signers)
    checks = ([] if pdf_checks is None else [_pdf_check(pdf_checks, signers)])
    key_checks = [_key_check(s) for s in signers]
    same = fingerprint_of(current) == signers[0].fingerprint
    checks.append(Check(Text(N_("fingerprint")), same, Text(
        N_("the content in the database is the content that was signed") if same else
        N_("the content in the database has changed since it was signed"))))
    checks += key_checks
    forged = [s for s, c in zip(signers, key_checks, strict=True) if c.ok is False]
    if forged:
        return VerifyResult(False, shown, Text(N_(
            "FORGED: the signature record of {names} on {title} does not verify against the "
            "signer's certificate: the record was written or changed without the signer's "
            "key"), names=", ".join(s.who() for s in forged), title=repr(title)),
            assessment_id, title, tuple(signers), (), tuple(checks))
    altered = checks[0].ok is False and pdf_checks is not None
    unsigned_copy = altered and not pdf_checks
    if same:
        verdict = Text(N_("matches {title} {by}"), title=repr(title), by=by)
        if all(s.superseded_at for s in signers) and assessment["status"] != "signed":
            last = signers[-1]
            verdict = Text(N_("{verdict}; note: amended on {date} ({reason}) but not changed "
                              "since"), verdict=verdict, date=last.superseded_at[:10],
                           reason=last.amend_reason)
        if unsigned_copy:
            return VerifyResult(False, shown, Text(N_(
                "NOT CHECKED: the code in this PDF names a record that {verdict}, but this PDF "
                "carries no digital signature, so its pages may have been changed; ask for "
                "the digitally signed PDF"), verdict=verdict), assessment_id, title,
                tuple(signers), (), tuple(checks), pages_unchecked=True)
        if altered:
            return VerifyResult(False, shown, Text(N_(
                "ALTERED: this PDF is not the one that was signed ({why}); the record it "
                "names {verdict}"), why=checks[0].says, verdict=verdict),
                assessment_id, title, tuple(signers), (), tuple(checks))
        return VerifyResult(True, shown, verdict, assessment_id, title, tuple(signers), (),
                            tuple(checks))
    old = json.loads(rows[-1]["content"])
    changes = describe_changes(old, current)
    parts = [Text(N_("does not match: {title} has changed since it was {by}"),
                  title=repr(title), by=by)]
    amended = [s for s in signers if s.superseded_at]
    if amended:
        parts.append(Text(N_("amended on {date} by {who}: {reason}"),
                          date=amended[-1].superseded_at[:10],
                          who=amended[-1].amended_by or Text(N_("unknown")),
                          reason=amended[-1].amend_reason))
    later = store.query("SELECT * FROM signatures WHERE assessment_id = ? AND signed_at > ? "
                        "AND fingerprint != ? ORDER BY signed_at DESC LIMIT 1",
                        [assessment_id, signers[-1].signed_at, signers[0].fingerprint])
    if later:
        newer = Signature.from_row(later[0])
        parts.append(Text(N_("a later version ({code}) was {by}"), code=newer.short,
                          by=_signers_text([newer])))
    # The parts are joined with "; " in the reader's language (``Text`` joins a list so).
    verdict = Text(N_("{verdict}. Changes since signing ({n}):"), verdict=parts,
                   n=len(changes))
    if unsigned_copy:
        verdict = Text(N_("NOT CHECKED: this PDF carries no digital signature; also, "
                          "{verdict}"), verdict=verdict)
    elif altered:
        verdict = Text(N_("ALTERED: this PDF is not the one that was signed; also, {verdict}"),
                       verdict=verdict)
    return VerifyResult(False, shown, verdict, assessment_id, title, tuple(signers),
                        tuple(changes), tuple(checks))


def _key_check(sig: Signature) -> Check:
    """Does the row's key signature verify against the certificate it carries?"""
    from scfield.report.keys import (
        certificate_sha256,
        is_self_signed,
        load_certificate,
        signature_verifies,
    )

    name = Text(N_("signature record of {name}"), name=sig.name)
    if not sig.certificate and not sig.key_signature:
        return Check(name, None, Text(N_("recorded without a key (signed before scfield "
                                         "signed with keys): it is only as trustworthy as "
                                         "the database")))
    try:
        cert = load_certificate(sig.certificate)
        raw = base64.b64decode(sig.key_signature, validate=True)
    except (ValueError, binascii.Error):
        return Check(name, False, Text(N_("FORGED: its certificate or key signature is "
                                          "damaged")))
    if not signature_verifies(cert, sig.message(), raw):
        return Check(name, False, Text(N_(
            "FORGED: the key signature does not verify against the certificate: the "
            "fingerprint, the signer or the date was changed")))
    kind = (Text(N_("self-signed certificate")) if is_self_signed(cert) else
            Text(N_("certificate issued by {issuer}"), issuer=cert.issuer.rfc4514_string()))
    return Check(name, True, Text(N_("the key signed this fingerprint ({kind}, SHA-256 "
                                     "{sha})"), kind=kind, sha=certificate_sha256(cert)))


def _pdf_check(found: list[PdfSignatureCheck], signers: list[Signature]) -> Check:
    """The PDF's own signatures: intact, covering the document, by a signer of the record."""
    name = Text(N_("PDF signature"))
    keyed = [s for s in signers if s.certificate]
    if not found and keyed:
        return Check(name, False, Text(N_(
            "MISSING: {signer} signed this record with a key, but this PDF carries no "
            "digital signature, so nothing shows its pages are the ones signed (a signature "
            "removed, or a copy printed by someone who did not sign): ask for the digitally "
            "signed PDF"), signer=keyed[0].who()))
    if not found:
        return Check(name, None, Text(N_("this PDF is not digitally signed: only the code "
                                         "printed in it is checked, not its pages")))
    broken = [c for c in found if not c.intact]
    if broken:
        return Check(name, False, Text(N_("ALTERED: the PDF was changed after {signer} signed "
                                          "it (its bytes no longer match the signature)"),
                                       signer=broken[0].signer))
    bad = [c for c in found if c.problem]
    if bad:
        return Check(name, False, Text(N_("the signature of {signer} {problem}"),
                                       signer=bad[0].signer, problem=bad[0].problem))
    later = [c for c in found if not c.whole_document]
    if later:
        return Check(name, False, Text(N_("ALTERED: the document was modified after {signer} "
                                          "signed it"), signer=later[0].signer))
    certificates = {s.certificate.strip() for s in signers if s.certificate}
    from scfield.report.keys import certificate_sha256

    strangers = [c for c in found if c.certificate is None or _pem(c) not in certificates]
    if strangers:
        return Check(name, False, Text(N_("signed by {signer}, whose certificate did not sign "
                                          "this record"), signer=strangers[0].signer))
    shas = ", ".join(certificate_sha256(c.certificate) for c in found if c.certificate)
    return Check(name, True, Text(N_("valid: the PDF is unchanged since {signers} signed it "
                                     "(certificate SHA-256 {sha})"),
                                  signers=_and([c.signer for c in found]), sha=shas))


def _pem(check: PdfSignatureCheck) -> str:
    from cryptography.hazmat.primitives import serialization

    assert check.certificate is not None
    return check.certificate.public_bytes(serialization.Encoding.PEM).decode().strip()


def _unsigned(store: Store, code: str, shown: str,
              pdf_checks: list[PdfSignatureCheck] | None = None) -> VerifyResult:
    checks = () if pdf_checks is None else (_pdf_check(pdf_checks, []),)
    for row in store.query("SELECT id, title, status FROM assessments ORDER BY title"):
        current = fingerprint_of(canonical_content(store, row["id"]))
        if current.startswith(code):
            return VerifyResult(False, shown, Text(N_(
                "not signed: {code} is the fingerprint of the current, unsigned content of "
                "{title} ({status}); there is no signature to verify"), code=shown,
                title=repr(row["title"]), status=row["status"]), row["id"], row["title"],
                checks=checks)
    return VerifyResult(False, shown, Text(N_(
        "does not match: no assessment in this database was signed with the fingerprint "
        "{code}, and none has that content now"), code=shown), checks=checks)
