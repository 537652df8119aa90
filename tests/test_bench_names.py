"""Benchmark scripts run with bench/ first on the import path (Python puts a script's folder
there), so a script named like a package shadows it: bench/packaging.py once broke every
benchmark that loads the model (transformers imports `packaging.version`)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_no_benchmark_script_is_named_like_a_module_it_would_hide() -> None:
    hidden = [
        script.name
        for script in sorted(BENCH.glob("*.py"))
        if importlib.util.find_spec(script.stem) is not None
    ]
    assert hidden == []
