"""Short excerpts of long texts, for one-line displays in the CLI and the app.

Two needs, one place (Qt-free, so the CLI and the app show the same text):

* ``around(text, needle)`` — a search hit with enough of the note around it to
  recognise the note (about 80 characters, cut at word boundaries, "…" where
  text was left out), the hit marked ``[like this]``.
* ``differing(old, new)`` — two versions of a value as they differ. Cutting
  both at 40 characters shows a change at the end of a note as "…sm…" → "…sm…";
  here the common start is left out and the part that differs is shown with a
  little context on both sides.

Whitespace runs (newlines included) become one space: the result is one line.
"""

from __future__ import annotations

import re

SEARCH_WIDTH = 80        # characters of note shown around a search hit
DIFF_CONTEXT = 20        # characters of unchanged text shown on each side of a change
DIFF_WIDTH = 100         # a value up to this length is shown whole
DIFF_MAX_CHANGE = 60     # a longer changed part is itself cut in the middle
WORD_SLACK = 12          # how far a cut may move to land on a word boundary
ELLIPSIS = "…"


def one_line(text: object) -> str:
    return " ".join(str(text).split())


def _start_at_word(text: str, start: int) -> int:
    """Move a cut's start back to the beginning of its word (if a space is near)."""
    if start <= 0:
        return 0
    space = text.rfind(" ", max(0, start - WORD_SLACK), start)
    return space + 1 if space >= 0 else start


def _end_at_word(text: str, end: int) -> int:
    """Move a cut's end forward to the end of its word (if a space is near)."""
    if end >= len(text):
        return len(text)
    space = text.find(" ", end, end + WORD_SLACK)
    return space if space >= 0 else end


def _cut(text: str, start: int, end: int) -> str:
    start, end = _start_at_word(text, start), _end_at_word(text, end)
    return ((ELLIPSIS if start > 0 else "") + text[start:end].strip()
            + (ELLIPSIS if end < len(text) else ""))


def around(text: str, needle: str, width: int = SEARCH_WIDTH,
           marks: tuple[str, str] = ("[", "]")) -> str:
    """About ``width`` characters of ``text`` around the first ``needle`` (any case).

    Without a match (the hit was in the source, say), the start of the text.
    """
    text = one_line(text)
    needle = one_line(needle)
    match = re.search(re.escape(needle), text, re.IGNORECASE) if needle else None
    if match is None:
        return _cut(text, 0, width)
    hit_start, hit_end = match.span()
    side = max(width - (hit_end - hit_start), 0) // 2
    start, end = hit_start - side, hit_end + side
    if start < 0:                       # near the start: the room left goes to the right
        start, end = 0, end - start
    if end > len(text):                 # near the end: the room left goes to the left
        start, end = max(0, start - (end - len(text))), len(text)
    start, end = _start_at_word(text, start), _end_at_word(text, end)
    start = min(start, hit_start)
    end = max(end, hit_end)
    return ((ELLIPSIS if start > 0 else "") + text[start:hit_start] + marks[0]
            + text[hit_start:hit_end] + marks[1] + text[hit_end:end]
            + (ELLIPSIS if end < len(text) else "")).strip()


def _cut_change(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with context, its middle left out if the change is long."""
    left = _start_at_word(text, max(0, start - DIFF_CONTEXT))
    right = _end_at_word(text, min(len(text), end + DIFF_CONTEXT))
    if end - start > DIFF_MAX_CHANGE:
        half = DIFF_MAX_CHANGE // 2
        body = (text[left:_end_at_word(text, start + half)].rstrip() + " " + ELLIPSIS + " "
                + text[_start_at_word(text, end - half):right].lstrip())
    else:
        body = text[left:right]
    return ((ELLIPSIS if left > 0 else "") + body.strip()
            + (ELLIPSIS if right < len(text) else ""))


def differing(old: object, new: object, width: int = DIFF_WIDTH) -> tuple[str, str]:
    """``(old, new)`` cut so that where they differ shows.

    Values that fit in ``width`` are shown whole; longer ones leave out the
    start and end the two have in common, keeping some context around the change.
    """
    a, b = one_line(old), one_line(new)
    if len(a) <= width and len(b) <= width:
        return a, b
    prefix = 0
    limit = min(len(a), len(b))
    while prefix < limit and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while (suffix < limit - prefix
           and a[len(a) - 1 - suffix] == b[len(b) - 1 - suffix]):
        suffix += 1
    return (_cut_change(a, prefix, len(a) - suffix),
            _cut_change(b, prefix, len(b) - suffix))


def differing_values(old: object, new: object, width: int = DIFF_WIDTH) -> tuple[str, str]:
    """``differing`` for stored values, where None (no value) shows as "(empty)"."""
    a, b = differing("" if old is None else old, "" if new is None else new, width)
    return ("(empty)" if old is None else a), ("(empty)" if new is None else b)
