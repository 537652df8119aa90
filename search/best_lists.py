"""The candidates of a plain-word query from each word's best rows, without FTS5 ranking
every row that matches.

The word table (`words.py`) chooses the entries that `keyword_scoring` re-scores by FTS5's
`bm25()` over an OR of the query's tokens. `bm25()` costs about half a microsecond on every
matching row, and a query of common words ("using data") matches most of the catalogue:
3 to 6 ms at 10,000 entries, most of a query's time.

But `bm25()` of an OR of phrases is a **sum over the phrases**: each phrase adds its IDF
times its saturated, column-weighted frequency in the row, and that share depends on the
phrase and the row alone. So the score of a row is the sum of the scores that one-phrase
queries give it. Each common token's best `LENGTH` rows (`TokenList`) are asked of FTS5
once and kept until the table changes (`warm` makes them beforehand); a query adds up the
lists of its tokens, its rarer phrases asked together as one list. A row missing from a
list scores at most that list's lowest score for it (the *threshold algorithm* of Fagin,
Lotem and Naor), and nothing when it does not hold the phrase at all (FTS5 gives a
phrase's rows without ranking them, several times cheaper). The `depth` best by the lists'
sums, with the few rows the lists cannot place below them, hold the rows the whole query
would choose (ties aside); when that cannot be shown, `best` says so and the caller asks
FTS5 the whole query, as before.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .pacing import pause
from .word_tokens import CONCEPT_PREFIX, FILTER_TOKEN, in_filters, quoted

# Rows kept per token: deep enough that a row in no list can rarely reach a query's best.
LENGTH = 1000
# Bytes the lists and the rows holding their tokens may take; past it, a new list is used
# for its query and not kept (nothing kept is dropped: it dropped every list once, so at
# 100,000 entries the most common words' lists were lost as warming made the rest).
KEPT_BYTES = 64 * 1024 * 1024
# The lists of several rare phrases asked together, kept for the last few queries (the
# window asks a query's keyword ranking again for its hybrid one).
QUERY_LISTS = 16
# Rows the lists cannot place (in some lists, missing from others) that are handed over
# as candidates too; past it the caller asks FTS5 the whole query.
UNSURE = 120
# `warm` makes the lists of the tokens in more rows than this: ranking those rows is what
# a query of common words spends its time on (about 1 µs a row), and the rarer ones are
# asked together. (A fiftieth of the rows, as it was, left tokens in up to 2,000 rows out
# at 100,000 entries: their rows were ranked at each query, 40-55 ms.)
WARM_ROWS = 200


# Tokens of the vocabulary read at a time by `warm`.
VOCABULARY_PAGE = 5000


@dataclass(frozen=True)
class TokenList:
    """A token's best rows by its own `bm25()` share, best first: all of them when
    `complete`, else the best `LENGTH`, and no row outside scores above `floor`."""

    rowids: npt.NDArray[np.int64]
    scores: npt.NDArray[np.float64]
    complete: bool

    @property
    def floor(self) -> float:
        return 0.0 if self.complete or not len(self.scores) else float(self.scores[-1])


_NO_HASHES = np.zeros(0, dtype=np.int64)


class BestLists:
    """Each phrase's `TokenList` by `bm25()` with the columns' `weights`, for one table
    state (`reset` when it changes)."""

    def __init__(
        self, weights: tuple[float, ...], length: int = LENGTH, warm_rows: int = WARM_ROWS
    ) -> None:
        self.weights = weights
        self.length = length
        self.warm_rows = warm_rows
        self._lists: dict[str, TokenList] = {}
        self._query_lists: dict[str, TokenList] = {}
        # The rows holding a phrase, of the phrases whose lists are not complete (`best`):
        # a bitmap by rowid (np.packbits), an eighth of a byte a row of the table.
        self._holding: dict[str, npt.NDArray[np.uint8]] = {}
        self._held = 0  # bytes
        self._state: object = None
        self._to_warm: list[str] | None = None  # what `warm` has still to make
        # The common tokens of the vocabulary read so far, (rows, token), and the last
        # token read (None: nothing read yet).
        self._scanned: list[tuple[int, str]] = []
        self._scan_after: str | None = None
        self._common_rows = 0
        # Every token of the table (hashed, sorted) once `warm` has read the vocabulary.
        self._hashes: list[npt.NDArray[np.int64]] = []
        self._vocabulary: npt.NDArray[np.int64] | None = None

    def reset(self, state: object) -> None:
        """Drop every list unless the table is still in `state`."""
        if state != self._state:
            self._lists.clear()
            self._query_lists.clear()
            self._holding.clear()
            self._held = 0
            self._to_warm = None
            self._scanned = []
            self._scan_after = None
            self._hashes = []
            self._vocabulary = None
            self._state = state

    def warm(self, conn: sqlite3.Connection, budget: float | None = None) -> bool:
        """Make the lists of the common tokens, most rows first: the words of the text
        columns and the glossary concepts' tokens of the filters column found in more than
        `warm_rows` rows, as many as `KEPT_BYTES` allows. With a `budget` (seconds), stop
        once it is spent (the vocabulary is read a page at a time: all of it at once took
        0.3 s at 100,000 entries); gives way to the window's thread between lists
        (`pacing.pause`). Returns whether every common token has its list."""
        until = None if budget is None else time.perf_counter() + budget

        def spent() -> bool:
            return until is not None and time.perf_counter() > until

        while self._to_warm is None:
            if self._scan_after is None:
                conn.execute(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.words_vocabulary "
                    "USING fts5vocab(main, words, row)"
                )
                self._common_rows = self.warm_rows
                self._scan_after = ""
            page = conn.execute(
                "SELECT doc, term FROM temp.words_vocabulary WHERE term > ? ORDER BY term LIMIT ?",
                (self._scan_after, VOCABULARY_PAGE),
            ).fetchall()
            if not page:
                # Filter values (`f<key>_<hash>`) are not asked for by words: left out.
                common = sorted(
                    (doc, term) for doc, term in self._scanned if not FILTER_TOKEN.fullmatch(term)
                )
                self._vocabulary = np.unique(np.concatenate([*self._hashes, _NO_HASHES]))
                self._hashes = []
                self._to_warm = [
                    in_filters([term]) if term.startswith(CONCEPT_PREFIX) else quoted(term)
                    for _, term in common
                ]
                break
            self._scanned += [row for row in page if row[0] > self._common_rows]
            self._hashes.append(np.array([hash(term) for _, term in page], dtype=np.int64))
            self._scan_after = page[-1][1]
            pause()
            if spent():
                return False
        while self._to_warm:
            phrase = self._to_warm.pop()
            made = self.phrase_list(conn, phrase)
            if phrase not in self._lists:
                self._to_warm = []  # full: the commoner tokens' lists are kept
                break
            if not made.complete:
                self._rows(conn, phrase)  # for the rows a query's lists cannot place
            pause()
            if spent():
                break
        return not self._to_warm

    def holds(self, token: str) -> bool:
        """Whether the table may hold `token` (words `SEPARATOR` apart: all of them): False
        only when `warm` has read the vocabulary and it lacks one of them. A query's words
        are looked for in every language group, and most of those tokens exist in none: a
        phrase that no row holds adds nothing to any row's `bm25()`, but FTS5 spends time
        on it in every row the query matches."""
        vocabulary = self._vocabulary
        if vocabulary is None:
            return True
        if not len(vocabulary):
            return False
        hashes = np.array([hash(part) for part in token.split()], dtype=np.int64)
        at = np.searchsorted(vocabulary, hashes).clip(max=len(vocabulary) - 1)
        return bool((vocabulary[at] == hashes).all())

    def phrase_list(self, conn: sqlite3.Connection, phrase: str, query: bool = False) -> TokenList:
        """The list of an FTS5 phrase (`"en_park"`, `filters : ("c_parking")`), or of an
        OR of phrases (each row's shares of them added up), kept while `KEPT_BYTES` allows;
        a `query`'s own (its rare phrases together) is kept among the last few."""
        found = (self._query_lists if query else self._lists).get(phrase)
        if found is None:
            marks = ", ".join("?" * len(self.weights))
            rows = conn.execute(
                f"SELECT rowid, -bm25(words, {marks}) AS score FROM words "  # noqa: S608
                "WHERE words MATCH ? ORDER BY score DESC LIMIT ?",
                (*self.weights, phrase, self.length + 1),
            ).fetchall()
            complete = len(rows) <= self.length
            held = np.array(rows[: self.length], dtype=np.float64).reshape(-1, 2)
            found = TokenList(held[:, 0].astype(np.int64), held[:, 1].copy(), complete)
            if query:
                self._query_lists[phrase] = found
                while len(self._query_lists) > QUERY_LISTS:
                    self._query_lists.pop(next(iter(self._query_lists)))
            elif self._room(16 * len(held)):
                self._lists[phrase] = found
        return found

    def best(
        self, conn: sqlite3.Connection, phrases: Sequence[str], depth: int
    ) -> list[int] | None:
        """Rowids that hold the `depth` best rows for an OR of `phrases` (a phrase twice
        counts twice, as in FTS5) by FTS5's `bm25()`: those best by what the lists show,
        then the rows the lists cannot place below them (at most `UNSURE`); None when a row
        in no list could be among the best, or too many are unsure."""
        # The phrases without a list of their own (rare ones: `warm` made the common
        # ones') are asked together, as one: their shares add up like the lists'.
        phrases = list(phrases)
        others = [phrase for phrase in phrases if phrase not in self._lists]
        phrases = [phrase for phrase in phrases if phrase in self._lists]
        lists = [self._lists[phrase] for phrase in phrases]
        if len(others) == 1:
            phrases.append(others[0])
            lists.append(self.phrase_list(conn, others[0]))
        elif others:
            phrases.append("(" + ") OR (".join(others) + ")")
            lists.append(self.phrase_list(conn, phrases[-1], query=True))
        if not lists:
            return []
        rowids = np.concatenate([held.rowids for held in lists])
        unique, inverse = np.unique(rowids, return_inverse=True)
        found = np.bincount(inverse, np.concatenate([held.scores for held in lists]))
        order = np.argsort(-found, kind="stable")
        floors = sum(held.floor for held in lists)
        if not floors:
            return [int(rowid) for rowid in unique[order[:depth]]]  # all complete: exact sums
        if len(order) < depth:
            return None
        lowest = float(found[order[depth - 1]])
        # The margin covers the order in which floating-point sums were added.
        margin = 1e-9 * max(1.0, lowest)
        if floors > lowest + margin:
            return None  # a row in no list could score more
        # Of each row, the most it could score: what the lists show, plus the floor of
        # each list it is missing from.
        floor_of = np.concatenate([np.full(len(held.rowids), held.floor) for held in lists])
        upper = found + floors - np.bincount(inverse, floor_of)
        rest = order[depth:]
        unsure = rest[upper[rest] > lowest + margin]
        if len(unsure):
            # A row missing from a list may not hold its phrase at all, and then that list
            # adds nothing to it: ask which rows hold it (cheaper than ranking them).
            upper_unsure = upper[unsure]
            rows = unique[unsure]
            for phrase, held in zip(phrases, lists, strict=True):
                if held.floor:
                    absent = ~np.isin(rows, held.rowids) & ~_member(rows, self._rows(conn, phrase))
                    upper_unsure -= held.floor * absent
            unsure = unsure[upper_unsure > lowest + margin]
        if len(unsure) > UNSURE:
            return None
        return [int(rowid) for rowid in (*unique[order[:depth]], *unique[unsure])]

    def _rows(self, conn: sqlite3.Connection, phrase: str) -> npt.NDArray[np.uint8]:
        """Which rows hold `phrase`, as a bitmap by rowid (kept with the lists while there
        is room)."""
        found = self._holding.get(phrase)
        if found is None:
            rows = conn.execute("SELECT rowid FROM words WHERE words MATCH ?", (phrase,))
            rowids = np.array([row[0] for row in rows], dtype=np.int64)
            bits = np.zeros(int(rowids.max()) + 1 if len(rowids) else 0, dtype=bool)
            bits[rowids] = True
            found = np.packbits(bits)
            # A query's own list (rare phrases together) is of that query alone.
            if phrase in self._lists and self._room(len(found)):
                self._holding[phrase] = found
        return found

    def _room(self, size: int) -> bool:
        """Whether `size` more bytes may be kept (and if so, counts them)."""
        if self._held + size > KEPT_BYTES:
            return False
        self._held += size
        return True


def _member(rowids: npt.NDArray[np.int64], bitmap: npt.NDArray[np.uint8]) -> npt.NDArray[np.bool_]:
    """Which of `rowids` the bitmap (`np.packbits` of a bool array by rowid) holds."""
    inside = rowids < len(bitmap) * 8
    found = np.zeros(len(rowids), dtype=bool)
    at = rowids[inside]
    found[inside] = (bitmap[at >> 3] >> (7 - (at & 7))) & 1 == 1
    return found
