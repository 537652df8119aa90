"""Where the desktop app's database and search work runs: never on the GUI thread.

The window's code does not call `Backend.run` itself: it builds a `ReadOp` or `WriteOp`
(operations.py, Anki's `QueryOp`/`CollectionOp`) whose plain function runs on a worker thread
and whose result (or error) comes back to a callback on the GUI thread. After every write
`changed(Changes, initiator)` tells the panels what to refresh.

Two workers, each with its own `Catalogue` connection (SQLite connections belong to the
thread that opened them, and WAL lets the reader see every committed write):

- `db`: list pages, entries, history, facets and every write, one at a time, in order;
- `search`: the keyword and semantic indexes (catching up can take minutes on a big import,
  and must not hold up the list).
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
import time
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

from catalogue.catalogue import Catalogue
from catalogue.errors import CasebookError
from catalogue.jobs import Job

if TYPE_CHECKING:  # imported on the search worker: numpy and whoosh stay off the start-up path
    from search.engine import Search
    from search.semantic import ModelLoader

log = logging.getLogger("casebook.desktop")

T = TypeVar("T")
OpenCatalogue = Callable[[], Catalogue]


# Seconds a thread runs Python before another may take the interpreter lock.
SWITCH_INTERVAL = 0.001
# The keyword index's lists of common words (`Backend._warm_lists`): seconds of work per
# job on the search worker, milliseconds between two jobs, and how often typing looks
# whether they need making again.
LISTS_CHUNK = 0.02
LISTS_GAP_MS = 30
LISTS_CHECK = 5.0


@dataclass
class Core:
    """What the worker functions get: the catalogue, and on the search worker the engine."""

    catalogue: Catalogue
    search: Search | None = None
    job: Job | None = None  # the operation's job (`with_progress`), for long work


class Backend(QObject):
    """Runs functions on the `db` or `search` worker and calls back on the GUI thread."""

    _deliver = Signal(object)
    failed = Signal(str)  # a message for the status bar ("something went wrong — …")
    progress = Signal(float, str)  # from any worker: fraction done, what is being done
    # After every write (operations.WriteOp), on the GUI thread: what it changed (a
    # `Changes`) and the object that asked for it. The list, the sidebar, the detail pane
    # and the collections refresh from it; nothing else tells them about writes.
    changed = Signal(object, object)
    work_ended = Signal()  # long work shown in the progress area ended (however it ended)

    def __init__(
        self,
        home: Path,
        open_catalogue: OpenCatalogue,
        loader: ModelLoader | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # The workers run Python (ranking, reading the catalogue) while the window waits for
        # the interpreter lock at every turn of its event loop: with the default 5 ms switch
        # interval a turn could wait 25 ms behind a search, with 1 ms it waits little
        # (bench/gui.py: the longest stall while typing, 30 ms against 11 ms).
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
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
        # The jobs of long work started and not yet finished: the Cancel button and the
        # app closing cancel them (a job is dropped when its work lets go of it).
        self._jobs: weakref.WeakSet[Job] = weakref.WeakSet()
        self._jobs_lock = threading.Lock()
        # The search worker opens the indexes (importing numpy and whoosh: a few hundred ms
        # of holding the interpreter lock) once this is set; a window clears it until its
        # list is painted, so that start-up does not wait for them.
        self.search_may_open = threading.Event()
        self.search_may_open.set()
        self._search_warmed = False
        self._lists_warming = False
        self._lists_checked = -LISTS_CHECK
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

    def warm_search(self) -> None:
        """Load, on the search worker, what a first search needs beyond the indexes: the
        glossary (read and checked once per process, and its compound pairs: ~0.5 s of
        Python), and the keyword index's lists of common words (`_warm_lists`). Called when
        the user starts typing (`SearchPanel`), so that the search finds it loaded; not at
        start-up, where its Python held up the painting of a list
        being scrolled (300 ms). Paced (`search.pacing`) and without garbage collections:
        the typing harness saw the window stall 16-20 ms, 6-8 ms with both (12-46 with
        only the collections left out, 17-21 with only the pacing)."""
        if not self._search_warmed:
            self._search_warmed = True
            self.run(_load_glossary, worker="search")
        self._warm_lists()

    def _warm_lists(self) -> None:
        """The keyword index's lists of common words (`KeywordIndex.warm`), made on the
        search worker `LISTS_CHUNK` seconds at a time, `LISTS_GAP_MS` apart, so that a search
        typed meanwhile runs between two chunks (with 50 ms chunks back to back the typing
        harness saw the last results come 45-55 ms later); made again after the index
        changes (looked at, at most every `LISTS_CHECK` seconds of typing)."""
        now = time.monotonic()
        if self._lists_warming or now < self._lists_checked + LISTS_CHECK:
            return
        self._lists_warming = True
        self._lists_checked = now

        def chunk(core: Core) -> bool:
            from search.pacing import paced

            if core.search is None:
                return True
            with paced():
                return core.search.keyword.warm(LISTS_CHUNK)

        def done(finished: bool) -> None:
            if finished or self._closed:
                self._lists_warming = False
            else:  # a moment later: a search typed meanwhile goes first
                QTimer.singleShot(LISTS_GAP_MS, lambda: self.run(chunk, done, failed, "search"))

        def failed(exc: BaseException) -> None:
            self._lists_warming = False
            self.report_failure(exc)

        self.run(chunk, done, failed, worker="search")

    @property
    def loader(self) -> ModelLoader:
        """The model loader (the process's shared one unless another was given)."""
        if self._loader is None:
            from search.models import chosen_folder
            from search.semantic import shared_loader

            # The home's meaning model (Settings → Meaning model), as at the app's start.
            self._loader = shared_loader(separate_process=True, folder=chosen_folder(self.home))
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
            self.report_failure(value)

    def report_failure(self, exc: BaseException) -> None:
        """Log a failure and say it in the status bar (`failed`; `describe_error` logs it)."""
        if isinstance(exc, CasebookError):
            log.error("background work failed", exc_info=exc)
        self.failed.emit(describe_error(exc))

    def close(self) -> None:
        """Finish queued work, then close both connections (call once, at exit)."""
        if self._closed:
            return
        self._closed = True
        self.cancel_jobs("the app is closing")
        for name, executor in self._workers.items():
            executor.submit(self._close_core, name)
            executor.shutdown(wait=True)

    def start_job(self, *, show_progress: bool = True) -> Job:
        """A `Job` for long work about to run on a worker: its progress is emitted through
        `progress` (unless `show_progress` is off: the work has its own progress row), and
        `cancel_jobs` (the status bar's Cancel) and the app closing cancel it."""
        job = Job(self.progress.emit if show_progress else None)
        with self._jobs_lock:
            self._jobs.add(job)
        if self._closed:
            job.cancel("the app is closing")
        return job

    def cancel_jobs(self, reason: str = "cancelled") -> None:
        """Cancel every job of long work still running: each stops at its next step."""
        with self._jobs_lock:
            jobs = list(self._jobs)
        for job in jobs:
            job.cancel(reason)

    def _close_core(self, name: str) -> None:
        core = self._cores.pop(name, None)
        if core is None:
            return
        if core.search is not None:
            core.search.close()
        core.catalogue.close()


def describe_error(exc: BaseException) -> str:
    """One line for the user: what to fix for a user error, else where the details are (the
    error, with its traceback, is written to the log then: `home/logs/casebook.log` in the
    app, `log_to_file`)."""
    if isinstance(exc, CasebookError):
        return exc.message
    log.error("%s", type(exc).__name__, exc_info=exc)
    return QCoreApplication.translate(
        "Backend", "Something went wrong — {error}; details in the log"
    ).format(error=type(exc).__name__)


def log_to_file(home: Path) -> None:
    """Write what goes wrong to `home/logs/casebook.log`, where the command line writes its
    tracebacks too (the "details in the log" of `describe_error`): three files of 1 MB at
    most. Nothing when the folder cannot be written."""
    from logging.handlers import RotatingFileHandler

    path = home / "logs" / "casebook.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    except OSError:
        return
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("casebook").addHandler(handler)


def settle_memory() -> None:
    """Leave what exists now (the modules, classes and functions loaded so far: most of the
    process's objects) out of the garbage collector's full passes. Those passes stop every
    thread; over all of it one took 65 ms, a visible pause of the window (bench/gui.py)."""
    gc.freeze()


def _load_glossary(core: Core) -> None:
    """`Backend.warm_search`'s glossary load, on the search worker."""
    from search.expansion import warm as load_glossary

    # The load makes ~90,000 objects, which would set off full collections of the whole
    # heap (12-27 ms each, the window's thread waiting for the interpreter): none during
    # it, and what it made is left out of later ones (`settle_memory`).
    collecting = gc.isenabled()
    gc.disable()
    try:
        load_glossary(paced=True)
    finally:
        settle_memory()
        if collecting:
            gc.enable()
