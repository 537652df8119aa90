"""The shape of the code (issue 18), held so it stays: no module of ours over `MAX_MODULE`
lines, no function of `sync/` over `MAX_SYNC_FUNCTION` lines (SYNC.md's checks are named
steps), sync reaches the database only through the catalogue package, and long work has
one progress type (`catalogue.jobs`)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("catalogue", "search", "sync", "desktop", "casebook")
MAX_MODULE = 600
MAX_SYNC_FUNCTION = 80


def modules(*packages: str) -> list[Path]:
    found = sorted(p for package in packages for p in (ROOT / package).rglob("*.py"))
    assert found, f"no modules under {ROOT}"
    return found


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


@pytest.mark.parametrize("package", PACKAGES)
def test_no_module_is_over_the_limit(package: str) -> None:
    long = {
        str(path.relative_to(ROOT)): count
        for path in modules(package)
        if (count := len(path.read_text("utf-8").splitlines())) > MAX_MODULE
    }
    assert not long, f"split these modules by what they do (over {MAX_MODULE} lines): {long}"


def test_no_function_in_sync_is_longer_than_the_limit() -> None:
    long = [
        f"{path.relative_to(ROOT)}:{line} {name}: {length} lines"
        for path in modules("sync")
        for name, line, length in function_lengths(path.read_text("utf-8"))
        if length > MAX_SYNC_FUNCTION
    ]
    assert not long, f"split these into named steps (at most {MAX_SYNC_FUNCTION} lines):\n" + (
        "\n".join(long)
    )


def test_sync_runs_no_sql_on_the_catalogue_connection() -> None:
    uses = [
        f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
        for path in modules("sync")
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if ".conn" in line
    ]
    assert not uses, "sync uses a connection; give catalogue/sync_store.py a method:\n" + (
        "\n".join(uses)
    )


def test_long_work_has_one_progress_type_and_one_cancel_error() -> None:
    aliases = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in modules(*PACKAGES)
        if path != ROOT / "catalogue" / "jobs.py"
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if "Callable[[float, str], None]" in line
        or (line.startswith("class ") and "Cancelled(" in line)
    ]
    assert not aliases, "use catalogue.jobs (Job, Cancelled) instead of:\n" + "\n".join(aliases)
