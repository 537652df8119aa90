"""The keyword index's cached analysers and its build's posting pool give what whoosh's own
filter chains and external sort give: the same tokens, and the same index."""

from __future__ import annotations

import importlib.util
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from whoosh import index

from catalogue.catalogue import Catalogue
from catalogue.jobs import Cancelled, Job
from search import keyword_build
from search.documents import LANGUAGE_GROUPS
from search.keyword_analysis import CachedAnalyzer
from search.keyword_build import build
from search.keyword_pool import TermGroupPool
from search.keyword_schema import _names, analyzer_for, index_document, index_schema
from search.keyword_schema import plain_analyzer as plain
from tests.conftest import sample_entry

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not here")

CHAINS = [(lang, analyzer_for(lang)) for lang in LANGUAGE_GROUPS] + [
    ("names", _names()),
    ("plain", plain()),
]
# How whoosh calls an analyser: indexing (positions, boosts), a query, the highlighter
# (characters, stop words kept), a phrase at an offset, spelling (no stemming), untokenised.
CALLS: list[dict[str, Any]] = [
    {},
    {"positions": True, "boosts": True, "mode": "index"},
    {"positions": True, "chars": True, "mode": "index", "removestops": False},
    {"mode": "query"},
    {"mode": "query", "chars": True},
    {"positions": True, "chars": True, "mode": "query", "removestops": False},
    {"positions": True, "chars": True, "start_pos": 5, "start_char": 7, "mode": "query"},
    {"no_morph": True},
    {"tokenize": False, "positions": True, "chars": True},
    {"keeporiginal": True, "positions": True},
]
EDGE_CASES = [
    "",
    " ",
    "the",
    "The the THE",
    "the cat",
    "cat the",
    "the cat sat on the mat of the",
    "De kat van de buren, en de hond",
    "Bacău l'été d’Artagnan ÉCOLE Ærø œuvre über Straße",
    "co-operation e-mail 3.14 U.S.A. 2024-05 x's -dash- 'quote' o'clock",
    "ΟΔΟΣ İstanbul ﬁnance",
    "'s-Hertogenbosch gemeente's ik's",
    "__init__ foo_bar 123abc 1,000,000 42",
    "a b c d e f g h i",
    "parking parked parks parkeren geparkeerd",
]
ATTRIBUTES = (
    "text",
    "stopped",
    "boost",
    "pos",
    "startchar",
    "endchar",
    "positions",
    "chars",
    "removestops",
    "mode",
    "original",
)


def tokens(stream: Iterator[Any]) -> list[tuple[Any, ...]]:
    return [tuple(getattr(t, a, None) for a in ATTRIBUTES) for t in stream]


def differences(
    texts: list[str], calls: list[dict[str, Any]] = CALLS
) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for name, chain in CHAINS:
        cached = CachedAnalyzer(chain)
        for text in texts:
            for call in calls:
                if tokens(cached(text, **call)) != tokens(chain(text, **call)):
                    found.append((name, text, call))
            if cached.words(text) != [t.text for t in chain(text)]:
                found.append((name, text, {"words": True}))
    return found


def test_the_cached_analyser_gives_the_chains_tokens_on_edge_cases() -> None:
    assert differences(EDGE_CASES) == []


def test_stop_words_renumber_positions_as_whoosh_does() -> None:
    # The first kept word keeps its own position; later ones follow it (StopFilter).
    cached = CachedAnalyzer(analyzer_for("en"))
    assert [(t.text, t.pos) for t in cached("the cat of the mat", positions=True)] == [
        ("cat", 1),
        ("mat", 2),
    ]
    kept = cached("the cat of the mat", positions=True, removestops=False)
    assert [(t.text, t.pos, t.stopped) for t in kept] == [
        ("the", 0, True),
        ("cat", 1, False),
        ("of", 2, True),
        ("the", 3, True),
        ("mat", 2, False),
    ]


def test_a_word_the_chain_splits_goes_to_the_chain() -> None:
    class Splitting(CachedAnalyzer):
        def form(self, word: str) -> tuple[str, bool] | None:
            return None  # as for a word the chain would not make one token of

    chain = analyzer_for("en")
    text = "The parking of cars"
    assert tokens(Splitting(chain)(text, positions=True)) == tokens(chain(text, positions=True))


def test_the_cache_is_not_pickled_with_the_schema() -> None:
    cached = CachedAnalyzer(analyzer_for("nl"))
    list(cached("De gemeenten parkeren"))
    copy = pickle.loads(pickle.dumps(cached))
    assert copy == cached
    assert copy._forms == {}
    assert cached._forms
    assert [t.text for t in copy("De gemeenten parkeren")] == ["gemeent", "parker"]


@pytest.fixture(scope="module")
def corpus_bodies() -> list[dict[str, Any]]:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not here")
    # Loaded under a name of its own: as `corpus` it would hide nothing, but would stay in
    # sys.modules (tests/test_bench_names.py checks that no script name is importable).
    spec = importlib.util.spec_from_file_location("_bench_corpus", REPO / "bench" / "corpus.py")
    assert spec is not None
    assert spec.loader is not None
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    return list(corpus.iter_bodies(limit_per_dataset=200))


@needs_corpus
@pytest.mark.slow
def test_the_cached_analyser_gives_the_chains_tokens_on_corpus_texts(
    corpus_bodies: list[dict[str, Any]],
) -> None:
    texts = [
        str(body.get(key) or "")
        for body in corpus_bodies
        for key in ("title", "summary", "description")
    ]
    assert len(texts) > 1500
    # Indexing, a query, the highlighter (every word of CALLS is met by the edge cases).
    assert differences(texts, CALLS[1:4]) == []


def postings(folder: Path) -> tuple[Any, ...]:
    """Every term's postings (document, weight, value), stored fields and field lengths."""
    ix = index.open_dir(str(folder))
    with ix.reader() as reader:
        terms = {}
        for fieldname, text in reader.all_terms():
            matcher = reader.postings(fieldname, text)
            found = []
            while matcher.is_active():
                found.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            terms[(fieldname, text)] = found
        lengths = {
            name: [reader.doc_field_length(n, name) for n in range(reader.doc_count_all())]
            for name in ix.schema.scorable_names()
        }
        return terms, list(reader.all_stored_fields()), lengths


def whoosh_build(catalogue: Catalogue, folder: Path, pool_mb: int | None) -> None:
    """The index as whoosh writes it with its own pool (None) or with a TermGroupPool."""
    folder.mkdir()
    built = index.create_in(str(folder), index_schema())
    writer = built.writer(limitmb=128, procs=1)
    if pool_mb is not None:
        TermGroupPool.install(writer, limitmb=pool_mb)
    for row in catalogue.entry_rows():
        writer.add_document(**index_document(row))
    if pool_mb is not None:
        assert len(writer.pool.runs) > 3 or pool_mb > 1  # a small limit writes several runs
    writer.commit()
    built.close()


@needs_corpus
@pytest.mark.slow
def test_the_term_group_pool_writes_the_same_index(
    catalogue: Catalogue, corpus_bodies: list[dict[str, Any]], tmp_path: Path
) -> None:
    catalogue.add_entries(corpus_bodies)
    whoosh_build(catalogue, tmp_path / "whoosh", None)
    whoosh_build(catalogue, tmp_path / "runs", 1)
    whoosh_build(catalogue, tmp_path / "memory", 512)
    build(catalogue, tmp_path / "build", helper=False)
    build(catalogue, tmp_path / "helper", helper=True)
    expected = postings(tmp_path / "whoosh")
    assert sum(len(p) for p in expected[0].values()) > 50_000
    assert postings(tmp_path / "runs") == expected
    assert postings(tmp_path / "memory") == expected
    assert postings(tmp_path / "build") == expected
    # Two segments (the helper process wrote the second), the entries in the same order.
    assert len(list((tmp_path / "helper").glob("*.seg"))) == 2
    assert postings(tmp_path / "helper") == expected


def test_a_cancelled_build_stops_its_helper(catalogue: Catalogue, tmp_path: Path) -> None:
    catalogue.add_entries([sample_entry(title=f"Case {n}") for n in range(1200)])
    helpers: list[Any] = []
    original = keyword_build._Helper.__init__

    def remember(self: Any, *args: Any) -> None:
        original(self, *args)
        helpers.append(self)

    def cancel_at(fraction: float, message: str) -> None:
        if fraction > 0.8:
            job.cancel()

    job = Job(cancel_at)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keyword_build._Helper, "__init__", remember)
        with pytest.raises(Cancelled):
            build(catalogue, tmp_path / "ix", job, helper=True)
    assert len(helpers) == 1
    assert not helpers[0].process.is_alive()


def test_the_term_group_pool_needs_documents_in_order(tmp_path: Path) -> None:
    built = index.create_in(str(tmp_path), index_schema())
    writer = built.writer()
    TermGroupPool.install(writer, limitmb=16)
    writer.pool.add(("tags", b"a", 3, 1.0, None))
    with pytest.raises(ValueError, match="after"):
        writer.pool.add(("tags", b"a", 2, 1.0, None))
    writer.cancel()
    writer = built.writer()
    writer.add_document(id="x", tags="a")
    with pytest.raises(ValueError, match="fresh writer"):
        TermGroupPool.install(writer, limitmb=16)
    writer.cancel()
    built.close()


def test_a_small_build_is_searchable(catalogue: Catalogue, tmp_path: Path) -> None:
    catalogue.add_entries(
        [
            sample_entry(title="Parking enforcement by scan car", summary="The scan cars park."),
            sample_entry(
                title="Fietsenstalling", summary="De gemeente telt plekken.", language="nl"
            ),
        ]
    )
    assert build(catalogue, tmp_path / "ix") == 2
    ix = index.open_dir(str(tmp_path / "ix"))
    with ix.searcher() as searcher:
        assert isinstance(ix.schema["text_en"].analyzer, CachedAnalyzer)
        found = {searcher.stored_fields(n)["lang"] for n in range(2)}
        assert found == {"en", "nl"}
    ix.close()


def _word_rows(folder: Path) -> dict[str, tuple[Any, ...]]:
    import sqlite3

    conn = sqlite3.connect(folder / "words.db")
    try:
        rows = conn.execute(
            "SELECT docs.id, docs.lang, words.title, words.body, words.names, words.tags, "
            "words.filters FROM docs JOIN words ON words.rowid = docs.rowid"
        ).fetchall()
    finally:
        conn.close()
    return {row[0]: tuple(row[1:]) for row in rows}


def test_a_build_with_its_helper_writes_the_same_word_table(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    """The helper process writes the second whoosh segment; the word table is written here
    for every entry, with the glossary concepts each mentions (an entry of the helper's share
    once lost them, so a Dutch query found only the first 40 % of the English entries on air
    quality through its concept)."""
    catalogue.add_entries(
        [
            sample_entry(title=f"Air quality sensors in district {n}", summary="A chatbot too.")
            for n in range(12)
        ]
    )
    build(catalogue, tmp_path / "alone", helper=False)
    build(catalogue, tmp_path / "helper", helper=True)
    alone, helped = _word_rows(tmp_path / "alone"), _word_rows(tmp_path / "helper")
    assert len(list((tmp_path / "helper").glob("*.seg"))) == 2  # the helper did write
    assert sum("c_air_quality" in row[-1] for row in alone.values()) == 12
    assert helped == alone
