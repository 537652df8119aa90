"""The starter catalogue that ships with Casebook: short entries we wrote on public cases.

The entries are package data (`entries/<slug>.json`, listed in `index.json` in the order
they were added). Their revisions are identical on every installation (fixed ids, origin,
counters and time), so two partners who both start from the starter catalogue share those
revisions instead of holding two copies of every case.
"""

from __future__ import annotations

import json
import uuid
from importlib import resources

from ..canonical import parse_strict
from ..entry import CONTENT_SCHEMA, validate_entry
from ..errors import InvalidEntry, Problem
from ..revision import Revision, make_revision

ORIGIN = "casebook-starter"
AUTHOR = "Casebook starter catalogue"
AUTHORED_AT = "2026-11-25T00:00:00Z"
NAMESPACE = uuid.UUID("0f6f1c1e-3b1a-4c55-9d8e-6a6e0b8c2f11")


def slugs() -> list[str]:
    """Slugs of the starter entries, in the order they were added (append-only)."""
    index = resources.files(__name__).joinpath("index.json").read_text("utf-8")
    result: list[str] = json.loads(index)
    return result


def entry_id(slug: str) -> str:
    """The fixed id of a starter entry."""
    return str(uuid.uuid5(NAMESPACE, slug))


def load_bodies() -> dict[str, dict[str, object]]:
    """Every starter entry, validated, by slug."""
    folder = resources.files(__name__).joinpath("entries")
    bodies = {}
    for slug in slugs():
        raw = folder.joinpath(f"{slug}.json").read_bytes()
        try:
            bodies[slug] = validate_entry(parse_strict(raw))
        except InvalidEntry as exc:
            raise InvalidEntry(
                f"starter entry {slug} is invalid",
                [Problem(f"{slug}: {p.field}", p.message) for p in exc.problems],
            ) from None
    return bodies


def revisions() -> list[Revision]:
    """The starter catalogue as revisions (counter = position in the index)."""
    return [
        make_revision(
            object_id=entry_id(slug),
            content_schema=CONTENT_SCHEMA,
            origin=ORIGIN,
            counter=n,
            parents=[],
            op="put",
            body=body,
            author=AUTHOR,
            authored_at=AUTHORED_AT,
        )
        for n, (slug, body) in enumerate(load_bodies().items(), 1)
    ]
