"""Background processes yield the CPU to the window.

The keyword index builder and the model's process run beside the desktop app on machines
with two cores; at the same priority they took the core the window's thread needed, and
scrolling or typing stalled for 100–200 ms (bench/gui.py). A lower priority (Unix `nice`)
costs them nothing when the window is idle.
"""

from __future__ import annotations

import contextlib
import os

INDEX_BUILDER = 10  # nice increment of the keyword index builder (pure background work)
MODEL = 5  # of the model's process (indexing in bulk, but also the query being typed)


def lower_priority(increment: int) -> None:
    """Lower this process's CPU priority by `increment` (where the system has `nice`)."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):  # not allowed: run as we are
            os.nice(increment)
