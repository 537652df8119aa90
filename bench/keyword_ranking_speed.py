"""What BM25F costs per query, measured side by side in one process (issue 20).

On a loaded home (`--home DIR`, as `judged_set.py` loads it: the 6,713 entries of the three
public registers), each query runs, one right after the other, as:

- `fts5`: SQLite FTS5 `bm25()` over title and text, title weighted 3 (the baseline of the
  judged set, in memory), top 10;
- `before`: Casebook keyword search with the word table's search as it was before BM25F
  (`search/words.py` of commit ac72cf5, read from git: FTS5's `bm25()` order, top `limit`);
- `bm25f`: Casebook keyword search as it is (FTS5 candidates re-scored by BM25F);
- `hybrid`: Casebook hybrid search (query encoding included).

Interleaving the systems query by query makes the ratios fair on a machine that other work
shares. Queries: the judged set's, plus 1-4 consecutive words of real titles.

    .venv/bin/python bench/keyword_ranking_speed.py --home DIR
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import judged_set as js
from benchkit import save


def queries(data: js.Corpus, count: int, seed: int) -> list[dict[str, Any]]:
    found = [{"query": n["query"], "filters": []} for n in js.load_needs()]
    titles = sorted(t.split("\n", 1)[0] for t in data.text_of.values())
    chooser = random.Random(seed)
    while len(found) < count:
        words = re.findall(r"[^\W\d_]{3,}", chooser.choice(titles))
        if words:
            size = chooser.randint(1, min(4, len(words)))
            start = chooser.randint(0, len(words) - size)
            found.append({"query": " ".join(words[start : start + size]), "filters": []})
    return found


BEFORE = "ac72cf5"


def search_before() -> Callable[..., Any]:
    """`WordTable.search` as it was before BM25F, from git (same table, same tokens)."""
    import importlib.util
    import subprocess

    source = subprocess.run(
        ["git", "show", f"{BEFORE}:search/words.py"],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    ).stdout
    spec = importlib.util.spec_from_loader("search.words_before", loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "search"
    exec(compile(source, "words_before.py", "exec"), module.__dict__)
    search: Callable[..., Any] = module.WordTable.search
    return search


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run(home: Path, count: int, seed: int) -> dict[str, Any]:
    data = js.Corpus(home)
    asked = queries(data, count, seed)
    from search.words import WordTable

    search_now = WordTable.search
    old_search = search_before()

    def keyword(need: dict[str, Any]) -> None:
        data.engine.search(need["query"], mode="keyword", limit=10)

    def before(need: dict[str, Any]) -> None:
        WordTable.search = old_search  # type: ignore[method-assign]
        try:
            keyword(need)
        finally:
            WordTable.search = search_now  # type: ignore[method-assign]

    systems: dict[str, Callable[[dict[str, Any]], Any]] = {
        "fts5": lambda need: data.fts5(need, 10),
        "before": before,
        "bm25f": keyword,
        "hybrid": lambda need: data.engine.search(need["query"], mode="hybrid", limit=10),
    }
    for need in asked[:20]:  # warm up: caches, the model's first calls
        for system in systems.values():
            system(need)
    times: dict[str, list[float]] = {name: [] for name in systems}
    for need in asked:
        for name, system in systems.items():
            started = time.perf_counter()
            system(need)
            times[name].append((time.perf_counter() - started) * 1000)
    data.close()
    summary = {
        name: {
            "p50": round(statistics.median(values), 2),
            "p90": round(percentile(values, 0.90), 2),
            "p95": round(percentile(values, 0.95), 2),
        }
        for name, values in times.items()
    }
    load = [round(x, 2) for x in os.getloadavg()]
    return {"entries": len(data.key_of), "queries": len(asked), "ms": summary, "load": load}


def markdown(result: dict[str, Any]) -> str:
    ms = result["ms"]
    lines = [
        "# Keyword ranking speed: BM25F beside FTS5 (issue 20)",
        "",
        f"bench/keyword_ranking_speed.py: {result['queries']} queries over "
        f"{result['entries']:,} entries, each run by every system in turn in one process "
        "(limit 10). Keyword and hybrid go through `Search.search` (snippets, rows). "
        f"1-minute load average at the end: {result['load'][0]} on 2 cores (other work "
        "shares the machine: compare within the table, not with other runs).",
        "",
        "| system | p50 ms | p90 ms | p95 ms | p95 ÷ FTS5 p95 |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, label in (
        ("fts5", "FTS5 bm25(), title ×3"),
        ("before", "Casebook keyword, before BM25F"),
        ("bm25f", "Casebook keyword, BM25F"),
        ("hybrid", "Casebook hybrid"),
    ):
        ratio = ms[name]["p95"] / ms["fts5"]["p95"] if ms["fts5"]["p95"] else float("nan")
        figures = ms[name]
        lines.append(
            f"| {label} | {figures['p50']} | {figures['p90']} | {figures['p95']} | {ratio:.1f}× |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True, help="a loaded home (kept)")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args()
    result = run(args.home, args.queries, args.seed)
    save("keyword_ranking_speed", result, markdown(result))


if __name__ == "__main__":
    main()
