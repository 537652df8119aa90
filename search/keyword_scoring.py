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

    weights: tuple[float, ...] = (2.0, 1.0, 0.5, 0.0)
    b: tuple[float, ...] = (0.75, 0.5, 0.75, 0.75)
    k1: float = 1.2
    candidates: int = 30


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
    # The glossary concepts it mentions (`c_<id>` tokens), when the query has concepts.
    concepts: frozenset[str] = frozenset()


def idf(total: int, df: int) -> float:
    return math.log(1.0 + (total - df + 0.5) / (df + 0.5))


def _length(text: str) -> int:
    """Tokens in a field (tokens `SEPARATOR` apart)."""
    return text.count(SEPARATOR) + 1 if text else 0


@dataclass
class ConceptGroup:
    """What one glossary concept adds to a query (`expansion.ConceptPlan`): the concept's
    token (`c_<id>`, which every entry mentioning it carries) and its forms in other
    languages (a `Word` each, a phrase's tokens `SEPARATOR` apart), weighted `weight`; an
    entry scores the best of them, as if the concept were one more word."""

    weight: float
    token: str | None
    forms: list[Word]
    df: int = 0


def _prepared(words: Sequence[Word], total: int) -> list[tuple[float, dict[str, str], list[str]]]:
    """(IDF, {language group: " token "}, [" name token "]) of each word found anywhere."""
    return [
        (
            idf(total, word.df),
            {lang: f" {token} " for lang, token in word.by_lang.items()},
            [f" {token} " for token in word.names],
        )
        for word in words
        if word.df
    ]


def score(
    candidates: Sequence[Candidate],
    words: Sequence[Word],
    total: int,
    averages: Sequence[float],
    parameters: BM25F | None = None,
    concepts: Sequence[ConceptGroup] = (),
) -> list[tuple[str, float]]:
    """(id, BM25F score) of every candidate, best first (ties by id), the score as a share
    of the best an entry could reach with the words typed (0 to 1). `total` is the number
    of entries, `averages` the average length of each field (in tokens). With `concepts`,
    each adds its weight times the best of its token (scored as one occurrence: its IDF)
    and its forms to the score that orders the entries (the share stays the typed words')."""
    p = parameters or PARAMETERS
    # A token is found with a space on each side; tokens are two spaces apart (SEPARATOR)
    # with a space before the first and after the last, so every occurrence counts.
    prepared = _prepared(words, total)
    added = [
        (
            group.weight,
            group.token if group.df else None,
            idf(total, group.df),
            _prepared(group.forms, total),
        )
        for group in concepts
    ]
    # The best score an entry could reach (every word, saturated): scores are given as a
    # share of it, so they say how well an entry matches the query's words (hybrid
    # search weighs the keyword ranking by the best one, `fusion.py`).
    ceiling = sum(weight for weight, _, _ in prepared) * (p.k1 + 1.0)
    w_title, w_body, w_names, w_tags = p.weights
    b_title, b_body, b_names, b_tags = p.b
    a_title, a_body, a_names, a_tags = (a or 1.0 for a in averages)
    k1 = p.k1

    def saturated(
        terms: list[tuple[float, dict[str, str], list[str]]],
        lang: str,
        fields: tuple[str, ...],
        norms: tuple[float, float, float, float],
    ) -> list[float]:
        title, body, names, tags = fields
        f_title, f_body, f_names, f_tags = norms
        out = []
        for weight, own, name_tokens in terms:
            tf = 0.0
            token = own.get(lang)
            if token is not None:
                tf = f_title * title.count(token) + f_body * body.count(token)
            for name in name_tokens:
                if f_names:
                    tf += f_names * names.count(name)
                if f_tags:
                    tf += f_tags * tags.count(name)
            out.append(weight * tf * (k1 + 1.0) / (k1 + tf) if tf else 0.0)
        return out

    scored = []
    for candidate in candidates:
        title, body, names, tags = candidate.fields
        norms = (
            w_title / (1.0 - b_title + b_title * _length(title) / a_title),
            w_body / (1.0 - b_body + b_body * _length(body) / a_body),
            w_names / (1.0 - b_names + b_names * _length(names) / a_names),
            w_tags / (1.0 - b_tags + b_tags * _length(tags) / a_tags),
        )
        typed = sum(saturated(prepared, candidate.lang, candidate.fields, norms))
        share = typed / ceiling if ceiling else 0.0
        order = typed
        for weight, token, token_idf, forms in added:
            best = token_idf if token is not None and token in candidate.concepts else 0.0
            if forms:
                best = max(best, *saturated(forms, candidate.lang, candidate.fields, norms))
            order += weight * best
        scored.append((candidate.id, share, order))
    scored.sort(key=lambda item: (-item[2], item[0]))
    return [(object_id, share) for object_id, share, _ in scored]
