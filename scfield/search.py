"""Searching the evidence notes: the store's matching rows, each with its element's
name and a snippet around the hit (what ``scfield search`` and the app show)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from scfield.errors import ScfieldError
from scfield.excerpts import around
from scfield.framework import framework_for
from scfield.store import queries
from scfield.store.database import Store

SEARCH_LIMIT = 50


@dataclass(frozen=True)
class SearchHit:
    evidence_id: str
    assessment_id: str
    assessment_title: str
    interview_id: str
    interviewee: str
    element: int
    element_name: str
    note: str
    snippet: str   # about 80 characters of the note around the hit, marked [like this]


def search_evidence(store: Store, text: str, limit: int = SEARCH_LIMIT,
                    assessment_id: str | None = None) -> list[SearchHit]:
    """Evidence notes (and sources) containing ``text``, in any script."""
    text = text.strip()
    if not text:
        return []
    return [_hit(row, text)
            for row in queries.evidence_containing(store, text, limit, assessment_id)]


def _hit(row: dict[str, Any], text: str) -> SearchHit:
    """A hit with enough of its note to recognise it (FTS5's snippet() counts trigram
    tokens, which left about three characters each side of the hit)."""
    source = row.pop("source") or ""
    framework = (row.pop("framework_id"), row.pop("framework_version"))
    try:
        element_name = framework_for(*framework).element(row["element"]).name
    except (ScfieldError, KeyError):
        element_name = ""
    note = row["note"] or ""
    if text.casefold() not in note.casefold() and text.casefold() in source.casefold():
        snippet = around(source, text)   # the hit is in the document cited
    else:
        snippet = around(note, text)
    return SearchHit(**row, element_name=element_name, snippet=snippet)
