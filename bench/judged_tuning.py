"""Choose the keyword weights (BM25F) and the hybrid fusion on the judged set's training half.

    .venv/bin/python bench/judged_set.py tune --home DIR

Prints every setting tried with its training-half nDCG@10, the best one, and the held-out
figures of that best one (which are not used for choosing). Writes
`bench/results/judged_tuning.md`. The chosen values are then written into
`search/keyword_scoring.py` (`PARAMETERS`) and `search/engine.py` (`FUSION`) by hand.
"""

from __future__ import annotations

import itertools
import statistics
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import judged_set as js

from search import engine as engine_module
from search import keyword_scoring

RESULTS = Path(__file__).parent / "results"
DEPTH = 100


def keyword_run(
    data: js.Corpus, needs: list[dict[str, Any]], depth: int = 20
) -> dict[str, list[tuple[str, float]]]:
    out = {}
    for need in needs:
        filters = [(str(k), str(v)) for k, v in need["filters"]]
        found = data.engine.keyword.search(
            need["query"], limit=depth, filters=filters, snippets=False, suggest=False
        )
        out[need["id"]] = [(data.key_of[h.id], h.score) for h in found.hits]
    return out


def semantic_run(
    data: js.Corpus, needs: list[dict[str, Any]]
) -> dict[str, list[tuple[str, float]]]:
    data.engine.min_similarity = -1.0
    out = {}
    for need in needs:
        filters = [(str(k), str(v)) for k, v in need["filters"]]
        found = data.engine.search(need["query"], mode="semantic", limit=DEPTH, filters=filters)
        out[need["id"]] = [(data.key_of[r.id], r.score) for r in found.results]
    data.engine.min_similarity = engine_module.MIN_SIMILARITY
    return out


def mean_ndcg(
    needs: list[dict[str, Any]],
    ranked: dict[str, list[str]],
    judgements: dict[str, Any],
    part: str,
    kind: str = "all",
) -> float:
    values = [
        js.ndcg_at(ranked[n["id"]], judgements[n["id"]]["relevant"])
        for n in needs
        if (part == "all" or js.half(n["id"]) == part) and (kind == "all" or n["kind"] == kind)
    ]
    return statistics.fmean(values) if values else float("nan")


def by_kind(
    needs: list[dict[str, Any]], ranked: dict[str, list[str]], judgements: dict[str, Any], part: str
) -> str:
    return " ".join(
        f"{kind[:5]} {mean_ndcg(needs, ranked, judgements, part, kind):.3f}"
        for kind in ("all", *js.KINDS)
    )


def keys(run: dict[str, list[tuple[str, float]]]) -> dict[str, list[str]]:
    return {i: [k for k, _ in found] for i, found in run.items()}


def tune_keyword(
    data: js.Corpus, needs: list[dict[str, Any]], judgements: dict[str, Any], lines: list[str]
) -> keyword_scoring.BM25F:
    base = keyword_scoring.PARAMETERS
    tried = []
    grid = itertools.product(
        (1.0, 2.0, 3.0, 5.0),  # title weight
        (0.5, 1.5),  # names weight
        (0.0, 1.0),  # tags weight
        (0.5, 0.75, 0.9),  # b of the body
        (1.2, 2.0),  # k1
    )
    for title, names, tags, b_body, k1 in grid:
        parameters = replace(
            base, weights=(title, 1.0, names, tags), b=(0.75, b_body, 0.75, 0.75), k1=k1
        )
        keyword_scoring.PARAMETERS = parameters
        ranked = keys(keyword_run(data, needs))
        tried.append((mean_ndcg(needs, ranked, judgements, "train"), parameters))
    tried.sort(key=lambda item: -item[0])
    lines.append(f"Keyword (BM25F) settings, best 10 of {len(tried)} by training nDCG@10:")
    lines.append("")
    for value, parameters in tried[:10]:
        lines.append(
            f"- {value:.3f}: weights {parameters.weights}, b {parameters.b}, k1 {parameters.k1}"
        )
    best = tried[0][1]
    keyword_scoring.PARAMETERS = best
    return best


def fuse(
    keyword: list[tuple[str, float]],
    semantic: list[tuple[str, float]],
    k: float,
    keyword_weight: float,
    floor: float,
) -> list[str]:
    scores: dict[str, float] = {}
    for rank, (key, _) in enumerate(keyword, start=1):
        scores[key] = scores.get(key, 0.0) + keyword_weight / (k + rank)
    rank = 0
    for key, similarity in semantic:
        if similarity < floor:
            continue
        rank += 1
        scores[key] = scores.get(key, 0.0) + 1.0 / (k + rank)
    return [key for key, _ in sorted(scores.items(), key=lambda item: (-item[1], item[0]))]


def tune_fusion(
    data: js.Corpus, needs: list[dict[str, Any]], judgements: dict[str, Any], lines: list[str]
) -> dict[str, float]:
    """Reciprocal rank fusion, the keyword ranking weighted by how well its best entry
    matches the words (`fusion.Fusion.weights`; equal weights are the plain RRF)."""
    keyword = keyword_run(data, needs, DEPTH)
    semantic = semantic_run(data, needs)
    tried = []
    for k, low, high, coverage, floor in itertools.product(
        (5, 10, 20, 60),
        (0.1, 0.25, 0.5, 0.75, 1.0),
        (0.75, 1.0, 1.5, 2.0, 3.0),
        (0.3, 0.4, 0.5, 0.6, 0.7),
        (0.0, 0.2, 0.3),
    ):
        setting = {"k": k, "low": low, "high": high, "coverage": coverage, "floor": floor}
        ranked = {n["id"]: adaptive(keyword[n["id"]], semantic[n["id"]], setting) for n in needs}
        tried.append((mean_ndcg(needs, ranked, judgements, "train"), setting))
    tried.sort(key=lambda item: -item[0])
    lines += ["", f"Fusion settings, best 10 of {len(tried)} by training nDCG@10:", ""]
    for value, setting in tried[:10]:
        lines.append(f"- {value:.3f}: {setting}")
    fixed = [t for t in tried if t[1]["low"] == t[1]["high"]]
    lines.append(
        f"- best with one keyword weight for every query: {fixed[0][0]:.3f}: {fixed[0][1]}"
    )
    best = tried[0][1]
    ranked = {n["id"]: adaptive(keyword[n["id"]], semantic[n["id"]], best) for n in needs}
    sem = {i: [k for k, s in found if s >= 0.2] for i, found in semantic.items()}
    kw = keys(keyword)
    lines += ["", "With the best of each (nDCG@10 by kind; semantic with its 0.2 floor):", ""]
    for part in ("train", "held-out"):
        lines.append(f"- {part} keyword: {by_kind(needs, kw, judgements, part)}")
        lines.append(f"- {part} semantic: {by_kind(needs, sem, judgements, part)}")
        lines.append(f"- {part} hybrid: {by_kind(needs, ranked, judgements, part)}")
    return best


def adaptive(
    keyword: list[tuple[str, float]], semantic: list[tuple[str, float]], setting: dict[str, float]
) -> list[str]:
    best = keyword[0][1] if keyword else 0.0
    weight = setting["high"] if best >= setting["coverage"] else setting["low"]
    return fuse(keyword, semantic, setting["k"], weight, setting["floor"])


def before(
    data: js.Corpus, needs: list[dict[str, Any]], judgements: dict[str, Any], lines: list[str]
) -> None:
    """The ranking before BM25F: FTS5's bm25() order of the candidates, as it was."""
    scorer = keyword_scoring.score
    keyword_scoring.score = lambda candidates, *_: [  # type: ignore[assignment]
        (c.id, -float(i)) for i, c in enumerate(candidates)
    ]
    try:
        ranked = keys(keyword_run(data, needs))
    finally:
        keyword_scoring.score = scorer
    fts5 = {n["id"]: data.fts5(n) for n in needs}
    for part in ("train", "held-out"):
        lines.append(
            f"- {part} keyword before (FTS5 table's bm25 order): "
            + by_kind(needs, ranked, judgements, part)
        )
        lines.append(f"- {part} fts5 baseline: {by_kind(needs, fts5, judgements, part)}")
    lines.append("")


def tune(home: Path) -> None:
    needs = js.load_needs()
    judgements = js.load_judgements()
    data = js.Corpus(home)
    lines = ["# Tuning on the judged set's training half", ""]
    started = time.perf_counter()
    before(data, needs, judgements, lines)
    print("\n".join(lines), flush=True)
    keyword_scoring.PARAMETERS = replace(keyword_scoring.PARAMETERS, candidates=200)
    best = tune_keyword(data, needs, judgements, lines)
    lines.append(f"\nchosen: {best}\n")
    fusion = tune_fusion(data, needs, judgements, lines)
    lines.append(f"\nchosen fusion: {fusion}")
    lines.append(f"\n(tuning took {time.perf_counter() - started:.0f} s)")
    data.close()
    text = "\n".join(lines) + "\n"
    (RESULTS / "judged_tuning.md").write_text(text, "utf-8")
    print(text)


def measure_rules(home: Path) -> None:
    """What the per-language entry counts and the common-terms rule do to the ranking."""
    needs = js.load_needs()
    judgements = js.load_judgements()
    data = js.Corpus(home)
    lines = ["", "## What the rules do (nDCG@10 by kind)", ""]
    kw = keys(keyword_run(data, needs))
    for part in ("train", "held-out"):
        lines.append(f"- {part} BM25F, one IDF per word: {by_kind(needs, kw, judgements, part)}")
    # Per language: each language's token counted apart, as FTS5's bm25() did.
    from search import words as words_module

    counted = words_module.WordTable._entry_count
    languages: dict[str, int] = {}

    def per_language(self: Any, conn: Any, expression: str) -> int:
        # `{title body names tags} : (en_x OR nl_x OR n_x)`: each token's count apart.
        head, _, inner = expression.partition(" : (")
        tokens = inner[:-1].split(" OR ") if inner.endswith(")") else []
        counts = [counted(self, conn, f"{head} : ({token})") for token in tokens] or [
            counted(self, conn, expression)
        ]
        languages[expression] = max(counts)
        return max(counts)

    words_module.WordTable._entry_count = per_language  # type: ignore[method-assign]
    try:
        split = keys(keyword_run(data, needs))
    finally:
        words_module.WordTable._entry_count = counted  # type: ignore[method-assign]
    for part in ("train", "held-out"):
        lines.append(
            f"- {part} BM25F, entry count of the largest language only: "
            + by_kind(needs, split, judgements, part)
        )
    # Through whoosh (the words in parentheses), without and with the common-terms rule
    # (no longer applied by KeywordIndex.search; put back here for the measure).
    from search.keyword import KeywordIndex
    from search.keyword_query import common_terms_optional

    whooshed = [{**n, "query": f"({n['query']})"} for n in needs]
    without = keys(keyword_run(data, whooshed))
    parsed_now = KeywordIndex._parsed

    def with_rule(self: Any, searcher: Any, text: str) -> Any:
        parsed, fallback = parsed_now(self, searcher, text)
        return common_terms_optional(parsed, searcher.reader(), 20), fallback

    KeywordIndex._parsed = with_rule  # type: ignore[method-assign]
    try:
        with_rule_run = keys(keyword_run(data, whooshed))
    finally:
        KeywordIndex._parsed = parsed_now  # type: ignore[method-assign]
    with_rule = with_rule_run
    for part in ("train", "held-out"):
        lines.append(
            f"- {part} whoosh path, common-terms rule: "
            + by_kind(needs, with_rule, judgements, part)
        )
        lines.append(
            f"- {part} whoosh path, without it: {by_kind(needs, without, judgements, part)}"
        )
    data.close()
    text = "\n".join(lines) + "\n"
    with (RESULTS / "judged_tuning.md").open("a", encoding="utf-8") as out:
        out.write(text)
    print(text)
