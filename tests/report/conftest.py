"""Fixtures for the report tests: the demo database, its Da Nang assessment, the CLI."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from scfield.store import Store

from .pdfcheck import run_cli


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text("correct horse battery\n", encoding="utf-8")
    return path


@pytest.fixture
def first_demo(demo_store: Store) -> str:
    """The Da Nang 2024 assessment (eight interviews, English, Vietnamese, Japanese)."""
    return demo_store.query("SELECT id FROM assessments WHERE title LIKE 'Da Nang%2024' "
                            "ORDER BY title LIMIT 1")[0]["id"]


@pytest.fixture
def cli(demo_store: Store) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Runs ``scfield`` in a real process against the demo database."""
    demo_store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return lambda *args: run_cli(demo_store.path, *args)
