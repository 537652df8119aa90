"""Revisions: content addressing, heads and the display rule, conflicts, rebuild_view()."""

from __future__ import annotations

import hashlib
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalogue import collection, view
from catalogue.canonical import canonical_bytes, parse_strict
from catalogue.catalogue import Catalogue
from catalogue.entry import CONTENT_SCHEMA, validate_entry
from catalogue.errors import InvalidInput
from catalogue.revision import Revision, make_revision, order_heads, revision_from_payload
from tests.conftest import sample_entry

OBJECT = str(uuid.uuid4())


def rev(
    counter: int, parents: list[str], op: str = "put", title: str = "T", origin: str = "A"
) -> Revision:
    body = validate_entry(sample_entry(title=title)) if op == "put" else None
    return make_revision(
        object_id=OBJECT,
        content_schema=CONTENT_SCHEMA,
        origin=origin,
        counter=counter,
        parents=parents,
        op=op,  # type: ignore[arg-type]
        body=body,
        author="t",
        authored_at="2026-01-01T00:00:00Z",
    )


def test_address_is_sha256_of_canonical_payload() -> None:
    r = rev(1, [])
    assert r.rev == hashlib.sha256(r.payload).hexdigest()
    assert canonical_bytes(parse_strict(r.payload)) == r.payload
    assert revision_from_payload(r.payload) == r


def test_non_canonical_bytes_are_refused() -> None:
    r = rev(1, [])
    spaced = r.payload.replace(b'","', b'", "', 1)
    with pytest.raises(InvalidInput, match="canonical"):
        revision_from_payload(spaced)


def test_display_rule_live_over_tombstone_then_depth_then_hash() -> None:
    root = rev(1, [])
    a = rev(2, [root.rev], title="A")
    b = rev(1, [root.rev], title="B", origin="B")
    b2 = rev(2, [b.rev], title="B2", origin="B")
    tomb = rev(3, [a.rev], op="delete")
    # b2 is deeper than a: it wins among live heads.
    assert order_heads([root, a, b, b2])[0] == b2
    # equal depth: lowest hash wins
    first = order_heads([root, a, b])[0]
    assert first.rev == min(a.rev, b.rev)
    # an edit concurrent with a delete wins over the delete, however deep the delete is
    deep_tomb = order_heads([root, a, tomb, b])
    assert deep_tomb[0] == b
    assert deep_tomb[-1] == tomb


def test_concurrent_edits_become_a_conflict_and_an_edit_resolves_it(catalogue: Catalogue) -> None:
    root = rev(1, [], origin="X")
    left = rev(2, [root.rev], title="Left", origin="X")
    right = rev(1, [root.rev], title="Right", origin="Y")
    changes = catalogue.add_revisions([root, left, right])
    assert changes.added == [OBJECT]
    record = catalogue.get_entry(OBJECT)
    assert record.conflict
    assert record.live_heads == 2
    assert record.rev == order_heads([root, left, right])[0].rev
    assert [e.conflict for e in catalogue.list_entries()] == [True]
    catalogue.update_entry(OBJECT, sample_entry(title="Merged"))
    merged = catalogue.get_entry(OBJECT)
    assert not merged.conflict
    assert merged.body["title"] == "Merged"
    assert set(catalogue.history(OBJECT)[-1].parents) == {left.rev, right.rev}


def test_add_revisions_is_an_idempotent_set_union_in_any_order(
    catalogue: Catalogue, home: object
) -> None:
    root = rev(1, [], origin="X")
    child = rev(2, [root.rev], title="Child", origin="X")
    catalogue.add_revisions([child])  # a revision may arrive before its parent
    catalogue.add_revisions([root])
    once = view.snapshot(catalogue.conn)
    assert not catalogue.add_revisions([root, child])
    assert view.snapshot(catalogue.conn) == once
    assert catalogue.get_entry(OBJECT).body["title"] == "Child"


def test_add_revisions_writes_the_view_a_rebuild_writes(catalogue: Catalogue) -> None:
    """New entries arriving whole (one revision) take the direct path; the rest are read
    back. Either way the view is what rebuild_view() computes from the revisions."""

    def one(object_id: str, counter: int, parents: list[str], op: str = "put") -> Revision:
        return make_revision(
            object_id=object_id,
            content_schema=CONTENT_SCHEMA,
            origin="X",
            counter=counter,
            parents=parents,
            op=op,  # type: ignore[arg-type]
            body=validate_entry(sample_entry(title=f"T{counter}")) if op == "put" else None,
            author="t",
            authored_at=f"2026-01-0{counter}T00:00:00Z",
        )

    held = one(str(uuid.uuid4()), 1, [])
    catalogue.add_revisions([held])
    new = one(str(uuid.uuid4()), 2, [])
    orphan = one(str(uuid.uuid4()), 3, ["f" * 64])  # its parent has not arrived
    tombstone = one(str(uuid.uuid4()), 4, [], op="delete")
    edit = one(held.object_id, 5, [held.rev])  # of an entry already held
    pair = str(uuid.uuid4())
    first = one(pair, 6, [])
    second = one(pair, 7, [first.rev])  # two revisions of one new entry
    shelf = make_revision(  # a new collection: its view row is read back too
        object_id=str(uuid.uuid4()),
        content_schema=collection.CONTENT_SCHEMA,
        origin="X",
        counter=8,
        parents=[],
        op="put",
        body=collection.validate_collection({"name": "C"}),
        author="t",
    )
    changes = catalogue.add_revisions([new, orphan, tombstone, edit, second, first, new, shelf])
    assert sorted(changes.added) == sorted([new.object_id, orphan.object_id, pair])
    assert changes.updated == [held.object_id]
    assert changes.collections == [shelf.object_id]
    once = view.snapshot(catalogue.conn)
    catalogue.rebuild_view()
    assert view.snapshot(catalogue.conn) == once
    assert catalogue.get_entry(pair).rev == second.rev
    assert catalogue.get_collection(shelf.object_id).name == "C"
    assert catalogue.count_revisions() == 8


def test_two_revisions_with_one_counter_are_both_kept(catalogue: Catalogue) -> None:
    # SYNC.md, amendments: a copied home's two revisions with one (origin, counter) are
    # both valid; both are kept (and flagged), so every installation shows the same.
    catalogue.add_revisions([rev(1, [], title="One", origin="X")])
    catalogue.add_revisions(
        [rev(2, [], title="Other", origin="Z"), rev(1, [], title="Two", origin="X")]
    )
    assert catalogue.count_revisions() == 3
    assert catalogue.forked_counters() == {"X": [1]}
    assert catalogue.check() == []


ops = st.lists(
    st.tuples(
        st.sampled_from(["add", "edit", "delete", "undelete", "collect"]),
        st.integers(0, 5),
        st.text(min_size=1, max_size=8).filter(str.strip),
    ),
    min_size=1,
    max_size=25,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops)
def test_rebuild_view_reproduces_the_view_exactly(
    tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[str, int, str]]
) -> None:
    with Catalogue.open(tmp_path_factory.mktemp("h"), auto_backup=False) as cat:
        ids: list[str] = []
        cat.create_collection("C")
        for op, n, word in steps:
            live = [e.id for e in cat.list_entries()]
            if op == "add" or not ids:
                ids += cat.add_entry(sample_entry(title=word)).added
            elif op == "edit" and live:
                cat.set_fields(live[n % len(live)], [("title", word)])
            elif op == "delete" and live:
                cat.delete_entry(live[n % len(live)])
            elif op == "undelete":
                dead = [i for i in ids if i not in live]
                if dead:
                    cat.undelete_entry(dead[n % len(dead)])
            elif op == "collect" and live:
                cat.add_to_collection("C", [live[n % len(live)]], note=word)
        before = view.snapshot(cat.conn)
        cat.rebuild_view()
        assert view.snapshot(cat.conn) == before
        assert cat.check() == []
