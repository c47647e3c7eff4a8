"""The store's, the framework's and the workbook cells' refusals are templates rendered in
the reader's language, still naming the file, the key or the field (English by ``str``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scfield.errors import FrameworkError, InvalidValue, StoreError
from scfield.framework import default_framework, load_framework
from scfield.store import open_store, records
from scfield.sync import layout


def test_a_foreign_file_is_refused_in_each_language(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database", encoding="utf-8")
    with pytest.raises(StoreError) as err:
        open_store(path)
    assert str(err.value) == f"{path}: not an SQLite database, refusing to open it"
    assert err.value.render("fr") == (f"{path} : ce n'est pas une base de données SQLite, "
                                      "ouverture refusée")
    assert err.value.render("ja") == f"{path}：SQLite データベースではないため、開きません"


def test_a_broken_framework_names_file_and_key_in_each_language(tmp_path: Path) -> None:
    source = default_framework().path.read_text(encoding="utf-8")
    path = tmp_path / "broken.toml"
    path.write_text(source.replace("number = 21\n", "number = 20\n", 1), encoding="utf-8")
    with pytest.raises(FrameworkError) as err:
        load_framework(path)
    assert str(err.value).startswith(f"{path}: elements[")
    assert str(err.value).endswith(".number: duplicate element number 20")
    key = str(err.value)[len(f"{path}: "):].split(":")[0]
    assert err.value.render("fr") == f"{path} : {key} : numéro d'élément 20 en double"
    assert err.value.render("es") == f"{path}: {key}: número de elemento 20 repetido"
    assert err.value.render("ja") == f"{path}：{key}：要素の番号 20 が重複しています"


def test_a_records_refusal_names_the_field_in_each_language() -> None:
    with pytest.raises(InvalidValue) as err:
        records.clean_interview({"helix_group": "elders"})
    assert err.value.render("es") == (
        "helix_group: 'elders' no es uno de public, private, academia, citizen")
    with pytest.raises(InvalidValue) as err:
        records.clean_rating({"colour": "blue"})
    assert str(err.value) == "a rating has no field 'colour'"
    assert err.value.render("fr") == "une note consolidée n'a pas de champ 'colour'"


def test_a_cells_refusal_in_each_language() -> None:
    with pytest.raises(InvalidValue) as err:
        layout.from_cell("element", None, default_framework())
    assert str(err.value) == "empty is not an element number 1–21"
    assert err.value.render("ja") == "空欄は要素の番号（1～21）ではありません"
    with pytest.raises(InvalidValue) as err:
        layout.from_cell("flag", "maybe", default_framework())
    assert err.value.render("fr") == "'maybe' n'est ni yes ni no"
