"""What a panel needs of the window, as narrow protocols (`typing.Protocol`).

A panel gets one of these instead of `MainWindow`, so it can be made and tested on its own
with a small fake (tests/desktop/test_panels.py); `MainWindow` provides them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

Filters = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Place:
    """Where in the sidebar: a library view or a collection."""

    kind: str  # "library" | "recent" | "conflicts" | "trail" | "collection" | "saved"
    collection: str | None = None
    saved: str | None = None  # the name of a saved search


class StatusMessages(Protocol):
    """The status bar."""

    def show_status(self, text: str, timeout_ms: int = 0) -> None: ...


class Selection(Protocol):
    """The cases selected in the list."""

    def selected_ids(self) -> list[str]: ...


class EntryOpener(Protocol):
    """Shows a case in the detail pane."""

    def open_entry(self, entry_id: str) -> None: ...


class ProgressControl(Protocol):
    """The progress area's Cancel (progress_area.ProgressArea)."""

    def cancel(self) -> None: ...


class ExportHost(StatusMessages, Selection, Protocol):
    """What exporting needs: the status bar, the selection, a case's title in the list,
    and where to say that a file was written."""

    def title_of(self, entry_id: str) -> str | None: ...
    def export_written(self, path: Path) -> None: ...


class CollectionsHost(ExportHost, Protocol):
    """What the collections need: exporting's, and where the sidebar is."""

    def current_place(self) -> Place: ...


class ImportHost(StatusMessages, EntryOpener, Protocol):
    """What the import wizard and workshop mode need: the status bar, opening a case, and
    listing the cases an import added."""

    def show_ids(self, ids: list[str], label: str) -> None: ...


class ExchangeHost(StatusMessages, Protocol):
    """What exchanging needs: the status bar and the case in the detail pane."""

    def current_entry(self) -> str | None: ...


class SearchHost(Protocol):
    """What the search panel needs: where the list is (place and filters), the count line,
    the facets in the sidebar, showing the place's list, focusing the list and showing the
    open case again."""

    def current_place(self) -> Place: ...
    def filters(self) -> Filters: ...
    def show_count(self, text: str) -> None: ...
    def show_facets(self, facets: dict[str, list[tuple[str, int]]]) -> None: ...
    def show_place(self) -> None: ...
    def focus_list(self) -> None: ...
    def reopen_entry(self) -> None: ...


__all__ = [
    "CollectionsHost",
    "EntryOpener",
    "ExchangeHost",
    "ExportHost",
    "Filters",
    "ImportHost",
    "Place",
    "ProgressControl",
    "SearchHost",
    "Selection",
    "StatusMessages",
]
