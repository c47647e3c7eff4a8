"""Each record's fields and each vocabulary, declared once.

The records' checks (``scfield.store.records``), the field workbook's columns and
their conversions (``scfield.sync.layout``) and the choices the app and the workbook
offer (levels, statuses, helix groups, confidence) all derive from the declarations
here, so that a field added, renamed or given another choice changes everywhere
at once. The database's own constraints (the migrations, never edited once
released) say the same: a test compares them with these declarations.

Not derived on purpose: the report's fingerprint keeps its own frozen, versioned
list of the fields it signs (``scfield.report.fingerprint``), which must not move
when a field is added here.
"""

from __future__ import annotations

from dataclasses import dataclass

from scfield.errors import N_


@dataclass(frozen=True)
class Vocabulary:
    """The values a choice field takes, stored as these English keys (shown translated)."""

    kind: str                  # the field kind whose values these are
    values: tuple[str, ...]
    default: str               # what an empty cell or a new record gets


LEVEL = Vocabulary("level", ("country", "city"), "city")
STATUS = Vocabulary("status", ("draft", "signed", "amended"), "draft")
HELIX_GROUP = Vocabulary("helix", ("public", "private", "academia", "citizen"), "public")
CONFIDENCE = Vocabulary("confidence", ("high", "medium", "low"), "medium")
VOCABULARIES = {v.kind: v for v in (LEVEL, STATUS, HELIX_GROUP, CONFIDENCE)}


@dataclass(frozen=True)
class Field:
    """One field of a record.

    ``kind`` says how its value is checked and how it goes into and out of a
    workbook cell: ``id``, ``ref`` (another record's id), ``text``, ``date``, ``score``
    (0–4 or none), ``flag`` (0/1), ``element`` (a framework element number),
    ``elements`` (a list of them), ``number``, or a vocabulary's kind (``level``,
    ``status``, ``helix``, ``confidence``).
    """

    name: str
    kind: str
    header: str = ""           # its English name: the workbook's column header or row label
    editable: bool = True      # set through the records' functions (not a key or the system)
    in_workbook: bool = True   # travels in the field workbook (when ``editable``)

    @property
    def vocabulary(self) -> Vocabulary | None:
        return VOCABULARIES.get(self.kind)


@dataclass(frozen=True)
class Record:
    """A table's fields, in the order the app and the workbook show them."""

    table: str
    what: str                  # how a message names one ("an interview")
    fields: tuple[Field, ...]

    def __getitem__(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.table} has no field {name!r}")

    @property
    def editable(self) -> tuple[str, ...]:
        """The fields the records' functions accept (not the id, the parent, the status)."""
        return tuple(f.name for f in self.fields if f.editable)

    @property
    def in_workbook(self) -> tuple[Field, ...]:
        """The editable fields that travel in the workbook, in this order."""
        return tuple(f for f in self.fields if f.editable and f.in_workbook)


ASSESSMENT = Record("assessments", N_("an assessment"), (
    Field("id", "id", "Assessment ID", editable=False),
    Field("title", "text", "Title"),
    Field("country", "text", "Country"),
    Field("city", "text", "City"),
    Field("level", "level", "Level"),
    Field("start_date", "date", "Start date"),
    Field("end_date", "date", "End date"),
    Field("team", "text", "Team"),
    Field("language", "text", "Language"),
    Field("population", "text", "Population"),
    Field("economy", "text", "Economy"),
    Field("existing_assets", "text", "Existing assets"),
    Field("implementing_entities", "text", "Implementing entities"),
    Field("profile_notes", "text", "Profile notes"),
    Field("previous_id", "ref", "Previous assessment", in_workbook=False),
    Field("status", "status", "Status", editable=False),
))
INTERVIEW = Record("interviews", N_("an interview"), (
    Field("id", "id", "ID", editable=False),
    Field("assessment_id", "ref", "Assessment", editable=False),
    Field("date", "date", "Date"),
    Field("place", "text", "Place"),
    Field("interviewer", "text", "Interviewer"),
    Field("interviewee", "text", "Interviewee"),
    Field("role", "text", "Role"),
    Field("organisation", "text", "Organisation"),
    Field("helix_group", "helix", "Helix group"),
    Field("consent", "flag", "Consent"),
    Field("confidential", "flag", "Confidential"),
    Field("elements", "elements", "Elements"),
    Field("last_element", "number", "Last element shown", in_workbook=False),
))
EVIDENCE = Record("evidence", N_("evidence"), (
    Field("id", "id", "ID", editable=False),
    Field("interview_id", "ref", "Interview", editable=False),
    Field("element", "element", "No."),
    Field("score", "score", "Score"),
    Field("note", "text", "Note"),
    Field("source", "text", "Source"),
    Field("confidence", "confidence", "Confidence"),
))
RATING = Record("ratings", N_("a rating"), (
    Field("id", "id", "ID", editable=False),
    Field("assessment_id", "ref", "Assessment", editable=False),
    Field("element", "element", "No.", editable=False),
    Field("score", "score", "Score"),
    Field("rationale", "text", "Rationale"),
    Field("confidence", "confidence", "Confidence"),
    Field("set_by", "text", "Set by", in_workbook=False),
))
RECORDS = {r.table: r for r in (ASSESSMENT, INTERVIEW, EVIDENCE, RATING)}
