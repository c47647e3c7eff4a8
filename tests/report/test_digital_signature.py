"""Signed summaries a counterpart can check: keys, PAdES signatures, pdfsig, forgeries."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from scfield.report.fingerprint import fingerprint_of, serialise
from scfield.store import Store

Cli = Callable[..., subprocess.CompletedProcess[str]]
pytestmark = pytest.mark.skipif(
    not Path("/usr/bin/pdfsig").exists() or not Path("/usr/bin/qpdf").exists(),
    reason="needs pdfsig (Debian poppler-utils) and qpdf")


def pdfsig(path: Path) -> str:
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True,
                          timeout=60).stdout


def sign_cli(cli: Cli, short: str, passphrase: Path, *extra: str,
             name: str = "Keiko Tanabe") -> subprocess.CompletedProcess[str]:
    return cli("sign", short, "--name", name, "--role", "Team Leader", "--organisation",
               "JICA", "--passphrase-file", str(passphrase), *extra)


def flip_content_byte(pdf: Path, out: Path) -> None:
    """One byte changed inside the first page's compressed content stream."""
    data = bytearray(pdf.read_bytes())
    start = data.index(b"stream\n", data.index(b"/Filter")) + len(b"stream\n")
    data[start + 40] ^= 0x01
    out.write_bytes(bytes(data))


def test_signed_pdf_is_valid_for_pdfsig_and_one_changed_byte_is_not(
        cli: Cli, first_demo: str, tmp_path: Path, passphrase_file: Path,
        own_keys_folder: Path) -> None:
    pdf = tmp_path / "signed.pdf"
    run = sign_cli(cli, first_demo[:8], passphrase_file, "--pdf", str(pdf))
    assert run.returncode == 0, run.stderr
    assert "made your signing key" in run.stdout and "digitally signed" in run.stdout
    key_file = own_keys_folder / "scfield" / "keys" / "keiko-tanabe.p12"
    assert key_file.exists() and key_file.stat().st_mode & 0o077 == 0
    report = pdfsig(pdf)
    assert "Signer Certificate Common Name: Keiko Tanabe" in report
    assert "Signature Validation: Signature is Valid." in report
    assert "Total document signed" in report
    run = cli("verify", str(pdf))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "[ok] PDF signature: valid: the PDF is unchanged since Keiko Tanabe" in run.stdout
    assert "[ok] signature record of Keiko Tanabe: the key signed" in run.stdout

    changed = tmp_path / "changed.pdf"
    flip_content_byte(pdf, changed)
    assert "Signature Validation: Digest Mismatch." in pdfsig(changed)
    run = cli("verify", str(changed))
    assert run.returncode == 1
    assert run.stdout.startswith("ALTERED: this PDF is not the one that was signed")
    assert "[FAILED] PDF signature: ALTERED: the PDF was changed after Keiko Tanabe" \
        in run.stdout
    assert "[ok] fingerprint" in run.stdout  # the record itself is fine: the PDF is not


def test_qpdf_forged_score_is_detected(cli: Cli, demo_store: Store, tmp_path: Path,
                                       passphrase_file: Path) -> None:
    """Replace 2.18 by 3.91 in the page text of the Da Nang re-assessment (score 2.18)."""
    reassessment = demo_store.query("SELECT id FROM assessments WHERE title LIKE "
                                    "'Da Nang%Re-assessment%'")[0]["id"]
    pdf = tmp_path / "signed.pdf"
    assert sign_cli(cli, reassessment[:8], passphrase_file, "--pdf",
                    str(pdf)).returncode == 0
    qdf = tmp_path / "qdf.pdf"
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(pdf), str(qdf)],
                   check=True)
    data = qdf.read_bytes()
    assert b"2.18" in data
    forged = tmp_path / "forged.pdf"
    # fix-qdf would repair stream lengths; the replacement keeps them, so qpdf rewrites.
    (tmp_path / "edited.pdf").write_bytes(data.replace(b"2.18", b"3.91"))
    subprocess.run(["qpdf", str(tmp_path / "edited.pdf"), str(forged)], check=False)
    text = subprocess.run(["pdftotext", str(forged), "-"], capture_output=True,
                          text=True).stdout
    assert "the overall score is 3.91" in text
    assert "Signature is Valid" not in pdfsig(forged)
    run = cli("verify", str(forged))
    assert run.returncode == 1
    assert "ALTERED" in run.stdout and "[FAILED] PDF signature" in run.stdout


def test_forged_signature_row_is_reported(cli: Cli, demo_store: Store, first_demo: str,
                                          passphrase_file: Path) -> None:
    """Someone who can write the database changes a score and recomputes the fingerprint."""
    signing = sign_cli(cli, first_demo[:8], passphrase_file)
    assert signing.returncode == 0, signing.stderr
    db = sqlite3.connect(demo_store.path)
    with db:
        db.execute("UPDATE evidence SET score = 4 WHERE id = (SELECT e.id FROM evidence e "
                   "JOIN interviews i ON i.id = e.interview_id WHERE i.assessment_id = ? "
                   "AND e.score < 4 ORDER BY e.id LIMIT 1)", [first_demo])
    db.close()
    from scfield.report.fingerprint import canonical_content
    from scfield.store import open_store

    with open_store(demo_store.path) as store:
        content = canonical_content(store, first_demo)
    forged = fingerprint_of(content)
    db = sqlite3.connect(demo_store.path)
    with db:
        db.execute("UPDATE signatures SET fingerprint = ?, content = ?",
                   [forged, serialise(content)])
    db.close()
    run = cli("verify", forged)
    assert run.returncode == 1
    assert run.stdout.startswith("FORGED: the signature record of Keiko Tanabe")
    assert "[ok] fingerprint" in run.stdout
    assert "[FAILED] signature record of Keiko Tanabe: FORGED" in run.stdout
    # The code on the paper signed before the forgery no longer matches anything.
    signed = re.search(r"full fingerprint: ([0-9a-f]{64})", signing.stdout).group(1)
    run = cli("verify", signed)
    assert run.returncode == 1 and "does not match: no assessment" in run.stdout


def make_organisation_p12(path: Path, passphrase: str) -> x509.Certificate:
    """An organisation's CA and a signer certificate it issued, as a PKCS#12 file."""
    now = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Da Nang DIC Root CA"),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Da Nang DIC")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now).not_valid_after(now + dt.timedelta(days=365))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Trần Quốc Bảo"),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Da Nang DIC")])
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(ca_name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False,
                                         False, False), critical=True)
            .sign(ca_key, hashes.SHA256()))
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"signer", key, cert, [ca], serialization.BestAvailableEncryption(passphrase.encode())))
    return cert


def test_pdf_signed_with_an_organisations_pkcs12(cli: Cli, first_demo: str, tmp_path: Path,
                                                 passphrase_file: Path) -> None:
    p12 = tmp_path / "dic.p12"
    cert = make_organisation_p12(p12, "organisation secret")
    org_pass = tmp_path / "org.txt"
    org_pass.write_text("organisation secret\n")
    pdf = tmp_path / "cosigned.pdf"
    assert sign_cli(cli, first_demo[:8], passphrase_file, "--pdf", str(pdf)).returncode == 0
    run = cli("sign", first_demo[:8], "--name", "Trần Quốc Bảo", "--role", "Deputy Director",
              "--organisation", "Da Nang DIC", "--key", str(p12), "--passphrase-file",
              str(org_pass), "--pdf", str(pdf))
    assert run.returncode == 0, run.stderr
    assert "made your signing key" not in run.stdout
    assert f"added your digital signature to {pdf}" in run.stdout
    # The counterpart countersigned the file the first signer sent: both stay valid.
    report = pdfsig(pdf)
    assert report.count("Signature is Valid.") == 2, report
    assert "Signer Certificate Common Name: Trần Quốc Bảo" in report
    run = cli("verify", str(pdf))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "[ok] signature record of Trần Quốc Bảo: the key signed this fingerprint " \
           "(certificate issued by O=Da Nang DIC,CN=Da Nang DIC Root CA" in run.stdout
    sha = cert.fingerprint(hashes.SHA256()).hex().upper()
    assert ":".join(sha[i:i + 2] for i in range(0, 64, 2)) in run.stdout
    # The organisation's key file opened with the wrong passphrase: a clear refusal.
    (tmp_path / "wrong.txt").write_text("not it\n")
    run = cli("report", first_demo[:8], str(tmp_path / "x.pdf"), "--key", str(p12),
              "--passphrase-file", str(tmp_path / "wrong.txt"))
    assert run.returncode == 1
    assert run.stderr == f"scfield: {p12}: wrong passphrase, or not a PKCS#12 key file\n"
    assert not (tmp_path / "x.pdf").exists()


def test_wrong_passphrase_and_no_terminal_are_clear_errors(
        demo_store: Store, first_demo: str, passphrase_file: Path, tmp_path: Path,
        cli: Cli) -> None:
    assert sign_cli(cli, first_demo[:8], passphrase_file).returncode == 0
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("wrong passphrase\n")
    run = cli("report", first_demo[:8], str(tmp_path / "r.pdf"), "--passphrase-file",
              str(wrong))
    assert run.returncode == 1 and "wrong passphrase" in run.stderr
    assert "Traceback" not in run.stderr and not (tmp_path / "r.pdf").exists()
    # A real process whose stdin is a pipe: it must answer at once, not wait for a typist.
    cmd = [sys.executable, "-m", "scfield", "--db", str(demo_store.path), "sign",
           first_demo[:8], "--name", "Ana Ruiz", "--role", "Expert"]
    for args in (cmd, [*cmd[:5], "report", first_demo[:8], str(tmp_path / "r.pdf"),
                       "--sign"]):
        proc = subprocess.run(args, input="typed into a pipe\n", capture_output=True,
                              text=True, timeout=60)
        assert proc.returncode == 1, proc.stderr
        assert proc.stderr == ("scfield: signing needs the passphrase of your key and there "
                               "is no terminal to ask it on; give it with --passphrase-file "
                               "FILE\n")
    # Nobody signed by the failed attempt; a key no signer holds cannot sign the PDF.
    assert [r["signer_name"] for r in demo_store.query("SELECT signer_name FROM signatures")] \
        == ["Keiko Tanabe"]


def test_short_passphrase_for_a_new_key_is_refused(cli: Cli, first_demo: str,
                                                   tmp_path: Path) -> None:
    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    run = sign_cli(cli, first_demo[:8], short)
    assert run.returncode == 1 and "at least 8 characters" in run.stderr
    run = cli("signatures", first_demo[:8])
    assert "not signed yet" in run.stdout


def test_only_a_signer_signs_the_pdf(cli: Cli, first_demo: str, tmp_path: Path,
                                     passphrase_file: Path) -> None:
    run = cli("report", first_demo[:8], str(tmp_path / "d.pdf"), "--passphrase-file",
              str(passphrase_file))
    assert run.returncode == 1 and "is not signed with a key" in run.stderr
    p12 = tmp_path / "other.p12"
    make_organisation_p12(p12, "organisation secret")
    assert sign_cli(cli, first_demo[:8], passphrase_file).returncode == 0
    org_pass = tmp_path / "org.txt"
    org_pass.write_text("organisation secret\n")
    run = cli("report", first_demo[:8], str(tmp_path / "d.pdf"), "--key", str(p12),
              "--passphrase-file", str(org_pass))
    assert run.returncode == 1 and "this key did not sign" in run.stderr


def test_a_copy_with_its_signature_removed_is_not_taken_for_the_signed_pdf(
        cli: Cli, demo_store: Store, tmp_path: Path, passphrase_file: Path) -> None:
    """Rebuild the signed PDF from its pages alone (the signature gone) and forge a score:
    the code printed in it still names the signed record, but verify must not say it
    matches, because nothing shows its pages are the ones signed."""
    from pypdf import PdfReader, PdfWriter

    reassessment = demo_store.query("SELECT id FROM assessments WHERE title LIKE "
                                    "'Da Nang%Re-assessment%'")[0]["id"]
    pdf = tmp_path / "signed.pdf"
    assert sign_cli(cli, reassessment[:8], passphrase_file, "--pdf",
                    str(pdf)).returncode == 0
    writer = PdfWriter()
    for page in PdfReader(pdf).pages:
        if "/Annots" in page:  # the signature's widget goes with the signature
            del page["/Annots"]
        writer.add_page(page)
    writer.add_metadata({"/Keywords": PdfReader(pdf).metadata["/Keywords"]})
    stripped = tmp_path / "stripped.pdf"
    with stripped.open("wb") as f:
        writer.write(f)
    qdf = tmp_path / "qdf.pdf"
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(stripped), str(qdf)],
                   check=True)
    (tmp_path / "edited.pdf").write_bytes(qdf.read_bytes().replace(b"2.18", b"3.91"))
    forged = tmp_path / "forged.pdf"
    subprocess.run(["qpdf", str(tmp_path / "edited.pdf"), str(forged)], check=False)
    assert "the overall score is 3.91" in subprocess.run(
        ["pdftotext", str(forged), "-"], capture_output=True, text=True).stdout
    assert "does not contain any signatures" in pdfsig(forged)
    run = cli("verify", str(forged))
    assert run.returncode == 1, run.stdout
    assert run.stdout.startswith("NOT CHECKED: the code in this PDF names a record that "
                                 "matches")
    assert "[FAILED] PDF signature: MISSING: Keiko Tanabe (Team Leader, JICA) signed this " \
        "record with a key" in run.stdout
    # The paper code alone is still verified as before: it names the record, nothing more.
    short = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                           text=True).stdout
    code = re.search(r"[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}", short).group(0)
    assert cli("verify", code).returncode == 0
