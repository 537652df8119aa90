"""Snippets: where the highlighter looks for words, and what it marks."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from search.documents import snippet_source
from search.snippets import _term_starts, mark_snippet


def _by_regex(folded: str, starts: frozenset[str]) -> list[int]:
    """The token starts as the regex it replaced found them."""
    alternatives = "|".join(re.escape(start) for start in sorted(starts))
    pattern = re.compile(rf"(?<!\w)(?<!\w[.'’-])(?:{alternatives})")
    return [match.start() for match in pattern.finditer(folded)]


@given(
    st.text(alphabet="abcdé_ .'’-\n1", max_size=80),
    st.sets(st.text(alphabet="abcdé1", min_size=1, max_size=2), min_size=1, max_size=4),
)
def test_term_starts_are_the_token_starts_the_regex_found(text: str, starts: set[str]) -> None:
    # Two-letter starts, as snippets use (a one-letter start is a prefix of a two-letter one,
    # which the regex matched once at each place, as the search does).
    assert _term_starts(text, frozenset(starts)) == sorted(set(_by_regex(text, frozenset(starts))))


def test_a_word_inside_another_or_after_a_joiner_is_not_marked() -> None:
    source = "Parking data: e-parking and reparking; parking rules."
    assert mark_snippet(source, "en", {"park"}) == (
        "**Parking** data: e-parking and reparking; **parking** rules."
    )


def test_accented_text_is_folded_without_moving_the_marks() -> None:
    source = "Él cafè: la «città» intelligente e la Città aperta."
    marked = mark_snippet(source, "it", {"citt", "intelligent"})
    assert marked == "Él cafè: la «**città**» **intelligente** e la **Città** aperta."


def test_a_passage_written_twice_is_shown_once() -> None:
    """A register entry whose summary is a passage of its description (not its start): the
    snippet showed that passage twice, " … " between."""
    passage = "Sensors count the boats that pass the bridge, day and night."
    source = f"{passage}\n{'Other words about the canal. ' * 12}{passage} And more."
    snippet = mark_snippet(source, "en", {"sensor"})
    assert snippet.count("**Sensors**") == 1, snippet


def test_a_summary_that_is_the_description_cut_short_is_not_repeated() -> None:
    """The Dutch register's summaries are the start of the description cut with an
    ellipsis: summary and description one after the other showed that start twice."""
    description = "Het model telt de boten per uur. Deze gegevens worden vertaald naar een kaart."
    body = {
        "summary": "Het model telt de boten per uur. Deze gegevens worden…",
        "description": description,
    }
    assert snippet_source(body) == description
    other = {"summary": "Boten tellen.", "description": description}
    assert snippet_source(other) == "Boten tellen.\n" + description
