"""Collections in the window: create, rename, delete; add cases by menu or by dragging them
onto a collection in the sidebar; a note per case; reorder; export. Every change is one
`WriteOp` on the db worker; the window's parts refresh from the `changed` it emits, and so
do the collections here (`records`, and `records_changed` for the sidebar)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from catalogue.catalogue import Changes, CollectionRecord

from ..backend import Backend, Core
from ..i18n import counted, translate
from ..operations import ReadOp, WriteOp
from ..protocols import CollectionsHost, Place
from ..questions import ask
from .export_ui import ask_export_path, fill_format_menu, run_export


class Collections(QObject):
    """The collection actions (menus on the list and the sidebar, drops), on `host`.
    `records` are the collections; `records_changed(records)` after each reading."""

    records_changed = Signal(list)

    def __init__(
        self, backend: Backend, settings: QSettings, host: CollectionsHost, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.settings = settings
        self.host = host
        self.parent_widget = parent
        self.records: list[CollectionRecord] = []
        backend.changed.connect(lambda changes, initiator: self.reload())

    def reload(self) -> None:
        """Read the collections again (the window asks at start; then after every write)."""

        def read(core: Core) -> list[CollectionRecord]:
            return core.catalogue.list_collections()

        ReadOp(self.backend, read).success(self._show).run(self)

    def _show(self, records: list[CollectionRecord]) -> None:
        self.records = records
        self.records_changed.emit(records)

    # -- writes -----------------------------------------------------------------------------

    def _write(self, fn: Callable[[Core], Changes], done: str) -> None:
        WriteOp(self.backend, fn).success(lambda _: self.host.show_status(done, 5000)).run(self)

    def create(self, then_add: Sequence[str] = ()) -> None:
        name, ok = QInputDialog.getText(
            self.parent_widget,
            translate("Collections", "New collection"),
            translate("Collections", "Name of the collection:"),
        )
        name = name.strip()
        if not ok or not name:
            return

        def create(core: Core) -> Changes:
            changes = core.catalogue.create_collection(name)
            if then_add:
                changes.merge(core.catalogue.add_to_collection(name, then_add))
            return changes

        self._write(
            create, translate("Collections", "Created the collection “{name}”.").format(name=name)
        )

    def rename(self, collection_id: str) -> None:
        record = self._record(collection_id)
        name, ok = QInputDialog.getText(
            self.parent_widget,
            translate("Collections", "Rename collection"),
            translate("Collections", "New name:"),
            text=record.name if record else "",
        )
        if ok and name.strip():
            new = name.strip()
            self._write(
                lambda core: core.catalogue.save_collection(collection_id, name=new),
                translate("Collections", "Renamed to “{new}”.").format(new=new),
            )

    def introduce(self, collection_id: str) -> None:
        record = self._record(collection_id)
        text, ok = QInputDialog.getMultiLineText(
            self.parent_widget,
            translate("Collections", "Introduction"),
            translate("Collections", "Introduction (shown on the cover of exports):"),
            record.introduction if record else "",
        )
        if ok:
            self._write(
                lambda core: core.catalogue.save_collection(collection_id, introduction=text),
                translate("Collections", "Introduction saved."),
            )

    def delete(self, collection_id: str) -> None:
        record = self._record(collection_id)
        name = record.name if record else translate("Collections", "this collection")
        if ask(
            self.parent_widget,
            translate("Collections", "Delete collection?"),
            translate(
                "Collections",
                "Delete the collection “{name}”? The cases in it stay in the library.",
            ).format(name=name),
        ):
            self._write(
                lambda core: core.catalogue.delete_collection(collection_id),
                translate("Collections", "Deleted the collection “{name}”.").format(name=name),
            )

    def add_entries(self, collection_id: str, ids: Sequence[str]) -> None:
        record = self._record(collection_id)
        name = record.name if record else translate("Collections", "the collection")
        self._write(
            lambda core: core.catalogue.add_to_collection(collection_id, list(ids)),
            counted(self.tr("Added %n case(s) to “{name}”.", "", len(ids)), len(ids)).format(
                name=name
            ),
        )

    def remove_entries(self, collection_id: str, ids: Sequence[str]) -> None:
        self._write(
            lambda core: core.catalogue.remove_from_collection(collection_id, list(ids)),
            counted(
                self.tr(
                    "Removed %n case(s) from the collection (they stay in the library).",
                    "",
                    len(ids),
                ),
                len(ids),
            ),
        )

    def edit_note(self, collection_id: str, entry_id: str) -> None:
        record = self._record(collection_id)
        if record is None:
            return
        notes = dict(record.items)
        text, ok = QInputDialog.getMultiLineText(
            self.parent_widget,
            translate("Collections", "Note"),
            translate("Collections", "Note on this case in the collection:"),
            notes.get(entry_id, ""),
        )
        if not ok:
            return
        items = [(e, text.strip() if e == entry_id else n) for e, n in record.items]
        self._write(
            lambda core: core.catalogue.save_collection(collection_id, items=items),
            translate("Collections", "Note saved."),
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
            lambda core: core.catalogue.save_collection(collection_id, items=items),
            translate("Collections", "Moved."),
        )

    def _record(self, collection_id: str) -> CollectionRecord | None:
        return next((r for r in self.records if r.id == collection_id), None)

    # -- menus ------------------------------------------------------------------------------

    def fill_list_menu(self, menu: QMenu, ids: list[str], place: Place) -> None:
        """The list's context menu: add to a collection; in a collection, remove, note, move."""
        add = menu.addMenu(translate("Collections", "Add to collection"))
        for record in self.records:
            add.addAction(record.name, self._adder(record.id, ids))
        if self.records:
            add.addSeparator()
        add.addAction(translate("Collections", "New collection…"), lambda: self.create(ids))
        if place.kind == "collection" and place.collection:
            collection_id = place.collection
            menu.addSeparator()
            menu.addAction(
                translate("Collections", "Remove from this collection"),
                lambda: self.remove_entries(collection_id, ids),
            )
            if len(ids) == 1:
                menu.addAction(
                    translate("Collections", "Note…"), lambda: self.edit_note(collection_id, ids[0])
                )
                menu.addAction(
                    translate("Collections", "Move up"),
                    lambda: self.move(collection_id, ids[0], -1),
                )
                menu.addAction(
                    translate("Collections", "Move down"),
                    lambda: self.move(collection_id, ids[0], 1),
                )

    def _adder(self, collection_id: str, ids: list[str]) -> Callable[[], None]:
        return lambda: self.add_entries(collection_id, ids)

    def fill_sidebar_menu(self, menu: QMenu, collection_id: str | None) -> None:
        """The sidebar's context menu on a collection (export, rename, introduction,
        delete) or elsewhere; both end with New collection."""
        if collection_id:
            self.export_menu(menu.addMenu(translate("Collections", "Export")), collection_id)
            menu.addSeparator()
            menu.addAction(translate("Collections", "Rename…"), lambda: self.rename(collection_id))
            menu.addAction(
                translate("Collections", "Introduction…"), lambda: self.introduce(collection_id)
            )
            menu.addAction(
                translate("Collections", "Delete collection…"), lambda: self.delete(collection_id)
            )
            menu.addSeparator()
        menu.addAction(translate("Collections", "New collection…"), lambda: self.create())

    # -- export -----------------------------------------------------------------------------

    def export_menu(self, menu: QMenu, collection_id: str) -> None:
        """One entry per export format (the formats that exist in this build)."""
        fill_format_menu(menu, lambda fmt: self.ask_export(collection_id, fmt))

    def ask_export(self, collection_id: str, fmt: str) -> None:
        """Ask where to save, then export on the db worker with progress and Cancel."""
        record = self._record(collection_id)
        if record is None:
            return
        target = ask_export_path(
            self.parent_widget,
            self.settings,
            translate("Collections", "Export “{name}”").format(name=record.name),
            record.name,
            fmt,
        )
        if target is not None:
            # The dialog has asked about replacing an existing file.
            self.export(collection_id, fmt, target.path, overwrite=True, lang=target.lang)

    def export(
        self,
        collection_id: str,
        fmt: str,
        path: Path,
        overwrite: bool = False,
        lang: str = "en",
    ) -> None:
        """Export the collection to `path` on the db worker (progress, Cancel), its
        headings and labels in `lang`."""
        from catalogue.exporters import export_collection

        run_export(
            self.backend,
            self.host,
            lambda core, job: export_collection(
                core.catalogue, collection_id, fmt, path, overwrite=overwrite, lang=lang, job=job
            ),
        )
