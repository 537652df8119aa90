"""Which frequent words of the corpus does the glossary not cover? (How new concepts are chosen.)

Reads the three public registers with `bench/corpus.py` (from ../shared/corpus, never copied
here), and counts, separately for the English and the Dutch entries, the document frequency
of the content words (and of two-word phrases) of each entry's title, summary and
description. A word is *covered* when the shipped glossary finds a concept in it as a query
would (`glossary().concept_ids(word, query=True)`: forms as written and by their stems); a
phrase is counted only when neither of its words is covered and neither is a stop word.
Prints the most frequent uncovered words and phrases per language, with how many entries
use them and an example title, so that an editor can choose the public-sector topics among
them. The benchmark's queries are not read.

A word listed as uncovered may still be covered inside a phrase ("learning" in "machine
learning", "generative" in "generative AI"): read the example titles. The concepts added on
5 December 2026 (51 new, 17 extended) were chosen from `--top 1100` (words used by 20 or more
English entries, 7 or more Dutch ones) and its phrases: the public-sector topics among them
that the six partner languages could be written for with certainty.

    PYTHONPATH=$PWD .venv/bin/python bench/glossary_gaps.py [--top 400] [--phrases 150]
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import corpus

from search.glossary import glossary, words
from search.glossary_stems import stopwords

LANGUAGES = ("en", "nl")
# Words that carry no topic in these registers, beyond the stop lists: register boilerplate,
# verbs and adjectives of any description, numbers. Written before reading the counts'
# topics; a topic word is never in here.
EXTRA_STOP = {
    "en": set(
        "also use used uses using based within well may can could would will shall must "
        "one two three new including include includes included provide provides provided "
        "providing help helps allow allows enable enables identify identifying identified "
        "make makes made across via per etc e g i le currently current "
        "various different specific potential relevant related existing additional other "
        "ie eg like more most many much several such each both first second "
        "process processes project system systems tool tools model models solution "
        "approach purpose able way time times year years day days number large small "
        "high low key order part need needs".split()
    ),
    "nl": set(
        "wordt worden werd gebruikt gebruik gebruiken maakt maken gemaakt kunnen kan "
        "moet moeten zullen zal onder andere waarbij waarmee daarbij hierbij hiervoor "
        "daarvoor deze dit die welke wanneer wel ook nog via per bijvoorbeeld enz "
        "algoritme algoritmes systeem model tool applicatie hulpmiddel toepassing "
        "nieuwe andere verschillende aantal mogelijk mogelijke basis "
        "jaar jaren dag dagen goed groot grote klein kleine".split()
    ),
}
MIN_LETTERS = 3
NUMBER = re.compile(r"\d")


def entry_text(body: dict[str, Any]) -> str:
    parts = [body.get("title") or "", body.get("summary") or ""]
    description = body.get("description") or ""
    if description and description != parts[1]:
        parts.append(description)
    return "\n".join(parts)


def is_content(word: str, lang: str) -> bool:
    return (
        len(word) >= MIN_LETTERS
        and not NUMBER.search(word)
        and word not in stopwords(lang)
        and word not in EXTRA_STOP[lang]
    )


def count(
    bodies: list[dict[str, Any]],
) -> dict[str, tuple[Counter[str], Counter[str], dict[str, str]]]:
    """{language: (word document frequency, phrase document frequency, example title)}."""
    out: dict[str, tuple[Counter[str], Counter[str], dict[str, str]]] = {}
    for lang in LANGUAGES:
        word_df: Counter[str] = Counter()
        phrase_df: Counter[str] = Counter()
        example: dict[str, str] = {}
        for body in bodies:
            if body.get("language") != lang:
                continue
            tokens = words(entry_text(body))
            seen_words = {w for w in tokens if is_content(w, lang)}
            seen_phrases = {
                f"{a} {b}"
                for a, b in itertools.pairwise(tokens)
                if is_content(a, lang) and is_content(b, lang)
            }
            word_df.update(seen_words)
            phrase_df.update(seen_phrases)
            for key in seen_words | seen_phrases:
                example.setdefault(key, body.get("title") or "")
        out[lang] = (word_df, phrase_df, example)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=400, help="uncovered words to print a language")
    parser.add_argument("--phrases", type=int, default=150, help="uncovered phrases a language")
    args = parser.parse_args()
    gloss = glossary()
    bodies = list(corpus.iter_bodies())
    covered_cache: dict[str, bool] = {}

    def covered(text: str) -> bool:
        if text not in covered_cache:
            covered_cache[text] = bool(gloss.concept_ids(text, query=True))
        return covered_cache[text]

    print(f"glossary: {len(gloss)} concepts; entries: {len(bodies)}")
    for lang, (word_df, phrase_df, example) in count(bodies).items():
        entries = sum(1 for b in bodies if b.get("language") == lang)
        ranked = word_df.most_common()
        top_covered = sum(covered(w) for w, _ in ranked[: args.top])
        print(
            f"\n## {lang}: {entries} entries, {len(word_df)} content words; of the "
            f"{args.top} most frequent, {top_covered} are covered"
        )
        print(f"\n### the {args.top} most frequent uncovered words (entries, word, example)")
        shown = 0
        for word, df in ranked:
            if covered(word):
                continue
            print(f"{df:5}  {word:24} {example[word][:70]}")
            shown += 1
            if shown >= args.top:
                break
        print(f"\n### the {args.phrases} most frequent phrases of two uncovered words")
        shown = 0
        for phrase, df in phrase_df.most_common():
            a, b = phrase.split()
            if covered(a) or covered(b) or covered(phrase):
                continue
            print(f"{df:5}  {phrase:32} {example[phrase][:60]}")
            shown += 1
            if shown >= args.phrases:
                break


if __name__ == "__main__":
    main()
