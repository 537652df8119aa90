"""Issue 14: what a careless or dishonest partner (or a partner's IT department) tried, and
what each attempt now gets. Each test is named by what it proves."""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from catalogue import collection
from catalogue.canonical import canonical_bytes
from catalogue.catalogue import Catalogue
from catalogue.revision import make_revision
from sync import BundleRefused, export_bundle, import_bundle, load_identity
from sync.envelope import b64encode
from tests.casebook.test_cli import ok, run
from tests.conftest import sample_entry

from .homes import befriend, dump, forge, make_home, view_json

HOSTILE = (
    "Permit \x1b[31mred\x1b[0m \x1b]0;window title\x07 \x1b[2J\x1b[8mhidden\x1b[28m "
    "\u202egnp.exe \u2066isolated\u2069 \x9b31m"
)
RAW = ("\x1b", "\x07", "\u202e", "\u2066", "\u2069", "\x9b")


def assert_no_raw_controls(out: str) -> None:
    assert not any(c in out for c in RAW), repr(out)


@pytest.fixture
def homes(tmp_path: Path) -> Iterator[tuple[Catalogue, Catalogue]]:
    """A (a trusted partner) and B (which trusts A)."""
    a = make_home(tmp_path / "a", "City of Tampere")
    b = make_home(tmp_path / "b", "Riga Digital Agency")
    befriend(b, a)
    yield a, b
    for cat in (a, b):
        cat.close()


# -- 8: terminals are untrusted output ------------------------------------------------------


def test_terminal_escapes_and_bidi_overrides_in_titles_are_shown_visibly(
    tmp_path: Path,
) -> None:
    home = tmp_path / "h"
    ok(home, "init", "--empty")
    path = tmp_path / "entry.json"
    entry = sample_entry(title=HOSTILE, summary=HOSTILE)
    entry["organisation"] = {"name": HOSTILE, "type": "municipality"}
    path.write_text(json.dumps(entry), "utf-8")
    entry_id = ok(home, "add", "--file", str(path)).strip()
    for args in (("list",), ("show", entry_id)):
        out = ok(home, *args)
        assert_no_raw_controls(out)
        assert "\\x1b[31m" in out
        assert args == ("list",) or "\\u202egnp.exe" in out
    # --json prints the value itself, escaped by JSON.
    assert json.loads(ok(home, "show", entry_id, "--json"))["entry"]["title"] == HOSTILE


def test_an_identity_file_with_control_characters_in_its_organisation_is_refused(
    tmp_path: Path,
) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    ok(a, "identity", "init", "--org", "City of Tampere")
    ok(b, "identity", "init", "--org", "Riga")
    ok(a, "identity", "export", "--out", str(tmp_path / "a.id"))
    genuine = json.loads((tmp_path / "a.id").read_text("utf-8"))
    forged_line = "City of Tampere\nFingerprint: 0000 0000 0000 0000 0000 0000 0000 0000 0000 0000"
    for org in (forged_line, "City \x1b[8mof\x1b[28m Tampere", "\u202eerepmaT fo ytiC"):
        (tmp_path / "forged.id").write_bytes(canonical_bytes({**genuine, "org": org}))
        result = run(b, "partner", "add", str(tmp_path / "forged.id"))
        assert result.exit_code == 1, result.output
        assert "control" in result.output
        assert_no_raw_controls(result.output)
        assert "\nFingerprint: 0000" not in result.output
    refused = run(b, "identity", "init", "--org", "X\x1b[2J")
    assert refused.exit_code == 1
    assert_no_raw_controls(refused.output)


def test_partner_list_shows_stored_control_characters_visibly(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    ok(a, "identity", "init", "--org", "City of Tampere")
    ok(b, "identity", "init", "--org", "Riga")
    ok(a, "identity", "export", "--out", str(tmp_path / "a.id"))
    ok(b, "partner", "add", str(tmp_path / "a.id"))
    # A trust list written by an earlier Casebook, which accepted any organisation name.
    with sqlite3.connect(b / "casebook.db") as conn:
        conn.execute("UPDATE partners SET org = ? WHERE status != 'self'", (HOSTILE,))
    conn.close()
    for args in (("partner", "list"), ("partner", "add", str(tmp_path / "a.id"))):
        out = ok(b, *args)
        assert_no_raw_controls(out)
        assert "\\x1b" in out


# -- 6: an object has one kind forever ------------------------------------------------------


def test_a_collection_revision_on_an_entrys_id_is_refused_and_check_finds_one(
    homes: tuple[Catalogue, Catalogue], tmp_path: Path
) -> None:
    a, b = homes
    entry_id = a.add_entry(sample_entry(title="Permit chatbot")).added[0]
    export_bundle(a, tmp_path / "a.casebook")
    import_bundle(b, tmp_path / "a.casebook")
    a_id = load_identity(a)
    (head,) = [h.rev for h in a.history(entry_id) if h.head]
    hijack = make_revision(
        object_id=entry_id,
        content_schema=collection.CONTENT_SCHEMA,
        origin=a.installation_id,
        counter=2,
        parents=[head],
        op="put",
        body=collection.validate_collection({"name": "Hijack", "items": []}),
        author="mallory",
    )
    path = tmp_path / "hijack.casebook"
    path.write_bytes(forge(a_id, [(hijack.payload, a_id.key)]))
    before = dump(b)
    with pytest.raises(BundleRefused) as info:
        import_bundle(b, path)
    assert info.value.code == "E_SCHEMA"
    assert "kind" in info.value.message
    assert dump(b) == before
    # Both in one bundle, to an installation that holds neither: refused too.
    fresh = make_home(tmp_path / "fresh", "Fresh")
    befriend(fresh, a)
    (first,) = [bytes(p) for (p,) in a.conn.execute("SELECT payload FROM revisions")]
    path.write_bytes(forge(a_id, [(first, a_id.key), (hijack.payload, a_id.key)]))
    with pytest.raises(BundleRefused) as info:
        import_bundle(fresh, path)
    assert info.value.code == "E_SCHEMA"
    fresh.close()
    # A catalogue that took one in before (an older Casebook): `check` names it.
    b.conn.execute(
        "INSERT INTO revisions (rev, object_id, content_schema, origin, counter, op, parents, "
        "authored_at, author, payload, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            hijack.rev,
            entry_id,
            hijack.content_schema,
            hijack.origin,
            hijack.counter,
            "put",
            json.dumps(list(hijack.parents)),
            hijack.authored_at,
            hijack.author,
            hijack.payload,
            "2026-12-01T00:00:00Z",
        ),
    )
    b.rebuild_view()
    assert any("kind" in p and entry_id in p for p in b.check())


# -- 7: nothing unlisted written, manifest fields validated ---------------------------------


def test_blobs_no_accepted_revision_references_are_not_written(
    homes: tuple[Catalogue, Catalogue], tmp_path: Path
) -> None:
    a, b = homes
    a_id = load_identity(a)
    junk = b"not an attachment of anything" * 100
    sha = hashlib.sha256(junk).hexdigest()
    path = tmp_path / "blobs.casebook"
    path.write_bytes(forge(a_id, [], blobs={sha: junk}))
    summary = import_bundle(b, path)
    assert not summary.wrote
    assert summary.new_blobs == 0
    assert not b.blobs.has(sha)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("bundle_id", "x" * 700_000),
        ("bundle_id", "not a uuid"),
        ("created_at", "not a time"),
        ("since", {"x" * 5000: 1}),
    ],
)
def test_manifest_fields_out_of_format_are_refused(
    homes: tuple[Catalogue, Catalogue], tmp_path: Path, field: str, value: object
) -> None:
    a, b = homes
    a_id = load_identity(a)
    path = tmp_path / "m.casebook"
    path.write_bytes(forge(a_id, [], manifest={field: value}))
    before = dump(b)
    with pytest.raises(BundleRefused) as info:
        import_bundle(b, path)
    assert info.value.code == "E_MANIFEST"
    assert field in info.value.message
    assert dump(b) == before


def test_a_revision_whose_authored_at_is_not_a_time_is_refused(
    homes: tuple[Catalogue, Catalogue], tmp_path: Path
) -> None:
    a, b = homes
    a_id = load_identity(a)
    bad = make_revision(
        object_id="5b0b6f3e-8f9e-4d7c-9a43-3e1f2b7c9d10",
        content_schema="casebook.entry/1",
        origin=a.installation_id,
        counter=1,
        parents=[],
        op="put",
        body=sample_entry(),
        author="x",
        authored_at="not a time",
    )
    path = tmp_path / "t.casebook"
    path.write_bytes(forge(a_id, [(bad.payload, a_id.key)]))
    before = dump(b)
    with pytest.raises(BundleRefused) as info:
        import_bundle(b, path)
    assert info.value.code == "E_SCHEMA"
    assert "authored_at" in info.value.message
    assert dump(b) == before


# -- 1: an installation belongs to the key that signs for it --------------------------------


def test_a_partners_bundle_naming_another_partners_installation_binds_nothing(
    tmp_path: Path,
) -> None:
    a = make_home(tmp_path / "a", "City of Tampere")
    m = make_home(tmp_path / "m", "Mallory Consulting")
    b = make_home(tmp_path / "b", "Riga Digital Agency")
    befriend(b, m)  # B trusts M and does not know A yet
    a.add_entry(sample_entry(title="Permit chatbot"))
    export_bundle(a, tmp_path / "a.casebook")
    m.add_entry(sample_entry(title="Mallory's entry"))
    m_id = load_identity(m)
    (m_payload,) = [bytes(p) for (p,) in m.conn.execute("SELECT payload FROM revisions")]
    claim = {
        "exporter": {
            "org": m_id.org,
            "installation": load_identity(a).installation,
            "key": b64encode(m_id.public_key),
        }
    }
    path = tmp_path / "m.casebook"
    path.write_bytes(forge(m_id, [(m_payload, m_id.key)], manifest=claim))
    with contextlib.suppress(BundleRefused):  # refusing the claim is as good as ignoring it
        import_bundle(b, path)
    befriend(b, a)
    assert import_bundle(b, tmp_path / "a.casebook").new_revisions == 1
    assert "Permit chatbot" in [e.title for e in b.list_entries()]
    for cat in (a, m, b):
        cat.close()


def test_an_identity_file_claiming_another_keys_installation_is_refused_and_remove_undoes(
    tmp_path: Path,
) -> None:
    a, m, b = tmp_path / "a", tmp_path / "m", tmp_path / "b"
    for home, org in ((a, "City of Tampere"), (m, "Mallory Consulting"), (b, "Riga")):
        ok(home, "init", "--empty")
        ok(home, "identity", "init", "--org", org)
        ok(home, "identity", "export", "--out", str(tmp_path / f"{home.name}.id"))
    genuine = json.loads((tmp_path / "a.id").read_text("utf-8"))
    mallory = json.loads((tmp_path / "m.id").read_text("utf-8"))
    forged = {**mallory, "installation": genuine["installation"]}
    forged.pop("statement", None)
    (tmp_path / "forged.id").write_bytes(canonical_bytes(forged))
    result = run(b, "partner", "add", str(tmp_path / "forged.id"))
    assert result.exit_code == 1, result.output
    # Mallory's own file is added; `partner remove` takes it off again, and A is added.
    added = json.loads(ok(b, "partner", "add", str(tmp_path / "m.id"), "--json"))
    removed = json.loads(ok(b, "partner", "remove", added["fingerprint"], "--json"))
    assert removed["fingerprint"] == added["fingerprint"]
    assert json.loads(ok(b, "partner", "list", "--json")) == []
    ok(b, "partner", "add", str(tmp_path / "a.id"))
    assert run(b, "partner", "remove", "0000000000").exit_code != 0


# -- 5: decide per revision; refuse a bundle only for its own faults -----------------------


def test_a_relays_bundle_imports_and_holds_aside_revisions_of_an_origin_not_yet_trusted(
    tmp_path: Path,
) -> None:
    a = make_home(tmp_path / "a", "City of Tampere")
    c = make_home(tmp_path / "c", "Piemonte Innova")
    b = make_home(tmp_path / "b", "Riga Digital Agency")
    befriend(c, a)
    befriend(b, c)  # B trusts the relay C, and does not know A yet
    a.add_entry(sample_entry(title="Permit chatbot"))
    export_bundle(a, tmp_path / "a.casebook")
    import_bundle(c, tmp_path / "a.casebook")
    c.add_entry(sample_entry(title="Parking scan cars"))
    export_bundle(c, tmp_path / "c.casebook")
    summary = import_bundle(b, tmp_path / "c.casebook")
    assert summary.new_revisions == 1
    assert summary.held_aside == 1
    assert [e.title for e in b.list_entries()] == ["Parking scan cars"]
    assert run(tmp_path / "b", "sync", "status", "--json").exit_code == 0
    status = json.loads(ok(tmp_path / "b", "sync", "status", "--json"))
    assert status["held_aside"] == 1
    assert "Held aside 1 " in ok(tmp_path / "b", "sync", "status")
    # Again: nothing written.
    again = import_bundle(b, tmp_path / "c.casebook")
    assert not again.wrote
    assert again.held_aside == 0
    # Trusting A applies what was held aside.
    befriend(b, a)
    assert sorted(e.title for e in b.list_entries()) == ["Parking scan cars", "Permit chatbot"]
    assert json.loads(ok(tmp_path / "b", "sync", "status", "--json"))["held_aside"] == 0
    assert b.check() == []
    for cat in (a, c, b):
        cat.close()


# -- 2 and 3: revocation is a signed list of the revisions that stay ------------------------


def _forged_revision(
    cat: Catalogue, counter: int, title: str, parents: tuple[str, ...] = ()
) -> bytes:
    return make_revision(
        object_id=str(uuid.uuid4()),
        content_schema="casebook.entry/1",
        origin=cat.installation_id,
        counter=counter,
        parents=parents,
        op="put",
        body=sample_entry(title=title),
        author="mallory",
    ).payload


def test_a_huge_counter_before_revocation_lets_no_later_revision_through(
    tmp_path: Path,
) -> None:
    a = make_home(tmp_path / "a", "Careless Partner")
    b = make_home(tmp_path / "b", "Riga Digital Agency")
    c = make_home(tmp_path / "c", "Piemonte Innova")
    befriend(b, a)
    befriend(b, c)
    befriend(c, a)
    a_id = load_identity(a)
    before = [_forged_revision(a, 1, "Fair entry"), _forged_revision(a, 2**53 - 1, "Big counter")]
    (tmp_path / "a1.casebook").write_bytes(forge(a_id, [(p, a_id.key) for p in before]))
    import_bundle(b, tmp_path / "a1.casebook")
    import_bundle(c, tmp_path / "a1.casebook")
    from sync import revoke_partner

    revoke_partner(b, a_id.fingerprint)
    later = _forged_revision(a, 3, "After the revocation")
    (tmp_path / "a2.casebook").write_bytes(forge(a_id, [(later, a_id.key)]))
    import_bundle(c, tmp_path / "a2.casebook")
    export_bundle(c, tmp_path / "c.casebook")
    import_bundle(b, tmp_path / "c.casebook")  # relayed: held aside, not refused
    titles = sorted(e.title for e in b.list_entries())
    assert titles == ["Big counter", "Fair entry"]
    assert b.check() == []
    for cat in (a, b, c):
        cat.close()


def test_installations_revoking_one_key_at_different_moments_agree(tmp_path: Path) -> None:
    a = make_home(tmp_path / "a", "Careless Partner")
    b = make_home(tmp_path / "b", "Riga Digital Agency")
    c = make_home(tmp_path / "c", "Piemonte Innova")
    for x, y in ((b, a), (c, a), (b, c), (c, b)):
        befriend(x, y)
    a.add_entry(sample_entry(title="First"))
    export_bundle(a, tmp_path / "a1.casebook")
    a.add_entry(sample_entry(title="Second"))
    export_bundle(a, tmp_path / "a2.casebook")
    import_bundle(b, tmp_path / "a1.casebook")
    import_bundle(c, tmp_path / "a1.casebook")
    import_bundle(c, tmp_path / "a2.casebook")
    from sync import revoke_partner

    fp = load_identity(a).fingerprint
    revoke_partner(b, fp)  # B holds one revision of A
    revoke_partner(c, fp)  # C holds two
    export_bundle(b, tmp_path / "b.casebook")
    export_bundle(c, tmp_path / "c.casebook")
    import_bundle(b, tmp_path / "c.casebook")
    import_bundle(c, tmp_path / "b.casebook")
    assert view_json(b) == view_json(c)
    assert sorted(e.title for e in b.list_entries()) == ["First", "Second"]
    # A's later revisions reach neither, whoever relays them.
    a.add_entry(sample_entry(title="Third"))
    export_bundle(a, tmp_path / "a3.casebook")
    with pytest.raises(BundleRefused):
        import_bundle(b, tmp_path / "a3.casebook")
    for cat in (a, b, c):
        cat.close()


# -- 4: copied homes fork nothing ------------------------------------------------------------


def test_a_home_copied_to_a_second_laptop_starts_a_new_epoch(tmp_path: Path) -> None:
    a = make_home(tmp_path / "a", "City of Tampere")
    b = make_home(tmp_path / "b", "Riga Digital Agency")
    befriend(b, a)
    a.add_entry(sample_entry(title="Before the copy"))
    a.close()
    shutil.copytree(tmp_path / "a", tmp_path / "laptop2", copy_function=shutil.copy2)  # cp -a
    first = Catalogue.open(tmp_path / "a", auto_backup=False)
    second = Catalogue.open(tmp_path / "laptop2", auto_backup=False)
    again = Catalogue.open(tmp_path / "laptop2", auto_backup=False)  # a second window
    first.add_entry(sample_entry(title="On the first laptop"))
    second.add_entry(sample_entry(title="On the second laptop"))
    assert first.installation_id != second.installation_id
    again.add_entry(sample_entry(title="On the second laptop, other window"))
    assert again.installation_id == second.installation_id  # one epoch per copy
    again.close()
    export_bundle(first, tmp_path / "1.casebook")
    export_bundle(second, tmp_path / "2.casebook")
    import_bundle(b, tmp_path / "1.casebook")
    import_bundle(b, tmp_path / "2.casebook")
    assert sorted(e.title for e in b.list_entries()) == [
        "Before the copy",
        "On the first laptop",
        "On the second laptop",
        "On the second laptop, other window",
    ]
    for cat in (first, second, b):
        assert cat.check() == []
        cat.close()


def test_revisions_already_forked_are_both_kept_as_one_conflict_and_flagged(
    tmp_path: Path,
) -> None:
    a = make_home(tmp_path / "a", "City of Tampere")
    b = make_home(tmp_path / "b", "Riga Digital Agency")
    c = make_home(tmp_path / "c", "Piemonte Innova")
    befriend(b, a)
    befriend(c, a)
    entry_id = a.add_entry(sample_entry(title="Permit chatbot")).added[0]
    (root,) = [bytes(p) for (p,) in a.conn.execute("SELECT payload FROM revisions")]
    root_rev = hashlib.sha256(root).hexdigest()
    a_id = load_identity(a)

    def edit(title: str, counter: int, object_id: str = entry_id) -> bytes:
        return make_revision(
            object_id=object_id,
            content_schema="casebook.entry/1",
            origin=a.installation_id,
            counter=counter,
            parents=[root_rev] if object_id == entry_id else [],
            op="put",
            body=sample_entry(title=title),
            author="a copy",
        ).payload

    # Two copies of A's home (made before copies were detected) both signed counter 2.
    one = [edit("Edited on laptop one", 2), edit("Laptop one, later", 3, str(uuid.uuid4()))]
    two = [edit("Edited on laptop two", 2), edit("Laptop two, later", 4, str(uuid.uuid4()))]
    (tmp_path / "1.casebook").write_bytes(
        forge(a_id, [(root, a_id.key), *((p, a_id.key) for p in one)])
    )
    (tmp_path / "2.casebook").write_bytes(
        forge(a_id, [(root, a_id.key), *((p, a_id.key) for p in two)])
    )
    import_bundle(b, tmp_path / "1.casebook")
    summary = import_bundle(b, tmp_path / "2.casebook")  # not refused: the rest imports too
    assert summary.new_revisions == 2
    import_bundle(c, tmp_path / "2.casebook")
    import_bundle(c, tmp_path / "1.casebook")
    assert view_json(b) == view_json(c)
    titles = sorted(e.title for e in b.list_entries())
    assert {"Laptop one, later", "Laptop two, later"} <= set(titles)
    conflicted = [e for e in b.list_entries() if e.conflict]
    assert [e.id for e in conflicted] == [entry_id]
    status = json.loads(ok(tmp_path / "b", "sync", "status", "--json"))
    assert status["forked_origins"] == {a.installation_id: [2]}
    assert f"Forked     {a.installation_id}: two revisions signed with counter 2" in ok(
        tmp_path / "b", "sync", "status"
    )
    # Relayed to an installation that trusts A only later: held aside, then both applied.
    d = make_home(tmp_path / "d", "Bacău County Council")
    befriend(d, c)
    export_bundle(c, tmp_path / "c.casebook")
    assert import_bundle(d, tmp_path / "c.casebook").held_aside == 5
    befriend(d, a)
    assert view_json(d) == view_json(b)
    d.close()
    for cat in (a, b, c):
        assert cat.check() == []
        cat.close()
