"""Print candidate pools for the search-quality judgements in `quality_queries.json`.

The judgements were made by reading records, not by running a search engine. For each query,
its `pool` holds generous regular expressions (English and Dutch synonyms); every record
whose title, summary, description or purpose matches any of them is a candidate, and the
candidates were read and judged 2 (exactly this need) or 1 (partly relevant).

    python bench/judge_helper.py pool "parking scan car"      # candidates for one query
    python bench/judge_helper.py grep "scan ?auto|scanvoertuig" [--dataset algoritmeregister]
    python bench/judge_helper.py show pstw:PSTW-12 omb-2025:DOI-0015
    python bench/judge_helper.py check [--queries FILE]      # sanity checks of the judgements

Candidates are ordered by how many patterns they match (title matches count double), which is
a reading order only; it is not used for the judgements. No code from `search/` is used.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import corpus

QUERIES_FILE = Path(__file__).parent / "quality_queries.json"


@cache
def bodies() -> dict[str, dict[str, Any]]:
    return {corpus.key_of(b): b for b in corpus.iter_bodies()}


def text_of(body: dict[str, Any]) -> str:
    parts = [body["title"], body.get("description") or body["summary"], body.get("purpose", "")]
    return "\n".join(p for p in parts if p)


def candidates(
    patterns: list[str], dataset: str | None = None, require_all: bool = False
) -> list[tuple[int, str, dict[str, Any]]]:
    """Records matching any (or, with `require_all`, every) pattern, best matches first."""
    compiled = [re.compile(p, re.IGNORECASE) for p in patterns]
    found = []
    for key, body in bodies().items():
        if dataset and body["source"]["dataset"] != dataset:
            continue
        text = text_of(body)
        hits = [bool(c.search(text)) for c in compiled]
        if not any(hits) or (require_all and not all(hits)):
            continue
        score = sum(hits) + sum(bool(c.search(body["title"])) for c in compiled)
        found.append((score, key, body))
    found.sort(key=lambda t: (-t[0], t[1]))
    return found


def describe(key: str, body: dict[str, Any], width: int, around: str | None = None) -> str:
    """One candidate: key, country, title, organisation and the start of its text.

    With `around`, the text shown is the sentences matching that pattern instead.
    """
    org = body["organisation"]["name"]
    head = f"{key}  [{body['location']['country']}] {body['title']}  ({org})"
    text = body.get("description") or body.get("purpose") or body["summary"]
    text = re.sub(r"\s+", " ", text)
    if around:
        sentences = re.split(r"(?<=[.!?])\s+", text_of(body).replace("\n", ". "))
        hits = [s for s in sentences if re.search(around, s, re.IGNORECASE)]
        text = " … ".join(hits) or text
    snippet = textwrap.shorten(text, width, placeholder=" …") if width else ""
    return head + ("\n      " + snippet if snippet else "")


def print_pool(
    patterns: list[str],
    dataset: str | None,
    limit: int,
    width: int,
    require_all: bool = False,
    around: str | None = None,
) -> None:
    found = candidates(patterns, dataset, require_all)
    per = Counter(body["source"]["dataset"] for _, _, body in found)
    print(f"{len(found)} candidates: {dict(per)}")
    for score, key, body in found[:limit]:
        print(f"{score:2} {describe(key, body, width, around)}")


def load_queries(path: Path = QUERIES_FILE) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        queries: list[dict[str, Any]] = json.load(f)
    return queries


def check(path: Path = QUERIES_FILE) -> None:
    queries = load_queries(path)
    known = bodies()
    problems = 0
    sizes = []
    for q in queries:
        rel = q["relevant"]
        sizes.append(len(rel))
        missing = [k for k in rel if k not in known]
        bad = [k for k, g in rel.items() if g not in (1, 2)]
        pool = {k for _, k, _ in candidates(q.get("pool", []))}
        outside = [k for k in rel if k not in pool]
        per = Counter(k.split(":", 1)[0] for k in rel)
        twos = sum(1 for g in rel.values() if g == 2)
        flag = ""
        if missing or bad or not 3 <= len(rel) <= 60 or not q.get("pool"):
            flag = "  <-- PROBLEM"
            problems += 1
        print(
            f"{len(rel):3} relevant ({twos:2} x 2)  {dict(per)}  [{q['lang']}] {q['query']}{flag}"
        )
        for k in missing:
            print(f"      unknown key {k}")
        for k in bad:
            print(f"      grade not 1 or 2: {k}")
        if outside:
            print(f"      judged outside the pool (found by reading): {', '.join(outside)}")
    print(f"{len(queries)} queries; relevant per query min {min(sizes)}, max {max(sizes)}")
    print("problems:", problems)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p_pool = sub.add_parser("pool", help="candidates for a query of quality_queries.json")
    p_pool.add_argument("query")
    p_grep = sub.add_parser("grep", help="candidates for ad-hoc patterns")
    p_grep.add_argument("patterns", nargs="+")
    for p in (p_pool, p_grep):
        p.add_argument("--dataset", choices=corpus.DATASETS)
        p.add_argument("--limit", type=int, default=80)
        p.add_argument("--width", type=int, default=300, help="characters of text; 0 = titles")
        p.add_argument("--all", action="store_true", help="require every pattern to match")
        p.add_argument("--around", help="show the sentences matching this pattern")
    p_show = sub.add_parser("show", help="full text of records")
    p_show.add_argument("keys", nargs="+")
    p_check = sub.add_parser("check", help="sanity checks of the judgements")
    for p in (p_pool, p_check):
        p.add_argument("--queries", type=Path, default=QUERIES_FILE, help="judgements file")
    args = parser.parse_args()

    if args.cmd == "pool":
        pools = {q["query"]: q.get("pool", []) for q in load_queries(args.queries)}
        print_pool(pools[args.query], args.dataset, args.limit, args.width, args.all, args.around)
    elif args.cmd == "grep":
        print_pool(args.patterns, args.dataset, args.limit, args.width, args.all, args.around)
    elif args.cmd == "show":
        for key in args.keys:
            body = bodies()[key]
            print(describe(key, body, 0))
            print(textwrap.fill(text_of(body), 100), end="\n\n")
    else:
        check(args.queries)


if __name__ == "__main__":
    main()
