"""The shape of sync's code: no function longer than `MAX_LINES`, and the database reached
only through the catalogue package (`catalogue.sync_store.SyncStore`, `Catalogue`)."""

from __future__ import annotations

import ast
from pathlib import Path

SYNC = Path(__file__).resolve().parents[2] / "sync"
MAX_LINES = 80


def modules() -> list[Path]:
    """Every module of the sync package."""
    found = sorted(SYNC.rglob("*.py"))
    assert found, f"no modules found under {SYNC}"
    return found


def test_sync_runs_no_sql_on_the_catalogue_connection() -> None:
    uses = [
        f"{path.relative_to(SYNC.parent)}:{n}: {line.strip()}"
        for path in modules()
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if ".conn" in line
    ]
    assert not uses, "sync uses a connection; give catalogue/sync_store.py a method:\n" + (
        "\n".join(uses)
    )


def function_lengths(source: str) -> list[tuple[str, int, int]]:
    """(qualified name, first line, length in lines) of every function and method, nested
    ones included; a function's length runs from `def` to its last line."""
    found: list[tuple[str, int, int]] = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                name = prefix + child.name
                assert child.end_lineno is not None
                found.append((name, child.lineno, child.end_lineno - child.lineno + 1))
                visit(child, name + ".")
            elif isinstance(child, ast.ClassDef):
                visit(child, prefix + child.name + ".")
            else:
                visit(child, prefix)

    visit(ast.parse(source), "")
    return found


def test_function_lengths_are_measured() -> None:
    source = "class A:\n    def f(self):\n        def g():\n            pass\n        return 1\n"
    assert function_lengths(source) == [("A.f", 2, 4), ("A.f.g", 3, 2)]


def test_no_function_in_sync_is_longer_than_the_limit() -> None:
    long = [
        f"{path.relative_to(SYNC.parent)}:{line} {name}: {length} lines"
        for path in modules()
        for name, line, length in function_lengths(path.read_text("utf-8"))
        if length > MAX_LINES
    ]
    assert not long, f"split these into named steps (at most {MAX_LINES} lines):\n" + (
        "\n".join(long)
    )
