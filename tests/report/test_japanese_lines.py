"""Japanese lines in the report: broken between phrases, never inside a word, and never
starting with a character that may not start a line (kinsoku)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from scfield.framework import default_framework
from scfield.i18n import translated_framework
from scfield.report.jabreak import NO_START, break_lines, can_break, measurer, phrases
from scfield.report.pdf import write_reports
from scfield.report.styles import styles
from scfield.report.text import SANS
from scfield.store import Store


@pytest.mark.parametrize(("text", "expected"), [
    ("スマートシティの理念とビジョン", ["スマートシティの", "理念と", "ビジョン"]),
    ("トリプル／クアドラプル・ヘリックスによる連携",
     ["トリプル", "／", "クアドラプル・", "ヘリックスによる", "連携"]),
    ("都市インフラ・プラットフォーム", ["都市", "インフラ・", "プラットフォーム"]),
    ("持続的成長には届いていません：総合スコア 2.18 が 2.75 未満。",
     ["持続的成長には", "届いていません：", "総合", "スコア ", "2.18 ", "が ", "2.75 ", "未満。"]),
    ("smoothly to …（メモ2件、インタビュー2件）",
     ["smoothly ", "to …", "（メモ2件、", "インタビュー2件）"]),
])
def test_phrases_keep_words_and_particles_together(text: str, expected: list[str]) -> None:
    assert phrases(text) == expected
    assert "".join(phrases(text)) == text


def test_lines_fit_and_no_line_starts_with_a_closing_character() -> None:
    styles()  # registers the fonts
    width = measurer(SANS, 8)
    text = ("アクセラレート：総合スコアは 2.18 で 1.50 以上、かつ全領域が 1.00 以上です。"
            "持続的成長には届いていません：総合スコア 2.18 が 2.75 未満。"
            "（メモ2件、インタビュー2件）")
    for room in (40.0, 60.0, 90.0, 150.0, 300.0):
        lines = break_lines(text, room, width)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        for line in lines:
            assert line and line[0] not in NO_START, (room, lines)
            # Only a single phrase wider than the line may overflow it, never two.
            assert width(line) <= room or len(phrases(line)) == 1, (room, line)


def test_japanese_demo_reports_break_no_element_name_inside_a_phrase(
        demo_store: Store, tmp_path: Path) -> None:
    """All five demo reports in Japanese, read back line by line (pdftotext -raw keeps a
    table cell's lines together): no line starts with "：", "、", "ー" …, and no element
    name is cut inside a phrase ("ビジョ / ン")."""
    names = [e.name for e in translated_framework(default_framework(), "ja").elements]
    ids = [r["id"] for r in demo_store.query("SELECT id FROM assessments")]
    results = write_reports(demo_store, ids, tmp_path, language="ja")
    assert len(results) == 5
    for result in results:
        text = subprocess.run(["pdftotext", "-raw", str(result.path), "-"],
                              capture_output=True, text=True, check=True).stdout
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        for line in lines:
            assert line[0] not in NO_START, (result.title, line)
        for first, second in zip(lines, lines[1:], strict=False):
            for name in names:
                for k in range(1, len(name)):
                    if can_break(name[k - 1], name[k]):
                        continue
                    assert not (first.endswith(name[:k]) and second.startswith(name[k:])), (
                        result.title, first, second)
