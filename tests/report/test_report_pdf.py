"""The summary PDF read back: contents, watermark, footer, metadata, qpdf, page flow."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from pypdf import PdfReader

from scfield.framework import default_framework
from scfield.messages import messages
from scfield.report.fingerprint import fingerprint, short_code
from scfield.report.pdf import write_report
from scfield.report.signoff import amend_assessment, set_roadmap, sign_assessment
from scfield.scorecard import scorecard
from scfield.store import Store
from scfield.store.records import add_evidence, add_interview, create_assessment, set_rating

from .pdfcheck import page_texts, qpdf_check, raw_text, squeezed, text_outside_page


def flat(text: str) -> str:
    return " ".join(text.split())


def test_demo_report_has_every_element_stage_and_draft_watermark(
        demo_store: Store, first_demo: str, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    result = write_report(demo_store, first_demo, out)
    assert result.pages >= 8 and not result.signed
    texts = page_texts(out)
    assert len(texts) == result.pages
    everything = flat("\n".join(texts))
    for element in default_framework().elements:
        assert flat(element.name) in everything, element.name
    card = scorecard(demo_store, first_demo)
    assert f"Overall stage: {card.stage.name}" in everything
    assert flat(card.stage_reason) in everything
    fp = fingerprint(demo_store, first_demo)
    assert result.fingerprint == fp
    for number, text in enumerate(texts, 1):
        assert "DRAFT" in text, f"page {number} has no watermark"
        assert f"Page {number} of {result.pages}" in text
        assert f"Fingerprint {short_code(fp)}" in text
        assert f"Assessment {first_demo[:8]}" in text
    assert fp in everything  # the full value on the sign-off page
    reader = PdfReader(out)
    assert f"scfield-fingerprint:{fp}" in reader.metadata["/Keywords"]
    assert reader.metadata["/Title"] == "Da Nang Smart City Readiness Assessment 2024"
    check = qpdf_check(out)
    assert check.returncode == 0, check.stdout + check.stderr


def test_signed_report_names_signer_and_has_no_watermark(
        demo_store: Store, first_demo: str, tmp_path: Path) -> None:
    sign_assessment(demo_store, first_demo, "Keiko Tanabe", "Team Leader", "JICA")
    sign_assessment(demo_store, first_demo, "Trần Quốc Bảo", "Deputy Director", "Da Nang DIC")
    out = tmp_path / "signed.pdf"
    result = write_report(demo_store, first_demo, out)
    assert result.signed
    texts = page_texts(out)
    assert not any("DRAFT" in t for t in texts)
    sign_page = flat(texts[-1])
    assert "Signed in scfield by Keiko Tanabe (Team Leader, JICA), Trần Quốc Bảo" in sign_page
    assert "Counterpart" in sign_page and "Da Nang DIC" in sign_page
    assert qpdf_check(out).returncode == 0
    # Amended: a draft again, with the watermark back and the old signature in provenance.
    amend_assessment(demo_store, first_demo, "Budget figures corrected")
    again = tmp_path / "amended.pdf"
    write_report(demo_store, first_demo, again)
    texts = page_texts(again)
    assert all("DRAFT" in t for t in texts)
    everything = flat("\n".join(texts))
    assert "Earlier signatures (superseded by an amendment)" in everything
    assert "Budget figures corrected" in everything


def test_report_sections_confidential_names_and_roadmap(
        demo_store: Store, first_demo: str, tmp_path: Path) -> None:
    set_roadmap(demo_store, first_demo, short_term="Open data portal for academia",
                medium_term="Outcome KPIs for flood response", long_term="Sector-based scale-up")
    confidential = demo_store.query("SELECT * FROM interviews WHERE assessment_id = ? AND "
                                    "confidential = 1", [first_demo])
    open_ones = demo_store.query("SELECT * FROM interviews WHERE assessment_id = ? AND "
                                 "confidential = 0", [first_demo])
    assert confidential and open_ones
    out = tmp_path / "r.pdf"
    write_report(demo_store, first_demo, out)
    everything = flat("\n".join(page_texts(out)))
    for heading in ("Executive summary", "The 21 elements", "Gaps and recommended support",
                    "Suggested scale-up approach", "Roadmap", "Stakeholders interviewed",
                    "Evidence annex", "Provenance", "Sign-off"):
        assert heading in everything
    for text in ("Open data portal for academia", "Outcome KPIs for flood response",
                 "Sector-based scale-up"):
        assert text in everything
    for row in confidential:
        assert flat(row["interviewee"]) not in everything  # never printed
    assert "Confidential interviewee" in everything
    for row in open_ones:
        assert flat(row["interviewee"]) in everything
    card = scorecard(demo_store, first_demo)
    for rec in card.recommendations:
        assert flat(rec.item.text)[:40] in everything
    assert "the demo data shipped with the app" in everything  # provenance: the records' source
    assert "「スマートシティ・アプローチ」" in everything  # Japanese through IPAGothic


# Pages of the English demo reports before the annex referred to interviews by label
# (every note repeated name, role, organisation and date; the annex was 7 of 13 pages).
PAGES_BEFORE = {"Da Nang Smart City Readiness Re-assessment 2025": 15,
                "Kenya National Smart City Readiness Assessment 2025": 13,
                "Dakar Smart City Readiness Assessment 2024": 12,
                "Arequipa Smart City Readiness Assessment 2024": 13,
                "Da Nang Smart City Readiness Assessment 2024": 13}


def test_the_annex_refers_to_each_interview_by_its_label(
        demo_store: Store, tmp_path: Path) -> None:
    """Every interview listed once with its label; every note that is not confidential
    is in the report, marked with its interview's label; the reports are shorter."""
    from scfield.report.content import interview_labels
    from scfield.report.sections import chunks
    from scfield.store.queries import evidence_of, interviews_of

    for a in demo_store.query("SELECT id, title FROM assessments"):
        out = tmp_path / f"{a['id'][:8]}.pdf"
        result = write_report(demo_store, a["id"], out)
        # About a third shorter (issue 12 point 6): 15 → 10, 13 → 9, 12 → 8 pages.
        assert result.pages <= round(PAGES_BEFORE[a["title"]] * 2 / 3), (a["title"],
                                                                          result.pages)
        pages = page_texts(out)
        first = next(n for n, t in enumerate(pages) if "Evidence annex" in t)
        last = next(n for n, t in enumerate(pages) if "Where the records came from" in t)
        assert last - first + 1 <= 4, (a["title"], first, last)  # 6 or 7 pages before
        text = raw_text(out)
        interviews = interviews_of(demo_store, a["id"])
        labels = interview_labels(interviews)
        assert sorted(labels.values(), key=lambda v: int(v[1:])) == [
            f"I{n}" for n in range(1, len(interviews) + 1)]
        for i in interviews:
            # The stakeholder row: label, date, then the name (or "Confidential ...").
            who = "Confidentialinterviewee" if i["confidential"] else squeezed(
                i["interviewee"])
            assert f"{labels[i['id']]}{i['date']}{who}" in text, (a["title"], i["date"])
        notes = [n for n in evidence_of(demo_store, a["id"]) if not n["confidential"]]
        assert notes
        for n in notes:
            parts = [squeezed(p.removesuffix(" …")) for p in chunks(n["note"])]
            assert all(p in text for p in parts), (a["title"], n["note"][:60])
            # The note's row: note, score, source, then the label alone (no name, role,
            # organisation nor date repeated beside it).
            score = "–" if n["score"] is None else str(n["score"])
            assert f"{parts[-1]}{score}" in text
            assert f"{labels[n['interview_id']]}" in text


def test_no_command_line_in_any_demo_report(demo_store: Store, tmp_path: Path) -> None:
    """The report is for people who never run scfield: no command in any demo report in
    any language; an empty roadmap is a blank table to fill in with the counterpart, and
    the sign-off page explains the fingerprint in words."""
    import argparse

    from scfield.cli import build_parser
    from scfield.i18n import LANGUAGES
    from scfield.messages import messages
    from scfield.report.pdf import write_reports

    commands = next(a for a in build_parser()._actions
                    if isinstance(a, argparse._SubParsersAction)).choices
    assert {"roadmap", "verify", "signatories"} <= set(commands)
    names = "|".join(map(re.escape, commands))
    command = re.compile(rf"scfield\s+({names})\b")
    ids = [r["id"] for r in demo_store.query("SELECT id FROM assessments")]
    for language in LANGUAGES:
        m = messages(language)
        for result in write_reports(demo_store, ids, tmp_path / language, language=language):
            text = flat(subprocess.run(["pdftotext", str(result.path), "-"],
                                       capture_output=True, text=True, check=True).stdout)
            assert not command.search(text), (language, result.title)
            raw = raw_text(result.path)
            assert squeezed(m("No roadmap has been agreed yet. The table below is left blank "
                              "to be completed with the counterpart.")) in raw
            assert squeezed(m("Horizon") + m("Actions") + m("Short term")) in raw
            assert squeezed(m("Short term") + m("Medium term") + m("Long term")) in raw
            assert squeezed(m("the demo data shipped with the app")) in raw
            assert squeezed(m("the assessment team can compare it with its records at any "
                              "time")[:30]) in raw or language != "en"


def test_long_notes_long_names_and_many_interviews_flow_across_pages(
        store: Store, tmp_path: Path) -> None:
    """Sixty interviews, 4,000-character notes and 200-character names stay on the paper."""
    aid = create_assessment(store, title="Ciudad de Prueba — evaluación " + "muy larga " * 12,
                            city="São João da Boa Vista", country="Brasil",
                            team="Ana Beatriz Gonçalves (líder), " + ", ".join(
                                f"Asesor Número {i} (especialista)" for i in range(6)))
    long_note = " ".join(f"Observação {i}: a prefeitura publicou dados abertos." for i in
                         range(80))
    long_name = "Organização " + "Intermunicipal de Desenvolvimento Urbano " * 5
    tokens, secret_tokens = [], []
    for i in range(60):
        iid = add_interview(store, aid, date=f"2025-02-{1 + i % 28:02d}",
                            interviewee=f"Pessoa Entrevistada Número {i:02d} " + "Sobrenome " * 8,
                            role="Coordenadora de " + "Planejamento " * 6, organisation=long_name,
                            helix_group=("public", "private", "academia", "citizen")[i % 4],
                            confidential=i % 10 == 0)
        for element in (1 + i % 21, 1 + (i * 7) % 21):
            token = f"TOKEN{i:02d}E{element:02d}"
            (secret_tokens if i % 10 == 0 else tokens).append(token)
            add_evidence(store, iid, element=element, score=i % 5,
                         note=f"{token} {long_note}", source="Relatório " * 20)
    set_rating(store, aid, 1, score=2, rationale="Justificativa " * 120)
    out = tmp_path / "long.pdf"
    result = write_report(store, aid, out)
    assert result.pages > 40
    texts = page_texts(out)
    everything = flat("\n".join(texts))
    for token in tokens:
        assert token in everything
    for token in secret_tokens:  # a confidential interview's notes are not printed
        assert token not in everything
    assert text_outside_page(out) == []
    assert qpdf_check(out).returncode == 0
    # The stakeholders' header row repeats on every page the table spans.
    header_pages = [t for t in texts if re.search(r"Date\s*Interviewee\s*Role", t)]
    assert len(header_pages) >= 3


def test_empty_assessment_prints_without_scores(store: Store, tmp_path: Path) -> None:
    aid = create_assessment(store, title="Nouvelle évaluation", city="Dakar", country="Sénégal")
    out = tmp_path / "empty.pdf"
    write_report(store, aid, out)
    everything = flat("\n".join(page_texts(out)))
    assert "Overall stage: No stage yet" in everything
    assert "No recommendation yet" in everything
    assert "Nouvelle évaluation" in everything and "Sénégal" in everything
    assert qpdf_check(out).returncode == 0


def test_provenance_lists_imported_workbooks_and_resolved_conflicts(
        demo_store: Store, first_demo: str, tmp_path: Path) -> None:
    """Told in sentences from the sync's own records (scfield.sync.provenance): who
    imported which workbook when and what it did, who settled which conflict and why;
    the demo's records are by its own people, not by whoever loaded it."""
    import pytest

    from scfield.store.database import new_id, now

    tables = {r["name"] for r in demo_store.query(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"sync_imports", "sync_conflicts"} <= tables:
        pytest.skip("the workbook sync's tables are not in the schema")
    demo_store.db.execute(
        "INSERT INTO sync_imports (id, assessment_id, file, sha256, who, at, summary) "
        "VALUES (?, ?, 'danang-field-2024-03-14.xlsx', 'ab', 'Nguyễn Thị Thu Hà', ?, "
        "'added 12, updated 2, unchanged 40, conflicts 1')", [new_id(), first_demo, now()])
    ev = demo_store.query("SELECT e.id FROM evidence e JOIN interviews i ON "
                          "i.id = e.interview_id WHERE i.assessment_id = ? LIMIT 1",
                          [first_demo])[0]["id"]
    demo_store.db.execute(
        "INSERT INTO sync_conflicts (id, assessment_id, table_name, record_id, field, place, "
        "office_value, field_value, created_at, status, resolution, resolved_value, reason, "
        "resolved_by, resolved_at) VALUES (?, ?, 'evidence', ?, 'score', "
        "'Evidence sheet, row 7, score', '2', '3', ?, 'resolved', 'field', '3', "
        "'The field note cites the signed MoU', 'Keiko Tanabe', ?)",
        [new_id(), first_demo, ev, now(), now()])
    demo_store.db.execute(
        "INSERT INTO sync_conflicts (id, assessment_id, table_name, record_id, field, place, "
        "created_at, status) VALUES (?, ?, 'evidence', ?, 'note', 'Interviews sheet, row 3', "
        "?, 'open')",
        [new_id(), first_demo, ev, now()])
    out = tmp_path / "prov.pdf"
    write_report(demo_store, first_demo, out)
    everything = flat("\n".join(page_texts(out)))
    today = messages("en").date(now())
    assert (f"On {today}, Nguyễn Thị Thu Hà imported the workbook danang-field-2024-03-14.xlsx: "
            "12 records added, 2 records updated, 1 conflict kept for review.") in everything
    assert (f"On {today}, Keiko Tanabe settled Evidence sheet, row 7, score, keeping the value "
            "from the field workbook. Reason given: The field note cites the signed MoU"
            ) in everything
    assert "Marco Bellini made" in everything
    assert "through the demo data shipped with the app" in everything
    assert "root" not in everything.split("Provenance")[-1]
    assert "Interviews sheet, row 3" not in everything  # an open conflict is not resolved
    assert "the demo data shipped with the app" in everything  # audit sources not in the sync's
