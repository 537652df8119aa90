"""Search speed: Casebook's keyword, semantic and hybrid search beside an SQLite FTS5 reference.

Catalogues of 1k, 10k and 100k entries are made from the public corpus (/work/shared/corpus,
read in place): real titles, summaries, descriptions, organisations and countries of the
~6,700 records (English and Dutch), recombined so that every entry's text is unique. For each
size, in one process, one after the other:

- index build: `KeywordIndex.rebuild` and `VectorStore.catch_up` (the real MiniLM model)
  beside a plain sqlite3 FTS5 table over title + summary + description;
- query latency over the same queries (1-4 words taken from the corpus, English and Dutch):
  Casebook keyword vs FTS5 (`bm25()` ORDER BY, LIMIT 10, the words OR-joined), semantic,
  hybrid and similar cases;
- one edited entry re-indexed (`set_fields` + `Search.catch_up`);
- resident memory.

Embedding throughput compares `VectorStore.catch_up` with calling the model directly on the
same texts. Encoding is slow on a small CPU, so each size encodes at most `--real-encode`
texts for real and fills the rest of the vector store with real vectors already encoded or
perturbed, re-normalised copies of them (exact cosine search costs the same whatever the
values); the output says how many of each.

    .venv/bin/python bench/search_speed.py [--sizes 1000,10000,100000] [--queries 200]
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import os
import platform
import random
import re
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchkit import log, timed

from catalogue.catalogue import Catalogue
from search.documents import embedding_text, text_key
from search.engine import Search
from search.semantic import DIMENSIONS, MiniLM, ModelLoader
from search.vectors import VectorStore

try:  # the shared benchmark loader (bench/corpus.py), when it is there and works
    import corpus as bench_corpus
except Exception:
    bench_corpus = None

REPO = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).parent / "results"
CORPUS_DIR = Path(os.environ.get("CASEBOOK_CORPUS", REPO.parent / "shared" / "corpus"))
WORDS_PER_QUERY = ((1, 0.25), (2, 0.35), (3, 0.25), (4, 0.15))
WARM_UP = 5  # queries run before the measured ones, at each size (not measured)
DUTCH_QUERY_SHARE = 0.3
NOISE = 0.3  # norm of the noise added to a real vector to make a stand-in one


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MB."""
    values = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return values.get("VmRSS", float("nan")), values.get("VmHWM", peak)


def percentiles(seconds: Sequence[float]) -> dict[str, float]:
    ms = np.asarray(seconds) * 1000
    return {
        "p50_ms": round(float(np.percentile(ms, 50)), 2),
        "p95_ms": round(float(np.percentile(ms, 95)), 2),
        "max_ms": round(float(ms.max()), 2),
    }


# -- the corpus --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Record:
    """The texts of one corpus record that the synthetic entries recombine."""

    language: str
    title: str
    summary: str
    description: str
    organisation: dict[str, Any]
    country: str
    status: str | None


def _clean(value: Any) -> str:
    return re.sub(r"\s+", " ", str(value or "").replace("\u00a0", " ")).strip()


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    return (head[:space] if space > limit // 2 else head).rstrip(" ,;:.-") + "…"


def read_records() -> tuple[list[Record], str]:
    """The corpus records, and how they were read."""
    if bench_corpus is not None:
        try:
            records = [
                Record(
                    b["language"],
                    b["title"],
                    b["summary"],
                    b.get("description") or "",
                    dict(b["organisation"]),
                    b["location"]["country"],
                    b.get("status"),
                )
                for b in bench_corpus.iter_bodies()
            ]
            if records:
                return records, "bench/corpus.py"
        except Exception as exc:
            log(f"bench/corpus.py failed ({exc}); reading the files directly")
    return _read_records_directly(), "read directly"


def _read_records_directly() -> list[Record]:
    import openpyxl

    records: list[Record] = []

    def add(language: str, title: Any, text: Any, organisation: Any, country: str) -> None:
        title, text, organisation = _clean(title), _clean(text), _clean(organisation)
        if title and organisation:
            summary = _cut(text or title, 1000)
            org = {"name": _cut(organisation, 300), "type": None}
            records.append(Record(language, _cut(title, 200), summary, text, org, country, None))

    book = openpyxl.load_workbook(
        CORPUS_DIR / "eu-pstw" / "pstw_dataset.xlsx", read_only=True, data_only=True
    )
    rows = book[" PSTW DB"].iter_rows(values_only=True)
    header = [_clean(h) for h in next(rows)]
    for row in rows:
        cells = dict(zip(header, row, strict=False))
        add("en", cells.get("Name"), cells.get("Description"), "Public Sector Tech Watch", "EU")
    book.close()
    with (CORPUS_DIR / "nl-algoritmeregister" / "algoritmes.json").open(encoding="utf-8") as f:
        for rec in json.load(f)["algoritmes"]:
            add("nl", rec.get("title"), rec.get("doel"), rec.get("organisatie"), "NL")
    omb = CORPUS_DIR / "us-omb-ai-inventory-2025" / "2025_individually_reported_AI_use_cases.csv"
    with omb.open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            add("en", row.get("use_case_name"), row.get("problem_solved"), row.get("agency_name"),
                "US")  # fmt: skip
    return records


_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if s]


def make_bodies(records: list[Record], n: int, seed: int) -> list[dict[str, Any]]:
    """n entry bodies with unique texts. The first pass over the corpus keeps each record's
    title; later ones join the start of one title to the end of another of the same
    language. Summaries and descriptions mix sentences of two or three records; the
    organisation and country come together from one record."""
    rng = random.Random(seed)
    by_language: dict[str, list[Record]] = {}
    for record in records:
        by_language.setdefault(record.language, []).append(record)
    order = list(range(len(records)))
    bodies: list[dict[str, Any]] = []
    seen: set[str] = set()
    i = 0
    while len(bodies) < n:
        if i % len(records) == 0:
            rng.shuffle(order)
        base = records[order[i % len(records)]]
        first_pass = i < len(records)
        i += 1
        same = by_language[base.language]
        d1, d2, d3 = rng.choice(same), rng.choice(same), rng.choice(same)
        title = base.title
        if not first_pass:
            words, other = base.title.split(), d1.title.split()
            head = words[: max(1, rng.randint(len(words) // 2, len(words)))]
            tail = other[rng.randint(0, max(0, len(other) - 1)) :]
            title = " ".join([*head, "–", *tail]) if tail else " ".join(head)
        base_sentences = _sentences(base.summary) or [base.summary]
        summary = " ".join(base_sentences[: rng.randint(1, 3)] + _sentences(d1.summary)[:1]).strip()
        description = base.description
        extra = _sentences(d2.description)
        if extra:
            description = f"{description}\n\n{' '.join(extra[: rng.randint(1, 3)])}".strip()
        body = {
            "title": _cut(title, 200),
            "summary": _cut(summary, 1000),
            "description": description or None,
            "kind": "ai_use_case",
            "status": base.status,
            "organisation": dict(d3.organisation),
            "location": {"country": d3.country},
            "language": base.language,
        }
        key = text_key(embedding_text(body))
        if key in seen:
            continue
        seen.add(key)
        bodies.append(body)
    return bodies


def make_queries(records: list[Record], count: int, seed: int) -> list[list[str]]:
    """`count` different queries of 1-4 consecutive content words of a title or summary
    (stop words left out, as people type), about a third of them Dutch."""
    from whoosh.lang import stopwords_for_language

    rng = random.Random(seed)
    stop = {lang: stopwords_for_language(lang) for lang in ("en", "nl")}
    by_language: dict[str, list[Record]] = {}
    for record in records:
        by_language.setdefault(record.language, []).append(record)
    sizes, weights = zip(*WORDS_PER_QUERY, strict=True)
    queries: list[list[str]] = []
    seen: set[tuple[str, ...]] = set()
    while len(queries) < count:
        language = "nl" if rng.random() < DUTCH_QUERY_SHARE else "en"
        record = rng.choice(by_language[language])
        text = record.title if rng.random() < 0.6 else record.summary
        words = [
            w
            for w in (w.lower() for w in re.findall(r"[^\W\d_]{3,}", text))
            if w not in stop[language]
        ]
        k = rng.choices(sizes, weights)[0]
        if len(words) < k:
            continue
        start = rng.randint(0, len(words) - k)
        query = tuple(words[start : start + k])
        if query not in seen:
            seen.add(query)
            queries.append(list(query))
    return queries


# -- the SQLite FTS5 reference -----------------------------------------------------------------


def fts5_build(path: Path, bodies: Sequence[dict[str, Any]]) -> tuple[float, sqlite3.Connection]:
    conn = sqlite3.connect(path, isolation_level=None)

    def build() -> None:
        conn.execute("CREATE VIRTUAL TABLE docs USING fts5(title, summary, description)")
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO docs (rowid, title, summary, description) VALUES (?, ?, ?, ?)",
            (
                (n, b["title"], b["summary"], b.get("description") or "")
                for n, b in enumerate(bodies, 1)
            ),
        )
        conn.execute("COMMIT")

    seconds, _ = timed(build)
    return seconds, conn


FTS5_QUERY = "SELECT rowid, title, bm25(docs) AS s FROM docs WHERE docs MATCH ? ORDER BY s LIMIT 10"


def fts5_expression(words: Sequence[str]) -> str:
    return " OR ".join(f'"{w}"' for w in words)


# -- vectors -----------------------------------------------------------------------------------


def stored_vectors(path: Path, model_id: str) -> dict[str, bytes]:
    """Every vector a store holds for `model_id`, by text key."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT text_key, vector FROM vectors WHERE model = ?", (model_id,)
        ).fetchall()
    finally:
        conn.close()
    return dict(rows)


def prefill(
    store: VectorStore,
    model_id: str,
    keys: Sequence[str],
    pool: dict[str, bytes],
    rng: np.random.Generator,
) -> tuple[int, int]:
    """Store a vector for each text key: the real one when `pool` has it, else a perturbed,
    re-normalised copy of a real one. Returns (real, perturbed) counts."""
    real = [(k, pool[k]) for k in keys if k in pool]
    missing = [k for k in keys if k not in pool]
    rows = list(real)
    if missing:
        base = np.frombuffer(b"".join(pool.values()), dtype=np.float16)
        base = base.reshape(len(pool), DIMENSIONS).astype(np.float32)
        for start in range(0, len(missing), 10_000):
            part = missing[start : start + 10_000]
            picked = base[rng.integers(0, len(base), len(part))]
            noise = rng.normal(0.0, NOISE / np.sqrt(DIMENSIONS), picked.shape)
            made = picked + noise.astype(np.float32)
            made /= np.linalg.norm(made, axis=1, keepdims=True)
            blobs = made.astype(np.float16)
            rows += [(k, blobs[j].tobytes()) for j, k in enumerate(part)]
    store.vector_count()  # creates the store's tables
    conn = sqlite3.connect(store.path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT OR REPLACE INTO vectors (text_key, model, vector) VALUES (?, ?, ?)",
            [(k, model_id, blob) for k, blob in rows],
        )
        conn.execute("COMMIT")
    finally:
        conn.close()
    return len(real), len(missing)


def embedding_throughput(
    model: MiniLM, bodies: Sequence[dict[str, Any]], folder: Path
) -> tuple[dict[str, Any], dict[str, bytes]]:
    """Texts/s of `VectorStore.catch_up` (a fresh store) and of the model called directly on
    the same texts; the direct runs come before and after (half each) so drift cancels."""
    with Catalogue.open(folder / "home", author="bench", auto_backup=False) as cat:
        cat.add_entries(bodies)
        texts = [embedding_text(row.body) for row in cat.entry_rows()]

        def direct(part: list[str]) -> float:
            start = time.perf_counter()
            model._model.encode(part, batch_size=64, normalize_embeddings=True)
            return time.perf_counter() - start

        model.encode(texts[:16])  # warm up
        direct_a = direct(texts[0::2])
        store = VectorStore(folder / "vectors.db")
        catch_up_s, _ = timed(lambda: store.catch_up(cat, model))
        store.close()
        direct_b = direct(texts[1::2])
    pool = stored_vectors(folder / "vectors.db", model.model_id)
    direct_rate = len(texts) / (direct_a + direct_b)
    casebook_rate = len(texts) / catch_up_s
    return {
        "texts": len(texts),
        "mean_chars": round(statistics.mean(len(t) for t in texts)),
        "catch_up_s": round(catch_up_s, 2),
        "direct_s": round(direct_a + direct_b, 2),
        "catch_up_texts_per_s": round(casebook_rate, 2),
        "direct_texts_per_s": round(direct_rate, 2),
        "ratio": round(casebook_rate / direct_rate, 3),
    }, pool


# -- one catalogue size ------------------------------------------------------------------------


def run_size(
    n: int,
    bodies: Sequence[dict[str, Any]],
    queries: list[list[str]],
    model: MiniLM,
    pool: dict[str, bytes],
    args: argparse.Namespace,
    catch_up_rate: float,
) -> dict[str, Any]:
    rng = random.Random(args.seed + n)
    result: dict[str, Any] = {"entries": n}
    with tempfile.TemporaryDirectory(prefix="casebook-search-speed-") as tmp:
        folder = Path(tmp)
        cat = Catalogue.open(folder / "home", author="bench", auto_backup=False)
        search = Search(cat, loader=ModelLoader(lambda: model))
        search.loader.get(wait=None)
        try:
            add_s, _ = timed(lambda: cat.add_entries(bodies[:n]))
            result["add_s"] = round(add_s, 2)
            log(f"{n}: added in {add_s:.1f} s")

            keyword_s, _ = timed(lambda: search.keyword.rebuild(cat))
            result["keyword_build_s"] = round(keyword_s, 2)
            log(f"{n}: keyword index built in {keyword_s:.1f} s")
            fts_s, fts = fts5_build(folder / "fts5.db", bodies[:n])
            result["fts5_build_s"] = round(fts_s, 2)
            log(f"{n}: FTS5 built in {fts_s:.1f} s")

            # The semantic index: the last `real_encode` entries are encoded for real; the
            # others get vectors stored beforehand (real ones when known, else stand-ins).
            rows = [(row.id, text_key(embedding_text(row.body))) for row in cat.entry_rows()]
            fresh = min(n, args.real_encode)
            fresh_keys = {text_key(embedding_text(b)) for b in bodies[n - fresh : n]}
            fill = [key for _, key in rows if key not in fresh_keys]
            real, made = prefill(
                search.vectors, model.model_id, fill, pool, np.random.default_rng(n)
            )
            semantic_s, _ = timed(lambda: search.vectors.catch_up(cat, model))
            pool.update(stored_vectors(search.vectors.path, model.model_id))
            encode_share = fresh / catch_up_rate
            result["semantic_build"] = {
                "measured_s": round(semantic_s, 2),
                "encoded": fresh,
                "prefilled_real": real,
                "prefilled_synthetic": made,
                "estimated_full_s": round(semantic_s - encode_share + n / catch_up_rate, 1),
            }
            log(
                f"{n}: semantic index caught up in {semantic_s:.1f} s "
                f"({fresh} encoded, {real} real + {made} stand-in vectors stored before)"
            )

            # Each size has its own queries, and the warm-up its own: a query run before
            # (at a smaller size, or to warm up) finds its words' caches filled (stems,
            # glossary look-ups), which flattered the sizes after the first.
            texts = [" ".join(q) for q in queries[WARM_UP:]]
            for q in (" ".join(q) for q in queries[:WARM_UP]):  # open searchers, load
                search.search(q, mode="hybrid", limit=10)
                fts.execute(FTS5_QUERY, (fts5_expression(q.split()),)).fetchall()

            def latencies(fn: Callable[[Any], Any], items: Sequence[Any]) -> list[float]:
                out = []
                for item in items:
                    start = time.perf_counter()
                    fn(item)
                    out.append(time.perf_counter() - start)
                return out

            # The word table's lists of common words (`search/best_lists.py`), made
            # beforehand as the window makes them while the user types; the queries then run
            # once each, as before the lists, with FTS5 right after. Then again without the
            # lists, as the command line has them (a query makes what it needs): that second
            # pass finds the words' other caches filled by the first, so it flatters.
            warm_s, _ = timed(search.keyword.warm)
            keyword = latencies(lambda q: search.search(q, mode="keyword", limit=10), texts)
            reference = latencies(
                lambda q: fts.execute(FTS5_QUERY, (fts5_expression(q.split()),)).fetchall(),
                texts,
            )
            search.keyword.words.forget_lists()
            keyword_cold = latencies(lambda q: search.search(q, mode="keyword", limit=10), texts)
            index_only = latencies(lambda q: search.keyword.search(q, limit=10), texts)
            semantic = latencies(lambda q: search.search(q, mode="semantic", limit=10), texts)
            hybrid = latencies(lambda q: search.search(q, mode="hybrid", limit=10), texts)
            ids = [object_id for object_id, _ in rows]
            picked = rng.sample(ids, min(len(texts), len(ids)))
            similar = latencies(lambda i: search.similar(i, limit=10), picked)
            state = latencies(lambda _: cat.view_state(), range(50))
            empty_keyword = sum(
                not search.search(q, mode="keyword", limit=10).results for q in texts[:50]
            )
            empty_fts = sum(
                not fts.execute(FTS5_QUERY, (fts5_expression(q.split()),)).fetchall()
                for q in texts[:50]
            )
            fts.close()
            result["keyword"] = percentiles(keyword)
            result["keyword_lists_not_made"] = percentiles(keyword_cold)
            result["lists_made_s"] = round(warm_s, 2)
            result["fts5"] = percentiles(reference)
            result["keyword_index_only"] = percentiles(index_only)
            result["keyword_vs_fts5_p95"] = round(
                result["keyword"]["p95_ms"] / result["fts5"]["p95_ms"], 2
            )
            result["keyword_lists_not_made_vs_fts5_p95"] = round(
                result["keyword_lists_not_made"]["p95_ms"] / result["fts5"]["p95_ms"], 2
            )
            result["semantic"] = percentiles(semantic)
            result["hybrid"] = percentiles(hybrid)
            result["similar"] = percentiles(similar)
            result["view_state"] = percentiles(state)
            result["no_results_of_50"] = {"keyword": empty_keyword, "fts5": empty_fts}
            log(
                f"{n}: keyword p95 {result['keyword']['p95_ms']} ms, FTS5 "
                f"{result['fts5']['p95_ms']} ms, hybrid {result['hybrid']['p95_ms']} ms"
            )

            edits = []
            for object_id in rng.sample(ids, args.edits):
                title = cat.get_entry(object_id).body["title"]
                new_title = _cut(f"{title} (edited {len(edits) + 1})", 200)
                start = time.perf_counter()
                cat.set_fields(object_id, [("title", new_title)])
                done = search.catch_up(model_wait=None)
                edits.append(time.perf_counter() - start)
                assert done == {"keyword": "updated", "semantic": "updated"}, done
                search.search(" ".join(new_title.split()[:3]), mode="keyword", limit=10)
            result["edit_reindex"] = {
                "edits": len(edits),
                "median_s": round(statistics.median(edits), 3),
                "max_s": round(max(edits), 3),
            }
            log(f"{n}: edited entries re-indexed in {', '.join(f'{e:.2f}' for e in edits)} s")
            current, peak = rss_mb()
            result["rss_mb"] = round(current)
            result["peak_rss_mb"] = round(peak)
        finally:
            search.close()
            cat.close()
    gc.collect()
    return result


# -- the report --------------------------------------------------------------------------------


def check(value: float, limit: float) -> str:
    return f"{'pass' if value <= limit else 'FAIL'} ({value:g} vs ≤ {limit:g})"


def targets(sizes: dict[int, dict[str, Any]], throughput: dict[str, Any]) -> list[list[str]]:
    rows = []
    if 10_000 in sizes:
        s = sizes[10_000]
        rows.append(["keyword p95 ≤ 3× FTS5 at 10k", check(s["keyword_vs_fts5_p95"], 3)])
        rows.append(["keyword p95 ≤ 50 ms at 10k", check(s["keyword"]["p95_ms"], 50)])
        rows.append(["hybrid p95 ≤ 60 ms at 10k", check(s["hybrid"]["p95_ms"], 60)])
        rows.append(
            ["edited entry re-indexed ≤ 1 s at 10k (max)", check(s["edit_reindex"]["max_s"], 1)]
        )
    if 100_000 in sizes:
        s = sizes[100_000]
        rows.append(["keyword p95 ≤ 3× FTS5 at 100k", check(s["keyword_vs_fts5_p95"], 3)])
        rows.append(["hybrid p95 ≤ 250 ms at 100k", check(s["hybrid"]["p95_ms"], 250)])
        rows.append(
            ["edited entry re-indexed ≤ 1 s at 100k (max)", check(s["edit_reindex"]["max_s"], 1)]
        )
    ratio = throughput["ratio"]
    rows.append(
        [
            "embedding throughput ≥ 90% of direct encode",
            f"{'pass' if ratio >= 0.9 else 'FAIL'} ({ratio:.0%})",
        ]
    )
    return rows


def markdown(
    sizes: dict[int, dict[str, Any]], throughput: dict[str, Any], goals: list[list[str]]
) -> str:
    def pair(d: dict[str, float]) -> str:
        return f"{d['p50_ms']:g} / {d['p95_ms']:g}"

    lines = [
        "Index build and memory:",
        "",
        "| entries | add s | keyword build s | FTS5 build s | semantic catch_up s (encoded for "
        "real) | est. full semantic build s | edit re-index s (median / max) | RSS MB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for n, s in sizes.items():
        sem = s["semantic_build"]
        lines.append(
            f"| {n} | {s['add_s']} | {s['keyword_build_s']} | {s['fts5_build_s']} | "
            f"{sem['measured_s']} ({sem['encoded']}) | {sem['estimated_full_s']} | "
            f"{s['edit_reindex']['median_s']} / {s['edit_reindex']['max_s']} | {s['rss_mb']} |"
        )
    lines += [
        "",
        "Query latency, ms p50 / p95 (limit 10):",
        "",
        "| entries | Casebook keyword | FTS5 bm25 | keyword p95 ÷ FTS5 p95 | keyword, lists "
        "not made (÷ FTS5) | lists made in s | whoosh search alone "
        "| semantic | hybrid | similar | view_state() |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for n, s in sizes.items():
        lines.append(
            f"| {n} | {pair(s['keyword'])} | {pair(s['fts5'])} | {s['keyword_vs_fts5_p95']}× | "
            f"{pair(s['keyword_lists_not_made'])} ({s['keyword_lists_not_made_vs_fts5_p95']}×) | "
            f"{s['lists_made_s']} | "
            f"{pair(s['keyword_index_only'])} | {pair(s['semantic'])} | {pair(s['hybrid'])} | "
            f"{pair(s['similar'])} | {pair(s['view_state'])} |"
        )
    t = throughput
    lines += [
        "",
        f"Embedding throughput ({t['texts']} texts, mean {t['mean_chars']} characters):",
        "",
        "| VectorStore.catch_up texts/s | model.encode texts/s | ratio |",
        "|---:|---:|---:|",
        f"| {t['catch_up_texts_per_s']} | {t['direct_texts_per_s']} | {t['ratio']:.0%} |",
        "",
        "Targets:",
        "",
        "| target | result |",
        "|---|---|",
        *[f"| {name} | {verdict} |" for name, verdict in goals],
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000", help="catalogue sizes")
    parser.add_argument("--queries", type=int, default=200, help="queries per size and mode")
    parser.add_argument("--embed-sample", type=int, default=2000, help="texts for throughput")
    parser.add_argument(
        "--real-encode", type=int, default=1000, help="texts encoded for real per size at most"
    )
    parser.add_argument("--edits", type=int, default=5, help="edited entries per size")
    parser.add_argument("--seed", type=int, default=20240)
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    started = time.perf_counter()
    load_before = os.getloadavg()

    records, how = read_records()
    dutch = sum(r.language == "nl" for r in records)
    log(f"{len(records)} corpus records ({dutch} Dutch), {how}")
    bodies = make_bodies(records, max(max(sizes), args.embed_sample), args.seed)
    per_size = args.queries + WARM_UP
    every = make_queries(records, per_size * len(sizes), args.seed)
    queries_of = {n: every[i * per_size : (i + 1) * per_size] for i, n in enumerate(sizes)}
    queries = queries_of[sizes[0]][WARM_UP:]
    log(f"{len(bodies)} synthetic bodies, {args.queries} different queries for each size")

    load_s, model = timed(MiniLM)
    baseline_rss, _ = rss_mb()
    log(f"model loaded in {load_s:.1f} s; RSS {baseline_rss:.0f} MB")

    with tempfile.TemporaryDirectory(prefix="casebook-embed-") as tmp:
        throughput, pool = embedding_throughput(model, bodies[: args.embed_sample], Path(tmp))
    log(f"embedding throughput: {throughput}")

    results: dict[int, dict[str, Any]] = {}
    for n in sizes:
        results[n] = run_size(
            n, bodies, queries_of[n], model, pool, args, throughput["catch_up_texts_per_s"]
        )

    goals = targets(results, throughput)
    table = markdown(results, throughput, goals)
    load_after = os.getloadavg()
    synthetic = [
        f"{n}: {r['semantic_build']['encoded']} encoded for real, "
        f"{r['semantic_build']['prefilled_real']} real vectors reused, "
        f"{r['semantic_build']['prefilled_synthetic']} perturbed copies"
        for n, r in results.items()
    ]
    machine = {
        "nproc": os.cpu_count(),
        "machine": platform.machine(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in load_after],
    }
    notes = [
        f"- Machine: {machine['nproc']} CPUs ({machine['machine']}), Python "
        f"{machine['python']}, SQLite {machine['sqlite']}; 1-minute load average "
        f"{load_before[0]:.1f} before and {load_after[0]:.1f} after (other work shares the "
        "machine, so compare ratios, not absolute times). Whole run "
        f"{(time.perf_counter() - started) / 60:.1f} min; model load {load_s:.1f} s "
        "(excluded from every figure).",
        f"- Entries: synthetic, made from {len(records)} real corpus records ({dutch} Dutch, "
        f"the rest English; {how}): titles, summary and description sentences, "
        "organisations and countries recombined so that every entry's text is unique. "
        "Each size holds the first n of the same list.",
        f"- Queries: {len(queries)} of 1-4 consecutive content words from real titles and "
        f"summaries (~{DUTCH_QUERY_SHARE:.0%} Dutch), different at each size, after "
        f"{WARM_UP} others that open the searchers (not measured). Casebook gets the words "
        "as typed (an OR "
        'of them, searched in every language field); FTS5 gets `"w1" OR "w2"` over '
        "title + summary + description, ranked by `bm25()`. Casebook also makes snippets "
        "and reads the result rows; FTS5 returns rowid + title.",
        "- Keyword: `KeywordIndex.warm` first makes the word table's lists of common words "
        "(timed: 'lists made in s'; the window makes them in the background while the user "
        "types, again after each change); the queries then run once each, FTS5 right "
        "after: the keyword column and the 3x target. Then the lists are dropped and the "
        "queries run again, as on the command line (a query makes what it needs); that pass "
        "finds the words' other caches filled by the first, so it flatters. 'whoosh search "
        "alone' (the index's own search, no engine), semantic and hybrid run the same queries "
        "after these two passes, the lists still dropped (as on the command line).",
        "- Semantic index: encoding is slow on this CPU, so each size encodes at most "
        f"{args.real_encode} texts for real during the timed `VectorStore.catch_up`; the "
        "rest of the vectors were stored beforehand through the store's `vectors` table: "
        "real vectors already encoded for the same texts, else perturbed, re-normalised "
        "copies of real vectors (exact cosine search costs the same whatever the values). "
        + "; ".join(synthetic)
        + ". The estimated full build replaces the measured encoding time by n ÷ the "
        "measured catch_up rate.",
        f"- Similar cases: {min(len(queries), min(sizes))} random entries per size. Edit "
        f"re-index: {args.edits} random entries, `set_fields(title)` then "
        "`Search.catch_up(model_wait=None)` (keyword update + one encode + matrix patch).",
        "- RSS: VmRSS of the whole process after each size (model loaded: "
        f"{baseline_rss:.0f} MB before any catalogue).",
    ]
    text = f"{table}\n\nNotes:\n\n" + "\n".join(notes)
    print(text)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "search_speed.json").write_text(
        json.dumps(
            {
                "machine": machine,
                "model_load_s": round(load_s, 1),
                "baseline_rss_mb": round(baseline_rss),
                "corpus_records": len(records),
                "queries": len(queries),
                "embedding_throughput": throughput,
                "sizes": {str(n): r for n, r in results.items()},
                "targets": dict(goals),
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n",
        "utf-8",
    )
    (RESULTS / "search_speed.md").write_text(
        "# Search speed: Casebook keyword, semantic and hybrid vs SQLite FTS5\n\n"
        "bench/search_speed.py. Everything runs in one process, one after the other; ratios "
        "are what to compare (absolute times vary with the machine).\n\n"
        f"{text}\n",
        "utf-8",
    )


if __name__ == "__main__":
    main()
