"""`csv`, `xlsx`, `json`: any table of practices, with a column-mapping file.

The mapping (JSON) says which column fills which entry field::

    {
      "columns": {"Name": "title", "Short text": "summary", "Who": "organisation.name",
                  "Country": "location.country", "Keywords": "tags"},
      "values": {"language": "en", "kind": "good_practice"},
      "id_column": "Ref",
      "dataset": "partner",
      "sheet": "Cases",
      "records": "items"
    }

`columns` (required): column name (as in the header; case and stray spaces do not
matter) → dotted entry field. `values`: fixed values for every row. `id_column`: the
column that identifies a row across files (then re-importing updates instead of adding).
`dataset`: the source dataset recorded on each entry (default `partner`). `sheet`
(xlsx) and `records` (JSON: the key of the list of records) are optional.
List fields (tags, ai_techniques, policy_areas, governance_themes) take values separated
by semicolons or line breaks, or a JSON/Python-style list; `links` takes web addresses.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from .. import vocab
from ..entry import field_names
from ..errors import InvalidInput, Problem
from . import cells
from .reading import Table, check_file, csv_table, json_document, workbook_table
from .records import ParsedFile, Record, RowProblem, Tick

LIST_FIELDS = ("policy_areas", "ai_techniques", "governance_themes", "tags")
EXTRA_FIELDS = ("links", "source_code")
_MAPPING_KEYS = {"columns", "values", "id_column", "dataset", "sheet", "records"}
_COFOG_CODE = re.compile(r"^\s*(\d{2}(?:\.\d)?)\b")


def known_fields() -> list[str]:
    """Every entry field a column can fill."""
    names = field_names()
    return [n for n in names if n not in ("links", "attachments", "interreg.transfers")] + ["links"]


def assign(body: dict[str, Any], key: str, value: Any) -> str | None:
    """Put a cell's value into `body` at dotted `key`; returns a problem text or None.

    Lists are split; dates are read in the usual ways; formulas are refused.
    """
    if isinstance(value, str) and value.startswith("=") and len(value) > 1:
        return f"holds a formula ({cells.cut(value, 40)}); type the value itself"
    parts = key.split(".")
    if parts[0] in LIST_FIELDS:
        items = cells.list_cell(value)
        if parts[0] == "policy_areas":
            items = [m.group(1) if (m := _COFOG_CODE.match(i)) else i for i in items]
        body.setdefault(parts[0], []).extend(items)
        return None
    if key == "links":
        found = cells.urls(value)
        if cells.text(value) and not found:
            return f"{cells.cut(cells.text(value), 60)!r} holds no web address (https://…)"
        body.setdefault("links", []).extend({"url": u} for u in found)
        return None
    if key.startswith("interreg.transfers."):
        return _assign_transfer(body, parts[2], value)
    if parts[0] == "dates" or key == "source.retrieved":
        raw = cells.one_line(value)
        date = cells.partial_date(value)
        if raw and date is None:
            return f"{raw!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
        text: str | None = date
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    else:
        text = cells.text(value) or None
    if text is None:
        return None
    if len(parts) == 1:
        body[key] = text
    else:
        body.setdefault(parts[0], {})[parts[1]] = text
    return None


def _assign_transfer(body: dict[str, Any], part: str, value: Any) -> str | None:
    """One column of the row's one transfer (`interreg.transfers.partner`, …)."""
    if part == "date":
        raw = cells.one_line(value)
        text = cells.partial_date(value)
        if raw and text is None:
            return f"{raw!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
    else:
        text = cells.text(value) or None
    if text is None:
        return None
    transfers = body.setdefault("interreg", {}).setdefault("transfers", [{}])
    transfers[0][part] = text
    return None


def check_mapping(mapping: Mapping[str, Any], source: str) -> None:
    """Refuse a mapping file with unknown keys or fields, naming each problem."""
    problems: list[Problem] = []
    if not isinstance(mapping, Mapping):
        raise InvalidInput(f"{source}: the mapping must be a JSON object with 'columns'")
    known = set(known_fields())
    for key in sorted(set(mapping) - _MAPPING_KEYS):
        problems.append(
            Problem(key, f"is not a mapping setting; use {', '.join(sorted(_MAPPING_KEYS))}")
        )
    columns = mapping.get("columns")
    if not isinstance(columns, Mapping) or not columns:
        problems.append(Problem("columns", "is required: an object {column name: entry field}"))
        columns = {}
    for column, target in columns.items():
        if not isinstance(target, str) or target not in known:
            problems.append(
                Problem(
                    f"columns.{column}",
                    f"{target!r} is not an entry field; use one of: {', '.join(sorted(known))}",
                )
            )
    values = mapping.get("values", {})
    if not isinstance(values, Mapping):
        problems.append(Problem("values", "must be an object {entry field: value}"))
    else:
        for target in values:
            if target not in known:
                problems.append(Problem(f"values.{target}", "is not an entry field"))
    dataset = mapping.get("dataset", "partner")
    if dataset not in vocab.DATASETS:
        problems.append(
            Problem(
                "dataset", f"{dataset!r} is not a dataset; use one of: {', '.join(vocab.DATASETS)}"
            )
        )
    for key in ("id_column", "sheet", "records"):
        if key in mapping and not isinstance(mapping[key], str):
            problems.append(Problem(key, "must be text"))
    if problems:
        raise InvalidInput(f"{source}: the column mapping has {len(problems)} problem(s)", problems)


def _json_table(path: Path, mapping: Mapping[str, Any]) -> Table:
    what = "a JSON list of records"
    document = json_document(path, what)
    key = mapping.get("records")
    records = document.get(key) if key and isinstance(document, dict) else document
    if not isinstance(records, list):
        where = f"under the key {key!r}" if key else "at the top (or set 'records' in the mapping)"
        raise InvalidInput(f"{path}: expected a list of records {where}")
    columns: list[str] = []
    for record in records:
        if isinstance(record, dict):
            columns += [k for k in record if k not in columns]

    def generate() -> Iterator[tuple[int, dict[str, Any]]]:
        for number, record in enumerate(records, 1):
            if isinstance(record, dict):
                yield (
                    number,
                    {
                        cells.name(k): json.dumps(v) if isinstance(v, dict) else v
                        for k, v in record.items()
                    },
                )
            else:
                yield number, {"": record}

    return Table(path.name, columns, generate(), len(records), [cells.name(c) for c in columns])


def rows_to_records(
    table: Table,
    parsed: ParsedFile,
    columns: Mapping[str, str],
    values: Mapping[str, Any],
    id_column: str | None,
    tick: Tick,
    source: dict[str, Any],
) -> None:
    """Map every row of `table` into `parsed` (records, or row problems)."""
    wanted = {cells.name(c): target for c, target in columns.items()}
    as_written = dict(zip(table.keys, table.columns, strict=False))
    parsed.columns.update({t: as_written.get(k, k) for k, t in wanted.items()})
    first_row: dict[str, int] = {}
    id_key = cells.name(id_column) if id_column else None
    for number, row in table.rows:
        parsed.rows_read += 1
        tick(parsed.rows_read, table.total)
        if "" in row and len(row) == 1:
            parsed.problems.append(RowProblem(number, "", "is not a JSON object with fields"))
            continue
        body: dict[str, Any] = {}
        bad = False
        for target, value in values.items():
            assign(body, target, value)
        for column, target in wanted.items():
            problem = assign(body, target, row.get(column))
            if problem:
                parsed.problems.append(
                    RowProblem(number, target, problem, parsed.columns.get(target, ""))
                )
                bad = True
        source_id = cells.one_line(row.get(id_key)) if id_key else ""
        if id_key and not source_id:
            parsed.problems.append(
                RowProblem(number, id_column or "", "is empty; every row needs its id")
            )
            bad = True
        elif source_id in first_row:
            parsed.problems.append(
                RowProblem(
                    number, id_column or "", f"{source_id!r} is also on row {first_row[source_id]}"
                )
            )
            bad = True
        body["source"] = {**source, **body.get("source", {})}
        if bad:
            # Kept (without its id) so that the row's other problems are found too; a row
            # with a problem is never imported (importer._validate).
            parsed.records.append(Record(number, None, body, row))
            continue
        if source_id:
            first_row[source_id] = number
        if source_id:
            body["source"]["id"] = source_id
        parsed.records.append(Record(number, source_id or None, body, row))


def read(format: str, path: Path, mapping: Mapping[str, Any], tick: Tick) -> ParsedFile:
    """Read a CSV, xlsx or JSON file with a column mapping."""
    check_mapping(mapping, "the mapping")
    check_file(path, f"a {format} file")
    if format == "csv":
        table = csv_table(path, "a CSV file with a header row")
    elif format == "xlsx":
        sheet = mapping.get("sheet")
        table = workbook_table(
            path, "an Excel workbook", [sheet] if sheet else None, data_only=False
        )
    else:
        table = _json_table(path, mapping)
    columns: Mapping[str, str] = mapping["columns"]
    needed = [cells.name(c) for c in columns]
    id_column = mapping.get("id_column")
    if id_column:
        needed.append(cells.name(id_column))
    table.require(needed, f"the file the mapping describes ({format})")
    dataset = mapping.get("dataset", "partner")
    parsed = ParsedFile(format, dataset)
    rows_to_records(
        table, parsed, columns, mapping.get("values", {}), id_column, tick, {"dataset": dataset}
    )
    return parsed
