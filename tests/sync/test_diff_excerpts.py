"""--dry-run and conflicts show where a long note changed, not its common start."""

from __future__ import annotations

from pathlib import Path

import pytest

from scfield.store import Store, open_store
from tests.sync.helpers import edit, rows
from tests.sync.test_commands import run

LONG = ("The IOC integrates nine data sources (traffic cameras, flood gauges, the 1022 "
        "feedback line and e-services); the sector agencies still keep their own databases "
        "and share them by email, so the operators re-type figures every morning")


def test_a_change_at_the_end_of_a_long_note_shows_in_dry_run_and_conflicts(
        demo_store: Store, danang: str, tmp_path: Path,
        capsys: pytest.CaptureFixture) -> None:
    db = demo_store.path
    with open_store(db, author="Office Lead") as store:
        noted = store.query("SELECT e.id FROM evidence e JOIN interviews i "
                            "ON i.id = e.interview_id WHERE i.assessment_id = ? "
                            "ORDER BY e.id LIMIT 2", [danang])
        evidence = [r["id"] for r in noted]
        for eid in evidence:
            store.update("evidence", eid, {"note": LONG + "."})
    demo_store.close()
    book = tmp_path / "field.xlsx"
    assert run(capsys, db, "export", danang[:8], str(book))[0] == 0
    where = {r["ID"]: n for n, r in enumerate(rows(book, "Evidence"), start=2)}
    first, second = (where[e] for e in evidence)
    edit(book, Evidence=[(first, "Note", LONG + " (small)."),
                         (second, "Note", LONG + " in the field.")])
    with open_store(db, author="Office Lead") as store:
        store.update("evidence", evidence[1], {"note": LONG + " at the office."})

    code, out, _ = run(capsys, db, "import", "--dry-run", str(book))
    assert code == 0, out
    update = next(line for line in out.splitlines() if "update evidence" in line)
    shown = update.split(" note: ")[1]
    old, new = shown.split(" → ")
    # Before: both cut at 40 characters, identical ("'The IOC integrates nine data sour…'").
    assert old.startswith("'…") and old.endswith(" every morning.'")
    assert new.startswith("'…") and new.endswith(" every morning (small).'")
    assert len(shown) < 120
    assert "office '…figures every morning at the office.' / " \
           "field '…figures every morning in the field.'" in out

    assert run(capsys, db, "import", str(book))[0] == 0
    code, out, _ = run(capsys, db, "conflicts", danang[:8])
    assert code == 0
    assert "    office: …figures every morning at the office.\n" in out
    assert "    field:  …figures every morning in the field.\n" in out
