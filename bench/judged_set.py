"""The judged set of issue 20: needs judged by written rules, pooled from several systems.

`bench/judged/needs.json` holds the needs (format in `bench/judged/README.md`); each has
rules (regular expressions over a record's title and texts, and filters) that decide its
grade: 2 = what was asked for, 1 = partly, 0 = not. The pool of a need is the top 20 of
four systems: Casebook keyword, semantic and hybrid, and a plain SQLite FTS5 `bm25()` over
title and text with the title weighted 3 (the baseline, built here). The rules are applied
to the pool and to every record (so recall is over all that the rules call relevant);
`bench/judged/judgements.json` keeps both, per need.

Needs are split into a training half and a held-out half by a hash of their id (fixed):
weights and fusion are chosen on the training half and reported on the held-out half.

    .venv/bin/python bench/judged_set.py judge --home DIR   # pool, judge, write judgements
    .venv/bin/python bench/judged_set.py run --home DIR     # the table (search_quality_judged)
    .venv/bin/python bench/judged_set.py tune --home DIR    # weights and fusion, training half
    .venv/bin/python bench/judged_set.py rules --home DIR   # per-language IDF, common terms
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import corpus
from benchkit import save

from catalogue.catalogue import Catalogue
from search.engine import Search

HERE = Path(__file__).parent / "judged"
NEEDS = HERE / "needs.json"
JUDGEMENTS = HERE / "judgements.json"
RESULTS = Path(__file__).parent / "results"
KINDS = ("lexical", "paraphrase", "cross-language", "filters+words")
SYSTEMS = ("fts5", "keyword", "semantic", "hybrid")
POOL_DEPTH = 20
Ranker = Callable[[dict[str, Any]], list[str]]


# -- the needs and their rules ------------------------------------------------------------


def load_needs(path: Path = NEEDS) -> list[dict[str, Any]]:
    needs: list[dict[str, Any]] = json.loads(path.read_text("utf-8"))
    return needs


def half(need_id: str) -> str:
    """ "train" or "held-out", fixed by the need's id."""
    return "train" if hashlib.sha256(need_id.encode()).digest()[0] % 2 == 0 else "held-out"


def record_text(body: dict[str, Any]) -> str:
    """What the rules read: title, summary, description and purpose."""
    parts = (body.get("title"), body.get("summary"), body.get("description"), body.get("purpose"))
    return "\n".join(str(p) for p in parts if p)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE | re.DOTALL)


def grade(need: dict[str, Any], text: str, allowed: bool = True) -> int:
    """The grade the need's rules give a record with `text` (`allowed`: it passes the
    need's filters). 0 unless every `all` pattern matches and no `none` pattern does; then
    2 when every `strong` pattern matches too, else 1."""
    if not allowed:
        return 0
    if not all(_compiled(p).search(text) for p in need["all"]):
        return 0
    if any(_compiled(p).search(text) for p in need.get("none", [])):
        return 0
    return 2 if all(_compiled(p).search(text) for p in need.get("strong", [])) else 1


# -- the home, the systems ------------------------------------------------------------------


def open_home(home: Path) -> Catalogue:
    if (home / "casebook.db").exists():
        return Catalogue.open(home, author="bench", auto_backup=False)
    started = time.perf_counter()
    catalogue = corpus.load_home(home)
    print(f"loaded {catalogue.count_entries()} entries in {time.perf_counter() - started:.0f} s")
    return catalogue


class Corpus:
    """The loaded home with what the bench needs of it: keys, texts, filters, FTS5."""

    def __init__(self, home: Path) -> None:
        self.catalogue = open_home(home)
        self.engine = Search(self.catalogue)
        started = time.perf_counter()
        self.engine.catch_up(model_wait=None)
        # The words' lists, as the window makes them while the user types.
        self.engine.keyword.warm()
        print(f"indexes ready in {time.perf_counter() - started:.0f} s")
        self.key_of: dict[str, str] = {}
        self.text_of: dict[str, str] = {}
        self.fts = sqlite3.connect(":memory:")
        self.fts.execute("CREATE VIRTUAL TABLE fts USING fts5(key UNINDEXED, title, text)")
        for row in self.catalogue.entry_rows():
            key = corpus.key_of(row.body)
            self.key_of[row.id] = key
            self.text_of[key] = record_text(row.body)
            body = row.body
            text = "\n".join(
                str(p)
                for p in (body.get("summary"), body.get("description"), body.get("purpose"))
                if p
            )
            self.fts.execute(
                "INSERT INTO fts (key, title, text) VALUES (?, ?, ?)",
                (key, str(body.get("title") or ""), text),
            )
        self._allowed: dict[tuple[tuple[str, str], ...], set[str]] = {}

    def close(self) -> None:
        self.engine.close()
        self.catalogue.close()
        self.fts.close()

    def allowed(self, filters: Sequence[Sequence[str]]) -> set[str] | None:
        """The keys the need's filters allow (None: no filters)."""
        if not filters:
            return None
        pairs = tuple((str(k), str(v)) for k, v in filters)
        if pairs not in self._allowed:
            ids = self.catalogue.filtered_ids(list(pairs))
            self._allowed[pairs] = {self.key_of[i] for i in ids if i in self.key_of}
        return self._allowed[pairs]

    def fts5(self, need: dict[str, Any], limit: int = POOL_DEPTH) -> list[str]:
        """The baseline: FTS5 bm25() over title and text, title weighted 3, the words OR-ed."""
        words = re.findall(r"\w+", need["query"])
        expression = " OR ".join('"' + w.replace('"', '""') + '"' for w in words)
        allowed = self.allowed(need["filters"])
        found = []
        for (key,) in self.fts.execute(
            "SELECT key FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 3.0, 1.0)", (expression,)
        ):
            if allowed is None or key in allowed:
                found.append(key)
                if len(found) == limit:
                    break
        return found

    def casebook(self, need: dict[str, Any], mode: str, limit: int = POOL_DEPTH) -> list[str]:
        filters = [(str(k), str(v)) for k, v in need["filters"]]
        found = self.engine.search(need["query"], mode=mode, limit=limit, filters=filters)  # type: ignore[arg-type]
        return [self.key_of[r.id] for r in found.results]

    def rankers(self) -> dict[str, Ranker]:
        return {
            "fts5": self.fts5,
            "keyword": lambda n: self.casebook(n, "keyword"),
            "semantic": lambda n: self.casebook(n, "semantic"),
            "hybrid": lambda n: self.casebook(n, "hybrid"),
        }

    def judge_all(self, need: dict[str, Any]) -> dict[str, int]:
        allowed = self.allowed(need["filters"])
        judged = {}
        for key, text in self.text_of.items():
            g = grade(need, text, allowed is None or key in allowed)
            if g:
                judged[key] = g
        return judged


# -- judging --------------------------------------------------------------------------------


def judge(home: Path) -> None:
    """Pool the top 20 of every system per need, apply the rules, write judgements.json."""
    needs = load_needs()
    data = Corpus(home)
    rankers = data.rankers()
    out: dict[str, Any] = {}
    for need in needs:
        pool: dict[str, int] = {}
        allowed = data.allowed(need["filters"])
        for name in SYSTEMS:
            for key in rankers[name](need):
                pool[key] = grade(need, data.text_of[key], allowed is None or key in allowed)
        relevant = data.judge_all(need)
        out[need["id"]] = {
            "half": half(need["id"]),
            "pool": dict(sorted(pool.items())),
            "relevant": dict(sorted(relevant.items())),
        }
        print(
            f"{need['id']:22} pool {len(pool):3} ({sum(1 for g in pool.values() if g)} relevant)"
            f"  all relevant {len(relevant):4} ({sum(1 for g in relevant.values() if g == 2)} x 2)"
        )
    data.close()
    JUDGEMENTS.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", "utf-8")


def load_judgements() -> dict[str, Any]:
    judgements: dict[str, Any] = json.loads(JUDGEMENTS.read_text("utf-8"))
    return judgements


# -- measures ---------------------------------------------------------------------------------


def dcg(gains: Iterable[int]) -> float:
    return sum((2**g - 1) / math.log2(rank + 2) for rank, g in enumerate(gains))


def ndcg_at(ranked: list[str], judged: dict[str, int], k: int = 10) -> float:
    ideal = dcg(sorted(judged.values(), reverse=True)[:k])
    return dcg([judged.get(key, 0) for key in ranked[:k]]) / ideal if ideal else 0.0


def recall_at(ranked: list[str], judged: dict[str, int], k: int = 20) -> float:
    return len(set(judged) & set(ranked[:k])) / len(judged) if judged else 0.0


def mrr(ranked: list[str], judged: dict[str, int]) -> float:
    for rank, key in enumerate(ranked[:POOL_DEPTH], start=1):
        if judged.get(key, 0) > 0:
            return 1.0 / rank
    return 0.0


def measures(ranked: list[str], judged: dict[str, int]) -> dict[str, float]:
    return {
        "ndcg10": ndcg_at(ranked, judged),
        "recall20": recall_at(ranked, judged),
        "mrr": mrr(ranked, judged),
    }


def score_runs(
    needs: list[dict[str, Any]], runs: dict[str, dict[str, list[str]]], judgements: dict[str, Any]
) -> dict[str, Any]:
    """Mean measures per system, per half (all, train, held-out) and kind (all + each)."""
    per_need = {
        system: {
            need["id"]: measures(ranked[need["id"]], judgements[need["id"]]["relevant"])
            for need in needs
        }
        for system, ranked in runs.items()
    }
    table: dict[str, Any] = {}
    for part in ("all", "train", "held-out"):
        for kind in ("all", *KINDS):
            chosen = [
                n["id"]
                for n in needs
                if (part == "all" or half(n["id"]) == part) and (kind == "all" or n["kind"] == kind)
            ]
            cell: dict[str, Any] = {"needs": len(chosen)}
            for system in runs:
                cell[system] = {
                    metric: round(statistics.fmean(per_need[system][i][metric] for i in chosen), 3)
                    for metric in ("ndcg10", "recall20", "mrr")
                }
            table[f"{part}/{kind}"] = cell
    return {"table": table, "per_need": per_need}


def ranked_runs(
    data: Corpus, needs: list[dict[str, Any]], systems: Sequence[str] = SYSTEMS
) -> dict[str, dict[str, list[str]]]:
    rankers = data.rankers()
    return {name: {n["id"]: rankers[name](n) for n in needs} for name in systems}


def run(home: Path) -> dict[str, Any]:
    needs = load_needs()
    judgements = load_judgements()
    data = Corpus(home)
    runs = ranked_runs(data, needs)
    data.close()
    scored = score_runs(needs, runs, judgements)
    return {
        "entries": len(data.key_of),
        "needs": len(needs),
        "by_kind": {k: sum(1 for n in needs if n["kind"] == k) for k in KINDS},
        "settings": current_settings(),
        **scored,
    }


def current_settings() -> dict[str, Any]:
    from dataclasses import asdict

    from search import fusion, keyword_scoring

    return {"fusion": asdict(fusion.FUSION), "bm25f": keyword_scoring.describe()}


def markdown(result: dict[str, Any]) -> str:
    lines = [
        "## Judged set (issue 20): Casebook beside FTS5 BM25",
        "",
        f"{result['needs']} needs ({', '.join(f'{v} {k}' for k, v in result['by_kind'].items())})"
        f" over {result['entries']:,} entries, judged by written rules on the pooled top 20 of "
        "the four systems and on every record (`bench/judged/`). `fts5` is SQLite FTS5 "
        "`bm25()` over title and text with the title weighted 3, run in the same process. "
        "Weights and fusion were chosen on the training half; the held-out half is the test.",
        "",
        "| half | kind | needs | system | nDCG@10 | recall@20 | MRR |",
        "|---|---|---:|---|---:|---:|---:|",
    ]
    table = result["table"]
    for part in ("held-out", "train", "all"):
        for kind in ("all", *KINDS):
            cell = table[f"{part}/{kind}"]
            for system in SYSTEMS:
                figures = cell[system]
                lines.append(
                    f"| {part} | {kind} | {cell['needs']} | {system} | {figures['ndcg10']:.3f} "
                    f"| {figures['recall20']:.3f} | {figures['mrr']:.3f} |"
                )
    lines += ["", *targets(table), ""]
    return "\n".join(lines) + "\n"


def targets(table: dict[str, Any]) -> list[str]:
    held = table["held-out/all"]
    lexical = table["held-out/lexical"]

    def check(label: str, value: float, bound: float) -> str:
        verdict = "pass" if value >= bound - 1e-9 else "FAIL"
        return f"| {label} | {value:.3f} vs ≥ {bound:.3f} | {verdict} |"

    rows = [
        "Targets (held-out half, nDCG@10):",
        "",
        "| target | result | |",
        "|---|---|---|",
        check("keyword ≥ FTS5, all needs", held["keyword"]["ndcg10"], held["fts5"]["ndcg10"]),
        check("keyword ≥ FTS5, lexical", lexical["keyword"]["ndcg10"], lexical["fts5"]["ndcg10"]),
        check(
            "hybrid ≥ keyword + 0.05", held["hybrid"]["ndcg10"], held["keyword"]["ndcg10"] + 0.05
        ),
        check(
            "hybrid ≥ semantic + 0.05", held["hybrid"]["ndcg10"], held["semantic"]["ndcg10"] + 0.05
        ),
    ]
    for kind in KINDS:
        cell = table[f"held-out/{kind}"]
        rows.append(
            check(f"keyword ≥ FTS5, {kind}", cell["keyword"]["ndcg10"], cell["fts5"]["ndcg10"])
        )
        best = max(cell["keyword"]["ndcg10"], cell["semantic"]["ndcg10"])
        rows.append(check(f"hybrid ≥ both halves, {kind}", cell["hybrid"]["ndcg10"], best))
    return rows


def saved_markdown() -> str:
    """The last `run`'s table, for `search_quality.py` to put in search_quality.md."""
    path = RESULTS / "search_quality_judged.md"
    return path.read_text("utf-8") if path.exists() else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("judge", "run", "tune", "rules"))
    parser.add_argument("--home", type=Path, required=True, help="a home to load into (kept)")
    args = parser.parse_args()
    if args.command == "judge":
        judge(args.home)
    elif args.command == "run":
        result = run(args.home)
        save("search_quality_judged", result, markdown(result), indent=1)
        print(markdown(result))
    else:
        import judged_tuning

        if args.command == "tune":
            judged_tuning.tune(args.home)
        else:
            judged_tuning.measure_rules(args.home)


if __name__ == "__main__":
    main()
