"""Collections in the window: create, rename, delete; add cases by menu or by dragging them
onto a collection in the sidebar; a note per case; reorder; export. Every change is one
catalogue write on the db worker, and the window refreshes from what it changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu

from catalogue.catalogue import Changes, CollectionRecord

from .backend import Core, Stopped, describe_error
from .questions import ask
from .sidebar import ROLE, Place

if TYPE_CHECKING:
    from .main_window import MainWindow


class Collections:
    """The collection actions of `window` (menus on the list and the sidebar, drops)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.records: list[CollectionRecord] = []
        window.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.table.customContextMenuRequested.connect(self._list_menu)
        sidebar = window.sidebar
        sidebar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        sidebar.customContextMenuRequested.connect(self._sidebar_menu)
        sidebar.entries_dropped.connect(self.add_entries)
        window.table.setDragEnabled(True)
        window.table.setDragDropMode(window.table.DragDropMode.DragOnly)

    # -- writes -----------------------------------------------------------------------------

    def _write(self, fn: Callable[[Core], Changes], done: str) -> None:
        def finished(changes: Changes) -> None:
            self.window.changed(changes)
            self.window.statusBar().showMessage(done, 5000)

        self.window.backend.run(fn, finished)

    def create(self, then_add: Sequence[str] = ()) -> None:
        name, ok = QInputDialog.getText(self.window, "New collection", "Name of the collection:")
        name = name.strip()
        if not ok or not name:
            return

        def create(core: Core) -> Changes:
            changes = core.catalogue.create_collection(name)
            if then_add:
                changes.merge(core.catalogue.add_to_collection(name, then_add))
            return changes

        self._write(create, f"Created the collection “{name}”.")

    def rename(self, collection_id: str) -> None:
        record = self._record(collection_id)
        name, ok = QInputDialog.getText(
            self.window, "Rename collection", "New name:", text=record.name if record else ""
        )
        if ok and name.strip():
            new = name.strip()
            self._write(
                lambda core: core.catalogue.save_collection(collection_id, name=new),
                f"Renamed to “{new}”.",
            )

    def introduce(self, collection_id: str) -> None:
        record = self._record(collection_id)
        text, ok = QInputDialog.getMultiLineText(
            self.window,
            "Introduction",
            "Introduction (shown on the cover of exports):",
            record.introduction if record else "",
        )
        if ok:
            self._write(
                lambda core: core.catalogue.save_collection(collection_id, introduction=text),
                "Introduction saved.",
            )

    def delete(self, collection_id: str) -> None:
        record = self._record(collection_id)
        name = record.name if record else "this collection"
        if ask(
            self.window,
            "Delete collection?",
            f"Delete the collection “{name}”? The cases in it stay in the library.",
        ):
            self._write(
                lambda core: core.catalogue.delete_collection(collection_id),
                f"Deleted the collection “{name}”.",
            )

    def add_entries(self, collection_id: str, ids: Sequence[str]) -> None:
        record = self._record(collection_id)
        name = record.name if record else "the collection"
        self._write(
            lambda core: core.catalogue.add_to_collection(collection_id, list(ids)),
            f"Added {len(ids)} case(s) to “{name}”.",
        )

    def remove_entries(self, collection_id: str, ids: Sequence[str]) -> None:
        self._write(
            lambda core: core.catalogue.remove_from_collection(collection_id, list(ids)),
            f"Removed {len(ids)} case(s) from the collection (they stay in the library).",
        )

    def edit_note(self, collection_id: str, entry_id: str) -> None:
        record = self._record(collection_id)
        if record is None:
            return
        notes = dict(record.items)
        text, ok = QInputDialog.getMultiLineText(
            self.window, "Note", "Note on this case in the collection:", notes.get(entry_id, "")
        )
        if not ok:
            return
        items = [(e, text.strip() if e == entry_id else n) for e, n in record.items]
        self._write(
            lambda core: core.catalogue.save_collection(collection_id, items=items), "Note saved."
        )

    def move(self, collection_id: str, entry_id: str, step: int) -> None:
        record = self._record(collection_id)
        if record is None:
            return
        items = list(record.items)
        position = next((i for i, (e, _) in enumerate(items) if e == entry_id), None)
        if position is None or not 0 <= position + step < len(items):
            return
        items.insert(position + step, items.pop(position))
        self._write(
            lambda core: core.catalogue.save_collection(collection_id, items=items), "Moved."
        )

    def _record(self, collection_id: str) -> CollectionRecord | None:
        return next((r for r in self.records if r.id == collection_id), None)

    # -- menus ------------------------------------------------------------------------------

    def _list_menu(self, point: QPoint) -> None:
        window = self.window
        ids = window.selected_ids()
        if not ids:
            return
        menu = QMenu(window)
        menu.addAction(window.edit_action)
        add = menu.addMenu("Add to collection")
        for record in self.records:
            add.addAction(record.name, self._adder(record.id, ids))
        if self.records:
            add.addSeparator()
        add.addAction("New collection…", lambda: self.create(ids))
        place = window.current_place()
        if place.kind == "collection" and place.collection:
            collection_id = place.collection
            menu.addSeparator()
            menu.addAction(
                "Remove from this collection", lambda: self.remove_entries(collection_id, ids)
            )
            if len(ids) == 1:
                menu.addAction("Note…", lambda: self.edit_note(collection_id, ids[0]))
                menu.addAction("Move up", lambda: self.move(collection_id, ids[0], -1))
                menu.addAction("Move down", lambda: self.move(collection_id, ids[0], 1))
        if place.kind == "conflicts" and len(ids) == 1:
            menu.addSeparator()
            menu.addAction(window.exchange.resolve_action)
        menu.addSeparator()
        menu.addAction(window.delete_action)
        menu.exec(window.table.viewport().mapToGlobal(point))

    def _adder(self, collection_id: str, ids: list[str]) -> Callable[[], None]:
        return lambda: self.add_entries(collection_id, ids)

    def _sidebar_menu(self, point: QPoint) -> None:
        sidebar = self.window.sidebar
        item = sidebar.itemAt(point)
        menu = QMenu(sidebar)
        place = item.data(0, ROLE) if item is not None else None
        if isinstance(place, Place) and place.kind == "saved" and place.saved:
            name = place.saved
            menu.addAction(
                f"Delete saved search “{name}”…", lambda: sidebar.saved_search_deleted.emit(name)
            )
            menu.exec(sidebar.viewport().mapToGlobal(point))
            return
        if isinstance(place, Place) and place.kind == "conflicts":
            menu.addAction(
                QCoreApplication.translate("Exchange", "Resolve a conflict…"),
                self.window.exchange.resolve_any,
            )
            menu.addAction(self.window.exchange.open_action)
            menu.exec(sidebar.viewport().mapToGlobal(point))
            return
        if isinstance(place, Place) and place.kind == "collection" and place.collection:
            collection_id = place.collection
            self.export_menu(menu.addMenu("Export"), collection_id)
            menu.addSeparator()
            menu.addAction("Rename…", lambda: self.rename(collection_id))
            menu.addAction("Introduction…", lambda: self.introduce(collection_id))
            menu.addAction("Delete collection…", lambda: self.delete(collection_id))
            menu.addSeparator()
        menu.addAction("New collection…", lambda: self.create())
        menu.exec(sidebar.viewport().mapToGlobal(point))

    # -- export -----------------------------------------------------------------------------

    def export_menu(self, menu: QMenu, collection_id: str) -> None:
        """One entry per export format (the formats that exist in this build)."""
        from catalogue.exporters import FORMATS

        for fmt in FORMATS.values():
            menu.addAction(f"{fmt.label}…", self._exporter(collection_id, fmt.name))

    def _exporter(self, collection_id: str, fmt: str) -> Callable[[], None]:
        return lambda: self.ask_export(collection_id, fmt)

    def ask_export(self, collection_id: str, fmt: str) -> None:
        """Ask where to save, then export on the db worker with progress and Cancel."""
        from catalogue.exporters import FORMATS, file_name

        record = self._record(collection_id)
        if record is None:
            return
        exporter = FORMATS[fmt]
        suggested = self.window.settings.value("export/folder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            f"Export “{record.name}”",
            str(Path(str(suggested)) / file_name(record.name, fmt)),
            exporter.file_filter,
        )
        if path:
            self.window.settings.setValue("export/folder", str(Path(path).parent))
            # The dialog has asked about replacing an existing file.
            self.export(collection_id, fmt, Path(path), overwrite=True)

    def export(self, collection_id: str, fmt: str, path: Path, overwrite: bool = False) -> None:
        from catalogue.exporters import ExportCancelled, ExportResult, export_collection

        window = self.window
        window.backend.cancelling.clear()

        def run(core: Core) -> ExportResult:
            return export_collection(
                core.catalogue,
                collection_id,
                fmt,
                path,
                overwrite=overwrite,
                progress=window.backend.report_progress,
            )

        def done(result: ExportResult) -> None:
            window.hide_progress()
            left_out = f"; {len(result.left_out)} deleted cases left out" if result.left_out else ""
            window.statusBar().showMessage(
                f"Exported {result.cases} cases to {result.path} "
                f"({max(1, result.bytes // 1024)} KB){left_out}",
                15000,
            )
            window.exported.emit(str(result.path))

        def failed(exc: BaseException) -> None:
            window.hide_progress()
            if isinstance(exc, (Stopped, ExportCancelled)):
                window.statusBar().showMessage("Export cancelled; no file was written", 8000)
            else:
                window.backend.failed.emit(describe_error(exc))

        window.backend.run(run, done, failed)
