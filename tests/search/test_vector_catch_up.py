"""The vector store's catch-up before each search: nothing to do costs no query over all
entries, and entries added meanwhile (here or by another store on the same file) are still
encoded."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from catalogue.catalogue import Catalogue
from search.documents import embedding_text, english_terms
from search.semantic import DIMENSIONS
from search.vectors import VectorStore
from tests.conftest import sample_entry


class _Encoder:
    model_id = "test-model"

    def __init__(self) -> None:
        self.encoded = 0

    def encode(self, texts: Sequence[str]) -> Any:
        self.encoded += len(texts)
        vectors = np.random.default_rng(len(texts)).normal(size=(len(texts), DIMENSIONS))
        return (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)


def _missing_ids_asked(monkeypatch: Any) -> list[Any]:
    """The `among` of every call to `VectorStore.missing_ids` from now on."""
    asked: list[Any] = []
    original = VectorStore.missing_ids
    monkeypatch.setattr(
        VectorStore,
        "missing_ids",
        lambda self, m, among=None: asked.append(among) or original(self, m, among),
    )
    return asked


def test_a_complete_store_skips_the_search_for_missing_vectors(
    catalogue: Catalogue, tmp_path: Path, monkeypatch: Any
) -> None:
    catalogue.add_entries([sample_entry(title=f"Case {n}") for n in range(5)])
    store, other, encoder = (
        VectorStore(tmp_path / "v.db"),
        VectorStore(tmp_path / "v.db"),
        _Encoder(),
    )
    store.catch_up(catalogue, encoder)
    assert encoder.encoded == 5
    looked = _missing_ids_asked(monkeypatch)
    assert store.catch_up(catalogue, encoder) == "current"
    assert store.catch_up(catalogue, encoder) == "current"
    assert looked == []  # complete since the first catch-up encoded every entry
    statements: list[str] = []
    store._db().set_trace_callback(statements.append)
    assert store.not_indexed(encoder.model_id) == 0
    assert not [s for s in statements if "NOT EXISTS" in s]
    store._db().set_trace_callback(None)
    # Another store on the same file brings the entries up without encoding (as a search
    # with encode=False does): this one's catch-up still finds and encodes the new entry.
    catalogue.add_entry(sample_entry(title="Another case"))
    other.refresh(catalogue, encoder.model_id)
    assert store.catch_up(catalogue, encoder) == "updated"
    assert encoder.encoded == 6
    assert store.not_indexed(encoder.model_id) == 0
    store.close()
    other.close()


def test_after_an_edit_only_the_changed_entries_are_looked_for(
    catalogue: Catalogue, tmp_path: Path, monkeypatch: Any
) -> None:
    """A complete store that catches up after an edit looks for missing vectors among the
    changed entries alone (an anti-join over 100,000 entries took most of a second), and
    still encodes the edited one."""
    ids = catalogue.add_entries([sample_entry(title=f"Case {n}") for n in range(5)]).added
    store, encoder = VectorStore(tmp_path / "v.db"), _Encoder()
    store.catch_up(catalogue, encoder)
    asked = _missing_ids_asked(monkeypatch)
    catalogue.set_fields(ids[2], [("title", "Case two, renamed")])
    assert store.catch_up(catalogue, encoder) == "updated"
    assert asked == [[ids[2]]]
    assert encoder.encoded == 6
    assert store.not_indexed(encoder.model_id) == 0
    store.close()


def test_an_entry_in_another_language_is_encoded_with_its_concepts_english_terms() -> None:
    dutch = sample_entry(
        title="Chatbot van de gemeente",
        summary="De chatbot beantwoordt vragen van inwoners over parkeervergunningen.",
        language="nl",
    )
    text = embedding_text(dutch)
    title, terms, rest = text.split("\n", 2)
    assert title == "Chatbot van de gemeente"
    added = terms.strip("()").split(", ")
    assert {"municipality", "parking permit"} <= set(added)
    assert "chatbot" not in added  # written in the entry already
    assert "answer" not in added  # "beantwoordt": general vocabulary adds nothing
    assert added == english_terms(f"{title}\n{rest}")
    assert rest == dutch["summary"]
    assert embedding_text(dutch, glossary_terms=False) == f"{title}\n{rest}"
    english = sample_entry(summary="The municipality's chatbot answers residents.")
    assert embedding_text(english) == embedding_text(english, glossary_terms=False)
    unknown = sample_entry(language="")
    assert embedding_text(unknown) == embedding_text(unknown, glossary_terms=False)


def test_a_store_made_another_way_hashes_every_text_again_and_encodes_only_changed_ones(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    """Texts made without the glossary's terms (an older store, or the glossary off): the
    next catch-up hashes every entry again and encodes only the texts that changed (the
    entry in Dutch), keeping the vectors of the others."""
    catalogue.add_entries([sample_entry(title=f"Case {n}") for n in range(3)])
    catalogue.add_entry(
        sample_entry(title="Parkeren", summary="Scanauto's van de gemeente.", language="nl")
    )
    store, encoder = VectorStore(tmp_path / "v.db"), _Encoder()
    store.glossary_terms = False
    store.catch_up(catalogue, encoder)
    assert encoder.encoded == 4
    store.glossary_terms = True
    assert store.recorded_state(encoder.model_id) is None
    assert store.catch_up(catalogue, encoder) == "rebuilt"
    assert encoder.encoded == 5
    assert store.catch_up(catalogue, encoder) == "current"
    store.glossary_terms = False  # back: every vector is there already
    assert store.catch_up(catalogue, encoder) == "rebuilt"
    assert encoder.encoded == 5
    store.close()


def test_what_another_process_brought_up_reaches_this_ones_matrix(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    """The window beside the command line: the command line's search brings the store up
    to the catalogue and encodes what was added. The window's next catch-up found the store
    "current" and kept its matrix as it was: the added entry could not be found by meaning,
    and a deleted one still could, until the window was restarted."""
    ids = catalogue.add_entries([sample_entry(title=f"Case {n}") for n in range(4)]).added
    window, command_line, encoder = (
        VectorStore(tmp_path / "v.db"),
        VectorStore(tmp_path / "v.db"),
        _Encoder(),
    )
    window.catch_up(catalogue, encoder)
    added = catalogue.add_entries([sample_entry(title="Added from the command line")]).added[0]
    catalogue.delete_entry(ids[1])
    command_line.catch_up(catalogue, encoder)
    assert window.catch_up(catalogue, encoder) == "current"  # nothing left for it to do
    assert sorted(window.ids()) == sorted([*ids[:1], *ids[2:], added])
    vector = command_line.vector_of(added)
    assert vector is not None
    assert window.nearest(vector, 1)[0][0] == added
    window.close()
    command_line.close()
