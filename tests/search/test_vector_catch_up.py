"""The vector store's catch-up before each search: nothing to do costs no query over all
entries, and entries added meanwhile (here or by another store on the same file) are still
encoded."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from catalogue.catalogue import Catalogue
from search.semantic import DIMENSIONS, VectorStore
from tests.conftest import sample_entry


class _Encoder:
    model_id = "test-model"

    def __init__(self) -> None:
        self.encoded = 0

    def encode(self, texts: Sequence[str]) -> Any:
        self.encoded += len(texts)
        vectors = np.random.default_rng(len(texts)).normal(size=(len(texts), DIMENSIONS))
        return (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)


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
    looked: list[str] = []
    original = VectorStore.missing_ids
    monkeypatch.setattr(
        VectorStore, "missing_ids", lambda self, m: looked.append(m) or original(self, m)
    )
    assert store.catch_up(catalogue, encoder) == "current"
    assert store.catch_up(catalogue, encoder) == "current"
    assert len(looked) == 1  # once to find the store complete, then not again
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
