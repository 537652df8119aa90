"""The glossary's data (`glossary.py`): its concepts as written in `search/glossary/`, how
a word is folded, and reading and validating the files.

Each language's list of a concept starts with the base form, then variants, compounds and
inflected forms. Every concept has forms in en, nl, fi, it, ro and lv
(`REQUIRED_LANGUAGES`); other EU languages are optional. A form may be an object
`{"form": "ANPR", "ambiguous": true}` when it legitimately belongs to several concepts; it
must then be marked in each of them.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable

from .pacing import pause

# The data files, found the way the starter catalogue finds its own (also in the frozen app).
FOLDER: Traversable = resources.files("search").joinpath("glossary")
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
