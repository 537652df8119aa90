"""Search across languages with the glossary: query expansion, the concept field and facet."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from catalogue.catalogue import Catalogue
from catalogue.errors import InvalidInput
from search import keyword
from search.engine import Search
from search.expansion import (
    expansion_forms,
    keyword_expansion,
    meaning_expansion,
    query_concepts,
    query_languages,
    searched_words,
)
from search.glossary import glossary
from search.keyword_query import meaning_text
from search.semantic import ModelLoader
from tests.conftest import sample_entry


def _entry(title: str, summary: str, **overrides: Any) -> dict[str, Any]:
    return sample_entry(title=title, summary=summary, ai_techniques=[], tags=[], **overrides)


# A small home: benefits fraud beside customs and VAT fraud, customer service chatbots
# beside others, scan cars in English and Dutch.
ENTRIES = [
    _entry(
        "Risk model for fraud in social benefit claims",
        "The welfare agency scores benefit applications for the risk of fraud before payment.",
    ),
    _entry(
        "Detecting welfare fraud with data matching",
        "Social assistance payments are checked against other registers to find fraud.",
    ),
    _entry(
        "Customs fraud risk analysis",
        "Import declarations are scored for the risk of customs fraud at the border.",
    ),
    _entry(
        "VAT fraud detection",
        "The tax office finds networks of companies that commit VAT fraud, with risk scores.",
    ),
    _entry(
        "Customer service chatbot of the city",
        "A chatbot answers residents in customer service, day and night.",
    ),
    _entry(
        "Chatbot for library opening hours",
        "A chatbot tells visitors when the library is open.",
    ),
    _entry(
        "Parking enforcement with scan cars",
        "Scan cars read licence plates to check parking payments.",
    ),
    _entry(
        "Handhaving met de scanauto",
        "De scanauto controleert of voor het parkeren is betaald.",
        language="nl",
        location={"country": "NL", "city": "Utrecht"},
    ),
]


@pytest.fixture
def ids(catalogue: Catalogue) -> dict[str, str]:
    added = catalogue.add_entries(ENTRIES).added
    return {body["title"]: object_id for body, object_id in zip(ENTRIES, added, strict=True)}


@pytest.fixture
def engine(catalogue: Catalogue, loader: ModelLoader) -> Iterator[Search]:
    search = Search(catalogue, loader)
    yield search
    search.close()


def _titles(engine: Search, text: str, mode: str = "keyword", **options: Any) -> list[str]:
    return [r.title for r in engine.search(text, mode=mode, **options).results]  # type: ignore[arg-type]


BENEFITS = {
    "Risk model for fraud in social benefit claims",
    "Detecting welfare fraud with data matching",
}
OTHER_FRAUD = {"Customs fraud risk analysis", "VAT fraud detection"}


@pytest.mark.parametrize("mode", ["keyword", "hybrid"])
def test_dutch_benefits_fraud_finds_benefits_before_customs_and_vat(
    engine: Search, ids: dict[str, str], mode: str
) -> None:
    """Issue 19's example: "uitkering fraude risico" (benefits fraud risk) found customs and
    VAT fraud first; the glossary adds "benefits", "welfare"… to the query."""
    found = _titles(engine, "uitkering fraude risico", mode=mode)
    assert set(found[:2]) == BENEFITS, found
    assert set(found) >= OTHER_FRAUD


def test_without_expansion_the_dutch_query_does_not_put_benefits_first(
    engine: Search, ids: dict[str, str]
) -> None:
    """The same query with expansion off (what the benchmark calls "today"): the test above
    can fail."""
    engine.expand = False
    found = _titles(engine, "uitkering fraude risico")
    assert set(found[:2]) != BENEFITS


def test_finnish_words_count(engine: Search, ids: dict[str, str]) -> None:
    """ "tekoäly asiakaspalvelu chatbot": before, only the English "chatbot" matched, and the
    library chatbot ranked as high; the Finnish "asiakaspalvelu" (customer service) counts."""
    found = _titles(engine, "tekoäly asiakaspalvelu chatbot")
    assert found[0] == "Customer service chatbot of the city"
    assert _titles(engine, "asiakaspalvelu") == ["Customer service chatbot of the city"]
    engine.expand = False
    assert _titles(engine, "asiakaspalvelu") == []


def test_expansion_terms_rank_below_the_words_typed(engine: Search, ids: dict[str, str]) -> None:
    """A Dutch query finds the English scan car entry through the glossary, below the Dutch
    entry that has the word typed; and the other way round."""
    dutch, english = "Handhaving met de scanauto", "Parking enforcement with scan cars"
    found = engine.search("scanauto", mode="keyword")
    assert [r.title for r in found.results] == [dutch, english]
    assert found.results[0].score > 1.5 * found.results[1].score
    assert _titles(engine, '"scan cars"')[:2] == [english, dutch]


def test_typed_forms_are_not_added_again_and_each_language_is_capped() -> None:
    found = query_concepts("scanauto")
    assert found.concepts == ("scan_car",)
    forms = expansion_forms(found)["scan_car"]
    assert ("nl", "scanauto") not in forms
    assert ("en", "scan", "car") in forms
    per_group: dict[str, int] = {}
    for group, *_ in forms:
        per_group[group] = per_group.get(group, 0) + 1
    assert per_group["en"] <= 4


def test_conditions_and_negations_are_not_expanded() -> None:
    assert query_concepts('kind:"scan car"').concepts == ()
    assert query_concepts("parking NOT scanauto").concepts == ()
    assert query_concepts("country:NL scanauto").concepts == ("scan_car",)


def test_the_meaning_model_gets_the_english_terms() -> None:
    text = "uitkering fraude risico"
    # Dutch: the index holds Dutch entries, so the words typed stay, the English follow.
    encoded = meaning_expansion(text, meaning_text(text), held=("en", "nl"))
    assert encoded.startswith(text)
    assert "benefits" in encoded
    assert "fraud" in encoded
    # An English query is encoded as typed: its concepts are in English already.
    english = "fraud detection in social benefits"
    assert meaning_expansion(english, english) == english


def test_a_dutch_query_is_read_twice_by_the_meaning_model() -> None:
    """Over an index that holds Dutch entries, a Dutch query is encoded as its words with the
    concepts' English forms, and as those English forms alone (the two vectors added up);
    an English query, or one in a language the index does not hold, is read once."""
    from search.expansion import meaning_readings

    text = "uitkering fraude risico"
    readings = meaning_readings(text, text, held=("en", "nl"))
    assert readings == (
        meaning_expansion(text, text, held=("en", "nl")),
        meaning_expansion(text, text),
    )
    assert readings[0].startswith(text)
    assert "uitkering" not in readings[1]
    assert "benefits" in readings[1]
    english = "fraud detection in social benefits"
    assert meaning_readings(english, english, held=("en", "nl")) == (english,)
    finnish = "tekoäly asiakaspalvelu chatbot"
    assert len(meaning_readings(finnish, finnish, held=("en", "nl"))) == 1


def test_the_vector_of_a_query_read_twice_is_the_sum_of_its_readings(loader: ModelLoader) -> None:
    import numpy as np

    from search.semantic import encode_query

    encoder = loader.get(wait=None)
    one = encode_query(encoder, ["risico op fraude bij uitkeringen (benefits, fraud)"])
    two = encode_query(encoder, ["benefits fraud risk"])
    both = encode_query(
        encoder, ["risico op fraude bij uitkeringen (benefits, fraud)", "benefits fraud risk"]
    )
    expected = (one + two) / np.linalg.norm(one + two)
    assert np.allclose(both, expected, atol=1e-5)
    assert both.dtype == one.dtype


def test_a_query_in_a_language_the_index_does_not_hold_is_encoded_in_english() -> None:
    """MiniLM reads English only: a Finnish query over English and Dutch entries is encoded
    as the English base forms of its concepts, in the order typed ("chatbot" is a form of
    many languages; the query is Finnish because "asiakaspalvelu" is Finnish only)."""
    text = "tekoäly asiakaspalvelu chatbot"
    assert query_languages(query_concepts(text)) == {"fi"}
    assert meaning_expansion(text, text, held=("en", "nl")) == (
        "artificial intelligence customer service chatbot"
    )
    # The same query over an index that holds Finnish entries keeps its words.
    assert meaning_expansion(text, text, held=("en", "fi")).startswith(text)


def test_concept_facet_and_filter(engine: Search, ids: dict[str, str]) -> None:
    found = engine.search("parking OR chatbot OR fraud", mode="keyword", limit=50, facets=True)
    concepts = dict(found.facets["concept"])
    assert concepts["scan_car"] == 2  # in English and in Dutch
    assert concepts["chatbot"] == 2
    for mode in ("keyword", "hybrid"):
        filtered = engine.search(
            "parking OR scanauto OR chatbot", mode=mode, filters=[("concept", "scan_car")]
        )
        assert {r.title for r in filtered.results} == {
            "Parking enforcement with scan cars",
            "Handhaving met de scanauto",
        }, mode
    with pytest.raises(InvalidInput, match="unknown filter"):
        engine.search("parking", filters=[("concepts", "scan_car")])


def test_the_concept_field_is_language_independent(engine: Search, ids: dict[str, str]) -> None:
    engine.search("anything", mode="keyword")  # builds the index
    tagged = engine.keyword.ids_with_concepts(["scan_car"])
    assert tagged == {ids["Parking enforcement with scan cars"], ids["Handhaving met de scanauto"]}


def test_hybrid_leans_on_the_words_of_a_query_in_the_entries_own_language() -> None:
    """A Dutch query over a catalogue with Dutch entries: the meaning side counts less in
    the fusion; not for English, nor for a language no entry is written in."""
    from search.engine import _fuse
    from search.expansion import FOREIGN_FUSION_K, FOREIGN_MEANING_WEIGHT, own_language_fusion

    dutch = (FOREIGN_MEANING_WEIGHT, FOREIGN_FUSION_K)
    assert own_language_fusion("parkeercontrole met scanauto", ["en", "nl"]) == dutch
    assert own_language_fusion("parkeercontrole met scanauto", ["en"]) is None
    assert own_language_fusion("parking enforcement with scan cars", ["en", "nl"]) is None
    assert own_language_fusion("something else entirely", ["en", "nl"]) is None
    assert FOREIGN_MEANING_WEIGHT < 1.0
    # The keyword side's first entry stays first against two found at middling ranks of
    # both sides, which plain fusion (constant 60, equal weights) puts first.
    words = [("a", 1.0), *((f"x{n}", 0.5) for n in range(8)), ("b", 0.4), ("c", 0.4)]
    meaning = [*((f"y{n}", 0.9) for n in range(8)), ("b", 0.5), ("c", 0.5)]
    assert [i for i, _ in _fuse([words, meaning])][:2] == ["b", "c"]
    assert _fuse([words, meaning], (1.0, 0.25), 60.0)[0][0] == "b"  # the rule before
    assert _fuse([words, meaning], (1.0, FOREIGN_MEANING_WEIGHT), FOREIGN_FUSION_K)[0][0] == "a"


def test_a_plain_query_naming_a_concept_is_answered_by_the_word_table_with_its_concepts(
    engine: Search, ids: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Plain words go to the FTS5 word table, with what their glossary concepts add (the
    concept's token and its forms in the other languages); whoosh is not asked."""
    from search.keyword import KeywordIndex
    from search.words import WordTable

    calls: list[tuple[list[str], list[Any]]] = []
    original = WordTable.search

    def spy(self: WordTable, words: Any, *args: Any, **kwargs: Any) -> Any:
        concepts = kwargs.get("concepts", args[5] if len(args) > 5 else ())
        calls.append((list(words), list(concepts)))
        return original(self, words, *args, **kwargs)

    def no_whoosh(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("whoosh was asked")

    monkeypatch.setattr(WordTable, "search", spy)
    monkeypatch.setattr(KeywordIndex, "_searcher_now", no_whoosh)
    engine.search("opening visitors", mode="keyword")
    assert calls == [(["opening", "visitors"], [])]
    found = engine.search("scanauto", mode="keyword")
    words, concepts = calls[-1]
    assert words == ["scanauto"]
    assert concepts
    english = {form.by_lang.get("en") for group in concepts for form in group.forms}
    assert any(token and token.startswith("en_scan") for token in english), english
    assert ids["Parking enforcement with scan cars"] in [r.id for r in found.results]
    engine.expand = False
    engine.search("scanauto", mode="keyword")
    assert calls[-1] == (["scanauto"], [])


class _Reader:
    """What `keyword_expansion` asks of a whoosh reader: a big index, every concept rare."""

    def doc_count(self) -> int:
        return 1000

    def doc_frequency(self, field: str, term: str) -> int:
        return 1


def _expanded_concepts(text: str) -> set[str]:
    from search.keyword_schema import CONCEPT_FIELD, index_schema

    schema = index_schema()
    present = ["title_en", "text_en", "title_nl", "text_nl"]
    expansion = keyword_expansion(text, schema, present, _Reader())
    if expansion is None:
        return set()
    return {
        term.text
        for clause in expansion.subqueries
        for term in clause.subqueries
        if getattr(term, "fieldname", None) == CONCEPT_FIELD
    }


def test_general_vocabulary_widens_only_queries_in_languages_the_index_does_not_hold() -> None:
    """Concepts of the `general` domain (citizens, questions…) translate a Finnish query,
    whose words find nothing in English or Dutch entries, but add nothing to an English or
    Dutch query: its own words find their entries, and the other language's common words
    only brought noise. Domain concepts (chatbot) widen every query."""
    assert glossary().concept("citizen").domain == "general"
    assert _expanded_concepts("chatbot auttaa asukkaita") == {"chatbot", "help_support", "citizen"}
    assert _expanded_concepts("chatbot that helps residents") == {"chatbot"}
    assert _expanded_concepts("chatbot die inwoners helpt") == {"chatbot"}


def test_a_changed_glossary_makes_the_keyword_index_rebuild(
    engine: Search, ids: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries carry the glossary's concepts: the index records the glossary's digest, and
    one of another glossary is not caught up but rebuilt (its entries tagged again)."""
    engine.search("scanauto")
    assert engine.keyword.recorded_state() is not None
    monkeypatch.setattr(keyword, "files_digest", lambda: "another glossary")
    assert engine.keyword.recorded_state() is None


def test_a_current_index_is_checked_without_loading_the_glossary(
    engine: Search, ids: dict[str, str], request: pytest.FixtureRequest
) -> None:
    """Every start checks that the keyword index is current: that must not read, check and
    stem the glossary (~0.6 s of Python on the search worker, which held up the window)."""
    engine.search("scanauto")
    loads = request.getfixturevalue("glossary_loads")  # from here on, as in a new process
    assert engine.keyword.catch_up(engine.catalogue) == "current"
    assert loads == []


def test_concept_facets_and_filters_from_the_word_table_match_whoosh(
    engine: Search, ids: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The concept facet and the concept filter are read from the FTS5 word table (no
    whoosh searcher to open on a first search); they agree with whoosh's stored field."""
    from search.words import WordTable

    engine.search("anything", mode="keyword")  # builds the index
    every = list(ids.values())
    from_table = engine.keyword.concept_counts(every)
    tagged = engine.keyword.ids_with_concepts(["scan_car", "chatbot"])
    assert ("scan_car", 2) in from_table
    monkeypatch.setattr(WordTable, "concepts_of", lambda self, ids: None)
    monkeypatch.setattr(WordTable, "ids_with_concepts", lambda self, concepts: None)
    assert engine.keyword.concept_counts(every) == from_table
    assert engine.keyword.ids_with_concepts(["scan_car", "chatbot"]) == tagged


def _dutch(title: str, summary: str, city: str) -> dict[str, Any]:
    return _entry(title, summary, language="nl", location={"country": "NL", "city": city})


# What a Dutch query's own small words and measuring verbs found before its subject.
AIR = [
    _entry(
        "Air quality sensors across the city",
        "Sensors monitor air quality and air pollution in every district.",
    ),
    _entry("Forecasting air quality", "A model forecasts tomorrow's air quality for the city."),
    _dutch(
        "Drukte meten op de grachten",
        "Sensoren meten de drukte op het water; met tellingen en met sensoren meten we de "
        "vaarbewegingen.",
        "Amsterdam",
    ),
    _dutch("Waterstanden meten", "Sensoren meten de waterstand in de rivieren.", "Nijmegen"),
    _dutch("Geluid meten bij evenementen", "Met sensoren meten we het geluid.", "Utrecht"),
    _entry(
        "Planning the municipal van fleet",
        "Every van route met its target; the van fleet is planned each week.",
    ),
]


def test_a_dutch_query_finds_its_subject_in_english_before_its_small_words(
    catalogue: Catalogue, engine: Search
) -> None:
    """ "luchtkwaliteit meten met sensoren" (measure air quality with sensors): the Dutch
    "met" (with) was searched as the English "met", and "air quality", a form of two words,
    counted only as the concept's one occurrence, so an entry on crowds that measures with
    sensors and one on a van fleet came before those on air quality. Now the stop words of
    the query's language are not searched, and the English form is scored as a phrase."""
    catalogue.add_entries(AIR)
    found = _titles(engine, "luchtkwaliteit meten met sensoren")
    assert found[0] == "Air quality sensors across the city", found
    assert "Planning the municipal van fleet" not in found
    # The English query is unchanged: its own words find the same entries.
    assert _titles(engine, "measure air quality with sensors")[0] == found[0]


def test_the_stop_words_of_a_query_in_another_language_are_not_searched() -> None:
    assert searched_words(
        "luchtkwaliteit meten met sensoren", ["luchtkwaliteit", "meten", "met", "sensoren"]
    ) == ["luchtkwaliteit", "meten", "sensoren"]
    italian = "intelligenza artificiale per la pubblica amministrazione".split()
    assert searched_words(" ".join(italian), italian) == [
        "intelligenza",
        "artificiale",
        "pubblica",
        "amministrazione",
    ]
    # English queries keep theirs (the English analysis drops them); so does a query
    # naming no concept (its language is not known), and one of stop words only.
    english = "air quality with sensors".split()
    assert searched_words(" ".join(english), english) == english
    assert searched_words("met van de", ["met", "van", "de"]) == ["met", "van", "de"]
