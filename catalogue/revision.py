"""Revisions: immutable, content-addressed changes (SYNC.md), and the rules that pick heads.

A revision's address is `sha256(canonical_json(payload))`. These functions are pure: the
store persists what they produce, and sync verifies what they recompute.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from .canonical import canonical_bytes, parse_canonical
from .errors import InvalidInput

REVISION_TYPE = "casebook.revision/1"
Op = Literal["put", "delete"]


@dataclass(frozen=True)
class Revision:
    """One immutable change to an entry or collection."""

    rev: str
    object_id: str
    content_schema: str
    origin: str
    counter: int
    parents: tuple[str, ...]
    op: Op
    body: dict[str, Any] | None
    authored_at: str
    author: str
    payload: bytes

    @property
    def is_delete(self) -> bool:
        return self.op == "delete"


def utc_now() -> str:
    """The current time as an ISO 8601 UTC timestamp with seconds (`2026-11-24T10:00:00Z`)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def make_revision(
    *,
    object_id: str,
    content_schema: str,
    origin: str,
    counter: int,
    parents: Iterable[str],
    op: Op,
    body: Mapping[str, Any] | None,
    author: str,
    authored_at: str | None = None,
) -> Revision:
    """Build a revision and its canonical payload; the hash of the payload is its address."""
    sorted_parents = sorted(set(parents))
    copied_body = dict(body) if body is not None else None
    timestamp = authored_at or utc_now()
    payload: dict[str, Any] = {
        "type": REVISION_TYPE,
        "content_schema": content_schema,
        "object_id": object_id,
        "origin": origin,
        "counter": counter,
        "parents": sorted_parents,
        "op": op,
        "body": copied_body,
        "authored_at": timestamp,
        "author": author,
    }
    data = canonical_bytes(payload)
    return Revision(
        rev=hashlib.sha256(data).hexdigest(),
        object_id=object_id,
        content_schema=content_schema,
        origin=origin,
        counter=counter,
        parents=tuple(sorted_parents),
        op=op,
        body=copied_body,
        authored_at=timestamp,
        author=author,
        payload=data,
    )


def revision_from_payload(payload: bytes) -> Revision:
    """Read a revision from its exact canonical bytes (refusing any other byte form)."""
    data, canonical = parse_canonical(payload)
    if not isinstance(data, dict) or data.get("type") != REVISION_TYPE:
        raise InvalidInput(f"not a {REVISION_TYPE} payload")
    try:
        parents = tuple(data["parents"])
        op = data["op"]
        fields = (data["object_id"], data["content_schema"], data["origin"], data["author"])
        counter = data["counter"]
        authored_at = data["authored_at"]
        body = data["body"]
    except (KeyError, TypeError):
        raise InvalidInput("revision payload lacks a required field") from None
    if op not in ("put", "delete") or not all(isinstance(f, str) for f in fields):
        raise InvalidInput("revision payload has a wrong field type")
    if not isinstance(counter, int) or isinstance(counter, bool) or counter < 1:
        raise InvalidInput("revision counter must be a positive integer")
    if (op == "put") != isinstance(body, dict) or not isinstance(authored_at, str):
        raise InvalidInput("a put revision has a body and a delete revision has none")
    if not canonical:
        raise InvalidInput("revision payload is not in canonical form")
    return Revision(
        rev=hashlib.sha256(payload).hexdigest(),
        object_id=fields[0],
        content_schema=fields[1],
        origin=fields[2],
        counter=counter,
        parents=parents,
        op=op,
        body=body,
        authored_at=authored_at,
        author=fields[3],
        payload=payload,
    )


def heads_of(revisions: Sequence[Revision]) -> list[Revision]:
    """Revisions of one object that no other known revision names as a parent."""
    named = {p for r in revisions for p in r.parents}
    return [r for r in revisions if r.rev not in named]


def depths(revisions: Sequence[Revision]) -> dict[str, int]:
    """Longest path from a root to each revision, counting only revisions we hold."""
    by_rev = {r.rev: r for r in revisions}
    result: dict[str, int] = {}
    for start in by_rev:
        stack = [start]
        while stack:  # iterative DFS: histories can be longer than Python's recursion limit
            rev = stack[-1]
            if rev in result:
                stack.pop()
                continue
            pending = [p for p in by_rev[rev].parents if p in by_rev and p not in result]
            if pending:
                stack.extend(pending)
                continue
            known = [result[p] for p in by_rev[rev].parents if p in by_rev]
            result[rev] = 1 + max(known, default=0)
            stack.pop()
    return result


def order_heads(revisions: Sequence[Revision]) -> list[Revision]:
    """Heads in display order (SYNC.md): live before tombstone, longest path, lowest hash.

    The first one is what the view shows; every installation holding the same revisions
    computes the same order, so they print the same catalogue.
    """
    depth = depths(revisions)
    return sorted(heads_of(revisions), key=lambda r: (r.is_delete, -depth[r.rev], r.rev))


def causal_order(revisions: Sequence[Revision]) -> list[Revision]:
    """All revisions of an object, oldest first (by depth, then time, then hash)."""
    depth = depths(revisions)
    return sorted(revisions, key=lambda r: (depth[r.rev], r.authored_at, r.rev))
