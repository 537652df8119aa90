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
    (`bench/judged_tuning.py`): reciprocal rank fusion with constant `k`, the keyword
    ranking weighted `keyword_weight` (meaning: 1), and meaning results below `floor`
    (cosine) left out."""

    k: float = RRF_K
    keyword_weight: float = 1.0
    floor: float = MIN_SIMILARITY


# Chosen on the training half (bench/results/judged_tuning.md): training nDCG@10 0.663,
# against 0.648 with the earlier k = 60, equal weights and the 0.2 floor of semantic mode.
FUSION = Fusion(k=10.0, keyword_weight=0.75, floor=0.3)


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
