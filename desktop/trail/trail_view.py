"""The learning trail view (the sidebar's "Learning trail"): the partnership's practices
against its partners, narrowed to a project, read on the db worker
(`Catalogue.trail_matrix`) and read again after every write (`backend.changed`).

Choosing a cell (a click, or moving to it with the keys) shows its practice in the detail
pane, where its transfers are listed; Enter or a double-click opens the practice's form,
where its transfers are edited."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from catalogue.catalogue import Changes
from catalogue.trail_matrix import TrailMatrix

from ..backend import Backend, Core
from ..i18n import counted, translate
from ..operations import ReadOp
from ..protocols import EntryOpener
from .trail_model import ENTRY_ROLE, FIXED, NO_PRACTICES, TrailModel

TITLES_WIDTH = 280  # the rows' header: the practices' titles
VALIDATION_WIDTH = 170  # then each partner:
PARTNER_WIDTH = 170


class TrailHost(EntryOpener, Protocol):
    """What the view uses of the window: showing a practice, and opening its form."""

    def edit_entry(self, entry_id: str | None) -> None: ...


class TrailView(QWidget):
    """Emits `loaded` each time a matrix is shown (tests and the benchmark wait for it)."""

    loaded = Signal()

    def __init__(self, backend: Backend, host: TrailHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.host = host
        self._stale = True
        self._opened: str | None = None
        self._shown_by_press = False
        self.model = TrailModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 0)
        label = QLabel(self.tr("&Project:"), self)
        self.project_box = QComboBox(self)
        self.project_box.setAccessibleName(self.tr("Project"))
        self.project_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.project_box.setMinimumContentsLength(24)
        self.project_box.addItem(self.tr("All projects"), None)
        label.setBuddy(self.project_box)
        self.summary = QLabel(self)
        for widget in (label, self.project_box):
            bar.addWidget(widget)
        bar.addWidget(self.summary, 1)
        layout.addLayout(bar)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Learning trail"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.setFixedWidth(TITLES_WIDTH)  # not measured over 10,000 titles
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows.setDefaultSectionSize(24)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no row asked its height
        columns = self.table.horizontalHeader()
        columns.setDefaultSectionSize(PARTNER_WIDTH)
        columns.setStretchLastSection(False)
        # Partners' names are long: shown from their start, cut with "…" (the tooltip has all).
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout.addWidget(self.table, 1)
        self.project_box.currentIndexChanged.connect(lambda _: self.load())
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.table.clicked.connect(self._clicked)
        self.table.viewport().installEventFilter(self)
        self.table.activated.connect(self._activated)
        backend.changed.connect(self._changed)

    # -- reading ----------------------------------------------------------------------------

    def project(self) -> str | None:
        chosen = self.project_box.currentData()
        return str(chosen) if chosen else None

    def load(self) -> None:
        """Read the matrix of the chosen project, in the background."""
        self._stale = False
        project = self.project()

        def read(core: Core) -> TrailMatrix:
            return core.catalogue.trail_matrix(project)

        ReadOp(self.backend, read).success(self._show).run(self)

    def _show(self, matrix: TrailMatrix) -> None:
        if matrix.project != self.project():
            return  # another project was chosen meanwhile; its matrix follows
        self.model.set_matrix(matrix)
        self.project_box.blockSignals(True)
        try:
            chosen = self.project()
            while self.project_box.count() > 1:
                self.project_box.removeItem(1)
            for name in matrix.projects:
                self.project_box.addItem(name, name)
            found = self.project_box.findData(chosen) if chosen else 0
            self.project_box.setCurrentIndex(max(found, 0))
        finally:
            self.project_box.blockSignals(False)
        header = self.table.horizontalHeader()
        header.resizeSection(0, VALIDATION_WIDTH)
        practices, partners = len(matrix.practices), len(matrix.partners)
        self.summary.setText(
            " · ".join(
                (
                    counted(self.tr("%n practice(s)", "", practices), practices),
                    counted(self.tr("%n partner(s)", "", partners), partners),
                    counted(self.tr("%n transfer(s)", "", matrix.transfers), matrix.transfers),
                )
            )
            if practices
            else translate("LearningTrail", str(NO_PRACTICES))
        )
        self.loaded.emit()

    def _changed(self, changes: Changes, initiator: object) -> None:
        if self.isVisible():
            self.load()
        else:
            self._stale = True  # read when shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.load()

    # -- choosing a cell --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            self._shown_by_press = False  # the press may move the current cell
        return False

    def _current_changed(self, index: QModelIndex, _: QModelIndex) -> None:
        self._shown_by_press = self._open(index, again=False)

    def _clicked(self, index: QModelIndex) -> None:
        if not self._shown_by_press:  # a click on the current cell shows it again
            self._open(index, again=True)

    def _open(self, index: QModelIndex, again: bool) -> bool:
        """Show the cell's practice (moving along its row does not show it again)."""
        entry_id = index.data(ENTRY_ROLE) if index.isValid() else None
        if entry_id and (again or entry_id != self._opened):
            self._opened = str(entry_id)
            self.host.open_entry(str(entry_id))
            return True
        return False

    def _activated(self, index: QModelIndex) -> None:
        entry_id = index.data(ENTRY_ROLE) if index.isValid() else None
        if entry_id:
            self.host.edit_entry(str(entry_id))

    def partner_column(self, partner: str) -> int | None:
        """The column of `partner` as the matrix spells it."""
        partners = self.model.matrix.partners
        return partners.index(partner) + FIXED if partner in partners else None
