"""Everything a summary report prints, read from the store in one go.

The layout code (``sections``) only formats what this module gathers, so the
desktop preview and the batch job read the same data the same way. Provenance
tables belonging to the workbook sync (``imports``, ``conflicts``) are read
only if they exist and only through the columns found there: the report must
not break when the sync's schema evolves.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from scfield.compare import Comparison
from scfield.framework import Framework, framework_for
from scfield.i18n import translated_framework
from scfield.messages import Messages, assessment_language, messages
from scfield.report.fingerprint import fingerprint, short_code
from scfield.report.progress import progress_of
from scfield.report.signoff import Signature, roadmap_of, signatures_of
from scfield.scoring import Scorecard
from scfield.store import Store
from scfield.store.queries import evidence_of, interviews_of, load_scorecard, ratings_of


@dataclass
class Provenance:
    imports: list[dict[str, str]] = field(default_factory=list)
    conflicts: list[dict[str, str]] = field(default_factory=list)


@dataclass
class ReportData:
    assessment: dict[str, Any]
    framework: Framework
    card: Scorecard
    interviews: list[dict[str, Any]]
    evidence: dict[int, list[dict[str, Any]]]
    ratings: dict[int, dict[str, Any]]
    roadmap: dict[str, str]
    signatures: list[Signature]          # current (not superseded) ones
    history: list[Signature]             # superseded by an amendment
    provenance: Provenance
    fingerprint: str
    assessors: list[tuple[str, str]]     # (name, role) from the team field
    language: str = "en"                 # what the report is printed in (not in the content)
    progress: Comparison | None = None   # a re-assessment's comparison with the previous one

    @property
    def m(self) -> Messages:
        return messages(self.language)

    @property
    def signed(self) -> bool:
        return self.assessment["status"] == "signed"

    @property
    def short_fingerprint(self) -> str:
        return short_code(self.fingerprint)

    @property
    def short_id(self) -> str:
        return self.assessment["id"][:8]


def split_team(team: str) -> list[tuple[str, str]]:
    """"Keiko Tanabe (Team Leader), Marco Bellini" → [(name, role), ...]."""
    people = []
    for part in re.split(r",(?![^()]*\))|;", team or ""):
        part = part.strip()
        if not part:
            continue
        found = re.fullmatch(r"(.*?)\s*\((.*)\)", part)
        people.append((found.group(1), found.group(2)) if found else (part, ""))
    return people


def provenance(store: Store, assessment_id: str) -> Provenance:
    """Workbooks imported (file, who, when) and conflicts resolved (what, how, why), as
    the sync recorded them (``scfield.sync.provenance``)."""
    from scfield.sync.provenance import imports_of, settled_conflicts_of

    out = Provenance()
    for i in imports_of(store, assessment_id):
        entry: dict[str, Any] = {"file": i.file, "who": i.who,
                                 "when": i.when[:16].replace("T", " "), "records": i.summary,
                                 "counts": i.counts()}
        if i.changes is not None:
            entry["changes"] = i.changes
        out.imports.append(entry)
    for c in settled_conflicts_of(store, assessment_id):
        out.conflicts.append({
            "what": c.place,
            "resolution": f"{c.resolution}: {c.value}" if c.value else c.resolution,
            "how": c.resolution, "value": c.value,
            "why": c.reason, "who": c.who, "when": c.when[:16].replace("T", " ")})
    return out


def gather(store: Store, assessment_id: str, language: str | None = None) -> ReportData:
    """Read everything one report prints (one consistent read, inside a transaction).

    The fixed texts and the framework's texts are in ``language`` (default: the
    assessment's); what is read, and so the fingerprint, does not depend on it.
    """
    with store.transaction():
        row = store.get("assessments", assessment_id)
        language = assessment_language(row, language)
        framework = translated_framework(
            framework_for(row["framework_id"], row["framework_version"]), language)
        evidence: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for ev in evidence_of(store, assessment_id):
            evidence[ev["element"]].append(ev)
        signatures = signatures_of(store, assessment_id)
        return ReportData(
            assessment=row,
            framework=framework,
            card=load_scorecard(store, row, language),
            interviews=interviews_of(store, assessment_id),
            evidence=dict(evidence),
            ratings=ratings_of(store, assessment_id),
            roadmap=roadmap_of(store, assessment_id),
            signatures=[s for s in signatures if not s.superseded_at],
            history=[s for s in signatures if s.superseded_at],
            provenance=provenance(store, assessment_id),
            fingerprint=fingerprint(store, assessment_id),
            assessors=split_team(row["team"]),
            language=language,
            progress=progress_of(store, row, language),
        )
