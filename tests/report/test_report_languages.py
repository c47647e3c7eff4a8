"""The summary report in the assessment's language (or ``--language``): fixed texts from
the core's catalogue, the framework's texts from its translation, stored text as stored;
the fingerprint, signing and ``verify`` the same in every language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from scfield.framework import default_framework
from scfield.i18n import translated_framework
from scfield.messages import messages
from scfield.report.fingerprint import fingerprint, short_code
from scfield.report.pdf import write_report
from scfield.report.signoff import sign_assessment
from scfield.report.verify import fingerprint_from_pdf, verify
from scfield.scorecard import load_scorecard
from scfield.store import Store
from scfield.store.records import add_evidence, add_interview, create_assessment

from .pdfcheck import page_texts, qpdf_check, run_cli, text_outside_page
from .test_scripts import THAI, fonts_of

HEADINGS = ("Executive summary", "Gaps and recommended support", "Suggested scale-up approach",
            "Roadmap", "Stakeholders interviewed", "Evidence annex", "Provenance", "Sign-off",
            "Domain scores and evidence coverage", "Evidence summary", "Counterpart",
            "Full fingerprint (SHA-256)")


def squeezed(text: str) -> str:
    """Without any whitespace: a Japanese name wrapped over two lines of a cell reads
    back with a line break inside it."""
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("language", ["fr", "es", "ja"])
def test_report_in_each_language(demo_store: Store, first_demo: str, tmp_path: Path,
                                 language: str) -> None:
    out = tmp_path / f"{language}.pdf"
    result = write_report(demo_store, first_demo, out, language=language)
    m = messages(language)
    texts = page_texts(out)
    everything = squeezed("\n".join(texts))
    for heading in HEADINGS:
        assert squeezed(m(heading)) in everything, heading
        if m(heading) != heading:  # "Provenance" is French too
            assert squeezed(heading) not in everything, heading
    # The framework's own texts come from its translation, the scores are the same.
    shown = translated_framework(default_framework(), language)
    for element in shown.elements:
        assert squeezed(element.name) in everything, element.name
    card = load_scorecard(demo_store, demo_store.get("assessments", first_demo), language)
    assert card.overall == load_scorecard(
        demo_store, demo_store.get("assessments", first_demo)).overall
    assert squeezed(card.stage.name) in everything and card.stage.name != "Accelerate"
    assert squeezed(card.stage_reason) in everything
    # Stored text is printed as stored.
    assert squeezed("Da Nang Smart City Readiness Assessment 2024") in everything
    # Every page: the watermark, "page x of y" and the fingerprint in the language.
    for number, text in enumerate(texts, 1):
        page = squeezed(text)
        assert squeezed(m("DRAFT")) in page
        assert squeezed(m("Page {page} of {pages}", page=number, pages=result.pages)) in page
        assert squeezed(f"{m('Fingerprint')} {short_code(result.fingerprint)}") in page
    assert result.fingerprint == fingerprint(demo_store, first_demo)
    assert text_outside_page(out) == []
    assert qpdf_check(out).returncode == 0


def test_japanese_fixed_texts_are_set_in_the_japanese_font(demo_store: Store, first_demo: str,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "ja.pdf"
    write_report(demo_store, first_demo, out, language="ja")
    assert any("IPAGothic" in name or "SCJapanese" in name for name in fonts_of(out))
    # No fixed text came out as boxes: every Japanese heading reads back as written.
    everything = "\n".join(page_texts(out))
    assert "要約" in everything and "承認・署名" in everything and "下書き" in everything
    assert "\ufffd" not in everything and "■" not in everything


def test_the_assessment_language_is_the_default(demo_store: Store, first_demo: str,
                                                tmp_path: Path) -> None:
    demo_store.update("assessments", first_demo, {"language": "es"})
    out = tmp_path / "default.pdf"
    write_report(demo_store, first_demo, out)
    assert "Resumen ejecutivo" in "\n".join(page_texts(out))
    demo_store.update("assessments", first_demo, {"language": "xx"})  # unknown: English
    write_report(demo_store, first_demo, out)
    assert "Executive summary" in "\n".join(page_texts(out))


def test_fingerprint_signing_and_verify_do_not_depend_on_the_language(
        demo_store: Store, first_demo: str, tmp_path: Path) -> None:
    """Signed while printed in French; printed again in Japanese and English: one record,
    one fingerprint, and every print verifies against the signature."""
    demo_store.update("assessments", first_demo, {"language": "fr"})
    french = tmp_path / "signed-fr.pdf"
    before = write_report(demo_store, first_demo, french)
    sig = sign_assessment(demo_store, first_demo, "Keiko Tanabe", "Chef d'équipe", "JICA")
    assert sig.fingerprint == before.fingerprint
    prints = {}
    for language in ("fr", "ja", "en"):
        prints[language] = tmp_path / f"signed-{language}.pdf"
        result = write_report(demo_store, first_demo, prints[language], language=language)
        assert result.fingerprint == sig.fingerprint and result.signed
        assert fingerprint_from_pdf(prints[language]) == sig.fingerprint
        assert verify(demo_store, str(prints[language])).matches
    assert "Signé dans scfield par Keiko Tanabe" in "\n".join(page_texts(prints["fr"]))
    assert not any(messages("ja")("DRAFT") in t for t in page_texts(prints["ja"]))
    # A page whose metadata was stripped, without the sign-off page: the footer's code in
    # Japanese is still found (the label is in the Japanese font, the code is not).
    reader = PdfReader(prints["ja"])
    writer = PdfWriter()
    writer.add_page(reader.pages[1])
    page = tmp_path / "page-2-ja.pdf"
    with page.open("wb") as f:
        writer.write(f)
    assert b"scfield-fingerprint" not in page.read_bytes()
    assert fingerprint_from_pdf(page) == sig.fingerprint[:16]
    assert verify(demo_store, str(page)).matches


def test_markers_and_their_note_are_in_the_report_language(store: Store,
                                                           tmp_path: Path) -> None:
    aid = create_assessment(store, title="Chiang Mai 2025", city="Chiang Mai",
                            country="Thailand", language="fr")
    iid = add_interview(store, aid, interviewee="Somchai Wongsakul", role="Director")
    add_evidence(store, iid, element=7, score=1, note=f"Plan : {THAI} (2024).")
    out = tmp_path / "fr.pdf"
    result = write_report(store, aid, out)
    everything = " ".join(" ".join(page_texts(out)).split())
    assert "[texte thaï — voir la base de données]" in everything
    assert "Texte non imprimé" in everything and "thaï (1 passage)" in everything
    assert result.omitted == "Thai (1 passage)"  # the CLI warns in English
    write_report(store, aid, out, language="ja")
    assert squeezed("[タイ文字のテキスト — データベースを参照]") in squeezed(
        " ".join(page_texts(out)))


def test_cli_language_option(demo_store: Store, first_demo: str, tmp_path: Path) -> None:
    demo_store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    out = tmp_path / "es.pdf"
    run = run_cli(demo_store.path, "report", first_demo[:8], str(out), "--language", "es")
    assert run.returncode == 0, run.stderr
    assert "Resumen ejecutivo" in "\n".join(page_texts(out))
    folder = tmp_path / "all"
    run = run_cli(demo_store.path, "report", "--all", str(folder), "--language", "ja")
    assert run.returncode == 0, run.stderr
    assert all("要約" in "\n".join(page_texts(p)) for p in folder.glob("*.pdf"))
    bad = run_cli(demo_store.path, "report", first_demo[:8], str(out), "--language", "de")
    assert bad.returncode == 2 and "--language" in bad.stderr
