"""How hybrid search combines the keyword and the meaning rankings.

Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): each ranking adds
`weight / (k + rank)` to an entry's score. The constant, the keyword ranking's weight and
the similarity floor of the meaning side were chosen on the training half of the judged
set (`bench/judged_tuning.py`) and are reported on its held-out half
(`bench/results/search_quality.md`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

RRF_K = 60
# A search by meaning returns the entries at least this close to the query (cosine): with
# MiniLM, texts on unrelated subjects score below ~0.15, so without a floor every search
# would "find" the whole catalogue. Similar cases have no floor (they are the nearest).
MIN_SIMILARITY = 0.2


@dataclass(frozen=True)
class Fusion:
    """How hybrid mode combines its rankings, chosen on the training half of the judged set
    (`bench/judged_tuning.py`): reciprocal rank fusion with constant `k`; the keyword
    ranking weighs `matched_weight` when its best entry has at least `coverage` of the best
    score the query's words allow (keyword scores are that share, `keyword_scoring.score`:
    the words were found, as in a query that names what it wants), else `keyword_weight`
    (the words were not found together: a paraphrase, where meaning knows better); the
    meaning ranking weighs 1; meaning results below `floor` (cosine) are left out."""

    k: float = RRF_K
    keyword_weight: float = 1.0
    matched_weight: float = 1.0
    coverage: float = 0.0
    floor: float = MIN_SIMILARITY

    def weights(self, keyword: Sequence[tuple[str, float]]) -> tuple[float, float]:
        """(keyword weight, meaning weight) for a query whose keyword ranking is `keyword`."""
        # The share of the typed words' best score, also for a query the glossary widened
        # (its order adds the concepts; `keyword_scoring.score`).
        best = max((score for _, score in keyword), default=0.0)
        return (self.matched_weight if best >= self.coverage else self.keyword_weight), 1.0


# Chosen on the training half (bench/results/judged_tuning.md), again once entries in other
# languages were encoded with their concepts' English terms (`documents.embedding_text`):
# training nDCG@10 0.767 in the tuner (0.752 through the search engine, against 0.750 with
# the fusion chosen before, k 5, weights 0.75 / 2.0 at coverage 0.5), against 0.748 for the
# best fixed weights; held-out 0.729 -> 0.745. It costs the older 40 English queries
# (hybrid 0.656 -> 0.632, bench/results/search_quality.md), which are not a held-out set.
# The floor 0.2 ties with 0.0 and keeps what semantic mode promises: a query unrelated to
# every entry finds nothing by meaning.
FUSION = Fusion(k=5.0, keyword_weight=0.25, matched_weight=3.0, coverage=0.6, floor=MIN_SIMILARITY)


def fuse(
    rankings: Sequence[Sequence[tuple[str, float]]],
    weights: Sequence[float] | None = None,
    k: float = RRF_K,
) -> list[tuple[str, float]]:
    """Reciprocal rank fusion: each list adds weight / (k + rank) to an entry's score."""
    scores: dict[str, float] = {}
    for index, ranking in enumerate(rankings):
        weight = 1.0 if weights is None else weights[index]
        for rank, (object_id, _) in enumerate(ranking, start=1):
            scores[object_id] = scores.get(object_id, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))
