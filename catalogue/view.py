"""The current view, derived from revisions: heads, `entries` and `collections` rows.

Nothing here is a source of truth. `refresh_objects` recomputes the rows of the objects
named, `rebuild` recomputes all of them; the result depends only on the set of revisions.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from . import collection, entry
from .migrations import count_revisions
from .revision import Revision, causal_order, order_heads


def revision_from_row(payload: bytes, rev: str) -> Revision:
    """Read a stored revision without re-verifying its hash (trusted local data)."""
    data = json.loads(payload)
    return Revision(
        rev=rev,
        object_id=data["object_id"],
        content_schema=data["content_schema"],
        origin=data["origin"],
        counter=data["counter"],
        parents=tuple(data["parents"]),
        op=data["op"],
        body=data["body"],
        authored_at=data["authored_at"],
        author=data["author"],
        payload=payload,
    )


def load_object(conn: sqlite3.Connection, object_id: str) -> list[Revision]:
    """All stored revisions of one object."""
    rows = conn.execute(
        "SELECT payload, rev FROM revisions WHERE object_id = ?", (object_id,)
    ).fetchall()
    return [revision_from_row(p, r) for p, r in rows]


def _all_objects(conn: sqlite3.Connection) -> Iterator[list[Revision]]:
    current: list[Revision] = []
    for payload, rev in conn.execute("SELECT payload, rev FROM revisions ORDER BY object_id"):
        revision = revision_from_row(payload, rev)
        if current and current[0].object_id != revision.object_id:
            yield current
            current = []
        current.append(revision)
    if current:
        yield current


def body_json(body: dict[str, Any]) -> str:
    """How a body is kept in the view (sorted keys, so equal bodies give equal text)."""
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _entry_row(shown: Revision, created_at: str, live_heads: int) -> dict[str, Any]:
    body = shown.body or {}
    organisation = body.get("organisation", {})
    location = body.get("location", {})
    source = body.get("source", {})
    return {
        "id": shown.object_id,
        "rev": shown.rev,
        "title": body.get("title", ""),
        "summary": body.get("summary", ""),
        "organisation": organisation.get("name", ""),
        "organisation_type": organisation.get("type"),
        "country": location.get("country", ""),
        "city": location.get("city"),
        "kind": body.get("kind"),
        "status": body.get("status"),
        "language": body.get("language", ""),
        "dataset": source.get("dataset"),
        "source_id": source.get("id"),
        "body": body_json(body),
        "created_at": created_at,
        "updated_at": shown.authored_at,
        "live_heads": live_heads,
    }


def _write_object(conn: sqlite3.Connection, revisions: Sequence[Revision]) -> None:
    object_id = revisions[0].object_id
    schema = revisions[0].content_schema
    heads = order_heads(revisions)
    conn.execute("DELETE FROM heads WHERE object_id = ?", (object_id,))
    conn.executemany(
        "INSERT INTO heads (object_id, rev) VALUES (?, ?)", [(object_id, h.rev) for h in heads]
    )
    table = "entries" if schema == entry.CONTENT_SCHEMA else "collections"
    conn.execute(f"DELETE FROM {table} WHERE id = ?", (object_id,))  # noqa: S608 (fixed names)
    shown = heads[0]
    if shown.is_delete:
        return
    created_at = causal_order(revisions)[0].authored_at
    live = sum(1 for h in heads if not h.is_delete)
    if schema == entry.CONTENT_SCHEMA:
        row = _entry_row(shown, created_at, live)
    elif schema == collection.CONTENT_SCHEMA:
        row = {
            "id": object_id,
            "rev": shown.rev,
            "name": (shown.body or {}).get("name", ""),
            "body": body_json(shown.body or {}),
            "created_at": created_at,
            "updated_at": shown.authored_at,
            "live_heads": live,
        }
    else:
        return  # a content schema this version does not know: kept, not shown
    _insert_rows(conn, table, [row])


def _insert_rows(conn: sqlite3.Connection, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Insert view rows (all with the same keys) into `entries` or `collections`."""
    if not rows:
        return
    columns = ", ".join(rows[0])
    marks = ", ".join("?" for _ in rows[0])
    conn.executemany(
        f"INSERT INTO {table} ({columns}) VALUES ({marks})",  # noqa: S608 (fixed names)
        [tuple(row.values()) for row in rows],
    )


def write_new_objects(conn: sqlite3.Connection, revisions: Sequence[Revision]) -> None:
    """View rows for brand-new objects, each with one root revision (the bulk-add path).

    Gives the same rows as `refresh_objects` would, without reading anything back.
    """
    conn.executemany(
        "INSERT INTO heads (object_id, rev) VALUES (?, ?)",
        [(r.object_id, r.rev) for r in revisions],
    )
    rows = [
        _entry_row(r, r.authored_at, 1)
        for r in revisions
        if r.content_schema == entry.CONTENT_SCHEMA and not r.is_delete
    ]
    _insert_rows(conn, "entries", rows)


def refresh_objects(conn: sqlite3.Connection, object_ids: Iterable[str]) -> None:
    """Recompute heads and view rows of the named objects from their revisions."""
    for object_id in sorted(set(object_ids)):
        revisions = load_object(conn, object_id)
        if revisions:
            _write_object(conn, revisions)


def rebuild(conn: sqlite3.Connection) -> None:
    """Recompute the whole view from the revisions (inside the caller's transaction)."""
    for table in ("heads", "entries", "collections"):
        conn.execute(f"DELETE FROM {table}")  # noqa: S608 (fixed names)
    for revisions in _all_objects(conn):
        _write_object(conn, revisions)
    count_revisions(conn)


def snapshot(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the derived tables, in a stable order (to compare two views)."""
    return {
        table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()  # noqa: S608
        for table in ("heads", "entries", "collections")
    }
