"""What the keyword index holds: its analysers, its whoosh schema and an entry's document.

An entry's title and texts go into `title_<lang>` and `text_<lang>` for its language group
(en, nl, fi, it, ro, or plain). A query word is analysed once per field, so "parkeren" is
stemmed the Dutch way against Dutch entries and "parking" the English way against English
ones. Every analyser folds accents before stemming, so "Bacau" finds "Bacău". Filters are
`f_<key>` keyword fields. The FTS5 word table (`words.py`) is written with the same
analysers (`word_analyser`, `names_analyser`).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from whoosh import fields
from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.lang import has_stopwords, stopwords_for_language
from whoosh.support.charset import accent_map

from catalogue.catalogue import IndexRow

from .documents import (
    LANGUAGE_GROUPS,
    PLAIN,
    body_text,
    entry_concepts,
    filter_values,
    language_group,
    organisation_text,
    snippet_source,
)
from .keyword_analysis import CachedAnalyzer

# Bump when the schema or an analyser changes: an index of another version is rebuilt.
# 6: a build of 5,000 entries or more with its helper process had left the glossary
# concepts out of the word table for the helper's share of the entries (60 %).
INDEX_VERSION = 6
TITLE_BOOST = 3.0
ORGANISATION_BOOST = 1.5
FILTER_FIELD = "f_{}"
# The glossary concepts an entry mentions, in any language (`search/expansion.py`).
CONCEPT_FIELD = "concept"
TOKENS = r"\w+(?:[.'’-]\w+)*"


def analyzer_for(language: str) -> Analyzer:
    """Tokenise, lower-case, drop stop words, fold accents, then stem (for `language`)."""
    chain = RegexTokenizer(TOKENS) | LowercaseFilter()
    if language != PLAIN and has_stopwords(language):
        chain = chain | StopFilter(stoplist=stopwords_for_language(language), minsize=1)
    chain = chain | CharsetFilter(accent_map)
    if language != PLAIN:
        chain = chain | StemFilter(lang=language)
    return chain


def plain_analyzer() -> Analyzer:
    return RegexTokenizer(TOKENS) | LowercaseFilter() | CharsetFilter(accent_map)


def _names() -> Analyzer:
    """For organisation names and tags, in any language: no stemming, and no stop word of
    any of the languages (so "of" or "van" in a query does not match half the catalogue)."""
    stoplist = frozenset().union(
        *(stopwords_for_language(lang) for lang in LANGUAGE_GROUPS if has_stopwords(lang))
    )
    chain = RegexTokenizer(TOKENS) | LowercaseFilter() | StopFilter(stoplist=stoplist, minsize=1)
    return chain | CharsetFilter(accent_map)


FILTER_KEYS = (
    "country",
    "kind",
    "status",
    "organisation_type",
    "organisation",
    "city",
    "language",
    "dataset",
    "risk",
    "tag",
    "technique",
    "policy_area",
    "theme",
    "validation",
    "project",
    "policy_instrument",
    "transfer_partner",
    "conflict",
)


def index_schema() -> fields.Schema:
    """The index's fields. Their analysers are the chains above served from a cache of words
    (`CachedAnalyzer`: the same tokens, 2-3× faster to build)."""
    names = CachedAnalyzer(_names())
    schema = fields.Schema(
        id=fields.ID(stored=True, unique=True),
        rev=fields.STORED(),
        lang=fields.STORED(),
        snippet=fields.STORED(),
        organisation=fields.TEXT(analyzer=names, field_boost=ORGANISATION_BOOST),
        tags=fields.TEXT(analyzer=names),
        spell=fields.TEXT(analyzer=CachedAnalyzer(plain_analyzer()), phrase=False),
    )
    schema.add(CONCEPT_FIELD, fields.KEYWORD(stored=True, commas=True))
    for lang in LANGUAGE_GROUPS:
        analyzer = CachedAnalyzer(analyzer_for(lang))
        schema.add(f"title_{lang}", fields.TEXT(analyzer=analyzer, field_boost=TITLE_BOOST))
        schema.add(f"text_{lang}", fields.TEXT(analyzer=analyzer))
    for key in FILTER_KEYS:
        schema.add(FILTER_FIELD.format(key), fields.KEYWORD(lowercase=True, commas=True))
    return schema


# What users type before a colon -> the index fields it searches.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "title": tuple(f"title_{lang}" for lang in LANGUAGE_GROUPS),
    "text": tuple(f"text_{lang}" for lang in LANGUAGE_GROUPS),
    "summary": tuple(f"text_{lang}" for lang in LANGUAGE_GROUPS),
    "description": tuple(f"text_{lang}" for lang in LANGUAGE_GROUPS),
    "organisation": ("organisation",),
    "organization": ("organisation",),
    "org": ("organisation",),
    "tag": ("tags",),
    "tags": ("tags",),
    **{key: (FILTER_FIELD.format(key),) for key in FILTER_KEYS if key not in ("organisation",)},
}


def index_document(row: IndexRow) -> dict[str, Any]:
    """What the index gets of an entry (the word table too: `words.py`)."""
    body = row.body
    lang = language_group(body)
    document: dict[str, Any] = {
        "id": row.id,
        "rev": row.rev,
        "lang": lang,
        "snippet": snippet_source(body),
        f"title_{lang}": str(body.get("title") or ""),
        f"text_{lang}": str(body.get("summary") or "") + "\n" + body_text(body),
        "organisation": organisation_text(body),
        "tags": ",".join(str(t) for t in body.get("tags") or []),
        "spell": f"{body.get('title', '')}\n{body.get('summary', '')}",
        CONCEPT_FIELD: ",".join(entry_concepts(body)),
    }
    for key, values in filter_values(body, row.conflict).items():
        document[FILTER_FIELD.format(key)] = ",".join(v.replace(",", " ") for v in values)
    return document


# The analysers made once, for the FTS5 word table (`words.py`) and for snippets.
@functools.lru_cache(maxsize=8)
def word_analyser(lang: str) -> Analyzer:
    return analyzer_for(lang)


@functools.lru_cache(maxsize=1)
def names_analyser() -> Analyzer:
    return _names()


@functools.lru_cache(maxsize=65536)
def name_tokens(word: str) -> list[str]:
    return [token.text for token in names_analyser()(word)]


@functools.lru_cache(maxsize=200_000)
def analysed(lang: str, word: str) -> str | None:
    """`word` as the index holds it in language group `lang` (None for a stop word)."""
    tokens = [token.text for token in word_analyser(lang)(word)]
    return tokens[0] if len(tokens) == 1 else None


_TOKEN = re.compile(TOKENS)


def text_tokens(lang: str | None, text: str) -> list[str]:
    """The tokens the analyser of language group `lang` (None: of names and tags) makes of
    `text`, word by word from the caches above: every filter of the analysers works on one
    token at a time, and the same words recur across entries, so building the word table
    (`words.py`) costs a regular expression and a look-up per word instead of whoosh's
    chain of filters (measured: bench/results/keyword_build_profile.md)."""
    if lang is None:
        return [token for word in _TOKEN.findall(text) for token in name_tokens(word)]
    return [form for word in _TOKEN.findall(text) if (form := analysed(lang, word)) is not None]
