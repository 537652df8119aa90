"""What the detail pane shows, and when: an entry with its history, then its similar cases
(on the search worker, once semantic search is ready), shown again after a write that
updated it (`backend.changed`). The pane itself (detail.DetailPane) only draws."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from catalogue.catalogue import Changes

from .backend import Backend, Core, describe_error
from .detail import DetailPane
from .i18n import translate
from .operations import ReadOp


class DetailHost(Protocol):
    """What the detail pane's controller needs of the window: the search snippet of an
    entry in the list, and the state of semantic search (for similar cases)."""

    def snippet(self, entry_id: str) -> str: ...
    def semantic_state(self) -> str: ...


class EntryDetail(QObject):
    """Opens entries in `pane`. Emits `shown(entry_id)` after an entry is rendered."""

    shown = Signal(str)

    def __init__(self, backend: Backend, pane: DetailPane, host: DetailHost) -> None:
        super().__init__(pane)
        self.backend = backend
        self.pane = pane
        self.host = host
        backend.changed.connect(self._changed)

    @property
    def entry_id(self) -> str | None:
        return self.pane.entry_id

    def open(self, entry_id: str) -> None:
        """Show `entry_id` (its similar cases follow when semantic search is ready)."""

        def load(core: Core) -> tuple[Any, Any]:
            return core.catalogue.get_entry(entry_id), core.catalogue.history(entry_id)

        def show(result: tuple[Any, Any]) -> None:
            record, history = result
            self.pane.matched = self.host.snippet(entry_id)
            self.pane.show_entry(record, history, None, self._similar_note())
            self.shown.emit(entry_id)
            self._load_similar(record, history)

        ReadOp(self.backend, load).success(show).failure(self._failed).run(self)

    def reopen(self) -> None:
        """Show the entry shown again (e.g. once similar cases can be found)."""
        if self.pane.entry_id:
            self.open(self.pane.entry_id)

    def _failed(self, exc: BaseException) -> None:
        self.pane.show_placeholder(describe_error(exc))

    def _changed(self, changes: Changes, initiator: object) -> None:
        if self.pane.entry_id in changes.updated:
            self.open(self.pane.entry_id or "")

    def _similar_note(self) -> str | None:
        semantic = self.host.semantic_state()
        if semantic == "off":
            return translate(
                "Detail", "similar cases need semantic search, which is turned off in Settings"
            )
        if semantic == "unavailable":
            return translate(
                "Detail", "similar cases need semantic search, which this build does not have"
            )
        if semantic != "ready":
            return translate("Detail", "similar cases appear when semantic search is ready")
        return None

    def _load_similar(self, record: Any, history: Any) -> None:
        if self.host.semantic_state() != "ready":
            return

        def similar(core: Core) -> list[tuple[str, str]]:
            assert core.search is not None
            found = core.search.similar(record.id, limit=8)
            return [(r.id, r.title) for r in found.results]

        def show(pairs: list[tuple[str, str]]) -> None:
            if self.pane.entry_id == record.id:
                self.pane.show_entry(record, history, pairs)

        ReadOp(self.backend, similar, worker="search").success(show).run(self)
