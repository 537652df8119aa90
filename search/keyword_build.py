"""Building the keyword index from scratch: in this process (`build`) or in a spawned child
(`build_elsewhere`, which runs `_build_in_child`; the frozen app starts the executable again
for it, see `packaging/entry.py`).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from whoosh import index

from catalogue.catalogue import Catalogue
from catalogue.jobs import Job

from .keyword_pool import TermGroupPool
from .keyword_schema import index_document, index_schema, text_tokens
from .words import WordTable


def build(catalogue: Catalogue, fresh: Path, job: Job | None = None) -> int:
    """Write a complete index of `catalogue` into the new folder `fresh`; return the number
    of entries."""
    fresh.mkdir(parents=True)
    built = index.create_in(str(fresh), index_schema())
    writer = built.writer(limitmb=128, procs=1)
    TermGroupPool.install(writer, limitmb=128)
    words = WordTable(fresh)
    total = catalogue.count_entries()
    batch: list[dict[str, Any]] = []
    try:
        for done, row in enumerate(catalogue.entry_rows(), start=1):
            document = index_document(row)
            writer.add_document(**document)
            batch.append(document)
            if done % 500 == 0:
                words.write(batch, (), text_tokens)
                batch = []
                Job.of(job).report(
                    done / max(1, total), f"keyword index: {done} of {total} entries"
                )
        words.write(batch, (), text_tokens)
    except BaseException:
        writer.cancel()
        built.close()
        words.close()
        raise
    writer.commit()
    built.close()
    words.close()
    return total


def _build_in_child(home: str, fresh: str, messages: Any) -> None:
    """The child process of `build_elsewhere`: build, sending progress and the outcome."""
    from .priority import INDEX_BUILDER, lower_priority

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
    child = context.Process(
        target=_build_in_child, args=(str(home), str(fresh), messages), daemon=True
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
