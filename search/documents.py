"""What the indexes read from an entry: its language, its texts, its filter values."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from typing import Any

# Languages with a stemmer in the keyword index; every other language is analysed plainly.
STEMMED_LANGUAGES = ("en", "nl", "fi", "it", "ro")
PLAIN = "xx"
LANGUAGE_GROUPS = (*STEMMED_LANGUAGES, PLAIN)

# Free-text fields after the summary, in the order they feed the keyword index.
_TEXT_FIELDS = (
    "summary",
    "description",
    "purpose",
    "problem",
    "evidence",
    "transfer_potential",
    "lessons",
    "data_sources",
    "risks",
)

EMBEDDING_DESCRIPTION_CHARS = 600


def language_group(body: dict[str, Any]) -> str:
    """The analyser an entry's text goes through: its primary language subtag, or plain."""
    primary = _primary_language(body)
    return primary if primary in STEMMED_LANGUAGES else PLAIN


def _primary_language(body: dict[str, Any]) -> str:
    """The primary subtag of an entry's language ("nl" for "nl-BE"); "" when it has none."""
    return str(body.get("language") or "").split("-")[0].lower()


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def body_text(body: dict[str, Any]) -> str:
    """Every free text of the entry except the title, for the keyword index."""
    parts = [str(body[name]) for name in _TEXT_FIELDS if isinstance(body.get(name), str)]
    parts += _strings(body.get("ai_act", {}))
    parts += _strings(body.get("interreg", {}))
    parts += [str(link.get("title") or "") for link in body.get("links") or []]
    parts += [str(v) for v in body.get("ai_techniques") or []]
    return "\n".join(p for p in parts if p)


def organisation_text(body: dict[str, Any]) -> str:
    """Organisation, provider and place names."""
    organisation = body.get("organisation") or {}
    location = body.get("location") or {}
    parts = [organisation.get("name"), location.get("city"), body.get("provider")]
    return "\n".join(str(p) for p in parts if p)


def snippet_source(body: dict[str, Any], limit: int = 4000) -> str:
    """The text that snippets are cut from: summary, then the start of the description."""
    text = str(body.get("summary") or "")
    description = body.get("description")
    if isinstance(description, str) and description:
        # Summaries are often the description's first sentences, or its start cut short
        # with an ellipsis (the Dutch register's): do not repeat them.
        start = " ".join(text.split()).removesuffix("…").removesuffix("...").rstrip()
        if " ".join(description.split()).startswith(start):
            text = description
        else:
            text += "\n" + description
    return text[:limit]


def entry_concepts(body: dict[str, Any]) -> list[str]:
    """The glossary concepts an entry's title and texts mention, in any language (the
    keyword index's `concept` field and facet)."""
    from .glossary import glossary

    return glossary().concept_ids(f"{body.get('title') or ''}\n{body_text(body)}")


def embedding_text(body: dict[str, Any], glossary_terms: bool = True) -> str:
    """What the semantic index encodes: title, summary and the start of the description.
    With `glossary_terms`, an entry written in another language than English also gets,
    after its title, the English terms of the glossary concepts those texts mention
    (`english_terms`): MiniLM reads English only, so a Dutch entry about a "gemeente" and an
    English query about a municipality now meet (document-side expansion, as the query side
    has in `expansion.meaning_expansion`)."""
    parts = [str(body.get("title") or ""), str(body.get("summary") or "")]
    description = body.get("description")
    if isinstance(description, str) and description:
        parts.append(description[:EMBEDDING_DESCRIPTION_CHARS])
    text = "\n".join(p for p in parts if p)
    if not glossary_terms or _primary_language(body) in ("", "en"):
        return text
    english = english_terms(text)
    if not english:
        return text
    title, _, rest = text.partition("\n")
    return "\n".join(p for p in (title, f"({', '.join(english)})", rest) if p)


def english_terms(text: str) -> list[str]:
    """The English base terms of the glossary concepts `text` mentions (as tagging finds
    them), each once, in the order first mentioned; a term `text` already holds, and the
    concepts of general vocabulary ("government", "data"), left out. Chosen on the judged
    set's training half (bench/results/search_quality.md): with the general ones too,
    hybrid nDCG@10 0.748 instead of 0.750."""
    from .glossary import GENERAL_DOMAIN, glossary

    gloss = glossary()
    lowered = text.casefold()
    found: dict[str, None] = {}
    for cid in gloss.concept_ids(text):
        concept = gloss.concept(cid)
        base = concept.base("en")
        if concept.domain != GENERAL_DOMAIN and base and base.casefold() not in lowered:
            found.setdefault(base, None)
    return list(found)


def embedding_recipe(glossary_terms: bool) -> str:
    """What the texts `embedding_text` makes depend on besides the entry: the vector store
    records it, and a change (a new glossary) makes it hash every entry's text again (only
    texts that changed are encoded again)."""
    return f"glossary-terms:{_glossary_digest()}" if glossary_terms else "plain"


@functools.cache
def _glossary_digest() -> str:
    """The glossary files' digest, read once a process (the files ship with the program)."""
    from .glossary import files_digest

    return files_digest()


def text_key(text: str) -> str:
    """The content hash an embedding is stored under (with the model id)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def filter_values(body: dict[str, Any], conflict: bool) -> dict[str, list[str]]:
    """Values of the catalogue's filter keys (`Catalogue.filter_sql`) for one entry, as the
    keyword index stores them (lower case; `country` upper case in the catalogue)."""
    organisation = body.get("organisation") or {}
    location = body.get("location") or {}
    source = body.get("source") or {}
    ai_act = body.get("ai_act") or {}
    interreg = body.get("interreg") or {}
    single = {
        "country": location.get("country"),
        "kind": body.get("kind"),
        "status": body.get("status"),
        "organisation_type": organisation.get("type"),
        "organisation": organisation.get("name"),
        "city": location.get("city"),
        "language": body.get("language"),
        "dataset": source.get("dataset"),
        "risk": ai_act.get("risk_tier"),
        "validation": interreg.get("validation"),
        "project": interreg.get("project"),
        "policy_instrument": interreg.get("policy_instrument"),
    }
    values = {key: [str(v)] for key, v in single.items() if v}
    for key, name in (
        ("tag", "tags"),
        ("technique", "ai_techniques"),
        ("policy_area", "policy_areas"),
        ("theme", "governance_themes"),
    ):
        values[key] = [str(v) for v in body.get(name) or []]
    values["transfer_partner"] = [str(t["partner"]) for t in interreg.get("transfers") or []]
    values["conflict"] = ["yes" if conflict else "no"]
    return values
