"""Fixtures of the sync tests: a demo database and a field workbook exported from it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from scfield.store import Store
from scfield.sync.export import export_assessment
from tests.sync.calc import Calc


@pytest.fixture
def danang(demo_store: Store) -> str:
    """The Da Nang 2024 assessment (8 interviews, 60 evidence notes, ratings)."""
    return demo_store.query("SELECT id FROM assessments WHERE title LIKE 'Da Nang%' "
                            "ORDER BY start_date LIMIT 1")[0]["id"]


@pytest.fixture
def exported(demo_store: Store, danang: str, tmp_path: Path) -> Path:
    return export_assessment(demo_store, danang, tmp_path / "danang-field.xlsx")


@pytest.fixture(scope="module")
def calc(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Calc]:
    """A headless Calc shared by one test module (started once: the machine is small)."""
    running = Calc(tmp_path_factory.mktemp("calc"))
    yield running
    running.close()
