"""Plain-word queries on SQLite FTS5, beside the whoosh index.

Most searches are a few words typed into the search box. Whoosh (pure Python) walks its
posting lists word by word, which costs tens of milliseconds on large catalogues; SQLite's
FTS5 does the same work in C. So the keyword index keeps, next to the whoosh index, an FTS5
table of the same texts **already analysed by the same whoosh analysers** (stemmed by the
entry's language, accents folded, stop words dropped). A query of plain words is analysed
by those analysers too and answered here; anything else (phrases, `field:value`, AND/OR/NOT,
wildcards) goes to whoosh, which also keeps "did you mean".

Each token carries its language group (`en_park`, `nl_parkeer`), so one column holds every
language and a query word matches each entry only through its own language's stem, as the
per-language whoosh fields do; only the languages the catalogue has are asked for. Names and
tags share the prefix `n_` (one phrase finds a word in either column) and filter values have
their own (`f<key>_<hash>`), so a filter is one more AND in the same MATCH; the glossary
concepts an entry mentions are tokens of the same column (`c_<id>`), so a query's concepts
(`keyword_scoring.ConceptGroup`) are answered here too, with their forms in other
languages. Columns are weighted like the whoosh fields (title ×3, organisation ×1.5) in
`bm25()`, which picks the candidates that `keyword_scoring` ranks by BM25F (one entry
count per query word, over every language); every phrase of the query costs time on every
matching row, so the query has as few as it can.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path
from typing import Any

from . import keyword_scoring
from .best_lists import BestLists
from .documents import LANGUAGE_GROUPS
from .keyword_schema import CONCEPT_FIELD
from .keyword_scoring import Candidate, ConceptGroup, Word
from .word_tokens import (
    JOINERS,
    any_of,
    column_text,
    concept_phrases,
    concept_token,
    concepts_of,
    filter_token,
    in_filters,
    in_text,
    quoted,
)

FILE = "words.db"
SCHEMA_VERSION = "4"
# Operators of the whoosh query language: a query with one of these is not plain words.
OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})
_PLAIN = re.compile(r"[^\W_]+(?:\s+[^\W_]+)*", re.UNICODE)
# For choosing the candidates that `keyword_scoring` re-scores: title, body, names, tags,
# filters (as in whoosh).
WEIGHTS = (3.0, 1.0, 1.5, 1.0, 0.0)
COUNT_CACHE = 4096
MMAP_BYTES = 512 * 1024 * 1024
# bm25() weights when choosing candidates for a query's glossary concepts: their tokens
# are in the filters column.
EXPANSION_WEIGHTS = (3.0, 1.0, 1.5, 1.0, 1.0)
# The phrases' best lists (`best_lists.py`) serve both: a word's share of bm25() is the
# same whatever the filters column weighs, as a word is never in it.
LIST_WEIGHTS = EXPANSION_WEIGHTS


def plain_words(text: str) -> list[str] | None:
    """The words of `text` when it is nothing but words (letters and digits between
    spaces, no operator of the query language), else None."""
    stripped = text.strip()
    if not stripped or not _PLAIN.fullmatch(stripped):
        return None
    words = stripped.split()
    if any(word in OPERATORS for word in words):
        return None
    return words


def _varints(data: bytes) -> list[int]:
    """The SQLite varints one after another in `data` (FTS5's record format)."""
    values = []
    position = 0
    while position < len(data):
        value = 0
        for index in range(9):
            byte = data[position]
            position += 1
            if index == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        values.append(value)
    return values


class WordTable:
    """The FTS5 table of analysed tokens (`words.db` in the keyword index's folder)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        # Entries holding each query word (`_entry_count`), for the table's state `_seen`.
        self._counts: dict[str, int] = {}
        self._seen: object = None
        # Each token's best rows, for the candidates of plain words (`best_lists.py`).
        self._lists = BestLists(LIST_WEIGHTS)
        self._writes = 0  # this connection's commits (`PRAGMA data_version` counts others')

    # -- the file -------------------------------------------------------------------------

    def _connect(self, create: bool = False) -> sqlite3.Connection | None:
        if self._conn is None:
            if not create and not self.path.exists():
                return None
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            # Read through a memory map rather than read() calls into SQLite's page cache: a
            # query's first reads of a page (the rows' texts, FTS5's per-row sizes for
            # bm25()) took a third less (60 candidates' texts: 0.42 -> 0.32 ms). The table
            # is an index that a build makes again, should the file ever be damaged.
            conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            if create:
                conn.executescript(
                    """
                    PRAGMA journal_mode = WAL;
                    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
                    CREATE TABLE IF NOT EXISTS docs (
                        rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL,
                        lang TEXT NOT NULL, snippet TEXT NOT NULL);
                    CREATE INDEX IF NOT EXISTS docs_lang ON docs (lang);
                    CREATE VIRTUAL TABLE IF NOT EXISTS words USING fts5(
                        title, body, names, tags, filters,
                        tokenize = "unicode61 remove_diacritics 0 tokenchars '_'");
                    """
                )
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (SCHEMA_VERSION,))
            self._conn = conn
        return self._conn

    def usable(self) -> bool:
        """Whether the table exists, is of this version and can be read."""
        with self._lock:
            try:
                conn = self._connect()
                if conn is None:
                    return False
                row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
                conn.execute("SELECT rowid FROM words LIMIT 1").fetchall()
                return row is not None and row[0] == SCHEMA_VERSION
            except sqlite3.Error:
                self._close()
                return False

    def _close(self) -> None:
        # A table opened again may be another file (rebuilt), whatever its state says.
        self._lists = BestLists(LIST_WEIGHTS)
        self._counts.clear()
        self._seen = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def close(self) -> None:
        with self._lock:
            self._close()

    # -- writing --------------------------------------------------------------------------

    def write(
        self,
        documents: Iterable[dict[str, Any]],
        delete: Sequence[str],
        tokens: Callable[[str | None, str], list[str]],
    ) -> None:
        """Put `documents` (the dicts the whoosh index gets; `tokens(lang, text)` gives the
        analysed tokens of a text in a language group, `tokens(None, text)` of names and
        tags) and remove the ids of `delete`, in one transaction."""
        with self._lock:
            conn = self._connect(create=True)
            assert conn is not None
            conn.execute("BEGIN IMMEDIATE")
            try:
                for object_id in delete:
                    self._remove(conn, object_id)
                for document in documents:
                    self._remove(conn, document["id"])
                    self._put(conn, document, tokens)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            finally:
                self._writes += 1

    def optimize(self) -> None:
        """Merge the table's segments into one (FTS5's `optimize`). Each batch written adds
        a segment, and FTS5 looks a token up in every segment: after a build in batches of
        500 a 10,000-entry table had 10, and merged into one its plain-word queries took
        about a sixth less (p50 4.2 -> 3.5 ms). It costs 0.13 s at 10,000 entries and
        0.8 s at 100,000."""
        with self._lock:
            conn = self._connect()
            if conn is not None:
                conn.execute("INSERT INTO words(words) VALUES ('optimize')")
                self._writes += 1

    @staticmethod
    def _remove(conn: sqlite3.Connection, object_id: str) -> None:
        row = conn.execute("SELECT rowid FROM docs WHERE id = ?", (object_id,)).fetchone()
        if row is not None:
            conn.execute("DELETE FROM words WHERE rowid = ?", row)
            conn.execute("DELETE FROM docs WHERE rowid = ?", row)

    @staticmethod
    def _put(
        conn: sqlite3.Connection,
        document: dict[str, Any],
        tokens: Callable[[str | None, str], list[str]],
    ) -> None:
        lang = document["lang"]
        prefix = lang + "_"
        filters = " ".join(
            [
                filter_token(key[2:], value)
                for key, text in document.items()
                if key.startswith("f_")
                for value in text.split(",")
                if value.strip()
            ]
            + [concept_token(cid) for cid in document.get(CONCEPT_FIELD, "").split(",") if cid]
        )
        cursor = conn.execute(
            "INSERT INTO docs (id, lang, snippet) VALUES (?, ?, ?)",
            (document["id"], lang, document["snippet"]),
        )
        conn.execute(
            "INSERT INTO words (rowid, title, body, names, tags, filters) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                cursor.lastrowid,
                column_text(prefix, tokens(lang, document[f"title_{lang}"])),
                column_text(prefix, tokens(lang, document[f"text_{lang}"])),
                column_text("n_", tokens(None, document["organisation"])),
                column_text("n_", tokens(None, document["tags"])),
                filters,
            ),
        )

    # -- reading --------------------------------------------------------------------------

    def search(
        self,
        words: Sequence[str],
        filters: Sequence[tuple[str, str]],
        limit: int,
        analysed: Callable[[str, str], str | None],
        name_tokens: Callable[[str], list[str]],
        within: Collection[str] | None = None,
        concepts: Sequence[ConceptGroup] = (),
    ) -> list[tuple[str, float]] | None:
        """The best `limit` (id, score) for an OR of `words`, best first (among the ids
        `within`, when given), with what the glossary `concepts` of the query add
        (`keyword_scoring.score`); None when the table cannot answer (nothing is
        searchable, or there is no table)."""
        query_words = self._words(words, analysed, name_tokens)
        concepts = [group for group in concepts if group.token or group.forms]
        if not query_words and not concepts:  # no table, or nothing searchable: whoosh
            return None
        typed = [any_of(word) for word in query_words]
        added = [
            alternative
            for group in concepts
            for alternative in (
                *([in_filters([group.token])] if group.token else []),
                *(any_of(form) for form in group.forms),
            )
        ]
        grouped: dict[str, list[str]] = {}
        for key, value in filters:
            grouped.setdefault(key, []).append(quoted(filter_token(key, value)))

        def restricted(alternatives: list[str]) -> str:
            expression = "(" + ") OR (".join(alternatives) + ")"
            for key in sorted(grouped):
                expression = f"({expression}) AND ({' OR '.join(grouped[key])})"
            return expression

        parameters = keyword_scoring.PARAMETERS
        depth = max(limit, parameters.candidates)
        with self._lock:
            conn = self._connect()
            if conn is None:
                return None
            lists = self._current(conn)
            total, averages = self._statistics(conn)
            for word, alternative in zip(query_words, typed, strict=True):
                word.df = self._entry_count(conn, in_text(alternative))
            for group in concepts:
                if group.token:
                    group.df = self._entry_count(conn, in_filters([group.token]))
                for form in group.forms:
                    form.df = self._entry_count(conn, in_text(any_of(form)))
            candidates: list[Candidate] | None = None
            listed = not grouped and within is None
            if typed and listed:
                phrases = [
                    quoted(token)
                    for word in query_words
                    for token in sorted(word.tokens)
                    if lists.holds(token)
                ]
                candidates = self._best_candidates(conn, phrases, depth, bool(concepts))
            if typed and candidates is None:
                candidates = self._candidates(
                    conn, restricted(typed), depth, within, WEIGHTS, bool(concepts)
                )
            candidates = candidates or []
            if added:
                # The concepts' own candidates, chosen apart: FTS5's bm25() cannot weight
                # them below the words typed (and the words' rows are not ranked twice).
                chosen = {candidate.id for candidate in candidates}
                more = None
                if listed:
                    more = self._best_candidates(
                        conn, concept_phrases(concepts, lists.holds), depth, True
                    )
                if more is None:
                    more = self._candidates(
                        conn, restricted(added), depth, within, EXPANSION_WEIGHTS, True
                    )
                candidates += [c for c in more if c.id not in chosen]
        ranked = keyword_scoring.score(
            candidates, query_words, total, averages, parameters, concepts
        )
        return ranked[:limit]

    def languages(self) -> tuple[str, ...] | None:
        """The language groups of the entries in the table; None when there is no table."""
        with self._lock:
            return self._languages_present()

    def entry_total(self) -> int:
        """How many entries the table holds."""
        with self._lock:
            conn = self._connect()
            return 0 if conn is None else self._statistics(conn)[0]

    def concept_count(self, concept: str) -> int:
        """How many entries mention a glossary concept."""
        with self._lock:
            conn = self._connect()
            if conn is None:
                return 0
            self._current(conn)
            return self._entry_count(conn, in_filters([concept_token(concept)]))

    def _words(
        self,
        words: Sequence[str],
        analysed: Callable[[str, str], str | None],
        name_tokens: Callable[[str], list[str]],
    ) -> list[Word]:
        """Each searchable word as the table holds it, in every language group present."""
        with self._lock:
            languages = self._languages_present()
        if languages is None:
            return []
        query_words = []
        for word in dict.fromkeys(words):  # a word typed twice counts once
            by_lang = {
                lang: f"{lang}_{form.translate(JOINERS)}"
                for lang in languages
                if (form := analysed(lang, word)) is not None
            }
            names = frozenset("n_" + token.translate(JOINERS) for token in name_tokens(word))
            if by_lang or names:
                query_words.append(Word(by_lang, names))
        return query_words

    def rank(
        self,
        ids: Sequence[str],
        words: Sequence[str],
        analysed: Callable[[str, str], str | None],
        name_tokens: Callable[[str], list[str]],
    ) -> dict[str, float]:
        """The BM25F score of each of `ids` for `words` (for whoosh's results, so that a
        query in the query language ranks as its plain words would); empty when no word is
        searchable."""
        query_words = self._words(words, analysed, name_tokens)
        if not query_words or not ids:
            return {}
        with self._lock:
            conn = self._connect()
            if conn is None:
                return {}
            self._current(conn)
            total, averages = self._statistics(conn)
            for word in query_words:
                word.df = self._entry_count(conn, in_text(any_of(word)))
            marks = ",".join("?" * len(ids))
            rows = conn.execute(
                "SELECT docs.id, docs.lang, words.title, words.body, words.names, words.tags "  # noqa: S608
                f"FROM docs JOIN words ON words.rowid = docs.rowid WHERE docs.id IN ({marks})",
                list(ids),
            ).fetchall()
        candidates = [Candidate(row[0], row[1], tuple(row[2:])) for row in rows]
        return dict(keyword_scoring.score(candidates, query_words, total, averages))

    def _state(self, conn: sqlite3.Connection) -> tuple[int, int]:
        """What changes when the table does: by another connection (`PRAGMA data_version`)
        or by this one (its commits)."""
        return conn.execute("PRAGMA data_version").fetchone()[0], self._writes

    def _current(self, conn: sqlite3.Connection) -> BestLists:
        """Forget what is remembered of the table (the entry counts, the tokens' best lists)
        if it has changed since (`_state`: an edit can keep every total the same); returns
        the lists. Called once by each reading method, before it counts or ranks."""
        state = self._state(conn)
        if state != self._seen:
            self._counts.clear()
            self._seen = state
        self._lists.reset(state)
        return self._lists

    def warm(self, budget: float | None = None) -> bool:
        """Make the best lists of the common tokens for the table as it is now, within
        `budget` seconds if given (`BestLists.warm`); returns whether all are made."""
        with self._lock:
            conn = self._connect()
            return conn is None or self._current(conn).warm(conn, budget)

    def forget_lists(self) -> None:
        """Drop the best lists (to measure queries without them)."""
        with self._lock:
            self._lists = BestLists(LIST_WEIGHTS)

    def _best_candidates(
        self, conn: sqlite3.Connection, phrases: Sequence[str], depth: int, concepts: bool
    ) -> list[Candidate] | None:
        """Candidates for an OR of `phrases` (no filter, no `within`) from each phrase's
        best rows (`best_lists.py`): every one `_candidates` would give, and the few that
        the lists cannot place below them; None when the lists cannot show that."""
        rowids = self._lists.best(conn, phrases, depth)
        if rowids is None:
            return None
        filters = "words.filters" if concepts else "''"
        rows = conn.execute(
            "SELECT docs.rowid, docs.id, docs.lang, words.title, words.body, words.names, "  # noqa: S608
            f"words.tags, {filters} FROM docs JOIN words ON words.rowid = docs.rowid "
            "WHERE docs.rowid IN (SELECT value FROM json_each(?))",
            (json.dumps(rowids),),
        ).fetchall()
        order = {rowid: index for index, rowid in enumerate(rowids)}
        rows.sort(key=lambda row: order[row[0]])
        if not concepts:
            return [Candidate(row[1], row[2], tuple(row[3:7])) for row in rows]
        return [Candidate(row[1], row[2], tuple(row[3:7]), concepts_of(row[7])) for row in rows]

    def _candidates(
        self,
        conn: sqlite3.Connection,
        expression: str,
        depth: int,
        within: Collection[str] | None,
        weights: tuple[float, ...],
        concepts: bool,
    ) -> list[Candidate]:
        """The best `depth` entries for `expression` by FTS5's `bm25()` with the columns'
        `weights`, to be re-scored (with the glossary concepts they mention, if asked)."""
        # bm25() in ORDER BY, not the `rank` column: measured twice as fast.
        restrict, extra = "", []
        if within is not None:
            restrict = (
                " AND rowid IN (SELECT rowid FROM docs WHERE id IN "
                "(SELECT value FROM json_each(?)))"
            )
            extra = [json.dumps(sorted(within))]
        # The filters column only for the concepts: parsing it cost a tenth of a query.
        filters = "words.filters" if concepts else "''"
        # `restrict` and `filters` are fixed strings; every value is a parameter.
        sql = (
            "SELECT docs.id, docs.lang, words.title, words.body, words.names, words.tags, "  # noqa: S608
            f"{filters} FROM (SELECT rowid, bm25(words, ?, ?, ?, ?, ?) "
            f"AS rank FROM words WHERE words MATCH ?{restrict} ORDER BY rank LIMIT ?) "
            "AS found JOIN docs ON docs.rowid = found.rowid "
            "JOIN words ON words.rowid = found.rowid ORDER BY found.rank"
        )
        rows = conn.execute(sql, (*weights, expression, *extra, depth)).fetchall()
        if not concepts:
            return [Candidate(row[0], row[1], tuple(row[2:6])) for row in rows]
        return [Candidate(row[0], row[1], tuple(row[2:6]), concepts_of(row[6])) for row in rows]

    def _statistics(self, conn: sqlite3.Connection) -> tuple[int, tuple[float, ...]]:
        """The number of entries and the average length (tokens) of title, body, names and
        tags, from FTS5's own totals (the "averages" record of its data table)."""
        row = conn.execute("SELECT block FROM words_data WHERE id = 1").fetchone()
        if row is None or not row[0]:
            return 0, (1.0,) * len(keyword_scoring.FIELDS)
        values = _varints(bytes(row[0]))
        rows = values[0] if values else 0
        totals = values[1 : 1 + len(keyword_scoring.FIELDS)]
        return rows, tuple(t / rows if rows else 1.0 for t in totals)

    def _entry_count(self, conn: sqlite3.Connection, expression: str) -> int:
        """How many entries match `expression`, remembered for the table as it is (the
        caller has called `_current`)."""
        found = self._counts.get(expression)
        if found is None:
            found = conn.execute(
                "SELECT count(*) FROM words WHERE words MATCH ?", (expression,)
            ).fetchone()[0]
            if len(self._counts) > COUNT_CACHE:
                self._counts.clear()
            self._counts[expression] = found
        return int(found)

    def _languages_present(self) -> tuple[str, ...] | None:
        """The language groups of the entries in the table (None: there is no table). Read
        each time (six index look-ups): another process may have added a language."""
        conn = self._connect()
        if conn is None:
            return None
        return tuple(
            lang
            for lang in LANGUAGE_GROUPS
            if conn.execute("SELECT 1 FROM docs WHERE lang = ? LIMIT 1", (lang,)).fetchone()
        )

    def concepts_of(self, ids: Sequence[str]) -> dict[str, list[str]] | None:
        """The glossary concepts each of `ids` mentions (ids the table lacks left out);
        None when there is no table."""
        rows = self._fetch(
            "SELECT docs.id, words.filters FROM docs JOIN words ON words.rowid = docs.rowid "
            "WHERE docs.id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(ids)),),
        )
        if rows is None:
            return None
        return {
            object_id: sorted(token[2:] for token in concepts_of(filters))
            for object_id, filters in rows
        }

    def ids_with_concepts(self, concepts: Sequence[str]) -> set[str] | None:
        """The ids of the entries that mention any of the glossary `concepts`; None when
        there is no table."""
        expression = in_filters(concept_token(c) for c in concepts)
        rows = self._fetch(
            "SELECT docs.id FROM words JOIN docs ON docs.rowid = words.rowid WHERE words MATCH ?",
            (expression,),
        )
        return None if rows is None else {row[0] for row in rows}

    def snippet_sources(self, ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """(language group, snippet text) of each of `ids` that the table holds."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._fetch(
            f"SELECT id, lang, snippet FROM docs WHERE id IN ({marks})",  # noqa: S608
            list(ids),
        )
        return {object_id: (lang, snippet) for object_id, lang, snippet in rows or ()}

    def _fetch(self, sql: str, parameters: Sequence[Any]) -> list[Any] | None:
        """The rows of one query on the table; None when there is no table."""
        with self._lock:
            conn = self._connect()
            if conn is None:
                return None
            return conn.execute(sql, parameters).fetchall()
