"""One way to report progress and to cancel long work: a `Job`.

Long work (an import, an export, building an index, exchanging with partners) takes a
`job` and calls `job.report(fraction, message)` as it goes, and `job.check()` where it can
stop. Both raise `Cancelled` once someone called `job.cancel()` (the Cancel button, the app
closing, a test): the work stops there, and whatever it was writing is rolled back or left
unwritten. A job with no receiver (`Job()`) reports nowhere and is never cancelled unless
asked; work that has no job passed gets `Job.none()`, shared and never cancelled.

This is the core's version of Anki's `CollectionOp` progress: the window gives its job a
receiver that forwards progress to the status bar (from any thread), and the command line
gives one that prints a line when output is a terminal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from .errors import CasebookError

ProgressReceiver = Callable[[float, str], None]


class Cancelled(CasebookError):
    """Long work stopped because it was cancelled (by the user, or the app closing);
    what it was writing is not kept."""


class Job:
    """Progress and cancellation of one piece of long work. Thread-safe: `cancel()` may
    be called from any thread while the work runs on another."""

    def __init__(self, receiver: ProgressReceiver | None = None) -> None:
        self._receiver = receiver
        self._stop = threading.Event()
        self._reason = "cancelled"
        self._lo = 0.0
        self._span = 1.0
        self._parent: Job | None = None

    @classmethod
    def none(cls) -> Job:
        """A job that reports nowhere and is never cancelled (work called without one)."""
        return _NO_JOB

    @staticmethod
    def of(job: Job | None) -> Job:
        """`job`, or the job that reports nowhere when there is none."""
        return _NO_JOB if job is None else job

    # -- cancelling -----------------------------------------------------------------------

    def cancel(self, reason: str = "cancelled") -> None:
        """Ask the work to stop at its next `check()` or `report()`."""
        if self is _NO_JOB:
            raise RuntimeError("Job.none() cannot be cancelled")
        self._reason = reason
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        """True once `cancel()` was called (on this job or the job it is a part of)."""
        job: Job | None = self
        while job is not None:
            if job._stop.is_set():
                return True
            job = job._parent
        return False

    def check(self) -> None:
        """Raise `Cancelled` if the job was cancelled."""
        job: Job | None = self
        while job is not None:
            if job._stop.is_set():
                raise Cancelled(job._reason)
            job = job._parent
        return None

    # -- progress -------------------------------------------------------------------------

    def report(self, fraction: float, message: str = "") -> None:
        """Say how far the work is (0 to 1) and what it does; raises `Cancelled` when the
        job was cancelled, so reporting is also a place to stop."""
        self.check()
        fraction = self._lo + self._span * min(max(fraction, 0.0), 1.0)
        job: Job | None = self
        while job is not None and job._receiver is None:
            job = job._parent
        if job is not None and job._receiver is not None:
            job._receiver(fraction, message)

    def part(self, start: float, end: float) -> Job:
        """A job for one step of this one: its fractions 0..1 are reported as
        `start`..`end` of this job's, and cancelling this job cancels the part."""
        part = Job()
        part._parent = self
        part._lo = self._lo + self._span * start
        part._span = self._span * (end - start)
        return part

    def relay(self, receiver: ProgressReceiver) -> Job:
        """A job whose progress goes to `receiver` (which may report to this job in its
        own words) and which is cancelled with this one."""
        relay = Job(receiver)
        relay._parent = self
        return relay


_NO_JOB = Job()
