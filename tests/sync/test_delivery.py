"""Acknowledged delivery and automatic parts (issue 15; SYNC.md, amendments: "Sent is not
received"): what a partner holds is what it acknowledged, exports are split into parts that
each import alone, and nothing is overwritten or marked as sent."""

from __future__ import annotations

import hashlib
import itertools
import json
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from catalogue.catalogue import Catalogue
from catalogue.revision import make_revision
from sync import (
    BundleRefused,
    Limits,
    delivery_status,
    export_bundle,
    import_bundle,
    load_identity,
    partner_acknowledged,
    sync_folder,
)
from tests.casebook.test_cli import ok
from tests.conftest import sample_entry

from .homes import befriend, forge, make_home, view_json


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[list[Catalogue]]:
    """Three partners who all trust each other."""
    cats = [make_home(tmp_path / n, n) for n in ("tampere", "riga", "piemonte")]
    for x, y in itertools.permutations(cats, 2):
        befriend(x, y)
    yield cats
    for cat in cats:
        cat.close()


def fingerprint(cat: Catalogue) -> str:
    return load_identity(cat).fingerprint


def lines_of(path: Path) -> list[bytes]:
    return path.read_bytes().split(b"\n")[:-1]


def manifest_of(path: Path) -> dict[str, object]:
    import base64

    envelope = json.loads(lines_of(path)[0])
    manifest: dict[str, object] = json.loads(base64.b64decode(envelope["payload"]))
    return manifest


# -- failure 1: 12,048 revisions ----------------------------------------------------------


def test_twelve_thousand_revisions_travel_in_parts_that_each_import(tmp_path: Path) -> None:
    """Issue 15, failure 1: one bundle of 12,048 revisions had a 1 MB manifest line that
    every import refused, and --since-last had already marked them as sent."""
    a = make_home(tmp_path / "a", "City of Tampere")
    b = make_home(tmp_path / "b", "Riga Digital Agency")
    befriend(a, b)
    befriend(b, a)
    a.add_entries([sample_entry(title=f"Case {n}") for n in range(12_048)])
    done = export_bundle(a, tmp_path / "all.casebook", partner=fingerprint(b))
    assert done.revisions == 12_048
    assert len(done.parts) >= 2
    limits = Limits()
    listed: list[str] = []
    for part in done.parts:
        assert part.stat().st_size <= limits.max_file
        assert max(len(line) for line in lines_of(part)) <= limits.max_line
        manifest = manifest_of(part)
        assert isinstance(manifest["revisions"], list)
        assert len(manifest["revisions"]) <= limits.max_revisions
        listed += manifest["revisions"]
        assert hashlib.sha256(part.read_bytes()).hexdigest()[:12] in part.name
    assert len(set(listed)) == 12_048
    # Nothing was marked as sent: until B acknowledges, the next export holds them all.
    assert partner_acknowledged(a, fingerprint(b)) == {}
    for part in reversed(done.parts):  # each part alone, in any order
        assert import_bundle(b, part).new_revisions == len(manifest_of(part)["revisions"])  # type: ignore[arg-type]
    assert b.count_revisions() == a.count_revisions()
    assert view_json(b) == view_json(a)
    back = export_bundle(b, tmp_path / "back.casebook", partner=fingerprint(a))
    assert back.revisions == 0  # B's origin has nothing; A holds its own
    import_bundle(a, back.path)
    assert partner_acknowledged(a, fingerprint(b)) == {a.installation_id: 12_048}
    again = export_bundle(a, tmp_path / "again.casebook", partner=fingerprint(b))
    assert again.revisions == 0
    for cat in (a, b):
        cat.close()


def test_every_limit_splits_and_each_part_imports_alone_in_any_order(
    trio: list[Catalogue], tmp_path: Path
) -> None:
    a, _b, _c = trio
    entry_id = a.add_entries([sample_entry(title=f"Case {n}") for n in range(59)]).added[0]
    attachment = tmp_path / "scan.pdf"
    attachment.write_bytes(b"%PDF-1.4 a scanned decision" * 40)
    a.attach_file(entry_id, attachment)
    for limits in (Limits(max_revisions=7), Limits(max_line=4000), Limits(max_file=20_000)):
        out = tmp_path / f"{limits.max_revisions}-{limits.max_line}-{limits.max_file}.casebook"
        done = export_bundle(a, out, limits=limits)
        assert len(done.parts) > 1
        for part in done.parts:
            assert part.stat().st_size <= limits.max_file
            assert max(len(line) for line in lines_of(part)) <= limits.max_line
            assert len(manifest_of(part)["revisions"]) <= limits.max_revisions  # type: ignore[arg-type]
        fresh = make_home(tmp_path / f"fresh-{out.stem}", "fresh")
        befriend(fresh, a)
        for part in reversed(done.parts):
            import_bundle(fresh, part, limits=limits)
        assert view_json(fresh) == view_json(a)
        assert fresh.check() == []
        fresh.close()


# -- acknowledgement -----------------------------------------------------------------------


def test_a_lost_file_is_sent_again_once_the_partner_has_published_twice(
    trio: list[Catalogue], tmp_path: Path
) -> None:
    """Each installation sees its own copy of the folder, as with a sync tool: A's first
    file never reaches B. B publishing twice without acknowledging it makes A send again;
    once is not enough (it may not have arrived yet)."""
    a, b, _ = trio
    at_a, at_b = tmp_path / "at-a", tmp_path / "at-b"
    at_a.mkdir()
    at_b.mkdir()

    def deliver(src: Path, dst: Path) -> None:
        for f in src.glob("*.casebook"):
            if not (dst / f.name).exists():
                shutil.copy(f, dst / f.name)

    a.add_entry(sample_entry(title="Lost on the way"))
    first = sync_folder(a, at_a)
    assert first.exported is not None
    assert first.exported.revisions == 1
    # The file never reaches B. B publishes its own work.
    for n in range(2):
        b.add_entry(sample_entry(title=f"Riga {n}"))
        assert sync_folder(b, at_b).exported is not None
        deliver(at_b, at_a)
        passed = sync_folder(a, at_a)
        assert [s.new_revisions for _, s in passed.imported] == [1]
        if n == 0:
            # One bundle of B's since: the file may still be on its way. Only A's
            # acknowledgement is written.
            assert passed.exported is not None
            assert passed.exported.revisions == 0
    assert passed.exported is not None
    assert passed.exported.revisions == 1
    deliver(at_a, at_b)
    sync_folder(b, at_b)
    assert sorted(e.title for e in b.list_entries()) == ["Lost on the way", "Riga 0", "Riga 1"]


def test_a_pass_does_not_write_back_what_it_just_imported(
    trio: list[Catalogue], tmp_path: Path
) -> None:
    """Issue 15, failure 4."""
    a, b, c = trio
    shared = tmp_path / "shared"
    shared.mkdir()
    a.add_entries([sample_entry(title=f"Case {n}") for n in range(3)])
    sync_folder(a, shared)
    passed = sync_folder(b, shared)
    assert [s.new_revisions for _, s in passed.imported] == [3]
    assert passed.exported is not None
    assert passed.exported.revisions == 0  # only B's acknowledgement
    assert manifest_of(passed.exported.path)["count"] == 0
    assert sync_folder(b, shared).exported is None  # and only once
    passed = sync_folder(c, shared)
    assert sum(s.new_revisions for _, s in passed.imported) == 3
    assert passed.exported is not None
    assert passed.exported.revisions == 0
    assert sync_folder(a, shared).exported is None  # acknowledgements change nothing at A
    assert view_json(a) == view_json(b) == view_json(c)


def test_two_passes_in_the_same_second_never_overwrite_each_other(
    trio: list[Catalogue], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15, failure 2: file names carry the content's hash."""
    import sync.bundle

    monkeypatch.setattr(sync.bundle, "utc_now", lambda: "2026-12-05T10:00:00Z")
    a, b, _ = trio
    shared = tmp_path / "shared"
    shared.mkdir()
    a.add_entry(sample_entry(title="First"))
    one = sync_folder(a, shared).exported
    a.add_entry(sample_entry(title="Second"))
    two = sync_folder(a, shared).exported
    assert one is not None
    assert two is not None
    assert one.path != two.path
    assert one.path.exists()
    assert two.path.exists()
    sync_folder(b, shared)
    assert sorted(e.title for e in b.list_entries()) == ["First", "Second"]


def test_a_file_replaced_under_the_same_name_is_read_again(
    trio: list[Catalogue], tmp_path: Path
) -> None:
    """A file remembered as read is skipped only while its size and time are the same."""
    import os

    a, b, _ = trio
    shared = tmp_path / "shared"
    shared.mkdir()
    a.add_entry(sample_entry(title="First"))
    export_bundle(a, shared / "tampere.casebook")
    assert len(sync_folder(b, shared).imported) == 1
    assert sync_folder(b, shared).imported == []  # unchanged: not even opened
    a.add_entry(sample_entry(title="Second"))
    export_bundle(a, shared / "tampere.casebook")  # an older Casebook reused names
    os.utime(shared / "tampere.casebook", ns=(1, 1))
    assert [s.new_revisions for _, s in sync_folder(b, shared).imported] == [1]
    assert sorted(e.title for e in b.list_entries()) == ["First", "Second"]


def test_a_partner_claiming_more_than_it_holds_only_stops_what_it_is_sent(
    trio: list[Catalogue], tmp_path: Path
) -> None:
    a, liar, c = trio
    a.add_entries([sample_entry(title=f"Case {n}") for n in range(4)])
    claim = {"vector": {a.installation_id: 10**6, "someone:else": 2**53 - 1}, "forked": []}
    bundle = forge(
        load_identity(liar),
        [],
        manifest={"acknowledges": claim, "bundle_id": str(uuid.uuid4())},
    )
    (tmp_path / "liar.casebook").write_bytes(bundle)
    import_bundle(a, tmp_path / "liar.casebook")
    assert export_bundle(a, tmp_path / "to-liar.casebook", partner=fingerprint(liar)).revisions == 0
    assert export_bundle(a, tmp_path / "to-c.casebook", partner=fingerprint(c)).revisions == 4
    shared = tmp_path / "shared"
    shared.mkdir()
    done = sync_folder(a, shared).exported
    assert done is not None
    assert done.revisions == 4
    status = {p.org: p for p in delivery_status(a, a.installation_id)}
    (told,) = status["riga"].installations
    assert (told.they_lack, told.we_lack) == (0, 10**6 - 4 + 2**53 - 1)
    (silent,) = status["piemonte"].installations
    assert (silent.installation, silent.they_lack) == ("", 4)
    assert a.check() == []


def test_a_partner_removed_and_added_again_is_sent_everything(
    trio: list[Catalogue], tmp_path: Path
) -> None:
    from sync import remove_partner

    a, b, _ = trio
    a.add_entry(sample_entry(title="One"))
    export_bundle(a, tmp_path / "a.casebook")
    import_bundle(b, tmp_path / "a.casebook")
    export_bundle(b, tmp_path / "b.casebook")
    import_bundle(a, tmp_path / "b.casebook")
    assert export_bundle(a, tmp_path / "1.casebook", partner=fingerprint(b)).revisions == 0
    remove_partner(a, fingerprint(b))
    befriend(a, b)
    assert partner_acknowledged(a, fingerprint(b)) == {}
    assert export_bundle(a, tmp_path / "2.casebook", partner=fingerprint(b)).revisions == 1


def test_an_acknowledgement_of_a_bad_shape_refuses_the_bundle(
    trio: list[Catalogue], tmp_path: Path
) -> None:
    a, b, _ = trio
    bad = [
        ({"vector": {a.installation_id: -1}, "forked": []}, "E_PARSE"),
        ({"vector": {a.installation_id: True}, "forked": []}, "E_PARSE"),
        ({"vector": {}, "forked": ["not a hash"]}, "E_PARSE"),
        ({"vector": {}}, "E_PARSE"),
        ({"vector": {"no spaces allowed": 1}, "forked": []}, "E_MANIFEST"),
    ]
    for claim, code in bad:
        path = tmp_path / "bad.casebook"
        path.write_bytes(forge(load_identity(b), [], manifest={"acknowledges": claim}))
        with pytest.raises(BundleRefused) as refused:
            import_bundle(a, path)
        assert refused.value.code == code
    assert partner_acknowledged(a, fingerprint(b)) == {}


def test_a_forked_second_revision_is_not_skipped(tmp_path: Path) -> None:
    """Counters alone said C held (A, 2) because it held one revision there; B holds two
    (a copied home signed counter 2 twice) and sends the one C lacks."""
    a = make_home(tmp_path / "a", "City of Tampere")
    b = make_home(tmp_path / "b", "Riga Digital Agency")
    c = make_home(tmp_path / "c", "Piemonte Innova")
    for x, y in ((b, a), (c, a), (b, c), (c, b)):
        befriend(x, y)
    entry_id = a.add_entry(sample_entry(title="Permit chatbot")).added[0]
    (root,) = [bytes(p) for (p,) in a.conn.execute("SELECT payload FROM revisions")]
    a_id = load_identity(a)

    def edit(title: str) -> bytes:
        return make_revision(
            object_id=entry_id,
            content_schema="casebook.entry/1",
            origin=a.installation_id,
            counter=2,
            parents=[hashlib.sha256(root).hexdigest()],
            op="put",
            body=sample_entry(title=title),
            author="a copy",
        ).payload

    one, two = edit("Laptop one"), edit("Laptop two")
    (tmp_path / "1.casebook").write_bytes(forge(a_id, [(root, a_id.key), (one, a_id.key)]))
    (tmp_path / "2.casebook").write_bytes(
        forge(
            a_id,
            [(root, a_id.key), (two, a_id.key)],
            manifest={"bundle_id": str(uuid.uuid4())},
        )
    )
    import_bundle(b, tmp_path / "1.casebook")
    import_bundle(b, tmp_path / "2.casebook")
    import_bundle(c, tmp_path / "1.casebook")
    export_bundle(c, tmp_path / "c.casebook")  # C acknowledges {A: 2}
    import_bundle(b, tmp_path / "c.casebook")
    assert partner_acknowledged(b, fingerprint(c)) == {a.installation_id: 2}
    to_c = export_bundle(b, tmp_path / "to-c.casebook", partner=fingerprint(c))
    assert hashlib.sha256(two).hexdigest() in to_c.listed[0]
    import_bundle(c, to_c.path)
    assert view_json(c) == view_json(b)
    # Now C holds both and says so: nothing more is owed.
    export_bundle(c, tmp_path / "c2.casebook")
    import_bundle(b, tmp_path / "c2.casebook")
    assert export_bundle(b, tmp_path / "none.casebook", partner=fingerprint(c)).revisions == 0
    for cat in (a, b, c):
        cat.close()


def test_a_copied_laptop_is_sent_what_either_copy_lacks(tmp_path: Path) -> None:
    a = make_home(tmp_path / "a", "City of Tampere")
    b = make_home(tmp_path / "b", "Riga Digital Agency")
    befriend(a, b)
    befriend(b, a)
    a.add_entry(sample_entry(title="Before the copy"))
    a.close()
    shutil.copytree(tmp_path / "a", tmp_path / "laptop2", copy_function=shutil.copy2)
    first = Catalogue.open(tmp_path / "a", auto_backup=False)
    second = Catalogue.open(tmp_path / "laptop2", auto_backup=False)
    first.add_entry(sample_entry(title="On the first laptop"))
    second.add_entry(sample_entry(title="On the second laptop"))
    assert first.installation_id != second.installation_id
    for n, laptop in enumerate((first, second)):
        export_bundle(laptop, tmp_path / f"{n}.casebook")
        import_bundle(b, tmp_path / f"{n}.casebook")
    b.add_entry(sample_entry(title="From Riga"))
    to_a = export_bundle(b, tmp_path / "to-a.casebook", partner=fingerprint(first))
    import_bundle(first, to_a.path)  # only the first laptop gets it
    export_bundle(first, tmp_path / "first-again.casebook")
    import_bundle(b, tmp_path / "first-again.casebook")
    again = export_bundle(b, tmp_path / "to-a2.casebook", partner=fingerprint(first))
    # The second laptop has acknowledged neither the first laptop's entry nor Riga's.
    assert again.revisions == 2
    import_bundle(second, again.path)
    assert sorted(e.title for e in second.list_entries()) == sorted(
        e.title for e in b.list_entries()
    )
    (key,) = [p for p in delivery_status(b, b.installation_id) if p.org == "City of Tampere"]
    assert {i.installation for i in key.installations} == {
        first.installation_id,
        second.installation_id,
    }
    for cat in (first, second, b):
        assert cat.check() == []
        cat.close()


def test_a_copied_laptop_and_a_partner_converge_through_one_folder(tmp_path: Path) -> None:
    """Two installations of one key (a copied home) read each other's files: only this
    installation's own files are skipped, not its key's."""
    a = make_home(tmp_path / "a", "City of Tampere")
    b = make_home(tmp_path / "b", "Riga Digital Agency")
    befriend(a, b)
    befriend(b, a)
    a.close()
    shutil.copytree(tmp_path / "a", tmp_path / "laptop2", copy_function=shutil.copy2)
    first = Catalogue.open(tmp_path / "a", auto_backup=False)
    second = Catalogue.open(tmp_path / "laptop2", auto_backup=False)
    first.add_entry(sample_entry(title="On the first laptop"))
    second.add_entry(sample_entry(title="On the second laptop"))
    just_the_two = tmp_path / "laptops"
    just_the_two.mkdir()
    for cat in (first, second, first):
        sync_folder(cat, just_the_two)
    assert view_json(first) == view_json(second)
    shared = tmp_path / "shared"
    shared.mkdir()
    b.add_entry(sample_entry(title="From Riga"))
    for _ in range(3):
        for cat in (first, second, b):
            sync_folder(cat, shared)
    assert view_json(first) == view_json(second) == view_json(b)
    assert len(b.list_entries()) == 3
    for cat in (first, second, b):
        assert cat.check() == []
        cat.close()


def test_an_installation_silent_for_a_month_while_its_key_goes_on_is_retired(
    tmp_path: Path,
) -> None:
    """A home restored from a backup starts a new epoch; the old installation never
    acknowledges again and must not hold back what its key is sent (or what is pruned)."""
    a = make_home(tmp_path / "a", "City of Tampere")
    b = make_home(tmp_path / "b", "Riga Digital Agency")
    befriend(a, b)
    befriend(b, a)
    export_bundle(a, tmp_path / "old.casebook")
    import_bundle(b, tmp_path / "old.casebook")
    a.close()
    shutil.copytree(tmp_path / "a", tmp_path / "moved", copy_function=shutil.copy2)
    shutil.rmtree(tmp_path / "a")
    moved = Catalogue.open(tmp_path / "moved", auto_backup=False)
    moved.add_entry(sample_entry(title="After the move"))  # a new epoch
    b.add_entry(sample_entry(title="From Riga"))
    to_a = export_bundle(b, tmp_path / "to-a.casebook", partner=fingerprint(moved))
    import_bundle(moved, to_a.path)
    export_bundle(moved, tmp_path / "new.casebook")
    import_bundle(b, tmp_path / "new.casebook")
    # The old installation acknowledged neither Riga's revision nor the moved home's.
    assert export_bundle(b, tmp_path / "1.casebook", partner=fingerprint(moved)).revisions == 2
    b.conn.execute(
        "UPDATE acknowledgements SET received_at = '2026-01-01T00:00:00Z' WHERE installation != ?",
        (moved.installation_id,),
    )
    b.conn.commit()
    assert export_bundle(b, tmp_path / "2.casebook", partner=fingerprint(moved)).revisions == 0
    (key,) = [p for p in delivery_status(b, b.installation_id) if p.org == "City of Tampere"]
    assert [i.installation for i in key.installations] == [moved.installation_id]
    for cat in (moved, b):
        cat.close()


def test_a_partner_that_does_not_trust_the_origin_gets_it_relayed_once(tmp_path: Path) -> None:
    """C does not trust A, so it refuses A's files; B (who trusts both) relays A's revision
    as soon as C asks for it (C's first bundle wants what B said it holds). C holds it
    aside and acknowledges it, so B does not send it again."""
    a = make_home(tmp_path / "a", "City of Tampere")
    b = make_home(tmp_path / "b", "Riga Digital Agency")
    c = make_home(tmp_path / "c", "Piemonte Innova")
    for x, y in ((a, b), (b, a), (b, c), (c, b)):
        befriend(x, y)
    shared = tmp_path / "shared"
    shared.mkdir()
    a.add_entry(sample_entry(title="From Tampere"))
    sync_folder(a, shared)
    sync_folder(b, shared)
    written, refused = [], []
    for n in range(4):
        c.add_entry(sample_entry(title=f"Piemonte {n}"))
        refused.append(len(sync_folder(c, shared).refused))
        done = sync_folder(b, shared).exported
        written.append(0 if done is None else done.revisions)
    assert refused == [1, 0, 0, 0]  # A's file, reported once (the folder remembers it)
    assert written == [1, 0, 0, 0]  # relayed once, when C asked
    status = json.loads(ok(tmp_path / "c", "sync", "status", "--json"))
    assert status["held_aside"] == 1
    for cat in (a, b, c):
        cat.close()


# -- prune and status -----------------------------------------------------------------------


def test_prune_deletes_only_own_files_every_trusted_partner_acknowledged(
    trio: list[Catalogue], tmp_path: Path
) -> None:
    a, b, c = trio
    shared = tmp_path / "shared"
    shared.mkdir()
    a.add_entry(sample_entry(title="One"))
    first = sync_folder(a, shared, prune=True).exported
    assert first is not None
    sync_folder(b, shared, prune=True)
    a.add_entry(sample_entry(title="Two"))
    second = sync_folder(a, shared, prune=True)
    assert second.pruned == []  # C has acknowledged nothing yet
    sync_folder(c, shared, prune=True)
    b_files = sorted(p.name for p in shared.iterdir() if "riga" in p.name)
    assert b_files
    third = sync_folder(a, shared, prune=True)
    assert third.pruned == [first.path]  # the newest file stays
    assert not first.path.exists()
    assert sorted(p.name for p in shared.iterdir() if "riga" in p.name) == b_files
    # A newcomer: once A trusts it, A's next pass writes again what it lacks (nothing of
    # the pruned file is on its way to it any more).
    d = make_home(tmp_path / "d", "Bacau")
    for x in (a, b, c):
        befriend(d, x)
        befriend(x, d)
    resent = sync_folder(a, shared).exported
    assert resent is not None
    assert resent.revisions == 1
    sync_folder(d, shared)
    assert sorted(e.title for e in d.list_entries()) == ["One", "Two"]
    d.close()


def test_sync_status_says_per_partner_what_it_lacks(tmp_path: Path) -> None:
    from tests.sync.test_sync_cli import add

    a = make_home(tmp_path / "a", "City of Tampere")
    b = make_home(tmp_path / "b", "Riga digital")
    befriend(a, b)
    befriend(b, a)
    a.close()
    b.close()
    add(tmp_path / "a", tmp_path)
    ok(tmp_path / "b", "sync", "export", "--out", str(tmp_path / "b.casebook"))
    ok(tmp_path / "a", "sync", "import", str(tmp_path / "b.casebook"))
    status = json.loads(ok(tmp_path / "a", "sync", "status", "--json"))
    (riga,) = status["delivery"]
    (inst,) = riga["installations"]
    assert inst["they_lack"] == 1
    assert inst["we_lack"] == 0
    assert inst["bundles"] == 1
    text = ok(tmp_path / "a", "sync", "status")
    assert "Riga digital  (trusted, " in text
    assert "lacks 1 held here; has 0 not held here" in text
