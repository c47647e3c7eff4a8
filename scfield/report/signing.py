"""Putting a signer's digital signature on a written summary (``sign --pdf``, ``report``).

Only a person who signed the assessment may sign its PDF: the key must be the
one whose certificate is on a current signature row. With no key file given,
the keys scfield made on this computer are looked up by their certificates
(no passphrase needed for that), and the passphrase then opens the matching one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from scfield.errors import ScfieldError
from scfield.report.keys import SignerKey, open_pkcs12, own_keys
from scfield.report.pades import sign_pdf
from scfield.report.pdf import ReportResult
from scfield.report.signoff import signatures_of
from scfield.store import Store


def _pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode().strip()


def key_of_a_signer(store: Store, assessment_id: str, key_file: str | Path | None,
                    passphrase: Callable[[], str]) -> SignerKey:
    """The key of one of the assessment's current signers, opened with ``passphrase()``
    (asked only once a key is found)."""
    row = store.get("assessments", assessment_id)
    signed = {s.certificate.strip(): s for s in signatures_of(store, assessment_id, True)
              if s.certificate}
    if row["status"] != "signed" or not signed:
        raise ScfieldError(f"assessment {row['title']!r} is not signed with a key; only a "
                           "signer of a signed assessment can sign its PDF (scfield sign)")
    if key_file:
        key = open_pkcs12(key_file, passphrase())
        if _pem(key.certificate) not in signed:
            raise ScfieldError(f"{key_file}: this key did not sign {row['title']!r}")
        return key
    mine = [p12 for p12, cert in own_keys() if _pem(cert) in signed]
    if not mine:
        raise ScfieldError(f"none of the keys on this computer signed {row['title']!r}; "
                           "give your organisation's key with --key FILE.p12")
    secret = passphrase()
    for p12 in mine[:-1]:
        try:
            return open_pkcs12(p12, secret)
        except ScfieldError:
            continue
    return open_pkcs12(mine[-1], secret)


def sign_report_pdf(result: ReportResult, key: SignerKey) -> None:
    """Add the signer's PAdES signature to a summary just written."""
    if not result.signed:
        raise ScfieldError(f"{result.path}: a draft is not signed digitally; sign the "
                           "assessment first")
    sign_pdf(result.path, key, f"Signed summary of {result.title!r}, fingerprint "
                               f"{result.fingerprint}")


def signed_summary(store: Store, assessment_id: str, out: str | Path, key: SignerKey,
                   language: str | None = None) -> tuple[ReportResult | None, bool]:
    """Write the summary to ``out`` and sign it, or countersign the one already there.

    A co-signer receives the PDF the first signer signed: if ``out`` is a summary of
    this same signed version whose signatures are intact, the new signature is added
    to it (an incremental update: the first one stays valid) instead of replacing it.
    Returns (the report written, or None when countersigned; countersigned?).
    """
    from scfield.report.fingerprint import fingerprint
    from scfield.report.pades import check_pdf_signatures
    from scfield.report.pdf import write_report
    from scfield.report.verify import fingerprint_from_pdf

    out = Path(out)
    if out.is_file():
        try:
            same = fingerprint_from_pdf(out) == fingerprint(store, assessment_id)
            checks = check_pdf_signatures(out)
        except ScfieldError:
            same, checks = False, []
        if same and checks and all(c.valid for c in checks):
            title = store.get("assessments", assessment_id)["title"]
            sign_pdf(out, key, f"Countersigned summary of {title!r}")
            return None, True
    result = write_report(store, assessment_id, out, language=language)
    sign_report_pdf(result, key)
    return result, False
