"""The rule for what may leave the team (scfield.disclosure), on the demo's real records."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from scfield.disclosure import (
    confidential_note_counts,
    confidential_record_ids,
    confidential_texts,
    public_label,
    redact_audit_value,
    redact_evidence,
    redact_interview,
    team_only_notice,
    withheld_sentence,
)
from scfield.messages import messages
from scfield.store import Store
from scfield.store.queries import evidence_of, interviews_of
from scfield.sync.export import export_assessment


def _danang(store: Store) -> str:
    return store.query("SELECT id FROM assessments WHERE title LIKE 'Da Nang%' "
                       "ORDER BY start_date LIMIT 1")[0]["id"]


def test_the_demo_has_confidential_interviews_with_distinctive_text(demo_store: Store) -> None:
    texts = confidential_texts(demo_store, _danang(demo_store))
    assert "Phạm Thị Mai Anh" in texts
    assert "Deputy Head, Investment Planning Division" in texts
    assert len(texts) > 20


def test_a_confidential_interview_is_named_by_its_helix_group_only(demo_store: Store) -> None:
    aid = _danang(demo_store)
    rows = interviews_of(demo_store, aid)
    secret = next(i for i in rows if i["confidential"])
    public = next(i for i in rows if not i["confidential"])
    shown = redact_interview(secret)
    assert shown["interviewee"] == public_label(secret) == "Confidential interviewee (public body)"
    assert shown["role"] == shown["organisation"] == shown["place"] == ""
    assert shown["date"] == secret["date"] and shown["helix_group"] == "public"
    assert redact_interview(public) == public
    assert public_label(secret, messages("fr")) == (
        "Personne interrogée à titre confidentiel (organisme public)")


def test_confidential_evidence_keeps_its_score_but_not_its_words(demo_store: Store) -> None:
    rows = evidence_of(demo_store, _danang(demo_store))
    secret = next(e for e in rows if e["confidential"])
    shown = redact_evidence(secret)
    assert shown["score"] == secret["score"] and shown["element"] == secret["element"]
    assert shown["note"] == "(confidential, not shown)" and shown["source"] == ""
    assert secret["note"] not in repr(shown) and secret["role"] not in repr(shown)
    public = next(e for e in rows if not e["confidential"])
    assert redact_evidence(public) == public


def test_the_withheld_sentence() -> None:
    assert withheld_sentence(0, 5) == ""
    assert withheld_sentence(2, 5) == ("2 of the 5 notes on this element come from "
                                       "confidential interviews and are not shown.")
    assert withheld_sentence(1, 3) == ("1 of the 3 notes on this element comes from a "
                                       "confidential interview and is not shown.")
    assert withheld_sentence(1, 1) == ("The only note on this element comes from a "
                                       "confidential interview and is not shown.")
    assert withheld_sentence(3, 3).startswith("All 3 notes on this element come")
    assert withheld_sentence(1, 3, messages("fr")).startswith("1 des 3 notes sur cet "
                                                              "élément provient")
    assert withheld_sentence(2, 3, messages("fr")).startswith("2 des 3 notes sur cet "
                                                              "élément proviennent")
    assert withheld_sentence(1, 3, messages("es")).startswith("1 de las 3 notas")
    assert withheld_sentence(2, 5, messages("ja")) == (
        "この要素のメモ 5 件のうち 2 件は機密扱いのインタビューによるもので、表示していません。")


def test_audit_values_of_confidential_records_are_withheld(demo_store: Store) -> None:
    aid = _danang(demo_store)
    ids = confidential_record_ids(demo_store, aid)
    secrets = confidential_texts(demo_store, aid)
    marks = ",".join("?" * len(ids))
    rows = demo_store.query(f"SELECT * FROM audit WHERE record_id IN ({marks})", list(ids))
    assert rows
    for r in rows:
        for value in (r["old_value"], r["new_value"]):
            shown = redact_audit_value(r["table_name"], r["field"], value) or ""
            assert not [t for t in secrets if t in shown], (r["table_name"], shown)
    insert = next(r for r in rows if r["table_name"] == "evidence" and r["field"] == "*")
    assert '"score"' in redact_audit_value("evidence", "*", insert["new_value"])


def test_the_field_workbook_says_it_holds_confidential_notes(
        demo_store: Store, tmp_path: Path) -> None:
    """The team's workbook keeps everything, and says so on its Instructions sheet."""
    aid = _danang(demo_store)
    path = export_assessment(demo_store, aid, tmp_path / "field.xlsx", language="fr")
    wb = load_workbook(path)
    lines = [c.value for c in wb["Instructions"]["A"] if c.value]
    assert lines[-1].startswith("Ce classeur contient des notes d'entretiens confidentiels")
    cells = {c.value for ws in wb for row in ws.iter_rows() for c in row}
    secret = next(e for e in evidence_of(demo_store, aid) if e["confidential"])
    assert {"Phạm Thị Mai Anh", secret["note"], secret["role"]} <= cells
    assert not team_only_notice([{"confidential": 0}])


def _demo_with_secrets(tmp_path: Path) -> tuple[Path, list[str], dict[tuple[str, int], int],
                                                dict[tuple[str, int], int]]:
    """The demo written by the CLI as a user runs it; the confidential texts that no
    non-confidential record uses (a city profile naming the Kenyan State Department,
    another interviewee who is also a "Founder" are public there); the counts of
    confidential notes and of all notes per (assessment, element)."""
    from scfield.store import open_store
    from tests.core.test_cli import scfield

    db = tmp_path / "demo.sqlite"
    assert scfield("init", db=db).returncode == 0  # a missing --db is not created
    assert scfield("demo", db=db).returncode == 0
    with open_store(db) as store:
        counts = confidential_note_counts(store)
        public = " ".join(str(v) for sql in (
            "SELECT * FROM assessments", "SELECT * FROM interviews WHERE confidential = 0",
            "SELECT e.* FROM evidence e JOIN interviews i ON i.id = e.interview_id "
            "WHERE i.confidential = 0") for r in store.query(sql) for v in r.values())
        secrets = [t for t in confidential_texts(store) if t not in public]
        totals = {(r["assessment_id"], r["element"]): r["n"] for r in store.query(
            "SELECT i.assessment_id, e.element, COUNT(*) AS n FROM evidence e "
            "JOIN interviews i ON i.id = e.interview_id GROUP BY 1, 2")}
    assert len(secrets) > 50
    return db, secrets, counts, totals


def test_no_shared_output_of_the_demo_carries_confidential_text(tmp_path: Path) -> None:
    """The office summary workbook and every assessment's audit workbook, written by the
    CLI as a user runs it, scanned cell by cell for every confidential note, source,
    name, role, organisation and place of the demo."""
    import json

    from tests.core.test_cli import scfield

    db, secrets, counts, _ = _demo_with_secrets(tmp_path)
    outputs = [tmp_path / "office-summary.xlsx"]
    run = scfield("summary", str(outputs[0]), db=db)
    assert run.returncode == 0, run.stderr
    for a in json.loads(scfield("list", "--json", db=db).stdout):
        outputs.append(tmp_path / f"audit-{a['id'][:8]}.xlsx")
        run = scfield("audit", a["id"], "--xlsx", str(outputs[-1]), db=db)
        assert run.returncode == 0, run.stderr
    for path in outputs:
        cells = [str(c.value) for ws in load_workbook(path) for row in ws.iter_rows()
                 for c in row if c.value is not None]
        leaked = [s for s in secrets if any(s in c for c in cells)]
        assert not leaked, (path.name, leaked[:3])
    # The scores still count, and the summary says how many notes are confidential.
    elements = list(load_workbook(outputs[0])["Elements"].iter_rows(values_only=True))
    header = elements[0]
    shown = {(r[header.index("Assessment ID")], r[header.index("No.")]):
             r[header.index("Confidential notes")] for r in elements[1:]}
    assert {k: v for k, v in shown.items() if v} == counts


def _squeezed(text: str) -> str:
    """Text without any whitespace: a note wrapped over lines (Japanese between any two
    characters) reads back as one run, whatever the layout did to its spaces."""
    return "".join(text.split())


def _slices(secret: str, size: int = 40, step: int = 20) -> list[str]:
    """The secret, or overlapping 40-character slices of a long one: a note cut in two
    across rows or pages still shows in one of them."""
    text = _squeezed(secret)
    if len(text) <= size:
        return [text]
    return [text[i:i + size] for i in range(0, len(text) - size + 1, step)]


def test_no_pdf_summary_of_the_demo_carries_confidential_text(tmp_path: Path) -> None:
    """The PDF summary of every demo assessment in every report language, written by the
    CLI, read back in the order it was drawn (pdftotext -raw) and scanned for every
    confidential note, name, role and organisation; each element with confidential
    notes says how many are not shown, in the report's language."""
    import json
    import subprocess

    from scfield.i18n import LANGUAGES
    from tests.core.test_cli import scfield

    db, secrets, counts, totals = _demo_with_secrets(tmp_path)
    assessments = json.loads(scfield("list", "--json", db=db).stdout)
    assert len(assessments) == 5
    for language in LANGUAGES:
        folder = tmp_path / language
        run = scfield("report", "--all", str(folder), "--language", language, db=db)
        assert run.returncode == 0, run.stderr
        pdfs = sorted(folder.glob("*.pdf"))
        assert len(pdfs) == len(assessments)
        for pdf in pdfs:
            text = _squeezed(subprocess.run(["pdftotext", "-raw", str(pdf), "-"],
                                            capture_output=True, text=True, check=True
                                            ).stdout)
            leaked = [s for s in secrets if any(part in text for part in _slices(s))]
            assert not leaked, (language, pdf.name, leaked[:3])
            aid = next(a["id"] for a in assessments if a["id"][:8] in pdf.name)
            for (a, element), withheld in counts.items():
                if a == aid:
                    said = withheld_sentence(withheld, totals[a, element], messages(language))
                    assert _squeezed(said) in text, (language, pdf.name, element)


def test_a_conflict_settled_on_a_confidential_note_keeps_the_choice_not_the_words(
        demo_store: Store, tmp_path: Path) -> None:
    """The report's provenance says a conflict on a confidential note was settled, and how,
    without printing the note it kept."""
    from scfield.report.pdf import write_report
    from scfield.store.database import new_id, now
    from tests.report.pdfcheck import raw_text, squeezed

    aid = _danang(demo_store)
    secret = next(e for e in evidence_of(demo_store, aid) if e["confidential"])
    demo_store.db.execute(
        "INSERT INTO sync_conflicts (id, assessment_id, table_name, record_id, field, place, "
        "office_value, field_value, created_at, status, resolution, resolved_value, reason, "
        "resolved_by, resolved_at) VALUES (?, ?, 'evidence', ?, 'note', "
        "'Evidence sheet, row 12, note', 'old', ?, ?, 'resolved', 'field', ?, "
        "'Confirmed with the interviewer', 'Keiko Tanabe', ?)",
        [new_id(), aid, secret["id"], secret["note"], now(), secret["note"], now()])
    out = tmp_path / "conflict.pdf"
    write_report(demo_store, aid, out)
    text = raw_text(out)
    assert squeezed("Evidence sheet, row 12, note") in text
    assert squeezed("Confirmed with the interviewer") in text
    assert squeezed(secret["note"])[:40] not in text
