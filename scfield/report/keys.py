"""Signers' keys and certificates: what makes a signature more than a name in a database.

A signature row in the database is only as trustworthy as the database: anyone
who can write the file can recompute a fingerprint. So each signer signs with a
private key that never enters the database. The key comes either from the
organisation (``--key FILE.p12``: a PKCS#12 file holding the key and its X.509
certificate, opened with its passphrase) or, for a signer who has none, from
scfield itself: on first signing it makes a key and a self-signed certificate
and keeps them in the user's data folder (platformdirs, beside the default
database) in a PKCS#12 file encrypted with the signer's passphrase, plus the
certificate alone (``.crt``) so that a signer's key can be found without it.

The row stores the certificate and the signature over :func:`signed_message`
(the fingerprint, the assessment and who signed when); ``verify`` checks it
against that certificate. A self-signed certificate proves that the record is
unchanged since that key signed it, not who holds the key: its SHA-256 is shown
so that it can be compared with the one the signer gives.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from scfield.errors import N_, ScfieldError
from scfield.files import atomic_output
from scfield.paths import APP_NAME

MIN_PASSPHRASE = 8
CERT_YEARS = 10


@dataclass(frozen=True)
class SignerKey:
    """An opened private key with its certificate (and the chain an organisation gave)."""

    key: Any                      # RSA or EC private key (cryptography)
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()
    source: str = ""              # the file it was read from, for messages

    @property
    def certificate_pem(self) -> str:
        return self.certificate.public_bytes(serialization.Encoding.PEM).decode()

    def sign(self, message: bytes) -> bytes:
        if isinstance(self.key, rsa.RSAPrivateKey):
            return self.key.sign(message, padding.PKCS1v15(), hashes.SHA256())
        if isinstance(self.key, ec.EllipticCurvePrivateKey):
            return self.key.sign(message, ec.ECDSA(hashes.SHA256()))
        raise ScfieldError(f"{self.source}: only RSA and elliptic-curve keys can sign")


def keys_folder() -> Path:
    """Where scfield keeps the keys it made (``~/.local/share/scfield/keys`` on Linux)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "keys"


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    # Names in other scripts: a stable hex of the name keeps one file per person.
    return slug or name.encode().hex()[:40]


def own_key_path(name: str) -> Path:
    return keys_folder() / f"{_slug(name)}.p12"


def certificate_sha256(cert: x509.Certificate) -> str:
    """The certificate's SHA-256 as people compare it (AB:12:…), as browsers show it."""
    digest = cert.fingerprint(hashes.SHA256()).hex().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def certificate_subject(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


def is_self_signed(cert: x509.Certificate) -> bool:
    return cert.issuer == cert.subject


def load_certificate(pem: str) -> x509.Certificate:
    return x509.load_pem_x509_certificate(pem.encode())


def signed_message(assessment_id: str, fingerprint: str, name: str, role: str,
                   organisation: str, signed_at: str) -> bytes:
    """What a signer's key signs: the content's fingerprint and who signed it when, so
    that neither the content nor the name on the row can change unnoticed."""
    return json.dumps({"scfield-signature": 1, "assessment": assessment_id,
                       "fingerprint": fingerprint, "name": name, "role": role,
                       "organisation": organisation, "signed_at": signed_at},
                      sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def signature_verifies(cert: x509.Certificate, message: bytes, signature: bytes) -> bool:
    public = cert.public_key()
    try:
        if isinstance(public, rsa.RSAPublicKey):
            public.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
        elif isinstance(public, ec.EllipticCurvePublicKey):
            public.verify(signature, message, ec.ECDSA(hashes.SHA256()))
        else:
            return False
    except InvalidSignature:
        return False
    return True


def open_pkcs12(path: str | Path, passphrase: str) -> SignerKey:
    """A PKCS#12 file's key and certificate; a clear error for a wrong passphrase."""
    path = Path(path).expanduser()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ScfieldError(f"{path}: cannot read the key file ({exc.strerror})") from None
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, passphrase.encode())
    except ValueError:
        raise ScfieldError(f"{path}: wrong passphrase, or not a PKCS#12 key file") from None
    if key is None or cert is None:
        raise ScfieldError(f"{path}: the PKCS#12 file holds no private key and certificate")
    return SignerKey(key, cert, tuple(extra or ()), str(path))


def _new_certificate(key: rsa.RSAPrivateKey, name: str, role: str, organisation: str
                     ) -> x509.Certificate:
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    if role:
        attributes.append(x509.NameAttribute(NameOID.TITLE, role))
    subject = x509.Name(attributes)
    start = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    return (x509.CertificateBuilder()
            .subject_name(subject).issuer_name(subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start)
            .not_valid_after(start + dt.timedelta(days=365 * CERT_YEARS))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=True, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=False,
                crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                           critical=False)
            .sign(key, hashes.SHA256()))


def create_own_key(name: str, role: str, organisation: str, passphrase: str) -> SignerKey:
    """Make the signer's key and self-signed certificate and keep them, encrypted."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise ScfieldError(f"the passphrase protecting a new signing key needs at least "
                           f"{MIN_PASSPHRASE} characters")
    path = own_key_path(name)
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    cert = _new_certificate(key, name, role, organisation)
    data = pkcs12.serialize_key_and_certificates(
        name.encode(), key, cert, None,
        serialization.BestAvailableEncryption(passphrase.encode()))
    with atomic_output(path, N_("the signing key")) as f:
        f.write(data)
    path.chmod(0o600)
    with atomic_output(path.with_suffix(".crt"), N_("the certificate")) as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    return SignerKey(key, cert, (), str(path))


def signer_key(name: str, role: str, organisation: str, passphrase: str,
               key_file: str | Path | None = None) -> SignerKey:
    """The key a signer signs with: the organisation's ``key_file``, else the one scfield
    made for this name (made now, on first signing)."""
    if key_file:
        return open_pkcs12(key_file, passphrase)
    path = own_key_path(name)
    if path.exists():
        return open_pkcs12(path, passphrase)
    return create_own_key(name, role, organisation, passphrase)


def own_keys() -> list[tuple[Path, x509.Certificate]]:
    """The keys scfield made on this computer, by their certificates (no passphrase)."""
    found = []
    for crt in sorted(keys_folder().glob("*.crt")):
        p12 = crt.with_suffix(".p12")
        try:
            found.append((p12, load_certificate(crt.read_text())))
        except (OSError, ValueError):
            continue
        if not p12.exists():
            found.pop()
    return found


def read_passphrase_file(path: str | Path) -> str:
    """The first line of a passphrase file (a trailing newline is not part of it)."""
    path = Path(path).expanduser()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ScfieldError(f"{path}: cannot read the passphrase file ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise ScfieldError(f"{path}: the passphrase file is not UTF-8 text") from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise ScfieldError(f"{path}: the passphrase file is empty")
    return lines[0]
