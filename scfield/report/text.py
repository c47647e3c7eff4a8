"""Fonts and scripts: turning stored text into ReportLab markup that prints truthfully.

The bundled fonts (``resources/fonts``) are DejaVu Sans (Latin with Vietnamese,
French, Spanish, Portuguese; Greek; Cyrillic) and IPAGothic (Japanese). Runs of
Japanese (kana, kanji, full-width forms) are wrapped in the CJK font; the rest
uses DejaVu Sans. ReportLab does not reorder right-to-left text nor shape
complex scripts, so Arabic, Hebrew, Thai, the Indic scripts and others would
print as reversed or broken letters: such runs are replaced by a visible marker
("[Thai text — see the database]", in the report's language) and counted, so
that the report and the CLI can say what was left out. A character neither font
has (an emoji, Korean, a rare Chinese character) is replaced by a marker too,
never by an empty box.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache
from xml.sax.saxutils import escape

from scfield.messages import ENGLISH, N_, Messages
from scfield.paths import resource_path

SANS = "SCSans"
SANS_BOLD = "SCSans-Bold"
CJK = "SCJapanese"
FONT_FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf", CJK: "ipag.ttf"}

# Scripts ReportLab cannot print correctly without shaping or bidi reordering.
UNSHAPED: tuple[tuple[str, str], ...] = (
    (N_("Hebrew"), "\u0590-\u05ff\ufb1d-\ufb4f"),
    (N_("Arabic"), "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"),
    (N_("Syriac"), "\u0700-\u074f"),
    (N_("Thaana"), "\u0780-\u07bf"),
    (N_("Devanagari"), "\u0900-\u097f"),
    (N_("Bengali"), "\u0980-\u09ff"),
    (N_("Gurmukhi"), "\u0a00-\u0a7f"),
    (N_("Gujarati"), "\u0a80-\u0aff"),
    (N_("Odia"), "\u0b00-\u0b7f"),
    (N_("Tamil"), "\u0b80-\u0bff"),
    (N_("Telugu"), "\u0c00-\u0c7f"),
    (N_("Kannada"), "\u0c80-\u0cff"),
    (N_("Malayalam"), "\u0d00-\u0d7f"),
    (N_("Sinhala"), "\u0d80-\u0dff"),
    (N_("Thai"), "\u0e00-\u0e7f"),
    (N_("Lao"), "\u0e80-\u0eff"),
    (N_("Tibetan"), "\u0f00-\u0fff"),
    (N_("Myanmar"), "\u1000-\u109f"),
    (N_("Khmer"), "\u1780-\u17ff\u19e0-\u19ff"),
    (N_("Mongolian"), "\u1800-\u18af"),
    (N_("Korean"), "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"),
)
CJK_RANGES = ("\u3000-\u303f\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3200-\u32ff"
              "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef")
# Neutral characters that may sit inside a run of one script without ending it.
_JOIN = r"[\s\d.,;:!?'\"()\-–—/%]"
_UNSHAPED_RE = re.compile("|".join(
    f"(?P<s{i}>[{chars}]+(?:{_JOIN}+[{chars}]+)*)" for i, (_, chars) in enumerate(UNSHAPED)))
_CJK_RE = re.compile(f"[{CJK_RANGES}]+")


@cache
def register_fonts() -> None:
    """Register the bundled fonts with ReportLab once per process (IPAGothic lazily)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in (SANS, SANS_BOLD):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", FONT_FILES[name]))))
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, SANS_BOLD)


@cache
def _cjk_font() -> frozenset[int]:
    """Register IPAGothic (only when a page needs it) and return the characters it has."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont(CJK, str(resource_path("fonts", FONT_FILES[CJK])))
    pdfmetrics.registerFont(font)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(CJK, bold, italic, CJK)
    return frozenset(font.face.charToGlyph)


def in_body_font(text: str) -> bool:
    """Whether ``text`` prints as it is in the body font: no script that needs shaping
    (DejaVu Sans has Arabic letters, which would print unjoined and left to right), no
    Japanese, nothing the font lacks, already composed (NFC)."""
    if text.isascii():
        return True
    if _UNSHAPED_RE.search(text) or _CJK_RE.search(text):
        return False
    chars = _sans_chars()
    return (all(ord(c) in chars or c == "\n" for c in text)
            and unicodedata.is_normalized("NFC", text))


@cache
def _sans_chars() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    return frozenset(pdfmetrics.getFont(SANS).face.charToGlyph)


CHINESE = N_("Chinese")
LACKING = N_("symbols the fonts lack")


class Omissions:
    """What could not be printed, by script: the report's note and the CLI warning.

    Counts distinct passages: a note printed in the elements table and again in
    the evidence annex is one passage. ``m`` is the report's language, which the
    markers put in the text are written in.
    """

    def __init__(self, m: Messages = ENGLISH) -> None:
        self.passages: set[tuple[str, str]] = set()
        self.m = m

    def add(self, script: str, passage: str = "") -> None:
        self.passages.add((script, passage))

    @property
    def counts(self) -> Counter[str]:
        return Counter(script for script, _ in self.passages)

    def __bool__(self) -> bool:
        return bool(self.passages)

    def summary(self, m: Messages = ENGLISH) -> str:
        """"Thai (2 passages), Arabic (1 passage)": English for the CLI, or ``m``'s language."""
        parts = [m.plural(n, "{script} ({n} passage)", "{script} ({n} passages)",
                          script=m(script))
                 for script, n in sorted(self.counts.items())]
        return m.join(parts)


def marker(script: str, m: Messages = ENGLISH) -> str:
    return m("[{script} text — see the database]", script=m(script))


def _other_marker(ch: str, m: Messages = ENGLISH) -> str:
    return m("[character {code} not printable]", code=f"U+{ord(ch):04X}")


def _messages(omissions: Omissions | None) -> Messages:
    return omissions.m if omissions is not None else ENGLISH


def _marker_markup(text: str) -> str:
    """A marker as markup: escaped, and in the Japanese font where it is Japanese."""
    return escape(text) if text.isascii() else _plain(text, None)


def _plain(text: str, omissions: Omissions | None) -> str:
    """Escape a run of text without unshaped scripts, wrapping Japanese runs in the CJK font."""
    sans = _sans_chars()
    out: list[str] = []
    pos = 0
    for match in _CJK_RE.finditer(text):
        out.append(_latin(text[pos:match.start()], sans, omissions))
        out.append(_cjk_run(match.group(0), omissions))
        pos = match.end()
    out.append(_latin(text[pos:], sans, omissions))
    return "".join(out)


_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff]")


def _cjk_run(run: str, omissions: Omissions | None) -> str:
    """A run of Han/kana in the Japanese font; what the font lacks is marked.

    A run without kana that the font cannot print in full is taken as Chinese
    (simplified characters are not in a Japanese font) and replaced as a whole;
    in Japanese text (with kana) only the missing characters are marked.
    """
    cjk = _cjk_font()
    missing = [c for c in run if ord(c) not in cjk]
    if not missing:
        return f'<font name="{CJK}">{escape(run)}</font>'
    if not _KANA.search(run):
        if omissions is not None:
            omissions.add(CHINESE, run)
        return _marker_markup(marker(CHINESE, _messages(omissions)))
    pieces = []
    for c in run:
        if ord(c) in cjk:
            pieces.append(f'<font name="{CJK}">{escape(c)}</font>')
        else:
            if omissions is not None:
                omissions.add(LACKING, c)
            pieces.append(_marker_markup(_other_marker(c, _messages(omissions))))
    return "".join(pieces).replace(f'</font><font name="{CJK}">', "")


def _latin(text: str, sans: frozenset[int], omissions: Omissions | None) -> str:
    if text.isascii() or all(ord(c) in sans or c in "\n\t" for c in text):
        return escape(text)
    out = []
    for c in text:
        if ord(c) in sans or c in "\n\t":
            out.append(escape(c))
        elif unicodedata.category(c) in ("Cf", "Mn", "Cc"):
            continue  # invisible controls and stray combining marks: dropping loses nothing
        else:
            if omissions is not None:
                omissions.add(LACKING, c)
            out.append(_marker_markup(_other_marker(c, _messages(omissions))))
    return "".join(out)


def markup(text: str | None, omissions: Omissions | None = None, *,
           newlines: bool = True) -> str:
    """ReportLab paragraph markup for stored text: escaped, fonts chosen per run.

    Unprintable runs become visible markers counted in ``omissions``.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text))
    if text.isascii():
        result = escape(text)
        return result.replace("\n", "<br/>") if newlines else result
    out: list[str] = []
    pos = 0
    for match in _UNSHAPED_RE.finditer(text):
        out.append(_plain(text[pos:match.start()], omissions))
        index = int(match.lastgroup[1:])
        script = UNSHAPED[index][0]
        if omissions is not None:
            omissions.add(script, match.group(0))
        out.append(_marker_markup(marker(script, _messages(omissions))))
        pos = match.end()
    out.append(_plain(text[pos:], omissions))
    result = "".join(out)
    if newlines:
        result = result.replace("\n", "<br/>")
    return result


def printable(text: str | None, font: str = SANS, m: Messages = ENGLISH) -> tuple[str, str]:
    """(text, font) for a one-font label drawn on a canvas (the radar chart's domain names).

    Japanese labels use the CJK font (which has Latin too); scripts that need
    shaping become markers; any other character no font has becomes "?".
    """
    if not text:
        return "", font
    text = unicodedata.normalize("NFC", str(text))
    text = _UNSHAPED_RE.sub(lambda found: marker(UNSHAPED[int(found.lastgroup[1:])][0], m),
                            text)
    if _CJK_RE.search(text):
        chars, font = _cjk_font(), CJK
    else:
        chars = _sans_chars()
    return "".join(c if ord(c) in chars else "?" for c in text), font
