"""Snippets: our own small highlighter, cut only for the results shown (in any mode).

`mark_snippet` finds the words of an entry's text whose analysed form (as the keyword index
holds it, `keyword_schema.analysed`) is one the query looks for, and marks them **so**.
"""

from __future__ import annotations

import functools
import re

from whoosh.support.charset import accent_map

from .keyword_schema import TOKENS, analysed

# Stemming keeps the first letters of a (lower-cased, accent-folded) word, so only words that
# start like a term can analyse to it. A few irregular English forms ("dying" -> "die") are
# the exception: they are not marked.
TERM_START = 2
# accent_map maps each character to one character; "İ" is the one whose lower case is two.
_FOLD = {**accent_map, ord("İ"): "i"}


@functools.lru_cache(maxsize=64)
def _term_starts(terms: frozenset[str]) -> re.Pattern[str] | None:
    """Where in a folded text a word starts with the first letters of one of `terms` (a
    token start: not inside a word, nor after a joiner as in "e-government")."""
    starts = sorted({term[:TERM_START] for term in terms if term})
    if not starts:
        return None
    alternatives = "|".join(re.escape(start) for start in starts)
    return re.compile(rf"(?<!\w)(?<!\w[.'’-])(?:{alternatives})")


SNIPPET_CHARS = 240
FRAGMENT_CHARS = 150
_WORD = re.compile(TOKENS)


def mark_snippet(source: str, lang: str, terms: set[str]) -> str:
    """Up to two fragments of `source` around the words whose analysed form is in `terms`,
    those words marked **so**; the first line of `source` when none is there."""
    matches = []
    starts = _term_starts(frozenset(terms))
    if starts is not None:
        # Analysing every word of a long text is what snippets cost: only the words that
        # start like a term are analysed, found by a regex over the folded text (folding
        # keeps every character's offset).
        folded = source.lower()
        if not folded.isascii():
            folded = folded.translate(_FOLD)
        for candidate in starts.finditer(folded):
            word = _WORD.match(source, candidate.start())
            if word is not None and (form := analysed(lang, word.group())) in terms:
                matches.append((word.start(), word.end(), form))
    if not matches:
        first = source.split("\n", 1)[0]
        return first if len(first) <= SNIPPET_CHARS else _cut_words(first, SNIPPET_CHARS) + "…"
    # Windows starting a little before each match; keep the ones with most distinct words.
    windows = []
    for start, _, _ in matches:
        begin = max(0, start - 40)
        inside = [m for m in matches if begin <= m[0] and m[1] <= begin + FRAGMENT_CHARS]
        windows.append((len({m[2] for m in inside}), len(inside), -begin, begin))
    windows.sort(reverse=True)
    chosen: list[int] = []
    for _, _, _, begin in windows:
        if all(abs(begin - other) >= FRAGMENT_CHARS for other in chosen):
            chosen.append(begin)
        if len(chosen) == 2:
            break
    fragments = [_fragment(source, begin, matches) for begin in sorted(chosen)]
    text = " … ".join(f.strip("…") for f in fragments)
    return (
        ("…" if fragments[0].startswith("…") else "")
        + text
        + ("…" if fragments[-1].endswith("…") else "")
    )


def _fragment(source: str, begin: int, matches: list[tuple[int, int, str]]) -> str:
    end = min(len(source), begin + FRAGMENT_CHARS)
    # Whole words only at both ends.
    while begin > 0 and source[begin - 1].isalnum():
        begin += 1
    while end < len(source) and source[end].isalnum() and end > begin:
        end -= 1
    parts = []
    position = begin
    for start, stop, _ in matches:
        if start >= begin and stop <= end:
            parts += [source[position:start], "**", source[start:stop], "**"]
            position = stop
    parts.append(source[position:end])
    text = " ".join("".join(parts).split())
    return ("…" if begin > 0 else "") + text + ("…" if end < len(source) else "")


def _cut_words(text: str, limit: int) -> str:
    return text[: limit - 1].rsplit(" ", 1)[0]
