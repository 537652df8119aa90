"""The SQL of the entry list: filters, sort orders, facets and list rows, from fixed tables
(values are always parameters).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from typing import Any

from .errors import InvalidInput
from .records import EntrySummary

# Filters of `list`/`search`: key -> SQL condition on `entries` (one parameter).
_LIST_FIELDS = {
    "tag": "tags",
    "technique": "ai_techniques",
    "policy_area": "policy_areas",
    "theme": "governance_themes",
}


# Capitals do not matter (as in the search index, which holds values in lower case): the
# values of fixed vocabularies are stored in lower case, so `lower(?)` keeps their indexes.
_FILTERS = {
    "country": "country = upper(?)",
    "kind": "kind = lower(?)",
    "status": "status = lower(?)",
    "organisation_type": "organisation_type = lower(?)",
    "organisation": "organisation = ? COLLATE NOCASE",
    "city": "city = ? COLLATE NOCASE",
    "language": "language = ? COLLATE NOCASE",
    "dataset": "dataset = lower(?)",
    "risk": "json_extract(body, '$.ai_act.risk_tier') = lower(?)",
    # The learning trail (the `interreg` block).
    "validation": "json_extract(body, '$.interreg.validation') = lower(?)",
    "project": "json_extract(body, '$.interreg.project') = ? COLLATE NOCASE",
    "policy_instrument": "json_extract(body, '$.interreg.policy_instrument') = ? COLLATE NOCASE",
    "transfer_partner": (
        "EXISTS (SELECT 1 FROM json_each(entries.body, '$.interreg.transfers') "
        "WHERE json_extract(value, '$.partner') = ? COLLATE NOCASE)"
    ),
    **{
        # `path` comes from the fixed table above, never from the user.
        key: f"EXISTS (SELECT 1 FROM json_each(entries.body, '$.{path}') "  # noqa: S608
        "WHERE value = ? COLLATE NOCASE)"
        for key, path in _LIST_FIELDS.items()
    },
    "conflict": "(live_heads > 1) = (? IN ('yes', 'true', '1'))",
    # The entries of a collection, given by id or by name.
    "collection": (
        "entries.id IN (SELECT json_extract(i.value, '$.entry') FROM collections AS c, "
        "json_each(c.body, '$.items') AS i WHERE ? IN (c.id, c.name))"
    ),
}


FILTER_KEYS = tuple(sorted(_FILTERS))


# Sort orders of the entry list -> the SQL expression (each has an index, migration 2).
LIST_ORDERS = {
    "title": "title COLLATE NOCASE",
    "organisation": "organisation COLLATE NOCASE",
    "country": "country",
    "kind": "kind",
    "status": "status",
    "updated": "updated_at",
    "created": "created_at",
    # The learning trail's columns (no index: a sort by them reads the whole list).
    "validation": (  # by level: draft, approved by the partner, validated by experts
        "CASE json_extract(body, '$.interreg.validation') WHEN 'draft' THEN 1 "
        "WHEN 'partner_approved' THEN 2 WHEN 'expert_validated' THEN 3 END"
    ),
    "project": "json_extract(body, '$.interreg.project') COLLATE NOCASE",
}


SUMMARY_COLUMNS = (
    "id, title, organisation, country, kind, status, updated_at, live_heads, "
    "json_extract(body, '$.interreg.validation'), json_extract(body, '$.interreg.project')"
)


def summary_row(row: Sequence[Any]) -> EntrySummary:
    return EntrySummary(
        row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7] > 1, row[8], row[9]
    )


# Facets: key (a filter key too) -> the FROM list and the value `v` it counts.
_EACH = "entries, json_each(entries.body, '$.{}') AS j"


FACETS = {
    "country": ("entries", "country"),
    "organisation_type": ("entries", "organisation_type"),
    "kind": ("entries", "kind"),
    "status": ("entries", "status"),
    "technique": (_EACH.format("ai_techniques"), "j.value"),
    "policy_area": (_EACH.format("policy_areas"), "j.value"),
    "risk": ("entries", "json_extract(entries.body, '$.ai_act.risk_tier')"),
    "dataset": ("entries", "dataset"),
    "validation": ("entries", "json_extract(entries.body, '$.interreg.validation')"),
    "project": ("entries", "json_extract(entries.body, '$.interreg.project')"),
    "transfer_partner": (
        "entries, json_each(entries.body, '$.interreg.transfers') AS j",
        "json_extract(j.value, '$.partner')",
    ),
}


DATE_COLUMNS = {"updated": "updated_at", "added": "created_at"}
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def date_range(
    where: str, params: list[Any], since: str | None, until: str | None, by: str
) -> tuple[str, list[Any]]:
    """`where` narrowed to entries `by` "updated" or "added" from `since` to `until`
    (YYYY, YYYY-MM or YYYY-MM-DD; both ends included)."""
    if by not in DATE_COLUMNS:
        raise InvalidInput(f"unknown date {by!r}; use one of: {', '.join(DATE_COLUMNS)}")
    column = DATE_COLUMNS[by]
    clauses = []
    for value, name in ((since, "since"), (until, "until")):
        if value is None:
            continue
        if not _DATE.fullmatch(value.strip()):
            raise InvalidInput(f"--{name} {value!r}: write a date as YYYY, YYYY-MM or YYYY-MM-DD")
        if name == "since":
            clauses.append(f"{column} >= ?")
            params = [*params, value.strip()]
        else:
            # Every time stamp within the day (month, year) named is before its end.
            clauses.append(f"{column} < ?")
            params = [*params, value.strip() + "\uffff"]
    if not clauses:
        return where, params
    joined = " AND ".join(clauses)
    return (f"{where} AND {joined}" if where else f"WHERE {joined}"), params


def filter_sql(filters: Sequence[tuple[str, str]]) -> tuple[str, list[Any]]:
    """A WHERE clause (and its parameters) for filters on the `entries` view."""
    grouped: dict[str, list[str]] = {}
    for key, value in filters:
        if key not in _FILTERS:
            raise InvalidInput(f"unknown filter {key!r}; use one of: {', '.join(FILTER_KEYS)}")
        grouped.setdefault(key, []).append(value)
    clauses, params = [], []
    for key in sorted(grouped):
        clauses.append("(" + " OR ".join(_FILTERS[key] for _ in grouped[key]) + ")")
        params += grouped[key]
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def present(
    conn: sqlite3.Connection, table: str, column: str, values: Sequence[str], chunk: int = 500
) -> set[str]:
    """Those of `values` found in `table`'s `column` (both named by our code, never by a
    user), asked `chunk` at a time (SQLite limits a query's parameters)."""
    found: set[str] = set()
    for start in range(0, len(values), chunk):
        part = values[start : start + chunk]
        marks = ",".join("?" * len(part))
        sql = f"SELECT DISTINCT {column} FROM {table} WHERE {column} IN ({marks})"  # noqa: S608
        found.update(r[0] for r in conn.execute(sql, part))
    return found
