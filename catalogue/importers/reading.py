"""Opening import files safely: size limits, zip bombs, encodings, sheets and headers.

Every way a file can fail to be what it should be ends in an `InvalidInput` whose message
names the file and says what to do, never in a traceback.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InvalidInput
from . import cells

# A register export is a few MB; these limits only stop files that would exhaust memory.
MAX_FILE_BYTES = 200 * 2**20
MAX_UNPACKED_BYTES = 1024 * 2**20
MAX_PACKING_RATIO = 300  # real xlsx sheets pack 10–60×; a zip bomb packs thousands×


@dataclass
class Table:
    """The rows of one sheet or CSV file.

    `columns` are the header cells as written (cleaned); each row is (row number as a
    spreadsheet shows it, {normalised column name: value}). `total` is the number of data
    rows when known in advance (for progress), else None.
    """

    source: str
    columns: list[str]
    rows: Iterator[tuple[int, dict[str, Any]]]
    total: int | None = None
    keys: list[str] = field(default_factory=list)

    def require(self, wanted: Sequence[str], what: str) -> None:
        """Refuse a table that lacks any of the `wanted` columns (normalised names)."""
        missing = [w for w in wanted if w not in self.keys]
        if missing:
            raise InvalidInput(
                f"{self.source} does not look like {what}: "
                f"{'column' if len(missing) == 1 else 'columns'} "
                f"{', '.join(repr(m) for m in missing)} missing "
                f"(found: {', '.join(repr(c) for c in self.columns[:12])}"
                f"{', …' if len(self.columns) > 12 else ''}); check the file and the format"
            )


def check_file(path: Path, what: str) -> int:
    """The size of `path`, refusing a missing, empty or oversized file."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read ({exc.strerror}); check the path") from None
    if not path.is_file():
        raise InvalidInput(f"{path} is a folder, not {what}; give the file itself")
    if size == 0:
        raise InvalidInput(f"{path} is empty; expected {what}")
    if size > MAX_FILE_BYTES:
        raise InvalidInput(
            f"{path} is {size / 2**20:,.0f} MB; Casebook imports files up to "
            f"{MAX_FILE_BYTES // 2**20} MB. Is this really {what}? Split it into smaller files."
        )
    return size


def _header(raw: Sequence[Any], source: str) -> tuple[list[str], list[str]]:
    columns = [cells.one_line(h) for h in raw]
    while columns and not columns[-1]:
        columns.pop()
    keys = [cells.name(c) for c in columns]
    seen: set[str] = set()
    for key, column in zip(keys, columns, strict=True):
        if key and key in seen:
            raise InvalidInput(
                f"{source}: the column {column!r} appears twice in the header row; "
                "rename or remove one of them"
            )
        seen.add(key)
    return columns, keys


# -- spreadsheets ------------------------------------------------------------------------------


def _check_zip(path: Path, what: str) -> None:
    if not zipfile.is_zipfile(path):
        raise InvalidInput(
            f"{path} is not an Excel workbook (.xlsx); expected {what}. "
            "If it is an old .xls file or a CSV, save it as .xlsx first."
        )
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = 0
            for info in archive.infolist():
                unpacked += info.file_size
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > 10 * 2**20 and ratio > MAX_PACKING_RATIO:
                    raise InvalidInput(
                        f"{path}: part {info.filename} unpacks {ratio:,.0f} times larger than "
                        "it is stored (a zip bomb?); Casebook refuses it. Re-save the workbook "
                        "from a spreadsheet program."
                    )
            if unpacked > MAX_UNPACKED_BYTES:
                raise InvalidInput(
                    f"{path} unpacks to {unpacked / 2**20:,.0f} MB, more than "
                    f"{MAX_UNPACKED_BYTES // 2**20} MB; Casebook refuses it. Split the workbook."
                )
    except zipfile.BadZipFile as exc:
        raise InvalidInput(f"{path} is a damaged workbook ({exc}); re-save it") from None


def workbook_table(
    path: Path,
    what: str,
    sheet: Sequence[str] | None,
    *,
    data_only: bool = True,
) -> Table:
    """The rows of a sheet of an xlsx file (the header is its first non-blank row).

    `sheet`: acceptable names of the sheet (compared without case and stray spaces), or None
    for the first sheet. `data_only=False` keeps formulas as text (`=SUM(A1:A3)`), so that
    an importer can refuse them instead of reading an empty cached value.
    """
    from .xlsx import Workbook, XlsxError

    check_file(path, what)
    _check_zip(path, what)
    damaged = (XlsxError, KeyError, ValueError, IndexError, OSError, zipfile.BadZipFile)
    try:
        book = Workbook(path)
    except damaged as exc:
        raise InvalidInput(
            f"{path} cannot be read as an Excel workbook ({exc}); expected {what}"
        ) from None
    try:
        names = book.sheetnames
        if not names:
            raise InvalidInput(f"{path} has no worksheet; expected {what}")
        if sheet is None:
            chosen = names[0]
        else:
            wanted = {cells.name(s) for s in sheet}
            matches = [n for n in names if cells.name(n) in wanted]
            if not matches:
                raise InvalidInput(
                    f"{path} has no sheet named {sheet[0]!r} (its sheets: "
                    f"{', '.join(repr(n) for n in names)}); is this {what}?"
                )
            chosen = matches[0]
        source = f"{path.name}, sheet {chosen.strip()!r}"
        dimension = book.dimension(chosen)
        rows = book.rows(chosen, data_only=data_only)
        # The header is the first row with anything in it (some exports leave row 1 blank).
        header_row, raw_header = 0, list[Any]()
        for header_row, raw_header in rows:
            if header_row > 10 or any(cells.one_line(c) for c in raw_header):
                break
        columns, keys = _header(raw_header if header_row <= 10 else [], source)
        if not any(keys):
            raise InvalidInput(f"{source} has no header row; expected {what}")
        total = (dimension[0] if dimension else 0) - header_row
    except InvalidInput:
        book.close()
        raise
    except damaged as exc:
        book.close()
        raise InvalidInput(f"{path} is a damaged workbook ({exc}); re-save it") from None

    width = len(keys)

    def generate() -> Iterator[tuple[int, dict[str, Any]]]:
        try:
            for number, row in rows:
                if all(c is None or (type(c) is str and not c.strip()) for c in row):
                    continue
                if len(row) < width:
                    row.extend([None] * (width - len(row)))
                yield number, dict(zip(keys, row, strict=False))
        except damaged as exc:
            raise InvalidInput(f"{source}: damaged sheet data ({exc}); re-save it") from None
        finally:
            book.close()

    return Table(source, columns, generate(), total if total > 0 else None, keys)


# -- CSV -----------------------------------------------------------------------------------------


def decode_text(path: Path, what: str) -> str:
    """A text file's content: UTF-8 with or without BOM; a helpful error otherwise."""
    check_file(path, what)
    data = path.read_bytes()
    if data[:4] == b"PK\x03\x04":
        raise InvalidInput(
            f"{path} is a zip or Excel workbook, not {what}; use the xlsx format for workbooks"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            f"{path} is not UTF-8 text (byte {exc.start}); expected {what}. "
            "Save it as “CSV UTF-8” or UTF-8 JSON."
        ) from None


def csv_table(path: Path, what: str) -> Table:
    """The rows of a CSV file (UTF-8, optional BOM, quoted fields may hold line breaks)."""
    content = decode_text(path, what)
    if "\x00" in content:
        raise InvalidInput(f"{path} holds NUL bytes: it is not a CSV text file; expected {what}")
    # The delimiter is whichever of , ; or tab the header line uses most (Excel in many
    # European locales writes semicolons); quoting is always Excel's.
    first_line = content.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(io.StringIO(content, newline=""), csv.excel, delimiter=delimiter)
    source = path.name
    try:
        raw_header = next(reader, [])
    except csv.Error as exc:
        raise InvalidInput(f"{source}: not a readable CSV file ({exc}); expected {what}") from None
    columns, keys = _header(raw_header, source)
    if not any(keys):
        raise InvalidInput(f"{source} has no header row; expected {what}")

    def generate() -> Iterator[tuple[int, dict[str, Any]]]:
        number = 1
        try:
            for row in reader:
                number += 1
                if not any(c.strip() for c in row):
                    continue
                yield number, dict(zip(keys, row, strict=False))
        except csv.Error as exc:
            raise InvalidInput(
                f"{source}, row {number + 1}: cannot be read ({exc}); "
                "check the quoting around that row"
            ) from None

    # Rows are counted cheaply by the newlines outside quotes only after parsing; the
    # physical line count is an upper bound good enough for progress.
    return Table(source, columns, generate(), content.count("\n") or None, keys)


# -- JSON ----------------------------------------------------------------------------------------


def json_document(path: Path, what: str) -> Any:
    """A JSON file parsed; errors say where the file stops being JSON."""
    content = decode_text(path, what)
    try:
        return json.loads(content)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"{path} is not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            f"expected {what}"
        ) from None
    except RecursionError:
        raise InvalidInput(f"{path} is nested too deeply to be {what}") from None
