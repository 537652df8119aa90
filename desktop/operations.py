"""Operations as objects, the Anki way (aqt's `QueryOp` and `CollectionOp`).

Window code never runs SQL, a search or an import on the GUI thread, and never tells other
panels about a write by hand. It builds an operation around a plain function of the
worker's `Core`, chains what to do afterwards, and runs it:

    WriteOp(backend, lambda core: core.catalogue.delete_entries(ids))
        .success(show_undo)            # on the GUI thread, with the function's result
        .failure(explain)              # optional; else logged and shown in the status bar
        .run(initiator=self)

- `ReadOp` (on the `db` worker, or `worker="search"`) reads: its result goes to `success`.
- `WriteOp` (always on the `db` worker, in order) writes. Once it has succeeded,
  `backend.changed(changes, initiator)` is emitted *once*, before `success`: the list, the
  sidebar, the detail pane and the collections subscribe to it and each refreshes what
  concerns it (Anki's `OpChanges` and `operation_did_execute`). A write whose function
  returns something other than `Changes` (an import report, a sync summary) says which
  `Changes` it made with `.changes(of_result)`; empty changes are not emitted.
- `.with_progress()` gives the work a `Job` from `backend.start_job()` (the function finds
  it as `core.job`; `op.job` lets the GUI cancel it): its progress shows in the progress
  area, the area's Cancel and the app closing cancel it, and the area hides when the work
  ends (`backend.work_ended`), however it ended.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Generic, Self, TypeVar

from catalogue.catalogue import Changes
from catalogue.jobs import Job

from .backend import Backend, Core

T = TypeVar("T")


class ReadOp(Generic[T]):
    """Work whose result the GUI shows and that writes nothing to the catalogue."""

    def __init__(self, backend: Backend, fn: Callable[[Core], T], *, worker: str = "db") -> None:
        self.backend = backend
        self._fn = fn
        self._worker = worker
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._hide_at_end = True
        self.job: Job | None = None

    def success(self, callback: Callable[[T], None]) -> Self:
        """Call `callback(result)` on the GUI thread when the work succeeded."""
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Self:
        """Call `callback(exc)` on the GUI thread when the work failed (also `Cancelled`);
        without one, the failure is logged and shown in the status bar."""
        self._failure = callback
        return self

    def with_progress(self, *, shown: bool = True, hide_at_end: bool = True) -> Self:
        """Give the work a `Job` (`core.job` on the worker, `op.job` here): its progress goes
        to the progress area (unless `shown` is off: the work has a progress row of its
        own), Cancel and the app closing cancel it. When it ends the area hides (unless
        `hide_at_end` is off: work that runs in several rounds)."""
        self.job = self.backend.start_job(show_progress=shown)
        self._hide_at_end = hide_at_end
        return self

    def run(self, initiator: object = None) -> None:
        """Start the work on its worker; `initiator` is the object that asked for it (a
        write's `changed` signal carries it, so a panel can tell its own writes)."""
        fn, job = self._fn, self.job

        def work(core: Core) -> T:
            return fn(core if job is None else dataclasses.replace(core, job=job))

        self.backend.run(
            work, lambda result: self._done(result, initiator), self._failed, self._worker
        )

    def _ended(self) -> None:
        if self.job is not None and self._hide_at_end:
            self.backend.work_ended.emit()

    def _done(self, result: T, initiator: object) -> None:
        self._ended()
        if self._success is not None:
            self._success(result)

    def _failed(self, exc: BaseException) -> None:
        self._ended()
        if self._failure is not None:
            self._failure(exc)
        else:
            self.backend.report_failure(exc)


class WriteOp(ReadOp[T]):
    """Work that writes to the catalogue (on the `db` worker): after it, one `changed`."""

    def __init__(self, backend: Backend, fn: Callable[[Core], T]) -> None:
        super().__init__(backend, fn, worker="db")
        self._changes_of: Callable[[T], Changes] = _changes_of

    def changes(self, of_result: Callable[[T], Changes]) -> Self:
        """For a write whose result is not a `Changes`: the `Changes` it made."""
        self._changes_of = of_result
        return self

    def _done(self, result: T, initiator: object) -> None:
        self._ended()
        changes = self._changes_of(result)
        if changes:
            self.backend.changed.emit(changes, initiator)
        if self._success is not None:
            self._success(result)


def _changes_of(result: object) -> Changes:
    return result if isinstance(result, Changes) else Changes()
