"""Postings of a complete keyword index build, kept grouped by term instead of sorted.

whoosh's `SegmentWriter` collects every posting (field, term, document number, weight,
value) in a `PostingPool`, an external merge sort: whenever `limitmb` is reached it sorts the
postings, pickles them one by one into a temporary "run", and at `commit` reads all runs
back one posting at a time through a heap merge. That was about a third of a 10,000-entry
build (bench/results/keyword_build_profile.md).

A complete build (`keyword_build.build`) adds documents in number order to a fresh writer,
so each term's postings arrive already in the order whoosh writes them. `TermGroupPool`
appends them to a list per term; at `commit` only the distinct terms are sorted. When its
estimate of the memory held passes `limitmb`, it writes a run: the terms in order, each with
its postings, marshalled in chunks (each read back with one `read`). Every posting of an
earlier run has a lower document number than every posting of a later one, so the runs are
merged by term with the run's number breaking ties, and a term's postings are its runs'
lists one after the other.
The postings that reach the field writer are the same, in the same order
(tests/search/test_keyword_pool.py compares the indexes).
"""

from __future__ import annotations

import contextlib
import heapq
import marshal
from collections.abc import Iterator
from typing import Any

from whoosh.writing import PostingPool, SegmentWriter

# Terms per marshalled chunk of a run.
CHUNK = 4096
# Estimated bytes held per term and per posting (keys, lists, tuples, numbers).
TERM_BYTES = 200
POSTING_BYTES = 120

Posting = tuple[str, bytes, int, float, bytes | None]


class TermGroupPool(PostingPool):  # type: ignore[misc]
    """A `PostingPool` for postings added in document-number order (a fresh writer)."""

    def __init__(self, tempstore: Any, segment: Any, limitmb: int = 128) -> None:
        super().__init__(tempstore, segment, limitmb=limitmb)
        self._terms: dict[tuple[str, bytes], list[tuple[int, float, bytes | None]]] = {}
        self._held = 0
        self._last_docnum = -1
        self.runs: list[str] = []

    @classmethod
    def install(cls, writer: SegmentWriter, limitmb: int) -> None:
        """Give a new, empty `writer` this pool instead of its own."""
        if writer.docnum != 0 or writer.segments or writer.pool.current or writer.pool.runs:
            raise ValueError("TermGroupPool needs a fresh writer on an empty index")
        writer.pool = cls(writer._tempstorage, writer.newsegment, limitmb=limitmb)

    def add(self, item: Posting) -> None:
        fieldname, tbytes, docnum, weight, vbytes = item
        if docnum < self._last_docnum:
            raise ValueError(f"posting for document {docnum} after {self._last_docnum}")
        self._last_docnum = docnum
        key = (fieldname, tbytes)
        postings = self._terms.get(key)
        if postings is None:
            postings = self._terms[key] = []
            self._held += TERM_BYTES + len(tbytes)
        postings.append((docnum, weight, vbytes))
        self._held += POSTING_BYTES + (len(vbytes) if vbytes else 0)
        if self._held > self.limit:
            self.save()

    def save(self) -> None:
        """Write the terms held so far as a run (terms in order, marshalled in chunks)."""
        if not self._terms:
            return
        ordered = sorted(self._terms.items())
        self._terms = {}
        self._held = 0
        path, f = self._new_run()
        try:
            for start in range(0, len(ordered), CHUNK):
                data = marshal.dumps(ordered[start : start + CHUNK])
                f.write(len(data).to_bytes(8, "little"))
                f.write(data)
        finally:
            f.close()
        self.runs.append(path)

    def _read_terms(self, path: str, number: int) -> Iterator[tuple[str, bytes, int, list[Any]]]:
        f = self._open_run(path)
        try:
            while size := int.from_bytes(f.read(8), "little"):
                chunk = marshal.loads(f.read(size))
                for (fieldname, tbytes), postings in chunk:
                    yield fieldname, tbytes, number, postings
        finally:
            f.close()
            self._remove_run(path)

    def items(self, maxfiles: int = 128) -> Iterator[Posting]:
        """Every posting, sorted by field, term and document number."""
        if not self.runs:
            terms = self._terms
            self._terms = {}
            for key in sorted(terms):
                fieldname, tbytes = key
                for docnum, weight, vbytes in terms[key]:
                    yield fieldname, tbytes, docnum, weight, vbytes
            return
        self.save()
        runs, self.runs = self.runs, []
        merged = heapq.merge(*(self._read_terms(path, n) for n, path in enumerate(runs)))
        for fieldname, tbytes, _, postings in merged:
            for docnum, weight, vbytes in postings:
                yield fieldname, tbytes, docnum, weight, vbytes

    def cleanup(self) -> None:
        for path in self.runs:
            with contextlib.suppress(OSError):
                self._remove_run(path)
        self.runs = []
