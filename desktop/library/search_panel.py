"""The search panel: the search box and its modes, the results, and the indexes and model
behind them (built in the background, with progress and Cancel).

`SearchPanel` is an object the window owns: it makes the toolbar's widgets and the semantic
state label, and asks the window for the rest through `protocols.SearchHost`.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from catalogue.jobs import Cancelled, Job

from ..backend import Backend, Core, describe_error
from ..entry_model import EntryTableModel, ListSource
from ..i18n import counted, translate
from ..operations import ReadOp
from ..protocols import Filters, SearchHost

if TYPE_CHECKING:
    from search.engine import Mode, SearchResults

SEARCH_DELAY_MS = 250
RESULTS_LIMIT = 200
MODES = (  # labels translated where shown (context "MainWindow")
    (QT_TRANSLATE_NOOP("MainWindow", "Hybrid"), "hybrid"),
    (QT_TRANSLATE_NOOP("MainWindow", "Keyword"), "keyword"),
    (QT_TRANSLATE_NOOP("MainWindow", "Meaning"), "semantic"),
)


def mode_label(mode: str) -> str:
    """A search mode's name as the mode box shows it, lower case ("hybrid", "meaning")."""
    label = next((str(label) for label, code in MODES if code == mode), mode)
    return translate("MainWindow", label).lower()


SEMANTIC_CHUNK = 32  # texts encoded between two chances for a search to run
# Why semantic indexing stops between two chunks when a search is queued: it starts again
# once the search has run.
YIELD_TO_SEARCH = "a search is waiting"


class SearchPanel(QObject):
    """Searching and the background indexing. Its strings are translated in the window's
    context ("MainWindow"), where they were first. Emits `results_shown(query, mode)` after
    each result list is in the model."""

    results_shown = Signal(str, str)

    def __init__(
        self,
        backend: Backend,
        model: EntryTableModel,
        host: SearchHost,
        parent: QWidget,
        load_model: bool = True,
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.model = model
        self.host = host
        self._semantic = "waiting"  # waiting | ready | paused | unavailable | off
        self._indexing = False
        self._search_waiting = False
        self._index_job: Job | None = None
        self._search_generation = 0
        self._last_search: tuple[str, str, Filters] | None = None
        self.box = QLineEdit(parent)
        self.box.setPlaceholderText(
            translate("MainWindow", "Search cases — words, or what you need (Ctrl+F)")
        )
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(translate("MainWindow", "Search"))
        self.box.setMinimumWidth(380)
        self.mode_box = QComboBox(parent)
        self.mode_box.setAccessibleName(translate("MainWindow", "Search mode"))
        for label, mode in MODES:
            self.mode_box.addItem(translate("MainWindow", str(label)), mode)
        self.suggestion = QLabel(parent)
        self.suggestion.setAccessibleName(translate("MainWindow", "Did you mean"))
        self.suggestion.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.suggestion.linkActivated.connect(self._take_suggestion)
        self.semantic_label = QLabel(translate("MainWindow", "semantic search: waiting…"), parent)
        self.semantic_label.setAccessibleName(translate("MainWindow", "Semantic search state"))
        self.semantic_label.linkActivated.connect(lambda _: self._resume_semantic())
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.search_now)
        self.box.textEdited.connect(self._typed)
        self.box.returnPressed.connect(self.search_now)
        self.box.textChanged.connect(self._text_changed)
        self.mode_box.currentIndexChanged.connect(lambda _: self.search_now())
        self._model_timer = QTimer(self, interval=300)
        self._model_timer.timeout.connect(self._poll_model)
        if load_model:
            self._model_timer.start()
        else:
            self._set_semantic("off", translate("MainWindow", "semantic search: off (Settings)"))

    def text(self) -> str:
        """The query typed, without surrounding spaces."""
        return self.box.text().strip()

    def forget(self) -> None:
        """Empty the box without searching (a list of chosen ids is shown instead)."""
        self.box.blockSignals(True)
        self.box.clear()
        self.box.blockSignals(False)
        self._last_search = None

    def refresh(self) -> None:
        """After a write: run the search shown again (the indexes catch up first)."""
        self.search_now()

    def set_mode(self, mode: str) -> None:
        """Choose `mode` without searching."""
        index = self.mode_box.findData(mode)
        self.mode_box.blockSignals(True)
        self.mode_box.setCurrentIndex(max(0, index))
        self.mode_box.blockSignals(False)

    # -- searching --------------------------------------------------------------------------

    def focus(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def clear(self) -> None:
        """Escape: empty the box, or (when it is empty) go back to the list."""
        if self.box.text():
            self.box.clear()
        else:
            self.host.focus_list()

    def _text_changed(self, text: str) -> None:
        if not text:  # cleared (the clear button, Escape or setText): show the list again
            self._typed(text)

    def _typed(self, text: str) -> None:
        self.backend.warm_search()  # once: the glossary loads while the user types
        self._debounce.start()

    def _take_suggestion(self, text: str) -> None:
        self.box.setText(text)
        self.search_now()

    def mode(self) -> str:
        return str(self.mode_box.currentData())

    def search_now(self) -> None:
        """Search for the box's text: keyword results at once, then (when semantic search
        is ready and the mode asks for it) the hybrid or semantic ranking in their place."""
        self._debounce.stop()
        text = self.box.text().strip()
        self._search_generation += 1
        generation = self._search_generation
        self.suggestion.clear()
        if not text:
            self._last_search = None
            self.host.show_place()
            return
        filters = self._search_filters()
        mode = self.mode()
        self._search_waiting = True
        if self._index_job is not None:  # semantic indexing lets the search through first
            self._index_job.cancel(YIELD_TO_SEARCH)
        self._search(generation, text, "keyword", filters, final=mode == "keyword")
        if mode != "keyword" and self._semantic == "ready":
            self._search(generation, text, mode, filters, final=True)
        self._last_search = (text, mode, filters)

    def _search(self, generation: int, text: str, mode: str, filters: Filters, final: bool) -> None:
        (
            ReadOp(self.backend, lambda core: _search(core, text, mode, filters), worker="search")
            .success(lambda found: self._show_results(generation, found, final))
            .failure(lambda exc: self._search_failed(generation, exc))
            .run(self)
        )

    def _search_filters(self) -> Filters:
        filters, place = self.host.filters(), self.host.current_place()
        if place.kind == "conflicts":
            filters = (*filters, ("conflict", "yes"))
        if place.kind == "collection" and place.collection:
            filters = (*filters, ("collection", place.collection))  # search within it
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
        filters = self.host.filters()
        self.model.set_source(ListSource(filters, ranked=ids, snippets=snippets), shown)
        self.host.show_facets(found.facets)
        took = f"{found.took_ms:.0f} ms"
        note = f" — {found.note}" if found.note else ""
        # A plural message; its English stays "results" (tests/desktop/test_panels.py).
        self.host.show_count(
            counted(self.tr("%Ln results ({mode}, {took})", "", len(ids)), len(ids)).format(
                mode=mode_label(found.mode), took=took
            )
            + note
        )
        if found.suggestion:
            word = found.suggestion
            link = f'<a href="{html.escape(word, quote=True)}">{html.escape(word)}</a>'
            self.suggestion.setText(
                translate("MainWindow", "Did you mean {word}?").format(word=link)
            )

    def _search_failed(self, generation: int, exc: BaseException) -> None:
        self._search_waiting = False
        if generation == self._search_generation:
            self.host.show_count(describe_error(exc))

    # -- background indexing and the model --------------------------------------------------

    def start_keyword_index(self) -> None:
        """Bring the keyword index up to the catalogue in the background (progress, Cancel)."""

        def catch_up(core: Core) -> str:
            assert core.search is not None
            return core.search.keyword.catch_up(core.catalogue, core.job)

        def stopped(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self.host.show_count(
                    translate(
                        "MainWindow", "Keyword index: cancelled; it is built at the next search"
                    )
                )
            else:
                self.backend.failed.emit(describe_error(exc))

        ReadOp(self.backend, catch_up, worker="search").with_progress().failure(stopped).run(self)

    def _resume_semantic(self) -> None:
        if self._semantic == "paused" and not self._indexing:
            self._set_semantic("waiting", translate("MainWindow", "semantic search: indexing…"))
            self._index_vectors()

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
        backend = self.backend
        backend.warm_search()

        def catch_up(core: Core) -> str:
            assert core.search is not None
            encoder = backend.loader.get()
            if encoder is None:
                return "waiting"
            core.search.vectors.encode_chunk = SEMANTIC_CHUNK
            # Entries in other languages are encoded with their concepts' English terms:
            # Python that gives way to the window (`search.pacing`), after the glossary
            # (`Backend.warm_search`, queued before this on the same worker).
            from search.pacing import paced

            with paced():
                return core.search.vectors.catch_up(core.catalogue, encoder, core.job)

        def done(result: str) -> None:
            self._indexing = False
            self._index_job = None
            if result == "waiting":
                QTimer.singleShot(50, self._index_vectors)
                return
            self._set_semantic("ready", translate("MainWindow", "semantic search: ready"))
            self._model_timer.stop()
            if self._last_search is not None:
                self.search_now()
            self.host.reopen_entry()

        def failed(exc: BaseException) -> None:
            self._indexing = False
            self._index_job = None
            if isinstance(exc, Cancelled) and exc.message == YIELD_TO_SEARCH:
                QTimer.singleShot(50, self._index_vectors)  # once the search has run
                return
            self.backend.work_ended.emit()  # hide the progress area
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

        # Rounds that give way to a search leave the progress area shown.
        op = ReadOp(backend, catch_up, worker="search").with_progress(hide_at_end=False)
        self._index_job = op.job
        if self._search_waiting and op.job is not None:
            op.job.cancel(YIELD_TO_SEARCH)
        op.success(done).failure(failed).run(self)

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
            if self.box.text().strip():
                self.search_now()
        self.mode_box.setToolTip(label if without else "")

    def semantic_state(self) -> str:
        return self._semantic


def _search(core: Core, text: str, mode: str, filters: Any) -> SearchResults:
    assert core.search is not None
    chosen: Mode = "semantic" if mode == "semantic" else "hybrid" if mode == "hybrid" else "keyword"
    return core.search.search(text, mode=chosen, limit=RESULTS_LIMIT, filters=filters, facets=True)
