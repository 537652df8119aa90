"""Stem-aware glossary lookup of query words (`search/glossary_stems.py`, issue 19): an
inflected word the glossary does not list is found by its stem in queries, never in texts,
and the guards refuse false matches."""

from __future__ import annotations

from typing import Any

import pytest

from search.expansion import meaning_expansion, query_concepts
from search.glossary import Glossary, glossary
from search.glossary_stems import MAX_CONCEPTS, latvian_stem


def _concept(cid: str, fi: list[str], **others: list[str]) -> dict[str, Any]:
    terms = {lang: [f"{cid} {lang}"] for lang in ("en", "nl", "it", "ro", "lv")}
    terms["fi"] = fi
    terms.update(others)
    return {"id": cid, "terms": terms}


def _glossary(*concepts: dict[str, Any]) -> Glossary:
    return Glossary.from_files({"test": {"domain": "test", "concepts": list(concepts)}})


@pytest.mark.parametrize(
    ("word", "concept"),
    [
        ("kaupungeissa", "municipality"),  # Finnish: in the cities
        ("avustushakemusten", "grants"),  # the Finnish stem changes: hakemus, hakemusten
        ("veronmaksajien", "tax"),  # a compound's first part: veron|maksajien
    ],
)
def test_an_inflected_finnish_query_word_is_found_by_its_stem(word: str, concept: str) -> None:
    g = glossary()
    assert g.concept_ids(word, stems=False, query=True) == []  # not listed as written
    assert g.concept_ids(word, query=True) == [concept]
    assert g.concept_ids(word) == []  # entries are tagged with the forms as written


def test_a_multi_word_form_matches_word_by_word_and_the_language_is_the_stems() -> None:
    g = _glossary(_concept("digital_services", ["digitaaliset palvelut"]))
    (mention,) = g.mentions("digitaalisia palveluissa tekoäly", query=True)
    assert (mention.text, mention.concept_ids) == (
        "digitaalisia palveluissa",
        ("digital_services",),
    )
    assert mention.languages == {"fi"}
    assert g.concept_ids("digitaalisia tekoäly palveluissa", query=True) == []


def test_a_stem_of_too_many_concepts_short_words_and_stop_words_are_refused() -> None:
    # these Finnish forms share one stem: three concepts with it stand for none of them
    forms = ["palvelut", "palveluiden", "palveluissa"]
    many = [_concept(f"c{i}", [forms[i]]) for i in range(MAX_CONCEPTS + 1)]
    g = _glossary(*many)
    assert g.concept_ids("palveluiden", query=True) == ["c1"]  # as written
    assert g.concept_ids("palveluista", query=True) == []  # by stem: refused
    two = _glossary(*many[:MAX_CONCEPTS])
    assert two.concept_ids("palveluista", query=True) == ["c0", "c1"]
    # a short word is never stemmed ("teitä" is not "tie"), nor a stop word ("niiden")
    short = _glossary(_concept("road", ["tie"]), _concept("them", ["niitä"]))
    assert short.concept_ids("tiet", query=True) == []
    assert short.concept_ids("niiden", query=True) == []


def test_the_italian_ai_is_not_artificial_intelligence_in_an_italian_query() -> None:
    text = "risposte ai cittadini fuori orario"
    found = query_concepts(text)
    assert "artificial_intelligence" not in found.concepts
    assert "citizen" in found.concepts
    # so the query counts as Italian, and the model reads its English terms
    assert meaning_expansion(text, text) != text
    assert "artificial_intelligence" in query_concepts("AI risposte").concepts


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("pašvaldība", "pašvaldīb"),
        ("pašvaldībās", "pašvaldīb"),
        ("pilsētām", "pilsēt"),
        ("robotiem", "robot"),
        ("dati", "dat"),
        ("ai", "ai"),  # too short to strip
    ],
)
def test_the_latvian_suffix_stripper(word: str, stem: str) -> None:
    assert latvian_stem(word) == stem


def test_a_short_stem_that_lost_a_derivational_suffix_matches_nothing() -> None:
    # Dutch "openheid" (transparency) stems to "open", as "opening" and "openbaar" do
    g = glossary()
    assert g.concept_ids("openheid", query=True) == ["transparency"]  # as written
    assert g.concept_ids("opening visitors", query=True) == []
    assert "transparency" not in g.concept_ids("openbare ruimte", query=True)
