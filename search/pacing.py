"""Long Python work on a background thread that gives way to the window's thread.

CPython runs one thread's Python at a time. A thread that wants the interpreter waits until
the running one lets go, at the latest after the switch interval (5 ms), and the window's
thread calls into Python many times while it handles a key and paints (each row's data, each
slot): a worker running Python for half a second makes each of those calls wait, and the
window stalls for 15-20 ms at a time (measured while typing, with the glossary loading on the
search worker; 6 ms once it was loaded).

Work done inside `paced()` calls `pause()` in its loops: every `work` seconds of running it
sleeps for `rest`, which lets the interpreter go to whoever waits for it. Outside `paced()`
(the command line, the keyword index's build, tests) `pause()` returns at once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

# Measured on the typing harness (`bench/gui.py`): 2 ms of work, then 1 ms of rest.
WORK = 0.002
REST = 0.001

_local = threading.local()


class _Pace:
    __slots__ = ("due", "rest", "work")

    def __init__(self, work: float, rest: float) -> None:
        self.work = work
        self.rest = rest
        self.due = time.perf_counter() + work


@contextmanager
def paced(work: float = WORK, rest: float = REST) -> Iterator[None]:
    """Within this block, on this thread, `pause()` rests `rest` every `work` seconds."""
    before = getattr(_local, "pace", None)
    _local.pace = _Pace(work, rest)
    try:
        yield
    finally:
        _local.pace = before


def pause() -> None:
    """Give the interpreter away for a moment when this thread's paced work has run for its
    share; nothing outside `paced()`."""
    pace = getattr(_local, "pace", None)
    if pace is None:
        return
    if time.perf_counter() >= pace.due:
        time.sleep(pace.rest)
        pace.due = time.perf_counter() + pace.work
