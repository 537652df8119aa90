"""What every benchmark script shares: a log line, a timer, and writing its results.

Standard library only, so that a benchmark measuring memory (bench/gui.py) loads nothing
more by importing it.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """(seconds `fn()` took, what it returned)."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def save(name: str, result: dict[str, Any], table: str, indent: int = 1) -> None:
    """Write bench/results/NAME.json and NAME.md, and print the table."""
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=indent) + "\n", "utf-8")
    (RESULTS / f"{name}.md").write_text(table, "utf-8")
    print(table)
