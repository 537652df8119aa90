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
check itself, usable on data in memory (the tests feed it broken concepts).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable

from .glossary_stems import StemIndex, read_stem_keys
from .pacing import pause

# The data files, found the way the starter catalogue finds its own (also in the frozen app).
FOLDER: Traversable = resources.files("search").joinpath("glossary")
# The stem keys of the shipped glossary's words, computed beforehand (`glossary_keys`,
# `make glossary`): used when they were made from the glossary's files as they are.
STEM_KEYS: Traversable = resources.files("search").joinpath("glossary_stem_keys.jsonl")
# The domain (file) of general vocabulary: "government", "data", "staff".
GENERAL_DOMAIN = "general"
# The partners' languages: every concept has terms in all of them.
REQUIRED_LANGUAGES = ("en", "nl", "fi", "it", "ro", "lv")
# The languages of the EU public registers: optional, added where the terms are sure.
KNOWN_LANGUAGES = frozenset(
    "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split()
)
CONCEPT_KEYS = frozenset({"id", "terms", "note"})
ID_PATTERN = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
# A word: a run of Unicode letters and digits (no underscore).
WORD = re.compile(r"[^\W_]+")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_FOLD_CACHE_LIMIT = 500_000


class GlossaryError(ValueError):
    """The glossary data breaks a rule; `problems` lists every one found."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        shown = "\n".join(f"- {p}" for p in self.problems[:50])
        more = f"\n(and {len(self.problems) - 50} more)" if len(self.problems) > 50 else ""
        super().__init__(f"the glossary has {len(self.problems)} problem(s):\n{shown}{more}")


@functools.lru_cache(maxsize=100_000)
def fold(word: str) -> str:
    """Lower case without accents: casefold, decompose, drop the combining marks."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", word.casefold()))


def words(text: str) -> list[str]:
    """The folded words of `text`, in order (the tokens a form or a text is matched by)."""
    return [fold(w) for w in WORD.findall(text)]


def is_acronym(form: str) -> bool:
    """One token of two or more letters, all capitals ("AI", "GDPR", "ĢIS"): matched by case."""
    tokens = WORD.findall(form)
    return (
        len(tokens) == 1
        and tokens[0] == form.strip()
        and sum(c.isalpha() for c in form) >= 2
        and form.isupper()
    )


@dataclass(frozen=True)
class Concept:
    """One concept: its id, its domain and its forms per language (base form first)."""

    id: str
    domain: str
    terms: Mapping[str, tuple[str, ...]]
    ambiguous: frozenset[str] = frozenset()  # the forms marked ambiguous, as written
    note: str = ""

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.terms)

    def base(self, language: str) -> str | None:
        """The base form in `language`, or None when the concept has none there."""
        forms = self.terms.get(language)
        return forms[0] if forms else None

    def forms(self, language: str) -> tuple[str, ...]:
        return self.terms.get(language, ())


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


# -- reading and validating ---------------------------------------------------------------


def _form_text(form: object) -> tuple[str | None, bool, str | None]:
    """(text, ambiguous, problem) of one form as written in the data."""
    if isinstance(form, str):
        return form, False, None
    if isinstance(form, dict):
        extra = set(form) - {"form", "ambiguous"}
        text = form.get("form")
        if extra or not isinstance(text, str) or form.get("ambiguous") is not True:
            return None, False, 'an object form must be {"form": "...", "ambiguous": true}'
        return text, True, None
    return None, False, f"a form must be a string, not {type(form).__name__}"


def _check_forms(
    where: str, lang: str, forms: object, problems: list[str]
) -> list[tuple[str, bool]]:
    if not isinstance(forms, list) or not forms:
        problems.append(f"{where}: terms[{lang!r}] must be a non-empty list of forms")
        return []
    out: list[tuple[str, bool]] = []
    seen: dict[tuple[str, ...], str] = {}
    for form in forms:
        text, ambiguous, problem = _form_text(form)
        if text is None:
            problems.append(f"{where}: {lang}: {problem}")
            continue
        key = tuple(words(text))
        if not text.strip() or not key:
            problems.append(f"{where}: {lang}: empty form {text!r}")
            continue
        if text != text.strip() or "  " in text:
            problems.append(f"{where}: {lang}: form {text!r} has extra spaces")
        if key in seen:
            problems.append(
                f"{where}: {lang}: {text!r} is {seen[key]!r} again (case and accents aside)"
            )
            continue
        seen[key] = text
        out.append((text, ambiguous))
    return out


def _check_concept(raw: object, domain: str, problems: list[str]) -> Concept | None:
    if not isinstance(raw, dict):
        problems.append(f"{domain}: a concept must be an object, not {type(raw).__name__}")
        return None
    cid = raw.get("id")
    where = f"{domain}/{cid}"
    if not isinstance(cid, str) or not ID_PATTERN.fullmatch(cid):
        problems.append(f"{where}: the id must be lower_case_with_underscores")
        return None
    if extra := sorted(set(raw) - CONCEPT_KEYS):
        problems.append(f"{where}: unknown keys {extra}")
    note = raw.get("note", "")
    if not isinstance(note, str):
        problems.append(f"{where}: the note must be text")
        note = ""
    terms = raw.get("terms")
    if not isinstance(terms, dict):
        problems.append(f"{where}: terms must be an object of language -> forms")
        return None
    if missing := [lang for lang in REQUIRED_LANGUAGES if lang not in terms]:
        problems.append(f"{where}: no terms in the required language(s) {', '.join(missing)}")
    forms_by_lang: dict[str, tuple[str, ...]] = {}
    ambiguous: set[str] = set()
    for lang, forms in terms.items():
        if lang not in KNOWN_LANGUAGES:
            problems.append(f"{where}: unknown language code {lang!r}")
            continue
        checked = _check_forms(where, lang, forms, problems)
        if checked:
            forms_by_lang[lang] = tuple(text for text, _ in checked)
            ambiguous.update(text for text, marked in checked if marked)
    return Concept(cid, domain, forms_by_lang, frozenset(ambiguous), note)


def _check_shared_forms(concepts: Sequence[Concept], problems: list[str]) -> None:
    """A folded form in two concepts must be marked ambiguous in both."""
    owners: dict[tuple[str, ...], dict[str, bool]] = {}
    for concept in concepts:
        pause()
        marked_here = {tuple(words(f)) for f in concept.ambiguous}
        for forms in concept.terms.values():
            for form in forms:
                key = tuple(words(form))
                seen = owners.setdefault(key, {})
                seen[concept.id] = seen.get(concept.id, False) or key in marked_here
    for key, seen in owners.items():
        if len(seen) > 1 and not all(seen.values()):
            unmarked = sorted(cid for cid, marked in seen.items() if not marked)
            problems.append(
                f"the form {' '.join(key)!r} is in {len(seen)} concepts ({', '.join(sorted(seen))})"
                f"; mark it ambiguous in {', '.join(unmarked)} or keep it in one"
            )


def validate_concepts(files: Mapping[str, object]) -> tuple[list[Concept], list[str]]:
    """Check the data of several files ({domain: the file's JSON}); return the concepts and
    every problem found (empty when the glossary is valid)."""
    problems: list[str] = []
    concepts: list[Concept] = []
    ids: dict[str, str] = {}
    for domain, data in files.items():
        if not isinstance(data, dict) or not isinstance(data.get("concepts"), list):
            problems.append(f"{domain}: the file must be {{'domain': ..., 'concepts': [...]}}")
            continue
        if data.get("domain") != domain:
            problems.append(f"{domain}: 'domain' must be the file's name ({domain!r})")
        if extra := sorted(set(data) - {"domain", "concepts"}):
            problems.append(f"{domain}: unknown keys {extra}")
        for raw in data["concepts"]:
            pause()
            concept = _check_concept(raw, domain, problems)
            if concept is None:
                continue
            if concept.id in ids:
                problems.append(f"{domain}/{concept.id}: the id is also in {ids[concept.id]}")
                continue
            ids[concept.id] = domain
            concepts.append(concept)
    _check_shared_forms(concepts, problems)
    return concepts, problems


def _json_files(folder: Traversable) -> list[Traversable]:
    """Every `*.json` in `folder`, in name order (none when it cannot be listed)."""
    try:
        return sorted(
            (p for p in folder.iterdir() if p.name.endswith(".json")), key=lambda p: p.name
        )
    except OSError:
        return []


@functools.cache
def files_digest(folder: Traversable = FOLDER) -> str:
    """A SHA-256 of the glossary's files (names and bytes): the keyword index records it with
    the concepts it tagged entries with, and rebuilds when the glossary changed. Read from
    the files, not from `glossary()`: checking that an index is current (at every start)
    must not wait ~0.6 s for the glossary to be read, checked and stemmed."""
    digest = hashlib.sha256()
    for path in _json_files(folder):
        try:
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        except OSError as exc:
            raise GlossaryError([f"{path.name}: cannot be read ({exc})"]) from exc
    return digest.hexdigest()


def read_files(folder: Traversable = FOLDER) -> dict[str, object]:
    """{domain: JSON} of every `*.json` in `folder`, in name order."""
    files: dict[str, object] = {}
    for path in _json_files(folder):
        try:
            files[path.name.removesuffix(".json")] = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise GlossaryError([f"{path.name}: cannot be read ({exc})"]) from exc
    if not files:
        raise GlossaryError([f"no glossary files in {folder}"])
    return files


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
            if stemmed:
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
