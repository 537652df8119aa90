"""How a plain-word query ranks entries: textbook BM25F.

Robertson and Zaragoza ("The Probabilistic Relevance Framework: BM25 and Beyond", §3.1),
what Elasticsearch's `combined_fields` query does. For each query word,

- its frequency in each field of an entry is normalised by that field's length against the
  field's average length, weighted by the field's weight, and **summed over the fields**:
  `tf = Σ_f W_f · tf_f / (1 - b_f + b_f · len_f / avglen_f)`;
- that sum is **saturated once**: `tf / (k1 + tf)` (times `k1 + 1`);
- and multiplied by **one IDF per word over the whole entry**, counted over every entry
  whatever its language: `ln(1 + (N - df + 0.5) / (df + 0.5))`, where `df` is the number of
  entries that hold the word (in any of its languages' stems, in any field).

A word is one term however many languages analyse it: "detection" is `en_detect` in English
entries and `nl_detection` in Dutch ones, and both count towards one `df`. Scoring each
field apart (whoosh's `BM25F`, or FTS5 `bm25()` with a phrase per language) made a word
that is common in texts but rare in short titles, or common in English but rare among the
Dutch entries, score like a rare word ("wildfire detection" found "Left luggage detection"
before a dozen wildfire cases).

The FTS5 word table (`words.py`) finds the entries that hold a query word and gives the
best `candidates` of them by its own `bm25()`; they are re-scored here. The weights below
were chosen on the training half of the judged set (`bench/judged_set.py tune`) and are
reported on its held-out half (`bench/results/search_quality.md`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

FIELDS = ("title", "body", "names", "tags")
# Between the tokens of a field in the word table (`words.py`).
SEPARATOR = "  "


@dataclass(frozen=True)
class BM25F:
    """The parameters: per-field weights and length normalisation (in `FIELDS` order),
    the saturation `k1`, and how many FTS5 candidates are re-scored."""

    weights: tuple[float, ...] = (3.0, 1.0, 0.5, 0.0)
    b: tuple[float, ...] = (0.75, 0.9, 0.75, 0.75)
    k1: float = 1.2
    candidates: int = 100


PARAMETERS = BM25F()


def describe() -> dict[str, Any]:
    return asdict(PARAMETERS)


@dataclass
class Word:
    """A query word as the table holds it: its token in each language group present
    (`en_detect`), the tokens of names and tags (`n_detection`), and its entry count."""

    by_lang: dict[str, str]
    names: frozenset[str]
    df: int = 0
    tokens: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = frozenset(self.by_lang.values()) | self.names


@dataclass(frozen=True)
class Candidate:
    """An entry to score: its id, language group, and analysed fields in `FIELDS` order,
    each as the word table stores it: tokens `SEPARATOR` apart with a space before and after
    ("" when empty)."""

    id: str
    lang: str
    fields: tuple[str, ...]


def idf(total: int, df: int) -> float:
    return math.log(1.0 + (total - df + 0.5) / (df + 0.5))


def _length(text: str) -> int:
    """Tokens in a field (tokens `SEPARATOR` apart)."""
    return text.count(SEPARATOR) + 1 if text else 0


def score(
    candidates: Sequence[Candidate],
    words: Sequence[Word],
    total: int,
    averages: Sequence[float],
    parameters: BM25F | None = None,
) -> list[tuple[str, float]]:
    """(id, BM25F score) of every candidate, best first (ties by id), the score as a share
    of the best an entry could reach (0 to 1). `total` is the number of entries, `averages`
    the average length of each field (in tokens)."""
    p = parameters or PARAMETERS
    # A token is found with a space on each side; tokens are two spaces apart (SEPARATOR)
    # with a space before the first and after the last, so every occurrence counts.
    prepared = [
        (
            idf(total, word.df),
            {lang: f" {token} " for lang, token in word.by_lang.items()},
            [f" {token} " for token in word.names],
        )
        for word in words
        if word.df
    ]
    # The best score an entry could reach (every word, saturated): scores are given as a
    # share of it, so they say how well an entry matches the query's words (hybrid
    # search weighs the keyword ranking by the best one, `fusion.py`).
    ceiling = sum(weight for weight, _, _ in prepared) * (p.k1 + 1.0)
    w_title, w_body, w_names, w_tags = p.weights
    b_title, b_body, b_names, b_tags = p.b
    a_title, a_body, a_names, a_tags = (a or 1.0 for a in averages)
    k1 = p.k1
    scored = []
    for candidate in candidates:
        title, body, names, tags = candidate.fields
        f_title = w_title / (1.0 - b_title + b_title * _length(title) / a_title)
        f_body = w_body / (1.0 - b_body + b_body * _length(body) / a_body)
        f_names = w_names / (1.0 - b_names + b_names * _length(names) / a_names)
        f_tags = w_tags / (1.0 - b_tags + b_tags * _length(tags) / a_tags)
        total_score = 0.0
        for weight, own, name_tokens in prepared:
            tf = 0.0
            token = own.get(candidate.lang)
            if token is not None:
                tf = f_title * title.count(token) + f_body * body.count(token)
            for name in name_tokens:
                if f_names:
                    tf += f_names * names.count(name)
                if f_tags:
                    tf += f_tags * tags.count(name)
            if tf:
                total_score += weight * tf * (k1 + 1.0) / (k1 + tf)
        scored.append((candidate.id, total_score / ceiling if ceiling else 0.0))
    scored.sort(key=lambda item: (-item[1], item[0]))
    return scored
