"""Line breaking for Japanese: between phrases, never inside a word, with kinsoku.

ReportLab's CJK wrapping breaks between any two characters, so an element name in
a table column came out as "スマートシティの理念とビジョ / ン" and "インタビュ / ー2件", and its
list of characters that may not start a line lacks the full-width colon, so a
line could start with "：". Here a text is cut only where a Japanese reader
expects a break — after a particle (hiragana) before the next word, after
"・", "／" and the like, between a kanji compound and a katakana word, at a
space — and never before a character that may not start a line (kinsoku:
"、", "。", "：", "ー", small kana, closing brackets) nor after an opening
bracket. Lines are filled greedily by measured width and joined with explicit
line breaks, so the paragraph's own wrapping has nothing left to break; a single
phrase wider than the line (rare: a long katakana word in a narrow column) is
cut between characters, still with kinsoku.

``JaPara`` does this at the width the paragraph is laid out at (a table cell's
or the page's); ``phrases`` also tells a table how wide a column must be for
its Japanese labels to keep their words whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.paragraph import cleanBlockQuotedText

from scfield.report.text import CJK, CJK_RANGES, Omissions, _cjk_font, markup

# Kinsoku shori: characters a line may not start with, and may not end with.
NO_START = frozenset("、。，．：；？！）」』】〕］｝〉》ー・々ゝゞぁぃぅぇぉっゃゅょゎ"
                     "ァィゥェォッャュョヮヵヶ,.:;!?)]}%…")
NO_END = frozenset("（「『【〔［｛〈《([{")
BREAK_AFTER = frozenset("、。，．：；？！）」』】・／")
_CJK_RUN = re.compile(f"[{CJK_RANGES}]+")
SLACK = 1.0   # points left free on each line: ReportLab's own wrap must find no overflow


def _kind(c: str) -> str:
    """'s'pace, 'h'iragana, 'k'atakana, 'j' kanji and other Japanese, 'l'atin (the rest)."""
    if c.isspace():
        return "s"
    o = ord(c)
    if 0x3040 <= o <= 0x309F:
        return "h"
    if 0x30A0 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9F:
        return "k"
    if o >= 0x3000 and _CJK_RUN.fullmatch(c):
        return "j"
    return "l"


def can_break(a: str, b: str) -> bool:
    """Whether a line may end after ``a`` when ``b`` follows."""
    if b in NO_START or a in NO_END or b.isspace():
        return False
    if a.isspace() or a in BREAK_AFTER or b in NO_END:
        return True
    ka, kb = _kind(a), _kind(b)
    if ka == "h":
        return kb != "h"          # a particle ends the phrase
    return {ka, kb} == {"j", "k"}  # a kanji compound beside a katakana word


def phrases(text: str) -> list[str]:
    """The text cut at every allowed break; joined back, they are the text."""
    out: list[str] = []
    start = 0
    for i in range(1, len(text)):
        if can_break(text[i - 1], text[i]):
            out.append(text[start:i])
            start = i
    if text:
        out.append(text[start:])
    return out


def has_japanese(text: str) -> bool:
    return _CJK_RUN.search(text) is not None


def measurer(font: str, size: float) -> Callable[[str], float]:
    """Width of a text as ``markup`` prints it: Japanese runs in the CJK font."""
    _cjk_font()  # registered on first use

    def width(text: str) -> float:
        total, pos = 0.0, 0
        for run in _CJK_RUN.finditer(text):
            total += stringWidth(text[pos:run.start()], font, size)
            total += stringWidth(run.group(0), CJK, size)
            pos = run.end()
        return total + stringWidth(text[pos:], font, size)

    return width


def _by_character(phrase: str, room: float, width: Callable[[str], float]) -> list[str]:
    """A phrase too wide for a line, cut between characters (never before a kinsoku one)."""
    lines, line = [], ""
    for c in phrase:
        if line and width(line + c) > room and c not in NO_START and line[-1] not in NO_END:
            lines.append(line)
            line = ""
        line += c
    return lines + [line] if line else lines


def break_lines(text: str, room: float, width: Callable[[str], float]) -> list[str]:
    """The lines of one paragraph (no newlines in ``text``) filled greedily to ``room``."""
    lines: list[str] = []
    line = ""
    for phrase in phrases(text):
        if line and width((line + phrase).rstrip()) > room:
            lines.append(line.rstrip())
            line = phrase.lstrip()
        else:
            line += phrase
        if width(line.rstrip()) > room:
            *full, line = _by_character(line, room, width)
            lines += full
    return lines + [line.rstrip()] if line.strip() or not lines else lines


def ja_paragraph(base: type, text: str, style: Any, omissions: Omissions | None) -> Any:
    """A paragraph of ``base`` (a ReportLab Paragraph class) that breaks ``text`` as above
    at whatever width it is laid out at."""
    return _ja_class(base)(text, style, omissions)


_CLASSES: dict[type, type] = {}


def _ja_class(base: type) -> type:
    if base in _CLASSES:
        return _CLASSES[base]

    class Japanese(base):  # type: ignore[misc, valid-type]
        """Holds the stored text; sets its markup with explicit breaks when wrapped."""

        _source: str | None = None
        _broken_at: float | None = None

        def __init__(self, text: Any, style: Any = None, omissions: Any = None,
                     **kwargs: Any) -> None:
            if kwargs or omissions is not None and not isinstance(omissions, Omissions):
                # ReportLab's split(): the halves keep the lines already broken.
                super().__init__(text, style, omissions, **kwargs)
                return
            self._source = text
            self._omissions = omissions
            super().__init__(markup(text, omissions), style)

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
            if self._source is not None and self._broken_at != availWidth:
                room = availWidth - self.style.leftIndent - self.style.rightIndent - SLACK
                width = measurer(self.style.fontName, self.style.fontSize)
                lines = [line for part in self._source.split("\n")
                         for line in break_lines(part, room, width)]
                self._setup("<br/>".join(markup(line, self._omissions) for line in lines),
                            self.style, self.bulletText, None, cleanBlockQuotedText)
                self._broken_at = availWidth
                self.__dict__.pop("blPara", None)
                self._wrapped = None
            return super().wrap(availWidth, availHeight)

    _CLASSES[base] = Japanese
    return Japanese
