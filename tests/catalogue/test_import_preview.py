"""What the import wizard reads before importing: the report's preview rows, the format a
file probably is, a generic file's columns and the first guess at their mapping."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from catalogue.catalogue import Catalogue
from catalogue.errors import InvalidInput
from catalogue.importers import import_file, write_workshop_template
from catalogue.importers.preview import (
    file_columns,
    guess_format,
    guess_mapping,
    missing_required,
)
from tests.catalogue.test_importers import NL_FILE, needs_corpus

MAPPING = {
    "columns": {
        "Name": "title",
        "Text": "summary",
        "Who": "organisation.name",
        "Land": "location.country",
    },
    "values": {"language": "en"},
    "id_column": "Ref",
}


def write_csv(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(["Ref,Name,Text,Who,Land", *rows]) + "\n", encoding="utf-8")
    return path


def test_the_report_previews_rows_as_they_will_be_imported(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    path = write_csv(
        tmp_path / "cases.csv",
        [
            "A1,Parking chatbot,Answers parking questions.,City of Riga,lv",
            "A2,No country,Something.,City of Riga,",
            "A3,Permit triage,Sorts permit requests.,City of Tampere,FI",
        ],
    )
    report = import_file(catalogue, "csv", path, mapping=MAPPING, dry_run=True)
    rows = {p.row: p for p in report.preview}
    assert sorted(rows) == [2, 3, 4]
    # Validated: the country as stored (upper case), the source the import records.
    assert rows[2].body["location"]["country"] == "LV"
    assert rows[2].body["source"] == {"dataset": "partner", "id": "A1"}
    assert (rows[2].outcome, rows[3].outcome, rows[4].outcome) == ("new", "invalid", "new")

    import_file(catalogue, "csv", path, mapping=MAPPING, skip_invalid=True)
    changed = write_csv(
        tmp_path / "cases2.csv",
        [
            "A1,Parking chatbot,Answers parking questions day and night.,City of Riga,LV",
            "A3,Permit triage,Sorts permit requests.,City of Tampere,FI",
        ],
    )
    again = import_file(catalogue, "csv", changed, mapping=MAPPING, dry_run=True)
    assert [(p.row, p.outcome) for p in again.preview] == [(2, "update"), (3, "unchanged")]


def test_the_format_is_guessed_from_the_file(tmp_path: Path) -> None:
    template = tmp_path / "intake.xlsx"
    write_workshop_template(template)
    assert guess_format(template) == "workshop"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Text"])
    book.save(tmp_path / "other.xlsx")
    assert guess_format(tmp_path / "other.xlsx") == "xlsx"
    (tmp_path / "omb.csv").write_text("use_case_name,agency,id\nX,Y,1\n", encoding="utf-8")
    assert guess_format(tmp_path / "omb.csv") == "omb"
    assert guess_format(write_csv(tmp_path / "cases.csv", ["A1,a,b,c,FI"])) == "csv"
    (tmp_path / "nl.json").write_text(json.dumps({"algoritmes": []}), encoding="utf-8")
    assert guess_format(tmp_path / "nl.json") == "algoritmeregister"
    (tmp_path / "list.json").write_text("[]", encoding="utf-8")
    assert guess_format(tmp_path / "list.json") == "json"
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"imports \.xlsx, \.csv and \.json"):
        guess_format(tmp_path / "notes.txt")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(InvalidInput, match="is not JSON"):
        guess_format(tmp_path / "broken.json")


@needs_corpus
def test_the_dutch_register_is_recognised() -> None:
    assert guess_format(NL_FILE) == "algoritmeregister"


def test_columns_and_samples_of_each_generic_kind(tmp_path: Path) -> None:
    found = file_columns("csv", write_csv(tmp_path / "c.csv", ["A1,Chatbot,Helps.,Riga,LV"]))
    assert found.columns == ["Ref", "Name", "Text", "Who", "Land"]
    assert found.samples["Name"] == ["Chatbot"]

    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Notes"
    first.append(["ignored"])
    cases = book.create_sheet("Cases")
    cases.append(["Title", "Country"])
    cases.append(["Traffic lights", "NL"])
    book.save(tmp_path / "t.xlsx")
    found = file_columns("xlsx", tmp_path / "t.xlsx", sheet="Cases")
    assert (found.columns, found.sheets, found.sheet) == (
        ["Title", "Country"],
        ["Notes", "Cases"],
        "Cases",
    )
    assert file_columns("xlsx", tmp_path / "t.xlsx").columns == ["ignored"]

    (tmp_path / "j.json").write_text(
        json.dumps({"count": 1, "items": [{"naam": "Route planner", "land": "NL"}]}),
        encoding="utf-8",
    )
    found = file_columns("json", tmp_path / "j.json")
    assert (found.columns, found.records, found.samples["naam"]) == (
        ["naam", "land"],
        "items",
        ["Route planner"],
    )
    (tmp_path / "none.json").write_text(json.dumps({"count": 3}), encoding="utf-8")
    with pytest.raises(InvalidInput, match="no list of records"):
        file_columns("json", tmp_path / "none.json")


def test_the_mapping_guess_and_what_it_still_needs() -> None:
    guessed = guess_mapping(["Name", "Summary", "Organisation", "Country", "City", "Colour"])
    assert guessed == {
        "Name": "title",
        "Summary": "summary",
        "Organisation": "organisation.name",
        "Country": "location.country",
        "City": "location.city",
    }
    mapping = {"columns": guessed}
    assert missing_required(mapping) == ["language"]
    assert missing_required({"columns": guessed, "values": {"language": "fi"}}) == []
