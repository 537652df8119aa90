"""The Transfers field of the entry form: one row per partner that took the practice up
(partner, action plan, date, note), with Add and Remove, edited in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .i18n import translate

# The transfer's keys and their column headers (context "EntryEditor").
COLUMNS = (
    ("partner", QT_TRANSLATE_NOOP("EntryEditor", "Partner *")),
    ("action_plan", QT_TRANSLATE_NOOP("EntryEditor", "Action plan")),
    ("date", QT_TRANSLATE_NOOP("EntryEditor", "Date")),
    ("note", QT_TRANSLATE_NOOP("EntryEditor", "Note")),
)


class TransfersTable(QWidget):
    """Rows of transfers; `changed` on every edit, addition or removal."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(
            [translate("EntryEditor", str(label)) for _, label in COLUMNS]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(True)
        self.table.setMinimumHeight(90)
        self.table.setAccessibleName(translate("EntryEditor", "Transfers"))
        self.table.itemChanged.connect(lambda _: self.changed.emit())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("EntryEditor", "Add transfer"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(translate("EntryEditor", "Remove transfer"), self)
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def value(self) -> list[dict[str, Any]]:
        """The transfers the rows hold (empty cells left out; empty rows dropped)."""
        rows = []
        for row in range(self.table.rowCount()):
            transfer = {}
            for column, (key, _) in enumerate(COLUMNS):
                item = self.table.item(row, column)
                text = item.text().strip() if item is not None else ""
                if text:
                    transfer[key] = text
            if transfer:
                rows.append(transfer)
        return rows

    def set_value(self, transfers: list[dict[str, Any]]) -> None:
        """Show these transfers (without emitting `changed`)."""
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for transfer in transfers:
            self._append(transfer)
        self.table.blockSignals(False)

    def add_row(self) -> None:
        """A new empty row, its partner cell ready to type in."""
        row = self._append({})
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def _append(self, transfer: dict[str, Any]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, (key, _) in enumerate(COLUMNS):
            self.table.setItem(row, column, QTableWidgetItem(str(transfer.get(key) or "")))
        return row
