"""The judged set's needs asked in a partner language, beside the same needs as written.

`bench/judged/needs_<lang>.json` holds each need of `needs.json` as a partner would type it
in that language (same judgements, same filters). It was written after the glossary work it
measures and chooses nothing: the languages benchmark (`search_quality.py`) has no held-out
half, and its failing queries were read to find missing glossary terms, so this is the
independent check. Reported per half and kind of need, hybrid, keyword and semantic
nDCG@10, and the ratio of the partner language to the needs as written (mostly English).

    .venv/bin/python bench/judged_languages.py --home DIR [--lang it]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchkit import save
from judged_set import (
    HERE,
    KINDS,
    Corpus,
    load_judgements,
    load_needs,
    ranked_runs,
    score_runs,
)

MODES = ("keyword", "semantic", "hybrid")


def translated(needs: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    """The needs with their query in `lang` (`needs_<lang>.json`)."""
    queries = json.loads((HERE / f"needs_{lang}.json").read_text("utf-8"))["queries"]
    missing = [need["id"] for need in needs if need["id"] not in queries]
    if missing:
        raise SystemExit(f"needs_{lang}.json lacks {len(missing)} needs: {missing[:5]}")
    return [{**need, "query": queries[need["id"]], "lang": lang} for need in needs]


def run(home: Path, lang: str) -> dict[str, Any]:
    needs = load_needs()
    judgements = load_judgements()
    data = Corpus(home)
    written = score_runs(needs, ranked_runs(data, needs, MODES), judgements)["table"]
    asked = translated(needs, lang)
    other = score_runs(asked, ranked_runs(data, asked, MODES), judgements)["table"]
    data.close()
    return {"lang": lang, "needs": len(needs), "as_written": written, lang: other}


def markdown(result: dict[str, Any]) -> str:
    lang = result["lang"]
    lines = [
        f"# The judged set asked in {lang}",
        "",
        f"bench/judged_languages.py: the {result['needs']} needs of the judged set as written "
        f"(mostly English, some Dutch) and asked in `{lang}` (`bench/judged/needs_{lang}.json`),"
        " same judgements. nDCG@10.",
        "",
        f"| half | kind | needs | hybrid as written | hybrid {lang} | ratio | keyword as written "
        f"| keyword {lang} | semantic as written | semantic {lang} |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for part in ("all", "train", "held-out"):
        for kind in ("all", *KINDS):
            cell = f"{part}/{kind}"
            written, other = result["as_written"][cell], result[lang][cell]
            hybrid = written["hybrid"]["ndcg10"]
            ratio = other["hybrid"]["ndcg10"] / hybrid if hybrid else 0.0
            lines.append(
                f"| {part} | {kind} | {written['needs']} | {hybrid:.3f} | "
                f"{other['hybrid']['ndcg10']:.3f} | {ratio:.2f} | "
                f"{written['keyword']['ndcg10']:.3f} | {other['keyword']['ndcg10']:.3f} | "
                f"{written['semantic']['ndcg10']:.3f} | {other['semantic']['ndcg10']:.3f} |"
            )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True, help="a home to load into (kept)")
    parser.add_argument("--lang", default="it", help="needs_<lang>.json (default: it)")
    args = parser.parse_args()
    result = run(args.home, args.lang)
    text = markdown(result)
    save(f"search_quality_judged_{args.lang}", result, text, indent=1)
    print(text)


if __name__ == "__main__":
    main()
