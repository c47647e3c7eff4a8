"""Row heights of the workbooks' wrapped texts, estimated where they are written.

Calc and Excel do not re-measure rows on opening a file, so a wrapped note in a row
of default height would be cut off; the export and the Guide sheet set each height
themselves from this one estimate.
"""

from __future__ import annotations

import math
import re
from typing import Any

from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.worksheet import Worksheet

LINE_HEIGHT = 15.0   # points per line of 11 pt text
MAX_ROW_HEIGHT = 409.0
WIDE_LINE = 1.3     # a line with Japanese is taller (the fallback font's line spacing)


def line_count(text: Any, width: float, per_char: float = 1.05) -> float:
    """How many lines ``text`` wraps to in a column ``width`` characters wide (estimate);
    ``per_char``: Latin characters of 11-pt Calibri to a unit of width (measured in
    Calc: 1.05 in the narrow data columns, more in a wide column of running text). Text
    with Japanese is measured by ``display_width`` against the 1.05 it was measured
    with, whatever the column."""
    if not isinstance(text, str) or not text:
        return 1
    if text.isascii() or not _WIDE.search(text):
        per_line = max(width * per_char - 1, 1)
        return sum(max(1, -(-len(part) // int(per_line))) for part in text.split("\n"))
    per_line = max(width * 1.05 - 1, 1)
    lines = sum(max(1, -(-display_width(part) // int(per_line))) for part in text.split("\n"))
    return lines * WIDE_LINE


# The wide (W) and full-width (F) blocks of Unicode's East Asian Width: Hangul Jamo,
# CJK punctuation, kana and ideographs, Hangul syllables, compatibility ideographs,
# full-width forms (rarer wide characters, emoji or Tangut, count as narrow: this only
# sizes rows). One regex in C instead of unicodedata per character, which took 15 ms
# of exporting 420 Vietnamese notes.
_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
                   "\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60"
                   "\uffe0-\uffe6\U00020000-\U0003fffd]")


def display_width(text: str) -> int:
    """Characters a text spans in a cell, a Japanese (full-width) one as 1.6 (measured
    in Calc: twice an average Latin letter, a little less than twice a digit)."""
    return len(text) + math.ceil(len(_WIDE.findall(text)) * 0.6)


def fit_row(ws: Worksheet, r: int, lines: float) -> None:
    """Give row ``r`` the height of ``lines`` lines (a single line keeps the default).

    The row's dimension is made from a prototype's attributes instead of through
    ``RowDimension.__init__``, whose checked descriptors cost more than the cells of
    the row (the export is measured against a bare openpyxl write). It is the same
    object with the same attributes: only ``ht`` and ``index`` differ."""
    if lines <= 1:
        return
    height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines + 2)
    if r in ws.row_dimensions:
        ws.row_dimensions[r].height = height
        return
    dim = RowDimension.__new__(RowDimension)
    dim.__dict__.update(_ROW_PROTOTYPE, index=r, ht=height)
    dim.parent = ws
    dim._style = None
    ws.row_dimensions[r] = dim


_ROW_PROTOTYPE = dict(RowDimension(None, index=1, ht=LINE_HEIGHT).__dict__)
