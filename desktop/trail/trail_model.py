"""The learning trail's table model: one row per practice (its title and validation), one
column per partner, each cell what the partner did with the practice (`TrailMatrix`, built
on the db worker). Cells are answered from the matrix when painted, so 10,000 practices cost
nothing until they scroll into view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from catalogue import presentation
from catalogue.trail_matrix import Cell, TrailMatrix

from .. import theme
from ..i18n import isolate, language, translate

Index = QModelIndex | QPersistentModelIndex
# The practice's title is the row's header (it stays in view when the partners scroll);
# its validation is the first column, then one column per partner.
FIXED = 1
ENTRY_ROLE = int(Qt.ItemDataRole.UserRole.value)  # the practice's entry id
STATE_ROLE = ENTRY_ROLE + 1  # "transferred" | "identified" | "studied" | None
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _ACCESSIBLE, _BACKGROUND, ENTRY_ROLE, STATE_ROLE))
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
NO_PRACTICES = QT_TRANSLATE_NOOP(
    "LearningTrail",
    "No practice has Interreg data yet: fill in its project, validation or transfers in the "
    "case's form.",
)
_COLOURS = {
    "transferred": "trail_moved_bg",
    "identified": "trail_own_bg",
    "studied": "trail_seen_bg",
}


def _tr(text: str) -> str:
    return translate("LearningTrail", text)


class TrailModel(QAbstractTableModel):
    """Shows one `TrailMatrix`; `set_matrix` replaces it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matrix = TrailMatrix((), ())
        self._words = presentation.labels(language())
        self._texts: dict[tuple[int, int], str] = {}

    def set_matrix(self, matrix: TrailMatrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self._words = presentation.labels(language())
        self._texts = {}
        self.endResetModel()

    # -- what a cell says -------------------------------------------------------------------

    def validation(self, row: int) -> str:
        code = self.matrix.practices[row].validation
        if not code:
            return self._words.text("report.not_recorded")
        return self._words.value("validation", code)

    def _when(self, date: str | None) -> str:
        return self._words.partial_date(date) if date else ""

    def cell_text(self, row: int, column: int) -> str:
        """The words in the cell (the tooltip says more)."""
        if column == 0:
            return self.validation(row)
        cell = self.matrix.cell(row, column - FIXED)
        if cell is None:
            return ""
        if cell.state != "transferred":
            return (
                translate("LearningTrail", "Identified")
                if cell.state == "identified"
                else translate("LearningTrail", "Studied")
            )
        key = (row, column)
        if key not in self._texts:
            parts = [
                ", ".join(filter(None, (t.action_plan, self._when(t.date)))) for t in cell.transfers
            ]
            detail = "; ".join(p for p in parts if p)
            shown = (
                translate("LearningTrail", "Transferred: {detail}").format(detail=detail)
                if detail
                else ""
            )
            self._texts[key] = isolate(shown or translate("LearningTrail", "Transferred"))
        return self._texts[key]

    def cell_tooltip(self, cell: Cell, partner: str) -> str:
        lines = []
        if cell.identified:
            lines.append(
                translate("LearningTrail", "A practice of {partner}").format(partner=partner)
            )
        for t in cell.transfers:
            line = translate("LearningTrail", "Transfer {number} to {partner}").format(
                number=t.number, partner=partner
            )
            details = [
                translate("LearningTrail", "into {plan}").format(plan=t.action_plan)
                if t.action_plan
                else "",
                self._when(t.date),
                t.note or "",
            ]
            said = ", ".join(d for d in details if d)
            lines.append(f"{line}: {said}" if said else line)
        if cell.studied:
            lines.append(
                translate("LearningTrail", "In {partner}'s collections: {names}").format(
                    partner=partner, names=", ".join(cell.studied)
                )
            )
        return "\n".join(lines)

    # -- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self.matrix.practices)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED + len(self.matrix.partners)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == ENTRY_ROLE:
            return self.matrix.practices[row].id
        cell = self.matrix.cell(row, column - FIXED) if column >= FIXED else None
        if role == STATE_ROLE:
            return cell.state if cell is not None else None
        if role == _BACKGROUND:
            return QColor(theme.colour(_COLOURS[cell.state])) if cell is not None else None
        text = self.cell_text(row, column)
        if role == _DISPLAY:
            return text
        header = self.headerData(column, Qt.Orientation.Horizontal)
        if role == _ACCESSIBLE:
            empty = translate("LearningTrail", "nothing recorded")
            return f"{self.matrix.practices[row].title}, {header}: {text or empty}"
        if cell is not None:
            return self.cell_tooltip(cell, str(header))
        return text or None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role not in (_DISPLAY, _TOOLTIP):
            return None
        if orientation == Qt.Orientation.Vertical:
            practices = self.matrix.practices
            return isolate(practices[section].title) if 0 <= section < len(practices) else None
        if section == 0:
            return translate("LearningTrail", "Validation")
        if FIXED <= section < self.columnCount():
            return isolate(self.matrix.partners[section - FIXED])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def row_of(self, entry_id: str) -> int | None:
        for row, practice in enumerate(self.matrix.practices):
            if practice.id == entry_id:
                return row
        return None
