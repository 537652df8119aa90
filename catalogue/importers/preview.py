"""Looking at a file before importing it: which format it probably is, and for a generic
table its columns with sample values and a first guess at the column mapping.

The desktop import wizard uses these to fill in its choices; the user can change them all.
Every function reads only the start of the file, and a file that cannot be read raises
`InvalidInput` with a message that says why (like the importers themselves).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InvalidInput
from . import cells, generic, omb, pstw, workshop
from .reading import check_file, csv_table, json_document, workbook_table

SAMPLE_ROWS = 3


@dataclass
class FileColumns:
    """The columns of a table as its header names them, a few sample values of each, and
    the settings the mapping needs to find the table again (`sheet`, `records`)."""

    columns: list[str]
    samples: dict[str, list[str]] = field(default_factory=dict)
    sheets: list[str] = field(default_factory=list)
    sheet: str | None = None
    records: str | None = None


def guess_format(path: Path) -> str:
    """The import format `path` most probably is, from its name and first lines: a
    register or workshop sheet when it looks like one, else the generic csv, xlsx or json.
    Raises `InvalidInput` for a file of another kind."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        names = {cells.name(n) for n in _sheet_names(path)}
        if cells.name(workshop.SHEET) in names:
            return "workshop"
        if names & {cells.name(n) for n in pstw.SHEET_NAMES}:
            return "pstw"
        if _looks_like_omb(workbook_table(path, "an Excel workbook", None).keys):
            return "omb"
        return "xlsx"
    if suffix == ".csv":
        return "omb" if _looks_like_omb(csv_table(path, "a CSV file").keys) else "csv"
    if suffix == ".json":
        document = json_document(path, "a JSON file")
        if isinstance(document, dict) and isinstance(document.get("algoritmes"), list):
            return "algoritmeregister"
        return "json"
    raise InvalidInput(
        f"{path.name}: Casebook imports .xlsx, .csv and .json files; "
        "save the table in one of these formats first"
    )


def _looks_like_omb(keys: list[str]) -> bool:
    return all(k in keys for k in omb.REQUIRED)


def _sheet_names(path: Path) -> list[str]:
    import zipfile

    from .xlsx import Workbook, XlsxError

    check_file(path, "an Excel workbook")
    try:
        with Workbook(path) as book:
            return book.sheetnames
    except (zipfile.BadZipFile, XlsxError, KeyError, ValueError, OSError) as exc:
        raise InvalidInput(f"{path} cannot be read as an Excel workbook ({exc})") from None


def file_columns(
    format: str, path: Path, *, sheet: str | None = None, records: str | None = None
) -> FileColumns:
    """The columns of a csv, xlsx or json file (for the column mapping), with the first
    few values of each. For JSON whose records are not at the top, the first key holding
    a list of objects is taken unless `records` names one; for xlsx the first sheet
    unless `sheet` names one."""
    path = Path(path)
    if format not in ("csv", "xlsx", "json"):
        raise InvalidInput(f"{format!r} needs no column mapping; only csv, xlsx and json do")
    found = FileColumns([])
    if format == "csv":
        table = csv_table(path, "a CSV file with a header row")
    elif format == "xlsx":
        found.sheets = _sheet_names(path)
        table = workbook_table(path, "an Excel workbook", [sheet] if sheet else None)
        found.sheet = sheet or (found.sheets[0] if found.sheets else None)
    else:
        if records is None:
            records = _records_key(json_document(path, "a JSON list of records"))
        table = generic._json_table(path, {"records": records} if records else {})
        found.records = records
    found.columns = [c for c in table.columns if c]
    keys = dict(zip(table.columns, table.keys, strict=False))
    for n, (_, row) in enumerate(table.rows):
        if n >= SAMPLE_ROWS:
            break
        for column in found.columns:
            value = cells.one_line(row.get(keys[column]))
            if value:
                found.samples.setdefault(column, []).append(cells.cut(value, 60))
    if hasattr(table.rows, "close"):
        table.rows.close()  # an xlsx reader closes its workbook
    return found


def _records_key(document: Any) -> str | None:
    if isinstance(document, list) or not isinstance(document, dict):
        return None
    for key, value in document.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value[:5]):
            return str(key)
    raise InvalidInput(
        "the JSON file holds no list of records (objects with fields), at the top or under a key"
    )


def _field_names_by_word() -> dict[str, str]:
    """Plain words a header may use for an entry field: the field itself, the workshop
    template's headers, and the last part of a dotted field when no other has it."""
    known = generic.known_fields()
    words: dict[str, str] = {}
    last_parts: dict[str, list[str]] = {}
    for name in known:
        words[cells.name(name)] = name
        words[cells.name(name.replace("_", " ").replace(".", " "))] = name
        last_parts.setdefault(cells.name(name.rsplit(".", 1)[-1].replace("_", " ")), []).append(
            name
        )
    for word, names in last_parts.items():
        if len(names) == 1:
            words.setdefault(word, names[0])
    for column in workshop.COLUMNS:
        if column.field in known:
            words[cells.name(column.header)] = column.field
    words.update(
        {"name": "title", "organization": "organisation.name", "description": "description"}
    )
    return words


def guess_mapping(columns: list[str]) -> dict[str, str]:
    """A first guess at {column: entry field} from the header words (each field once)."""
    words = _field_names_by_word()
    guessed: dict[str, str] = {}
    taken: set[str] = set()
    for column in columns:
        target = words.get(cells.name(column))
        if target and target not in taken:
            guessed[column] = target
            taken.add(target)
    return guessed


def missing_required(mapping: Mapping[str, Any]) -> list[str]:
    """The required entry fields that neither a column nor a fixed value fills."""
    filled = set(mapping.get("columns", {}).values()) | set(mapping.get("values", {}))
    return [f for f in REQUIRED_FIELDS if f not in filled]


REQUIRED_FIELDS = ("title", "summary", "organisation.name", "location.country", "language")
