"""What the catalogue returns: the changes a write made, and entries, collections, history
and view states as records.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .revision import Op


@dataclass
class Changes:
    """What a write changed, by object id."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    collections: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.deleted or self.collections)

    def merge(self, other: Changes) -> Changes:
        """Add another write's changes to these (for batches)."""
        self.added += other.added
        self.updated += other.updated
        self.deleted += other.deleted
        self.collections += other.collections
        return self


@dataclass(frozen=True)
class EntryRecord:
    """An entry as the view shows it."""

    id: str
    rev: str
    body: dict[str, Any]
    created_at: str
    updated_at: str
    live_heads: int

    @property
    def conflict(self) -> bool:
        """Several live heads: concurrent edits the user should resolve."""
        return self.live_heads > 1


@dataclass(frozen=True)
class EntrySummary:
    """One row of the entry list."""

    id: str
    title: str
    organisation: str
    country: str
    kind: str | None
    status: str | None
    updated_at: str
    conflict: bool
    validation: str | None = None  # the learning trail (`interreg`), optional list columns
    project: str | None = None


@dataclass(frozen=True)
class DeletedEntry:
    """An entry whose shown revision is a delete: its last title, when and by whom."""

    id: str
    title: str
    deleted_at: str
    deleted_by: str


@dataclass(frozen=True)
class HistoryItem:
    """One revision of an object, with what it changed compared to its first parent."""

    rev: str
    op: Op
    origin: str
    counter: int
    parents: tuple[str, ...]
    authored_at: str
    author: str
    changed: tuple[str, ...]
    head: bool
    shown: bool
    # (field, old value, new value) for each of `changed` (None: not set on that side).
    values: tuple[tuple[str, Any, Any], ...] = ()


@dataclass(frozen=True)
class ViewState:
    """A point in the revision log: derived indexes record the one they were built from."""

    installation_id: str
    revisions: int
    last_rowid: int


@dataclass(frozen=True)
class IndexRow:
    """An entry as a derived index sees it."""

    id: str
    rev: str
    body: dict[str, Any]
    conflict: bool


@dataclass(frozen=True)
class CollectionRecord:
    """A collection as the view shows it; `items` are (entry id, note) pairs."""

    id: str
    rev: str
    name: str
    introduction: str
    items: tuple[tuple[str, str], ...]
    created_at: str
    updated_at: str


def changed_values(
    old: Mapping[str, Any] | None, new: Mapping[str, Any] | None
) -> tuple[tuple[str, Any, Any], ...]:
    """(dotted field, old value, new value) of the fields that differ (one level deep)."""
    old, new = old or {}, new or {}
    found = []
    for name in changed_fields(old, new):
        key, _, sub = name.partition(".")
        if sub:
            found.append((name, (old.get(key) or {}).get(sub), (new.get(key) or {}).get(sub)))
            continue
        before, after = old.get(key), new.get(key)
        group = before or after
        if isinstance(group, dict) and not (before and after):
            # A group that appears or goes: its fields one by one.
            for part in sorted(group):
                values = (group[part], None) if before else (None, group[part])
                found.append((f"{key}.{part}", *values))
            continue
        found.append((name, before, after))
    return tuple(found)


def changed_fields(old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> tuple[str, ...]:
    """Dotted names of the fields that differ between two bodies (one level deep)."""
    old, new = old or {}, new or {}
    changed = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        if isinstance(a, dict) and isinstance(b, dict):
            changed += [
                f"{key}.{sub}" for sub in sorted(set(a) | set(b)) if a.get(sub) != b.get(sub)
            ]
        else:
            changed.append(key)
    return tuple(changed)
