"""The main window's actions and menus: the menu bar, the shortcuts, and the context menus
of the list and the sidebar, which gather the actions of the panels (collections, export,
exchange). Strings keep the window's translation context ("MainWindow")."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QTableView, QWidget

from . import saved_searches, settings_dialog
from .exchange.exchange import Exchange
from .i18n import translate
from .importing.importing import Importing
from .library.collections_ui import Collections
from .library.export_ui import EntryExport
from .library.search_panel import SearchPanel
from .sidebar import ROLE, Place, Sidebar
from .trail.report_export import TrailReport


class MenuWindow(Protocol):
    """What the menus use of the main window (main_window.MainWindow)."""

    settings: QSettings
    search: SearchPanel
    table: QTableView
    sidebar: Sidebar
    importing: Importing
    exchange: Exchange
    entry_export: EntryExport
    collections: Collections
    trail_report: TrailReport
    new_action: QAction
    edit_action: QAction
    delete_action: QAction
    undo_action: QAction
    save_search_action: QAction
    export_menu: QMenu
    export_selected_menu: QMenu

    def addAction(self, action: QAction) -> None: ...
    def menuBar(self) -> QMenuBar: ...
    def close(self) -> bool: ...
    def step(self, delta: int) -> None: ...
    def edit_entry(self, entry_id: str | None) -> None: ...
    def edit_current(self) -> None: ...
    def delete_selected(self) -> None: ...
    def undo_delete(self) -> None: ...
    def open_settings(self) -> None: ...
    def ask_save_search(self) -> None: ...
    def activated(self) -> None: ...
    def current_place(self) -> Place: ...
    def selected_ids(self) -> list[str]: ...


def _action(owner: QWidget, text: str, keys: QKeySequence | str | None = None) -> QAction:
    action = QAction(text, owner)
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
    return action


def build(window: MenuWindow, owner: QWidget) -> None:
    """The actions of the window (`owner`: `new_action`, `edit_action`, `delete_action`,
    `undo_action`, `save_search_action`), its menu bar and the context menus of the list
    and the sidebar."""
    find = _action(
        owner, translate("MainWindow", "Find"), QKeySequence(QKeySequence.StandardKey.Find)
    )
    find.triggered.connect(window.search.focus)
    escape = _action(
        owner, translate("MainWindow", "Clear search"), QKeySequence(Qt.Key.Key_Escape)
    )
    escape.triggered.connect(window.search.clear)
    next_entry = _action(owner, translate("MainWindow", "Next case"), "Ctrl+Down")
    next_entry.triggered.connect(lambda: window.step(1))
    previous_entry = _action(owner, translate("MainWindow", "Previous case"), "Ctrl+Up")
    previous_entry.triggered.connect(lambda: window.step(-1))
    quit_action = _action(
        owner, translate("MainWindow", "Quit"), QKeySequence(QKeySequence.StandardKey.Quit)
    )
    quit_action.triggered.connect(window.close)
    window.new_action = _action(
        owner, translate("MainWindow", "New case…"), QKeySequence(QKeySequence.StandardKey.New)
    )
    window.new_action.triggered.connect(lambda: window.edit_entry(None))
    window.edit_action = _action(owner, translate("MainWindow", "Edit case…"), "Ctrl+E")
    window.edit_action.triggered.connect(window.edit_current)
    window.delete_action = _action(
        owner, translate("MainWindow", "Delete case"), QKeySequence(QKeySequence.StandardKey.Delete)
    )
    window.delete_action.triggered.connect(window.delete_selected)
    window.undo_action = _action(
        owner, translate("MainWindow", "Undo delete"), QKeySequence(QKeySequence.StandardKey.Undo)
    )
    window.undo_action.setEnabled(False)
    window.undo_action.triggered.connect(window.undo_delete)
    actions = (find, escape, next_entry, previous_entry, quit_action, window.new_action)
    for action in (*actions, window.edit_action, window.delete_action, window.undo_action):
        window.addAction(action)
    window.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    window.table.addAction(window.delete_action)
    for action in (window.importing.import_action, window.importing.workshop_action):
        window.addAction(action)
    for action in (window.exchange.open_action, window.exchange.resolve_action):
        window.addAction(action)
    settings_action = _action(owner, translate("MainWindow", "Settings…"), "Ctrl+,")
    settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    settings_action.triggered.connect(window.open_settings)
    window.addAction(settings_action)
    menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    menu.addAction(window.new_action)
    menu.addAction(window.importing.workshop_action)
    menu.addSeparator()
    menu.addAction(window.importing.import_action)
    menu.addAction(window.importing.template_action)
    window.export_menu = menu.addMenu(translate("MainWindow", "Export collection"))
    window.export_menu.aboutToShow.connect(lambda: _fill_export_menu(window))
    window.export_selected_menu = menu.addMenu(translate("MainWindow", "Export selected cases"))
    window.export_selected_menu.aboutToShow.connect(
        lambda: window.entry_export.fill_menu(window.export_selected_menu)
    )
    trail_report = menu.addAction(translate("MainWindow", "Export learning trail…"))
    trail_report.triggered.connect(window.trail_report.ask)
    menu.addAction(window.exchange.open_action)
    menu.addSeparator()
    menu.addAction(settings_action)
    menu.addSeparator()
    menu.addAction(quit_action)
    edit = window.menuBar().addMenu(translate("MainWindow", "&Edit"))
    for action in (window.edit_action, window.delete_action, window.undo_action):
        edit.addAction(action)
    edit.addAction(window.exchange.resolve_action)
    window.save_search_action = _action(
        owner, translate("MainWindow", "Save search…"), "Ctrl+Shift+S"
    )
    window.save_search_action.triggered.connect(window.ask_save_search)
    window.addAction(window.save_search_action)
    view = window.menuBar().addMenu(translate("MainWindow", "&View"))
    for action in (find, window.save_search_action, next_entry, previous_entry):
        view.addAction(action)
    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    about = help_menu.addAction(translate("MainWindow", "About Casebook…"))
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: settings_dialog.show_about(owner))
    window.sidebar.set_saved_searches([s.name for s in saved_searches.load(window.settings)])
    window.table.doubleClicked.connect(lambda _: window.activated())
    window.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    window.table.customContextMenuRequested.connect(lambda point: list_menu(window, owner, point))
    window.sidebar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    window.sidebar.customContextMenuRequested.connect(lambda point: sidebar_menu(window, point))


def _fill_export_menu(window: MenuWindow) -> None:
    window.export_menu.clear()
    place = window.current_place()
    if place.kind == "collection" and place.collection:
        window.collections.export_menu(window.export_menu, place.collection)
    else:
        hint = window.export_menu.addAction(
            translate("MainWindow", "Choose a collection in the sidebar first")
        )
        hint.setEnabled(False)


def list_menu(window: MenuWindow, owner: QWidget, point: QPoint) -> None:
    """Right-click on the list: edit, the collections' actions, resolve, export, delete."""
    ids = window.selected_ids()
    if not ids:
        return
    menu = QMenu(owner)
    menu.addAction(window.edit_action)
    place = window.current_place()
    window.collections.fill_list_menu(menu, ids, place)
    if place.kind == "conflicts" and len(ids) == 1:
        menu.addSeparator()
        menu.addAction(window.exchange.resolve_action)
    menu.addSeparator()
    window.entry_export.fill_menu(menu.addMenu(translate("Export", "Export selected")))
    menu.addSeparator()
    menu.addAction(window.delete_action)
    menu.exec(window.table.viewport().mapToGlobal(point))


def sidebar_menu(window: MenuWindow, point: QPoint) -> None:
    """Right-click in the sidebar: a saved search, the conflicts, or a collection."""
    sidebar = window.sidebar
    item = sidebar.itemAt(point)
    menu = QMenu(sidebar)
    place = item.data(0, ROLE) if item is not None else None
    if isinstance(place, Place) and place.kind == "saved" and place.saved:
        name = place.saved
        menu.addAction(
            translate("Collections", "Delete saved search “{name}”…").format(name=name),
            lambda: sidebar.saved_search_deleted.emit(name),
        )
    elif isinstance(place, Place) and place.kind == "conflicts":
        menu.addAction(translate("Exchange", "Resolve a conflict…"), window.exchange.resolve_any)
        menu.addAction(window.exchange.open_action)
    else:
        collection = place.collection if isinstance(place, Place) else None
        window.collections.fill_sidebar_menu(menu, collection if collection else None)
    menu.exec(sidebar.viewport().mapToGlobal(point))
