"""What the bundled fonts print, and what happens to scripts ReportLab cannot shape."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pypdf import PdfReader

from scfield.paths import resource_path
from scfield.report.pdf import write_report
from scfield.report.text import Omissions, markup
from scfield.store import Store
from scfield.store.records import add_evidence, add_interview, create_assessment

from .pdfcheck import page_texts, qpdf_check, run_cli

LATIN = {
    "Vietnamese": "Thành phố Đà Nẵng đã xây dựng Trung tâm Giám sát điều hành đô thị thông minh.",
    "French": "La municipalité a lancé une stratégie numérique; les élèves sont très intéressés.",
    "Spanish": "La señora Peña explicó que la gestión de datos abiertos aún está en diseño.",
    "Portuguese": "A prefeitura de São Luís publicou informações sobre iluminação pública.",
    "Greek": "Η δημοτική αρχή δημοσίευσε ανοικτά δεδομένα.",
    "Russian": "Городская администрация открыла портал данных.",
}
JAPANESE = "横浜市との技術協力「スマートシティ・アプローチ」を共有した。"
THAI = "เทศบาลนครเชียงใหม่ได้จัดทำแผนเมืองอัจฉริยะ"
ARABIC = "أطلقت البلدية منصة البيانات المفتوحة"


def fonts_of(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def flat(text: str) -> str:
    return " ".join(text.split())


def multilingual(store: Store) -> str:
    aid = create_assessment(store, title="Chiang Mai — เชียงใหม่ 2025 / 横浜協力",
                            city="Chiang Mai", country="Thailand")
    iid = add_interview(store, aid, interviewee="Somchai Wongsakul", role="Director")
    for element, note in enumerate([*LATIN.values(), JAPANESE], 1):
        add_evidence(store, iid, element=element, score=2, note=note)
    add_evidence(store, iid, element=7, score=1, note=f"Mixed: {THAI} (plan 2024) then done.")
    add_evidence(store, iid, element=8, score=1, note=f"Dakar partner said: {ARABIC}.")
    add_evidence(store, iid, element=9, score=1, note="Emoji in a note 🙂 stays visible.")
    add_evidence(store, iid, element=10, score=1, note="Shenzhen partner: 我们的城市数据平台.")
    return aid


def test_latin_and_japanese_print_in_the_bundled_fonts(store: Store, tmp_path: Path) -> None:
    aid = multilingual(store)
    out = tmp_path / "scripts.pdf"
    result = write_report(store, aid, out)
    everything = flat("\n".join(page_texts(out)))
    for language, text in LATIN.items():
        assert text in everything, language
    assert JAPANESE in everything.replace(" ", "")  # CJK lines wrap without spaces
    fonts = fonts_of(out)
    assert any(name.endswith("DejaVuSans") for name in fonts)
    assert any(name.endswith("IPAGothic") for name in fonts)
    assert qpdf_check(out).returncode == 0
    assert "Thai" in result.omitted and "Arabic" in result.omitted


def test_thai_and_arabic_become_visible_markers_not_boxes(store: Store, tmp_path: Path) -> None:
    aid = multilingual(store)
    out = tmp_path / "scripts.pdf"
    result = write_report(store, aid, out)
    everything = flat("\n".join(page_texts(out)))
    assert "Mixed: [Thai text — see the database] (plan 2024) then done." in everything
    assert "Dakar partner said: [Arabic text — see the database]." in everything
    assert "[character U+1F642 not printable]" in everything
    assert "Shenzhen partner: [Chinese text — see the database]." in everything
    assert not any(ch in everything for ch in (THAI + ARABIC).replace(" ", ""))
    # The title (header and cover) is marked too, and the omission is explained.
    assert "Chiang Mai — [Thai text — see the database] 2025 / 横浜協力" in everything
    assert "Text not printed" in everything and "Thai (2 passages)" in everything
    assert result.omitted == ("Arabic (1 passage), Chinese (1 passage), Thai (2 passages), "
                              "symbols the fonts lack (1 passage)")


def test_cli_warns_about_omitted_text(store: Store, tmp_path: Path) -> None:
    aid = multilingual(store)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    run = run_cli(store.path, "report", aid[:8], str(tmp_path / "out.pdf"))
    assert run.returncode == 0, run.stderr
    assert "warning" in run.stderr and "Thai (2 passages)" in run.stderr
    assert "Arabic (1 passage)" in run.stderr


def test_markup_escapes_and_chooses_fonts_per_run() -> None:
    omitted = Omissions()
    text = markup("A <b>&</b> 東京 and Đà Nẵng\nnext", omitted)
    assert text == ('A &lt;b&gt;&amp;&lt;/b&gt; <font name="SCJapanese">東京</font> and '
                    'Đà Nẵng<br/>next')
    assert not omitted
    decomposed = unicodedata.normalize("NFD", "Đà Nẵng")  # as some keyboards type it
    assert markup(decomposed) == "Đà Nẵng"  # precomposed: no stray combining marks
    assert markup("שלום עולם", omitted) == "[Hebrew text — see the database]"
    assert markup("한국어", omitted) == "[Korean text — see the database]"
    assert omitted.summary() == "Hebrew (1 passage), Korean (1 passage)"
    # Japanese with one character the font lacks: only that character is marked.
    assert markup("スマート们", omitted) == ('<font name="SCJapanese">スマート</font>'
                                            "[character U+4EEC not printable]")


def test_fonts_are_bundled_with_their_licences() -> None:
    fonts = resource_path("fonts")
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "ipag.ttf"):
        assert (fonts / name).read_bytes()[:4] == b"\x00\x01\x00\x00"  # TrueType outlines
    assert "Bitstream" in (fonts / "DejaVu-LICENSE.txt").read_text(encoding="utf-8")
    assert "IPA Font License Agreement v1.0" in (fonts / "IPA-Font-LICENSE.txt").read_text(
        encoding="utf-8")
