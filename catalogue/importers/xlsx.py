"""Reading the cell values of an xlsx sheet, streamed, several times faster than openpyxl.

openpyxl's read-only mode builds an element and a Python object per cell and spent 5/6 of
a PSTW re-import reading the sheet (bench/import_export.py); the fast Rust readers
(python-calamine) are not installable here. This module reads only what an import needs —
sheet names, the dimension, and each row's values — with lxml's streaming parser (lxml is
already here for python-docx), and reuses openpyxl's own rules for what a value is (number
formats that mean dates, Excel serial dates, shared formulas), so that every value equals
what `openpyxl.load_workbook(read_only=True).iter_rows(values_only=True)` gives
(tests/catalogue/test_xlsx_reader.py compares them cell by cell on the real registers and
on hostile workbooks written by the tests).

Entities are not resolved and nothing is fetched, so a crafted part cannot expand in
memory or reach the network; the caller limits the unpacked size of the archive.
"""

from __future__ import annotations

import contextlib
import posixpath
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from lxml import etree

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
ROW, CELL, VALUE, FORMULA = _MAIN + "row", _MAIN + "c", _MAIN + "v", _MAIN + "f"
INLINE, TEXT, RUN = _MAIN + "is", _MAIN + "t", _MAIN + "r"
# Rows whose elements are dropped from the parsed tree at a time (bounds memory).
_PRUNE_EVERY = 512


class XlsxError(ValueError):
    """The workbook's parts are missing or not well-formed XML."""


def _elements(stream: IO[bytes], tags: tuple[str, ...]) -> Iterator[Any]:
    """The elements named `tags` of an XML stream, each complete, then cleared."""
    try:
        for _, element in etree.iterparse(
            stream, events=("end",), tag=tags, resolve_entities=False, no_network=True
        ):
            yield element
            element.clear()
    except etree.XMLSyntaxError as exc:
        raise XlsxError(f"not well-formed XML ({exc.msg})") from None


def _text(element: Any) -> str:
    """The text of a string item or inline string: its <t>, then each run's <t> (phonetic
    guides left out), as openpyxl's Text.content."""
    parts = []
    for child in element:
        if child.tag == TEXT:
            parts.append(child.text or "")
        elif child.tag == RUN:
            for part in child:
                if part.tag == TEXT:
                    parts.append(part.text or "")
    return "".join(parts)


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index


LAST_COLUMN = 16_384  # XFD, Excel's last column


def _checked_column(letters: str, reference: str) -> int:
    """The column of a cell reference's letters; a clear error for anything Excel cannot
    have written (a crafted "ZZZZZZ1" would otherwise ask for billions of empty cells)."""
    letters = letters.upper()
    column = _column_index(letters) if letters.isascii() and letters.isalpha() else 0
    if not 1 <= column <= LAST_COLUMN:
        raise XlsxError(f"the cell reference {reference[:20]!r} is not a cell of a sheet")
    return column


class Workbook:
    """An xlsx file open for reading values: `sheetnames`, `dimension(name)`, `rows(name)`."""

    def __init__(self, path: Path | str) -> None:
        self._archive = zipfile.ZipFile(path)
        try:
            self._names = set(self._archive.namelist())
            self._read_workbook()
        except BaseException:
            self._archive.close()
            raise
        self._strings: list[str] | None = None
        self._dates: tuple[set[int], set[int]] | None = None

    def close(self) -> None:
        self._archive.close()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- parts -------------------------------------------------------------------------

    def _open(self, part: str) -> IO[bytes]:
        if part not in self._names:
            raise XlsxError(f"the part {part} is missing")
        return self._archive.open(part)

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """Id → (type's last word, part name) of `part`'s relationships."""
        folder, name = posixpath.split(part)
        rels_part = posixpath.join(folder, "_rels", name + ".rels")
        found: dict[str, tuple[str, str]] = {}
        if rels_part not in self._names:
            return found
        with self._open(rels_part) as stream:
            for rel in _elements(stream, (_PACKAGE_REL + "Relationship",)):
                target, rel_id = rel.get("Target"), rel.get("Id")
                if target is None or rel_id is None:
                    continue
                absolute = (
                    target.lstrip("/")
                    if target.startswith("/")
                    else posixpath.normpath(posixpath.join(folder, target))
                )
                found[rel_id] = (rel.get("Type", "").rsplit("/", 1)[-1], absolute)
        return found

    def _read_workbook(self) -> None:
        package = self._relationships("")
        main = next((p for kind, p in package.values() if kind == "officeDocument"), None)
        main = main or "xl/workbook.xml"
        sheets: list[tuple[str, str]] = []
        self.date1904 = False
        with self._open(main) as stream:
            for element in _elements(stream, (_MAIN + "sheet", _MAIN + "workbookPr")):
                if element.tag == _MAIN + "sheet":
                    sheets.append((element.get("name", ""), element.get(_REL + "id", "")))
                else:
                    self.date1904 = element.get("date1904", "0").lower() in ("1", "true")
        relations = self._relationships(main)
        self._parts = {
            kind: target
            for kind, target in relations.values()
            if kind in ("sharedStrings", "styles")
        }
        self._sheets: dict[str, str] = {}
        for name, rel_id in sheets:
            kind, target = relations.get(rel_id, ("", ""))
            if kind == "worksheet":
                self._sheets[name] = target

    @property
    def sheetnames(self) -> list[str]:
        return list(self._sheets)

    def _sheet_part(self, name: str) -> str:
        try:
            return self._sheets[name]
        except KeyError:
            raise XlsxError(f"no worksheet named {name!r}") from None

    # -- shared strings and date styles -----------------------------------------------

    def _shared_strings(self) -> list[str]:
        if self._strings is None:
            self._strings = []
            part = self._parts.get("sharedStrings")
            if part is not None and part in self._names:
                with self._open(part) as stream:
                    # openpyxl drops Excel's escape of a literal "_x" the same way.
                    self._strings = [
                        _text(item).replace("x005F_", "")
                        for item in _elements(stream, (_MAIN + "si",))
                    ]
        return self._strings

    def _date_styles(self) -> tuple[set[int], set[int]]:
        """The cell style indexes whose number format is a date, and those of durations —
        openpyxl's rule (openpyxl.styles.stylesheet._normalise_numbers)."""
        if self._dates is not None:
            return self._dates
        from openpyxl.styles.numbers import (
            BUILTIN_FORMATS,
            is_date_format,
            is_timedelta_format,
        )

        custom: dict[int, str] = {}
        style_formats: list[int] = []
        part = self._parts.get("styles")
        if part is not None and part in self._names:
            with self._open(part) as stream:
                for element in _elements(stream, (_MAIN + "numFmt", _MAIN + "cellXfs")):
                    if element.tag == _MAIN + "numFmt":
                        with contextlib.suppress(TypeError, ValueError):
                            custom[int(element.get("numFmtId"))] = element.get("formatCode", "")
                        continue
                    for xf in element:
                        try:
                            style_formats.append(int(xf.get("numFmtId", 0)))
                        except ValueError:
                            style_formats.append(0)
        dates: set[int] = set()
        durations: set[int] = set()
        for index, format_id in enumerate(style_formats):
            code = custom[format_id] if format_id in custom else BUILTIN_FORMATS.get(format_id)
            if is_date_format(code):
                dates.add(index)
            if is_timedelta_format(code):
                durations.add(index)
        self._dates = dates, durations
        return self._dates

    # -- sheets ------------------------------------------------------------------------

    def dimension(self, name: str) -> tuple[int, int] | None:
        """(last row, last column) that the sheet declares, or None if it declares none."""
        ref = None
        with self._open(self._sheet_part(name)) as stream:
            for element in _elements(stream, (_MAIN + "dimension", _MAIN + "sheetData")):
                if element.tag == _MAIN + "dimension":
                    ref = element.get("ref", "")
                break
        if not ref:
            return None
        last = ref.rpartition(":")[2].replace("$", "").upper()
        letters = last.rstrip("0123456789")
        digits = last[len(letters) :]
        if not digits or not letters.isalpha():
            return None
        return int(digits), _column_index(letters)

    def rows(self, name: str, *, data_only: bool = True) -> Iterator[tuple[int, list[Any]]]:
        """(row number, values from column A) of every row the sheet holds, in order.

        Values are what openpyxl's `values_only` gives: str, int, float, bool, datetime
        (or date/time/timedelta by the cell's number format), an error code such as
        "#N/A" as text, None for an empty cell; rows with no cells are not yielded. With
        `data_only=False` a formula cell gives its formula ("=SUM(A1:A3)") instead of the
        value Excel cached.
        """
        from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH, from_excel, from_ISO8601

        strings = self._shared_strings()
        dates, durations = self._date_styles()
        epoch = MAC_EPOCH if self.date1904 else WINDOWS_EPOCH
        columns: dict[str, int] = {}
        translators: dict[str, Any] = {}

        def formula(element: Any, reference: str | None) -> str:
            value = "=" + (element.text or "")
            if element.get("t") == "shared":
                from openpyxl.formula.translate import Translator

                index = element.get("si")
                try:
                    if index in translators:
                        return str(translators[index].translate_formula(reference))
                    if value != "=":
                        translators[index] = Translator(value, reference)
                except Exception:  # openpyxl's tokenizer refuses an odd formula
                    return "=?"  # still a formula, refused as one
            return value

        number_row = 0
        with self._open(self._sheet_part(name)) as stream:
            for count, row in enumerate(_elements(stream, (ROW,)), 1):
                given = row.get("r")
                number_row = int(float(given)) if given else number_row + 1
                values: list[Any] = []
                column = 0
                for cell in row:
                    if cell.tag != CELL:
                        continue
                    reference = cell.get("r")
                    if reference:
                        letters = reference.rstrip("0123456789")
                        found = columns.get(letters)
                        if found is None:
                            found = columns[letters] = _checked_column(letters, reference)
                        column = found
                    else:
                        column += 1
                    kind = cell.get("t", "n")
                    raw = None
                    value: Any = None
                    if len(cell) == 1 and cell[0].tag == VALUE:
                        raw = cell[0].text
                    else:
                        inline = formula_element = None
                        for child in cell:
                            if child.tag == VALUE:
                                raw = child.text
                            elif child.tag == FORMULA:
                                formula_element = child
                            elif child.tag == INLINE:
                                inline = child
                        if formula_element is not None and not data_only:
                            raw = None
                            value = formula(formula_element, reference)
                        elif kind == "inlineStr":
                            raw = None
                            value = _text(inline) if inline is not None else None
                    if raw:
                        if kind == "n":
                            value = (
                                float(raw) if ("." in raw or "E" in raw or "e" in raw) else int(raw)
                            )
                            style = cell.get("s")
                            index = int(style) if style else 0
                            if index in dates:
                                try:
                                    value = from_excel(value, epoch, timedelta=index in durations)
                                except (OverflowError, ValueError):
                                    value = "#VALUE!"
                        elif kind == "s":
                            value = strings[int(raw)]
                        elif kind == "b":
                            value = bool(int(raw))
                        elif kind == "d":
                            value = from_ISO8601(raw)
                        else:  # "str" (a formula's text result), "e" (an error code)
                            value = raw
                    if value is not None:
                        if len(values) < column:
                            values.extend([None] * (column - len(values)))
                        values[column - 1] = value
                if count % _PRUNE_EVERY == 0:
                    parent = row.getparent()
                    if parent is not None:
                        del parent[: parent.index(row)]
                if values:
                    yield number_row, values
