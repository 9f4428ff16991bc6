"""The shape of the code: short functions, and only Dagster's public API.

A function over 80 lines does several jobs; a name under `dagster._` is private and can change in any release.
Rules and mappings live in data files (pipeline/events/data/), so no module is exempt.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ["pipeline", "assets", "schemas", "bench", "sample", "deploy"]
MAX_FUNCTION_LINES = 80


def _python_files(packages: list[str]) -> list[Path]:
    return sorted(p for package in packages for p in (ROOT / package).rglob("*.py"))


def _function_lengths() -> dict[str, int]:
    lengths = {}
    for path in _python_files(PACKAGES):
        relative = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lengths[f"{relative}:{node.name}"] = node.end_lineno - node.lineno + 1
    return lengths


def test_no_function_is_longer_than_80_lines() -> None:
    too_long = {name: n for name, n in _function_lengths().items() if n > MAX_FUNCTION_LINES}
    assert too_long == {}


def _private_dagster_imports(tree: ast.AST) -> list[str]:
    """Names of private Dagster modules (`dagster._core...`, `dagster_duckdb._...`) imported anywhere in `tree`."""
    modules = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.append(node.module)
            modules += [f"{node.module}.{alias.name}" for alias in node.names]
    return [
        m for m in modules if m.split(".")[0].startswith("dagster") and any(p.startswith("_") for p in m.split("."))
    ]


def test_nothing_imports_a_private_dagster_module() -> None:
    offenders = {}
    for path in _python_files([*PACKAGES, "tests"]):
        found = _private_dagster_imports(ast.parse(path.read_text(encoding="utf-8")))
        if found:
            offenders[path.relative_to(ROOT).as_posix()] = found
    assert offenders == {}


def test_the_private_import_check_recognises_one() -> None:
    tree = ast.parse("def f():\n    from dagster._core.storage.tags import X\nimport dagster as dg\n")
    assert _private_dagster_imports(tree) == ["dagster._core.storage.tags", "dagster._core.storage.tags.X"]


def test_the_packages_below_the_assets_never_import_dagster() -> None:
    offenders = {}
    for path in _python_files(
        ["pipeline/sources", "pipeline/text", "pipeline/dates", "pipeline/events", "pipeline/store"]
    ):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        names += [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module]
        found = [m for m in names if m.split(".")[0].startswith("dagster")]
        if found:
            offenders[path.relative_to(ROOT).as_posix()] = found
    assert offenders == {}
