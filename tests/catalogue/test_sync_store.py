"""`SyncStore`: sync's tables, kept by the catalogue (the sync tests cover it end to end)."""

from __future__ import annotations

import uuid

import pytest

from catalogue import entry
from catalogue.catalogue import Catalogue
from catalogue.revision import Revision, make_revision
from catalogue.sync_store import SyncStore
from tests.conftest import sample_entry

ORIGIN = "6c0a5a43-5d0e-4d43-9a37-6d3c8f1f2a10"


def revision(counter: int, origin: str = ORIGIN) -> Revision:
    return make_revision(
        object_id=str(uuid.uuid4()),
        content_schema=entry.CONTENT_SCHEMA,
        origin=origin,
        counter=counter,
        parents=[],
        op="put",
        body=sample_entry(title=f"Entry {counter}"),
        author="elsewhere",
    )


def test_contiguous_vector_stops_at_the_first_gap(catalogue: Catalogue) -> None:
    store = SyncStore(catalogue)
    catalogue.add_revisions([revision(1), revision(2), revision(4), revision(2, "other")])
    vector = store.contiguous_vector()
    assert vector[ORIGIN] == 2  # 4 is held, 3 is not: gaps are not "have"
    assert "other" not in vector  # nothing without a gap
    assert catalogue.version_vector()[ORIGIN] == 4


def test_marks_never_go_down(catalogue: Catalogue) -> None:
    store = SyncStore(catalogue)
    store.raise_marks("folder:x", {"a": 5, "b": 1})
    store.raise_marks("folder:x", {"a": 3, "b": 2})
    assert store.marks("folder:x") == {"a": 5, "b": 2}
    assert store.marks("someone else") == {}


def test_trust_list_and_revocation(catalogue: Catalogue) -> None:
    store = SyncStore(catalogue)
    catalogue.add_revisions([revision(1), revision(2)])
    store.add_partner("ab" * 20, "Riga", "a2V5")
    store.bind_installation(ORIGIN, "ab" * 20)
    store.bind_installation(ORIGIN, "cd" * 20)  # a second key never takes an id over
    assert store.partner_status("ab" * 20) == "untrusted"
    assert store.installation_owner(ORIGIN) == "ab" * 20
    store.trust("ab" * 20)
    store.revoke("ab" * 20, [ORIGIN])
    (partner,) = store.partners()
    assert (partner.org, partner.status, partner.installations) == (
        "Riga",
        "revoked",
        ((ORIGIN, 2),),
    )
    assert store.partners() == store.partners(include_self=True)


def test_writes_belong_to_the_callers_transaction(catalogue: Catalogue) -> None:
    store = SyncStore(catalogue)

    def import_that_fails() -> None:
        with catalogue.atomic():
            store.raise_marks("p", {"a": 1})
            store.record_import("bundle", "p", 1, 1, 0)
            raise RuntimeError("the caller's block fails")

    with pytest.raises(RuntimeError):
        import_that_fails()
    assert store.marks("p") == {}
    assert catalogue.conn.execute("SELECT count(*) FROM bundle_imports").fetchone()[0] == 0
