"""`scfield import` speaks the reader's language: its result lines, notes and refusals
(with their places) come from the core's catalogues, rendered at the edge, while the
JSON for scripts and what is stored in the database stay English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from scfield.cli import main
from scfield.store import Store
from scfield.sync.reader import WorkbookRefused, read_workbook
from tests.sync.helpers import edit, evidence_rows


def _run(capsys: pytest.CaptureFixture, db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--author", "Office Lead", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("language", "imported", "note"), [
    ("fr", "field.xlsx : importé : ajoutés 0, mis à jour 1, inchangés ",
     "remarque : feuille Evidence : 1 ligne(s) exportée(s) ne sont plus"),
    ("es", "field.xlsx: importado: añadidos 0, actualizados 1, sin cambios ",
     "nota: hoja Evidence: 1 fila(s) exportada(s) ya no están"),
    ("ja", "field.xlsx: インポート済み: 追加 0、更新 1、変更なし ",
     "注記: Evidence シート: エクスポートした 1 行がブックにありません"),
])
def test_the_import_summary_is_in_the_readers_language(
        demo_store: Store, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture,
        monkeypatch: pytest.MonkeyPatch, language: str, imported: str, note: str) -> None:
    (n, _), (m, _) = evidence_rows(exported)[:2]
    book = edit(exported, tmp_path / "field.xlsx", Evidence=[(n, "Score", 1)])
    wb = load_workbook(book)
    wb["Evidence"].delete_rows(m)   # a deleted row is only noted
    wb.save(book)
    db = demo_store.path
    demo_store.close()
    monkeypatch.setenv("SCFIELD_LANGUAGE", language)
    code, out, err = _run(capsys, db, "import", "--dry-run", str(book))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith(imported.replace("importé", "serait importé").replace(
        "importado", "se importaría").replace("インポート済み", "インポート予定")), lines[0]
    assert any(line.strip().startswith(note) for line in lines), out
    code, out, err = _run(capsys, db, "import", str(book))
    assert code == 0 and out.startswith(imported), out


def test_a_refusal_names_its_place_in_the_readers_language(
        demo_store: Store, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    n, row = evidence_rows(exported)[0]
    book = edit(exported, tmp_path / "twice.xlsx",
                Evidence=[("new", "Interview", row["Interview"]), ("new", "No.", row["No."]),
                          ("new", "Score", 4)])
    db = demo_store.path
    demo_store.close()
    monkeypatch.setenv("SCFIELD_LANGUAGE", "fr")
    code, out, err = _run(capsys, db, "import", str(book))
    assert code == 1 and out == ""
    first, last = err.splitlines()
    assert first.startswith("twice.xlsx : refusé : feuille Evidence, ligne "), first
    assert f"colonne No. : l'entretien {row['Interview']!r} a déjà une ligne pour " \
           f"l'élément {row['No.']} (ligne {n})" in first
    assert last == "scfield: 1 classeur sur 1 refusé ; rien n'en a été écrit"

    # scripts read English, whatever the locale
    code, out, _ = _run(capsys, db, "import", "--json", str(book))
    [result] = json.loads(out)
    assert code == 1 and result["problems"][0].startswith("sheet Evidence, row ")


def test_a_refusal_is_kept_as_templates_until_it_is_shown(tmp_path: Path) -> None:
    old = tmp_path / "old.xls"
    old.write_bytes(b"not really")
    with pytest.raises(WorkbookRefused) as caught:
        read_workbook(old)
    assert str(caught.value).startswith("old.xls: refused: this is an old Excel 97–2003")
    assert caught.value.render("es").startswith(
        "old.xls: rechazado: es un archivo .xls antiguo de Excel 97–2003")
    assert caught.value.render("ja").startswith("old.xls: 拒否: これは古い Excel 97–2003")
