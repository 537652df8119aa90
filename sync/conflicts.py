"""Conflicts: entries with several live heads after concurrent edits, and their resolution.

The view shows one head by SYNC.md's rule (live before tombstone, longest path, lowest
hash), so every installation shows the same one; the others stay here until the user
resolves, which writes a merge revision whose parents are all heads. An edit concurrent
with a delete is not a conflict: the edit is shown (nothing is lost).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from catalogue import starter
from catalogue.catalogue import Catalogue, Changes, changed_fields
from catalogue.errors import InvalidInput, NotFound
from catalogue.records import changed_values

from .trust import TrustList, load_trust


@dataclass(frozen=True)
class Head:
    """One live head of an entry in conflict."""

    rev: str
    origin: str
    author: str
    authored_at: str
    shown: bool
    body: dict[str, Any]
    org: str = ""  # the organisation whose key signs for `origin` ("" when unknown)


@dataclass(frozen=True)
class Conflict:
    """An entry with several live heads; `fields` are those on which they differ."""

    id: str
    title: str
    heads: tuple[Head, ...]
    fields: tuple[str, ...]
    # (field, head, value shown, that head's value) for every other head and each field on
    # which it differs from the shown one: old → new, per field.
    values: tuple[tuple[str, str, Any, Any], ...] = ()


def origin_org(trust: TrustList, origin: str) -> str:
    """The organisation an origin belongs to, as the trust list names it."""
    if origin == starter.ORIGIN:
        return "Casebook starter catalogue"
    owner = trust.owner_of(origin)
    partner = trust.partners.get(owner) if owner is not None else None
    return partner.org if partner is not None else ""


def conflict_of(catalogue: Catalogue, entry_id: str) -> Conflict:
    """The live heads of one entry in conflict (shown head first)."""
    record = catalogue.get_entry(entry_id)
    items = [i for i in catalogue.history(entry_id) if i.head and i.op == "put"]
    if len(items) < 2:
        raise InvalidInput(f"entry {entry_id} has no conflict to resolve")
    items.sort(key=lambda i: (not i.shown, i.rev))
    trust = load_trust(catalogue)
    heads = tuple(
        Head(
            i.rev,
            i.origin,
            i.author,
            i.authored_at,
            i.shown,
            catalogue.revision(i.rev).body or {},
            origin_org(trust, i.origin),
        )
        for i in items
    )
    fields: set[str] = set()
    values: list[tuple[str, str, Any, Any]] = []
    for other in heads[1:]:
        fields.update(changed_fields(heads[0].body, other.body))
        values += [(f, other.rev, a, b) for f, a, b in changed_values(heads[0].body, other.body)]
    title = str(record.body.get("title", ""))
    return Conflict(record.id, title, heads, tuple(sorted(fields)), tuple(values))


def list_conflicts(catalogue: Catalogue) -> list[Conflict]:
    """Every entry in conflict, by title then id."""
    return [conflict_of(catalogue, s.id) for s in catalogue.list_entries([("conflict", "yes")])]


def resolve(
    catalogue: Catalogue,
    entry_id: str,
    *,
    keep: str | None = None,
    body: dict[str, Any] | None = None,
) -> Changes:
    """Resolve a conflict by keeping one head (`keep`: its hash or a prefix of ≥ 6) or with a
    merged body; writes one merge revision whose parents are all heads."""
    if (keep is None) == (body is None):
        raise InvalidInput("choose one head to keep, or give a merged entry, not both")
    conflict = conflict_of(catalogue, entry_id)
    if keep is not None:
        prefix = keep.strip().lower()
        matches = (
            [h for h in conflict.heads if h.rev.startswith(prefix)] if len(prefix) >= 6 else []
        )
        if len(matches) != 1:
            choices = ", ".join(h.rev[:12] for h in conflict.heads)
            raise NotFound(
                f"{keep!r} names none of the heads (or several); choose one of: {choices}"
            )
        body = matches[0].body
    assert body is not None
    return catalogue.update_entry(conflict.id, body)
