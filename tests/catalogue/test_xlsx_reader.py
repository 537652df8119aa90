"""The streaming xlsx reader gives, cell by cell, what openpyxl's read-only mode gives.

catalogue/importers/xlsx.py replaces openpyxl on the import path for speed; openpyxl stays
the reference: the real registers, workbooks that openpyxl writes from generated values,
and hand-made parts (inline strings, phonetic guides, shared formulas, errors, a 1904
workbook, a DOCTYPE) are read both ways and compared.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalogue.errors import InvalidInput
from catalogue.importers.reading import workbook_table
from catalogue.importers.xlsx import Workbook, XlsxError

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
PSTW_FILE = CORPUS / "eu-pstw" / "pstw_dataset.xlsx"
OMB_XLSX = CORPUS / "us-omb-ai-inventory-2025" / "2025_individually_reported_AI_use_cases.xlsx"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not here")


def by_openpyxl(path: Path, data_only: bool = True) -> dict[str, dict[int, list[Any]]]:
    """{sheet: {row number: values}} as openpyxl reads them, trailing empty cells dropped
    and rows without a value left out (the streaming reader does not pad)."""
    book = openpyxl.load_workbook(path, read_only=True, data_only=data_only)
    try:
        found: dict[str, dict[int, list[Any]]] = {}
        for name in book.sheetnames:
            rows: dict[int, list[Any]] = {}
            for number, row in enumerate(book[name].iter_rows(values_only=True), 1):
                values = list(row)
                while values and values[-1] is None:
                    values.pop()
                if values:
                    rows[number] = values
            found[name] = rows
        return found
    finally:
        book.close()


def by_reader(path: Path, data_only: bool = True) -> dict[str, dict[int, list[Any]]]:
    with Workbook(path) as book:
        return {name: dict(book.rows(name, data_only=data_only)) for name in book.sheetnames}


def assert_same(path: Path, data_only: bool = True) -> None:
    expected = by_openpyxl(path, data_only)
    found = by_reader(path, data_only)
    assert list(found) == list(expected)
    for name, rows in expected.items():
        assert found[name].keys() == rows.keys(), name
        for number, values in rows.items():
            assert found[name][number] == values, (name, number)


@needs_corpus
@pytest.mark.parametrize("path", [PSTW_FILE, OMB_XLSX], ids=["pstw", "omb"])
def test_the_real_registers_read_the_same(path: Path) -> None:
    assert_same(path)
    with Workbook(path) as book:
        name = book.sheetnames[0]
        last_row, _ = book.dimension(name) or (0, 0)
        assert last_row == max(dict(book.rows(name)))


# Cell values openpyxl writes and reads back (times at millisecond precision, as Excel).
texts = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x7f"),
    max_size=40,
).filter(lambda s: not s.startswith("="))
values = st.one_of(
    st.none(),
    texts,
    st.sampled_from(["_x000D_", "a_x005F_b", " padded ", "#N/A", "0012", "1e5", "TRUE"]),
    st.integers(-(2**53), 2**53),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.booleans(),
    st.datetimes(dt.datetime(1900, 3, 1), dt.datetime(2100, 1, 1)).map(
        lambda d: d.replace(microsecond=d.microsecond // 1000 * 1000)
    ),
    st.dates(dt.date(1900, 3, 1), dt.date(2100, 1, 1)),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(grid=st.lists(st.lists(values, max_size=8), min_size=1, max_size=8))
def test_generated_workbooks_read_the_same(tmp_path: Path, grid: list[list[Any]]) -> None:
    path = tmp_path / "generated.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data"
    for r, row in enumerate(grid, 1):
        for c, value in enumerate(row, 1):
            sheet.cell(r, c, value)
    book.create_sheet(" second ")["B3"] = "elsewhere"
    book.save(path)
    assert_same(path)


def rewrite(path: Path, part: str, change: Any) -> None:
    """Rewrite one part of an xlsx (zip) in place (a new part if `part` is not there)."""
    with zipfile.ZipFile(path) as source:
        contents = {info.filename: source.read(info) for info in source.infolist()}
    contents[part] = change(contents.get(part, b"").decode()).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in contents.items():
            target.writestr(name, data)


def test_hand_made_cells_read_the_same(tmp_path: Path) -> None:
    path = tmp_path / "hand.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Cases"
    sheet["A1"], sheet["B1"], sheet["C1"] = "title", "count", "when"
    sheet["A2"] = "placeholder"
    sheet["A5"] = "after a gap"
    sheet["C5"] = dt.timedelta(hours=30, minutes=5)
    sheet["C5"].number_format = "[h]:mm"
    sheet["D5"] = dt.time(13, 45)
    sheet["E5"] = 45000
    sheet["E5"].number_format = "dd/mm/yyyy"
    book.save(path)
    inline = (
        '<c r="A2" t="inlineStr"><is><t>in</t><r><t>line</t></r>'
        '<rPh sb="0" eb="2"><t>phonetic, left out</t></rPh></is></c>'
        '<c r="B2" t="e"><v>#DIV/0!</v></c>'
        '<c r="C2" t="b"><v>0</v></c>'
        '<c r="D2" t="str"><f>A1&amp;"!"</f><v>title!</v></c>'
        '<c r="E2"><f t="shared" ref="E2:E3" si="0">B2*2</f><v>4</v></c>'
        '<c r="F2" t="d"><v>2024-02-29T10:30:00</v></c>'
        '</row><row r="3"><c r="E3"><f t="shared" si="0"/><v>6</v></c>'
        '<c r="G3" t="s"><v>1</v></c><c r="H3" t="s"><v>0</v></c>'
    )
    # openpyxl writes inline strings; Excel writes a shared string table, made here.
    rewrite(
        path,
        "xl/sharedStrings.xml",
        lambda _: (
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<si><t xml:space="preserve"> shared </t></si>'
            "<si><r><t>ri</t></r><r><rPr><b/></rPr><t>ch_x005F_x000D_</t></r>"
            '<rPh sb="0" eb="1"><t>guide</t></rPh></si></sst>'
        ),
    )
    rewrite(
        path,
        "xl/_rels/workbook.xml.rels",
        lambda xml: xml.replace(
            "</Relationships>",
            '<Relationship Id="rIdS" Target="sharedStrings.xml" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>'
            "</Relationships>",
        ),
    )
    rewrite(
        path,
        "[Content_Types].xml",
        lambda xml: xml.replace(
            "</Types>",
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        ),
    )
    rewrite(
        path,
        "xl/worksheets/sheet1.xml",
        # (openpyxl reads no cell beyond the dimension the sheet declares; widen it)
        lambda xml: re.sub(r'<c r="A2"[^>]*>.*?</c>', inline, xml, count=1).replace(
            '<dimension ref="A1:E5"/>', '<dimension ref="A1:H5"/>'
        ),
    )
    assert "line" in "".join(str(v) for v in by_reader(path)["Cases"][2])
    assert_same(path, data_only=True)
    assert_same(path, data_only=False)
    formulas = by_reader(path, data_only=False)["Cases"]
    assert formulas[2][3] == '=A1&"!"'
    assert formulas[3][4] == "=B3*2"  # the shared formula, moved to its row
    values = by_reader(path)["Cases"]
    assert values[2][:5] == ["inline", "#DIV/0!", False, "title!", 4]
    assert values[2][5] == dt.datetime(2024, 2, 29, 10, 30)
    assert values[5][2] == dt.timedelta(hours=30, minutes=5)
    assert values[3][6:] == ["rich_x000D_", " shared "]


def test_a_1904_workbook_dates(tmp_path: Path) -> None:
    path = tmp_path / "mac.xlsx"
    book = openpyxl.Workbook()
    book.epoch = openpyxl.utils.datetime.MAC_EPOCH
    book.active["A1"] = dt.datetime(2020, 5, 17, 8, 0)
    book.save(path)
    assert by_reader(path)["Sheet"][1] == [dt.datetime(2020, 5, 17, 8, 0)]
    assert_same(path)


def test_a_doctype_or_broken_xml_is_a_clear_refusal(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"], book.active["A2"] = "title", "x"
    book.save(path)
    entity = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    rewrite(path, "xl/worksheets/sheet1.xml", lambda xml: entity + xml.replace(">x<", ">&b;<"))
    with Workbook(path) as reader:
        rows = dict(reader.rows("Sheet"))
    assert rows[1] == ["title"]
    assert "aaaaaaaaaa" not in str(rows)  # the entity is not expanded

    broken = tmp_path / "broken.xlsx"
    book.save(broken)
    rewrite(broken, "xl/worksheets/sheet1.xml", lambda xml: xml[: len(xml) // 2])
    with Workbook(broken) as reader, pytest.raises(XlsxError, match="not well-formed"):
        list(reader.rows("Sheet"))
    with pytest.raises(InvalidInput, match=r"broken.xlsx is a damaged workbook \(not well-formed"):
        workbook_table(broken, "a test sheet", None)

    # Cut inside the rows: the header reads, the rows stop with a clear message.
    book = openpyxl.Workbook()
    for number in range(1, 200):
        book.active.append([f"title {number}", number])
    book.save(broken)
    rewrite(broken, "xl/worksheets/sheet1.xml", lambda xml: xml[: xml.index("title 150")])
    table = workbook_table(broken, "a test sheet", None)
    with pytest.raises(InvalidInput, match="sheet 'Sheet': damaged sheet data"):
        list(table.rows)


@pytest.mark.parametrize("reference", ["ZZZZZZ2", "2", "A-2"])
def test_a_cell_reference_excel_cannot_write_is_refused(tmp_path: Path, reference: str) -> None:
    path = tmp_path / "crafted.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"], book.active["A2"] = "title", "x"
    book.save(path)
    rewrite(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace('r="A2"', f'r="{reference}"'))
    table = workbook_table(path, "a test sheet", None)
    with pytest.raises(InvalidInput, match="is not a cell of a sheet"):
        list(table.rows)


def test_an_unreadable_shared_formula_is_still_a_formula(tmp_path: Path) -> None:
    path = tmp_path / "formula.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"], book.active["A2"], book.active["A3"] = "title", "x", "y"
    book.save(path)
    cells = (
        '<c r="A2"><f t="shared" ref="A2:A3" si="0">"unterminated</f><v>1</v></c>',
        '<c r="A3"><f t="shared" si="0"/><v>1</v></c>',
    )
    rewrite(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(
            r'<c r="A3"[^>]*>.*?</c>', cells[1], re.sub(r'<c r="A2"[^>]*>.*?</c>', cells[0], xml)
        ),
    )
    with Workbook(path) as reader:
        rows = dict(reader.rows("Sheet", data_only=False))
    assert rows[2][0].startswith("=")
    assert rows[3][0].startswith("=")
