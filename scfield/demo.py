"""``scfield demo``: realistic sample assessments so a newcomer sees a living app.

The content (fictional people, believable notes in English, Vietnamese, French,
Spanish and a few Japanese document titles) lives in
``resources/demo/demo-assessments.json``; this module only writes it through
the same audited functions the app uses, all in one transaction.
"""

from __future__ import annotations

import json
from typing import Any

from scfield.errors import N_, Text
from scfield.progress import NO_PROGRESS, Progress
from scfield.store import Store
from scfield.store.records import add_evidence, add_interview, create_assessment, set_rating

DEMO_FILE = ("demo", "demo-assessments.json")
PROFILE_KEYS = ("title", "country", "city", "level", "start_date", "end_date", "team",
                "language", "population", "economy", "existing_assets",
                "implementing_entities", "profile_notes")
INTERVIEW_KEYS = ("date", "place", "interviewer", "interviewee", "role", "organisation",
                  "helix_group", "consent", "confidential")


def demo_content() -> dict[str, Any]:
    from scfield.paths import resource_path

    return json.loads(resource_path(*DEMO_FILE).read_text(encoding="utf-8"))


def demo_titles_present(store: Store) -> list[str]:
    """The demo assessments' titles already in the database.

    Records get fresh ids when written, so the demo is recognised by its fixed
    titles: loading it twice would give every sample city a twin.
    """
    titles = [item["title"] for item in demo_content()["assessments"]]
    marks = ", ".join("?" for _ in titles)
    rows = store.query(f"SELECT DISTINCT title FROM assessments WHERE title IN ({marks})",
                       titles)
    return [row["title"] for row in rows]


def load_demo(store: Store, progress: Progress = NO_PROGRESS) -> list[str]:
    """Add the demo assessments and return their ids; none if the demo is already there."""
    if demo_titles_present(store):
        progress.step(1, 1, Text(N_("done")))
        return []
    content = demo_content()["assessments"]
    ids: dict[str, str] = {}
    previous_source, previous_author = store.audit_source, store.author
    store.audit_source = "scfield demo"
    try:
        with store.transaction():
            for done, item in enumerate(content):
                progress.step(done, len(content), item["title"])
                # The demo's own people are the authors of its records, as they would be
                # had they typed them: the lead creates and rates, each interviewer writes
                # their interviews — never the login of whoever loaded the demo.
                lead = item["team"].split(",")[0].split("(")[0].strip()
                store.author = lead
                fields = {k: item[k] for k in PROFILE_KEYS if k in item}
                if item.get("previous"):
                    fields["previous_id"] = ids[item["previous"]]
                assessment_id = create_assessment(store, **fields)
                ids[item["key"]] = assessment_id
                for interview in item["interviews"]:
                    store.author = interview.get("interviewer") or lead
                    interview_id = add_interview(
                        store, assessment_id, **{k: interview[k] for k in INTERVIEW_KEYS
                                                 if k in interview})
                    for ev in interview["evidence"]:
                        add_evidence(store, interview_id, element=ev["element"],
                                     score=ev["score"], note=ev["note"],
                                     source=ev.get("source", ""),
                                     confidence=ev.get("confidence", "medium"))
                store.author = lead
                for rating in item.get("ratings", []):
                    set_rating(store, assessment_id, rating["element"], score=rating["score"],
                               rationale=rating.get("rationale", ""),
                               confidence=rating.get("confidence", "medium"),
                               set_by=lead)
            progress.step(len(content), len(content), Text(N_("done")))
    finally:
        store.audit_source, store.author = previous_source, previous_author
    return list(ids.values())
