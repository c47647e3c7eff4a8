"""Signatories entered for the purpose: the CLI that lists, adds and removes them, and the
sign-off page that lays out one box each (never roles cut from the cover's Team text)."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from pathlib import Path

from scfield.report.pdf import write_report
from scfield.report.signatories import add_signatory, signatories_of
from scfield.report.signoff import sign_assessment
from scfield.store import Store

from .pdfcheck import page_texts

Cli = Callable[..., subprocess.CompletedProcess[str]]


def sign_page(path: Path) -> str:
    """The sign-off section: the last page from its heading on (it follows the
    provenance on the same page when it fits there)."""
    text = " ".join(page_texts(path)[-1].split())
    return text[text.index("Sign-off"):]


def test_cli_adds_lists_and_removes_signatories(cli: Cli, demo_store: Store,
                                                first_demo: str) -> None:
    short = first_demo[:8]
    run = cli("signatories", short)
    assert run.returncode == 0 and "no signatories yet" in run.stdout
    run = cli("signatories", short, "--add", "Keiko Tanabe|Team Leader|JICA")
    assert run.returncode == 0, run.stderr
    run = cli("signatories", short, "--add", " Trần Quốc Bảo | Deputy Director | Da Nang DIC ",
              "--counterpart")
    assert run.returncode == 0, run.stderr
    run = cli("signatories", short, "--add", "Marco Bellini")  # role, organisation optional
    assert run.returncode == 0, run.stderr
    run = cli("signatories", short, "--list")
    assert run.stdout.splitlines() == [
        "1. assessor: Keiko Tanabe — Team Leader, JICA",
        "2. assessor: Marco Bellini",
        "3. counterpart: Trần Quốc Bảo — Deputy Director, Da Nang DIC"]
    run = cli("signatories", short, "--remove", "2")
    assert run.returncode == 0 and run.stdout.startswith("removed assessor Marco Bellini")
    assert [s.name for s in signatories_of(demo_store, first_demo)] == [
        "Keiko Tanabe", "Trần Quốc Bảo"]
    # Written to the audit trail like every other change.
    assert demo_store.query("SELECT COUNT(*) AS n FROM audit WHERE table_name = "
                            "'signatories'")[0]["n"] == 4


def test_cli_refuses_bad_signatories_in_one_line(cli: Cli, first_demo: str) -> None:
    short = first_demo[:8]
    assert cli("signatories", short, "--add", "Keiko Tanabe|Team Leader|JICA").returncode == 0
    for args, words in (
            (("--add", "|Team Leader|JICA"), "the name is required"),
            (("--add", "A|B|C|D"), "at most two"),
            (("--add", "keiko tanabe|Expert"), "already a signatory"),
            (("--remove", "7"), "no signatory 7"),
            (("--remove", "0"), "no signatory 0")):
        run = cli("signatories", short, *args)
        assert run.returncode == 1, (args, run.stderr)
        assert words in run.stderr and len(run.stderr.strip().splitlines()) == 1
        assert "Traceback" not in run.stderr
    for args in (("--counterpart",), ("--add", "X", "--remove", "1"), ("--remove", "one")):
        run = cli("signatories", short, *args)
        assert run.returncode == 2, (args, run.stderr)
    assert cli("signatories", "ffffffff").returncode == 1  # no such assessment


def test_without_signatories_one_blank_assessor_and_one_blank_counterpart(
        demo_store: Store, first_demo: str, tmp_path: Path) -> None:
    """Nothing guessed from the Team text ("Keiko Tanabe (Team Leader, urban management),
    …"): one blank box of each kind, with blank Organisation lines."""
    team = demo_store.get("assessments", first_demo)["team"]
    assert "Team Leader" in team
    out = tmp_path / "blank.pdf"
    write_report(demo_store, first_demo, out)
    page = sign_page(out)
    assert page.count("Assessor") == 1 and page.count("Counterpart") == 1
    assert "Team Leader" not in page and "Keiko Tanabe" not in page
    assert re.search(r"Assessor Name Role Organisation Date Signature", page)


def test_the_sign_off_page_has_a_box_per_signatory(
        demo_store: Store, first_demo: str, tmp_path: Path) -> None:
    people = [("Keiko Tanabe", "Team Leader", "JICA Expert Team", False),
              ("Marco Bellini", "Institutional analyst", "JICA Expert Team", False),
              ("Nguyễn Thị Thu Hà", "ICT specialist", "JICA Expert Team", False),
              ("Trần Quốc Bảo", "Deputy Director", "Da Nang DIC", True),
              ("Lê Văn Hùng", "Director", "Da Nang Digital Transformation Centre", True)]
    for name, role, organisation, counterpart in people:
        add_signatory(demo_store, first_demo, name, role, organisation, counterpart)
    out = tmp_path / "five.pdf"
    write_report(demo_store, first_demo, out)
    page = sign_page(out)
    assert page.count("Assessor") == 3 and page.count("Counterpart") == 2
    for name, role, organisation, _ in people:
        assert name in page and role in page and organisation in page
    # Assessors first, then counterparts, in the order they were added.
    assert [page.index(n) for n, *_ in people] == sorted(page.index(n) for n, *_ in people)
    # A recorded signature fills its signatory's box; someone who signed without being
    # listed gets a box of their own.
    sign_assessment(demo_store, first_demo, "Trần Quốc Bảo", "Deputy Director",
                    "Da Nang DIC")
    sign_assessment(demo_store, first_demo, "Ana Ruiz", "Observer", "World Bank")
    out = tmp_path / "signed.pdf"
    write_report(demo_store, first_demo, out)
    page = sign_page(out)
    assert page.count("Counterpart") == 3 and page.count("(recorded in scfield)") == 2
    assert page.count("Trần Quốc Bảo") == 2  # the status line and its own box, once
    assert "Ana Ruiz" in page and "World Bank" in page
