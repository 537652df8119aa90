"""Saved searches: a query, its mode and its filters under a name, kept in this
installation's settings (like Zotero's saved searches, but local: they are not exchanged)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QSettings

KEY = "search/saved"


@dataclass(frozen=True)
class SavedSearch:
    name: str
    query: str
    mode: str
    filters: tuple[tuple[str, str], ...]


def load(settings: QSettings) -> list[SavedSearch]:
    """The saved searches, by name; an unreadable setting counts as none."""
    try:
        raw = json.loads(str(settings.value(KEY, "[]")))
        found = [
            SavedSearch(
                str(item["name"]),
                str(item["query"]),
                str(item["mode"]),
                tuple((str(k), str(v)) for k, v in item["filters"]),
            )
            for item in raw
        ]
    except (ValueError, TypeError, KeyError):
        return []
    return sorted(found, key=lambda s: s.name.casefold())


def store(settings: QSettings, searches: list[SavedSearch]) -> None:
    settings.setValue(
        KEY,
        json.dumps(
            [
                {"name": s.name, "query": s.query, "mode": s.mode, "filters": list(s.filters)}
                for s in searches
            ],
            ensure_ascii=False,
        ),
    )


def put(settings: QSettings, search: SavedSearch) -> None:
    """Add `search`, replacing one of the same name."""
    store(settings, [s for s in load(settings) if s.name != search.name] + [search])


def remove(settings: QSettings, name: str) -> None:
    store(settings, [s for s in load(settings) if s.name != name])
