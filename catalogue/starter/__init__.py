"""The starter catalogue that ships with Casebook: short entries we wrote on public cases.

The entries are package data, listed in `index.json` in the order they were added. Their
revisions are identical on every installation (fixed ids, origin, counters and time), so two
partners who both start from the starter catalogue share those revisions instead of holding
two copies of every case, and relay them unsigned (every Casebook knows their hashes).

**Editions.** A starter revision, once shipped, never changes: its hash is its address, and
a changed body under the same (origin, counter) would be an equivocation that sync refuses.
A correction or an addition to an entry is therefore a new *edition*: `entries/SLUG@N.json`
holds the whole corrected body, and `index.json` (append-only) lists `"SLUG@N"` after every
existing name. Edition N is a new revision of the same entry whose counter is its position
in the index and whose parent is edition N - 1, so an installation that holds the earlier
edition sees the new one as that entry's next revision, and one where the user edited or
deleted the entry gets it beside the user's revision (a second head). `entries/SLUG.json`
is edition 1. The text of every name listed once a release shipped must stay byte-for-byte
as it is (`tests/catalogue/test_starter.py` keeps the hashes of the shipped revisions).

Each release appends to the index and adds a row to `RELEASES`: the revisions it adds are
authored at that release's fixed time, later than those of every earlier release.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from ..canonical import parse_strict
from ..entry import CONTENT_SCHEMA, validate_entry
from ..errors import InvalidEntry, Problem
from ..revision import Revision, make_revision

if TYPE_CHECKING:
    from ..revision_store import RevisionStore

ORIGIN = "casebook-starter"
AUTHOR = "Casebook starter catalogue"
NAMESPACE = uuid.UUID("0f6f1c1e-3b1a-4c55-9d8e-6a6e0b8c2f11")

# (first counter of the release, its fixed authored_at), oldest first.
RELEASES: tuple[tuple[int, str], ...] = (
    (1, "2026-11-25T00:00:00Z"),  # the first 48 entries
    (49, "2026-12-05T00:00:00Z"),  # licence and attribution for all, three corrections,
    # the AI4Citizens Interreg fields, and a case for each partner that had none
)
AUTHORED_AT = RELEASES[0][1]  # the time of the first release's revisions

LICENCE = "CC BY 4.0"
ATTRIBUTION = "Casebook starter catalogue (the Casebook project)"


@dataclass(frozen=True)
class Name:
    """One line of `index.json`: an entry's slug and which edition of it this is."""

    slug: str
    edition: int

    @classmethod
    def parse(cls, text: str) -> Name:
        slug, _, number = text.partition("@")
        return cls(slug, int(number) if number else 1)

    @property
    def file(self) -> str:
        """The file of this edition under `entries/`."""
        return f"{self.slug}.json" if self.edition == 1 else f"{self.slug}@{self.edition}.json"


def names() -> list[Name]:
    """Every edition of every starter entry, in index order (append-only): a name's
    position, counted from 1, is the counter of its revision."""
    index = resources.files(__name__).joinpath("index.json").read_text("utf-8")
    listed: list[str] = json.loads(index)
    result = [Name.parse(text) for text in listed]
    latest: dict[str, int] = {}
    for name in result:
        if name.edition != latest.get(name.slug, 0) + 1:
            raise ValueError(
                f"starter index: {name.slug}@{name.edition} does not follow edition "
                f"{latest.get(name.slug, 0)} of that entry"
            )
        latest[name.slug] = name.edition
    return result


def slugs() -> list[str]:
    """Slugs of the starter entries, in the order they were added (append-only)."""
    return [n.slug for n in names() if n.edition == 1]


def entry_id(slug: str) -> str:
    """The fixed id of a starter entry (every edition of it)."""
    return str(uuid.uuid5(NAMESPACE, slug))


def authored_at(counter: int) -> str:
    """The fixed time of the starter revision with this counter: its release's."""
    return [at for first, at in RELEASES if first <= counter][-1]


def _load(name: Name) -> dict[str, object]:
    raw = resources.files(__name__).joinpath("entries", name.file).read_bytes()
    try:
        return validate_entry(parse_strict(raw))
    except InvalidEntry as exc:
        label = name.file[:-5]
        raise InvalidEntry(
            f"starter entry {label} is invalid",
            [Problem(f"{label}: {p.field}", p.message) for p in exc.problems],
        ) from None


def load_editions() -> list[tuple[Name, dict[str, object]]]:
    """Every edition, validated, in index order."""
    return [(name, _load(name)) for name in names()]


def load_bodies() -> dict[str, dict[str, object]]:
    """The latest edition of every starter entry, validated, by slug (in the order the
    entries were added)."""
    bodies: dict[str, dict[str, object]] = {}
    for name, body in load_editions():
        bodies[name.slug] = body
    return bodies


def revisions() -> list[Revision]:
    """The starter catalogue as revisions: counter = position in the index; an edition's
    parent is the revision of the entry's previous edition."""
    result = []
    previous: dict[str, str] = {}
    for counter, (name, body) in enumerate(load_editions(), 1):
        revision = make_revision(
            object_id=entry_id(name.slug),
            content_schema=CONTENT_SCHEMA,
            origin=ORIGIN,
            counter=counter,
            parents=[previous[name.slug]] if name.slug in previous else [],
            op="put",
            body=body,
            author=AUTHOR,
            authored_at=authored_at(counter),
        )
        previous[name.slug] = revision.rev
        result.append(revision)
    return result


def lacks_revisions(catalogue: RevisionStore) -> bool:
    """Whether a catalogue that holds starter revisions lacks some of this Casebook's (a
    newer release: corrections, new cases). Cheap: one look at the (origin, counter) index,
    without reading or validating any entry. False for a catalogue that holds none (created
    empty on purpose)."""
    total = len(names())
    # (origin, counter) is unique: `total` of them up to `total` are all of them.
    held: int = catalogue.conn.execute(
        "SELECT count(*) FROM revisions WHERE origin = ? AND counter <= ?", (ORIGIN, total)
    ).fetchone()[0]
    return 0 < held < total
