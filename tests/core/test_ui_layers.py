"""The UI's modules import one another without a cycle: a dialog module that needs
another's helper takes it from a shared module (``scfield/ui/folders.py``), so windows
can be understood, tested and changed one at a time. Imports for type checking only
(``if TYPE_CHECKING:``) do not count; imports inside functions do, since they are the
same dependency taken later."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "scfield" / "ui"


def _ui_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(n) for node in ast.walk(tree)
                   if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
                   for n in ast.walk(node)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "scfield.ui":
                found |= {a.name for a in node.names}
            elif node.module.startswith("scfield.ui."):
                found.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[2] for a in node.names
                      if a.name.startswith("scfield.ui.")}
    return found


def import_graph() -> dict[str, set[str]]:
    return {p.stem: _ui_imports(p) - {p.stem} for p in sorted(UI.glob("*.py"))}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_in_the_ui() -> None:
    graph = import_graph()
    assert {"main_window", "report_dialogs", "print_preview", "sync_dialogs"} <= set(graph)
    assert cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


SQL = ("SELECT ", "INSERT INTO ", "UPDATE ", "DELETE FROM ", "PRAGMA ", "BEGIN IMMEDIATE")


def test_no_sql_in_the_ui() -> None:
    """The app shows what the core reads: queries live in the core (``store/queries.py``,
    the feature packages), where the CLI uses the same ones."""
    found = []
    for path in sorted(UI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and any(
                    node.value.lstrip().startswith(k) for k in SQL):
                found.append(f"{path.name}:{node.lineno}: {node.value[:60]!r}")
    assert found == []


def reaches_into_windows(source: str) -> list[str]:
    """Where a module reaches into another window: ``hasattr(main, …)`` /
    ``getattr(main, …)``, ``main.sync`` / ``main.reports`` (also as ``self.main.…``),
    or ``….window().…`` (whatever top-level window a widget happens to sit in).
    A window gets what it may ask for at construction (``scfield/ui/requests.py``) and
    hears of changes through the event hub."""
    found = []

    def is_main(node: ast.AST) -> bool:
        return (isinstance(node, ast.Name) and node.id == "main") or (
            isinstance(node, ast.Attribute) and node.attr == "main")

    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in ("hasattr", "getattr") and node.args
                and is_main(node.args[0])):
            found.append(f"{node.lineno}: {node.func.id}(main, …)")
        elif isinstance(node, ast.Attribute) and node.attr in ("sync", "reports") and is_main(
                node.value):
            found.append(f"{node.lineno}: main.{node.attr}")
        elif (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Call)
              and isinstance(node.value.func, ast.Attribute)
              and node.value.func.attr == "window" and not node.value.args):
            found.append(f"{node.lineno}: .window().{node.attr}")
    return sorted(found, key=lambda line: int(line.split(":")[0]))


def test_no_window_reaches_into_another() -> None:
    found = [f"{path.name}:{line}" for path in sorted(UI.glob("*.py"))
             for line in reaches_into_windows(path.read_text(encoding="utf-8"))]
    assert found == []


def test_the_reach_finder_finds_each_kind() -> None:
    source = (
        "if main is not None and hasattr(main, 'reports'):\n"
        "    main.reports.print_summary(x)\n"
        "self.main.sync.open_conflicts(None)\n"
        "review = getattr(self.main, 'review', None)\n"
        "self.window().statusBar().showMessage('x')\n"
        "self.sync.ask_import()\n"          # the main window's own actions: fine
        "self.main.statusBar()\n")           # not one of the windows' actions
    assert reaches_into_windows(source) == [
        "1: hasattr(main, …)", "2: main.reports", "3: main.sync", "4: getattr(main, …)",
        "5: .window().statusBar"]


def test_changes_are_published_by_the_runner_only() -> None:
    """Operations return their ``Changes`` (``scfield/operations.py``); the runner
    (``scfield/ui/run.py``) publishes them, in one place — no window builds and
    publishes changes of its own."""
    found = []
    for path in sorted(UI.glob("*.py")):
        if path.name in ("run.py", "events.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "publish"):
                found.append(f"{path.name}:{node.lineno}")
    assert found == []
