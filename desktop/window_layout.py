"""The main window's layout between sessions: its geometry, the splitter and the list's
columns, kept in the settings when the window closes and restored when it opens."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QTableView

from .entry_model import COLUMNS


def restore(
    window: QMainWindow, splitter: QSplitter, table: QTableView, settings: QSettings
) -> None:
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(1400, 860)
    state = settings.value("window/splitter")
    if isinstance(state, QByteArray):
        splitter.restoreState(state)
    header = table.horizontalHeader()
    columns = settings.value("window/columns")
    if isinstance(columns, QByteArray):
        header.restoreState(columns)
    # An older layout knows no optional column (restoring would show them): they show
    # when they were ticked last time.
    shown = str(settings.value("window/optional_columns", "")).split(",")
    for column, spec in enumerate(COLUMNS):
        if spec.optional and spec.key not in shown:
            header.setSectionHidden(column, True)
            header.resizeSection(column, spec.width)


def remember(
    window: QMainWindow, splitter: QSplitter, table: QTableView, settings: QSettings
) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", splitter.saveState())
    header = table.horizontalHeader()
    settings.setValue("window/columns", header.saveState())
    optional = [
        s.key for c, s in enumerate(COLUMNS) if s.optional and not header.isSectionHidden(c)
    ]
    settings.setValue("window/optional_columns", ",".join(optional))
    settings.sync()
