"""The multilingual glossary of public-sector AI terms (issue 19, item 3): data and lookups.

The data is `search/glossary/<domain>.json`, one file per domain, written by the project:

    {"domain": "mobility",
     "concepts": [{"id": "scan_car",
                   "terms": {"en": ["scan car", "scan cars", ...],
                             "nl": ["scanauto", "scanauto's", "scanwagen", ...], ...}}]}

Each language's list starts with the base form, then variants, compounds and inflected forms
(a lookup in a text matches whole words and phrases as written; a query's words that
no form matches as written are matched by their stems, `glossary_stems.py`). Every concept has
forms in en, nl, fi, it, ro and lv (`REQUIRED_LANGUAGES`); other EU languages are optional. A
form may be an object `{"form": "ANPR", "ambiguous": true}` when it legitimately belongs to
several concepts (the Italian population register and number plate recognition); it must
then be marked in each of them. A concept may carry a `"note"` for editors.

A lookup (`Glossary.mentions`, `Glossary.concept_ids`) finds the forms of every language in
a text: case- and accent-insensitive (casefold, then drop combining marks: "tekoaly" finds
"tekoäly", "inteligenta" finds "inteligență"), whole words only, multi-word phrases before
their parts (leftmost, longest match first). Words are Unicode letters and digits; any other
character separates them, so "scanauto's" is "scanauto" + "s" and "AI-based" is "ai" +
"based". A form of one token in capitals only ("AI", "KI", "GDPR") matches capitals only in a
text (the Italian "ai" is not "AI"), and any case in a query (`query=True`).

`glossary()` loads and validates all files once, on first use; `validate_concepts()` is the
check itself, usable on data in memory (the tests feed it broken concepts). Reading and
validating the files, and folding a word, are in `glossary_data.py`.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable

from .glossary_data import (
    FOLDER,
    GENERAL_DOMAIN,
    KNOWN_LANGUAGES,
    REQUIRED_LANGUAGES,
    WORD,
    Concept,
    GlossaryError,
    files_digest,
    fold,
    is_acronym,
    read_files,
    validate_concepts,
    words,
)
from .glossary_stems import StemIndex, read_stem_keys
from .pacing import pause

__all__ = [
    "FOLDER",
    "GENERAL_DOMAIN",
    "KNOWN_LANGUAGES",
    "REQUIRED_LANGUAGES",
    "STEM_KEYS",
    "WORD",
    "Concept",
    "Glossary",
    "GlossaryError",
    "Mention",
    "concept_label",
    "concepts_in",
    "files_digest",
    "fold",
    "glossary",
    "is_acronym",
    "read_files",
    "shipped_stem_keys",
    "stem_forms",
    "stem_words",
    "validate_concepts",
    "words",
]

# The stem keys of the shipped glossary's words, computed beforehand (`glossary_keys`,
# `make glossary`): used when they were made from the glossary's files as they are.
STEM_KEYS: Traversable = resources.files("search").joinpath("glossary_stem_keys.jsonl")
_FOLD_CACHE_LIMIT = 500_000


@dataclass(frozen=True)
class Mention:
    """Where a text mentions a glossary form: character span, the form as found, the
    concepts it stands for (several only for ambiguous forms) and the languages it is a
    form of (a form such as "chatbot" belongs to many)."""

    start: int
    end: int
    text: str
    concept_ids: tuple[str, ...]
    languages: frozenset[str]


@dataclass(frozen=True)
class _Entry:
    """What one folded phrase stands for."""

    phrase: tuple[str, ...]
    concept_ids: tuple[str, ...]
    case_sensitive: tuple[bool, ...]  # per concept id: only capitals match in a text
    languages: frozenset[str]


@dataclass
class _Index:
    # first word -> the phrases starting with it, longest first
    by_first: dict[str, list[_Entry]] = field(default_factory=dict)
    # every phrase -> its entry; first word -> the lengths of its phrases, longest first
    by_phrase: dict[tuple[str, ...], _Entry] = field(default_factory=dict)
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)


# -- the glossary --------------------------------------------------------------------------


def stem_forms(concepts: Iterable[Concept]) -> Iterator[tuple[str, str, str]]:
    """(concept id, language, form) of every form: what `StemIndex` is built from."""
    for concept in concepts:
        for lang, forms in concept.terms.items():
            for form in forms:
                yield concept.id, lang, form


def stem_words(form: str) -> list[str]:
    """A form's case-folded (not accent-folded) words, as `StemIndex` keys them."""
    return [w.casefold() for w in WORD.findall(form)]


class Glossary:
    """The validated concepts and a phrase dictionary to find them in texts."""

    def __init__(
        self,
        concepts: Iterable[Concept],
        stem_keys: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        self.concepts: dict[str, Concept] = {c.id: c for c in concepts}
        self._index = self._build_index()
        self._fold_cache: dict[str, str] = {}
        # Queries only: inflected words found by their stems (`glossary_stems`).
        self._stems = StemIndex(stem_forms(self.concepts.values()), stem_words, fold, stem_keys)

    @classmethod
    def from_files(
        cls, files: Mapping[str, object], stem_keys: Mapping[str, Mapping[str, str]] | None = None
    ) -> Glossary:
        concepts, problems = validate_concepts(files)
        if problems:
            raise GlossaryError(problems)
        return cls(concepts, stem_keys)

    @classmethod
    def load(cls, folder: Traversable = FOLDER) -> Glossary:
        """The glossary of `folder`; the shipped one with its stem keys computed beforehand
        when they match its files (a partner's edit makes them stale: then they are computed
        here, 0.5 s more)."""
        stem_keys = shipped_stem_keys() if folder == FOLDER else None
        return cls.from_files(read_files(folder), stem_keys)

    def _build_index(self) -> _Index:
        grouped: dict[tuple[str, ...], dict[str, tuple[bool, set[str]]]] = {}
        for concept in self.concepts.values():
            pause()
            for lang, forms in concept.terms.items():
                for form in forms:
                    phrase = tuple(words(form))
                    per_concept = grouped.setdefault(phrase, {})
                    strict, langs = per_concept.get(concept.id, (True, set()))
                    # Capitals-only when every form of this concept with these words is an
                    # acronym ("AI"); a written-out form ("Ai"?) would lift it.
                    per_concept[concept.id] = (strict and is_acronym(form), langs | {lang})
        index = _Index()
        for phrase, per_concept in grouped.items():
            pause()
            ids = tuple(sorted(per_concept))
            entry = _Entry(
                phrase,
                ids,
                tuple(per_concept[cid][0] for cid in ids),
                frozenset().union(*(per_concept[cid][1] for cid in ids)),
            )
            index.by_first.setdefault(phrase[0], []).append(entry)
            index.by_phrase[phrase] = entry
        for first, entries in index.by_first.items():
            entries.sort(key=lambda e: -len(e.phrase))
            index.lengths[first] = tuple(sorted({len(e.phrase) for e in entries}, reverse=True))
        return index

    # -- lookups ---------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.concepts)

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self.concepts

    def concept(self, concept_id: str) -> Concept:
        return self.concepts[concept_id]

    def domains(self) -> dict[str, list[str]]:
        """{domain: concept ids}."""
        out: dict[str, list[str]] = {}
        for concept in self.concepts.values():
            out.setdefault(concept.domain, []).append(concept.id)
        return out

    def _fold(self, token: str) -> str:
        cache = self._fold_cache
        folded = cache.get(token)
        if folded is None:
            if len(cache) >= _FOLD_CACHE_LIMIT:
                cache.clear()
            folded = cache[token] = fold(token)
        return folded

    def _scan(
        self, raw: Sequence[str], query: bool, stems: bool | None = None
    ) -> list[tuple[int, int, _Entry, tuple[str, ...]]]:
        """Leftmost-longest matches over the words `raw`: (first, after last, entry, ids).
        With `stems` (queries, by default), a longer or only match by stems
        (`glossary_stems`) wins over the exact one."""
        fold_ = self._fold
        keys = [fold_(t) for t in raw]
        by_first = self._index.by_first
        stemmed = query if stems is None else stems
        found: list[tuple[int, int, _Entry, tuple[str, ...]]] = []
        if not stemmed:
            # Only a word that starts a form can start a match: the others are skipped
            # without a look-up each (tagging every entry of a build scans its whole text).
            after = 0
            for i in [i for i, key in enumerate(keys) if key in by_first]:
                if i >= after and (match := self._exact_at(raw, keys, i, query)) is not None:
                    found.append((i, *match))
                    after = match[0]
            return found
        lowered = [t.casefold() for t in raw]
        i, n = 0, len(keys)
        while i < n:
            match = self._exact_at(raw, keys, i, query)
            size, ids, languages = self._stems.match(lowered, i)
            if size and (match is None or size > match[0] - i):
                entry = _Entry(tuple(keys[i : i + size]), ids, (False,) * len(ids), languages)
                match = (i + size, entry, ids)
            if match is None:
                ids, languages = self._stems.match_prefix(lowered[i])
                if ids:
                    entry = _Entry((keys[i],), ids, (False,) * len(ids), languages)
                    match = (i + 1, entry, ids)
            if match is None:
                i += 1
                continue
            found.append((i, *match))
            i = match[0]
        return found

    def _exact_at(
        self, raw: Sequence[str], keys: Sequence[str], i: int, query: bool
    ) -> tuple[int, _Entry, tuple[str, ...]] | None:
        """The longest form written as the words from `i`: (after last, entry, ids)."""
        n = len(keys)
        by_phrase = self._index.by_phrase
        for size in self._index.lengths.get(keys[i], ()):
            end = i + size
            if end > n:
                continue
            entry = by_phrase.get(tuple(keys[i:end]))
            if entry is None:
                continue
            ids = entry.concept_ids
            if not query and any(entry.case_sensitive):
                upper = raw[i].isupper()
                ids = tuple(
                    cid
                    for cid, strict in zip(entry.concept_ids, entry.case_sensitive, strict=True)
                    if upper or not strict
                )
                if not ids:
                    continue
            return end, entry, ids
        return None

    def mentions(
        self, text: str, *, query: bool = False, stems: bool | None = None
    ) -> list[Mention]:
        """Every glossary form in `text`, in order, with its span and concepts (`stems`:
        inflected words too, by default in a query)."""
        spans = [m.span() for m in WORD.finditer(text)]
        raw = [text[s:e] for s, e in spans]
        return [
            Mention(
                spans[i][0],
                spans[end - 1][1],
                text[spans[i][0] : spans[end - 1][1]],
                ids,
                entry.languages,
            )
            for i, end, entry, ids in self._scan(raw, query, stems)
        ]

    def concepts_inside(self, phrase: Sequence[str]) -> list[str]:
        """The concepts of the forms written, exactly, as a shorter run of the folded words
        `phrase` (what a query's scan of each such run would find, stems aside), each once."""
        keys = [self._fold(word) for word in phrase]
        found: dict[str, None] = {}
        n = len(keys)
        for i, key in enumerate(keys):
            for entry in self._index.by_first.get(key, ()):
                size = len(entry.phrase)
                if size < n and i + size <= n and tuple(keys[i : i + size]) == entry.phrase:
                    for cid in entry.concept_ids:
                        found.setdefault(cid, None)
        return list(found)

    def concept_ids(
        self, text: str, *, query: bool = False, stems: bool | None = None
    ) -> list[str]:
        """The concepts `text` mentions, each once, in the order first mentioned (the fast
        path for tagging: no spans)."""
        seen: dict[str, None] = {}
        for _, _, _, ids in self._scan(WORD.findall(text), query, stems):
            for cid in ids:
                seen.setdefault(cid, None)
        return list(seen)

    def terms(
        self,
        concept_id: str,
        languages: Iterable[str] | None = None,
        *,
        exclude: Iterable[str] = (),
        base_only: bool = False,
    ) -> dict[str, tuple[str, ...]]:
        """A concept's forms per language: only `languages` (all when None), none of
        `exclude`; with `base_only`, the base form alone."""
        concept = self.concepts[concept_id]
        wanted = set(concept.terms) if languages is None else set(languages)
        wanted -= set(exclude)
        return {
            lang: forms[:1] if base_only else forms
            for lang, forms in concept.terms.items()
            if lang in wanted
        }

    def translations(self, concept_id: str, language: str) -> dict[str, tuple[str, ...]]:
        """A concept's forms in every language but `language` (what a query in `language`
        would add)."""
        return self.terms(concept_id, exclude=(language,))

    def statistics(self) -> dict[str, dict[str, int]]:
        """{"concepts": {domain: count}, "forms": {language: count}, "concepts_with":
        {language: count}}, for reports."""
        per_domain = {d: len(ids) for d, ids in sorted(self.domains().items())}
        forms: dict[str, int] = {}
        having: dict[str, int] = {}
        for concept in self.concepts.values():
            for lang, lang_forms in concept.terms.items():
                forms[lang] = forms.get(lang, 0) + len(lang_forms)
                having[lang] = having.get(lang, 0) + 1
        return {
            "concepts": per_domain,
            "forms": dict(sorted(forms.items())),
            "concepts_with": dict(sorted(having.items())),
        }


def shipped_stem_keys() -> dict[str, dict[str, str]] | None:
    """The stem keys of `STEM_KEYS` when they were made from the glossary's files as they
    are, else None."""
    try:
        data = read_stem_keys(STEM_KEYS.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("glossary") != files_digest():
        return None
    keys = data.get("keys")
    if not isinstance(keys, dict) or not all(isinstance(k, dict) for k in keys.values()):
        return None
    return keys


_lock = threading.Lock()


@functools.cache
def _shared() -> Glossary:
    return Glossary.load()


def glossary() -> Glossary:
    """The shipped glossary, loaded and validated once per process (on first use)."""
    with _lock:
        return _shared()


def concepts_in(text: str, *, query: bool = False) -> list[str]:
    """Shorthand: the concept ids the shipped glossary finds in `text`."""
    return glossary().concept_ids(text, query=query)


def concept_label(concept_id: str) -> str:
    """A concept's readable name: its English base form (the id when it is unknown)."""
    shared = glossary()
    if concept_id in shared:
        return shared.concept(concept_id).base("en") or concept_id
    return concept_id
