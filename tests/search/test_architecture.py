"""The house's rules, checked: no import cycle, a Django-free core, no hidden imports.

- No module of the project imports itself through others (every import counts,
  also one inside a function).
- search/engines/whoosh/core/ runs without Django: importing all of it loads
  neither django nor haystack.
- search/ and speeches/marking.py import at the top of the module only (Django's
  AppConfig.ready() excepted, where models become importable), and no module
  imports another's private name.
- docs/search.md names every module of search/.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("config", "search", "speeches", "backups", "reuse", "citations", "watch")
CORE = ROOT / "search" / "engines" / "whoosh" / "core"
TOP_LEVEL_ONLY = [*(ROOT / "search").rglob("*.py"), ROOT / "speeches" / "marking.py"]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules() -> dict[str, Path]:
    return {
        module_name(path): path
        for package in PACKAGES
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.parts
    }


def imports_of(path: Path, modules: dict[str, Path]) -> set[str]:
    """Return the project modules a module imports, wherever the import statement is."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        for target in targets:
            if target in modules:
                found.add(target)
    found.discard(name)
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Return the strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_of_the_project_imports_itself_through_others():
    modules = project_modules()
    graph = {name: imports_of(path, modules) for name, path in modules.items()}
    # A package's __init__ runs before any of its modules: an edge to it.
    for name in modules:
        parent = name.rpartition(".")[0]
        if parent in modules and parent != name:
            graph[name].discard(parent)
    assert cycles(graph) == []


def test_the_whoosh_core_imports_without_django():
    core_modules = sorted(
        module_name(path) for path in CORE.glob("*.py") if path.name != "__init__.py"
    )
    assert len(core_modules) >= 8
    script = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in core_modules)
        + "loaded = sorted({m.split('.')[0] for m in sys.modules} & "
        "{'django', 'haystack', 'speeches', 'config'})\n"
        "print(','.join(loaded))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_the_whoosh_core_names_no_django_module():
    offenders = [
        f"{path.name}: {node.module}"
        for path in CORE.glob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom)
        and (node.module or "").split(".")[0] in ("django", "haystack", "speeches")
    ]
    assert offenders == []


def nested_imports(path: Path) -> list[str]:
    """Return the import statements inside functions, outside AppConfig.ready()."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if function.name == "ready" and path.name == "apps.py":
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Import | ast.ImportFrom):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_search_imports_at_the_top_of_its_modules():
    assert [line for path in TOP_LEVEL_ONLY for line in nested_imports(path)] == []


def test_no_module_imports_a_private_name_of_another():
    offenders = [
        f"{path.relative_to(ROOT)}:{node.lineno} {alias.name}"
        for path in project_modules().values()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.module != "__future__"
        for alias in node.names
        if alias.name.startswith("_")
    ]
    assert offenders == []


def test_docs_name_every_module_of_search():
    docs = (ROOT / "docs" / "search.md").read_text(encoding="utf-8")
    missing = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "search").rglob("*.py")
        if path.name != "__init__.py"
        and "migrations" not in path.parts
        and str(path.relative_to(ROOT)) not in docs
    ]
    assert missing == []
