"""Where the desktop app's database and search work runs: never on the GUI thread.

Like Anki's `CollectionOp`/`QueryOp`: the window hands a plain function to `Backend.run`; it
runs on a worker thread and its result (or error) comes back to a callback on the GUI thread.

Two workers, each with its own `Catalogue` connection (SQLite connections belong to the
thread that opened them, and WAL lets the reader see every committed write):

- `db`: list pages, entries, history, facets and every write, one at a time, in order;
- `search`: the keyword and semantic indexes (catching up can take minutes on a big import,
  and must not hold up the list).
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from catalogue.catalogue import Catalogue
from catalogue.errors import CasebookError

if TYPE_CHECKING:  # imported on the search worker: numpy and whoosh stay off the start-up path
    from search.engine import Search
    from search.semantic import ModelLoader

log = logging.getLogger("casebook.desktop")

T = TypeVar("T")
OpenCatalogue = Callable[[], Catalogue]


@dataclass
class Core:
    """What the worker functions get: the catalogue, and on the search worker the engine."""

    catalogue: Catalogue
    search: Search | None = None


class Backend(QObject):
    """Runs functions on the `db` or `search` worker and calls back on the GUI thread."""

    _deliver = Signal(object)
    failed = Signal(str)  # a message for the status bar ("something went wrong — …")
    progress = Signal(float, str)  # from any worker: fraction done, what is being done

    def __init__(
        self,
        home: Path,
        open_catalogue: OpenCatalogue,
        loader: ModelLoader | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.home = home
        self._loader = loader
        self._open_catalogue = open_catalogue
        self._workers = {
            "db": ThreadPoolExecutor(1, thread_name_prefix="casebook-db"),
            "search": ThreadPoolExecutor(1, thread_name_prefix="casebook-search"),
        }
        self._cores: dict[str, Core] = {}
        self._opened = threading.Event()
        self._closed = False
        # Set when the app closes: long work checks it (through `progress`) and stops.
        self.stopping = threading.Event()
        # Set by the Cancel button: the long work running now stops at its next progress.
        self.cancelling = threading.Event()
        # The search worker opens the indexes (importing numpy and whoosh: a few hundred ms
        # of holding the interpreter lock) once this is set; a window clears it until its
        # list is painted, so that start-up does not wait for them.
        self.search_may_open = threading.Event()
        self.search_may_open.set()
        self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)
        # The db worker creates the home (with the starter catalogue) first; the search
        # worker opens its own connection once that is done.
        self._workers["db"].submit(self._open_db)
        self._workers["search"].submit(self._open_search)

    def _open_db(self) -> None:
        try:
            self._cores["db"] = Core(self._open_catalogue())
        finally:
            self._opened.set()

    def _open_search(self) -> None:
        self._opened.wait()
        if "db" not in self._cores:
            return
        self.search_may_open.wait(timeout=10)
        from search.engine import Search

        catalogue = Catalogue.open(self.home, auto_backup=False)
        self._cores["search"] = Core(
            catalogue, Search(catalogue, self.loader, separate_process=True)
        )
        settle_memory()

    @property
    def loader(self) -> ModelLoader:
        """The model loader (the process's shared one unless another was given)."""
        if self._loader is None:
            from search.semantic import shared_loader

            self._loader = shared_loader(separate_process=True)
        return self._loader

    def run(
        self,
        fn: Callable[[Core], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        worker: str = "db",
    ) -> None:
        """Run `fn(core)` on `worker`; then `on_done(result)` or `on_error(exc)` on the GUI
        thread. Without `on_error`, a failure is logged and reported through `failed`."""
        if self._closed:
            return

        def job() -> None:
            try:
                core = self._cores.get(worker)
                if core is None:
                    raise RuntimeError("the catalogue could not be opened (see the log)")
                result = fn(core)
            except Exception as exc:
                self._deliver.emit((False, on_error, exc))
            else:
                self._deliver.emit((True, on_done, result))

        self._workers[worker].submit(job)

    @Slot(object)
    def _on_deliver(self, item: tuple[bool, Any, Any]) -> None:
        ok, callback, value = item
        if callback is not None:
            callback(value)
        elif not ok:
            log.error("background work failed", exc_info=value)
            self.failed.emit(describe_error(value))

    def close(self) -> None:
        """Finish queued work, then close both connections (call once, at exit)."""
        if self._closed:
            return
        self._closed = True
        self.stopping.set()
        for name, executor in self._workers.items():
            executor.submit(self._close_core, name)
            executor.shutdown(wait=True)

    def report_progress(self, fraction: float, message: str) -> None:
        """For long work on a worker: show progress, and stop (raise `Stopped`) once the
        app is closing or the user pressed Cancel (indexes are derived data: they catch up
        later)."""
        if self.stopping.is_set():
            raise Stopped("the app is closing")
        if self.cancelling.is_set():
            self.cancelling.clear()
            raise Stopped("cancelled")
        self.progress.emit(fraction, message)

    def _close_core(self, name: str) -> None:
        core = self._cores.pop(name, None)
        if core is None:
            return
        if core.search is not None:
            core.search.close()
        core.catalogue.close()


class Stopped(Exception):
    """Long background work stopped because the app is closing or the user cancelled it."""


def describe_error(exc: BaseException) -> str:
    """One line for the user: what to fix for a user error, else where the details are."""
    if isinstance(exc, CasebookError):
        return exc.message
    return f"Something went wrong — {type(exc).__name__}; details in the log"


def settle_memory() -> None:
    """Leave what exists now (the modules, classes and functions loaded so far: most of the
    process's objects) out of the garbage collector's full passes. Those passes stop every
    thread; over all of it one took 65 ms, a visible pause of the window (bench/gui.py)."""
    gc.freeze()
