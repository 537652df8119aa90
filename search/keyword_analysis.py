"""A whoosh analyser that gives the tokens of a chain of filters from a cache of words.

Every filter of the keyword index's analysers (`keyword_schema`: lower case, stop words,
accent folding, stemming) works on one token at a time, so what a word becomes depends only
on the word. `CachedAnalyzer` finds the words with the chain's own tokenizer expression and
looks each distinct word up once (the chain itself is run on the word to fill the cache), so
building the index costs a regular expression and a dictionary look-up per word instead of
a generator of five filters per token (bench/results/keyword_build_profile.md).

The tokens are the chain's, attribute for attribute: text, `stopped`, `boost`, characters,
and positions, including `StopFilter`'s renumbering (the first word that is not a stop word
keeps its own position, each later one follows the previous one; a stop word kept with
`removestops=False` keeps the tokenizer's position). Calls the cache does not serve (no
tokenising, `keeporiginal`, `no_morph` for spelling, or a word the chain does not make
exactly one token of) go to the chain itself (tests/search/test_keyword_analysis.py compares
the two).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from whoosh.analysis import Analyzer, CompositeAnalyzer, RegexTokenizer, StopFilter, Token

# Distinct words kept per analyser; beyond it a word is analysed each time (still exact).
CACHE_LIMIT = 400_000
_UNKNOWN = object()


class CachedAnalyzer(Analyzer):  # type: ignore[misc]
    """`chain` (a `RegexTokenizer` followed by per-token filters), served from a cache."""

    def __init__(self, chain: CompositeAnalyzer) -> None:
        tokenizer = chain.items[0]
        if not isinstance(tokenizer, RegexTokenizer) or tokenizer.gaps:
            raise ValueError("CachedAnalyzer needs a chain that starts with a RegexTokenizer")
        self.chain = chain
        self._expression = tokenizer.expression
        self._renumber = any(isinstance(f, StopFilter) and f.renumber for f in chain.items)
        self._forms: dict[str, tuple[str, bool] | None] = {}

    # Pickled into the index's table of contents with the schema: the chain, not the cache.
    def __getstate__(self) -> dict[str, Any]:
        return {"chain": self.chain}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["chain"])  # type: ignore[misc]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CachedAnalyzer) and other.chain == self.chain

    def __hash__(self) -> int:
        return id(self)

    def __repr__(self) -> str:
        return f"CachedAnalyzer({self.chain!r})"

    def has_morph(self) -> bool:
        return bool(self.chain.has_morph())

    def clean(self) -> None:
        self.chain.clean()

    def form(self, word: str) -> tuple[str, bool] | None:
        """(text, is a stop word) that the chain makes of `word`, one whole token of the
        tokenizer; None when the chain does not make exactly one token of it."""
        found = self._forms.get(word, _UNKNOWN)
        if found is _UNKNOWN:
            made = [(t.text, t.stopped) for t in self.chain(word, removestops=False)]
            found = made[0] if len(made) == 1 else None
            if len(self._forms) < CACHE_LIMIT:
                self._forms[word] = found
        return found  # type: ignore[return-value]

    def words(self, text: str) -> list[str]:
        """The forms of `text`'s words that are not stop words (the index's terms, in order)."""
        out = []
        for word in self._expression.findall(text):
            found = self.form(word)
            if found is None:
                return [t.text for t in self.chain(text)]
            if not found[1]:
                out.append(found[0])
        return out

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        no_morph: bool = False,
        **kwargs: Any,
    ) -> Iterator[Token]:
        if not tokenize or keeporiginal or no_morph or not isinstance(value, str):
            return self._chain(value, positions, chars, keeporiginal, removestops, start_pos,
                               start_char, tokenize, mode, no_morph, kwargs)  # fmt: skip
        if chars:
            matches = list(self._expression.finditer(value))
            words = [m.group() for m in matches]
        else:
            matches = []
            words = self._expression.findall(value)
        forms = [self.form(word) for word in words]
        if None in forms:
            return self._chain(value, positions, chars, keeporiginal, removestops, start_pos,
                               start_char, tokenize, mode, no_morph, kwargs)  # fmt: skip
        return self._tokens(
            forms,  # type: ignore[arg-type]
            matches,
            Token(positions, chars, removestops=removestops, mode=mode, **kwargs),
            start_pos,
            start_char,
        )

    def _chain(
        self,
        value: str,
        positions: bool,
        chars: bool,
        keeporiginal: bool,
        removestops: bool,
        start_pos: int,
        start_char: int,
        tokenize: bool,
        mode: str,
        no_morph: bool,
        kwargs: dict[str, Any],
    ) -> Iterator[Token]:
        return self.chain(  # type: ignore[no-any-return]
            value,
            positions=positions,
            chars=chars,
            keeporiginal=keeporiginal,
            removestops=removestops,
            start_pos=start_pos,
            start_char=start_char,
            tokenize=tokenize,
            mode=mode,
            no_morph=no_morph,
            **kwargs,
        )

    def _tokens(
        self,
        forms: list[tuple[str, bool]],
        matches: list[Any],
        t: Token,
        start_pos: int,
        start_char: int,
    ) -> Iterator[Token]:
        """The chain's tokens, one `Token` changed and yielded again as whoosh does."""
        positions, chars, removestops = t.positions, t.chars, t.removestops
        renumber = self._renumber and positions
        pos = None
        for i, (text, stopped) in enumerate(forms):
            if stopped and removestops:
                continue
            t.text = text
            t.boost = 1.0
            t.stopped = stopped
            if positions:
                if stopped or not renumber:
                    t.pos = start_pos + i
                else:
                    pos = start_pos + i if pos is None else pos + 1
                    t.pos = pos
            if chars:
                match = matches[i]
                t.startchar = start_char + match.start()
                t.endchar = start_char + match.end()
            yield t
