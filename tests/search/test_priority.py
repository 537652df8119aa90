"""The background processes (keyword index builder, model) run at a lower CPU priority."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from search import priority


@pytest.mark.skipif(not hasattr(os, "nice"), reason="no nice on this system")
def test_lower_priority_lowers_this_process_only() -> None:
    code = (
        "import os; from search.priority import lower_priority; "
        "before = os.nice(0); lower_priority(3); print(os.nice(0) - before)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert out.strip() == "3"


def test_the_children_lower_their_priority_first(monkeypatch: pytest.MonkeyPatch) -> None:
    from search import keyword_build, semantic

    asked: list[int] = []

    def record(increment: int) -> None:
        asked.append(increment)
        raise RuntimeError("stop here")

    monkeypatch.setattr(priority, "lower_priority", record)
    with pytest.raises(RuntimeError, match="stop here"):
        keyword_build._build_in_child("/nonexistent", "/nonexistent", None)
    with pytest.raises(RuntimeError, match="stop here"):
        semantic._serve_model(None, None)
    assert asked == [priority.INDEX_BUILDER, priority.MODEL]
