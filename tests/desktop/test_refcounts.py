"""Calls from Qt into Python must not cost None (or True/False) a reference.

PySide6 6.12.0 did, on Python 3.11 (where those objects are not immortal): every Python
slot and every `data()` returning None dropped one reference, and the interpreter aborted
("deallocating None") after a few minutes of scrolling or typing. This is why PySide6 is
pinned to 6.11.2; this test fails on a release that brings the bug back.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt, QTimer, Signal

from catalogue.catalogue import Catalogue
from desktop.backend import Backend
from desktop.entry_model import EntryTableModel, ListSource
from tests.conftest import sample_entry

CALLS = 2_000


class _Emitter(QObject):
    fired = Signal(str)


def _lost(counter: Any, fn: Any) -> int:
    before = sys.getrefcount(counter)
    fn()
    return before - sys.getrefcount(counter)


def test_the_list_model_answering_no_value_keeps_none_alive(qtbot: Any, home: Path) -> None:
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

        def ask() -> None:
            for _ in range(CALLS):
                index.data(Qt.ItemDataRole.DecorationRole)  # no value for this role
                proxy.headerData(0, Qt.Orientation.Vertical)

        assert _lost(None, ask) < 100  # 6.12.0: 4,000
    finally:
        backend.close()


def test_slots_keep_none_and_booleans_alive(qtbot: Any) -> None:
    emitter = _Emitter()
    emitter.fired.connect(lambda text: None)

    def emit() -> None:
        for _ in range(CALLS):
            emitter.fired.emit("x")

    assert _lost(None, emit) < 100
    assert _lost(True, emit) < 100
    ticks = [0]
    timer = QTimer(interval=0)

    def tick() -> None:
        ticks[0] += 1
        if ticks[0] >= CALLS:
            timer.stop()

    timer.timeout.connect(tick)

    def run() -> None:
        timer.start()
        qtbot.waitUntil(lambda: not timer.isActive(), timeout=30_000)

    assert _lost(None, run) < 100
