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
from scfield.disclosure import (
    confidential_texts,
    is_confidential,
    redact_evidence,
    redact_interview,
)
from scfield.framework import Framework, framework_for
from scfield.i18n import translated_framework
from scfield.messages import N_, Messages, assessment_language, messages
from scfield.report.fingerprint import fingerprint, short_code
from scfield.report.progress import progress_of
from scfield.report.signatories import Signatory, signatories_of
from scfield.report.signoff import Signature, roadmap_of, signatures_of
from scfield.scorecard import load_scorecard
from scfield.scoring import Scorecard
from scfield.store import Store
from scfield.store.queries import evidence_of, interviews_of, ratings_of


@dataclass
class Provenance:
    imports: list[dict[str, str]] = field(default_factory=list)
    conflicts: list[dict[str, str]] = field(default_factory=list)


@dataclass
class ReportData:
    assessment: dict[str, Any]
    framework: Framework
    card: Scorecard
    interviews: list[dict[str, Any]]    # confidential ones redacted (scfield.disclosure)
    evidence: dict[int, list[dict[str, Any]]]   # confidential rows redacted (disclosure)
    ratings: dict[int, dict[str, Any]]
    roadmap: dict[str, str]
    signatures: list[Signature]          # current (not superseded) ones
    history: list[Signature]             # superseded by an amendment
    provenance: Provenance
    fingerprint: str
    assessors: list[tuple[str, str]]     # (name, role) from the team field
    signatories: list[Signatory]         # who is to sign: one box each on the sign-off page
    language: str = "en"                 # what the report is printed in (not in the content)
    progress: Comparison | None = None   # a re-assessment's comparison with the previous one
    labels: dict[str, str] = field(default_factory=dict)   # interview id → "I3"

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


HELIX_ORDER = ("public", "private", "academia", "citizen")


def interview_labels(interviews: list[dict[str, Any]]) -> dict[str, str]:
    """Interview id → "I1", "I2" … in the order the stakeholder list prints them (by
    helix group, then date): the annex refers to each interview by its label instead of
    repeating who, where and when on every note."""
    ordered = sorted(interviews, key=lambda i: (
        HELIX_ORDER.index(i["helix_group"]) if i["helix_group"] in HELIX_ORDER
        else len(HELIX_ORDER), i["date"] or "", i.get("created_at") or ""))
    return {i["id"]: f"I{n}" for n, i in enumerate(ordered, 1)}


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


# Sources the audit trail records as the command that wrote them: in words, since the
# report's readers never run commands.
TOOL_SOURCES = {"scfield demo": N_("the demo data shipped with the app")}


def shared_provenance(store: Store, assessment_id: str, prov: Provenance, m: Messages
                      ) -> Provenance:
    """The provenance fit to leave the team: a conflict settled on a confidential note or
    name keeps how it was settled but not the words (``scfield.disclosure``), and the
    app's own tools are named in words, not as commands."""
    secrets = confidential_texts(store, assessment_id)
    for conflict in prov.conflicts:
        value = str(conflict.get("value") or conflict.get("resolution") or "")
        if secrets and any(s in value for s in secrets):
            how = conflict.get("how") or conflict.get("resolution", "").partition(": ")[0]
            conflict.update(value="", resolution=how)
    for entry in prov.imports:
        name = entry.get("file", "")
        if name in TOOL_SOURCES:
            entry["file"] = m(TOOL_SOURCES[name])
        elif name.startswith("scfield "):
            entry["file"] = m("the app's command line")
    return prov


def gather(store: Store, assessment_id: str, language: str | None = None) -> ReportData:
    """Read everything one report prints (one consistent read, inside a transaction).

    The fixed texts and the framework's texts are in ``language`` (default: the
    assessment's); what is read, and so the fingerprint, does not depend on it.
    Confidential interviews are redacted here, before any layout code sees them
    (``scfield.disclosure``): the report is meant for people outside the team.
    """
    with store.transaction():
        row = store.get("assessments", assessment_id)
        language = assessment_language(row, language)
        framework = translated_framework(
            framework_for(row["framework_id"], row["framework_version"]), language)
        m = messages(language)
        evidence: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for ev in evidence_of(store, assessment_id):
            evidence[ev["element"]].append(redact_evidence(ev, m))
        interviews = interviews_of(store, assessment_id)
        signatures = signatures_of(store, assessment_id)
        return ReportData(
            assessment=row,
            framework=framework,
            card=load_scorecard(store, row, language),
            interviews=[redact_interview(i, m) for i in interviews],
            evidence=dict(evidence),
            ratings=ratings_of(store, assessment_id),
            roadmap=roadmap_of(store, assessment_id),
            signatures=[s for s in signatures if not s.superseded_at],
            history=[s for s in signatures if s.superseded_at],
            provenance=shared_provenance(store, assessment_id,
                                         provenance(store, assessment_id), m),
            fingerprint=fingerprint(store, assessment_id),
            assessors=split_team(row["team"]),
            signatories=signatories_of(store, assessment_id),
            language=language,
            progress=progress_of(store, row, language),
            labels=interview_labels(interviews),
        )


def withheld_count(notes: list[dict[str, Any]]) -> int:
    """How many of an element's notes come from confidential interviews."""
    return sum(1 for n in notes if is_confidential(n))
