"""The search half of the main window: the search box and its modes, the results, and the
indexes and model behind them (built in the background, with progress and Cancel).

`SearchPanel` is a mixin of `MainWindow`, which creates the widgets it uses in `_build`.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtGui import QStandardItemModel

from catalogue.jobs import Cancelled, Job

from .backend import Core, describe_error
from .entry_model import ListSource
from .i18n import translate

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import (
        QComboBox,
        QLabel,
        QLineEdit,
        QProgressBar,
        QTableView,
        QToolButton,
    )

    from search.engine import Mode, SearchResults

    from .backend import Backend
    from .detail import DetailPane
    from .entry_model import EntryTableModel
    from .sidebar import Place, Sidebar

SEARCH_DELAY_MS = 250
RESULTS_LIMIT = 200
MODES = (  # labels translated where shown (context "MainWindow")
    (QT_TRANSLATE_NOOP("MainWindow", "Hybrid"), "hybrid"),
    (QT_TRANSLATE_NOOP("MainWindow", "Keyword"), "keyword"),
    (QT_TRANSLATE_NOOP("MainWindow", "Meaning"), "semantic"),
)
SEMANTIC_CHUNK = 32  # texts encoded between two chances for a search to run
# Why semantic indexing stops between two chunks when a search is queued: it starts again
# once the search has run.
YIELD_TO_SEARCH = "a search is waiting"


class SearchPanel:
    """Searching and the background indexing, as methods of the main window (its strings
    are translated in the window's context, "MainWindow")."""

    if TYPE_CHECKING:  # what MainWindow provides
        backend: Backend
        model: EntryTableModel
        table: QTableView
        detail: DetailPane
        sidebar: Sidebar
        search_box: QLineEdit
        mode_box: QComboBox
        suggestion: QLabel
        count_label: QLabel
        semantic_label: QLabel
        progress: QProgressBar
        cancel_button: QToolButton
        results_shown: SignalInstance
        _debounce: QTimer
        _model_timer: QTimer
        _place: Place
        _filters: tuple[tuple[str, str], ...]
        _semantic: str
        _indexing: bool
        _search_waiting: bool
        _index_job: Job | None
        _search_generation: int
        _last_search: tuple[str, str, tuple[tuple[str, str], ...]] | None

        def _show_place(self) -> None: ...
        def open_entry(self, entry_id: str) -> None: ...

    # -- searching --------------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _clear_search(self) -> None:
        if self.search_box.text():
            self.search_box.clear()
        else:
            self.table.setFocus()

    def _text_changed(self, text: str) -> None:
        if not text:  # cleared (the clear button, Escape or setText): show the list again
            self._typed(text)

    def _typed(self, text: str) -> None:
        self._debounce.start()

    def _take_suggestion(self, text: str) -> None:
        self.search_box.setText(text)
        self.search_now()

    def mode(self) -> str:
        return str(self.mode_box.currentData())

    def search_now(self) -> None:
        """Search for the box's text: keyword results at once, then (when semantic search
        is ready and the mode asks for it) the hybrid or semantic ranking in their place."""
        self._debounce.stop()
        text = self.search_box.text().strip()
        self._search_generation += 1
        generation = self._search_generation
        self.suggestion.clear()
        if not text:
            self._last_search = None
            self._show_place()
            return
        filters = self._search_filters()
        mode = self.mode()
        self._search_waiting = True
        if self._index_job is not None:  # semantic indexing lets the search through first
            self._index_job.cancel(YIELD_TO_SEARCH)
        self.backend.run(
            lambda core: _search(core, text, "keyword", filters),
            lambda found: self._show_results(generation, found, final=mode == "keyword"),
            lambda exc: self._search_failed(generation, exc),
            worker="search",
        )
        if mode != "keyword" and self._semantic == "ready":
            self.backend.run(
                lambda core: _search(core, text, mode, filters),
                lambda found: self._show_results(generation, found, final=True),
                lambda exc: self._search_failed(generation, exc),
                worker="search",
            )
        self._last_search = (text, mode, filters)

    def _search_filters(self) -> tuple[tuple[str, str], ...]:
        filters = self._filters
        if self._place.kind == "conflicts":
            filters = (*filters, ("conflict", "yes"))
        if self._place.kind == "collection" and self._place.collection:
            filters = (*filters, ("collection", self._place.collection))  # search within it
        return filters

    def _show_results(self, generation: int, found: SearchResults, final: bool) -> None:
        self._search_waiting = False
        if generation != self._search_generation:
            return
        ids = tuple(r.id for r in found.results)

        def shown() -> None:
            if generation != self._search_generation:
                return
            if final or self._semantic != "ready":
                self.results_shown.emit(found.query, found.mode)

        snippets = tuple((r.id, r.snippet) for r in found.results if "**" in r.snippet)
        self.model.set_source(ListSource(self._filters, ranked=ids, snippets=snippets), shown)
        self.sidebar.set_facets(found.facets)
        took = f"{found.took_ms:.0f} ms"
        note = f" — {found.note}" if found.note else ""
        self.count_label.setText(
            translate("MainWindow", "{count} results ({mode}, {took})").format(
                count=f"{len(ids):,}", mode=found.mode, took=took
            )
            + note
        )
        if found.suggestion:
            word = found.suggestion
            self.suggestion.setText(
                f'Did you mean <a href="{html.escape(word, quote=True)}">{html.escape(word)}</a>?'
            )

    def _search_failed(self, generation: int, exc: BaseException) -> None:
        self._search_waiting = False
        if generation == self._search_generation:
            self.count_label.setText(describe_error(exc))

    # -- background indexing and the model --------------------------------------------------

    def _start_keyword_index(self) -> None:
        job = self.backend.start_job()

        def catch_up(core: Core) -> str:
            assert core.search is not None
            return core.search.keyword.catch_up(core.catalogue, job)

        def stopped(exc: BaseException) -> None:
            self.hide_progress()
            if isinstance(exc, Cancelled):
                self.count_label.setText(
                    translate(
                        "MainWindow", "Keyword index: cancelled; it is built at the next search"
                    )
                )
            else:
                self.backend.failed.emit(describe_error(exc))

        self.backend.run(catch_up, lambda _: self.hide_progress(), stopped, "search")

    def cancel_background_work(self) -> None:
        """Stop the indexing that shows progress (it stops at its next step)."""
        self.backend.cancel_jobs()
        self.cancel_button.setEnabled(False)

    def hide_progress(self) -> None:
        """Hide the progress bar and Cancel once long work has ended, however it ended."""
        self.progress.hide()
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)

    def _resume_semantic(self) -> None:
        if self._semantic == "paused" and not self._indexing:
            self._set_semantic("waiting", translate("MainWindow", "semantic search: indexing…"))
            self._index_vectors()

    def show_progress(self, fraction: float, message: str) -> None:
        self.progress.show()
        self.cancel_button.setVisible(fraction < 1.0)
        self.progress.setValue(int(fraction * 1000))
        self.progress.setFormat(message)
        self.progress.setTextVisible(True)
        if fraction >= 1.0:
            QTimer.singleShot(800, self.hide_progress)

    def _poll_model(self) -> None:
        state = self.backend.loader.state
        if state == "unavailable":
            self._set_semantic(
                "unavailable",
                translate("MainWindow", "semantic search: not available in this build"),
            )
            self._model_timer.stop()
        elif state == "failed":
            self._set_semantic(
                "unavailable",
                translate("MainWindow", "semantic search: failed to load (see the log)"),
            )
            self._model_timer.stop()
        elif state in ("idle", "loading"):
            self.backend.loader.start()
            self.semantic_label.setText(translate("MainWindow", "semantic search: loading…"))
        elif state == "ready" and self._semantic == "waiting" and not self._indexing:
            self._index_vectors()

    def _index_vectors(self) -> None:
        """Bring the semantic index up to the catalogue, a few texts at a time so searches
        queued meanwhile run between the chunks."""
        self._indexing = True
        self.semantic_label.setText(translate("MainWindow", "semantic search: indexing…"))
        job = self._index_job = self.backend.start_job()
        if self._search_waiting:
            job.cancel(YIELD_TO_SEARCH)

        def catch_up(core: Core) -> str:
            assert core.search is not None
            encoder = self.backend.loader.get()
            if encoder is None:
                return "waiting"
            core.search.vectors.encode_chunk = SEMANTIC_CHUNK
            return core.search.vectors.catch_up(core.catalogue, encoder, job)

        def done(result: str) -> None:
            self._indexing = False
            self._index_job = None
            if result == "waiting":
                QTimer.singleShot(50, self._index_vectors)
                return
            self._set_semantic("ready", "semantic search: ready")
            self._model_timer.stop()
            if self._last_search is not None:
                self.search_now()
            if self.detail.entry_id:
                self.open_entry(self.detail.entry_id)

        def failed(exc: BaseException) -> None:
            self._indexing = False
            self._index_job = None
            if isinstance(exc, Cancelled) and exc.message == YIELD_TO_SEARCH:
                QTimer.singleShot(50, self._index_vectors)  # once the search has run
                return
            self.hide_progress()
            if isinstance(exc, Cancelled):
                # Searches stay keyword-only until the user resumes (or the next start).
                self._set_semantic(
                    "paused",
                    translate(
                        "MainWindow", 'semantic search: paused — <a href="resume">resume</a>'
                    ),
                )
                return
            self._set_semantic(
                "unavailable",
                translate("MainWindow", "semantic search: indexing failed (see the log)"),
            )
            self.backend.failed.emit(describe_error(exc))

        self.backend.run(catch_up, done, failed, worker="search")

    def _set_semantic(self, state: str, label: str) -> None:
        self._semantic = state
        self.semantic_label.setText(label)
        # Without the model only keyword search exists: say so in the mode box too.
        without = state in ("off", "unavailable")
        model = self.mode_box.model()
        for row, (_, mode) in enumerate(MODES):
            item = model.item(row) if isinstance(model, QStandardItemModel) else None
            if item is not None and mode != "keyword":
                item.setEnabled(not without)
        if without and self.mode() != "keyword":
            # The list shown for an empty search box does not depend on the mode: search
            # again only for a query (at start-up this would fetch the list a second time).
            self.mode_box.blockSignals(True)
            self.mode_box.setCurrentIndex(self.mode_box.findData("keyword"))
            self.mode_box.blockSignals(False)
            if self.search_box.text().strip():
                self.search_now()
        self.mode_box.setToolTip(label if without else "")

    def semantic_state(self) -> str:
        return self._semantic


def _search(core: Core, text: str, mode: str, filters: Any) -> SearchResults:
    assert core.search is not None
    chosen: Mode = "semantic" if mode == "semantic" else "hybrid" if mode == "hybrid" else "keyword"
    return core.search.search(text, mode=chosen, limit=RESULTS_LIMIT, filters=filters, facets=True)
