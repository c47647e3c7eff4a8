"""The command line speaks the user's language: ``SCFIELD_LANGUAGE``, else the locale
(``LANG``, ``LC_ALL``, …), English for ``C``. Real ``scfield`` processes on a real demo
database; what is printed for people is translated, the data (titles, names, ids) is not,
and a Japanese table lines up in terminal columns as an English one does."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scfield.commands.common import (
    NO_LINE_START,
    ColumnsHelpFormatter,
    cell,
    display_width,
    wrap_columns,
)

PASSPHRASE = "correct horse battery staple"
JAPANESE_TITLE = "ダナン市スマートシティ準備度再評価 2026 年度（長い題名の表示確認用）"
LOCALE_VARS = ("SCFIELD_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
# How each language is asked for: the locale for French, scfield's own variable for Japanese.
ASK = {"fr": {"LANG": "fr_FR.UTF-8"}, "ja": {"SCFIELD_LANGUAGE": "ja", "LANG": "C.UTF-8"},
       "en": {"LANG": "C"}}


def scfield(*args: str, db: Path, language: str = "en",
            **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARS}
    full_env.update(ASK[language], **env)
    cmd = [sys.executable, "-m", "scfield", "--db", str(db), "--author", "Tester", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=full_env, timeout=120)


def ok(run: subprocess.CompletedProcess[str]) -> str:
    assert run.returncode == 0, run.stderr
    return run.stdout


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """A demo database with a Japanese-titled re-assessment and one signed assessment."""
    folder = tmp_path_factory.mktemp("cli-language")
    db = folder / "demo.sqlite"
    ok(scfield("init", db=db))
    ok(scfield("demo", db=db))
    ids = [r["id"][:8] for r in json.loads(ok(scfield("list", "--json", db=db)))]
    first, second = ids[0], ids[1]
    ok(scfield("reassess", first, "--title", JAPANESE_TITLE, db=db))
    (folder / "pass.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    keys = folder / "keys"
    signed = ok(scfield("sign", second, "--name", "Keiko Tanabe", "--role", "Team Leader",
                        "--passphrase-file", str(folder / "pass.txt"), db=db,
                        XDG_DATA_HOME=str(keys)))
    code = re.search(r"fingerprint ([0-9A-F]{4}(?:-[0-9A-F]{4}){3})", signed).group(1)
    from scfield.store.backups import backup_database

    assert backup_database(db, "before-import") is not None
    return {"db": db, "first": first, "second": second, "code": code}


def _db(demo: dict[str, object]) -> Path:
    return Path(str(demo["db"]))


# (language, words that must appear, English chrome that must not)
LIST_WORDS = {"fr": (["TITRE", "LIEU", "NIVEAU", "STADE"], ["TITLE", "PLACE", "OVERALL"]),
              "ja": (["タイトル", "場所", "レベル", "ステージ"], ["TITLE", "PLACE", "OVERALL"])}


@pytest.mark.parametrize("language", ["fr", "ja"])
def test_list_and_show_speak_the_language(demo: dict[str, object], language: str) -> None:
    out = ok(scfield("list", db=_db(demo), language=language))
    present, absent = LIST_WORDS[language]
    assert all(w in out for w in present), out
    assert not any(w in out for w in absent), out
    assert "Da Nang" in out  # the data stays as it was written
    show = ok(scfield("show", str(demo["first"]), db=_db(demo), language=language))
    words = {"fr": ["DOMAINE", "COUVERTURE", "Appui recommandé", "Extension suggérée",
                    "niveau ville", "brouillon"],
             "ja": ["領域", "網羅状況", "推奨される支援", "推奨されるスケールアップ", "都市レベル",
                    "下書き"]}[language]
    assert all(w in show for w in words), show
    for english in ("DOMAIN ", "COVERAGE", "Recommended support", "Suggested scale-up",
                    "city level", "draft"):
        assert english not in show, english
    assert "Philosophy and Vision of Smart City" in show  # the framework's words: data
    # What scripts read does not depend on who runs them.
    for args in (("list", "--json"), ("show", str(demo["first"]), "--json")):
        assert ok(scfield(*args, db=_db(demo), language=language)) == ok(
            scfield(*args, db=_db(demo), language="en"))


def _columns_of(header: str, line: str, names: list[str], values: list[str]) -> None:
    """Each value of ``line`` starts in the terminal column where its header starts."""
    for name, value in zip(names, values, strict=True):
        head_at = display_width(header[:header.index(name)])
        value_at = display_width(line[:line.rindex(value)])
        assert head_at == value_at, (name, value, header, line)


def test_japanese_tables_line_up(demo: dict[str, object]) -> None:
    db = _db(demo)
    rows = json.loads(ok(scfield("list", "--json", db=db, language="ja")))
    out = ok(scfield("list", db=db, language="ja")).splitlines()
    header, lines = out[0], [line for line in out[1:] if line[:8].isalnum()]
    assert len(lines) == len(rows) == 6
    japanese = next(line for line in lines if line.startswith(
        next(r["id"][:8] for r in rows if r["title"] == JAPANESE_TITLE)))
    assert "ダナン市" in japanese and "…" in japanese  # cut to its column, in columns
    for row, line in zip(rows, lines, strict=True):
        place = ", ".join(p for p in (row["city"], row["country"]) if p)
        _columns_of(header, line, ["場所", "レベル", "状態"], [place, row["level"] + " ",
                                                       row["status"]])
        # The last column (the overall score, "2.18" or "–") ends at the same column.
        overall = "–" if row["overall"] is None else f"{row['overall']:.2f}"
        assert display_width(line) - len(overall) == display_width(header) - len("総合") * 2
    # show: the score column's right edge is the header's, whatever the header's width.
    show = ok(scfield("show", str(demo["first"]), db=db, language="ja")).splitlines()
    data = json.loads(ok(scfield("show", str(demo["first"]), "--json", db=db)))
    head = next(line for line in show if line.startswith("領域"))
    edge = display_width(head[:head.index("スコア") + len("スコア")])
    for d in data["domains"]:
        line = next(line for line in show if line.startswith(d["name"] + " "))
        score = f"{d['score']:5.2f}"
        assert display_width(line[:line.index(score) + len(score)]) == edge, line
    # compare: the median column ends where its header ends.
    ids = [r["id"][:8] for r in rows if r["title"] != JAPANESE_TITLE][:3]
    table = ok(scfield("compare", *ids, db=db, language="ja")).splitlines()
    head = next(line for line in table if line.startswith("領域"))
    assert head.endswith("中央値")
    policy = next(line for line in table if line.startswith("Policy"))
    assert display_width(head) == display_width(policy)


def test_width_aware_cells() -> None:
    assert display_width("日本語abc") == 9 and display_width("Ｆｕｌｌ") == 8
    assert display_width("é") == 1 and display_width("e\u0301") == 1
    assert cell("日本語のタイトル", 9) == "日本語の…"  # 8 columns and the ellipsis
    assert display_width(cell("日本語のタイトル", 10)) == 10
    assert cell("abc", 6, right=True) == "   abc" and cell("abc", 6) == "abc   "
    assert cell("Da Nang Smart City", 10) == "Da Nang S…"


@pytest.mark.parametrize("language", ["fr", "ja"])
def test_check_and_backups(demo: dict[str, object], language: str) -> None:
    check = ok(scfield("check", db=_db(demo), language=language))
    assert {"fr": "contrôle d'intégrité réussi", "ja": "整合性チェックに合格"}[language] in check
    assert "integrity check passed" not in check
    out = ok(scfield("backups", db=_db(demo), language=language))
    for word in {"fr": ["QUAND (UTC)", "MOTIF", "FICHIER", "utilisés", "budget"],
                 "ja": ["日時（UTC）", "理由", "ファイル", "使用量", "上限"]}[language]:
        assert word in out, out
    for english in ("WHEN", "WHY", "used;", "the newest backup is always kept"):
        assert english not in out
    assert "before-import" in out  # why it was taken: the backup's own label


@pytest.mark.parametrize("language", ["fr", "ja"])
def test_compare_and_audit(demo: dict[str, object], language: str) -> None:
    db = _db(demo)
    out = ok(scfield("compare", str(demo["first"]), str(demo["second"]), db=db,
                     language=language))
    words = {"fr": ["DOMAINE", "ÉVOL.", "Global", "éléments notés sur 21",
                    "Éléments qui ont changé"],
             "ja": ["領域", "変化", "総合", "21 要素中 21 要素を採点", "変化した要素"]}
    for word in words[language]:
        assert word in out, out
    for english in ("DOMAIN ", "CHANGE", "elements scored", "Elements that moved", "Stage"):
        assert english not in out, english
    audit = ok(scfield("audit", str(demo["first"]), db=db, language=language))
    for word in {"fr": ["ajouté", "source : scfield demo", "élément 1"],
                 "ja": ["追加", "出典：scfield demo", "要素 1"]}[language]:
        assert word in audit
    assert ": added" not in audit and "from: " not in audit


@pytest.mark.parametrize("language", ["fr", "ja"])
def test_verify_verdicts_and_errors(demo: dict[str, object], language: str) -> None:
    db = _db(demo)
    matches = scfield("verify", str(demo["code"]), db=db, language=language)
    assert matches.returncode == 0, matches.stderr
    words = {"fr": ["correspond à", "signée par Keiko Tanabe", "vérifications :", "empreinte"],
             "ja": ["と一致します", "Keiko Tanabe", "検査：", "フィンガープリント"]}[language]
    assert all(w in matches.stdout for w in words), matches.stdout
    for english in ("matches ", "signed by", "checks:", "[ok] fingerprint"):
        assert english not in matches.stdout, english
    unknown = scfield("verify", "0000-0000-0000-0000", db=db, language=language)
    assert unknown.returncode == 1
    assert {"fr": "ne correspond pas", "ja": "一致しません"}[language] in unknown.stdout
    assert "does not match" not in unknown.stdout
    missing = scfield("show", "zzzzzz", db=db, language=language)
    assert missing.returncode == 1 and missing.stdout == ""
    line = missing.stderr.strip()
    assert line.count("\n") == 0 and "'zzzzzz'" in line, line
    assert {"fr": "ne commence par", "ja": "で始まる"}[language] in line
    assert "no assessment" not in line and "Traceback" not in line


def test_c_locale_stays_english(demo: dict[str, object]) -> None:
    db = _db(demo)
    out = ok(scfield("list", db=db, language="en"))
    assert out.startswith("ID       TITLE") and "TITRE" not in out
    show = ok(scfield("show", str(demo["first"]), db=db, language="en"))
    assert "Recommended support" in show and "city level · draft" in show
    verdict = ok(scfield("verify", str(demo["code"]), db=db, language="en"))
    assert verdict.startswith("matches ") and "checks:\n  [ok] fingerprint:" in verdict
    missing = scfield("show", "zzzzzz", db=db, language="en")
    assert missing.stderr == "scfield: no assessment with an id starting 'zzzzzz'\n"
    # SCFIELD_LANGUAGE wins over the locale, as in the app; a language scfield does not
    # ship is English.
    assert "TITRE" in ok(scfield("list", db=db, language="ja", SCFIELD_LANGUAGE="fr"))
    assert "TITLE" in ok(scfield("list", db=db, language="en", LANG="de_DE.UTF-8"))


def test_the_commands_words_are_all_where_the_catalogue_finds_them() -> None:
    """A text handed to a translation that is not called ``m`` (``cli_messages()("…")``)
    is invisible to the catalogue's extraction and would print in English for ever."""
    import ast

    import scfield

    root = Path(scfield.__file__).parent
    files = [*sorted((root / "commands").glob("*.py")), root / "cli.py",
             root / "report" / "commands.py", root / "report" / "verify.py"]
    hidden = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Call)
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                    and not ast.unparse(node.func).startswith("messages(code)")):
                hidden.append(f"{path.name}:{node.lineno}: {ast.unparse(node)[:60]}")
    assert not hidden, "\n".join(hidden)


@pytest.mark.parametrize("language", ["fr", "ja"])
def test_sign_off_commands(demo: dict[str, object], language: str) -> None:
    db, second = _db(demo), str(demo["second"])
    out = ok(scfield("signatures", second, db=db, language=language))
    assert {"fr": "statut : signée", "ja": "状態：署名済み"}[language] in out
    assert "Keiko Tanabe" in out and "status:" not in out
    road = ok(scfield("roadmap", second, db=db, language=language))
    assert {"fr": "Court terme : (non rédigé)", "ja": "短期：（未記入）"}[language] in road
    assert "Short term" not in road and "(not written)" not in road
    people = ok(scfield("signatories", second, db=db, language=language))
    assert {"fr": "aucun signataire", "ja": "署名者はまだいません"}[language] in people


@pytest.mark.parametrize("language", ["fr", "ja"])
def test_usage_errors_and_help(demo: dict[str, object], language: str) -> None:
    """argparse's own words ("usage:", "error:", "required") and the help of the commands."""
    db = _db(demo)
    run = scfield("show", db=db, language=language)
    assert run.returncode == 2 and run.stdout == ""
    expected = {"fr": ["utilisation : scfield show", "scfield show : erreur : les arguments "
                                                     "suivants sont obligatoires : id"],
                "ja": ["使い方: scfield show", "scfield show: エラー: 次の引数が必要です: id"]}
    assert all(w in run.stderr for w in expected[language]), run.stderr
    assert "usage:" not in run.stderr and "required" not in run.stderr
    helped = ok(scfield("--help", db=db, language=language))
    for words in {"fr": ["options:", "lister les évaluations avec leur note globale",
                         "vérifier un code imprimé ou un PDF"],
                  "ja": ["オプション:", "評価を総合スコアとステージ付きで一覧します",
                         "印刷されたコードまたは PDF を署名済みの記録と照合します"]}[language]:
        assert words in helped, helped
    assert "list assessments with their overall score" not in helped
    english = scfield("show", db=db, language="en")
    assert english.stderr.startswith("usage: scfield show") and "required: id" in english.stderr


def test_help_wraps_in_terminal_columns() -> None:
    """Japanese help is wrapped by display width, never starting a line with a closing
    mark; English help is wrapped by argparse exactly as before."""
    import argparse

    text = ("scfield が作った鍵ではなく、所属組織の鍵と証明書（PKCS#12 ファイル）で署名します。"
            "コマンドなしで実行するとデスクトップアプリを開きます。")
    for width in (20, 33, 54):
        lines = wrap_columns(text, width)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        for line in lines:
            hangs = line[-1] in NO_LINE_START
            assert display_width(line) <= width + (2 if hangs else 0), (width, line)
            assert line[0] not in NO_LINE_START and not line.endswith("（"), line
    english = ("sign with your organisation's key and certificate (PKCS#12 file) instead of "
               "the key scfield made for you")
    ours, theirs = ColumnsHelpFormatter("scfield"), argparse.HelpFormatter("scfield")
    assert ours._split_lines(english, 30) == theirs._split_lines(english, 30)
    assert ours._fill_text(english, 40, "  ") == theirs._fill_text(english, 40, "  ")


# What changed since signing, a backup's reason and sizes, the audit's record names.
REST_WORDS = {
    "fr": {"verify": ["ne correspond pas", "feuille de route modifiée : long term"],
           "backups": ["avant un import", "Kio"], "audit": ["entretien ·", "note"]},
    "ja": {"verify": ["一致しません", "ロードマップを変更：long term"],
           "backups": ["取り込みの前", "KiB"], "audit": ["インタビュー ·", "評定"]}}


@pytest.mark.parametrize("language", ["fr", "ja"])
def test_changes_since_signing_backups_and_audit_records(
        demo: dict[str, object], language: str, tmp_path: Path) -> None:
    import shutil

    from scfield.report.signoff import amend_assessment, set_roadmap
    from scfield.store import open_store

    # A copy, so that the signed assessment of the other tests still matches.
    db = tmp_path / "changed.sqlite"
    shutil.copyfile(_db(demo), db)
    with open_store(db, author="Tester") as store:
        aid = store.resolve_id("assessments", str(demo["second"]))
        amend_assessment(store, aid, "roadmap agreed with the city")
        set_roadmap(store, aid, long_term="Sector-based scale-up")
    words = REST_WORDS[language]
    changed = scfield("verify", str(demo["code"]), db=db, language=language)
    assert changed.returncode == 1, changed.stderr
    assert all(w in changed.stdout for w in words["verify"]), changed.stdout
    assert "roadmap changed" not in changed.stdout
    english = scfield("verify", str(demo["code"]), db=db)
    assert "  - roadmap changed: long term" in english.stdout

    backups = ok(scfield("backups", db=_db(demo), language=language))
    assert all(w in backups for w in words["backups"]), backups
    assert "before an import" not in backups and " bytes" not in backups
    assert "before an import" in ok(scfield("backups", db=_db(demo)))

    audit = ok(scfield("audit", str(demo["first"]), db=_db(demo), language=language))
    assert all(w in audit for w in words["audit"]), audit
    assert "interview ·" not in audit and " rating" not in audit
    # The JSON keeps English record names whoever runs it, so that two exports compare.
    assert ok(scfield("audit", str(demo["first"]), "--json", db=_db(demo),
                      language=language)) == ok(
        scfield("audit", str(demo["first"]), "--json", db=_db(demo)))
