"""The word table's tokens: how each analysed word, name, filter value and glossary
concept is written in the FTS5 table (`words.py`), and the FTS5 expressions that find them.

Each token carries its language group (`en_park`, `nl_parkeer`); names and tags share the
prefix `n_`; filter values have their own (`f<key>_<hash>`) and glossary concepts `c_<id>`,
both in the filters column. FTS5's unicode61 tokenizer would split a whoosh token at a
joiner ("e-government"), so joiners become "_".
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence

from .keyword_scoring import SEPARATOR, ConceptGroup, Word

# What FTS5's unicode61 tokenizer would split inside a whoosh token ("e-government").
JOINERS = str.maketrans({".": "_", "'": "_", "’": "_", "-": "_"})
# The filters column's prefix of a glossary concept's token.
CONCEPT_PREFIX = "c_"
# A filter value's token (`filter_token`).
FILTER_TOKEN = re.compile(r"f[a-z_]+_[0-9a-f]{16}")


def quoted(token: str) -> str:
    """`token` as an FTS5 string."""
    return '"' + token.replace('"', '""') + '"'


def filter_token(key: str, value: str) -> str:
    """The FTS5 token for one filter value (lower case, commas as spaces, like whoosh's
    comma-separated keyword field)."""
    folded = value.replace(",", " ").strip().lower()
    digest = hashlib.blake2b(folded.encode("utf-8"), digest_size=8).hexdigest()
    return f"f{key}_{digest}"


def concept_token(concept: str) -> str:
    """The token, in the filters column, of an entry that mentions a glossary concept."""
    return CONCEPT_PREFIX + concept.translate(JOINERS)


def column_text(prefix: str, tokens: Iterable[str]) -> str:
    """A column's text: the `tokens` with `prefix`, two spaces apart and a space before and
    after ("" when none): `keyword_scoring` counts a token as " token ", which finds every
    occurrence, a token repeated right after itself too, without copying the text."""
    joined = SEPARATOR.join(prefix + token.translate(JOINERS) for token in tokens)
    return f" {joined} " if joined else ""


def any_of(word: Word) -> str:
    return " OR ".join(quoted(token) for token in sorted(word.tokens))


def in_text(alternative: str) -> str:
    """An FTS5 expression for `alternative` in any column but the filters."""
    return "{title body names tags} : (" + alternative + ")"


def concept_phrases(
    concepts: Sequence[ConceptGroup], holds: Callable[[str], bool] = lambda token: True
) -> list[str]:
    """The FTS5 phrases of what the glossary `concepts` add to a query, one by one: each
    concept's token in the filters column and each of its forms (those the table `holds`)."""
    return [
        phrase
        for group in concepts
        for phrase in (
            *([in_filters([group.token])] if group.token and holds(group.token) else []),
            *(
                quoted(token)
                for form in group.forms
                for token in sorted(form.tokens)
                if holds(token)
            ),
        )
    ]


def in_filters(tokens: Iterable[str]) -> str:
    """An FTS5 expression for any of `tokens` in the filters column."""
    return "filters : (" + " OR ".join(quoted(token) for token in tokens) + ")"


def concepts_of(filters: str) -> frozenset[str]:
    """The concept tokens (`concept_token`) of an entry's filters column."""
    return frozenset(token for token in filters.split() if token.startswith(CONCEPT_PREFIX))


def form_word(group: str, tokens: Sequence[str]) -> Word:
    """A glossary form as a query word of one language group: a token, or a phrase of
    several (`SEPARATOR` apart, as the table holds them)."""
    prefix = group + "_"
    joined = SEPARATOR.join(prefix + token.translate(JOINERS) for token in tokens)
    return Word({group: joined}, frozenset())
