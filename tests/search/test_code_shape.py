"""The search package stays in modules a reader can take in (issue 18): none over 600 lines."""

from pathlib import Path

import search

MAX_LINES = 600


def test_no_search_module_is_over_600_lines() -> None:
    folder = Path(search.__file__).parent
    lines = {
        str(path.relative_to(folder)): len(path.read_text("utf-8").splitlines())
        for path in sorted(folder.rglob("*.py"))
    }
    assert "keyword.py" in lines, folder  # the right folder
    too_long = {name: count for name, count in lines.items() if count > MAX_LINES}
    assert not too_long, f"split these modules (over {MAX_LINES} lines): {too_long}"
