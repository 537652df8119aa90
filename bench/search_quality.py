"""Search quality on the real public datasets: nDCG@10 and recall@20 per mode.

Loads the EU Public Sector Tech Watch (AI cases), the Dutch algorithm register and the US
federal AI use case inventory (from ../shared/corpus, never copied here) into a temporary
home with `bench/corpus.py`, then runs the judged queries of `bench/quality_queries.json`
in keyword, semantic and hybrid mode through `search.engine.Search`, as a user would.

Relevance was judged by reading the records (2 = exactly the need, 1 = partly), not with
any of these search modes.

    .venv/bin/python bench/search_quality.py [--home DIR]   # --home keeps the loaded home
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import corpus
import judged_set
from benchkit import save

from catalogue.catalogue import Catalogue
from search.engine import MODES, Search

RESULTS = Path(__file__).parent / "results"
QUERIES = Path(__file__).parent / "quality_queries.json"


def dcg(gains: list[int]) -> float:
    return sum((2**g - 1) / math.log2(rank + 2) for rank, g in enumerate(gains))


def ndcg_at(ranked: list[str], judged: dict[str, int], k: int = 10) -> float:
    ideal = dcg(sorted(judged.values(), reverse=True)[:k])
    return dcg([judged.get(key, 0) for key in ranked[:k]]) / ideal if ideal else 0.0


def recall_at(ranked: list[str], judged: dict[str, int], k: int = 20) -> float:
    relevant = {key for key, grade in judged.items() if grade > 0}
    return len(relevant & set(ranked[:k])) / len(relevant) if relevant else 0.0


def open_home(home: Path) -> Catalogue:
    if (home / "casebook.db").exists():
        return Catalogue.open(home, author="bench", auto_backup=False)
    started = time.perf_counter()
    catalogue = corpus.load_home(home)
    print(f"loaded {catalogue.count_entries()} entries in {time.perf_counter() - started:.0f} s")
    return catalogue


def keys_by_id(catalogue: Catalogue) -> dict[str, str]:
    return {row.id: corpus.key_of(row.body) for row in catalogue.entry_rows()}


def run(home: Path) -> dict[str, Any]:
    queries = json.loads(QUERIES.read_text("utf-8"))
    catalogue = open_home(home)
    engine = Search(catalogue)
    started = time.perf_counter()
    engine.catch_up(model_wait=None)
    print(f"indexes ready in {time.perf_counter() - started:.0f} s")
    key_of_id = keys_by_id(catalogue)
    present = set(key_of_id.values())
    per_query = []
    for item in queries:
        judged = {k: v for k, v in item["relevant"].items() if k in present}
        row: dict[str, Any] = {"query": item["query"], "lang": item["lang"], "judged": len(judged)}
        for mode in MODES:
            found = engine.search(item["query"], mode=mode, limit=20)
            ranked = [key_of_id[r.id] for r in found.results]
            row[mode] = {"ndcg10": ndcg_at(ranked, judged), "recall20": recall_at(ranked, judged)}
        per_query.append(row)
    engine.close()
    catalogue.close()

    def mean(mode: str, metric: str, lang: str | None = None) -> float:
        values = [q[mode][metric] for q in per_query if lang is None or q["lang"] == lang]
        return statistics.fmean(values) if values else float("nan")

    summary = {
        group: {
            mode: {
                "ndcg10": round(mean(mode, "ndcg10", lang), 3),
                "recall20": round(mean(mode, "recall20", lang), 3),
            }
            for mode in MODES
        }
        for group, lang in (("all", None), ("en", "en"), ("nl", "nl"))
    }
    return {
        "entries": len(key_of_id),
        "queries": len(per_query),
        "queries_by_lang": {
            lang: sum(1 for q in per_query if q["lang"] == lang) for lang in ("en", "nl")
        },
        "summary": summary,
        "per_query": per_query,
        "python": platform.python_version(),
    }


def markdown(result: dict[str, Any]) -> str:
    lines = [
        "# Search quality",
        "",
        f"{result['queries']} judged queries ({result['queries_by_lang']['en']} in English, "
        f"{result['queries_by_lang']['nl']} in Dutch) over {result['entries']:,} entries of the "
        "three public datasets.",
        "",
        "| queries | mode | nDCG@10 | recall@20 |",
        "|---|---|---|---|",
    ]
    for group, label in (("all", "all"), ("en", "English"), ("nl", "Dutch")):
        for mode in MODES:
            figures = result["summary"][group][mode]
            lines.append(
                f"| {label} | {mode} | {figures['ndcg10']:.3f} | {figures['recall20']:.3f} |"
            )
    best_single = max(result["summary"]["all"][m]["ndcg10"] for m in ("keyword", "semantic"))
    hybrid = result["summary"]["all"]["hybrid"]["ndcg10"]
    verdict = "beats" if hybrid > best_single else "does NOT beat"
    lines += [
        "",
        f"Hybrid {verdict} both single modes on nDCG@10 ({hybrid:.3f} vs {best_single:.3f}).",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, help="a home to load into (kept, reused)")
    args = parser.parse_args()
    if args.home:
        result = run(args.home)
    else:
        with tempfile.TemporaryDirectory() as folder:
            result = run(Path(folder) / "home")
    # The judged set of issue 20 (bench/judged_set.py run) follows, from its last run.
    save("search_quality", result, markdown(result) + "\n" + judged_set.saved_markdown(), indent=2)


if __name__ == "__main__":
    main()
