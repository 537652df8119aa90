"""Snippets: our own small highlighter, cut only for the results shown (in any mode).

`mark_snippet` finds the words of an entry's text whose analysed form (as the keyword index
holds it, `keyword_schema.analysed`) is one the query looks for, and marks them **so**.
"""

from __future__ import annotations

import re

from whoosh.support.charset import accent_map

from .keyword_schema import TOKENS, analysed

# Stemming keeps the first letters of a (lower-cased, accent-folded) word, so only words that
# start like a term can analyse to it. A few irregular English forms ("dying" -> "die") are
# the exception: they are not marked.
TERM_START = 2
# accent_map maps each character to one character; "İ" is the one whose lower case is two.
_FOLD = {**accent_map, ord("İ"): "i"}
# Folded run by run: translating a whole text through a dict cost 60 µs a snippet.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# Characters that join two parts of one token ("e-government", "o'clock").
_JOINERS = ".'’-"


def _term_starts(folded: str, starts: frozenset[str]) -> list[int]:
    """Where in a folded text a word starts with one of `starts` (the first letters of the
    terms): a token start, not inside a word nor after a joiner as in "e-government".
    Found with `str.find`, not a regex of the starts: compiling one cost more than the
    search itself, and almost every query (each key typed) has its own starts."""
    found = set()
    for start in starts:
        at = folded.find(start)
        while at != -1:
            if _token_start(folded, at):
                found.add(at)
            at = folded.find(start, at + 1)
    return sorted(found)


def _is_word_char(char: str) -> bool:
    """What the regex class `\\w` matches (Unicode letters and digits, and "_")."""
    return char.isalnum() or char == "_"


def _token_start(text: str, at: int) -> bool:
    if at == 0:
        return True
    before = text[at - 1]
    if _is_word_char(before):
        return False
    return not (before in _JOINERS and at >= 2 and _is_word_char(text[at - 2]))


SNIPPET_CHARS = 240
FRAGMENT_CHARS = 150
# Two fragments whose words from their first match on agree this far are one passage.
PASSAGE_CHARS = 40
_WORD = re.compile(TOKENS)


def mark_snippet(source: str, lang: str, terms: set[str]) -> str:
    """Up to two fragments of `source` around the words whose analysed form is in `terms`,
    those words marked **so**; the first line of `source` when none is there."""
    matches = []
    starts = frozenset(term[:TERM_START] for term in terms if term)
    if starts:
        # Analysing every word of a long text is what snippets cost: only the words that
        # start like a term are analysed, found in the folded text (folding keeps every
        # character's offset).
        folded = source.lower()
        if not folded.isascii():
            folded = _NON_ASCII.sub(_folded_run, folded)
        for at in _term_starts(folded, starts):
            word = _WORD.match(source, at)
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
    passages: set[str] = set()
    for _, _, _, begin in windows:
        # A passage written twice (a summary repeated inside the description) is shown once:
        # the words from a window's first match on say which passage it is.
        at = min(m[0] for m in matches if m[0] >= begin)
        passage = " ".join(source[at : at + PASSAGE_CHARS].split()).casefold()
        if passage not in passages and all(
            abs(begin - other) >= FRAGMENT_CHARS for other in chosen
        ):
            chosen.append(begin)
            passages.add(passage)
        if len(chosen) == 2:
            break
    fragments = [_fragment(source, begin, matches) for begin in sorted(chosen)]
    text = " … ".join(f.strip("…") for f in fragments)
    return (
        ("…" if fragments[0].startswith("…") else "")
        + text
        + ("…" if fragments[-1].endswith("…") else "")
    )


def _folded_run(match: re.Match[str]) -> str:
    return match.group().translate(_FOLD)


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
