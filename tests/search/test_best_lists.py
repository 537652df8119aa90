"""The candidates of plain words from each phrase's best rows (`search/best_lists.py`):
never missing a row that FTS5's `bm25()` over the whole query would choose."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalogue.catalogue import Catalogue
from search.best_lists import BestLists, quoted
from search.keyword import KeywordIndex
from search.words import EXPANSION_WEIGHTS
from tests.conftest import sample_entry

WEIGHTS = EXPANSION_WEIGHTS
QUERY = "sensors parking"
VOCABULARY = [f"en_w{i}" for i in range(12)]


def _table(rows: int, seed: int) -> sqlite3.Connection:
    """An FTS5 table shaped like the word table, of `rows` rows of Zipf-like words: a few
    words in most rows, many in a few."""
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE words USING fts5(title, body, names, tags, filters, "
        "tokenize = \"unicode61 remove_diacritics 0 tokenchars '_'\")"
    )
    chooser = random.Random(seed)
    weights = [1.0 / (rank + 1) for rank in range(len(VOCABULARY))]
    for rowid in range(1, rows + 1):
        title = chooser.choices(VOCABULARY, weights, k=chooser.randint(0, 3))
        body = chooser.choices(VOCABULARY, weights, k=chooser.randint(1, 15))
        concepts = ["c_x"] if chooser.random() < 0.4 else []
        conn.execute(
            "INSERT INTO words (rowid, title, body, names, tags, filters) "
            "VALUES (?, ?, ?, '', '', ?)",
            (rowid, " ".join(title), " ".join(body), " ".join(concepts)),
        )
    return conn


def _ranked(conn: sqlite3.Connection, phrases: list[str]) -> list[tuple[int, float]]:
    """Every row that the OR of `phrases` matches, with FTS5's score, best first."""
    expression = "(" + ") OR (".join(phrases) + ")"
    marks = ", ".join("?" * len(WEIGHTS))
    return conn.execute(
        f"SELECT rowid, -bm25(words, {marks}) AS score FROM words WHERE words MATCH ? "  # noqa: S608
        "ORDER BY score DESC",
        (*WEIGHTS, expression),
    ).fetchall()


def _assert_holds_the_best(found: list[int], ranked: list[tuple[int, float]], depth: int) -> None:
    """`found` holds every row above the `depth`-th score, and `depth` rows at least as good
    (rows tied with the `depth`-th may be any of them, as in FTS5)."""
    if len(ranked) <= depth:
        assert set(found) >= {rowid for rowid, _ in ranked}
        return
    threshold = ranked[depth - 1][1]
    scores = dict(ranked)
    assert {rowid for rowid, score in ranked if score > threshold + 1e-9} <= set(found)
    assert sum(1 for rowid in found if scores.get(rowid, 0.0) >= threshold - 1e-9) >= depth


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 10_000),
    picked=st.lists(st.integers(0, len(VOCABULARY) - 1), min_size=1, max_size=4),
    concept=st.booleans(),
    length=st.sampled_from([3, 8, 20, 400]),
    depth=st.sampled_from([1, 5, 10]),
)
def test_the_lists_never_miss_a_row_the_whole_query_would_choose(
    seed: int, picked: list[int], concept: bool, length: int, depth: int
) -> None:
    conn = _table(150, seed)
    phrases = [quoted(VOCABULARY[i]) for i in picked]  # a word twice counts twice
    if concept:
        phrases.append("filters : (" + quoted("c_x") + ")")
    lists = BestLists(WEIGHTS, length=length, warm_rows=10)
    lists.warm(conn)  # a few words get lists of their own; the others are asked together
    found = lists.best(conn, phrases, depth)
    if found is not None:
        _assert_holds_the_best(found, _ranked(conn, phrases), depth)


def test_short_lists_still_show_the_best_rows_of_common_words() -> None:
    """Lists of a quarter of the rows the words are in give the answer (not None) for
    most queries, with few rows beyond the `depth` asked for."""
    conn = _table(400, 1)
    lists = BestLists(WEIGHTS, length=100, warm_rows=10)
    lists.warm(conn)
    answered, extra = 0, 0
    for first in range(4):
        for second in range(first + 1, 6):
            phrases = [quoted(VOCABULARY[first]), quoted(VOCABULARY[second])]
            found = lists.best(conn, phrases, 10)
            if found is not None:
                answered += 1
                extra += len(found) - 10
                _assert_holds_the_best(found, _ranked(conn, phrases), 10)
    assert answered >= 12  # of 14
    assert extra <= 2 * 10 * answered  # at most three times the rows asked for


def test_warm_makes_the_lists_of_the_common_words_in_chunks() -> None:
    conn = _table(400, 2)
    lists = BestLists(WEIGHTS, length=40, warm_rows=10)
    assert lists.warm(conn, budget=0.0) is False  # one list, then the budget is spent
    assert lists.warm(conn) is True
    common = quoted(VOCABULARY[0])
    made = lists.phrase_list(conn, common)
    assert not made.complete
    assert len(made.rowids) == 40
    assert lists.phrase_list(conn, common) is made  # kept
    lists.reset("another state")
    assert lists.phrase_list(conn, common) is not made


def test_warm_reads_the_vocabulary_a_page_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read in pages of 3 tokens, the vocabulary gives the same lists as read at once."""
    import search.best_lists as best_lists

    conn = _table(400, 3)
    whole = BestLists(WEIGHTS, length=40, warm_rows=10)
    whole.warm(conn)
    monkeypatch.setattr(best_lists, "VOCABULARY_PAGE", 3)
    paged = BestLists(WEIGHTS, length=40, warm_rows=10)
    while not paged.warm(conn, budget=0.0):
        pass
    assert set(paged._lists) == set(whole._lists)
    assert len(whole._lists) >= 8  # the common words, and the concept token


def test_a_change_of_the_table_is_seen_by_the_next_query(catalogue: Catalogue, home: Path) -> None:
    """The lists are of one state of the table: an entry added afterwards, by this index or
    by another process's, is found by a query of common words."""
    for i in range(30):
        catalogue.add_entry(
            sample_entry(title=f"Service desk {i}", summary=f"Residents ask the city {i}.")
        )
    index = KeywordIndex(home / "index" / "keyword")
    index.catch_up(catalogue)
    assert index.warm() is True
    before = {hit.id for hit in index.search("city residents", limit=40, snippets=False).hits}
    other = KeywordIndex(home / "index" / "keyword")  # as the command line would, meanwhile
    added = catalogue.add_entry(
        sample_entry(
            title="City residents city residents",
            summary="City residents ask the city; residents of the city.",
        )
    ).added[0]
    other.catch_up(catalogue)
    other.close()
    hits = index.search("city residents", limit=3, snippets=False).hits
    index.close()
    assert added not in before
    assert hits[0].id == added


@pytest.mark.parametrize("warm", [False, True])
def test_the_index_ranks_the_same_with_or_without_the_lists(
    catalogue: Catalogue, home: Path, warm: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the index, the words' lists (made beforehand or not) give the ranking that
    FTS5's whole query gives."""
    chooser = random.Random(5)
    words = ["parking", "permit", "chatbot", "resident", "traffic", "street", "city", "data"]
    for i in range(60):
        text = " ".join(chooser.choices(words, k=chooser.randint(3, 12)))
        catalogue.add_entry(sample_entry(title=f"Case {i} {chooser.choice(words)}", summary=text))
    index = KeywordIndex(home / "index" / "keyword")
    index.catch_up(catalogue)
    queries = ["parking permit", "city data", "street traffic resident", "chatbot", "data data"]
    if warm:
        index.warm()
    with_lists = [index.search(q, limit=10, snippets=False).hits for q in queries]
    index.close()
    monkeypatch.setattr(BestLists, "best", lambda *args: None)  # always the whole query
    index = KeywordIndex(home / "index" / "keyword")
    without = [index.search(q, limit=10, snippets=False).hits for q in queries]
    index.close()
    assert [[hit.id for hit in hits] for hits in with_lists] == [
        [hit.id for hit in hits] for hits in without
    ]


def _assert_ranks_as_a_fresh_index(index: KeywordIndex, folder: Path) -> None:
    """`index` (which has remembered things) scores `QUERY` as one opened afresh does, with
    the glossary's expansion and without it (no concept looked up on the way)."""

    def scored(of: KeywordIndex, expand: bool) -> list[tuple[str, float]]:
        hits = of.search(QUERY, snippets=False, expand=expand).hits
        return [(h.id, round(h.score, 9)) for h in hits]

    seen = [scored(index, False), scored(index, True)]
    index.close()
    fresh = KeywordIndex(folder)
    expected = [scored(fresh, False), scored(fresh, True)]
    fresh.close()
    assert seen == expected


def test_an_edit_that_keeps_the_totals_is_seen_by_the_entry_counts(
    catalogue: Catalogue, home: Path
) -> None:
    """A word's entry count (its IDF) is remembered for the table as it is: an edit that
    swaps one word for another keeps every total (entries, tokens per field) the same, and
    must still be seen (the counts were remembered by those totals)."""
    ids = [
        catalogue.add_entry(
            sample_entry(title=f"Parking cameras {i}", summary="Street cameras count cars.")
        ).added[0]
        for i in range(6)
    ]
    catalogue.add_entry(sample_entry(title="Parking sensors", summary="Street sensors count cars."))
    folder = home / "index" / "keyword"
    index = KeywordIndex(folder)
    index.catch_up(catalogue)
    index.search(QUERY, limit=10, snippets=False)  # counts remembered
    catalogue.set_fields(ids[0], [("title", "Parking sensors 0")])  # "cameras" -> "sensors"
    index.catch_up(catalogue)
    _assert_ranks_as_a_fresh_index(index, folder)


def test_a_rebuilt_index_counts_its_words_again(catalogue: Catalogue, home: Path) -> None:
    """A rebuild swaps in another file, whose state (`PRAGMA data_version`, this
    connection's writes) can read the same as the old one's: nothing remembered is kept."""
    for i in range(4):
        catalogue.add_entry(sample_entry(title=f"Parking sensors {i}", summary="Sensors."))
    folder = home / "index" / "keyword"
    index = KeywordIndex(folder)
    index.catch_up(catalogue)
    index.search(QUERY, snippets=False)  # counts remembered
    for i in range(4):
        catalogue.add_entry(sample_entry(title=f"Parking cameras {i}", summary="Cameras."))
    index.rebuild(catalogue)
    _assert_ranks_as_a_fresh_index(index, folder)


def _segments(folder: Path) -> int:
    conn = sqlite3.connect(folder / "words.db")
    try:
        return int(conn.execute("SELECT count(DISTINCT segid) FROM words_idx").fetchone()[0])
    finally:
        conn.close()


def test_a_build_and_a_big_update_leave_the_word_table_in_one_segment(
    catalogue: Catalogue, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The table is written a batch at a time, and FTS5 looks each token up in every
    segment: the build merges them (`WordTable.optimize`), and so does an update of many
    entries (an import); the ranking is the same as unmerged."""
    import search.keyword as keyword_module
    import search.keyword_build as build_module
    from search.words import WordTable

    monkeypatch.setattr(build_module, "BATCH", 3)
    monkeypatch.setattr(keyword_module, "OPTIMIZE_FROM", 10)
    for i in range(20):
        catalogue.add_entry(sample_entry(title=f"Parking sensors {i}", summary="Street cameras."))
    folder = home / "index" / "keyword"
    index = KeywordIndex(folder)
    index.catch_up(catalogue)
    assert _segments(folder) == 1
    for i in range(3):  # small updates: left to FTS5
        catalogue.add_entry(sample_entry(title=f"Parking cameras {i}", summary="Sensors."))
        index.catch_up(catalogue)
    assert _segments(folder) > 1
    catalogue.add_entries(
        [sample_entry(title=f"Sensor {i}", summary="Parking.") for i in range(12)]
    )
    index.catch_up(catalogue)
    assert _segments(folder) == 1
    merged = [(h.id, round(h.score, 9)) for h in index.search(QUERY, snippets=False).hits]
    index.close()

    monkeypatch.setattr(WordTable, "optimize", lambda self: None)
    unmerged = KeywordIndex(home / "index" / "unmerged")
    unmerged.catch_up(catalogue)
    assert _segments(home / "index" / "unmerged") > 1
    expected = [(h.id, round(h.score, 9)) for h in unmerged.search(QUERY, snippets=False).hits]
    unmerged.close()
    assert merged == expected
    assert len(merged) == 20


def test_the_vocabulary_drops_only_tokens_no_row_holds() -> None:
    """Once `warm` has read the vocabulary, `holds` is False for a token in no row (a query
    word's form in a language no entry uses), and for a phrase one of whose words is in no
    row; before, and after the table changes, it is True for every token."""
    conn = _table(200, seed=3)
    lists = BestLists(WEIGHTS, length=50, warm_rows=20)
    assert lists.holds("en_nowhere")
    lists.reset("state 1")
    assert lists.warm(conn)
    assert lists.holds("en_w0")
    assert lists.holds("en_w11")
    assert lists.holds("c_x")
    assert not lists.holds("en_nowhere")
    assert lists.holds("en_w0  en_w1")
    assert not lists.holds("en_w0  en_nowhere")
    conn.execute("INSERT INTO words (rowid, body) VALUES (1000, 'en_nowhere')")
    lists.reset("state 2")  # as `WordTable` does when `PRAGMA data_version` moves
    assert lists.holds("en_nowhere")
    assert lists.best(conn, [quoted("en_nowhere")], 5) == [1000]


def test_a_word_new_to_the_table_is_found_after_the_lists_were_made(
    catalogue: Catalogue, home: Path
) -> None:
    """A word that no entry held when the vocabulary was read, added by another process,
    is found: the vocabulary is of the table as it was."""
    for i in range(12):
        catalogue.add_entry(sample_entry(title=f"Parking sensors {i}", summary="Street."))
    index = KeywordIndex(home / "index" / "keyword")
    index.catch_up(catalogue)
    assert index.warm() is True
    assert index.search("zeppelin parking", limit=3, snippets=False).hits[0].id
    other = KeywordIndex(home / "index" / "keyword")
    added = catalogue.add_entry(
        sample_entry(title="Zeppelin parking", summary="A zeppelin over the street.")
    ).added[0]
    other.catch_up(catalogue)
    other.close()
    assert index.catch_up(catalogue) == "current"  # as every search does first
    hits = index.search("zeppelin parking", limit=3, snippets=False).hits
    whoosh_hits = index.search("title:zeppelin", limit=3, snippets=False).hits
    index.close()
    assert hits[0].id == added
    assert [hit.id for hit in whoosh_hits] == [added]


def test_an_index_rebuilt_by_another_process_is_read_afresh(
    catalogue: Catalogue, home: Path
) -> None:
    """Another process (the command line beside the window) may rebuild the index into a
    new folder: this one's open files are then of the old index, and must not be read."""
    for i in range(5):
        catalogue.add_entry(sample_entry(title=f"Parking sensors {i}", summary="Street."))
    index = KeywordIndex(home / "index" / "keyword")
    index.catch_up(catalogue)
    assert len(index.search("parking", limit=20, snippets=False).hits) == 5
    added = catalogue.add_entry(sample_entry(title="Parking zeppelin", summary="Air.")).added[0]
    other = KeywordIndex(home / "index" / "keyword")
    other.rebuild(catalogue)
    other.close()
    assert index.catch_up(catalogue) == "current"
    plain = index.search("parking", limit=20, snippets=False).hits
    whoosh_hits = index.search("title:zeppelin", limit=20, snippets=False).hits
    index.close()
    assert added in {hit.id for hit in plain}
    assert len(plain) == 6
    assert [hit.id for hit in whoosh_hits] == [added]


def test_a_full_budget_keeps_the_commonest_lists_and_drops_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past `KEPT_BYTES`, warming stops with the commonest tokens' lists kept, and the
    lists that queries make are not kept: before, the budget emptied every list (so at
    100,000 entries warming lost the most common words' lists), and each query's list of
    its rare phrases added to it until it did."""
    import search.best_lists as module

    conn = _table(400, 4)
    monkeypatch.setattr(module, "KEPT_BYTES", 3 * 40 * 16 + 2 * 64)  # three lists, two bitmaps
    lists = BestLists(WEIGHTS, length=40, warm_rows=10)
    assert lists.warm(conn) is True  # all that fit
    kept = set(lists._lists)
    assert kept == {quoted(VOCABULARY[i]) for i in range(3)}  # the three commonest
    for first in range(12):
        for second in range(first + 1, 12):
            phrases = [quoted(VOCABULARY[first]), quoted(VOCABULARY[second]), quoted("c_x")]
            found = lists.best(conn, phrases, 10)
            if found is not None:
                _assert_holds_the_best(found, _ranked(conn, phrases), 10)
    assert set(lists._lists) >= kept
    assert len(lists._query_lists) <= module.QUERY_LISTS


@given(
    held=st.sets(st.integers(0, 300), max_size=60),
    asked=st.lists(st.integers(0, 400), max_size=40),
)
def test_the_bitmap_of_rows_holding_a_phrase_answers_as_the_rows_do(
    held: set[int], asked: list[int]
) -> None:
    from search.best_lists import _member

    bits = np.zeros(max(held) + 1 if held else 0, dtype=bool)
    bits[sorted(held)] = True
    rows = np.array(asked, dtype=np.int64)
    assert _member(rows, np.packbits(bits)).tolist() == [row in held for row in asked]
