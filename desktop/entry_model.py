"""The entry list: a table model that holds only the pages of rows the view has asked for.

The list is either the catalogue (filters + sort order, paged from SQL on the `db` worker)
or a ranked result list (search results, their order is the ranking). `rowCount` is the
whole list, so the scroll bar is true from the start; a row's data comes from its page, which
is fetched in the background the first time a cell of it is painted. Until then the row
shows "…".
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from catalogue import presentation
from catalogue.catalogue import EntrySummary

from .backend import Backend, Core
from .i18n import date, isolate, translate
from .i18n import value as coded_value
from .operations import ReadOp
from .sidebar import ENTRY_IDS_MIME

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
# Roles and flags as plain values, computed once (Qt's enum members are slow to look up and
# combine, and data() and flags() run for every painted cell).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _ACCESSIBLE, _USER))
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


@dataclass(frozen=True)
class Column:
    key: str  # also the catalogue's list order
    title: object  # marked with QT_TRANSLATE_NOOP; `header()` translates it
    width: int
    optional: bool = False  # hidden until chosen in the header's menu

    def header(self) -> str:
        return translate("EntryList", str(self.title))


COLUMNS = (
    Column("title", QT_TRANSLATE_NOOP("EntryList", "Title"), 380),
    Column("organisation", QT_TRANSLATE_NOOP("EntryList", "Organisation"), 220),
    Column("country", QT_TRANSLATE_NOOP("EntryList", "Country"), 70),
    Column("kind", QT_TRANSLATE_NOOP("EntryList", "Kind"), 110),
    Column("status", QT_TRANSLATE_NOOP("EntryList", "Status"), 90),
    Column("updated", QT_TRANSLATE_NOOP("EntryList", "Updated"), 110),
    # Optional (hidden until ticked in the header's menu): the learning trail.
    Column("validation", QT_TRANSLATE_NOOP("EntryList", "Validation"), 170, optional=True),
    Column("project", QT_TRANSLATE_NOOP("EntryList", "Interreg project"), 200, optional=True),
)

KIND_LABELS = {
    "good_practice": "good practice",
    "policy_case": "policy case",
    "ai_use_case": "AI use case",
    "guideline": "guideline",
}


def cell_text(row: EntrySummary, key: str) -> str:
    if key == "title":
        return ("⚠ " if row.conflict else "") + isolate(row.title)
    if key in ("kind", "status", "validation"):
        code = getattr(row, key)
        english = KIND_LABELS.get(code, code) if key == "kind" else code
        if key == "validation":
            english = presentation.labels("en").value("validation", code) if code else ""
        return coded_value(key, code, english) if code else ""
    if key == "updated":
        return date(row.updated_at)
    value = getattr(row, key)
    return "" if value is None else isolate(str(value))


@dataclass(frozen=True)
class ListSource:
    """What the list shows: the catalogue with filters in an order, or ranked ids."""

    filters: tuple[tuple[str, str], ...] = ()
    order: str = "title"
    descending: bool = False
    ranked: tuple[str, ...] | None = None  # search results: these ids, in this order
    # Search results: the matching passage of each, matched words marked **so**.
    snippets: tuple[tuple[str, str], ...] = ()


class EntryTableModel(QAbstractTableModel):
    """Rows of the current `ListSource`, fetched a page at a time."""

    loaded = Signal()  # the first page of a new source is in (the list can be painted)

    def __init__(self, backend: Backend, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.source = ListSource()
        self._total = 0
        self._pages: dict[int, list[EntrySummary]] = {}
        self._asked: set[int] = set()
        self._latest_page = 0  # the page of the last row painted without its data
        self._generation = 0
        self._snippet_map: dict[str, str] = {}
        self._snippets_of: tuple[tuple[str, str], ...] = ()

    # -- the source -------------------------------------------------------------------------

    def set_source(self, source: ListSource, then: Callable[[], None] | None = None) -> None:
        """Show `source`: count it, then fetch its first page, in the background; `then` is
        called once the model shows it."""
        self._generation += 1
        generation = self._generation

        def count(core: Core) -> tuple[int, list[EntrySummary]]:
            if source.ranked is not None:
                return len(source.ranked), core.catalogue.summaries(source.ranked[:PAGE])
            total = core.catalogue.count_matching(source.filters)
            return total, _page(core, source, 0)

        def counted(result: tuple[int, list[EntrySummary]]) -> None:
            if generation != self._generation:
                return  # a newer source was set meanwhile
            self.beginResetModel()
            self.source = source
            self._total, first = result
            self._pages = {0: first}
            self._asked = {0}
            self.endResetModel()
            self.loaded.emit()
            if then is not None:
                then()

        ReadOp(self.backend, count).success(counted).run(self)

    def refresh(self) -> None:
        """Fetch the current source again (after a write)."""
        self.set_source(self.source)

    def _fetch(self, page: int) -> None:
        self._latest_page = page
        if page in self._asked:
            return
        self._asked.add(page)
        generation = self._generation
        source = self.source

        def fetch(core: Core) -> list[EntrySummary] | None:
            # A scroll bar dragged through 100,000 rows asks for a page at every step;
            # by the time the worker gets to one, the view may be far past it.
            if abs(page - self._latest_page) > 1 or generation != self._generation:
                return None
            return _page(core, source, page)

        def got(rows: list[EntrySummary] | None) -> None:
            if generation != self._generation:
                return
            if rows is None:
                self._asked.discard(page)  # asked again when it is painted again
                if abs(page - self._latest_page) <= 1:
                    self._fetch(page)  # painted again meanwhile
                return
            self._pages[page] = rows
            first = page * PAGE
            last = min(self._total, first + PAGE) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

        ReadOp(self.backend, fetch).success(got).run(self)

    # -- rows -------------------------------------------------------------------------------

    def summary(self, row: int) -> EntrySummary | None:
        """The row's entry, if its page is loaded."""
        rows = self._pages.get(row // PAGE)
        if rows is None or row % PAGE >= len(rows):
            return None
        return rows[row % PAGE]

    def entry_id(self, row: int) -> str | None:
        if self.source.ranked is not None and 0 <= row < len(self.source.ranked):
            return self.source.ranked[row]
        found = self.summary(row)
        return found.id if found else None

    def row_of(self, entry_id: str) -> int | None:
        """The row showing `entry_id`, among the loaded pages."""
        for page, rows in self._pages.items():
            for offset, summary in enumerate(rows):
                if summary.id == entry_id:
                    return page * PAGE + offset
        return None

    def snippet(self, entry_id: str) -> str:
        """The search snippet of `entry_id` in the current results ("" when none)."""
        if self._snippets_of is not self.source.snippets:
            self._snippet_map = dict(self.source.snippets)
            self._snippets_of = self.source.snippets
        return self._snippet_map.get(entry_id, "")

    def is_loaded(self) -> bool:
        return 0 in self._pages

    # -- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Called for every role of every painted cell (seven roles, ~150 cells a scroll
        # step): the roles the list has nothing for are answered first, in a few steps.
        if role not in _ROLES:
            return None
        number = index.row()
        if not 0 <= number < self._total or not index.isValid():
            return None
        row = self.summary(number)
        if row is None:
            self._fetch(number // PAGE)
            return "…" if role == _DISPLAY and index.column() == 0 else None
        column = index.column()
        key = COLUMNS[column].key
        if role == _DISPLAY:
            return cell_text(row, key)
        if role == _TOOLTIP:
            if column == 0:
                snippet = self.snippet(row.id)
                title = html.escape(cell_text(row, key))
                return f"<b>{title}</b><br>{snippet_html(snippet)}" if snippet else title
            return cell_text(row, key)
        if role == _ACCESSIBLE:
            return f"{COLUMNS[column].header()}: {cell_text(row, key)}"
        return row.id  # _USER

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].header() if 0 <= section < len(COLUMNS) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def mimeTypes(self) -> list[str]:
        return [ENTRY_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes})
        ids = [i for i in (self.entry_id(r) for r in rows) if i]
        data = QMimeData()
        data.setData(ENTRY_IDS_MIME, "\n".join(ids).encode("ascii"))
        data.setText("\n".join(ids))
        return data

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the catalogue list by a column (search results keep their ranking unless
        sorted explicitly: then they are sorted among themselves)."""
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if self.source.ranked is None:
            self.set_source(ListSource(self.source.filters, key, descending, None))
            return
        ranked = self.source.ranked

        def sort_ranked(core: Core) -> tuple[str, ...]:
            rows = core.catalogue.summaries(ranked)
            rows.sort(key=lambda r: (cell_text(r, key).casefold(), r.id), reverse=descending)
            return tuple(r.id for r in rows)

        ReadOp(self.backend, sort_ranked).success(
            lambda ids: self.set_source(
                ListSource(self.source.filters, key, descending, ids, self.source.snippets)
            )
        ).run(self)


def snippet_html(snippet: str) -> str:
    """A snippet with **marked** words as escaped HTML with the words in bold."""
    parts = html.escape(snippet).split("**")
    return "".join(f"<b>{part}</b>" if i % 2 else part for i, part in enumerate(parts))


def _page(core: Core, source: ListSource, page: int) -> list[EntrySummary]:
    if source.ranked is not None:
        return core.catalogue.summaries(source.ranked[page * PAGE : (page + 1) * PAGE])
    return core.catalogue.list_entries(
        source.filters,
        PAGE,
        order=source.order,
        descending=source.descending,
        offset=page * PAGE,
    )


def ids_of(model: EntryTableModel, rows: Sequence[int]) -> list[str]:
    """The entry ids of `rows` (those whose page is loaded)."""
    return [i for i in (model.entry_id(r) for r in rows) if i is not None]
