"""Importers: each quirk on small files written here, and the real corpus files by path."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from catalogue.catalogue import Catalogue
from catalogue.entry import validate_entry
from catalogue.errors import InvalidInput
from catalogue.importers import (
    cells,
    import_file,
    read_file,
    reading,
    write_workshop_template,
)
from catalogue.importers.omb import read as read_omb
from catalogue.jobs import Cancelled, Job

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
PSTW_FILE = CORPUS / "eu-pstw" / "pstw_dataset.xlsx"
NL_FILE = CORPUS / "nl-algoritmeregister" / "algoritmes.json"
OMB_CSV = CORPUS / "us-omb-ai-inventory-2025" / "2025_individually_reported_AI_use_cases.csv"
OMB_XLSX = CORPUS / "us-omb-ai-inventory-2025" / "2025_individually_reported_AI_use_cases.xlsx"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not here")


def entries(catalogue: Catalogue) -> dict[str, dict[str, Any]]:
    """Bodies of all entries, by source id."""
    return {row.body["source"]["id"]: row.body for row in catalogue.entry_rows()}


# -- cells -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-09-08 00:00:00", "2025-09-08"),
        ("01/2024", "2024-01"),
        ("1/5/2024", "2024-01-05"),
        ("10/15/2024 00:00:00 AM", "2024-10-15"),
        ("3/1/2024 9:30", "2024-03-01"),
        ("Jan-24", "2024-01"),
        ("2023", "2023"),
        ("13/45/2024", None),
        ("soon", None),
        ("", None),
    ],
)
def test_mixed_dates(raw: str, expected: str | None) -> None:
    assert cells.partial_date(raw) == expected


def test_list_cells_python_json_and_semicolons() -> None:
    assert cells.list_cell("['a) Age', 'b) Sex']") == ["a) Age", "b) Sex"]
    assert cells.list_cell("[]") == []
    assert cells.list_cell('["x", "y"]') == ["x", "y"]
    assert cells.list_cell("chatbot; speech\nother") == ["chatbot", "speech", "other"]
    assert cells.list_cell("[not python") == ["[not python"]


def test_text_cleans_register_quirks() -> None:
    assert cells.text("a\u00a0b\u2011c_x000D_\r\nd  e ") == "a b-c\nd e"
    assert cells.name("  Status ") == "status"
    assert cells.urls("(https://a.eu/x) see https://b.eu/y, and https://a.eu/x") == [
        "https://a.eu/x",
        "https://b.eu/y",
    ]


# -- OMB CSV quirks --------------------------------------------------------------------------

OMB_HEADER = [
    "agency", "agency_name", "id", "use_case_name", "agency_bureau", "development_stage",
    "is_high_impact", "HI_justification", "topic_area", "problem_solved", "benefits",
    "operational_date", "demographic_features",
]  # fmt: skip


def omb_row(**values: str) -> list[str]:
    base = {
        "agency": "EPA",
        "agency_name": "Environmental Protection Agency",
        "id": "EPA-1",
        "use_case_name": "Permit chatbot",
        "agency_bureau": "OW",
        "development_stage": "Deployed",
        "is_high_impact": "Not High-impact",
        "problem_solved": "Answers permit questions.",
        "demographic_features": "['k) None of the above']",
    }
    base.update(values)
    return [base.get(h, "") for h in OMB_HEADER]


def write_omb(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(OMB_HEADER)
    writer.writerows(rows)
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode())
    return path


def test_omb_quirks(tmp_path: Path, catalogue: Catalogue) -> None:
    rows = [
        omb_row(problem_solved="Line one\nline two, with a comma", operational_date="Jan-24"),
        omb_row(agency="TREAS", id="34", use_case_name="Rule analysis", agency_bureau="OCC"),
        omb_row(id="34", use_case_name="Form assistant", is_high_impact="High-impact",
                HI_justification="Decides on benefits."),
        omb_row(id="", use_case_name="Summaries", operational_date="2025-09-08 00:00:00",
                demographic_features="['a) Age', 'k) None of the above']"),
        omb_row(id="", use_case_name="Summaries", benefits="Other content"),
        omb_row(id="TBD", use_case_name="Copilot", operational_date="whenever"),
        omb_row(id="EPA-1", use_case_name="Permit chatbot", problem_solved="Exact copy"),
        omb_row(id="EPA-1", use_case_name="Permit chatbot", problem_solved="Exact copy"),
    ]  # fmt: skip
    path = write_omb(tmp_path / "omb.csv", rows)
    report = import_file(catalogue, "omb", path)
    assert report.written
    assert not report.invalid
    assert report.rows_read == 8
    got = entries(catalogue)
    assert len(got) == 7
    notes = {(n.row, n.action) for n in report.notes}
    assert (9, "merged") in notes  # row 9 repeats row 8 (header is row 1)
    assert {(3, "renamed"), (4, "renamed"), (5, "renamed"), (6, "renamed"), (7, "renamed")} <= notes
    assert any(n.row == 7 and "placeholder" in n.reason for n in report.notes)
    assert any(n.row == 6 and "-2" in n.source_id for n in report.notes)
    first = next(
        b for b in got.values() if b["title"] == "Permit chatbot" and "Line" in b["summary"]
    )
    assert first["description"] == "Line one\nline two, with a comma"
    assert first["dates"] == {"start": "2024-01"}
    high = next(b for b in got.values() if b["title"] == "Form assistant")
    assert "high-impact" in high["risks"]
    assert "Decides on benefits." in high["risks"]
    assert "US high-impact AI" in high["tags"]
    summaries = next(b for b in got.values() if b.get("dates", {}).get("start") == "2025-09-08")
    assert summaries["data_sources"] == "Demographic features used: a) Age"
    assert all(b["source"]["licence"].startswith("Public domain") for b in got.values())
    assert any(n.action == "adjusted" and "whenever" in n.reason for n in report.notes)


def test_omb_ids_are_stable_when_rows_move(tmp_path: Path) -> None:
    rows = [
        omb_row(id="", use_case_name="A"),
        omb_row(id="", use_case_name="B"),
        omb_row(id="34", use_case_name="C"),
        omb_row(agency="NSF", id="34", use_case_name="D"),
        omb_row(id="EPA-9", use_case_name="E"),
    ]

    def ids_of(p: Path) -> dict[str, str | None]:
        return {r.body["title"]: r.source_id for r in read_omb(p, lambda d, t: None).records}

    forward = ids_of(write_omb(tmp_path / "a.csv", rows))
    backward = ids_of(write_omb(tmp_path / "b.csv", rows[::-1]))
    assert forward == backward
    assert forward["E"] == "EPA-9"
    assert str(forward["C"]).startswith("EPA-")
    assert str(forward["D"]).startswith("NSF-")


# -- PSTW xlsx quirks ------------------------------------------------------------------------

PSTW_HEADER = [
    "PSTW ID", "Name", "Website", "Description", "Geographical extent",
    "Geographical coverage (country)", "NUTS 2021", "Responsible organisation",
    "Responsible organisation category", "Functions of Government (COFOG level I)",
    "Functions of Government (COFOG level II)", " Status", "Start Year", "End Year",
    "Primary Technology", "Cost-reduction", "AI Classification Subdomain (II) (main)",
    "AI Keywords", "Source",
]  # fmt: skip


def pstw_row(**values: Any) -> list[Any]:
    base = {
        "PSTW ID": "PSTW-1",
        "Name": "Parking scan car",
        "Description": "Cars scan number plates to check parking.",
        "Geographical extent": "Local",
        "Geographical coverage (country)": "Netherlands ",
        "NUTS 2021": "NL329",
        "Responsible organisation": "Gemeente Amsterdam",
        "Responsible organisation category": "Local Government",
        "Functions of Government (COFOG level I)": "Economic affairs",
        "Functions of Government (COFOG level II)": "Transport",
        " Status": "Implemented",
        "Start Year": 2019,
        "Primary Technology": "Artificial intelligence",
        "Cost-reduction": "x",
        "AI Classification Subdomain (II) (main)": "Computer vision",
        "AI Keywords": "image processing, chatbot",
        "Source": "(https://example.org/a) and https://example.org/b",
    }
    base.update(values)
    return [base.get(h) for h in PSTW_HEADER]


def write_pstw(path: Path, rows: list[list[Any]], sheet: str = "  PSTW DB ") -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet
    ws.append(PSTW_HEADER)
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def test_pstw_mapping(tmp_path: Path, catalogue: Catalogue) -> None:
    path = write_pstw(
        tmp_path / "p.xlsx",
        [
            pstw_row(),
            pstw_row(**{"PSTW ID": "PSTW-2", "Primary Technology": "Blockchain",
                        "Geographical extent": "Across countries",
                        "Geographical coverage (country)": "European Union",
                        "Functions of Government (COFOG level II)": "General services.",
                        "Functions of Government (COFOG level I)": "General public services",
                        " Status": "Pilot phase", "End Year": "\u00a0"}),
        ],
    )  # fmt: skip
    report = import_file(catalogue, "pstw", path)
    assert report.written
    assert len(report.changes.added) == 2
    got = entries(catalogue)
    one = got["PSTW-1"]
    assert one["status"] == "in_use"
    assert one["location"] == {"country": "NL", "nuts": "NL329"}
    assert one["organisation"] == {"name": "Gemeente Amsterdam", "type": "municipality"}
    assert one["policy_areas"] == ["04", "04.5"]
    assert one["ai_techniques"] == ["computer vision", "chatbot"]
    assert "cost reduction" in one["tags"]
    assert [link["url"] for link in one["links"]] == [
        "https://example.org/a",
        "https://example.org/b",
    ]
    assert one["source"]["licence"] == "CC BY 4.0"
    assert "Public Sector Tech Watch" in one["source"]["attribution"]
    two = got["PSTW-2"]
    assert two["location"]["country"] == "EU"
    assert two["status"] == "pilot"
    assert two["policy_areas"] == ["01", "01.3"]
    assert "Blockchain" in two["tags"]
    assert "kind" not in two


def test_pstw_bad_rows_all_or_nothing(tmp_path: Path, catalogue: Catalogue) -> None:
    path = write_pstw(
        tmp_path / "p.xlsx",
        [
            pstw_row(),
            pstw_row(**{"PSTW ID": ""}),
            pstw_row(),
            pstw_row(**{"PSTW ID": "PSTW-4", "Geographical coverage (country)": "Narnia"}),
            pstw_row(**{"PSTW ID": "PSTW-5", "Name": "x" * 300}),
            pstw_row(**{"PSTW ID": "PSTW-6", "Name": None}),
        ],
    )
    report = import_file(catalogue, "pstw", path)
    assert report.rejected
    assert not report.written
    assert catalogue.count_entries() == 0
    assert catalogue.count_revisions() == 0
    found = [(p.row, p.field) for p in report.invalid]
    assert found == [(3, "PSTW ID"), (4, "PSTW ID"), (5, "location.country"), (7, "title")]
    assert any("also on row 2" in p.message for p in report.invalid)
    # A 300-character name is shortened (the full text is in the description), not refused.
    skipped = import_file(catalogue, "pstw", path, skip_invalid=True)
    assert skipped.written
    assert sorted(entries(catalogue)) == ["PSTW-1", "PSTW-5"]


def test_wrong_sheet_and_missing_columns(tmp_path: Path, catalogue: Catalogue) -> None:
    path = write_pstw(tmp_path / "p.xlsx", [pstw_row()], sheet="Sheet1")
    with pytest.raises(InvalidInput, match=r"no sheet named 'PSTW DB'.*Sheet1"):
        import_file(catalogue, "pstw", path)
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "PSTW DB"
    ws.append(["Name", "Description"])
    ws.append(["a", "b"])
    book.save(tmp_path / "q.xlsx")
    with pytest.raises(InvalidInput, match=r"'pstw id'.*missing"):
        import_file(catalogue, "pstw", tmp_path / "q.xlsx")


# -- files that are not the format --------------------------------------------------------------


def test_not_the_format(tmp_path: Path, catalogue: Catalogue) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("just some text\n", "utf-8")
    with pytest.raises(InvalidInput, match="not an Excel workbook"):
        import_file(catalogue, "pstw", text)
    with pytest.raises(InvalidInput, match=r"not JSON \(line 1"):
        import_file(catalogue, "algoritmeregister", text)
    other = tmp_path / "other.json"
    other.write_text('{"items": []}', "utf-8")
    with pytest.raises(InvalidInput, match="expected an object with a list 'algoritmes'"):
        import_file(catalogue, "algoritmeregister", other)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("agency,id,use_case_name\nÉté,1,x\n".encode("latin-1"))
    with pytest.raises(InvalidInput, match="not UTF-8"):
        import_file(catalogue, "omb", latin)
    with pytest.raises(InvalidInput, match=r"no such file|cannot read"):
        import_file(catalogue, "omb", tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(InvalidInput, match="is empty"):
        import_file(catalogue, "omb", empty)
    assert catalogue.count_revisions() == 0


def test_zip_bomb_and_huge_file(tmp_path: Path, catalogue: Catalogue) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (40 * 2**20))
    with pytest.raises(InvalidInput, match="zip bomb"):
        import_file(catalogue, "pstw", bomb)
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as f:
        f.truncate(reading.MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(InvalidInput, match="Casebook imports files up to"):
        import_file(catalogue, "omb", huge)


def test_huge_cell_in_csv(tmp_path: Path, catalogue: Catalogue) -> None:
    path = write_omb(tmp_path / "omb.csv", [omb_row(problem_solved="x" * 200_000)])
    with pytest.raises(InvalidInput, match="row 2"):
        import_file(catalogue, "omb", path)


# -- re-import, updates, user edits --------------------------------------------------------------


def nl_file(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps({"algoritmes": records, "count": len(records)}), "utf-8")
    return path


def nl_record(lars: str, **values: str) -> dict[str, Any]:
    record = {
        "id": lars,
        "title": f"Algoritme {lars}",
        "organisatie": "Gemeente Utrecht",
        "doel": "Het\u00a0doel van dit\u2011algoritme.",
        "juridische_basis": "Wet\u00a0X",
        "impactassessment": "Ja",
        "status": "in_gebruik",
        "url": f"https://algoritmes.overheid.nl/nl/algoritme/{lars}",
    }
    record.update(values)
    return record


def test_reimport_update_and_user_edit_conflict(tmp_path: Path, catalogue: Catalogue) -> None:
    first = nl_file(tmp_path / "a.json", [nl_record("1"), nl_record("2"), nl_record("3")])
    report = import_file(catalogue, "algoritmeregister", first)
    assert len(report.changes.added) == 3
    body = entries(catalogue)["1"]
    assert body["language"] == "nl"
    assert body["summary"] == "Het doel van dit-algoritme."
    assert body["ai_act"] == {"legal_basis": "Wet X", "dpia": "done"}
    assert body["organisation"]["type"] == "municipality"
    assert body["source"]["url"].endswith("/1")
    revisions = catalogue.count_revisions()

    again = import_file(catalogue, "algoritmeregister", first)
    assert not again.changes
    assert again.unchanged == 3
    assert catalogue.count_revisions() == revisions

    ids = {row.body["source"]["id"]: row.id for row in catalogue.entry_rows()}
    catalogue.set_fields(ids["2"], [("location.city", "Utrecht")])  # a user's edit
    catalogue.delete_entry(ids["3"])
    kept = import_file(catalogue, "algoritmeregister", first)
    assert not kept.changes
    assert {k.source_id for k in kept.kept} == {"2", "3"}

    newer = nl_file(
        tmp_path / "b.json",
        [
            nl_record("1", status="buiten_gebruik"),
            nl_record("2", doel="Een nieuw doel."),
            nl_record("3", doel="Ook nieuw."),
            nl_record("4"),
        ],
    )
    update = import_file(catalogue, "algoritmeregister", newer)
    assert len(update.changes.added) == 1
    assert sorted(update.changes.updated) == sorted([ids["1"], ids["2"]])
    assert [c.source_id for c in update.conflicts] == ["2"]
    assert [k.source_id for k in update.kept] == ["3"]  # deleted here: stays deleted
    assert catalogue.get_entry(ids["1"]).body["status"] == "retired"
    assert len(catalogue.history(ids["1"])) == 2
    edited = catalogue.get_entry(ids["2"])
    assert edited.conflict  # the user's edit and the newer file, side by side
    heads = [h for h in catalogue.history(ids["2"]) if h.head]
    bodies = [catalogue.revision(h.rev).body or {} for h in heads]
    assert {b.get("location", {}).get("city") for b in bodies} == {"Utrecht", None}
    assert {b["summary"] for b in bodies} == {"Het doel van dit-algoritme.", "Een nieuw doel."}
    with pytest.raises(Exception, match="deleted"):
        catalogue.get_entry(ids["3"])

    settled = catalogue.count_revisions()
    assert not import_file(catalogue, "algoritmeregister", newer).changes
    assert catalogue.count_revisions() == settled
    assert catalogue.check() == []


def test_dry_run_writes_nothing(tmp_path: Path, catalogue: Catalogue) -> None:
    path = nl_file(tmp_path / "a.json", [nl_record("1"), nl_record("2")])
    report = import_file(catalogue, "algoritmeregister", path, dry_run=True)
    assert report.to_add == 2
    assert not report.written
    assert catalogue.count_revisions() == 0


def test_cancel_leaves_nothing(tmp_path: Path, catalogue: Catalogue) -> None:
    path = nl_file(tmp_path / "a.json", [nl_record(str(n)) for n in range(1, 1201)])
    calls = [0]

    class Soon(Job):
        """Cancelled at the 51st look (a row read)."""

        def check(self) -> None:
            calls[0] += 1
            if calls[0] > 50:
                self.cancel()
            super().check()

    with pytest.raises(Cancelled):
        import_file(catalogue, "algoritmeregister", path, job=Soon())
    assert calls[0] == 51
    assert catalogue.count_revisions() == 0

    def while_writing(fraction: float, message: str) -> None:
        if message.startswith("writing"):
            job.cancel()

    job = Job(while_writing)
    with pytest.raises(Cancelled):
        import_file(catalogue, "algoritmeregister", path, job=job)
    assert catalogue.count_revisions() == 0
    assert catalogue.count_entries() == 0


def test_progress_reports_rate_and_time_left(tmp_path: Path, catalogue: Catalogue) -> None:
    path = nl_file(tmp_path / "a.json", [nl_record(str(n)) for n in range(1, 301)])
    seen: list[tuple[float, str]] = []
    import_file(catalogue, "algoritmeregister", path, job=Job(lambda f, m: seen.append((f, m))))
    assert seen
    assert all(0.0 <= f <= 1.0 for f, _ in seen)
    assert any("rows/s" in m and "s left" in m for _, m in seen)
    assert seen[-1][0] == pytest.approx(1.0)


# -- workshop ------------------------------------------------------------------------------------


def test_workshop_template_has_dropdowns(tmp_path: Path) -> None:
    path = tmp_path / "ws.xlsx"
    write_workshop_template(path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Practices", "Instructions"]
    header = [c.value for c in book["Practices"][1]]
    assert header[:5] == ["Title", "Summary", "Organisation", "Organisation type", "Country"]
    validations = book["Practices"].data_validations.dataValidation
    by_column = {str(v.sqref).split(":")[0].rstrip("0123456789"): v for v in validations}
    kind = by_column[openpyxl.utils.get_column_letter(header.index("Kind") + 1)]
    assert kind.type == "list"
    assert kind.formula1.startswith("Instructions!")
    instructions = book["Instructions"]
    listed = {c.value for col in instructions.iter_cols(min_col=5) for c in col[1:] if c.value}
    assert {"good_practice", "in_use", "municipality", "chatbot", "high", "FI"} <= listed


def fill_workshop(
    path: Path, rows: list[dict[str, Any]], rename: dict[str, str] | None = None
) -> Path:
    write_workshop_template(path)
    book = openpyxl.load_workbook(path)
    ws = book["Practices"]
    header = [c.value for c in ws[1]]
    for old, new in (rename or {}).items():
        ws.cell(row=1, column=header.index(old) + 1, value=new)
    for n, row in enumerate(rows, 2):
        for key, value in row.items():
            ws.cell(row=n, column=header.index(key) + 1, value=value)
    book.save(path)
    return path


WORKSHOP_ROW = {
    "Title": "Citizen chatbot",
    "Summary": "Answers questions about waste collection.",
    "Organisation": "City of Tampere",
    "Country": "FI",
    "Language": "en",
    "Kind": "good_practice",
    "AI techniques": "chatbot; natural language processing",
    "Policy areas": "05.1 Waste management",
    "Start": 2023,
    "Links": "https://example.org/chat",
    "Reference": "WS-01",
}


def test_workshop_import(tmp_path: Path, catalogue: Catalogue) -> None:
    path = fill_workshop(
        tmp_path / "ws.xlsx",
        [WORKSHOP_ROW, {**WORKSHOP_ROW, "Reference": None, "Title": "Second practice"}],
        rename={"Title": "  Title ", "Organisation type": "organisation TYPE"},
    )
    report = import_file(catalogue, "workshop", path)
    assert report.written
    assert len(report.changes.added) == 2
    body = next(b.body for b in catalogue.entry_rows() if b.body["title"] == "Citizen chatbot")
    assert body["ai_techniques"] == ["chatbot", "natural language processing"]
    assert body["policy_areas"] == ["05.1"]
    assert body["dates"] == {"start": "2023"}
    assert body["links"] == [{"url": "https://example.org/chat"}]
    assert body["source"]["dataset"] == "workshop"
    assert body["source"]["id"] == "WS-01"
    again = import_file(catalogue, "workshop", path)
    assert not again.changes
    assert again.unchanged == 2


def test_workshop_bad_rows(tmp_path: Path, catalogue: Catalogue) -> None:
    path = fill_workshop(
        tmp_path / "ws.xlsx",
        [
            WORKSHOP_ROW,
            {**WORKSHOP_ROW, "Reference": "WS-02", "Summary": "=A2&B2"},
            {**WORKSHOP_ROW, "Reference": "WS-03", "Country": "Finland", "Kind": "great"},
            {**WORKSHOP_ROW, "Reference": "WS-01"},
            {**WORKSHOP_ROW, "Reference": "WS-05", "Start": "next spring"},
        ],
    )
    report = import_file(catalogue, "workshop", path)
    assert report.rejected
    assert catalogue.count_revisions() == 0
    problems = {(p.row, p.field) for p in report.invalid}
    assert {
        (3, "summary"),
        (4, "location.country"),
        (4, "kind"),
        (5, "Reference"),
        (6, "dates.start"),
    } <= problems
    assert any("formula" in p.message for p in report.invalid)


def test_workshop_rows_carry_validation_and_transfers_merged_by_title(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    first = {
        **WORKSHOP_ROW,
        "Interreg project": "AI4Citizens",
        "Validation": "partner_approved",
        "Expert opinion": "Transferable to mid-size cities.",
        "Transfer partner": "Riga Digital Agency",
        "Transfer action plan": "Riga AI action plan",
        "Transfer date": "2026-05",
    }
    more = {"Title": "citizen chatbot", "Transfer partner": "Bacău County Council"}
    other = {**WORKSHOP_ROW, "Title": "Another practice", "Reference": "WS-02"}
    path = fill_workshop(tmp_path / "ws.xlsx", [first, more, other])
    report = import_file(catalogue, "workshop", path)
    assert report.written, [str(p) for p in report.invalid]
    assert len(report.changes.added) == 2
    assert any(n.action == "merged" and n.row == 3 for n in report.notes)
    body = next(b.body for b in catalogue.entry_rows() if b.body["title"] == "Citizen chatbot")
    assert body["interreg"] == {
        "project": "AI4Citizens",
        "validation": "partner_approved",
        "expert_opinion": "Transferable to mid-size cities.",
        "transfers": [
            {
                "partner": "Riga Digital Agency",
                "action_plan": "Riga AI action plan",
                "date": "2026-05",
            },
            {"partner": "Bacău County Council"},
        ],
    }
    bad = fill_workshop(
        tmp_path / "bad.xlsx", [{**first, "Validation": "approved", "Transfer date": "soon"}]
    )
    refused = import_file(catalogue, "workshop", bad)
    assert {p.field for p in refused.invalid} == {"interreg.validation", "interreg.transfers.date"}


def test_every_problem_of_a_row_is_reported_at_once(tmp_path: Path, catalogue: Catalogue) -> None:
    """Issue 17: one bad value (a date that is not one) hid the row's other problems; each
    fix revealed the next."""
    row = {
        **WORKSHOP_ROW,
        "Summary": None,
        "Country": "Italy",
        "Kind": "best_practice",
        "Contact email": "not an address",
        "Start": "spring 2024",
    }
    report = import_file(catalogue, "workshop", fill_workshop(tmp_path / "ws.xlsx", [row]))
    fields = {p.field for p in report.invalid}
    assert {"summary", "location.country", "kind", "contact.email", "dates.start"} <= fields
    assert catalogue.count_revisions() == 0


def test_workshop_unknown_column(tmp_path: Path, catalogue: Catalogue) -> None:
    path = fill_workshop(tmp_path / "ws.xlsx", [WORKSHOP_ROW], rename={"Tags": "Mood"})
    with pytest.raises(InvalidInput, match="'Mood' is not a column"):
        import_file(catalogue, "workshop", path)


# -- generic files with a mapping ------------------------------------------------------------------

MAPPING = {
    "columns": {
        "Name": "title",
        "Text": "summary",
        "Who": "organisation.name",
        "Land": "location.country",
        "Keywords": "tags",
    },
    "values": {"language": "en", "source.licence": "CC BY 4.0"},
    "id_column": "Ref",
}


def test_generic_csv_and_json(tmp_path: Path, catalogue: Catalogue) -> None:
    table = tmp_path / "t.csv"
    table.write_text(
        "Ref;Name;Text;Who;Land;Keywords\nr1;One;First text;Riga;LV;a; \nr2;Two;Second;Riga;LV;\n",
        "utf-8",
    )
    report = import_file(catalogue, "csv", table, mapping=MAPPING)
    assert report.written
    assert len(report.changes.added) == 2
    got = entries(catalogue)
    assert got["r1"]["source"] == {"dataset": "partner", "id": "r1", "licence": "CC BY 4.0"}
    records = [{"Ref": "r1", "Name": "One", "Text": "First text", "Who": "Riga", "Land": "LV",
                "Keywords": ["a"]}]  # fmt: skip
    document = tmp_path / "t.json"
    document.write_text(json.dumps(records), "utf-8")
    same = import_file(catalogue, "json", document, mapping=MAPPING)
    assert not same.changes
    assert same.unchanged == 1


def test_generic_mapping_problems(tmp_path: Path, catalogue: Catalogue) -> None:
    table = tmp_path / "t.csv"
    table.write_text("Name\nx\n", "utf-8")
    with pytest.raises(InvalidInput) as caught:
        import_file(catalogue, "csv", table, mapping={"columns": {"Name": "titel"}, "extra": 1})
    fields = {p.field for p in caught.value.problems}
    assert fields == {"columns.Name", "extra"}
    with pytest.raises(InvalidInput, match="needs a column mapping"):
        read_file("csv", table)


# -- the real corpus files (../shared/corpus, read by path) ----------------------------------------


@needs_corpus
@pytest.mark.slow
def test_real_pstw(catalogue: Catalogue) -> None:
    report = import_file(catalogue, "pstw", PSTW_FILE)
    assert report.written
    assert len(report.changes.added) == 1964
    assert catalogue.count_matching([("dataset", "pstw")]) == 1964
    assert catalogue.count_matching([("kind", "ai_use_case")]) == 1575
    body = entries(catalogue)["PSTW-1"]
    assert body["source"]["licence"] == "CC BY 4.0"
    revisions = catalogue.count_revisions()
    assert not import_file(catalogue, "pstw", PSTW_FILE).changes
    assert catalogue.count_revisions() == revisions
    # A re-import does not validate rows that are what the last import wrote; that rests
    # on validation giving a canonical body back unchanged.
    stored = list(entries(catalogue).values())
    assert all(validate_entry(body) == body for body in stored)


@needs_corpus
def test_real_algoritmeregister_and_a_modified_copy(tmp_path: Path, catalogue: Catalogue) -> None:
    report = import_file(catalogue, "algoritmeregister", NL_FILE)
    assert len(report.changes.added) == 1530
    assert catalogue.count_matching([("language", "nl")]) == 1530
    document = json.loads(NL_FILE.read_text("utf-8"))
    document["algoritmes"][0]["doel"] = "Gewijzigd doel."
    changed_id = document["algoritmes"][0]["id"]
    copy = tmp_path / "algoritmes.json"
    copy.write_text(json.dumps(document), "utf-8")
    update = import_file(catalogue, "algoritmeregister", copy)
    assert len(update.changes.updated) == 1
    assert not update.changes.added
    assert update.unchanged == 1529
    assert entries(catalogue)[changed_id]["summary"] == "Gewijzigd doel."
    assert all(validate_entry(body) == body for body in entries(catalogue).values())
    # A row imported before and now broken is checked again, and refused.
    document["algoritmes"][1]["title"] = "   "
    copy.write_text(json.dumps(document), "utf-8")
    broken = import_file(catalogue, "algoritmeregister", copy)
    assert broken.rejected
    assert not broken.written
    assert [p.field for p in broken.invalid] == ["title"]


@needs_corpus
@pytest.mark.slow
def test_real_omb_csv(catalogue: Catalogue) -> None:
    strict = import_file(catalogue, "omb", OMB_CSV)
    assert strict.rejected
    assert catalogue.count_revisions() == 0
    assert [(p.row, p.field) for p in strict.invalid] == [(839, "title")]
    report = import_file(catalogue, "omb", OMB_CSV, skip_invalid=True)
    added = len(report.changes.added)
    assert 3500 <= added <= 3611
    merged = [n for n in report.notes if n.action == "merged"]
    assert report.rows_read == 3611 == added + len(merged) + report.invalid_rows
    assert len(merged) == 2
    assert all("repeats row" in n.reason for n in merged)
    renamed = [n for n in report.notes if n.action == "renamed"]
    assert len({n.source_id for n in renamed}) == len(renamed)


@needs_corpus
@pytest.mark.slow
def test_real_omb_xlsx_gives_the_same_ids_as_the_csv() -> None:
    from_csv = read_file("omb", OMB_CSV)
    from_xlsx = read_file("omb", OMB_XLSX)
    assert from_xlsx.rows_read == from_csv.rows_read == 3611
    assert {r.source_id for r in from_xlsx.records} == {r.source_id for r in from_csv.records}
    # Long headers, long-form answers and "None" cells read as the CSV's short forms: the
    # two files give the same entries, so importing one after the other changes nothing.
    csv_bodies = {r.source_id: r.body for r in from_csv.records}
    assert all(r.body == csv_bodies[r.source_id] for r in from_xlsx.records)
    statuses = {r.body["status"] for r in from_xlsx.records}
    assert {"in_use", "planned", "pilot", "retired"} <= statuses


def test_wrong_types_are_row_problems(tmp_path: Path, catalogue: Catalogue) -> None:
    path = tmp_path / "a.json"
    records: list[Any] = [
        nl_record("1"),
        "not a record",
        {**nl_record("3"), "id": 3, "title": 12345},  # numbers where text is expected
        {**nl_record("4"), "organisatie": None},
    ]
    path.write_text(json.dumps({"algoritmes": records}), "utf-8")
    report = import_file(catalogue, "algoritmeregister", path)
    assert [(p.row, p.field) for p in report.invalid] == [(2, ""), (4, "organisation.name")]
    assert "not a JSON object" in report.invalid[0].message
    assert catalogue.count_revisions() == 0
    report = import_file(catalogue, "algoritmeregister", path, skip_invalid=True)
    assert entries(catalogue)["3"]["title"] == "12345"


def test_same_title_already_in_the_catalogue_is_reported(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    import_file(catalogue, "algoritmeregister", nl_file(tmp_path / "a.json", [nl_record("1")]))
    table = tmp_path / "t.csv"
    table.write_text(
        "Ref,Name,Text,Who,Land,Keywords\nr1,Algoritme 1,Elders gemeld,Gemeente Utrecht,NL,\n"
        "r2,Chatbot,Iets anders,Gemeente Delft,NL,\n",
        "utf-8",
    )
    report = import_file(catalogue, "csv", table, mapping=MAPPING)
    assert len(report.changes.added) == 2  # reported, not merged
    similar = [n for n in report.notes if n.action == "similar"]
    assert [n.row for n in similar] == [2]
    assert "(algoritmeregister) already in the catalogue" in similar[0].reason


@given(st.one_of(st.text(), st.integers(), st.floats(allow_nan=False), st.none()))
def test_cells_never_fail_and_dates_are_valid(value: Any) -> None:
    cleaned = cells.text(value)
    assert cells.text(cleaned) == cleaned  # cleaning twice changes nothing
    date = cells.partial_date(value)
    assert date is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date)
    assert all(item == cells.one_line(item) and item for item in cells.list_cell(value))
