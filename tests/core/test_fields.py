"""Each record's fields and vocabularies are declared once (``scfield.store.fields``):
the records' checks, the workbook's columns and the choices derive from it, and the
database's own columns and constraints say the same."""

from __future__ import annotations

import re

import pytest

from scfield.errors import InvalidValue
from scfield.framework import default_framework
from scfield.report import fingerprint
from scfield.store import Store, records
from scfield.store.fields import RECORDS, VOCABULARIES
from scfield.sync import layout

# Columns every record has that no person edits (stamped by the store), and the
# assessment's framework, fixed when it is created.
STAMPED = {"created_at", "updated_at", "author", "revision", "framework_id",
           "framework_version"}


@pytest.mark.parametrize("table", sorted(RECORDS))
def test_declared_fields_are_the_tables_columns(store: Store, table: str) -> None:
    columns = {r["name"] for r in store.query(f"PRAGMA table_info({table})")}
    declared = {f.name for f in RECORDS[table].fields}
    assert declared <= columns
    assert columns - declared <= STAMPED


def test_vocabularies_are_the_databases_constraints(store: Store) -> None:
    """The first migration wrote each vocabulary into a CHECK constraint, never edited
    since: the declaration must agree, or a choice offered would be refused by SQLite."""
    sql = " ".join(r[0] for r in store.conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name IN "
        "('assessments', 'interviews', 'evidence', 'ratings')"))
    checked = {name: tuple(v.strip().strip("'") for v in values.split(","))
               for name, values in re.findall(r"CHECK \((\w+) IN \(([^)]*)\)\)", sql)}
    choices = {f.name: f.vocabulary for r in RECORDS.values() for f in r.fields
               if f.vocabulary is not None}
    assert {name: v.values for name, v in choices.items()} == {
        "level": ("country", "city"), "status": ("draft", "signed", "amended"),
        "helix_group": ("public", "private", "academia", "citizen"),
        "confidence": ("high", "medium", "low")}
    assert {k: v for k, v in checked.items() if k in choices} == {
        name: v.values for name, v in choices.items()}
    defaults = dict(re.findall(r"(\w+) TEXT NOT NULL DEFAULT '(\w+)'\s+CHECK", sql))
    assert defaults == {name: v.default for name, v in choices.items()}


def test_every_choice_field_is_checked_against_its_vocabulary() -> None:
    framework = default_framework()
    clean = {"assessments": records.clean_assessment, "interviews": records.clean_interview,
             "evidence": lambda v: records.clean_evidence(v, framework),
             "ratings": records.clean_rating}
    seen = 0
    for table, record in RECORDS.items():
        for field in record.fields:
            if field.vocabulary is None or not field.editable:
                continue
            for value in field.vocabulary.values:
                assert clean[table]({field.name: value}) == {field.name: value}
            with pytest.raises(InvalidValue, match=f"^{field.name}: 'elders' is not one of "
                                                   f"{', '.join(field.vocabulary.values)}$"):
                clean[table]({field.name: "elders"})
            seen += 1
    assert seen == 4  # level, helix_group, evidence and rating confidence


def test_workbook_columns_are_the_declared_fields() -> None:
    """Headers and kinds come from the declaration; every field that travels has a column
    (or an Assessment sheet row), and no column names an undeclared field."""
    for sheet, columns in layout.DATA_SHEETS.items():
        record = RECORDS[layout.TABLE_OF[sheet]]
        for column in columns:
            if column.field is None:
                assert column.kind in ("label", "info")
                continue
            assert (column.header, column.kind) == (record[column.field].header,
                                                    record[column.field].kind)
        assert {f.name for f in record.in_workbook} <= {c.field for c in columns}
    assert [f for _, f, _ in layout.ASSESSMENT_ROWS] == [
        f.name for f in RECORDS["assessments"].in_workbook]
    assert {k: v.values for k, v in VOCABULARIES.items()} == {
        "helix": records.HELIX_GROUPS, "confidence": records.CONFIDENCE,
        "level": records.LEVELS, "status": records.STATUSES}
    assert layout.DEFAULTS["helix"] == "public" and layout.DEFAULTS["confidence"] == "medium"


def test_the_fingerprints_field_lists_stay_frozen() -> None:
    """The report's fingerprint does not derive its fields from the declaration, on
    purpose: a signed page must verify the same after a field is added. Its lists are
    versioned with the fingerprint; they only name declared fields."""
    assert fingerprint.INTERVIEW_FIELDS == (
        "date", "place", "interviewer", "interviewee", "role", "organisation",
        "helix_group", "consent", "confidential", "elements")
    assert fingerprint.EVIDENCE_FIELDS == (
        "interview_id", "element", "score", "note", "source", "confidence")
    assert fingerprint.RATING_FIELDS == ("score", "rationale", "confidence")
    for table, names in (("interviews", fingerprint.INTERVIEW_FIELDS),
                         ("evidence", fingerprint.EVIDENCE_FIELDS),
                         ("ratings", fingerprint.RATING_FIELDS)):
        assert set(names) <= {f.name for f in RECORDS[table].fields}


def test_every_vocabulary_value_has_its_words_where_it_is_shown() -> None:
    """The report's and the disclosure's words for each value are kept beside the texts
    they go in (each in its own context); they must cover the declared vocabulary
    exactly, so that a value added to a vocabulary is never printed as its raw key."""
    from scfield import disclosure
    from scfield.report import content, pdf, sections
    from scfield.store.fields import HELIX_GROUP, LEVEL, STATUS

    for words in (sections.HELIX_NAMES, sections.ORGANISATION_TYPES,
                  disclosure.ORGANISATION_KINDS):
        assert tuple(words) == HELIX_GROUP.values
    assert HELIX_GROUP.values == content.HELIX_ORDER
    assert set(sections.STATUS_TEXTS) == set(pdf.STATUS_WORDS) == set(STATUS.values)
    assert set(sections.LEVEL_TEXTS) == set(LEVEL.values)
