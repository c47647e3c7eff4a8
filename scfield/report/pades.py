"""The PDF's own digital signature (PAdES), written and checked with pyHanko.

A code printed on a page says which record the page claims to show; it cannot
say whether the page still shows it (anyone can edit a PDF's text and leave the
code alone). A PAdES signature covers every byte of the file as it was signed:
any PDF reader (``pdfsig``, Acrobat) then says whether the document was changed
since, and ``scfield verify`` says it too. Each signer's signature is an
incremental update, so a co-signer's signature keeps the first one valid.
The signature is invisible: it adds no mark over the page's content.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from scfield.errors import N_, ScfieldError
from scfield.files import atomic_output
from scfield.report.keys import SignerKey, certificate_subject


def _asn1_cert(cert: x509.Certificate):  # noqa: ANN202 - asn1crypto has no stubs
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def sign_pdf(path: str | Path, key: SignerKey, reason: str) -> None:
    """Add ``key``'s PAdES signature to the PDF at ``path`` (replaced atomically)."""
    from asn1crypto import keys as asn1_keys
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    path = Path(path)
    source = io.BytesIO(path.read_bytes())
    der = key.key.private_bytes(serialization.Encoding.DER,
                                serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    signer = signers.SimpleSigner(
        signing_cert=_asn1_cert(key.certificate),
        signing_key=asn1_keys.PrivateKeyInfo.load(der),
        cert_registry=SimpleCertificateStore.from_certs(
            [_asn1_cert(c) for c in key.chain]))
    writer = IncrementalPdfFileWriter(source, strict=False)
    existing = sum(1 for _ in fields.enumerate_sig_fields(writer.prev))
    meta = signers.PdfSignatureMetadata(
        field_name=f"scfield-signature-{existing + 1}", md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES, reason=reason,
        name=certificate_subject(key.certificate))
    out = io.BytesIO()
    signers.sign_pdf(writer, meta, signer=signer, output=out)
    with atomic_output(path, N_("the signed report")) as f:
        f.write(out.getvalue())


@dataclass(frozen=True)
class PdfSignatureCheck:
    """One embedded signature: is it intact, and does it cover the whole document?"""

    signer: str
    certificate: x509.Certificate | None
    intact: bool            # the bytes it covers are those that were signed
    whole_document: bool    # nothing but allowed updates (other signatures) came after it
    problem: str = ""

    @property
    def valid(self) -> bool:
        return self.intact and self.whole_document and not self.problem


def check_pdf_signatures(path: str | Path) -> list[PdfSignatureCheck]:
    """Every PAdES signature in the PDF, checked; [] when the PDF carries none."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    path = Path(path)
    try:
        with path.open("rb") as f:
            reader = PdfFileReader(f, strict=False)
            embedded = list(reader.embedded_signatures)
            checks = []
            for sig in embedded:
                cert = x509.load_der_x509_certificate(sig.signer_cert.dump())
                # Trust the signer's own certificate: whether it is the record's signer
                # is checked by the caller; here only integrity and coverage count.
                context = ValidationContext(trust_roots=[sig.signer_cert],
                                            allow_fetching=False)
                try:
                    status = validate_pdf_signature(sig, context)
                except Exception as exc:  # noqa: BLE001 - a damaged signature is an answer
                    checks.append(PdfSignatureCheck(certificate_subject(cert), cert, False,
                                                    False, f"cannot be checked ({exc})"))
                    continue
                whole = status.coverage in (SignatureCoverageLevel.ENTIRE_FILE,
                                            SignatureCoverageLevel.ENTIRE_REVISION) and (
                    status.coverage == SignatureCoverageLevel.ENTIRE_FILE
                    or status.docmdp_ok is not False)
                problem = ""
                if status.intact and not status.valid:
                    problem = "its cryptographic signature does not verify"
                checks.append(PdfSignatureCheck(certificate_subject(cert), cert,
                                                bool(status.intact), bool(whole), problem))
            return checks
    except ScfieldError:
        raise
    except Exception as exc:  # noqa: BLE001 - damaged beyond reading
        raise ScfieldError(f"{path}: the PDF's signatures cannot be read ({exc})") from None
