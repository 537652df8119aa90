"""Building the keyword index from scratch: in this process (`build`) or in a spawned child
(`build_elsewhere`, which runs `_build_in_child`; the frozen app starts the executable again
for it, see `packaging/entry.py`).
"""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from whoosh import index
from whoosh.writing import SegmentWriter

from catalogue.catalogue import Catalogue
from catalogue.jobs import Job

from .keyword_pool import TermGroupPool
from .keyword_schema import index_document, index_schema, text_tokens
from .words import WordTable

# A catalogue this large is split between this process and a helper process, which writes
# the whoosh segment of the entries from `HELPER_SHARE` of the way through (by id) while this
# one writes the first segment and the whole word table (bench/results/keyword_build_profile.md).
SPLIT_FROM = int(os.environ.get("CASEBOOK_SPLIT_FROM", "5000"))  # lower in tests' children
HELPER_SHARE = 0.6
POOL_MB = 128
# Entries written to the word table in one transaction (each makes an FTS5 segment).
BATCH = 500


def build(
    catalogue: Catalogue, fresh: Path, job: Job | None = None, helper: bool | None = None
) -> int:
    """Write a complete index of `catalogue` into the new folder `fresh`; return the number
    of entries. With `helper` (by default: from `SPLIT_FROM` entries, on more than one core)
    a spawned process writes the second whoosh segment meanwhile: the two segments hold the
    entries in the same order as one would."""
    with _no_cyclic_gc():
        return _build(catalogue, fresh, job, helper)


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Without Python's cyclic garbage collector: the build holds millions of postings, and
    each full collection went through all of them (at 100k entries 30 s of 217 s of CPU,
    measured with `gc.callbacks`). What the build leaves in cycles is collected after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build(catalogue: Catalogue, fresh: Path, job: Job | None, helper: bool | None) -> int:
    fresh.mkdir(parents=True)
    built = index.create_in(str(fresh), index_schema())
    total = catalogue.count_entries()
    if helper is None:
        helper = total >= SPLIT_FROM and (os.cpu_count() or 1) > 1
    split_id = None
    if helper:
        ids = sorted(catalogue.filtered_ids(()))
        split_id = ids[int(len(ids) * (1 - HELPER_SHARE))] if ids else None
    writer = SegmentWriter(built, limitmb=POOL_MB)
    TermGroupPool.install(writer, limitmb=POOL_MB)
    words = WordTable(fresh)
    part = _Helper(catalogue.home, fresh, split_id) if split_id is not None else None
    batch: list[dict[str, Any]] = []
    try:
        for done, row in enumerate(catalogue.entry_rows(), start=1):
            # The word table holds every entry's glossary concepts (its `c_` tokens), also
            # those of the helper's share: the scan costs about 0.1 ms an entry.
            document = index_document(row)
            if split_id is None or row.id < split_id:
                writer.add_document(**document)
            batch.append(document)
            if done % BATCH == 0:
                words.write(batch, (), text_tokens)
                batch = []
                Job.of(job).report(
                    done / max(1, total), f"keyword index: {done} of {total} entries"
                )
        words.write(batch, (), text_tokens)
        words.optimize()
        segments = [writer._finalize_segment()]
        if part is not None:
            Job.of(job).report(0.99, f"keyword index: {total} of {total} entries")
            segments += part.segment(job)
        writer._commit_toc(segments)
        writer._finish()
    except BaseException:
        if part is not None:
            part.stop()
        with contextlib.suppress(Exception):  # the first failure is the one to report
            writer.cancel()
        raise
    finally:
        built.close()
        words.close()
    return total


class _Helper:
    """The process that writes the whoosh segment of the entries from `split_id` on."""

    def __init__(self, home: Path, fresh: Path, split_id: str) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        self.results = context.Queue()
        self.process = context.Process(
            target=_write_part, args=(str(home), str(fresh), split_id, self.results), daemon=True
        )
        self.process.start()

    def segment(self, job: Job | None) -> list[Any]:
        """The helper's segment (none when it had no entries), once it is written."""
        import queue

        try:
            while True:
                try:
                    kind, value = self.results.get(timeout=0.2)
                    break
                except queue.Empty:
                    Job.of(job).check()
                    if not self.process.is_alive():
                        raise RuntimeError(
                            f"the keyword index helper stopped (exit code {self.process.exitcode})"
                        ) from None
            if kind == "failed":
                raise RuntimeError(f"the keyword index helper failed: {value}")
            self.process.join(30)
            return [value] if value is not None else []
        finally:
            self.results.close()

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(10)


def _write_part(home: str, fresh: str, split_id: str, results: Any) -> None:
    """The helper process: a segment of the entries with ids from `split_id` on, written
    alongside the main writer (no lock; its segment goes into the main writer's table of
    contents; the temporary folder they share is removed by the main writer)."""
    gc.disable()  # as `_no_cyclic_gc`, for a process that ends with the build
    catalogue = Catalogue.open(Path(home), auto_backup=False)
    try:
        built = index.open_dir(fresh)
        writer = SegmentWriter(built, _lk=False, limitmb=POOL_MB)
        TermGroupPool.install(writer, limitmb=POOL_MB)
        for row in catalogue.entry_rows():
            if row.id >= split_id:
                writer.add_document(**index_document(row))
        results.put(("done", writer._finalize_segment() if writer.docnum else None))
    except BaseException as exc:
        results.put(("failed", f"{type(exc).__name__}: {exc}"))
        raise
    finally:
        catalogue.close()


def _build_in_child(home: str, fresh: str, messages: Any) -> None:
    """The child process of `build_elsewhere`: build, sending progress and the outcome.
    Stopped (`terminate`), it stops its helper first: SIGTERM becomes `SystemExit`, which
    `build` answers by stopping the helper and cancelling its writer."""
    import signal

    from .priority import INDEX_BUILDER, lower_priority

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    lower_priority(INDEX_BUILDER)
    catalogue = Catalogue.open(Path(home), auto_backup=False)
    try:
        total = build(catalogue, Path(fresh), Job(lambda f, m: messages.put(("progress", f, m))))
        messages.put(("done", total, ""))
    except BaseException as exc:
        messages.put(("failed", 0, f"{type(exc).__name__}: {exc}"))
        raise
    finally:
        catalogue.close()


def build_elsewhere(home: Path, fresh: Path, job: Job) -> int:
    """`build` in a child process (spawned: nothing of this process is shared), relaying its
    progress to `job`. When the job is cancelled (the app is closing, the user cancelled),
    the child is stopped, its half-built folder removed, and `Cancelled` goes on."""
    import multiprocessing
    import queue

    context = multiprocessing.get_context("spawn")
    messages = context.Queue()
    # Not daemonic: from `SPLIT_FROM` entries the child starts a helper process, and a
    # daemonic process may not have children (every such rebuild in the app failed). A
    # cancel or the app closing stops it below; if this process dies, it finishes alone.
    child = context.Process(
        target=_build_in_child, args=(str(home), str(fresh), messages), daemon=False
    )
    child.start()
    last: tuple[float, str] = (0.0, "building the keyword index")
    try:
        while True:
            try:
                kind, number, text = messages.get(timeout=0.2)
            except queue.Empty:
                if not child.is_alive():
                    raise RuntimeError(
                        f"the keyword index builder stopped (exit code {child.exitcode})"
                    ) from None
                job.report(*last)  # lets a cancel stop us while the child is quiet (starting)
                continue
            if kind == "progress":
                last = (float(number), str(text))
                job.report(*last)
            elif kind == "failed":
                raise RuntimeError(f"building the keyword index failed: {text}")
            elif kind == "done":
                child.join(30)
                return int(number)
    except BaseException:
        if child.is_alive():
            child.terminate()
        child.join(10)
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    finally:
        messages.close()
