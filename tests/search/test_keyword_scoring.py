"""The keyword ranking of plain words: textbook BM25F (`search/keyword_scoring.py`)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from catalogue.catalogue import Catalogue
from search.fusion import Fusion, fuse
from search.keyword import KeywordIndex
from search.keyword_scoring import BM25F, Candidate, Word, idf, score
from tests.conftest import sample_entry

FILLER = "  ".join(f"en_word{i}" for i in range(40))


def test_a_rare_word_in_the_text_outranks_a_common_word_in_a_short_title() -> None:
    """ "wildfire detection": a wildfire case says "wildfire" once in a long text; a short
    entry has the common "detection" in its title. The rare word wins."""
    wildfire = Word({"en": "en_wildfir"}, frozenset({"n_wildfire"}), df=12)
    detection = Word({"en": "en_detect"}, frozenset({"n_detection"}), df=900)
    candidates = [
        Candidate(
            "luggage", "en", (" en_left  en_luggag  en_detect ", " en_bag  en_detect ", "", "")
        ),
        Candidate(
            "wildfire", "en", (" en_forest  en_watch ", f" {FILLER}  en_wildfir  {FILLER} ", "", "")
        ),
    ]
    ranked = score(candidates, [wildfire, detection], 6000, (6.0, 80.0, 4.0, 3.0))
    assert [object_id for object_id, _ in ranked] == ["wildfire", "luggage"]


def test_a_word_has_one_idf_whatever_the_language_of_the_entry() -> None:
    """The same frequencies in an English and a Dutch entry give the same score: the word's
    entry count is over both languages, not per language's stem."""
    word = Word({"en": "en_detect", "nl": "nl_detectie"}, frozenset(), df=50)
    candidates = [
        Candidate("en", "en", (" en_detect  en_x ", " en_a  en_detect  en_b ", "", "")),
        Candidate("nl", "nl", (" nl_detectie  nl_x ", " nl_a  nl_detectie  nl_b ", "", "")),
    ]
    scores = dict(score(candidates, [word], 1000, (2.0, 3.0, 1.0, 1.0)))
    assert scores["en"] == pytest.approx(scores["nl"])
    assert scores["en"] > 0


def test_field_frequencies_are_summed_before_one_saturation() -> None:
    """tf = Σ W_f · tf_f / (1 - b_f + b_f · len_f / avg_f); score = idf · tf (k1+1) / (k1+tf)."""
    parameters = BM25F(weights=(3.0, 1.0, 1.5, 1.0), b=(0.75, 0.5, 0.75, 0.75), k1=1.2)
    word = Word({"en": "en_flood"}, frozenset({"n_flood"}), df=10)
    fields = (
        " en_flood  en_map ",
        " en_flood  en_flood  en_rain  en_river ",
        " n_flood  n_agency ",
        "",
    )
    averages = (4.0, 8.0, 2.0, 1.0)
    ((_, got),) = score([Candidate("a", "en", fields)], [word], 500, averages, parameters)
    tf = (
        3.0 * 1 / (1 - 0.75 + 0.75 * 2 / 4.0)
        + 1.0 * 2 / (1 - 0.5 + 0.5 * 4 / 8.0)
        + 1.5 * 1 / (1 - 0.75 + 0.75 * 2 / 2.0)
    )
    weight = math.log(1 + (500 - 10 + 0.5) / (10 + 0.5))
    # Given as a share of the best score an entry could reach: idf · (k1 + 1).
    assert got == pytest.approx(weight * tf * 2.2 / (1.2 + tf) / (weight * 2.2))
    assert 0 < got < 1
    assert idf(500, 10) > idf(500, 400) > 0


def test_a_token_is_not_found_inside_a_longer_one() -> None:
    word = Word({"en": "en_park"}, frozenset(), df=3)
    candidates = [Candidate("a", "en", (" en_parkway ", " en_parking  en_parks ", "", ""))]
    assert score(candidates, [word], 100, (1.0, 2.0, 1.0, 1.0)) == [("a", 0.0)]


def test_the_index_ranks_wildfire_cases_before_a_short_detection_title(
    catalogue: Catalogue, home: Path
) -> None:
    """Through the index: a word common in English texts but rare among Dutch entries
    ("detection" in a Dutch title) no longer scores like a rare word."""
    for i in range(12):
        catalogue.add_entry(
            sample_entry(
                title=f"Document service {i}",
                summary=f"Automatic detection of anomalies in forms, batch {i}, for the staff.",
            )
        )
    catalogue.add_entry(
        sample_entry(
            title="Detection app",
            summary="Een app voor handhavers.",
            language="nl",
            location={"country": "NL", "city": "Utrecht"},
        )
    )
    wildfire_ids = set()
    for region in ("north", "south"):
        changes = catalogue.add_entry(
            sample_entry(
                title=f"Forest watch in the {region}",
                summary=(
                    "Cameras on towers and satellite images help rangers who patrol large "
                    "areas of forest every summer; a model flags smoke so that a wildfire is "
                    "reported early and crews are sent before it spreads."
                ),
            )
        )
        wildfire_ids.add(changes.added[0])
    index = KeywordIndex(home / "index" / "keyword")
    index.catch_up(catalogue)
    hits = index.search("wildfire detection", limit=5, snippets=False).hits
    index.close()
    assert {hit.id for hit in hits[:2]} == wildfire_ids


def test_hybrid_trusts_the_words_when_they_were_found_together() -> None:
    """The keyword ranking weighs more in hybrid search when its best entry has most of the
    best score the words allow (a lexical query), less when not (a paraphrase)."""
    fusion = Fusion(k=5.0, keyword_weight=0.25, matched_weight=3.0, coverage=0.4, floor=0.0)
    keyword = [("a", 0.9), ("b", 0.5)]
    semantic = [("c", 0.8), ("a", 0.3)]
    assert fusion.weights(keyword) == (3.0, 1.0)
    assert fusion.weights([("a", 0.2)]) == (0.25, 1.0)
    assert fusion.weights([]) == (0.25, 1.0)
    lexical = [i for i, _ in fuse([keyword, semantic], fusion.weights(keyword), fusion.k)]
    assert lexical[:2] == ["a", "b"]
    weak = [("a", 0.2), ("b", 0.1)]
    meaning = [("c", 0.8), ("d", 0.3)]
    paraphrase = [i for i, _ in fuse([weak, meaning], fusion.weights(weak), fusion.k)]
    assert paraphrase[:2] == ["c", "d"]
