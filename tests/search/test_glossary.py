"""The multilingual glossary (issue 19, item 3): the shipped data keeps the issue's rules,
lookups find concepts in each partner language, and the validator refuses broken data."""

from __future__ import annotations

import copy
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from search.glossary import (
    FOLDER,
    KNOWN_LANGUAGES,
    REQUIRED_LANGUAGES,
    Glossary,
    GlossaryError,
    glossary,
    read_files,
    validate_concepts,
    words,
)


def _raw_files() -> dict[str, Any]:
    return {
        path.name.removesuffix(".json"): json.loads(path.read_text("utf-8"))
        for path in FOLDER.iterdir()
        if path.name.endswith(".json")
    }


def _form(form: Any) -> tuple[str, bool]:
    if isinstance(form, dict):
        return form["form"], bool(form.get("ambiguous"))
    return form, False


def _concept(cid: str = "scan_car", /, **terms: list[Any]) -> dict[str, Any]:
    base: dict[str, Any] = {
        "en": ["scan car", "scan cars"],
        "nl": ["scanauto", "scanauto's"],
        "fi": ["skannausauto", "skannausauton"],
        "it": ["auto scanner"],
        "ro": ["mașină de scanare"],
        "lv": ["skenēšanas automašīna"],
    }
    base.update(terms)
    return {"id": cid, "terms": base}


def _problems(*concepts: dict[str, Any], domain: str = "mobility") -> list[str]:
    return validate_concepts({domain: {"domain": domain, "concepts": list(concepts)}})[1]


# -- the shipped data -----------------------------------------------------------------------


def test_the_shipped_glossary_is_valid() -> None:
    concepts, problems = validate_concepts(read_files())
    assert problems == []
    assert 250 <= len(concepts) <= 400
    assert {c.domain for c in concepts} >= {
        "services",
        "technologies",
        "governance",
        "policy_areas",
        "mobility",
        "social",
    }


def test_every_concept_has_english_and_the_five_partner_languages() -> None:
    for domain, data in _raw_files().items():
        assert data["domain"] == domain
        for concept in data["concepts"]:
            missing = [lang for lang in REQUIRED_LANGUAGES if not concept["terms"].get(lang)]
            assert not missing, f"{concept['id']} has no {missing}"


def test_ids_are_unique_and_well_formed() -> None:
    seen: dict[str, str] = {}
    for domain, data in _raw_files().items():
        for concept in data["concepts"]:
            cid = concept["id"]
            assert cid not in seen, f"{cid} in {domain} and {seen.get(cid)}"
            assert cid == cid.lower()
            assert " " not in cid
            seen[cid] = domain


def test_no_empty_terms_and_only_known_languages() -> None:
    for data in _raw_files().values():
        for concept in data["concepts"]:
            for lang, forms in concept["terms"].items():
                assert lang in KNOWN_LANGUAGES, (concept["id"], lang)
                assert forms, (concept["id"], lang)
                for form in forms:
                    text, _ = _form(form)
                    assert text.strip() == text, (concept["id"], lang, form)
                    assert words(text), (concept["id"], lang, form)


def test_no_form_is_in_two_concepts_unless_marked_ambiguous_in_both() -> None:
    """Checked here without the validator: folded forms -> {concept: marked?}."""
    owners: dict[tuple[str, ...], dict[str, bool]] = defaultdict(dict)
    for data in _raw_files().values():
        for concept in data["concepts"]:
            for forms in concept["terms"].values():
                for form in forms:
                    text, marked = _form(form)
                    key = tuple(words(text))
                    owners[key][concept["id"]] = owners[key].get(concept["id"], False) or marked
    shared = {key: seen for key, seen in owners.items() if len(seen) > 1}
    assert all(all(seen.values()) for seen in shared.values()), {
        " ".join(key): seen for key, seen in shared.items() if not all(seen.values())
    }
    # The data does use the mark: the Italian ANPR (population register) is not the
    # number plate reader, and the Latvian "skola" (school) is the Lithuanian debt.
    assert ("anpr",) in shared
    assert ("skola",) in shared


def test_the_glossary_loads_once() -> None:
    assert glossary() is glossary()
    assert "chatbot" in glossary()
    assert glossary().concept("scan_car").domain == "mobility"


# -- lookups --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fi
        (
            "tekoäly asiakaspalvelu chatbot",
            {"artificial_intelligence", "customer_service", "chatbot"},
        ),
        (
            "Kaupunki kokeilee tekoälyä asiakaspalvelussa",
            {"artificial_intelligence", "customer_service"},
        ),
        # nl
        ("uitkering fraude risico", {"benefits", "fraud"}),
        ("scanauto's voor parkeercontrole", {"scan_car", "parking_enforcement"}),
        # it
        (
            "Controllo della sosta con scan car e semafori intelligenti",
            {"parking_enforcement", "scan_car", "traffic_signal"},
        ),
        # ro, with and without diacritics
        (
            "Primăria folosește inteligența artificială pentru detectarea fraudei",
            {"artificial_intelligence", "fraud_detection"},
        ),
        (
            "inteligenta artificiala pentru detectarea fraudei",
            {"artificial_intelligence", "fraud_detection"},
        ),
        # lv
        ("Pašvaldības policija izmanto sejas atpazīšanu", {"police", "facial_recognition"}),
        # en
        ("A chatbot answers questions about building permits", {"chatbot", "building_permit"}),
    ],
)
def test_lookups_in_the_partner_languages(text: str, expected: set[str]) -> None:
    assert expected <= set(glossary().concept_ids(text, query=True))


def test_the_required_examples_find_exactly_their_concepts() -> None:
    g = glossary()
    assert g.concept_ids("uitkering fraude risico") == ["benefits", "fraud", "risk"]
    assert g.concept_ids("scanauto's voor parkeercontrole") == ["scan_car", "parking_enforcement"]


def test_matching_ignores_case_and_accents_but_keeps_whole_words() -> None:
    g = glossary()
    assert g.concept_ids("TEKOALY") == ["artificial_intelligence"]
    assert g.concept_ids("Inteligenta Artificiala") == ["artificial_intelligence"]
    assert g.concept_ids("chatbotting") == []  # not a whole word
    assert g.concept_ids("") == []


def test_the_longest_phrase_wins() -> None:
    g = glossary()
    assert g.concept_ids("a data protection impact assessment") == [
        "data_protection_impact_assessment"
    ]
    assert g.concept_ids("an impact assessment") == ["impact_assessment"]
    assert g.concept_ids("generative AI") == ["generative_ai"]
    assert g.concept_ids("tērzēšanas robots") == ["chatbot"]  # not robot


def test_acronyms_match_capitals_in_texts_and_any_case_in_queries() -> None:
    g = glossary()
    assert g.concept_ids("AI for residents") == ["artificial_intelligence", "citizen"]
    assert "artificial_intelligence" not in g.concept_ids("sostegno ai giovani")  # Italian "ai"
    assert g.concept_ids("ai chatbot", query=True) == ["artificial_intelligence", "chatbot"]


def test_an_ambiguous_form_stands_for_all_its_concepts() -> None:
    (mention,) = glossary().mentions("ANPR")
    assert mention.concept_ids == ("number_plate_recognition", "population_register")


def test_mentions_give_spans_and_languages() -> None:
    text = "De gemeente zet scanauto's in voor parkeercontrole."
    mentions = glossary().mentions(text)
    assert [(m.text, m.concept_ids) for m in mentions] == [
        ("gemeente", ("municipality",)),
        ("scanauto's", ("scan_car",)),
        ("parkeercontrole", ("parking_enforcement",)),
    ]
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert "nl" in mentions[1].languages


def test_terms_in_other_languages() -> None:
    g = glossary()
    other = g.translations("chatbot", "fi")
    assert "fi" not in other
    assert set(REQUIRED_LANGUAGES) - {"fi"} <= set(other)
    assert g.terms("scan_car", ["nl"], base_only=True) == {"nl": ("scanauto",)}
    assert g.concept("benefits").base("nl") == "uitkering"
    assert g.concept("benefits").base("xx") is None


# -- the validator ----------------------------------------------------------------------------


def test_a_valid_concept_passes() -> None:
    assert _problems(_concept()) == []


@pytest.mark.parametrize("lang", REQUIRED_LANGUAGES)
def test_a_missing_required_language_fails(lang: str) -> None:
    concept = _concept()
    del concept["terms"][lang]
    problems = _problems(concept)
    assert len(problems) == 1
    assert lang in problems[0]
    assert "scan_car" in problems[0]
    with pytest.raises(GlossaryError, match=f"required language.*{lang}"):
        Glossary.from_files({"mobility": {"domain": "mobility", "concepts": [concept]}})


def test_an_optional_language_may_be_left_out_but_not_left_empty() -> None:
    assert _problems(_concept(de=["Scanfahrzeug"])) == []
    assert any("non-empty" in p for p in _problems(_concept(de=[])))


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"xx": ["scan car"]}, "unknown language"),
        ({"fi": ["skannausauto", " "]}, "empty form"),
        ({"fi": ["skannausauto", ""]}, "empty form"),
        ({"fi": ["skannausauto", "?!"]}, "empty form"),
        ({"fi": ["skannausauto", " skannausauton"]}, "extra spaces"),
        ({"fi": ["skannausauto", "Skannausauto"]}, "again"),
        ({"ro": ["mașină de scanare", "masina de scanare"]}, "again"),
        ({"fi": ["skannausauto", 3]}, "must be a string"),
        ({"fi": ["skannausauto", {"form": "x"}]}, "ambiguous"),
    ],
)
def test_bad_forms_fail(change: dict[str, list[Any]], fragment: str) -> None:
    problems = _problems(_concept(**change))
    assert any(fragment in p for p in problems), problems


def test_bad_ids_and_keys_fail() -> None:
    assert any("id" in p for p in _problems(_concept("Scan Car")))
    assert any("also in" in p for p in _problems(_concept(), _concept()))
    extra = _concept()
    extra["comment"] = "?"
    assert any("unknown keys" in p for p in _problems(extra))
    assert any(
        "file's name" in p for p in validate_concepts({"x": {"domain": "y", "concepts": []}})[1]
    )


def _other(cid: str, **terms: list[Any]) -> dict[str, Any]:
    """A concept sharing no form with `_concept()`."""
    own: dict[str, list[Any]] = {lang: [f"{cid} {lang}"] for lang in REQUIRED_LANGUAGES}
    return _concept(cid, **{**own, **terms})


def test_a_form_in_two_concepts_must_be_marked_in_both() -> None:
    parking = _other("parking", de=["Parken"])
    parks = _other("green_space", nl=["parken"])
    (problem,) = _problems(parking, parks)
    assert "'parken'" in problem
    assert "green_space" in problem
    assert "parking" in problem

    one_marked = copy.deepcopy(parks)
    one_marked["terms"]["nl"] = [{"form": "parken", "ambiguous": True}]
    (problem,) = _problems(parking, one_marked)
    assert "mark it ambiguous in parking" in problem

    both = copy.deepcopy(parking)
    both["terms"]["de"] = [{"form": "Parken", "ambiguous": True}]
    assert _problems(both, one_marked) == []
    assert _problems(_concept(), both, one_marked) == []
    g = Glossary.from_files({"d": {"domain": "d", "concepts": [both, one_marked]}})
    assert g.concept_ids("Parken") == ["green_space", "parking"]


def test_the_same_form_in_several_languages_of_one_concept_is_fine() -> None:
    assert _problems(_concept(en=["scan car"], it=["scan car"], de=["Scan-Car"])) == []


def test_unreadable_files_are_reported(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{", "utf-8")
    with pytest.raises(GlossaryError, match=r"broken\.json"):
        Glossary.load(tmp_path)
    with pytest.raises(GlossaryError, match="no glossary files"):
        read_files(tmp_path / "missing")


def test_concepts_inside_a_form_are_what_a_scan_of_each_shorter_run_finds() -> None:
    """`Glossary.concepts_inside` (one pass, for the compound pairs of `expansion`) finds
    the same concepts as scanning every shorter run of a form's words as a query (stems
    off), for every multi-word form of the shipped glossary."""
    gloss = glossary()
    checked = 0
    for concept in gloss.concepts.values():
        for forms in concept.terms.values():
            for form in forms:
                parts = words(form)
                if len(parts) < 2:
                    continue
                scanned: set[str] = set()
                for size in range(1, len(parts)):
                    for start in range(len(parts) - size + 1):
                        run = " ".join(parts[start : start + size])
                        scanned.update(gloss.concept_ids(run, query=True, stems=False))
                assert set(gloss.concepts_inside(parts)) == scanned, form
                checked += 1
    assert checked > 1000


def test_the_shipped_stem_keys_are_those_of_the_glossary_as_it_is() -> None:
    """`search/glossary_stem_keys.jsonl` (loading stems nothing) matches the glossary's files
    and the stemming rules: after editing the glossary, run `make glossary`."""
    from search.glossary import STEM_KEYS
    from search.glossary_keys import stem_keys_now
    from search.glossary_stems import read_stem_keys

    shipped = read_stem_keys(STEM_KEYS.read_text("utf-8"))
    assert shipped == stem_keys_now(), "stale: run `make glossary`"


def test_stale_stem_keys_are_not_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Keys made from other glossary files (a partner edited one) are ignored: the glossary
    stems its words itself and finds the same concepts."""
    import search.glossary as module

    stale = tmp_path / "keys.jsonl"
    stale.write_text('{"glossary": "other"}\n{"lang": "fi", "keys": {"pysäköinti": "x"}}\n')
    monkeypatch.setattr(module, "STEM_KEYS", stale)
    assert module.shipped_stem_keys() is None
    fresh = Glossary.load()
    assert fresh.concept_ids("pysäköinnin valvonta", query=True) == glossary().concept_ids(
        "pysäköinnin valvonta", query=True
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[1, 2]\n",
        '{"glossary": "DIGEST"}\n{"keys": {}}\n',
        '{"glossary": "DIGEST"}\nnot json\n',
        '{"glossary": "DIGEST"}\n{"lang": "fi", "keys": ["pysäköinti"]}\n',
    ],
)
def test_a_broken_stem_keys_file_is_not_used(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str
) -> None:
    """A stem keys file cut short or edited by hand is refused (the glossary then stems its
    words itself), not half read."""
    import search.glossary as module

    broken = tmp_path / "keys.jsonl"
    broken.write_text(text.replace("DIGEST", module.files_digest()))
    monkeypatch.setattr(module, "STEM_KEYS", broken)
    assert module.shipped_stem_keys() is None
