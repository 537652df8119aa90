"""`casebook import` and `casebook template workshop` through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.casebook.test_cli import dump, run
from tests.catalogue.test_importers import WORKSHOP_ROW, fill_workshop, nl_file, nl_record


@pytest.fixture
def empty(home: Path) -> Path:
    assert run(home, "init", "--empty").exit_code == 0
    return home


def import_json(home: Path, *args: str) -> dict[str, Any]:
    result = run(home, "import", *args, "--json")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_import_report_reimport_and_dry_run(empty: Path, tmp_path: Path) -> None:
    path = nl_file(tmp_path / "a.json", [nl_record("1"), nl_record("2")])
    dry = import_json(empty, "algoritmeregister", str(path), "--dry-run")
    assert dry["to_add"] == 2
    assert dry["added"] == 0
    assert not dry["written"]
    assert json.loads(run(empty, "list", "--json").stdout) == []

    first = import_json(empty, "algoritmeregister", str(path))
    assert first["added"] == 2
    assert len(first["entry_ids"]) == 2
    listed = json.loads(run(empty, "list", "--json").stdout)
    assert {row["title"] for row in listed} == {"Algoritme 1", "Algoritme 2"}
    shown = json.loads(run(empty, "show", listed[0]["id"], "--json").stdout)
    assert shown["entry"]["source"]["licence"] == "CC0 1.0"

    before = dump(empty)
    again = run(empty, "import", "algoritmeregister", str(path))
    assert again.exit_code == 0, again.output
    assert "added: 0" in again.stdout
    assert "unchanged: 2" in again.stdout
    assert dump(empty) == before


def test_bad_rows_exit_1_and_change_nothing(empty: Path, tmp_path: Path) -> None:
    path = nl_file(tmp_path / "a.json", [nl_record("1"), nl_record("2", title=""), nl_record("1")])
    before = dump(empty)
    result = run(empty, "import", "algoritmeregister", str(path))
    assert result.exit_code == 1
    assert "error: row 2: title: must not be empty" in result.stderr
    assert "error: row 3: id: 1 is also record 1" in result.stderr
    assert "nothing was imported" in result.stderr
    workshop = fill_workshop(tmp_path / "ws.xlsx", [{**WORKSHOP_ROW, "Country": "Finland"}])
    named = run(empty, "import", "workshop", str(workshop))
    assert named.exit_code == 1
    assert "error: row 2: Country (location.country): 'Finland' is not" in named.stderr
    assert "Traceback" not in result.output
    assert dump(empty) == before

    skipped = run(empty, "import", "algoritmeregister", str(path), "--skip-invalid", "--json")
    assert skipped.exit_code == 0, skipped.output
    data = json.loads(skipped.stdout)
    assert data["added"] == 1
    assert data["invalid_rows"] == 2
    assert [p["row"] for p in data["problems"]] == [2, 3]


def test_not_the_format_is_a_clear_error(empty: Path, tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_text("not a workbook", "utf-8")
    result = run(empty, "import", "pstw", str(path))
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ")
    assert "not an Excel workbook" in result.stderr
    assert "Traceback" not in result.output
    missing = run(empty, "import", "csv", str(path))
    assert missing.exit_code == 1
    assert "needs a column mapping" in missing.stderr
    usage = run(empty, "import", "nosuchformat", str(path))
    assert usage.exit_code == 2


def test_workshop_template_import_and_near_duplicates(empty: Path, tmp_path: Path) -> None:
    template = tmp_path / "ws.xlsx"
    result = run(empty, "template", "workshop", "--out", str(template))
    assert result.exit_code == 0, result.output
    assert openpyxl.load_workbook(template).sheetnames == ["Practices", "Instructions"]
    assert run(empty, "template", "workshop", "--out", str(tmp_path / "ws.csv")).exit_code == 1

    first = fill_workshop(tmp_path / "one.xlsx", [WORKSHOP_ROW])
    assert import_json(empty, "workshop", str(first))["added"] == 1
    # The same practice, written down again at another workshop without a reference.
    second = fill_workshop(
        tmp_path / "two.xlsx",
        [{**WORKSHOP_ROW, "Reference": None, "Summary": "A chatbot for waste questions."}],
    )
    data = import_json(empty, "workshop", str(second))
    assert data["added"] == 1
    assert data["near_duplicates_checked"]
    assert [d["reason"] for d in data["near_duplicates"]] == ["similar title"]
    assert data["near_duplicates"][0]["entry_title"] == "Citizen chatbot"
