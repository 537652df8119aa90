"""The main window: sidebar | entry list | detail pane, with the search box on top.

The window owns its panels (the search panel, collections, export, importing, exchange,
the progress area) and gives each the narrow protocol it needs (protocols.py), which the
window provides. Writes are operations (operations.py): after each, `backend.changed`
reaches the list, the sidebar, the detail pane and the collections, each of which refreshes
what concerns it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
)

from catalogue.catalogue import Changes, EntryRecord

from . import saved_searches, window_layout, window_menus
from .backend import Backend, Core, settle_memory
from .detail import DetailPane
from .drafts import Draft, discard_draft, load_drafts
from .entry_detail import EntryDetail
from .entry_model import COLUMNS, EntryTableModel, ListSource, ids_of
from .exchange.exchange import Exchange
from .i18n import counted
from .importing.importing import Importing
from .library.collections_ui import Collections
from .library.export_ui import EntryExport
from .library.search_panel import SearchPanel
from .operations import ReadOp, WriteOp
from .progress_area import ProgressArea
from .protocols import Filters, Place
from .questions import ask
from .settings_dialog import SettingsDialog
from .sidebar import Sidebar
from .trail.report_export import TrailReport

if TYPE_CHECKING:
    from .editor import EntryEditor
    from .trail.trail_view import TrailView


class MainWindow(QMainWindow):
    """Emits `results_shown` after each search result list is in the model (smoke mode and
    tests wait for it) and `detail_shown` after an entry is rendered."""

    results_shown = Signal(str, str)  # query, mode actually used
    detail_shown = Signal(str)  # entry id
    exported = Signal(str)  # the path of a file written by Export
    # Made by window_menus.build:
    new_action: QAction
    edit_action: QAction
    delete_action: QAction
    undo_action: QAction
    save_search_action: QAction
    export_menu: QMenu
    export_selected_menu: QMenu

    def __init__(
        self,
        backend: Backend,
        settings: QSettings,
        load_model: bool = True,
        remember_layout: bool = True,
    ) -> None:
        super().__init__()
        self.backend = backend
        self.settings = settings
        self.setWindowTitle(self.tr("Casebook"))
        self.setObjectName("MainWindow")
        self._place = Place("library")
        self._filters: Filters = ()
        self._undoable: list[str] = []
        self.editors: list[EntryEditor] = []
        self._remember_layout = remember_layout
        backend.search_may_open.clear()  # opened once the list is painted (_list_loaded)
        self._build(load_model)
        self._restore_layout()
        backend.failed.connect(lambda message: self.statusBar().showMessage(message, 10000))
        # What a write changed reaches each part, which refreshes what concerns it.
        # (The detail pane's EntryDetail and the Collections subscribe themselves.)
        backend.changed.connect(self._list_changed)
        backend.changed.connect(self._sidebar_changed)
        self.model.loaded.connect(self._list_loaded)
        self.model.set_source(ListSource())
        self._refresh_sidebar()
        self.collections.reload()
        self.search.start_keyword_index()

    # -- layout -----------------------------------------------------------------------------

    def _build(self, load_model: bool) -> None:
        self.model = EntryTableModel(self.backend, self)
        # The search box first: it has the focus when the window opens, and Tab goes on
        # from it to the sidebar, the list and the detail pane.
        self.search = SearchPanel(self.backend, self.model, self, self, load_model)
        self.search.results_shown.connect(self.results_shown)
        self.search_box, self.mode_box = self.search.box, self.search.mode_box
        toolbar = QToolBar(self.tr("Search"), self)
        toolbar.setObjectName("SearchToolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        toolbar.addWidget(self.search.box)
        toolbar.addWidget(self.search.mode_box)
        toolbar.addWidget(self.search.suggestion)
        self.sidebar = Sidebar(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(False)  # sorting is asked for through the header
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        # Every row the same height: the view need not ask 100,000 rows for theirs.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        for column, spec in enumerate(COLUMNS):
            header.resizeSection(column, spec.width)
            header.setSectionHidden(column, spec.optional)  # shown from the header's menu
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.sectionClicked.connect(self._sort_by)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.detail = DetailPane(self)
        self.entry_detail = EntryDetail(self.backend, self.detail, self)
        self.entry_detail.shown.connect(self.detail_shown)
        self.detail.entry_link_clicked.connect(self.open_entry)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("MainSplitter")
        self.splitter.addWidget(self.sidebar)
        # The list, or the learning trail (`trail`, made when first chosen in the sidebar).
        self._trail: TrailView | None = None
        self.middle = QStackedWidget(self)
        self.middle.addWidget(self.table)
        self.search.results_shown.connect(lambda *_: self.middle.setCurrentWidget(self.table))
        self.splitter.addWidget(self.middle)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([240, 660, 500])
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel(self)
        self.progress_area = ProgressArea(self.backend, self)
        self.progress, self.cancel_button = self.progress_area.bar, self.progress_area.cancel_button
        self.statusBar().addWidget(self.count_label, 1)
        for widget in (*self.progress_area.widgets(), self.search.semantic_label):
            self.statusBar().addPermanentWidget(widget)

        self.sidebar.place_chosen.connect(self._place_chosen)
        self.sidebar.saved_search_deleted.connect(self._delete_saved_search)
        self.sidebar.filters_changed.connect(self._filters_chosen)
        # File > Exchange, Edit > Resolve, a dropped bundle, "Resolve…" in the detail pane.
        self.exchange = Exchange(self.backend, self.settings, self, self.progress_area, self)
        self.detail.anchorClicked.connect(self.exchange.link_clicked)
        self.entry_export = EntryExport(self.backend, self.settings, self, self)
        self.trail_report = TrailReport(self.backend, self.settings, self, self)
        # File > Import…, workshop mode, a dropped table.
        self.importing = Importing(self.backend, self.settings, self, self)
        self.setAcceptDrops(True)
        for dropped in (self.exchange, self.importing):
            self.installEventFilter(dropped)
        self.collections = Collections(self.backend, self.settings, self, self)
        self.collections.records_changed.connect(self.sidebar.set_collections)
        self.sidebar.entries_dropped.connect(self.collections.add_entries)
        window_menus.build(self, self)

    @property
    def trail(self) -> TrailView:
        """The learning trail's view, made when first asked for (~7 ms of start-up saved)."""
        if self._trail is None:
            from .trail.trail_view import TrailView

            self._trail = TrailView(self.backend, self, self)
            self.middle.addWidget(self._trail)
        return self._trail

    def _restore_layout(self) -> None:
        window_layout.restore(self, self.splitter, self.table, self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        window_layout.remember(self, self.splitter, self.table, self.settings)
        super().closeEvent(event)

    # -- what the panels ask of the window (protocols.py) -------------------------------------

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def show_count(self, text: str) -> None:
        self.count_label.setText(text)

    def show_facets(self, facets: dict[str, list[tuple[str, int]]]) -> None:
        self.sidebar.set_facets(facets)

    def current_place(self) -> Place:
        return self._place

    def filters(self) -> Filters:
        return self._filters

    def current_entry(self) -> str | None:
        return self.detail.entry_id

    def focus_list(self) -> None:
        self.table.setFocus()

    def reopen_entry(self) -> None:
        self.entry_detail.reopen()

    def title_of(self, entry_id: str) -> str | None:
        row = self.model.row_of(entry_id)
        title = self.model.data(self.model.index(row if row is not None else 0, 0))
        return str(title) if title else None

    def export_written(self, path: Path) -> None:
        self.exported.emit(str(path))

    def selected_ids(self) -> list[str]:
        """The ids of the selected cases, in list order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return ids_of(self.model, rows)

    # The search panel's and the progress area's, kept here for scripts and tests.

    def search_now(self) -> None:
        self.search.search_now()

    def mode(self) -> str:
        return self.search.mode()

    def semantic_state(self) -> str:
        return self.search.semantic_state()

    def show_progress(self, fraction: float, message: str) -> None:
        self.progress_area.show_progress(fraction, message)

    def cancel_background_work(self) -> None:
        self.progress_area.cancel()

    # -- the list ---------------------------------------------------------------------------

    def _list_loaded(self) -> None:
        if not self.backend.search_may_open.is_set():
            # After the paint that this load asks for: then the search worker may import.
            QTimer.singleShot(50, self.backend.search_may_open.set)
            settle_memory()
        total = self.model.rowCount()
        if self.model.source.ranked is None:
            self.count_label.setText(counted(self.tr("%Ln case(s)", "", total), total))
        if self.detail.entry_id is not None:
            row = self.model.row_of(self.detail.entry_id)
            if row is not None:
                self.table.selectRow(row)

    def _sort_by(self, column: int) -> None:
        header = self.table.horizontalHeader()
        source = self.model.source
        key = COLUMNS[column].key
        descending = source.order == key and not source.descending
        header.setSortIndicatorShown(True)
        header.setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        self.model.sort(column, header.sortIndicatorOrder())

    def _choose_columns(self, point: QPoint) -> None:
        """Right-click on the column headers: tick the columns to show (remembered)."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column, spec in enumerate(COLUMNS):
            action = menu.addAction(spec.header())
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != 0)  # the title always shows
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.exec(header.mapToGlobal(point))

    def _library_source(self) -> ListSource:
        place = self._place
        # A glossary concept is a filter of searches (the keyword index holds the concepts).
        filters = tuple((key, value) for key, value in self._filters if key != "concept")
        if place.kind == "recent":
            return ListSource(filters, "created", True)
        if place.kind == "conflicts":
            return ListSource((*filters, ("conflict", "yes")))
        return ListSource(filters)

    def show_place(self) -> None:
        """Show the list of the place chosen in the sidebar (or search within it)."""
        self.middle.setCurrentWidget(self.table)  # not the learning trail, if it was shown
        if self.search.text():
            self.search.search_now()
            return
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(False)
        if self._place.kind == "collection" and self._place.collection:
            collection_id = self._place.collection

            def items(core: Core) -> tuple[str, ...]:
                record = core.catalogue.get_collection(collection_id)
                return tuple(entry_id for entry_id, _ in record.items)

            def show(ids: tuple[str, ...]) -> None:
                self.model.set_source(ListSource(self._filters, ranked=ids))
                self.count_label.setText(
                    counted(self.tr("%Ln case(s) in this collection", "", len(ids)), len(ids))
                )

            ReadOp(self.backend, items).success(show).run(self)
        else:
            self.model.set_source(self._library_source())
        self._refresh_facets()

    def show_ids(self, ids: list[str], label: str) -> None:
        """List just these cases (e.g. the ones an import added), under `label`."""
        self.search.forget()
        self._place = Place("library")
        self.middle.setCurrentWidget(self.table)
        self.model.set_source(ListSource(ranked=tuple(ids)))
        self.count_label.setText(label)

    def _place_chosen(self, place: Place) -> None:
        if place.kind == "saved" and place.saved is not None:
            self.run_saved_search(place.saved)
            return
        self._place = place
        if place.kind == "trail":
            self.trail.load()
            self.middle.setCurrentWidget(self.trail)
            return
        self.show_place()

    def _list_changed(self, changes: Changes, initiator: object) -> None:
        """After a write: a search shown is run again (the indexes catch up first), a
        collection's list read again when collections changed, else the pages refetched."""
        if self.search.text():
            self.search.refresh()
        elif changes.collections and self._place.kind == "collection":
            self.show_place()  # the collection's items (order, membership) changed
        else:
            self.model.refresh()

    # -- saved searches ---------------------------------------------------------------------

    def ask_save_search(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        if not self.search.text() and not self._filters:
            self.count_label.setText(self.tr("Type a search or tick some filters, then save it"))
            return
        name, ok = QInputDialog.getText(self, "Save search", "Name:", text=self.search.text())
        if ok:
            self.save_search(name)

    def save_search(self, name: str) -> bool:
        """Save the current query, mode and filters as `name` (asking before replacing)."""
        name = " ".join(name.split())
        if not name:
            self.count_label.setText(self.tr("A saved search needs a name"))
            return False
        names = [s.name for s in saved_searches.load(self.settings)]
        if name in names and not ask(
            self,
            self.tr("Replace saved search"),
            self.tr("A saved search “{name}” exists. Replace it?").format(name=name),
        ):
            return False
        search = saved_searches.SavedSearch(
            name, self.search.text(), self.search.mode(), tuple(self._filters)
        )
        saved_searches.put(self.settings, search)
        self.sidebar.set_saved_searches([s.name for s in saved_searches.load(self.settings)])
        self.count_label.setText(self.tr("Saved the search “{name}”").format(name=name))
        return True

    def run_saved_search(self, name: str) -> None:
        found = [s for s in saved_searches.load(self.settings) if s.name == name]
        if not found:
            return
        search = found[0]
        self._place = Place("library")
        self.search.set_mode(search.mode)
        self.search.box.setText(search.query)
        self.sidebar.set_filters(search.filters)  # shows the results (filters_changed)

    def _delete_saved_search(self, name: str) -> None:
        if ask(
            self,
            self.tr("Delete saved search"),
            self.tr("Delete the saved search “{name}”?").format(name=name),
        ):
            saved_searches.remove(self.settings, name)
            self.sidebar.set_saved_searches([s.name for s in saved_searches.load(self.settings)])

    def _filters_chosen(self, filters: Filters) -> None:
        self._filters = filters
        self.show_place()

    # -- the sidebar ------------------------------------------------------------------------

    def _sidebar_changed(self, changes: Changes, initiator: object) -> None:
        self._refresh_sidebar()

    def _refresh_sidebar(self) -> None:
        """The counts of the library and of the conflicts, and the facets."""

        def counts(core: Core) -> tuple[int, int]:
            catalogue = core.catalogue
            return catalogue.count_matching(), catalogue.count_matching([("conflict", "yes")])

        ReadOp(self.backend, counts).success(lambda c: self.sidebar.set_counts(*c)).run(self)
        self._refresh_facets()

    def _refresh_facets(self) -> None:
        if self.search.text():
            return  # the search results bring their own counts
        filters = self._library_source().filters
        ReadOp(self.backend, lambda core: core.catalogue.facet_counts(filters)).success(
            self.sidebar.set_facets
        ).run(self)

    # -- the detail pane ---------------------------------------------------------------------

    def _selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            return
        entry_id = self.model.entry_id(rows[0].row())
        if entry_id and entry_id != self.detail.entry_id:
            self.open_entry(entry_id)

    def open_entry(self, entry_id: str) -> None:
        """Show `entry_id` in the detail pane (and select it if the list shows it)."""
        self.entry_detail.open(entry_id)

    def snippet(self, entry_id: str) -> str:
        return self.model.snippet(entry_id)

    # -- settings ---------------------------------------------------------------------------

    def open_settings(self) -> None:
        SettingsDialog(self.settings, self.backend.home, self).exec()

    # -- editing ----------------------------------------------------------------------------

    def activated(self) -> None:
        """A double-click (or Enter) on a case: the resolver under Conflicts, else the editor."""
        if self._place.kind == "conflicts" and self.detail.entry_id:
            self.exchange.open_resolver(self.detail.entry_id)
        else:
            self.edit_current()

    def edit_current(self) -> None:
        if self.detail.entry_id:
            self.edit_entry(self.detail.entry_id)

    def edit_entry(self, entry_id: str | None, draft: Draft | None = None) -> None:
        """Open the editor on `entry_id` (None: a new case), or on a restored draft."""
        if entry_id is None:
            self._open_editor(None, draft)
            return
        ReadOp(self.backend, lambda core: core.catalogue.get_entry(entry_id)).success(
            lambda record: self._open_editor(record, draft)
        ).run(self)

    def _open_editor(self, record: EntryRecord | None, draft: Draft | None) -> None:
        from .editor import EntryEditor  # on first use: not on the start-up path

        editor = EntryEditor(self.backend, record, draft, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._saved)
        editor.open_requested.connect(self.open_entry)
        editor.show()
        self.editors.append(editor)
        editor.finished.connect(lambda _: self.editors.remove(editor))

    def _saved(self, entry_id: str, changes: Changes) -> None:
        self.open_entry(entry_id)
        self.statusBar().showMessage(
            self.tr("Added the case.") if changes.added else self.tr("Saved the case."), 5000
        )

    def restore_drafts(self) -> None:
        """Offer the drafts a crash or a closed editor left behind."""
        drafts = load_drafts(self.backend.home)
        if not drafts:
            return
        titles = "\n".join(f"• {d.title}" for d in drafts[:8])
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Unsaved drafts"))
        box.setText(
            counted(
                self.tr("%n case(s) were being edited and not saved:", "", len(drafts)), len(drafts)
            )
            + "\n"
            + titles
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.exec()
        if box.clickedButton() is restore:
            for draft in drafts:
                self.edit_entry(draft.entry_id, draft)
        elif box.clickedButton() is discard and ask(
            self, self.tr("Discard drafts?"), self.tr("Throw away the unsaved text of these cases?")
        ):
            for draft in drafts:
                discard_draft(self.backend.home, draft.draft_id)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return

        def deleted(changes: Changes) -> None:
            self._undoable = list(changes.deleted)
            self.undo_action.setEnabled(True)
            self.detail.show_placeholder()
            count = len(changes.deleted)
            self.statusBar().showMessage(
                counted(self.tr("Deleted %Ln case(s) — Undo with Ctrl+Z.", "", count), count),
                15000,
            )

        WriteOp(self.backend, lambda core: core.catalogue.delete_entries(ids)).success(deleted).run(
            self
        )

    def undo_delete(self) -> None:
        ids, self._undoable = self._undoable, []
        self.undo_action.setEnabled(False)
        if not ids:
            return

        def restored(changes: Changes) -> None:
            self.open_entry(ids[0])
            self.statusBar().showMessage(self.tr("Restored."), 5000)

        WriteOp(self.backend, lambda core: core.catalogue.undelete_entries(ids)).success(
            restored
        ).run(self)

    _delete_selected = delete_selected  # the name tests know

    def step(self, delta: int) -> None:
        current = self.table.currentIndex()
        row = (current.row() if current.isValid() else -1) + delta
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
