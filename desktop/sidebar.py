"""The sidebar: Library, Recently added, Conflicts, Collections, saved searches, and facet
filters with counts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from catalogue import presentation
from catalogue.catalogue import CollectionRecord
from catalogue.vocab import COFOG

from . import i18n
from .i18n import number
from .protocols import Place

FACET_LABELS = {  # translated where shown (context "Sidebar")
    "country": QT_TRANSLATE_NOOP("Sidebar", "Country"),
    "organisation_type": QT_TRANSLATE_NOOP("Sidebar", "Organisation type"),
    "kind": QT_TRANSLATE_NOOP("Sidebar", "Kind"),
    "status": QT_TRANSLATE_NOOP("Sidebar", "Status"),
    "technique": QT_TRANSLATE_NOOP("Sidebar", "AI technique"),
    "policy_area": QT_TRANSLATE_NOOP("Sidebar", "Policy area"),
    "risk": QT_TRANSLATE_NOOP("Sidebar", "AI Act risk"),
    "dataset": QT_TRANSLATE_NOOP("Sidebar", "Dataset"),
    "validation": QT_TRANSLATE_NOOP("Sidebar", "Validation"),
    "project": QT_TRANSLATE_NOOP("Sidebar", "Interreg project"),
    "transfer_partner": QT_TRANSLATE_NOOP("Sidebar", "Transferred to"),
    # The glossary concepts the results mention, in any language (search results only).
    "concept": QT_TRANSLATE_NOOP("Sidebar", "Concept"),
}
FACET_VALUES_SHOWN = 12
ENTRY_IDS_MIME = "application/x-casebook-entry-ids"  # what the entry list drags
ROLE = Qt.ItemDataRole.UserRole
__all__ = ["ENTRY_IDS_MIME", "FACET_LABELS", "ROLE", "Place", "Sidebar", "value_label"]


CODED = {"kind", "status", "organisation_type", "risk", "technique", "dataset"}


def value_label(key: str, value: str) -> str:
    if key == "concept":
        # Loaded already: the search that brought the counts read the glossary.
        from search.glossary import concept_label

        return concept_label(value)
    if key == "policy_area" and value in COFOG:
        return f"{value} {COFOG[value]}"
    english = presentation.KIND_LABELS.get(value, value) if key == "kind" else value
    if key in CODED:
        return i18n.value(key, value, english.replace("_", " "))
    return value.replace("_", " ")


class Sidebar(QTreeWidget):
    """Emits `place_chosen` and `filters_changed`; facet values are checkable."""

    place_chosen = Signal(object)  # Place
    filters_changed = Signal(object)  # tuple[tuple[str, str], ...]
    entries_dropped = Signal(str, list)  # collection id, entry ids
    saved_search_deleted = Signal(str)  # its name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Library, collections and filters"))
        self.setMinimumWidth(180)
        # A long value ("parking enforcement") keeps its count in sight: "parking…nt  (2)".
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._updating = False
        self.library = self._top(self.tr("Library"), Place("library"))
        self.recent = self._top(self.tr("Recently added"), Place("recent"))
        self.conflicts = self._top(self.tr("Conflicts"), Place("conflicts"))
        self.trail = self._top(self.tr("Learning trail"), Place("trail"))
        self.collections = self._top(self.tr("Collections"), None)
        self.saved = self._top(self.tr("Saved searches"), None)
        self.filters_root = self._top(self.tr("Filters"), None)
        self.collections.setExpanded(True)
        self.saved.setExpanded(True)
        self.filters_root.setExpanded(True)
        self._facet_items: dict[str, QTreeWidgetItem] = {}
        self._checked: set[tuple[str, str]] = set()
        self.setCurrentItem(self.library)
        self.currentItemChanged.connect(self._current_changed)
        self.itemChanged.connect(self._item_changed)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)

    # -- cases dropped on a collection --------------------------------------------------------

    def _collection_at(self, event: QDropEvent | QDragMoveEvent) -> str | None:
        item = self.itemAt(event.position().toPoint())
        place = item.data(0, ROLE) if item is not None else None
        if isinstance(place, Place) and place.kind == "collection":
            return place.collection
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(ENTRY_IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(ENTRY_IDS_MIME) and self._collection_at(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        collection = self._collection_at(event)
        raw = bytes(event.mimeData().data(ENTRY_IDS_MIME).data()).decode("ascii", "replace")
        ids = [line for line in raw.splitlines() if line]
        if collection and ids:
            self.entries_dropped.emit(collection, ids)
            event.acceptProposedAction()
        else:
            event.ignore()

    def _top(self, label: str, place: Place | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [label])
        item.setData(0, ROLE, place)
        if place is None:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _current_changed(self, current: QTreeWidgetItem | None, _: object) -> None:
        place = current.data(0, ROLE) if current is not None else None
        if isinstance(place, Place):
            self.place_chosen.emit(place)

    def set_counts(self, total: int, conflicts: int) -> None:
        self.library.setText(0, self.tr("Library ({count})").format(count=number(total)))
        self.conflicts.setText(
            0,
            self.tr("Conflicts ({count})").format(count=number(conflicts))
            if conflicts
            else self.tr("Conflicts"),
        )

    def set_collections(self, collections: Sequence[CollectionRecord]) -> None:
        current = self.currentItem()
        chosen = current.data(0, ROLE) if current is not None else None
        self.collections.takeChildren()
        for record in collections:
            item = QTreeWidgetItem(self.collections, [f"{record.name} ({len(record.items)})"])
            item.setData(0, ROLE, Place("collection", record.id))
            if chosen == item.data(0, ROLE):
                self.setCurrentItem(item)

    def set_saved_searches(self, names: Sequence[str]) -> None:
        self.saved.takeChildren()
        for name in names:
            item = QTreeWidgetItem(self.saved, [name])
            item.setData(0, ROLE, Place("saved", saved=name))
        self.saved.setHidden(not names)

    def saved_item(self, name: str) -> QTreeWidgetItem | None:
        for row in range(self.saved.childCount()):
            item = self.saved.child(row)
            if item is not None and item.data(0, ROLE) == Place("saved", saved=name):
                return item
        return None

    def set_facets(self, facets: dict[str, list[tuple[str, int]]]) -> None:
        """Show facet values with counts (checked filters stay, even at 0)."""
        self._updating = True
        try:
            for key, label in FACET_LABELS.items():
                values = facets.get(key, [])
                group = self._facet_items.get(key)
                if group is None:
                    group = QTreeWidgetItem(self.filters_root, [self.tr(str(label))])
                    group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    self._facet_items[key] = group
                expanded = group.isExpanded()
                group.takeChildren()
                shown = values[:FACET_VALUES_SHOWN]
                counts = dict(values)
                for checked_key, checked_value in sorted(self._checked):
                    if checked_key == key and checked_value not in dict(shown):
                        shown.append((checked_value, counts.get(checked_value, 0)))
                for value, count in shown:
                    label = f"{value_label(key, value)}  ({number(count)})"
                    item = QTreeWidgetItem(group, [label])
                    item.setToolTip(0, label)
                    item.setData(0, ROLE, (key, value))
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    checked = (key, value) in self._checked
                    item.setCheckState(
                        0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                    )
                group.setHidden(not shown)
                group.setExpanded(expanded or any(k == key for k, _ in self._checked))
        finally:
            self._updating = False

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._updating:
            return
        data = item.data(0, ROLE)
        if not isinstance(data, tuple):
            return
        if item.checkState(0) == Qt.CheckState.Checked:
            self._checked.add(data)
        else:
            self._checked.discard(data)
        self.filters_changed.emit(self.filters())

    def filters(self) -> tuple[tuple[str, str], ...]:
        return tuple(sorted(self._checked))

    def clear_filters(self) -> None:
        self.set_filters(())

    def set_filters(self, filters: Sequence[tuple[str, str]]) -> None:
        """Check exactly `filters` (values not shown yet appear with the next counts)."""
        self._checked = set(filters)
        self._updating = True
        try:
            for group in self._facet_items.values():
                for row in range(group.childCount()):
                    item = group.child(row)
                    if item is None:
                        continue
                    checked = item.data(0, ROLE) in self._checked
                    item.setCheckState(
                        0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                    )
        finally:
            self._updating = False
        self.filters_changed.emit(self.filters())
