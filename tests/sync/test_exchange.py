"""Export and import between real homes: set union, idempotence, order, relays, conflicts."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from casebook.home import load_starter
from catalogue.catalogue import Catalogue
from catalogue.errors import CasebookError, InvalidInput
from catalogue.jobs import Job
from sync import (
    export_bundle,
    import_bundle,
    list_conflicts,
    load_identity,
    partner_acknowledged,
    resolve,
)
from tests.conftest import sample_entry

from .homes import befriend, dump, make_home, view_json


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[list[Catalogue]]:
    """Three partners who all trust each other."""
    cats = [make_home(tmp_path / n, n) for n in ("tampere", "riga", "piemonte")]
    for x, y in itertools.permutations(cats, 2):
        befriend(x, y)
    yield cats
    for cat in cats:
        cat.close()


def ship(source: Catalogue, target: Catalogue, path: Path, partner: str | None = None) -> None:
    export_bundle(source, path, partner=partner)
    import_bundle(target, path)


def test_reimport_says_already_have_all_and_writes_nothing(
    trio: list[Catalogue], tmp_path: Path
) -> None:
    a, b, _ = trio
    a.add_entry(sample_entry(title="One"))
    a.add_entry(sample_entry(title="Two"))
    path = tmp_path / "a.casebook"
    export_bundle(a, path)
    first = import_bundle(b, path)
    assert (first.new_revisions, first.already_had, len(first.added)) == (2, 0, 2)
    before_changes = b.conn.total_changes
    before = dump(b)
    again = import_bundle(b, path)
    assert (again.new_revisions, again.already_had, again.wrote) == (0, 2, False)
    assert b.conn.total_changes == before_changes  # not one row written
    assert dump(b) == before


def test_dry_run_reports_and_writes_nothing(trio: list[Catalogue], tmp_path: Path) -> None:
    a, b, _ = trio
    new_id = a.add_entry(sample_entry()).added[0]
    path = tmp_path / "a.casebook"
    export_bundle(a, path)
    before = dump(b)
    summary = import_bundle(b, path, dry_run=True)
    assert summary.dry_run
    assert summary.new_revisions == 1
    assert summary.added == [new_id]
    assert dump(b) == before


def test_since_last_sends_what_the_partner_has_not_acknowledged(
    trio: list[Catalogue], tmp_path: Path
) -> None:
    a, b, _ = trio
    b_fp = load_identity(b).fingerprint
    a.add_entry(sample_entry(title="One"))
    first = export_bundle(a, tmp_path / "1.casebook", partner=b_fp[:8])
    assert first.revisions == 1
    assert partner_acknowledged(a, b_fp) == {}  # written is not received
    a.add_entry(sample_entry(title="Two"))
    second = export_bundle(a, tmp_path / "2.casebook", partner=b_fp)
    assert second.revisions == 2  # the first file may be lost: it is sent again
    # The first file was lost; B imports the second and sends a bundle back.
    assert import_bundle(b, tmp_path / "2.casebook").new_revisions == 2
    assert [e.title for e in b.list_entries()] == ["One", "Two"]
    export_bundle(b, tmp_path / "b.casebook", partner=load_identity(a).fingerprint)
    import_bundle(a, tmp_path / "b.casebook")
    assert partner_acknowledged(a, b_fp) == {a.installation_id: 2}
    third = export_bundle(a, tmp_path / "3.casebook", partner=b_fp)
    assert (third.revisions, third.since) == (0, {a.installation_id: 2})


def test_importing_from_a_partner_counts_as_what_it_has(
    trio: list[Catalogue], tmp_path: Path
) -> None:
    a, b, _ = trio
    a.add_entry(sample_entry(title="From A"))
    ship(a, b, tmp_path / "a.casebook")
    b.add_entry(sample_entry(title="From B"))
    back = export_bundle(b, tmp_path / "b.casebook", partner=load_identity(a).fingerprint)
    assert back.revisions == 1  # B knows A has A's own revision: it sent it


def test_relayed_revisions_stay_verifiable(trio: list[Catalogue], tmp_path: Path) -> None:
    a, b, c = trio
    a.add_entry(sample_entry(title="Only A wrote this"))
    ship(a, b, tmp_path / "ab.casebook")
    ship(b, c, tmp_path / "bc.casebook")  # C gets A's revision from B, signed by A
    assert [e.title for e in c.list_entries()] == ["Only A wrote this"]
    assert view_json(c) == view_json(a)


def test_any_order_of_bundles_gives_the_same_view(trio: list[Catalogue], tmp_path: Path) -> None:
    a, b, c = trio
    entry_id = a.add_entry(sample_entry(title="Shared")).added[0]
    paths = [tmp_path / "0.casebook"]
    export_bundle(a, paths[0])
    for cat in (b, c):
        import_bundle(cat, paths[0])
    b.set_fields(entry_id, [("status", "in_use")])
    c.set_fields(entry_id, [("location.city", "Turin")])
    c.delete_entry(c.add_entry(sample_entry(title="Short-lived")).added[0])
    a.set_fields(entry_id, [("status", "retired")])
    for n, cat in enumerate((a, b, c), 1):
        paths.append(tmp_path / f"{n}.casebook")
        export_bundle(cat, paths[-1])
    views = set()
    for k, order in enumerate(itertools.permutations(paths[1:])):
        fresh = make_home(tmp_path / f"fresh{k}", f"fresh{k}")
        for cat in (a, b, c):
            befriend(fresh, cat)
        for path in (paths[0], *order, order[0]):  # and one duplicate
            import_bundle(fresh, path)
        views.add(repr(view_json(fresh)))
        fresh.close()
    assert len(views) == 1


def test_concurrent_edits_conflict_and_resolve_with_a_merge_revision(
    trio: list[Catalogue], tmp_path: Path
) -> None:
    a, b, _ = trio
    entry_id = a.add_entry(sample_entry()).added[0]
    ship(a, b, tmp_path / "1.casebook")
    a.set_fields(entry_id, [("status", "in_use")])
    b.set_fields(entry_id, [("status", "retired")])
    ship(a, b, tmp_path / "2.casebook")
    ship(b, a, tmp_path / "3.casebook")
    for cat in (a, b):
        (conflict,) = list_conflicts(cat)
        assert conflict.fields == ("status",)
        assert [h.shown for h in conflict.heads] == [True, False]
    assert view_json(a) == view_json(b)  # the same head is shown on both
    loser = list_conflicts(a)[0].heads[1]
    resolve(a, entry_id, keep=loser.rev[:8])
    assert list_conflicts(a) == []
    record = a.get_entry(entry_id)
    assert record.body == loser.body
    merge = a.revision(record.rev)
    assert set(merge.parents) == {h.rev for h in list_conflicts(b)[0].heads}
    ship(a, b, tmp_path / "4.casebook")
    assert list_conflicts(b) == []
    assert view_json(a) == view_json(b)


def test_resolve_with_a_merged_body_and_bad_choices(trio: list[Catalogue], tmp_path: Path) -> None:
    a, b, _ = trio
    entry_id = a.add_entry(sample_entry()).added[0]
    ship(a, b, tmp_path / "1.casebook")
    a.set_fields(entry_id, [("status", "in_use")])
    b.set_fields(entry_id, [("location.city", "Jurmala")])
    ship(b, a, tmp_path / "2.casebook")
    with pytest.raises(InvalidInput, match="not both"):
        resolve(a, entry_id)
    with pytest.raises(Exception, match="choose one of"):
        resolve(a, entry_id, keep="ffffffff")
    merged = sample_entry(status="in_use", location={"country": "LV", "city": "Jurmala"})
    resolve(a, entry_id, body=merged)
    assert a.get_entry(entry_id).body["location"]["city"] == "Jurmala"
    assert not a.get_entry(entry_id).conflict
    with pytest.raises(InvalidInput, match="no conflict"):
        resolve(a, entry_id, body=merged)


def test_an_edit_concurrent_with_a_delete_wins(trio: list[Catalogue], tmp_path: Path) -> None:
    a, b, _ = trio
    entry_id = a.add_entry(sample_entry()).added[0]
    ship(a, b, tmp_path / "1.casebook")
    a.delete_entry(entry_id)
    b.set_fields(entry_id, [("status", "in_use")])
    ship(a, b, tmp_path / "2.casebook")
    ship(b, a, tmp_path / "3.casebook")
    for cat in (a, b):
        record = cat.get_entry(entry_id)
        assert record.body["status"] == "in_use"
        assert not record.conflict
    assert list_conflicts(a) == []


def test_a_late_bundle_cannot_resurrect_a_deleted_entry(
    trio: list[Catalogue], tmp_path: Path
) -> None:
    a, b, _ = trio
    entry_id = a.add_entry(sample_entry()).added[0]
    export_bundle(a, tmp_path / "early.casebook")
    a.delete_entry(entry_id)
    export_bundle(a, tmp_path / "late.casebook")
    import_bundle(b, tmp_path / "late.casebook")
    import_bundle(b, tmp_path / "early.casebook")
    assert b.list_entries() == []


def test_attachments_travel_as_blobs(trio: list[Catalogue], tmp_path: Path) -> None:
    a, b, _ = trio
    entry_id = a.add_entry(sample_entry()).added[0]
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * 4)
    a.attach_file(entry_id, report)
    export_bundle(a, tmp_path / "a.casebook")
    summary = import_bundle(b, tmp_path / "a.casebook")
    assert summary.new_blobs == 1
    sha = b.get_entry(entry_id).body["attachments"][0]["sha256"]
    assert b.blobs.path(sha).read_bytes() == report.read_bytes()
    assert b.check() == []


def test_starter_revisions_are_accepted_by_hash(trio: list[Catalogue], tmp_path: Path) -> None:
    a, b, _ = trio
    load_starter(a)
    starter_id = a.list_entries()[0].id
    a.set_fields(starter_id, [("status", "in_use")])
    export_bundle(a, tmp_path / "a.casebook")
    import_bundle(b, tmp_path / "a.casebook")  # B was made --empty: it learns them all
    assert view_json(b) == view_json(a)
    load_starter(b)  # and they are the very same revisions as its own would be
    assert view_json(b) == view_json(a)


def test_a_restored_partner_keeps_its_trust_under_a_new_installation_id(
    trio: list[Catalogue], tmp_path: Path
) -> None:
    a, b, _ = trio
    a.add_entry(sample_entry(title="Before"))
    ship(a, b, tmp_path / "1.casebook")
    old_id = a.installation_id
    a.restore(a.backup())
    assert a.installation_id != old_id
    a.add_entry(sample_entry(title="After the restore"))
    ship(a, b, tmp_path / "2.casebook")
    assert [e.title for e in b.list_entries()] == ["After the restore", "Before"]


def test_import_is_all_or_nothing_when_interrupted_at_any_statement(
    trio: list[Catalogue], tmp_path: Path
) -> None:
    a, b, _ = trio
    entry_id = a.add_entry(sample_entry(title="Entry")).added[0]
    ship(a, b, tmp_path / "0.casebook")
    for n in range(3):
        a.add_entry(sample_entry(title=f"Entry {n}"))
    a.set_fields(entry_id, [("status", "in_use")])
    b.set_fields(entry_id, [("status", "retired")])
    path = tmp_path / "a.casebook"
    export_bundle(a, path)
    before = dump(b)
    # Interrupt the k-th SQL statement of the import, for every k, until one run completes:
    # each interrupted run must leave exactly the state before.
    k = 0
    while True:
        k += 1
        seen = 0
        armed = False

        def count(statement: str) -> None:
            nonlocal seen, armed
            seen += 1
            armed = armed or seen == k  # noqa: B023 (called only within this iteration)

        def stop() -> int:
            nonlocal armed
            if armed:
                armed = False  # once: the rollback itself must run
                return 1
            return 0

        b.conn.set_trace_callback(count)
        b.conn.set_progress_handler(stop, 1)
        try:
            import_bundle(b, path)
        except sqlite3.OperationalError as exc:
            if "interrupted" not in str(exc):
                raise
            if dump(b) == before:
                continue
            # Interrupted after the commit (reading the result): the whole import is there.
            assert b.count_revisions() == 6, f"statement {k} left a half-done import"
            break
        finally:
            b.conn.set_trace_callback(None)
            b.conn.set_progress_handler(None, 0)
        break
    assert k > 10  # the import really ran many statements, each one interrupted once
    assert import_bundle(b, path).new_revisions == 0
    assert b.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert b.check() == []
    assert [e.title for e in b.list_entries()] == ["Entry", "Entry 0", "Entry 1", "Entry 2"]
    assert b.get_entry(entry_id).conflict


def test_export_refuses_what_the_partner_would_refuse(
    trio: list[Catalogue], tmp_path: Path
) -> None:
    from sync import Limits

    a, _, _ = trio
    entry_id = a.add_entry(sample_entry()).added[0]
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 3000)
    a.attach_file(entry_id, big)
    out = tmp_path / "a.casebook"
    with pytest.raises(InvalidInput, match="attachments travel up to"):
        export_bundle(a, out, limits=Limits(max_line=2000))
    with pytest.raises(InvalidInput, match="do not fit in a bundle of 3000 bytes"):
        export_bundle(a, out, limits=Limits(max_file=3000))
    assert not out.exists()
    export_bundle(a, out)


def test_a_collection_travels_as_a_bundle_of_its_objects(
    trio: list[Catalogue], tmp_path: Path
) -> None:
    a, b, _ = trio
    keep = a.add_entry(sample_entry(title="In the collection")).added[0]
    a.set_fields(keep, [("status", "in_use")])
    a.add_entry(sample_entry(title="Not in it"))
    a.create_collection("Study visit")
    a.add_to_collection("Study visit", [keep])
    record = a.get_collection("Study visit")
    done = export_bundle(a, tmp_path / "c.casebook", objects={record.id, keep})
    assert done.revisions == 4  # the entry's two revisions, the collection's two
    import_bundle(b, tmp_path / "c.casebook")
    assert [e.title for e in b.list_entries()] == ["In the collection"]
    assert b.get_collection("Study visit").items == ((keep, ""),)


def test_import_reports_progress_and_can_be_cancelled(
    trio: list[Catalogue], tmp_path: Path
) -> None:
    a, b, _ = trio
    a.add_entries([sample_entry(title=f"Entry {n}") for n in range(1200)])
    export_bundle(a, tmp_path / "a.casebook")
    seen: list[float] = []
    before = dump(b)

    def see(fraction: float, message: str) -> None:
        seen.append(fraction)
        if fraction >= 1.0:  # verified: the user cancels before anything is written
            job.cancel()

    job = Job(see)
    with pytest.raises(CasebookError, match="cancelled"):
        import_bundle(b, tmp_path / "a.casebook", job=job)
    assert dump(b) == before
    assert seen == sorted(seen)
    assert seen[-1] == 1.0
    assert len(seen) >= 3


class Stop(Exception):
    pass


def test_an_export_stopped_through_its_progress_leaves_no_file(
    trio: list[Catalogue], tmp_path: Path
) -> None:
    a, b, _ = trio
    for n in range(3):
        a.add_entry(sample_entry(title=f"Case {n}"))
    partner = load_identity(b).fingerprint
    seen: list[tuple[float, str]] = []

    def stop(fraction: float, message: str) -> None:
        seen.append((fraction, message))
        raise Stop

    path = tmp_path / "stopped.casebook"
    with pytest.raises(Stop):
        export_bundle(a, path, partner=partner, job=Job(stop))
    assert seen == [(0.0, "writing 3 revisions")]
    assert not path.exists()
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == []
    assert partner_acknowledged(a, partner) == {}
    summary = export_bundle(a, path, partner=partner, job=Job(lambda f, m: seen.append((f, m))))
    assert summary.revisions == 3
    assert seen[-1] == (0.0, "writing 3 revisions")
    assert import_bundle(b, path).new_revisions == 3
