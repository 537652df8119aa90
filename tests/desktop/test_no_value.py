"""The entry list can be painted forever: returning "no value" never costs None a reference."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt

from catalogue.catalogue import Catalogue
from desktop.backend import Backend
from desktop.entry_model import EntryTableModel, ListSource
from tests.conftest import sample_entry


def test_roles_without_a_value_keep_none_alive(qtbot: Any, home: Path) -> None:
    with Catalogue.open(home, auto_backup=False) as catalogue:
        catalogue.add_entry(sample_entry())
    backend = Backend(home, lambda: Catalogue.open(home, auto_backup=False))
    try:
        model = EntryTableModel(backend)
        with qtbot.waitSignal(model.loaded, timeout=30_000):
            model.set_source(ListSource())
        proxy = QSortFilterProxyModel()  # calls go through C++, as the view's do
        proxy.setSourceModel(model)
        index = proxy.index(0, 0)
        before = sys.getrefcount(None)
        for _ in range(2_000):
            index.data(Qt.ItemDataRole.DecorationRole)  # a role the model has no value for
            proxy.headerData(0, Qt.Orientation.Vertical)
        assert sys.getrefcount(None) >= before - 50  # without the fix: 4,000 fewer
    finally:
        backend.close()
