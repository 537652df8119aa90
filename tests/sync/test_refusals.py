"""Every refusal of SYNC.md: the import exits with the right code and changes nothing."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from catalogue.canonical import canonical_bytes
from catalogue.catalogue import Catalogue
from catalogue.revision import make_revision
from sync import (
    BundleRefused,
    KeyProblem,
    Limits,
    export_bundle,
    import_bundle,
    load_identity,
    revoke_partner,
)
from sync.envelope import MANIFEST_TYPE, REVISION_TYPE, b64encode, seal
from tests.conftest import sample_entry

from .homes import befriend, dump, forge, make_home, stored_payloads


@pytest.fixture
def homes(tmp_path: Path) -> Iterator[tuple[Catalogue, Catalogue, Catalogue]]:
    """A (exporter), B (importer, trusts A and C), C (another trusted partner)."""
    a = make_home(tmp_path / "a", "City of Tampere")
    b = make_home(tmp_path / "b", "Riga Digital Agency")
    c = make_home(tmp_path / "c", "Piemonte Innova")
    befriend(b, a)
    befriend(b, c)
    befriend(c, a)
    a.add_entry(sample_entry(title="Permit chatbot"))
    yield a, b, c
    for cat in (a, b, c):
        cat.close()


def refused(b: Catalogue, path: Path, code: str, **kwargs: object) -> BundleRefused:
    """Import must refuse with `code` and leave B's database exactly as it was."""
    before = dump(b)
    with pytest.raises(BundleRefused) as info:
        import_bundle(b, path, **kwargs)  # type: ignore[arg-type]
    assert info.value.code == code, info.value.message
    assert info.value.exit_code == 3
    assert dump(b) == before
    return info.value


def lines_of(path: Path) -> list[bytes]:
    return path.read_bytes().split(b"\n")[:-1]


def write_lines(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    return path


def test_a_good_bundle_is_accepted(homes: tuple[Catalogue, ...], tmp_path: Path) -> None:
    a, b, _ = homes
    export_bundle(a, tmp_path / "a.casebook")
    assert import_bundle(b, tmp_path / "a.casebook").new_revisions == 1


def test_tampered_byte_in_a_revision_payload(homes: tuple[Catalogue, ...], tmp_path: Path) -> None:
    a, b, _ = homes
    path = tmp_path / "a.casebook"
    export_bundle(a, path)
    lines = lines_of(path)
    env = json.loads(lines[1])
    payload = base64.b64decode(env["payload"]).replace(b"Permit", b"Permiz")
    env["payload"] = b64encode(payload)
    lines[1] = canonical_bytes(env)
    error = refused(b, write_lines(path, lines), "E_HASH")
    assert error.line == 2


def test_unknown_key(homes: tuple[Catalogue, ...], tmp_path: Path) -> None:
    _a, b, _ = homes
    stranger = make_home(tmp_path / "s", "Unknown Org")
    stranger.add_entry(sample_entry())
    export_bundle(stranger, tmp_path / "s.casebook")
    stranger.close()
    error = refused(b, tmp_path / "s.casebook", "E_UNKNOWN_KEY")
    assert "partner add" in error.message


def test_added_but_not_yet_trusted_key(homes: tuple[Catalogue, ...], tmp_path: Path) -> None:
    a, _, _ = homes
    d = make_home(tmp_path / "d", "Bacău County Council")
    befriend(d, a, trusted=False)
    export_bundle(a, tmp_path / "a.casebook")
    assert "partner trust" in refused(d, tmp_path / "a.casebook", "E_UNKNOWN_KEY").message
    d.close()


def test_revoked_key_refuses_later_revisions_and_keeps_earlier(
    homes: tuple[Catalogue, ...], tmp_path: Path
) -> None:
    a, b, c = homes
    export_bundle(a, tmp_path / "a1.casebook")
    import_bundle(b, tmp_path / "a1.casebook")
    import_bundle(c, tmp_path / "a1.casebook")
    revoke_partner(b, load_identity(a).fingerprint)
    a.add_entry(sample_entry(title="After the revocation"))
    export_bundle(a, tmp_path / "a2.casebook")
    refused(b, tmp_path / "a2.casebook", "E_REVOKED")
    # Relayed through C, A's later revision is not among those B's revocation keeps: the
    # bundle imports (SYNC.md, amendments: decide per revision) and it is held aside.
    import_bundle(c, tmp_path / "a2.casebook")
    export_bundle(c, tmp_path / "c.casebook")
    assert import_bundle(b, tmp_path / "c.casebook").held_aside == 1
    assert [e.title for e in b.list_entries()] == ["Permit chatbot"]  # earlier ones stay


def test_wrong_signature(homes: tuple[Catalogue, ...], tmp_path: Path) -> None:
    a, b, _ = homes
    a.add_entry(sample_entry(title="Second"))
    path = tmp_path / "a.casebook"
    export_bundle(a, path)
    lines = lines_of(path)
    first, second = json.loads(lines[1]), json.loads(lines[2])
    first["signatures"] = second["signatures"]  # a real signature of the same key, other payload
    lines[1] = canonical_bytes(first)
    assert refused(b, write_lines(path, lines), "E_SIGNATURE").line == 2


def test_manifest_signature_broken(homes: tuple[Catalogue, ...], tmp_path: Path) -> None:
    a, b, _ = homes
    path = tmp_path / "a.casebook"
    export_bundle(a, path)
    lines = lines_of(path)
    env = json.loads(lines[0])
    sig = bytearray(base64.b64decode(env["signatures"][0]["sig"]))
    sig[0] ^= 1
    env["signatures"][0]["sig"] = b64encode(bytes(sig))
    lines[0] = canonical_bytes(env)
    assert refused(b, write_lines(path, lines), "E_SIGNATURE").line == 1


def test_revision_re_signed_by_another_trusted_partner(
    homes: tuple[Catalogue, ...], tmp_path: Path
) -> None:
    a, b, c = homes
    c_id = load_identity(c)
    (payload,) = stored_payloads(a, a.installation_id)
    path = tmp_path / "forged.casebook"
    path.write_bytes(forge(c_id, [(payload, c_id.key)]))
    error = refused(b, path, "E_SIGNATURE")
    assert "not by its origin's key" in error.message


def test_body_swapped_between_revisions(homes: tuple[Catalogue, ...], tmp_path: Path) -> None:
    a, b, c = homes
    a.add_entry(sample_entry(title="Other entry"))
    export_bundle(a, tmp_path / "a.casebook")
    lines = lines_of(tmp_path / "a.casebook")
    one, two = (json.loads(line) for line in lines[1:3])
    p1, p2 = (json.loads(base64.b64decode(e["payload"])) for e in (one, two))
    p1["body"], p2["body"] = p2["body"], p1["body"]
    # C relays them with A's original signatures kept and its own valid manifest.
    swapped = []
    for env, data in ((one, p1), (two, p2)):
        payload = canonical_bytes(data)
        swapped.append(payload)
        env["payload"] = b64encode(payload)
    c_id = load_identity(c)
    bundle = forge(c_id, [(p, None) for p in swapped]).split(b"\n")
    bundle[1], bundle[2] = canonical_bytes(one), canonical_bytes(two)
    path = write_lines(tmp_path / "swapped.casebook", bundle[:-1])
    assert "does not verify" in refused(b, path, "E_SIGNATURE").message
    # And within A's own bundle, the swapped lines no longer hash to what the manifest lists.
    lines[1], lines[2] = canonical_bytes(one), canonical_bytes(two)
    refused(b, write_lines(tmp_path / "a.casebook", lines), "E_HASH")


def test_missing_blob(homes: tuple[Catalogue, ...], tmp_path: Path) -> None:
    a, b, _ = homes
    attachment = tmp_path / "report.pdf"
    attachment.write_bytes(b"%PDF-1.4 evaluation report")
    entry_id = a.list_entries()[0].id
    a.attach_file(entry_id, attachment)
    path = tmp_path / "a.casebook"
    export_bundle(a, path)
    lines = lines_of(path)
    assert json.loads(lines[-1])["blob"] == hashlib.sha256(attachment.read_bytes()).hexdigest()
    refused(b, write_lines(tmp_path / "dropped.casebook", lines[:-1]), "E_MANIFEST")
    # A bundle whose manifest does not list the blob at all (the exporter lacked it).
    a_id = load_identity(a)
    payloads = stored_payloads(a, a.installation_id)
    path = tmp_path / "noblob.casebook"
    path.write_bytes(forge(a_id, [(p, a_id.key) for p in payloads]))
    assert "attachment blob" in refused(b, path, "E_MANIFEST").message


def test_blob_with_wrong_content(homes: tuple[Catalogue, ...], tmp_path: Path) -> None:
    a, b, _ = homes
    a_id = load_identity(a)
    sha = hashlib.sha256(b"real").hexdigest()
    path = tmp_path / "blob.casebook"
    data = forge(a_id, [], blobs={sha: b"real"}).replace(b64encode(b"real").encode(), b"ZmFrZQ==")
    path.write_bytes(data)
    refused(b, path, "E_HASH")


def test_dropped_duplicated_and_extra_lines(homes: tuple[Catalogue, ...], tmp_path: Path) -> None:
    a, b, _ = homes
    a.add_entry(sample_entry(title="Second"))
    path = tmp_path / "a.casebook"
    export_bundle(a, path)
    lines = lines_of(path)
    refused(b, write_lines(tmp_path / "drop.casebook", [lines[0], lines[2]]), "E_MANIFEST")
    refused(b, write_lines(tmp_path / "dup.casebook", [*lines, lines[1]]), "E_MANIFEST")
    refused(
        b, write_lines(tmp_path / "dup2.casebook", [lines[0], lines[1], lines[1]]), "E_MANIFEST"
    )
    refused(b, write_lines(tmp_path / "none.casebook", [lines[0]]), "E_MANIFEST")


def test_every_prefix_truncation_is_refused(homes: tuple[Catalogue, ...], tmp_path: Path) -> None:
    a, b, _ = homes
    path = tmp_path / "a.casebook"
    export_bundle(a, path)
    data = path.read_bytes()
    before = dump(b)
    cut = tmp_path / "cut.casebook"
    for n in range(len(data)):
        cut.write_bytes(data[:n])
        with pytest.raises(BundleRefused):
            import_bundle(b, cut)
    assert dump(b) == before


def test_single_bit_flips_anywhere_are_refused(
    homes: tuple[Catalogue, ...], tmp_path: Path
) -> None:
    a, b, _ = homes
    path = tmp_path / "a.casebook"
    export_bundle(a, path)
    data = path.read_bytes()
    before = dump(b)
    rng = random.Random(8032)
    positions = sorted(rng.sample(range(len(data) * 8), 500))
    flipped = tmp_path / "flip.casebook"
    codes = set()
    for bit in positions:
        changed = bytearray(data)
        changed[bit // 8] ^= 1 << (bit % 8)
        flipped.write_bytes(bytes(changed))
        with pytest.raises(BundleRefused) as info:
            import_bundle(b, flipped)
        codes.add(info.value.code)
    assert dump(b) == before
    assert {"E_PARSE", "E_SIGNATURE", "E_HASH"} <= codes


def test_duplicate_json_keys_floats_and_big_integers(
    homes: tuple[Catalogue, ...], tmp_path: Path
) -> None:
    a, b, _ = homes
    a_id = load_identity(a)
    (payload,) = stored_payloads(a, a.installation_id)
    text = payload.decode()
    bad_payloads = {
        "duplicate": text.replace('"op":"put"', '"op":"put","op":"put"'),
        "float": text.replace(f'"counter":{1}', '"counter":1.0'),
        "big": text.replace('"counter":1', f'"counter":{2**60}'),
    }
    for name, bad in bad_payloads.items():
        assert bad != text, name
        path = tmp_path / f"{name}.casebook"
        path.write_bytes(forge(a_id, [(bad.encode(), a_id.key)]))
        refused(b, path, "E_PARSE")
    # A duplicate key in an envelope line itself.
    export_bundle(a, tmp_path / "a.casebook")
    lines = lines_of(tmp_path / "a.casebook")
    lines[1] = lines[1][:-1] + b',"payloadType":"x"}'
    refused(b, write_lines(tmp_path / "dupkey.casebook", lines), "E_PARSE")


def test_oversize_file_and_line(homes: tuple[Catalogue, ...], tmp_path: Path) -> None:
    a, b, _ = homes
    path = tmp_path / "a.casebook"
    export_bundle(a, path)
    size = path.stat().st_size
    assert refused(b, path, "E_SIZE", limits=Limits(max_file=size - 1)).line == 0
    longest = max(len(line) for line in lines_of(path))
    refused(b, path, "E_SIZE", limits=Limits(max_line=longest - 1))
    refused(b, path, "E_SIZE", limits=Limits(max_revisions=0))


def test_schema_violation_signed_by_a_trusted_key(
    homes: tuple[Catalogue, ...], tmp_path: Path
) -> None:
    a, b, _ = homes
    a_id = load_identity(a)
    bad = make_revision(
        object_id="5b0b6f3e-8f9e-4d7c-9a43-3e1f2b7c9d10",
        content_schema="casebook.entry/1",
        origin=a.installation_id,
        counter=2,
        parents=[],
        op="put",
        body={"title": "No summary, no organisation"},
        author="x",
    )
    path = tmp_path / "schema.casebook"
    path.write_bytes(forge(a_id, [(bad.payload, a_id.key)]))
    assert "summary" in refused(b, path, "E_SCHEMA").message


def test_two_revisions_with_one_counter_are_both_kept_in_a_bundle_and_against_what_is_held(
    homes: tuple[Catalogue, ...], tmp_path: Path
) -> None:
    a, b, _ = homes
    a_id = load_identity(a)
    export_bundle(a, tmp_path / "a.casebook")
    import_bundle(b, tmp_path / "a.casebook")
    (held,) = stored_payloads(a, a.installation_id)
    other = make_revision(
        object_id="5b0b6f3e-8f9e-4d7c-9a43-3e1f2b7c9d10",
        content_schema="casebook.entry/1",
        origin=a.installation_id,
        counter=1,  # the counter of the revision B already holds
        parents=[],
        op="put",
        body=sample_entry(title="A second revision with counter 1"),
        author="x",
    )
    # SYNC.md, amendments (copied homes fork nothing): once refused as equivocation, now
    # both signed revisions are kept and the origin is flagged; nothing else changes.
    path = tmp_path / "fork.casebook"
    path.write_bytes(forge(a_id, [(other.payload, a_id.key)]))
    assert import_bundle(b, path).new_revisions == 1
    assert b.forked_counters() == {a.installation_id: [1]}
    assert hashlib.sha256(held).hexdigest() != other.rev
    fresh = make_home(tmp_path / "fresh", "Fresh")
    befriend(fresh, a)
    path.write_bytes(forge(a_id, [(held, a_id.key), (other.payload, a_id.key)]))
    assert import_bundle(fresh, path).new_revisions == 2
    assert [e.title for e in fresh.list_entries()] == [e.title for e in b.list_entries()]
    fresh.close()


def test_forged_starter_revision_is_refused(homes: tuple[Catalogue, ...], tmp_path: Path) -> None:
    a, b, _ = homes
    fake = make_revision(
        object_id="5b0b6f3e-8f9e-4d7c-9a43-3e1f2b7c9d10",
        content_schema="casebook.entry/1",
        origin="casebook-starter",
        counter=999,
        parents=[],
        op="put",
        body=sample_entry(title="Not a starter entry"),
        author="x",
    )
    a_id = load_identity(a)
    path = tmp_path / "starter.casebook"
    path.write_bytes(forge(a_id, [(fake.payload, None)]))
    refused(b, path, "E_UNKNOWN_KEY")


def test_manifest_with_another_payload_type(homes: tuple[Catalogue, ...], tmp_path: Path) -> None:
    a, b, _ = homes
    a_id = load_identity(a)
    line = seal(REVISION_TYPE, b"{}", a_id.key)
    path = write_lines(tmp_path / "x.casebook", [line])
    refused(b, path, "E_PARSE")
    assert MANIFEST_TYPE != REVISION_TYPE


def test_a_key_file_others_can_read_stops_sync(
    homes: tuple[Catalogue, ...], tmp_path: Path
) -> None:
    a, _b, _ = homes
    key = a.home / "keys" / "ed25519-private.pem"
    assert key.stat().st_mode & 0o777 == 0o600
    key.chmod(0o644)
    with pytest.raises(KeyProblem, match="chmod 600"):
        export_bundle(a, tmp_path / "a.casebook")
    assert not (tmp_path / "a.casebook").exists()


def test_a_held_revision_with_another_signature_is_still_checked(
    homes: tuple[Catalogue, ...], tmp_path: Path
) -> None:
    a, b, c = homes
    export_bundle(a, tmp_path / "a.casebook")
    import_bundle(b, tmp_path / "a.casebook")  # B holds A's revision and its signature now
    c_id = load_identity(c)
    (payload,) = stored_payloads(a, a.installation_id)
    path = tmp_path / "forged.casebook"
    path.write_bytes(forge(c_id, [(payload, c_id.key)]))
    refused(b, path, "E_SIGNATURE")
    again = import_bundle(b, tmp_path / "a.casebook")  # the genuine one: nothing new
    assert (again.already_had, again.new_revisions) == (1, 0)


def test_a_partner_claiming_this_installations_own_id_is_refused(
    homes: tuple[Catalogue, ...], tmp_path: Path
) -> None:
    a, _, _ = homes
    b = Catalogue.open(tmp_path / "no-identity", auto_backup=False)  # has not run identity init
    befriend(b, a)
    a_id = load_identity(a)
    impostor = dataclasses.replace(a_id, installation=b.installation_id)
    forged = make_revision(
        object_id="5b0b6f3e-8f9e-4d7c-9a43-3e1f2b7c9d10",
        content_schema="casebook.entry/1",
        origin=b.installation_id,
        counter=99,
        parents=[],
        op="put",
        body=sample_entry(title="Written in B's name"),
        author="x",
    )
    path = tmp_path / "impostor.casebook"
    path.write_bytes(forge(impostor, [(forged.payload, a_id.key)]))
    assert refused(b, path, "E_UNKNOWN_KEY").line == 1
    b.close()
