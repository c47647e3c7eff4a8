"""The bundle's data files are chosen by folder, so new forms and translations need no edit.

packaging/bundle_data.py feeds the PyInstaller spec; these tests run it on a
small repository-shaped folder so they need neither PyInstaller nor a build.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

TS_FRENCH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>app</name>
    <message>
        <source>Welcome to scfield</source>
        <translation>Bienvenue dans scfield</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture(scope="module")
def bundle_data():
    spec = importlib.util.spec_from_file_location("bundle_data",
                                                  ROOT / "packaging" / "bundle_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bundle_data"] = module
    spec.loader.exec_module(module)
    return module


def make_tree(root: Path) -> None:
    files = {
        "resources/frameworks/jica-smart-city-approach.toml": "id = 'x'\n",
        "resources/frameworks/jica-smart-city-approach.fr.toml": "id = 'x'\n",
        "resources/fonts/Some.ttf": "font",
        "resources/i18n/scfield_fr.ts": TS_FRENCH,
        "resources/.gitkeep": "",
        "resources/demo/__pycache__/junk.pyc": "",
        "forms/main_window.ui": "<ui/>",
        "forms/new_page.ui": "<ui/>",
    }
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")


def test_every_file_under_resources_and_forms_is_taken(bundle_data, tmp_path: Path) -> None:
    make_tree(tmp_path / "repo")
    datas = bundle_data.data_files(tmp_path / "repo", tmp_path / "work")
    taken = {(Path(src).name, dest) for src, dest in datas}
    assert ("jica-smart-city-approach.fr.toml", "resources/frameworks") in taken
    assert ("Some.ttf", "resources/fonts") in taken
    assert ("new_page.ui", "forms") in taken
    assert ("scfield_fr.ts", "resources/i18n") in taken
    names = {name for name, _ in taken}
    assert ".gitkeep" not in names and "junk.pyc" not in names


def test_a_translation_source_is_compiled_into_the_bundle(bundle_data, tmp_path: Path,
                                                          qapp) -> None:
    from PySide6.QtCore import QTranslator

    make_tree(tmp_path / "repo")
    datas = bundle_data.data_files(tmp_path / "repo", tmp_path / "work")
    (qm,) = [Path(src) for src, dest in datas if src.endswith(".qm")]
    assert qm.is_relative_to(tmp_path / "work"), "the source tree must stay untouched"
    assert dict(datas)[str(qm)] == "resources/i18n"
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("app", "Welcome to scfield") == "Bienvenue dans scfield"


def test_a_compiled_file_left_in_the_source_tree_is_not_shipped(bundle_data,
                                                                 tmp_path: Path) -> None:
    """An editable install compiles beside the sources; such a file may be older than its
    source, so the bundle always gets a fresh one."""
    repo = tmp_path / "repo"
    make_tree(repo)
    stale = repo / "resources" / "i18n" / "scfield_fr.qm"
    stale.write_bytes(b"an old compiled file")
    datas = bundle_data.data_files(repo, tmp_path / "work")
    assert (str(stale), "resources/i18n") not in datas
    (qm,) = [Path(src) for src, dest in datas if src.endswith(".qm")]
    assert qm.is_relative_to(tmp_path / "work") and qm.read_bytes() != stale.read_bytes()


def test_every_scfield_module_is_bundled(bundle_data) -> None:
    modules = bundle_data.scfield_modules(ROOT)
    assert "scfield" in modules and "scfield.cli" in modules
    assert "scfield.ui.app" in modules
    # The CLI imports these by name, which PyInstaller cannot see.
    from scfield.cli import COMMAND_MODULES

    assert set(COMMAND_MODULES) <= set(modules)


def test_version_is_read_without_importing(bundle_data) -> None:
    from scfield import __version__

    assert bundle_data.read_version(ROOT) == __version__
