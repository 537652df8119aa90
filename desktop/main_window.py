"""The main window: sidebar | entry list | detail pane, with the search box on top."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
)

from catalogue.catalogue import Changes, EntryRecord
from catalogue.jobs import Job

from . import saved_searches
from .backend import Backend, Core, describe_error, settle_memory
from .collections_ui import Collections
from .detail import DetailPane
from .drafts import Draft, discard_draft, load_drafts
from .entry_model import COLUMNS, EntryTableModel, ListSource, ids_of
from .exchange import Exchange
from .export_ui import EntryExport
from .importing import Importing
from .questions import ask
from .search_panel import MODES, SEARCH_DELAY_MS, SearchPanel
from .settings_dialog import SettingsDialog
from .sidebar import Place, Sidebar

if TYPE_CHECKING:
    from .editor import EntryEditor


class MainWindow(SearchPanel, QMainWindow):
    """Emits `results_shown` after each search result list is in the model (smoke mode and
    tests wait for it) and `detail_shown` after an entry is rendered."""

    results_shown = Signal(str, str)  # query, mode actually used
    detail_shown = Signal(str)  # entry id
    exported = Signal(str)  # the path of a file written by Export

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
        self._filters: tuple[tuple[str, str], ...] = ()
        self._search_generation = 0
        self._semantic = "waiting"  # waiting | ready | paused | unavailable | off
        self._indexing = False
        self._search_waiting = False
        self._index_job: Job | None = None
        self._undoable: list[str] = []
        self.editors: list[EntryEditor] = []
        self._remember_layout = remember_layout
        self._last_search: tuple[str, str, tuple[tuple[str, str], ...]] | None = None
        backend.search_may_open.clear()  # opened once the list is painted (_list_loaded)
        self._build()
        self._restore_layout()
        backend.failed.connect(lambda message: self.statusBar().showMessage(message, 10000))
        self.model.loaded.connect(self._list_loaded)
        self.model.set_source(ListSource())
        self._refresh_sidebar()
        self._model_timer = QTimer(self, interval=300)
        self._model_timer.timeout.connect(self._poll_model)
        if load_model:
            self._model_timer.start()
        else:
            self._set_semantic("off", self.tr("semantic search: off (Settings)"))
        self._start_keyword_index()

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        toolbar = QToolBar(self.tr("Search"), self)
        toolbar.setObjectName("SearchToolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(
            self.tr("Search cases — words, or what you need (Ctrl+F)")
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setMinimumWidth(380)
        toolbar.addWidget(self.search_box)
        self.mode_box = QComboBox(self)
        self.mode_box.setAccessibleName(self.tr("Search mode"))
        for label, mode in MODES:
            self.mode_box.addItem(self.tr(str(label)), mode)
        toolbar.addWidget(self.mode_box)
        self.suggestion = QLabel(self)
        self.suggestion.setAccessibleName(self.tr("Did you mean"))
        self.suggestion.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.suggestion.linkActivated.connect(self._take_suggestion)
        toolbar.addWidget(self.suggestion)

        self.sidebar = Sidebar(self)
        self.model = EntryTableModel(self.backend, self)
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
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.sectionClicked.connect(self._sort_by)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = DetailPane(self)
        self.detail.entry_link_clicked.connect(self.open_entry)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("MainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([200, 700, 500])
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel(self)
        self.semantic_label = QLabel(self.tr("semantic search: waiting…"), self)
        self.semantic_label.setAccessibleName(self.tr("Semantic search state"))
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the work in the background"))
        self.cancel_button.setAccessibleName(self.tr("Cancel background work"))
        self.cancel_button.clicked.connect(self.cancel_background_work)
        self.cancel_button.hide()
        self.semantic_label.linkActivated.connect(lambda _: self._resume_semantic())
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.statusBar().addPermanentWidget(self.semantic_label)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.search_now)
        self.search_box.textEdited.connect(self._typed)
        self.search_box.returnPressed.connect(self.search_now)
        self.search_box.textChanged.connect(self._text_changed)
        self.mode_box.currentIndexChanged.connect(lambda _: self.search_now())
        self.sidebar.place_chosen.connect(self._place_chosen)
        self.sidebar.saved_search_deleted.connect(self._delete_saved_search)
        self.sidebar.filters_changed.connect(self._filters_chosen)
        self.exchange = Exchange(self)  # File > Exchange, Edit > Resolve, a dropped bundle
        self.entry_export = EntryExport(self)
        self.importing = Importing(self)  # File > Import…, workshop mode, a dropped table
        self._actions()
        self.collections = Collections(self)

    def _actions(self) -> None:
        find = QAction(self.tr("Find"), self, shortcut=QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(self._focus_search)
        escape = QAction(self.tr("Clear search"), self, shortcut=QKeySequence(Qt.Key.Key_Escape))
        escape.triggered.connect(self._clear_search)
        next_entry = QAction(self.tr("Next case"), self, shortcut=QKeySequence("Ctrl+Down"))
        next_entry.triggered.connect(lambda: self._step(1))
        previous_entry = QAction(self.tr("Previous case"), self, shortcut=QKeySequence("Ctrl+Up"))
        previous_entry.triggered.connect(lambda: self._step(-1))
        quit_action = QAction(
            self.tr("Quit"), self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit)
        )
        quit_action.triggered.connect(self.close)
        self.new_action = QAction(
            self.tr("New case…"), self, shortcut=QKeySequence(QKeySequence.StandardKey.New)
        )
        self.new_action.triggered.connect(lambda: self.edit_entry(None))
        self.edit_action = QAction(self.tr("Edit case…"), self, shortcut=QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(self._edit_current)
        self.delete_action = QAction(
            self.tr("Delete case"), self, shortcut=QKeySequence(QKeySequence.StandardKey.Delete)
        )
        self.delete_action.triggered.connect(self._delete_selected)
        self.undo_action = QAction(
            self.tr("Undo delete"), self, shortcut=QKeySequence(QKeySequence.StandardKey.Undo)
        )
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_delete)
        actions = (find, escape, next_entry, previous_entry, quit_action, self.new_action)
        for action in (*actions, self.edit_action, self.delete_action, self.undo_action):
            self.addAction(action)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_action)
        settings_action = QAction(self.tr("Settings…"), self, shortcut=QKeySequence("Ctrl+,"))
        settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings_action.triggered.connect(self._open_settings)
        self.addAction(settings_action)
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self.new_action)
        menu.addAction(self.importing.workshop_action)
        menu.addSeparator()
        menu.addAction(self.importing.import_action)
        menu.addAction(self.importing.template_action)
        self.export_menu = menu.addMenu(self.tr("Export collection"))
        self.export_menu.aboutToShow.connect(self._fill_export_menu)
        self.export_selected_menu = menu.addMenu(self.tr("Export selected cases"))
        self.export_selected_menu.aboutToShow.connect(
            lambda: self.entry_export.fill_menu(self.export_selected_menu)
        )
        menu.addAction(self.exchange.open_action)
        menu.addSeparator()
        menu.addAction(settings_action)
        menu.addSeparator()
        menu.addAction(quit_action)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        for action in (self.edit_action, self.delete_action, self.undo_action):
            edit.addAction(action)
        edit.addAction(self.exchange.resolve_action)
        self.save_search_action = QAction(
            self.tr("Save search…"), self, shortcut=QKeySequence("Ctrl+Shift+S")
        )
        self.save_search_action.triggered.connect(self._ask_save_search)
        self.addAction(self.save_search_action)
        view = self.menuBar().addMenu(self.tr("&View"))
        for action in (find, self.save_search_action, next_entry, previous_entry):
            view.addAction(action)
        self.sidebar.set_saved_searches([s.name for s in saved_searches.load(self.settings)])
        self.table.doubleClicked.connect(lambda _: self._activated())

    def _fill_export_menu(self) -> None:
        self.export_menu.clear()
        if self._place.kind == "collection" and self._place.collection:
            self.collections.export_menu(self.export_menu, self._place.collection)
        else:
            hint = self.export_menu.addAction(self.tr("Choose a collection in the sidebar first"))
            hint.setEnabled(False)

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        header = self.settings.value("window/columns")
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/columns", self.table.horizontalHeader().saveState())
        self.settings.sync()
        super().closeEvent(event)

    # -- the list ---------------------------------------------------------------------------

    def _list_loaded(self) -> None:
        if not self.backend.search_may_open.is_set():
            # After the paint that this load asks for: then the search worker may import.
            QTimer.singleShot(50, self.backend.search_may_open.set)
            settle_memory()
        total = self.model.rowCount()
        if self.model.source.ranked is None:
            self.count_label.setText(self.tr("{count} cases").format(count=f"{total:,}"))
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
        place, filters = self._place, self._filters
        if place.kind == "recent":
            return ListSource(filters, "created", True)
        if place.kind == "conflicts":
            return ListSource((*filters, ("conflict", "yes")))
        return ListSource(filters)

    def _show_place(self) -> None:
        if self.search_box.text().strip():
            self.search_now()
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
                    self.tr("{count} cases in this collection").format(count=f"{len(ids):,}")
                )

            self.backend.run(items, show)
        else:
            self.model.set_source(self._library_source())
        self._refresh_facets()

    def show_ids(self, ids: list[str], label: str) -> None:
        """List just these cases (e.g. the ones an import added), under `label`."""
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self._last_search = None
        self._place = Place("library")
        self.model.set_source(ListSource(ranked=tuple(ids)))
        self.count_label.setText(label)

    def current_place(self) -> Place:
        return self._place

    def _place_chosen(self, place: Place) -> None:
        if place.kind == "saved" and place.saved is not None:
            self.run_saved_search(place.saved)
            return
        self._place = place
        self._show_place()

    # -- saved searches ---------------------------------------------------------------------

    def _ask_save_search(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        if not self.search_box.text().strip() and not self._filters:
            self.count_label.setText(self.tr("Type a search or tick some filters, then save it"))
            return
        name, ok = QInputDialog.getText(
            self, "Save search", "Name:", text=self.search_box.text().strip()
        )
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
            name, self.search_box.text().strip(), self.mode(), tuple(self._filters)
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
        index = self.mode_box.findData(search.mode)
        self.mode_box.blockSignals(True)
        self.mode_box.setCurrentIndex(max(0, index))
        self.mode_box.blockSignals(False)
        self.search_box.setText(search.query)
        self.sidebar.set_filters(search.filters)  # shows the results (filters_changed)

    def _delete_saved_search(self, name: str) -> None:
        if ask(
            self,
            self.tr("Delete saved search"),
            self.tr("Delete the saved search “{name}”?").format(name=name),
        ):
            saved_searches.remove(self.settings, name)
            self.sidebar.set_saved_searches([s.name for s in saved_searches.load(self.settings)])

    def _filters_chosen(self, filters: tuple[tuple[str, str], ...]) -> None:
        self._filters = filters
        self._show_place()

    def _refresh_sidebar(self) -> None:
        def counts(core: Core) -> tuple[int, int, list[Any]]:
            catalogue = core.catalogue
            total = catalogue.count_matching()
            conflicts = catalogue.count_matching([("conflict", "yes")])
            return total, conflicts, catalogue.list_collections()

        def show(result: tuple[int, int, list[Any]]) -> None:
            total, conflicts, collections = result
            self.sidebar.set_counts(total, conflicts)
            self.sidebar.set_collections(collections)
            self.collections.records = collections

        self.backend.run(counts, show)
        self._refresh_facets()

    def _refresh_facets(self) -> None:
        if self.search_box.text().strip():
            return  # the search results bring their own counts
        source = self._library_source()
        self.backend.run(
            lambda core: core.catalogue.facet_counts(source.filters), self.sidebar.set_facets
        )

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

        def load(core: Core) -> tuple[Any, Any]:
            return core.catalogue.get_entry(entry_id), core.catalogue.history(entry_id)

        def show(result: tuple[Any, Any]) -> None:
            record, history = result
            self.detail.matched = self.model.snippet(entry_id)
            self.detail.show_entry(record, history, None, self._similar_note())
            self.detail_shown.emit(entry_id)
            self._load_similar(record, history)

        self.backend.run(load, show, self._entry_failed)

    def _entry_failed(self, exc: BaseException) -> None:
        self.detail.show_placeholder(describe_error(exc))

    def _similar_note(self) -> str | None:
        if self._semantic == "off":
            return "similar cases need semantic search, which is turned off in Settings"
        if self._semantic == "unavailable":
            return "similar cases need semantic search, which this build does not have"
        if self._semantic != "ready":
            return "similar cases appear when semantic search is ready"
        return None

    def _load_similar(self, record: Any, history: Any) -> None:
        if self._semantic != "ready":
            return

        def similar(core: Core) -> list[tuple[str, str]]:
            assert core.search is not None
            found = core.search.similar(record.id, limit=8)
            return [(r.id, r.title) for r in found.results]

        def show(pairs: list[tuple[str, str]]) -> None:
            if self.detail.entry_id == record.id:
                self.detail.show_entry(record, history, pairs)

        self.backend.run(similar, show, worker="search")

    # -- settings ---------------------------------------------------------------------------

    def _open_settings(self) -> None:
        SettingsDialog(self.settings, self.backend.home, self).exec()

    # -- editing ----------------------------------------------------------------------------

    def _activated(self) -> None:
        """A double-click (or Enter) on a case: the resolver under Conflicts, else the editor."""
        if self._place.kind == "conflicts" and self.detail.entry_id:
            self.exchange.open_resolver(self.detail.entry_id)
        else:
            self._edit_current()

    def _edit_current(self) -> None:
        if self.detail.entry_id:
            self.edit_entry(self.detail.entry_id)

    def edit_entry(self, entry_id: str | None, draft: Draft | None = None) -> None:
        """Open the editor on `entry_id` (None: a new case), or on a restored draft."""
        if entry_id is None:
            self._open_editor(None, draft)
            return
        self.backend.run(
            lambda core: core.catalogue.get_entry(entry_id),
            lambda record: self._open_editor(record, draft),
        )

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
        self.changed(changes)
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
            self.tr("{count} case(s) were being edited and not saved:").format(count=len(drafts))
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

    def _delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return

        def deleted(changes: Changes) -> None:
            self._undoable = list(changes.deleted)
            self.undo_action.setEnabled(True)
            self.detail.show_placeholder()
            self.changed(changes)
            count = len(changes.deleted)
            self.statusBar().showMessage(
                self.tr("Deleted 1 case — Undo with Ctrl+Z.")
                if count == 1
                else self.tr("Deleted {count} cases — Undo with Ctrl+Z.").format(count=count),
                15000,
            )

        self.backend.run(lambda core: core.catalogue.delete_entries(ids), deleted)

    def undo_delete(self) -> None:
        ids, self._undoable = self._undoable, []
        self.undo_action.setEnabled(False)
        if not ids:
            return

        def restored(changes: Changes) -> None:
            self.changed(changes)
            self.open_entry(ids[0])
            self.statusBar().showMessage(self.tr("Restored."), 5000)

        self.backend.run(lambda core: core.catalogue.undelete_entries(ids), restored)

    # -- after writes -----------------------------------------------------------------------

    def changed(self, changes: Changes) -> None:
        """Refresh what a write touched: the list, the counts, the open entry; a search
        shown is run again (the indexes catch up first)."""
        if self.search_box.text().strip():
            self.search_now()
        elif changes.collections and self._place.kind == "collection":
            self._show_place()  # the collection's items (order, membership) changed
        else:
            self.model.refresh()
        self._refresh_sidebar()
        if self.detail.entry_id in changes.updated:
            self.open_entry(self.detail.entry_id or "")

    def _step(self, delta: int) -> None:
        current = self.table.currentIndex()
        row = (current.row() if current.isValid() else -1) + delta
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def selected_ids(self) -> list[str]:
        """The ids of the selected cases, in list order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return ids_of(self.model, rows)
