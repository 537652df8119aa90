"""Stem-aware glossary lookup for queries (issue 19): an inflected query word the glossary
does not list as written ("asiakaspalvelussa", "biblioteche", "pašvaldībās") is found by
its stem.

Each word of each form of a concept is stemmed with its language's Snowball stemmer (the
ones whoosh ships: fi, nl, it, ro, en, de, fr, es, pt, sv, da, hu) or, for Latvian, which
has none, by `latvian_stem`, a suffix stripper for the common noun and adjective endings. A
query word is stemmed the same way in each of those languages, and a form matches when
every one of its words has the query word's stem *in the form's language* (a multi-word
form matches word by word: "julkisen hallinnon" finds "julkinen hallinto").

Guards against false matches (`StemIndex.key`): a word shorter than `MIN_WORD` letters, a
stop word of its language, or one whose stem is shorter than `MIN_STEM`, is not stemmed (it
must be typed as the form has it); a form whose words are all such is left to the exact
lookup; a form's word whose stem is short and lost a derivational suffix (`form_key`:
Dutch "openheid" -> "open") must be typed as written too; and a stem key that the forms of
more than `MAX_CONCEPTS` concepts share in one language is dropped (it stands for no one
concept).

In Finnish (`PREFIX_LANGUAGES`) a word that still matches nothing is matched by the longest
one-word form stem it starts with ("avustushakemusten": Snowball gives "avustushakemust",
the form "avustushakemus") or by the longest one-word form as written followed by more
letters, a compound's first part ("veron|maksajien": tax) (`StemIndex.match_prefix`).

Stems are taken of the case-folded word and of the word without accents too, so a query
typed without them ("tekoalyn") matches as the exact lookup does; the index (`StemIndex`)
is built once, with the glossary. Only queries use it (`Glossary.mentions(query=True)`):
entries are tagged with the forms as written.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from whoosh.lang import has_stemmer, has_stopwords, stopwords_for_language
from whoosh.lang import stemmer_for_language as _whoosh_stemmer

from .pacing import pause

# A word shorter than this (folded letters) is never stemmed; nor is one whose stem is
# shorter than `MIN_STEM`.
MIN_WORD = 4
MIN_STEM = 4
# A form's word whose stem is more than `MAX_FORM_STRIP` letters shorter lost a
# derivational suffix, not an ending; when that stem is also short (under `SURE_STEM`
# letters) it is too general (Dutch "openheid" -> "open", which "opening" and "openbaar"
# share; English "organization" -> "organ"), and the word must be typed as written.
MAX_FORM_STRIP = 3
SURE_STEM = 6
# A stem key shared by the forms of more concepts than this, in one language, is dropped.
MAX_CONCEPTS = 2
# Languages whose words change before their endings (Finnish "hakemus", "hakemuksen") or
# join into compounds ("jätteenkeräys"): a query word that no form matches is matched by
# the longest one-word form's stem it starts with, of at least `MIN_PREFIX` letters.
PREFIX_LANGUAGES: tuple[str, ...] = ("fi",)
MIN_PREFIX = 5
# ... or by the longest one-word form as written (of `MIN_HEAD` letters or more) that it
# starts with, `MIN_TAIL` letters or more following: the first part of a compound
# ("veron|maksajien", tax; "jäte|astioiden", waste).
MIN_HEAD = 4
MIN_TAIL = 4

# Latvian noun and adjective endings (declensions 1-6, the definite adjective), longest
# first: what `latvian_stem` strips.
_LATVIAN_ENDINGS = tuple(
    sorted(
        (
            "ajiem ajām ajās ajai ajam ajos ajā ajo ais "
            "iem ām ēm īm ās ēs īs os as es is us ai ei am ij ju "
            "a ā e ē i ī o u s š"
        ).split(),
        key=len,
        reverse=True,
    )
)
# Function words of the languages without a whoosh stop list (a word of four letters or
# more: shorter ones are not stemmed anyway).
_EXTRA_STOPWORDS = {
    "ro": frozenset(
        "pentru despre care este sunt prin între fără unei unui unor acest această "
        "aceste acesta acestei după până spre către".split()
    ),
    "lv": frozenset("kuru kura kurš kuri kuras kurā tiek tika šajā šīs šiem bija".split()),
}


_LATVIAN_BY_LENGTH = tuple(
    (size, frozenset(e for e in _LATVIAN_ENDINGS if len(e) == size))
    for size in sorted({len(e) for e in _LATVIAN_ENDINGS}, reverse=True)
)


def latvian_stem(word: str) -> str:
    """`word` without its Latvian case ending (the longest one that leaves 3+ letters)."""
    for size, endings in _LATVIAN_BY_LENGTH:
        if len(word) - size >= 3 and word[-size:] in endings:
            return word[:-size]
    return word


@functools.cache
def stemmer(language: str) -> Callable[[str], str] | None:
    """The stemmer of a glossary language, or None when there is none."""
    if language == "lv":
        return latvian_stem
    if has_stemmer(language):
        stem: Callable[[str], str] = _whoosh_stemmer(language)
        return stem
    return None


@functools.cache
def stopwords(language: str) -> frozenset[str]:
    base = frozenset(stopwords_for_language(language)) if has_stopwords(language) else frozenset()
    return base | _EXTRA_STOPWORDS.get(language, frozenset())


@dataclass(frozen=True)
class StemEntry:
    """A form, as its words' stem keys in one language, and the concepts it stands for."""

    keys: tuple[str, ...]
    language: str
    concept_ids: tuple[str, ...]


class StemIndex:
    """{(language, first word's key): the forms starting with it, longest first}."""

    def __init__(
        self,
        forms: Iterable[tuple[str, str, str]],
        words: Callable[[str], list[str]],
        fold: Callable[[str], str],
        known: Mapping[str, Mapping[str, str]] | None = None,
        record: bool = False,
    ) -> None:
        """`forms`: (concept id, language, form as written); `words` splits a form into
        its case-folded (not accent-folded) words, `fold` drops accents; `known`: the keys
        of the forms' words computed before ({language: {word: key}},
        `glossary.STEM_KEYS`), so that loading stems nothing (Snowball in Python: 0.5 s for
        the whole glossary). With `record`, `keys_used` keeps the keys of the forms' words
        (what `glossary_keys` writes); else they are not kept."""
        self._fold = fold
        known = known or {}
        used: dict[str, dict[str, str]] = {}
        self.keys_used = used if record else None
        forms_list = list(forms)
        grouped: dict[tuple[str, tuple[str, ...]], set[str]] = {}
        for cid, lang, form in forms_list:
            pause()
            if stemmer(lang) is None:
                continue
            split = words(form)
            known_here = known.get(lang, {})
            used_here = used.setdefault(lang, {})
            for variant in {tuple(split), tuple(fold(w) for w in split)}:
                form_keys = []
                for word in variant:
                    key = known_here.get(word)
                    if key is None:
                        key = self.key(lang, word)
                    used_here[word] = key
                    form_keys.append(self.form_key(word, key))
                if any(not k.startswith("=") for k in form_keys):
                    grouped.setdefault((lang, tuple(form_keys)), set()).add(cid)
        self.by_first: dict[tuple[str, str], list[StemEntry]] = {}
        for (lang, keys), ids in grouped.items():
            pause()
            if len(ids) > MAX_CONCEPTS:
                continue
            entry = StemEntry(keys, lang, tuple(sorted(ids)))
            self.by_first.setdefault((lang, keys[0]), []).append(entry)
        for entries in self.by_first.values():
            entries.sort(key=lambda e: -len(e.keys))
        self.languages = tuple(sorted({lang for lang, _ in self.by_first}))
        self.prefixes: dict[str, dict[str, tuple[str, ...]]] = {}
        self.heads: dict[str, dict[str, set[str]]] = {}
        for cid, lang, form in forms_list:
            pause()
            split = words(form)
            if lang in PREFIX_LANGUAGES and len(split) == 1 and len(split[0]) >= MIN_HEAD:
                for head in {split[0], fold(split[0])}:
                    self.heads.setdefault(lang, {}).setdefault(head, set()).add(cid)
        for (lang, keys), ids in grouped.items():
            if lang in PREFIX_LANGUAGES and len(keys) == 1 and len(ids) <= MAX_CONCEPTS:
                before = self.prefixes.setdefault(lang, {}).get(keys[0], ())
                self.prefixes[lang][keys[0]] = tuple(sorted({*before, *ids}))

    @functools.lru_cache(maxsize=50_000)  # noqa: B019 (one index per glossary, kept for good)
    def key(self, language: str, word: str) -> str:
        """A word's match key in `language`: the folded stem, or `=word` (must be typed as
        written) when the word is short, a stop word or stems to too few letters."""
        if len(word) < MIN_WORD or word in stopwords(language):
            return "=" + self._fold(word)
        stem = stemmer(language)
        stemmed = stem(word) if stem else word
        if len(stemmed) < MIN_STEM:
            return "=" + self._fold(word)
        return self._fold(stemmed)

    def form_key(self, word: str, key: str) -> str:
        """A form's word's match key, from its `key`: `=word` when its stem is short and
        drops more than `MAX_FORM_STRIP` letters."""
        stripped = len(self._fold(word)) - len(key)
        if not key.startswith("=") and stripped > MAX_FORM_STRIP and len(key) < SURE_STEM:
            return "=" + self._fold(word)
        return key

    def match(
        self, tokens: Sequence[str], start: int
    ) -> tuple[int, tuple[str, ...], frozenset[str]]:
        """The longest form matching `tokens` (case-folded words) from `start`: (number of
        words, concept ids, languages); (0, (), empty) when none does."""
        best = 0
        ids: dict[str, None] = {}
        languages: set[str] = set()
        for lang in self.languages:
            entries = self.by_first.get((lang, self.key(lang, tokens[start])))
            if not entries:
                continue
            for entry in entries:
                size = len(entry.keys)
                if size < best or start + size > len(tokens):
                    continue
                if all(self.key(lang, tokens[start + j]) == entry.keys[j] for j in range(1, size)):
                    if size > best:
                        best, ids, languages = size, {}, set()
                    ids.update(dict.fromkeys(entry.concept_ids))
                    languages.add(lang)
                    break
        return best, tuple(ids), frozenset(languages)

    def match_prefix(self, token: str) -> tuple[tuple[str, ...], frozenset[str]]:
        """(concept ids, languages) of the longest one-word form's stem (`MIN_PREFIX`
        letters or more) or form as written followed by `MIN_TAIL` letters or more (a
        compound's first part) that `token` (a case-folded word) starts with, in a
        `PREFIX_LANGUAGES` language; ((), empty) when none does."""
        for lang, stems in self.prefixes.items():
            if self.key(lang, token).startswith("="):
                continue
            heads = self.heads.get(lang, {})
            for variant in dict.fromkeys((token, self._fold(token))):
                for end in range(len(variant) - 1, min(MIN_PREFIX, MIN_HEAD) - 1, -1):
                    ids = stems.get(variant[:end]) if end >= MIN_PREFIX else None
                    if not ids and len(variant) - end >= MIN_TAIL:
                        head = heads.get(variant[:end])
                        if head and len(head) <= MAX_CONCEPTS:
                            ids = tuple(sorted(head))
                    if ids:
                        return ids, frozenset((lang,))
        return (), frozenset()


def read_stem_keys(text: str) -> dict[str, object]:
    """The contents of a stem keys file (`STEM_KEYS`): {"glossary": digest, "keys":
    {language: {word: key}}}. One JSON document a line, the digest first, then one line a
    language: a background load parses it a language at a time (`pacing`), not in one call
    of 10 ms that the window's thread would wait behind."""
    lines = text.splitlines()
    head = json.loads(lines[0]) if lines else None
    if not isinstance(head, dict):
        raise ValueError('the first line must be {"glossary": digest}')
    keys: dict[str, object] = {}
    for line in lines[1:]:
        pause()
        part = json.loads(line)
        if not isinstance(part, dict) or not isinstance(part.get("lang"), str):
            raise ValueError('each line after the first must be {"lang": ..., "keys": ...}')
        keys[part["lang"]] = part.get("keys")
    return {**head, "keys": keys}
