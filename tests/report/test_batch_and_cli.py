"""Batch reports with progress and Cancel, and the CLI commands as a user runs them."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from scfield.progress import Cancelled, Progress
from scfield.report.pdf import report_filename, write_reports
from scfield.report.signoff import sign_assessment
from scfield.store import Store

from .pdfcheck import page_texts, qpdf_check

Cli = Callable[..., subprocess.CompletedProcess[str]]


def all_ids(store: Store) -> list[str]:
    return [r["id"] for r in store.query("SELECT id FROM assessments ORDER BY title")]


def test_batch_writes_one_pdf_per_assessment_with_progress(demo_store: Store,
                                                           tmp_path: Path) -> None:
    steps: list[tuple[int, int, str]] = []
    ids = all_ids(demo_store)
    results = write_reports(demo_store, ids, tmp_path / "out",
                            Progress(lambda d, t, m: steps.append((d, t, m))))
    assert [r.assessment_id for r in results] == ids
    assert [s[0] for s in steps] == list(range(len(ids) + 1))
    assert steps[0][2] == demo_store.get("assessments", ids[0])["title"]
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted(report_filename(r.title, r.assessment_id) for r in results)
    for r in results:
        assert qpdf_check(r.path).returncode == 0
        assert r.title.split()[0] in page_texts(r.path)[0]


def test_cancel_stops_between_reports_and_leaves_no_partial_file(demo_store: Store,
                                                                 tmp_path: Path) -> None:
    progress = Progress()

    def on_step(done: int, total: int, message: str) -> None:
        if done == 2:
            progress.cancel()

    progress._on_step = on_step
    with pytest.raises(Cancelled):
        write_reports(demo_store, all_ids(demo_store), tmp_path / "out", progress)
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(files) == 2 and all(f.endswith(".pdf") for f in files)


def test_report_filename_is_portable() -> None:
    assert report_filename("Đà Nẵng — Đánh giá 2025", "3f2a91c0-aaaa") == \
        "da-nang-danh-gia-2025-3f2a91c0.pdf"
    assert report_filename("横浜", "abcdef12-0000") == "assessment-abcdef12.pdf"


def test_cli_report_sign_verify_amend_cycle(cli: Cli, first_demo: str, tmp_path: Path,
                                            passphrase_file: Path) -> None:
    short = first_demo[:8]
    pdf = tmp_path / "draft.pdf"
    run = cli("report", short, str(pdf))
    assert run.returncode == 0, run.stderr
    assert "draft" in run.stdout and pdf.exists()
    run = cli("roadmap", short, "--short", "Open data portal", "--long", "Sector-based")
    assert run.returncode == 0 and "Short term: Open data portal" in run.stdout
    run = cli("sign", short, "--name", "Keiko Tanabe", "--role", "Team Leader",
              "--organisation", "JICA", "--passphrase-file", str(passphrase_file))
    assert run.returncode == 0, run.stderr
    code = run.stdout.split("fingerprint ")[1].split()[0]
    # Printed again without the signer's key, the PDF carries no digital signature:
    # verify names the signed record but will not vouch for the pages.
    unsigned = tmp_path / "unsigned.pdf"
    run = cli("report", short, str(unsigned))
    assert run.returncode == 0 and "is not digitally signed" in run.stdout, run.stdout
    run = cli("verify", str(unsigned))
    assert run.returncode == 1 and run.stdout.startswith("NOT CHECKED"), run.stdout
    signed = tmp_path / "signed.pdf"
    assert cli("report", short, str(signed), "--passphrase-file",
               str(passphrase_file)).returncode == 0
    for arg in (code, str(signed)):
        run = cli("verify", arg)
        assert run.returncode == 0, run.stdout + run.stderr
        assert run.stdout.startswith("matches 'Da Nang Smart City Readiness Assessment 2024' "
                                     "signed by Keiko Tanabe (Team Leader, JICA) on ")
    # Locked: the CLI's edit paths exit 1 with one clear line.
    run = cli("roadmap", short, "--short", "changed after signing")
    assert run.returncode == 1
    assert run.stderr.strip().startswith("scfield: assessment 'Da Nang")
    assert "signed and locked; amend it with a reason" in run.stderr
    assert "Traceback" not in run.stderr
    run = cli("amend", short)
    assert run.returncode == 2  # --reason is required
    run = cli("amend", short, "--reason", "Budget figures corrected")
    assert run.returncode == 0 and "DRAFT" in run.stdout
    assert cli("roadmap", short, "--short", "Revised").returncode == 0
    run = cli("verify", str(signed))
    assert run.returncode == 1
    assert "does not match" in run.stdout and "roadmap changed: short term" in run.stdout
    run = cli("signatures", short)
    assert "Budget figures corrected" in run.stdout and "status: amended" in run.stdout
    run = cli("amend", short, "--reason", "again")
    assert run.returncode == 1 and "is not signed" in run.stderr


def test_cli_errors_are_one_line(cli: Cli, tmp_path: Path, demo_store: Store) -> None:
    run = cli("report", "zzzz", str(tmp_path / "x.pdf"))
    assert run.returncode == 1 and run.stderr.count("\n") == 1
    run = cli("report")
    assert run.returncode == 2 and "needs an assessment id" in run.stderr  # a usage error
    run = cli("verify", str(tmp_path / "missing.pdf"))
    assert run.returncode == 1 and "missing.pdf: no such file" in run.stderr
    run = cli("verify", "hello")
    assert run.returncode == 1 and "neither a fingerprint code" in run.stderr
    text = tmp_path / "notes.pdf"
    text.write_text("not a pdf")
    run = cli("verify", str(text))
    assert run.returncode == 1 and "not a PDF file" in run.stderr
    blocker = tmp_path / "file"
    blocker.write_text("x")
    run = cli("report", "--all", str(blocker))
    assert run.returncode == 1 and "is a file, not a folder" in run.stderr


def test_cli_report_all(cli: Cli, demo_store: Store, tmp_path: Path) -> None:
    sign_assessment(demo_store, all_ids(demo_store)[0], "Keiko Tanabe", "Team Leader")
    demo_store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    run = cli("report", "--all", str(tmp_path / "all"))
    assert run.returncode == 0, run.stderr
    assert "wrote 5 reports" in run.stdout
    assert run.stderr.count("[") == 5 and "[5/5]" in run.stderr
    assert len(list((tmp_path / "all").glob("*.pdf"))) == 5
    assert run.stdout.count(" signed") == 1 and run.stdout.count(" draft") == 4
