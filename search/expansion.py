"""Search across languages with the glossary (`glossary.py`): query expansion and concepts.

A query's words and phrases found in the glossary (`query=True` lookups) stand for concepts.
For the keyword index each concept adds, weighted below the words typed:

- its forms in every language, each analysed by its own language's analyser and searched
  in that language's fields only (a Dutch form in `title_nl`/`text_nl`, stemmed the Dutch
  way; a German or Latvian one in the plain fields), up to `FORMS_PER_LANGUAGE` forms a
  language, with the forms typed left out (they are searched already);
- the concept itself, a term of the language-independent `concept` field that every entry
  mentioning the concept in any language carries (`documents.entry_concepts`).

A concept that most entries mention (`COMMON_CONCEPT_SHARE`: "artificial intelligence" in a
catalogue of AI cases) adds nothing: it would only add noise and time.

For the meaning model, the English base forms of the concepts typed in another language are
appended to the text it encodes (`meaning_expansion`): MiniLM knows English best. A Dutch
query is read twice, with and without its own words (`meaning_readings`).

The weights were tuned on the quality benchmark (`bench/search_quality.py`, results in
`bench/results/search_quality.md`).
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from whoosh import query

from . import pacing
from .documents import LANGUAGE_GROUPS, PLAIN
from .glossary import GENERAL_DOMAIN, Mention, fold, glossary, is_acronym, words
from .glossary_stems import stopwords
from .keyword_query import _CONDITION, FILTER_ALIASES, _is_filter
from .keyword_schema import CONCEPT_FIELD, FIELD_ALIASES

# A typed word scores 1; a concept (the best of its forms in other languages and its term)
# `FORM_BOOST`: chosen on the judged set's training half once the word table answered these
# queries (BM25F: a form scores as a typed word would): hybrid nDCG@10 0.730 at 0.5 and 0.75,
# 0.740 at 1, 0.745 at 1.5, 0.742 at 2; 1 taken, as a tie with 1.5 that keeps a form of
# another language from outweighing the word typed. In whoosh (a query in the query
# language) the concept term counts `CONCEPT_BOOST` of it.
FORM_BOOST = 1.0
CONCEPT_BOOST = 0.5
FORMS_PER_LANGUAGE = 4
# Hybrid search of a query whose concepts are all typed in a language other than English
# that the catalogue's entries are written in (Dutch here, `own_language_fusion`): the
# meaning side's weight and the fusion's constant. The constant is the English queries'
# (`fusion.FUSION`, chosen on the judged set's training half); the weight, 0.5, ties there
# with 1 (needs asked in Dutch 0.636 / 0.637) and meets the quality benchmark's 13 original
# Dutch queries' target (hybrid 0.724 vs keyword 0.719; 0.629 at 1). The constant 60 with
# weight 0.25, used before, did 0.013 better on the judged training half's needs asked in
# Dutch, but let entries at middling ranks of both sides overtake the keyword side's first
# ones (13 original queries: hybrid 0.700, below keyword). bench/results/search_quality.md.
FOREIGN_MEANING_WEIGHT = 0.5
FOREIGN_FUSION_K = 5.0
# A concept in more than this share of the entries is not expanded (from 200 entries on).
COMMON_CONCEPT_SHARE = 0.25
COMMON_MIN_ENTRIES = 200
# The glossary's domain of general vocabulary (`glossary/general.json`: citizens, document,
# detection, prediction…): its concepts translate the keyword query of a query typed in a
# language whose entries the index does not hold, weighted `GENERAL_BOOST`, and add nothing
# to one in English or Dutch here, whose own words find their entries (for English queries
# their Dutch forms, "vragen", "hulp", brought Dutch entries above English ones: measured).
GENERAL_BOOST = 0.25
# A query with one of these is not expanded: what is excluded must stay excluded.
_NEGATIONS = re.compile(r"\b(NOT|ANDNOT)\b|(^|\s)-\w")


@dataclass(frozen=True)
class QueryConcepts:
    """The concepts a query mentions and the folded phrases it typed for them."""

    concepts: tuple[str, ...]
    typed: frozenset[tuple[str, ...]]
    # concept id -> the languages of the form typed for it
    typed_languages: dict[str, frozenset[str]]


def group_of(language: str) -> str:
    """The keyword index's language group for a glossary language."""
    return language if language in LANGUAGE_GROUPS else PLAIN


@functools.lru_cache(maxsize=256)
def query_concepts(text: str) -> QueryConcepts:
    """The glossary concepts in a query's words (conditions and operators left out)."""
    if _NEGATIONS.search(text):
        return QueryConcepts((), frozenset(), {})
    mentions = _without_stop_acronyms(glossary().mentions(_free_words(text), query=True))
    concepts: dict[str, None] = {}
    typed: set[tuple[str, ...]] = set()
    languages: dict[str, frozenset[str]] = {}
    for mention in mentions:
        typed.add(tuple(words(mention.text)))
        for cid in mention.concept_ids:
            concepts.setdefault(cid, None)
            languages[cid] = languages.get(cid, frozenset()) | mention.languages
    named = list(concepts)
    for i, one in enumerate(named):
        for other in named[i + 1 :]:
            for cid in _compounds().get(frozenset((one, other)), ()):
                concepts.setdefault(cid, None)
    return QueryConcepts(tuple(concepts), frozenset(typed), languages)


def _is_lowercase_acronym(mention: Mention) -> bool:
    """A word typed in lower case that the glossary knows only as an acronym ("ai")."""
    if not mention.text.islower() or len(words(mention.text)) != 1:
        return False
    gloss = glossary()
    key = words(mention.text)
    return all(
        is_acronym(form)
        for cid in mention.concept_ids
        for forms in gloss.concept(cid).terms.values()
        for form in forms
        if words(form) == key
    )


def _without_stop_acronyms(mentions: list[Mention]) -> list[Mention]:
    """`mentions` without an acronym typed in lower case that is a stop word of the
    language the query's other words are in: the Italian "ai" ("to the") is not "AI"."""
    others = [m for m in mentions if not _is_lowercase_acronym(m)]
    if len(others) == len(mentions) or not others:
        return mentions
    languages = frozenset.intersection(*(m.languages for m in others)) or frozenset().union(
        *(m.languages for m in others)
    )
    return [
        m
        for m in mentions
        if not _is_lowercase_acronym(m)
        or not any(words(m.text)[0] in stopwords(lang) for lang in languages)
    ]


def _named_inside(gloss: Any, form: str, own: str) -> list[str]:
    """The other concepts that the words of a form name, as written (in any shorter run of
    them: `Glossary.concepts_inside`, one pass over the form; scanning each run instead
    cost 0.1 s for the whole glossary on every process's first query)."""
    parts = words(form)
    if len(parts) < 2:
        return []
    return [cid for cid in gloss.concepts_inside(parts) if cid != own]


@functools.cache
def _compounds() -> dict[frozenset[str], tuple[str, ...]]:
    """{two concepts: the concepts one of whose forms names both}: "fraude met uitkeringen"
    (benefits fraud) names fraud and benefits, so a query of "uitkering fraude" adds benefits
    fraud too. Concepts of general vocabulary (`GENERAL_DOMAIN`) do not count: "government"
    and "staff" name civil servants, but a query about staff of the government is not about
    civil servants as a topic."""
    gloss = glossary()
    found: dict[frozenset[str], set[str]] = {}
    general = {c.id for c in gloss.concepts.values() if c.domain == GENERAL_DOMAIN}
    for concept in gloss.concepts.values():
        pacing.pause()
        for forms in concept.terms.values():
            for form in forms:
                inside = [c for c in _named_inside(gloss, form, concept.id) if c not in general]
                for i, one in enumerate(inside):
                    for other in inside[i + 1 :]:
                        found.setdefault(frozenset((one, other)), set()).add(concept.id)
    return {pair: tuple(sorted(ids)) for pair, ids in found.items()}


def warm(paced: bool = False) -> None:
    """Load what a query's first lookup needs (the glossary, its stems, the compound
    pairs): about 0.5 s of Python, which the desktop runs while the user starts typing,
    `paced` (`pacing.py`): resting a moment every few milliseconds, so that the window's
    thread is not kept waiting for the interpreter."""
    with pacing.paced() if paced else contextlib.nullcontext():
        glossary()
        _compounds()


def _free_words(text: str) -> str:
    """The words of a query outside conditions (`country:NL parking` -> `parking`): the
    words of a field condition (`title:streets`) are not widened either, as the concept's
    forms would be looked for in every field."""

    def drop(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in FILTER_ALIASES or name in FIELD_ALIASES:
            return " "
        return match.group(0)

    return _CONDITION.sub(drop, text)


def query_languages(found: QueryConcepts) -> frozenset[str]:
    """The languages a query's concepts were typed in: those every recognised form belongs
    to ("chatbot" is a form of many languages, "asiakaspalvelu" only of Finnish: fi), or,
    when no language has them all, any of them."""
    sets = [found.typed_languages[c] for c in found.concepts if c in found.typed_languages]
    if not sets:
        return frozenset()
    return frozenset.intersection(*sets) or frozenset().union(*sets)


def expansion_forms(found: QueryConcepts) -> dict[str, list[tuple[str, ...]]]:
    """{concept id: the forms to add, as folded word tuples tagged by language group}:
    `(group, word, word…)` for each form, typed forms and duplicates left out."""
    gloss = glossary()
    out: dict[str, list[tuple[str, ...]]] = {}
    for cid in found.concepts:
        seen: set[tuple[str, ...]] = set()
        forms: list[tuple[str, ...]] = []
        for lang, lang_forms in gloss.concept(cid).terms.items():
            taken = 0
            for form in lang_forms:
                key = tuple(words(form))
                if key in found.typed or (group_of(lang), *key) in seen:
                    continue
                seen.add((group_of(lang), *key))
                forms.append((group_of(lang), *key))
                taken += 1
                if taken >= FORMS_PER_LANGUAGE:
                    break
        out[cid] = forms
    return out


def _form_query(
    fields_by_group: dict[str, list[Any]],
    form: tuple[str, ...],
    seen: set[tuple[str, ...]],
    phrases: bool = True,
) -> list[Any]:
    """The clauses for one form: a term (or phrase) per field of its language group, the
    words analysed by that field's analyser (what `seen` holds already left out: "scan
    car" and "scan cars" are one stem). Without `phrases`, a form of several words adds
    nothing (`keyword_expansion`)."""
    group, *form_words = form
    clauses = []
    for name, field in fields_by_group.get(group, []):
        analysed = [t.text for w in form_words for t in field.analyzer(w, mode="query")]
        if not analysed or (name, *analysed) in seen:
            continue
        seen.add((name, *analysed))
        if len(analysed) == 1:
            clauses.append(query.Term(name, analysed[0]))
        elif phrases:
            # Scored as the sum of its words: as one word here, as a typed word is.
            clauses.append(query.Phrase(name, analysed, boost=1.0 / len(analysed)))
    return clauses


@dataclass(frozen=True)
class ConceptPlan:
    """What one concept of a query adds to its keyword query: the concept term (when any
    entry is tagged with it), its `forms` (`(group, word, word…)`, `expansion_forms`), and
    whether a form of several words is searched as a phrase; all weighted `weight`, the
    best of them counting (a concept counts as one word, however many forms an entry has)."""

    concept: str
    weight: float
    concept_term: bool
    forms: tuple[tuple[str, ...], ...]
    phrases: bool


def expansion_plan(
    text: str,
    groups: Collection[str],
    total: int,
    concept_frequency: Callable[[str], int],
) -> list[ConceptPlan]:
    """What a query's concepts add to the keyword query, for an index holding the language
    groups `groups` and `total` entries, `concept_frequency(id)` of which are tagged with a
    concept. Either index answers from it: whoosh (`keyword_expansion`) and the FTS5 word
    table (`words.py`)."""
    found = query_concepts(text)
    if not found.concepts:
        return []
    languages = query_languages(found)
    # General vocabulary only for a query in a language whose entries the index does not
    # hold: in English or Dutch here, the words typed find their own language's entries.
    general = not {group_of(lang) for lang in languages} & set(groups)
    gloss = glossary()
    plans = []
    for cid, forms in expansion_forms(found).items():
        domain = gloss.concept(cid).domain
        if not general and domain == GENERAL_DOMAIN:
            continue
        frequency = concept_frequency(cid)
        if total >= COMMON_MIN_ENTRIES and frequency > COMMON_CONCEPT_SHARE * total:
            continue
        # A query in English finds its entries by its own words, and the concept term
        # finds the entries that have a form of several words (they are tagged with it):
        # a phrase per form and field would cost 60 % of the query's time in whoosh (which
        # matches phrases position by position) for little. A query in another language
        # finds the English entries, most of the catalogue, only through its concepts: a
        # form of several words ("air quality" for "luchtkwaliteit") is scored as the
        # phrase it is, as a typed word is, where the concept term counts one occurrence
        # (`keyword_scoring.score`). Measured for Dutch (bench/results/search_quality.md):
        # hybrid nDCG@10 of the 40 needs asked in Dutch 0.45 -> 0.51, and the judged set's
        # needs asked in Dutch, held-out half, 0.56 -> 0.59 (with `searched_words`); the 13
        # original Dutch queries, for the Dutch register, 0.73 -> 0.70 (0.72 with the
        # fusion of `own_language_fusion`).
        plans.append(
            ConceptPlan(
                concept=cid,
                weight=GENERAL_BOOST if domain == GENERAL_DOMAIN else FORM_BOOST,
                concept_term=frequency > 0,
                forms=tuple(form for form in forms if form[0] in groups),
                phrases=general or not frequency or "en" not in languages,
            )
        )
    return plans


def keyword_expansion(text: str, schema: Any, present: Sequence[str], reader: Any) -> Any:
    """What a query's concepts add to the whoosh query (`expansion_plan`), or None: for
    each concept the best of its clauses (a `DisjunctionMax`), weighted."""
    fields_by_group: dict[str, list[Any]] = {}
    for name in present:
        kind, _, group = name.partition("_")
        if kind in ("title", "text") and group in LANGUAGE_GROUPS:
            fields_by_group.setdefault(group, []).append((name, schema[name]))
    plans = expansion_plan(
        text,
        set(fields_by_group),
        reader.doc_count(),
        lambda cid: reader.doc_frequency(CONCEPT_FIELD, cid),
    )
    per_concept: list[Any] = []
    for plan in plans:
        clauses: list[Any] = []
        if plan.concept_term:
            clauses.append(
                query.Term(CONCEPT_FIELD, plan.concept, boost=CONCEPT_BOOST / FORM_BOOST)
            )
        seen: set[tuple[str, ...]] = set()
        for form in plan.forms:
            clauses += _form_query(fields_by_group, form, seen, phrases=plan.phrases)
        if clauses:
            per_concept.append(query.DisjunctionMax(clauses, boost=plan.weight))
    return query.Or(per_concept) if per_concept else None


def expanded(parsed: Any, expansion: Any) -> Any:
    """`parsed` (as `keyword_query` shapes it) with `expansion` as alternatives to its
    words: conditions (`And` with filters) and exclusions stay as they were."""
    if expansion is None or _is_filter(parsed):
        return parsed
    if isinstance(parsed, query.AndNot):
        return query.AndNot(expanded(parsed.a, expansion), parsed.b)
    if isinstance(parsed, query.And):
        words_part = [q for q in parsed.subqueries if not _is_filter(q)]
        conditions = [q for q in parsed.subqueries if _is_filter(q)]
        if conditions and len(words_part) == 1:
            return query.And([query.Or([words_part[0], expansion]), *conditions])
    return query.Or([parsed, expansion])


def meaning_expansion(text: str, meaning: str, held: Collection[str] = ()) -> str:
    """The text the meaning model encodes. A query typed in English: `meaning` (its words).
    One typed in a language whose entries the index holds (`held`: language groups; Dutch
    here): `meaning` with the English base form of each concept. One typed in any other
    language: the English base forms of its concepts alone, in order: MiniLM reads English
    only, so the untranslated words were noise (Finnish semantic nDCG@10 0.207 -> 0.268)."""
    found = query_concepts(text)
    gloss = glossary()
    typed = query_languages(found)
    if not typed or "en" in typed:
        return meaning
    if not {group_of(lang) for lang in typed} & set(held):
        bases = [gloss.concept(cid).base("en") or "" for cid in found.concepts]
        return " ".join(dict.fromkeys(b for b in bases if b)) or meaning
    typed_words = set(words(meaning))
    added = []
    for cid in found.concepts:
        if "en" in found.typed_languages.get(cid, frozenset()):
            continue
        english = gloss.concept(cid).base("en")
        if english and not set(words(english)) <= typed_words:
            added.append(english)
    return meaning if not added else f"{meaning} ({', '.join(added)})"


def meaning_readings(text: str, meaning: str, held: Collection[str] = ()) -> tuple[str, ...]:
    """The texts the meaning model encodes for a query; their vectors are added up (the
    query's vector is their normalised sum). One, `meaning_expansion`'s, but for a query
    typed in a language other than English that the catalogue's entries are written in
    (Dutch here): the words typed with the concepts' English forms, and those English forms
    alone. MiniLM reads Dutch poorly, and the words typed pulled the vector away from the
    English cases, while alone the English forms miss the Dutch register's own wording.
    Measured: Dutch semantic nDCG@10 0.381 -> 0.509 on the 40 needs asked in Dutch, 0.521 ->
    0.492 on the 13 written in Dutch (hybrid 0.436 -> 0.440 and 0.684 -> 0.689); on the
    judged set's Dutch needs 0.700 -> 0.777 (training half) and 0.488 -> 0.548 (held-out)."""
    mixed = meaning_expansion(text, meaning, held)
    if not typed_in_another_language(text) & set(held):
        return (mixed,)
    english = meaning_expansion(text, meaning, ())
    return (mixed,) if english == mixed else (mixed, english)


def typed_in_another_language(text: str) -> frozenset[str]:
    """The languages a query's glossary concepts were typed in when none is English;
    empty when it names no concept or one in English."""
    typed = query_languages(query_concepts(text))
    return frozenset() if "en" in typed else typed


def searched_words(text: str, words: Sequence[str]) -> list[str]:
    """The words of a plain-word query that rank its keyword results: all of them, but for
    a query typed in another language than English (`typed_in_another_language`) without
    the stop words of that language. A word is looked up in every language's analysis,
    where the Dutch "met" (with) and "van" (of) are the rare English words "met" and "van":
    they found Dutch entries that said "measure" and "sensor" above the English ones on air
    quality (hybrid nDCG@10 of the 13 original Dutch queries 0.70 -> 0.73, of the 40 needs
    asked in Dutch 0.44 -> 0.45; bench/results/search_quality.md). English queries keep
    theirs: the English analysis drops them for English entries, and hybrid fusion's
    coverage rule was chosen with them (dropped, English hybrid lost 0.01, and the English
    needs for Dutch entries 0.05)."""
    languages = typed_in_another_language(text)
    if not languages:
        return list(words)
    stops = frozenset.intersection(*(stopwords(lang) for lang in languages))
    kept = [word for word in words if word.casefold() not in stops and fold(word) not in stops]
    return kept or list(words)


def own_language_fusion(text: str, present: Collection[str]) -> tuple[float, float] | None:
    """(the meaning side's weight, the constant) of hybrid fusion for a query that names
    glossary concepts, none in English, and some in a language whose entries the keyword
    index holds (`present`: language groups): the words typed find those entries well, and
    MiniLM, which reads other languages poorly, would pull that ranking down (Dutch queries
    over the Dutch register). None for any other query."""
    if typed_in_another_language(text) & set(present):
        return FOREIGN_MEANING_WEIGHT, FOREIGN_FUSION_K
    return None


def concept_filters(
    filters: Iterable[tuple[str, str]],
) -> tuple[list[str], list[tuple[str, str]]]:
    """(the values of `concept` filters, the other filters)."""
    concepts, others = [], []
    for key, value in filters:
        if key == CONCEPT_FIELD:
            concepts.append(value.strip().lower())
        else:
            others.append((key, value))
    return concepts, others
