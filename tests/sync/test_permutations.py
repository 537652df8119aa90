"""Any permutation of five bundles (with repeats) gives the same view; import twice = once."""

from __future__ import annotations

import itertools
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalogue.catalogue import Catalogue
from sync import export_bundle, import_bundle
from tests.conftest import sample_entry

from .homes import befriend, dump, make_home, view_json


@pytest.fixture(scope="module")
def five_bundles() -> Iterator[tuple[list[Catalogue], list[Path], str]]:
    """Three partners' concurrent edits, deletes and conflicts, as five bundles."""
    root = Path(tempfile.mkdtemp(prefix="casebook-permutations-"))
    cats = [make_home(root / n, n) for n in ("a", "b", "c")]
    for x, y in itertools.permutations(cats, 2):
        befriend(x, y)
    a, b, c = cats
    bundles = [root / f"{n}.casebook" for n in range(5)]
    shared = a.add_entry(sample_entry(title="Shared")).added[0]
    doomed = a.add_entry(sample_entry(title="Doomed")).added[0]
    export_bundle(a, bundles[0])
    for cat in (b, c):
        import_bundle(cat, bundles[0])
    b.set_fields(shared, [("status", "in_use")])
    b.add_entry(sample_entry(title="B's own"))
    export_bundle(b, bundles[1])
    c.set_fields(shared, [("status", "retired")])
    c.delete_entry(doomed)
    export_bundle(c, bundles[2])
    b.set_fields(doomed, [("summary", "Edited while C deleted it, so it stays.")])
    export_bundle(b, bundles[3], partner=None)
    import_bundle(a, bundles[2])
    a.set_fields(shared, [("location.city", "Tampere")])
    export_bundle(a, bundles[4])
    everything = make_home(root / "all", "all")
    for cat in cats:
        befriend(everything, cat)
    for path in bundles:
        import_bundle(everything, path)
    expected = repr(view_json(everything))
    everything.close()
    yield cats, bundles, expected
    for cat in cats:
        cat.close()
    shutil.rmtree(root, ignore_errors=True)


@settings(max_examples=15, deadline=None)
@given(order=st.permutations(range(5)), repeat=st.lists(st.integers(0, 4), max_size=3))
def test_any_order_of_five_bundles_gives_the_same_view(
    five_bundles: tuple[list[Catalogue], list[Path], str], order: list[int], repeat: list[int]
) -> None:
    cats, bundles, expected = five_bundles
    root = Path(tempfile.mkdtemp(prefix="casebook-order-"))
    try:
        fresh = make_home(root / "fresh", "fresh")
        for cat in cats:
            befriend(fresh, cat)
        for n in [*order, *repeat]:
            import_bundle(fresh, bundles[n])
        assert repr(view_json(fresh)) == expected
        before = dump(fresh)
        for n in order:  # twice = once: nothing new, nothing written
            assert import_bundle(fresh, bundles[n]).new_revisions == 0
        assert dump(fresh) == before
        fresh.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
