"""Returning "no value" from a Qt virtual written in Python, without crashing Python 3.11.

PySide6 6.12 drops one reference to `None` each time C++ calls a Python override of
`QAbstractItemModel.data()`/`headerData()` (and similar virtuals returning a QVariant) and it
returns None. On Python 3.11, where None is not immortal, the count reaches zero after some
hundred thousand calls (scrolling a long list does that in a minute) and the interpreter
aborts with "deallocating None". Overrides return `no_value()` instead of `None`: it gives
None the reference that will be dropped, when this PySide is measured to drop it.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt


class _Probe(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> None:
        return None


@cache
def _drops_a_reference() -> bool:
    """Whether C++ calling a Python `data()` that returns None costs None a reference."""
    if sys.version_info >= (3, 12):  # None is immortal: nothing to make up for
        return False
    probe = _Probe()
    index = probe.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(50):
        index.data(Qt.ItemDataRole.DisplayRole)
    return sys.getrefcount(None) <= before - 25


def no_value() -> None:
    """None, as the return value of a Qt virtual (see the module docstring)."""
    if _drops_a_reference():
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
    return None
