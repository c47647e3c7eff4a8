"""Sign-off, the lock, amendments, and verification of codes and PDFs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from scfield.errors import InvalidValue, LockedError, ScfieldError
from scfield.report.fingerprint import canonical_content, fingerprint, short_code
from scfield.report.pdf import write_report
from scfield.report.signoff import (
    amend_assessment,
    roadmap_of,
    set_roadmap,
    sign_assessment,
    signatures_of,
)
from scfield.report.verify import fingerprint_from_pdf, verify
from scfield.store import Store, open_store
from scfield.store.records import (
    add_evidence,
    add_interview,
    set_rating,
    update_assessment,
    update_evidence,
    update_interview,
)


def evidence_ids(store: Store, assessment_id: str) -> list[str]:
    return [r["id"] for r in store.query(
        "SELECT e.id FROM evidence e JOIN interviews i ON i.id = e.interview_id "
        "WHERE i.assessment_id = ? ORDER BY e.element, e.id", [assessment_id])]


def test_fingerprint_ignores_no_op_saves_and_bookkeeping(demo_store: Store,
                                                        first_demo: str) -> None:
    before = fingerprint(demo_store, first_demo)
    assert len(before) == 64
    row = demo_store.get("assessments", first_demo)
    assert not update_assessment(demo_store, first_demo, title=row["title"])
    interview = demo_store.query("SELECT id FROM interviews WHERE assessment_id = ? LIMIT 1",
                                 [first_demo])[0]["id"]
    update_interview(demo_store, interview, last_element=7)  # the guide's resume position
    assert fingerprint(demo_store, first_demo) == before
    update_evidence(demo_store, evidence_ids(demo_store, first_demo)[0], note="Changed.")
    assert fingerprint(demo_store, first_demo) != before


def test_sign_locks_every_kind_of_edit(demo_store: Store, first_demo: str) -> None:
    sig = sign_assessment(demo_store, first_demo, "Keiko Tanabe", "Team Leader", "JICA")
    assert sig.fingerprint == fingerprint(demo_store, first_demo)
    assert demo_store.get("assessments", first_demo)["status"] == "signed"
    ev = evidence_ids(demo_store, first_demo)[0]
    interview = demo_store.query("SELECT id FROM interviews WHERE assessment_id = ? LIMIT 1",
                                 [first_demo])[0]["id"]
    with pytest.raises(LockedError, match="signed and locked"):
        update_evidence(demo_store, ev, note="Sneaky change")
    with pytest.raises(LockedError):
        set_rating(demo_store, first_demo, 3, score=4)
    with pytest.raises(LockedError):
        add_interview(demo_store, first_demo, interviewee="Late addition")
    with pytest.raises(LockedError):
        add_evidence(demo_store, interview, element=2, score=1, note="x")
    with pytest.raises(LockedError):
        update_assessment(demo_store, first_demo, city="Hue")
    with pytest.raises(LockedError):
        set_roadmap(demo_store, first_demo, short_term="after signing")
    assert fingerprint(demo_store, first_demo) == sig.fingerprint
    # A second signer co-signs the same version; the same person cannot sign twice.
    co = sign_assessment(demo_store, first_demo, "Trần Quốc Bảo", "Deputy Director", "DIC")
    assert co.fingerprint == sig.fingerprint
    with pytest.raises(ScfieldError, match="already signed"):
        sign_assessment(demo_store, first_demo, "keiko tanabe", "Team Leader")
    with pytest.raises(InvalidValue):
        sign_assessment(demo_store, first_demo, "  ", "Team Leader")


def test_verify_round_trip_codes_and_pdf(demo_store: Store, first_demo: str,
                                         tmp_path: Path) -> None:
    sig = sign_assessment(demo_store, first_demo, "Keiko Tanabe", "Team Leader", "JICA")
    title = demo_store.get("assessments", first_demo)["title"]
    for code in (sig.fingerprint, sig.fingerprint.upper(), sig.short, sig.short.lower(),
                 sig.short.replace("-", ""), f" {sig.short[:9]} "):
        result = verify(demo_store, code)
        assert result.matches, code
        assert result.message == (f"matches {title!r} signed by Keiko Tanabe (Team Leader, "
                                  f"JICA) on {sig.date}")
    pdf = tmp_path / "signed.pdf"
    write_report(demo_store, first_demo, pdf)
    assert fingerprint_from_pdf(pdf) == sig.fingerprint
    result = verify(demo_store, str(pdf))
    assert result.matches
    # Without a key and without a PDF signature, verify says what it could not check.
    assert [(c.name, c.ok) for c in result.checks] == [
        ("PDF signature", None), ("fingerprint", True),
        ("signature record of Keiko Tanabe", None)]
    assert "not digitally signed: only the code printed in it is checked" in result.text()
    assert "recorded without a key" in result.text()


def test_key_signed_row_verifies_and_a_changed_name_does_not(
        demo_store: Store, first_demo: str) -> None:
    from scfield.report.keys import signer_key

    key = signer_key("Keiko Tanabe", "Team Leader", "JICA", "correct horse battery")
    sig = sign_assessment(demo_store, first_demo, "Keiko Tanabe", "Team Leader", "JICA",
                          key=key)
    assert "BEGIN CERTIFICATE" in sig.certificate and sig.key_signature
    result = verify(demo_store, sig.short)
    assert result.matches and result.failed() == []
    assert result.checks[-1].text.startswith("the key signed this fingerprint "
                                             "(self-signed certificate, SHA-256 ")
    # The same key opens again with its passphrase, and refuses another one.
    assert signer_key("Keiko Tanabe", "", "", "correct horse battery").certificate \
        == key.certificate
    with pytest.raises(ScfieldError, match="wrong passphrase"):
        signer_key("Keiko Tanabe", "", "", "not the passphrase")
    # Someone who can write the database puts another name on the row.
    demo_store.db.execute("UPDATE signatures SET signer_name = 'Somebody Else'")
    forged = verify(demo_store, sig.short)
    assert not forged.matches and forged.message.startswith("FORGED")
    assert forged.failed() == ["signature record of Somebody Else"]


def test_verify_falls_back_to_page_text_without_metadata(demo_store: Store, first_demo: str,
                                                         tmp_path: Path) -> None:
    sig = sign_assessment(demo_store, first_demo, "Keiko Tanabe", "Team Leader")
    pdf = tmp_path / "signed.pdf"
    write_report(demo_store, first_demo, pdf)
    stripped = tmp_path / "stripped.pdf"
    writer = PdfWriter(clone_from=PdfReader(pdf))
    writer.metadata = {"/Title": "re-saved elsewhere"}
    with stripped.open("wb") as f:
        writer.write(f)
    assert b"scfield-fingerprint" not in stripped.read_bytes()
    assert fingerprint_from_pdf(stripped) == sig.fingerprint
    # Rewritten with object streams by another tool: still found.
    packed = tmp_path / "packed.pdf"
    subprocess.run(["qpdf", "--object-streams=generate", str(stripped), str(packed)],
                   check=True)
    assert fingerprint_from_pdf(packed) == sig.fingerprint


def test_amend_then_edit_verify_says_what_changed(demo_store: Store, first_demo: str) -> None:
    sig = sign_assessment(demo_store, first_demo, "Keiko Tanabe", "Team Leader", "JICA")
    with pytest.raises(InvalidValue, match="reason"):
        amend_assessment(demo_store, first_demo, "   ")
    old = amend_assessment(demo_store, first_demo, "Counterpart corrected the budget figures")
    assert [s.fingerprint for s in old] == [sig.fingerprint]
    assert demo_store.get("assessments", first_demo)["status"] == "amended"
    # Amended but unchanged: the printed page still matches.
    unchanged = verify(demo_store, sig.short)
    assert unchanged.matches and "amended" in unchanged.message
    ev = evidence_ids(demo_store, first_demo)[0]
    old_score = demo_store.get("evidence", ev)["score"]
    update_evidence(demo_store, ev, score=4, note="Corrected after review.")
    set_rating(demo_store, first_demo, 5, score=3, rationale="New budget line confirmed.")
    add_interview(demo_store, first_demo, interviewee="Nguyễn Văn An", date="2024-04-02",
                  role="Budget officer")
    update_assessment(demo_store, first_demo, population="1.25 million")
    result = verify(demo_store, sig.short)
    assert not result.matches
    assert "does not match" in result.message
    assert "Counterpart corrected the budget figures" in result.message
    changes = "\n".join(result.changes)
    assert "profile changed: population" in changes
    assert "interview added: the interview of 2024-04-02 with Nguyễn Văn An" in changes
    assert "rating of element 05 changed: score" in changes
    assert f"changed: score {old_score} → 4, note" in changes
    # The history keeps the superseded signature; signing again gives a new fingerprint.
    new = sign_assessment(demo_store, first_demo, "Keiko Tanabe", "Team Leader", "JICA")
    assert new.fingerprint != sig.fingerprint
    assert len(signatures_of(demo_store, first_demo)) == 2
    assert verify(demo_store, new.short).matches
    again = verify(demo_store, sig.fingerprint)
    assert not again.matches and f"a later version ({new.short})" in again.message


def test_unknown_and_unsigned_codes_do_not_match(demo_store: Store, first_demo: str) -> None:
    result = verify(demo_store, "0000-0000-0000-0000")
    assert not result.matches and "no assessment in this database" in result.message
    draft = verify(demo_store, short_code(fingerprint(demo_store, first_demo)))
    assert not draft.matches and draft.message.startswith("not signed")
    with pytest.raises(ScfieldError, match="neither a fingerprint code"):
        verify(demo_store, "not-a-code")


def test_signed_snapshot_survives_reopening(demo_store: Store, first_demo: str) -> None:
    sig = sign_assessment(demo_store, first_demo, "Keiko Tanabe", "Team Leader")
    snapshot = canonical_content(demo_store, first_demo)
    path = demo_store.path
    demo_store.close()
    with open_store(path) as again:
        assert verify(again, sig.fingerprint).matches
        stored = again.query("SELECT content FROM signatures")[0]["content"]
        import json

        assert json.loads(stored) == snapshot


def test_roadmap_is_signed_content(demo_store: Store, first_demo: str) -> None:
    assert set_roadmap(demo_store, first_demo, short_term="Open data portal")
    assert not set_roadmap(demo_store, first_demo, short_term="Open data portal")
    assert roadmap_of(demo_store, first_demo)["short_term"] == "Open data portal"
    sig = sign_assessment(demo_store, first_demo, "Keiko Tanabe", "Team Leader")
    amend_assessment(demo_store, first_demo, "roadmap agreed with the city")
    set_roadmap(demo_store, first_demo, long_term="Sector-based scale-up")
    result = verify(demo_store, sig.short)
    assert result.changes == ("roadmap changed: long term",)


@pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
                    reason="needs zbarimg (Debian zbar-tools) and pdftoppm (poppler-utils)")
def test_qr_code_scans_to_the_full_fingerprint(demo_store: Store, first_demo: str,
                                               tmp_path: Path) -> None:
    sig = sign_assessment(demo_store, first_demo, "Keiko Tanabe", "Team Leader")
    pdf = tmp_path / "signed.pdf"
    result = write_report(demo_store, first_demo, pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", str(result.pages), "-l",
                    str(result.pages), str(pdf), str(tmp_path / "page")], check=True)
    (png,) = tmp_path.glob("page*.png")
    scan = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True)
    assert scan.stdout.strip() == sig.fingerprint.upper()
    assert verify(demo_store, scan.stdout.strip()).matches


def test_text_fallback_finds_the_full_fingerprint_in_many_pdfs(demo_store: Store,
                                                               tmp_path: Path) -> None:
    """Binary streams end in any byte (a CR included): the fallback must inflate them all."""
    ids = [r["id"] for r in demo_store.query("SELECT id FROM assessments")]
    for n in range(16):
        aid = ids[n % len(ids)]
        set_roadmap(demo_store, aid, short_term=f"Variant {n}")
        pdf = tmp_path / f"r{n}.pdf"
        write_report(demo_store, aid, pdf)
        stripped = tmp_path / f"s{n}.pdf"
        writer = PdfWriter(clone_from=PdfReader(pdf))
        writer.metadata = {}
        with stripped.open("wb") as f:
            writer.write(f)
        assert fingerprint_from_pdf(stripped) == fingerprint(demo_store, aid), n
        # Our own output with the tag blanked in place (same length: offsets stay valid).
        blanked = tmp_path / f"b{n}.pdf"
        blanked.write_bytes(pdf.read_bytes().replace(b"scfield-fingerprint:",
                                                     b"xxxxxxx-xxxxxxxxxxx:"))
        assert fingerprint_from_pdf(blanked) == fingerprint(demo_store, aid), n


def test_fingerprint_found_in_ascii85_streams_and_short_form(tmp_path: Path) -> None:
    """PDFs written with ReportLab's default ASCII85 layer (older scfield builds, other
    tools) and a page that shows only the footer's short form."""
    from reportlab.pdfgen.canvas import Canvas

    full = "ab12" * 16
    for name, text, expected in (("full.pdf", full, full),
                                 ("short.pdf", "Fingerprint AB12-AB12-AB12-AB12",
                                  "ab12ab12ab12ab12")):
        pdf = tmp_path / name
        canvas = Canvas(str(pdf))  # rl_config.useA85 is on by default
        canvas.drawString(72, 72, text)
        canvas.save()
        assert b"ASCII85Decode" in pdf.read_bytes()
        assert fingerprint_from_pdf(pdf) == expected
