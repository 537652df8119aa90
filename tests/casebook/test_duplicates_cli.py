"""Duplicates on the command line: `add` refuses an identical entry and warns of similar ones;
`import --duplicates` compares by meaning (it waits for the model and encodes, with progress).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from catalogue import starter
from tests.casebook.test_cli import run
from tests.catalogue.test_importers import WORKSHOP_ROW, fill_workshop
from tests.conftest import sample_entry

SCAN_CARS = "Automated parking control with scan cars"  # a starter case
LIBRARY_BOTS = "Obotti: AI book recommendation chatbots at Helsinki Central Library Oodi"

# The starter's scan-car case told again in other words (written for this test).
REWORDED_SCAN_CARS = sample_entry(
    title="Scan cars check parking payments in Amsterdam",
    summary=(
        "The City of Amsterdam uses cars fitted with cameras that recognise number plates "
        "and compare them with the national parking register. When no payment or permit is "
        "found, a parking inspector looks at the pictures before a fine is issued."
    ),
    organisation={"name": "City of Amsterdam", "type": "municipality"},
    location={"country": "NL", "city": "Amsterdam"},
    ai_techniques=["computer vision"],
    tags=["parking"],
)

UNRELATED = sample_entry(
    title="Snow plough routes planned from weather forecasts",
    summary="The road department plans the order in which streets are cleared of snow.",
    ai_techniques=["predictive analytics"],
    tags=["winter"],
)


@pytest.fixture
def started(home: Path) -> Path:
    assert run(home, "init").exit_code == 0
    return home


STARTER = len(starter.slugs())  # the starter catalogue's entries


def entry_file(tmp_path: Path, body: dict[str, Any], name: str = "entry.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(body), "utf-8")
    return path


def starter_id(home: Path, title: str) -> str:
    listed = json.loads(run(home, "list", "--json").stdout)
    return str(next(row["id"] for row in listed if row["title"] == title))


def count(home: Path) -> int:
    return len(json.loads(run(home, "list", "--json").stdout))


def test_adding_the_same_file_twice_is_refused(started: Path, tmp_path: Path) -> None:
    path = entry_file(tmp_path, UNRELATED)
    first = run(started, "add", "--file", str(path))
    assert first.exit_code == 0, first.output
    first_id = first.stdout.strip()
    assert "Warning" not in first.stderr
    again = run(started, "add", "--file", str(path))
    assert again.exit_code == 1
    assert again.stdout == ""
    assert f"an identical entry exists: {first_id}" in again.stderr
    assert "--force" in again.stderr
    assert count(started) == STARTER + 1
    # Whitespace the entry's validation strips does not make it different.
    spaced = entry_file(tmp_path, {**UNRELATED, "title": UNRELATED["title"] + "  "}, "b.json")
    assert run(started, "add", "--file", str(spaced)).exit_code == 1

    forced = run(started, "add", "--file", str(path), "--force", "--json")
    assert forced.exit_code == 0, forced.output
    data = json.loads(forced.stdout)
    assert data["id"] != first_id
    assert data["similar"][0]["id"] == first_id
    assert data["similar"][0]["reason"] == "identical"
    assert count(started) == STARTER + 2


def test_add_warns_of_a_reworded_copy(started: Path, tmp_path: Path) -> None:
    original = starter_id(started, SCAN_CARS)
    result = run(started, "add", "--file", str(entry_file(tmp_path, REWORDED_SCAN_CARS)), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["similar_checked"] is True
    assert [s["id"] for s in data["similar"]] == [original]
    assert data["similar"][0]["title"] == SCAN_CARS
    assert data["similar"][0]["reason"] == "similar meaning"
    assert f"Warning: the new entry may be a duplicate of {original[:8]} {SCAN_CARS!r}" in (
        result.stderr
    )
    assert count(started) == STARTER + 1  # added all the same: only an identical entry is refused

    plain = run(started, "add", "--file", str(entry_file(tmp_path, UNRELATED)))
    assert plain.exit_code == 0, plain.output
    assert "Warning" not in plain.stderr
    skipped = run(
        started, "add", "--file", str(entry_file(tmp_path, REWORDED_SCAN_CARS, "c.json")),
        "--force", "--no-duplicates", "--json",
    )  # fmt: skip
    assert json.loads(skipped.stdout)["similar_checked"] is False


def test_import_duplicates_compares_by_meaning(started: Path, tmp_path: Path) -> None:
    rows = [
        {
            **WORKSHOP_ROW,
            "Title": "Scan cars for parking enforcement",
            "Summary": (
                "Cars with cameras drive through the streets, read licence plates and check "
                "whether parking was paid."
            ),
            "Organisation": "City of Utrecht",
            "Country": "NL",
            "AI techniques": "computer vision",
            "Policy areas": "04.5 Transport",
            "Reference": "WS-SCAN",
        },
        {
            **WORKSHOP_ROW,
            "Title": "Book tips from library chatbots",
            "Summary": (
                "At the Oodi central library in Helsinki, visitors chat with themed bots in a "
                "mobile app that recommend books currently on the shelves, from what visitors "
                "tell them they like."
            ),
            "Organisation": "Helsinki City Library",
            "Reference": "WS-BOOKS",
        },
        {
            **WORKSHOP_ROW,
            "Title": UNRELATED["title"],
            "Summary": UNRELATED["summary"],
            "Reference": "WS-SNOW",
        },
    ]
    path = fill_workshop(tmp_path / "ws.xlsx", rows)
    result = run(started, "import", "workshop", str(path), "--duplicates", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["added"] == 3
    assert data["near_duplicates_checked"]
    pairs = {(d["title"], d["entry_title"]) for d in data["near_duplicates"]}
    assert ("Scan cars for parking enforcement", SCAN_CARS) in pairs
    assert ("Book tips from library chatbots", LIBRARY_BOTS) in pairs
    assert not [d for d in data["near_duplicates"] if d["title"] == UNRELATED["title"]]
    assert (
        f"semantic index: {STARTER + 3} of {STARTER + 3} encoded" in result.stderr
    )  # the starter and the new rows


def test_without_wait_many_entries_not_indexed_are_left_alone(
    started: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`add` and a default import encode the entries not yet indexed only when there are
    few (ENCODE_BEFORE_CHECK); otherwise they say how many were compared by title and
    source only. `add --wait` and `import --duplicates` encode them all."""
    from casebook import cli as cli_module

    monkeypatch.setattr(cli_module, "ENCODE_BEFORE_CHECK", 10)
    result = run(started, "add", "--file", str(entry_file(tmp_path, REWORDED_SCAN_CARS)), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["similar"] == []  # the starter is not encoded
    assert f"{STARTER} entries are not yet indexed by meaning" in result.stderr
    assert "encoded" not in result.stderr

    path = fill_workshop(tmp_path / "ws.xlsx", [{**WORKSHOP_ROW, "Reference": "WS-9"}])
    data = json.loads(run(started, "import", "workshop", str(path), "--json").stdout)
    assert data["near_duplicates_checked"]
    assert data["near_duplicates_not_indexed"] == STARTER + 1
    waited = run(started, "add", "--file", str(entry_file(tmp_path, UNRELATED)), "--wait")
    assert (
        f"semantic index: {STARTER + 2} of {STARTER + 2} encoded" in waited.stderr
    )  # all but the new one
    again = fill_workshop(tmp_path / "ws2.xlsx", [{**WORKSHOP_ROW, "Reference": "WS-10"}])
    data = json.loads(run(started, "import", "workshop", str(again), "--json").stdout)
    assert data["near_duplicates_not_indexed"] == 0
