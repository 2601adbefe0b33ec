"""The parser is pure Python: nothing under speeches/parsing/ may import Django."""

import ast
from pathlib import Path

PARSING = Path(__file__).resolve().parents[2] / "speeches" / "parsing"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_parsing_package_imports_no_django():
    files = sorted(PARSING.glob("*.py"))
    assert files, f"no modules found under {PARSING}"
    offenders = {
        f"{path.name}: {name}"
        for path in files
        for name in imported_modules(path)
        if name == "django" or name.startswith("django.")
    }
    assert not offenders
