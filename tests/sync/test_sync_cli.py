"""`casebook identity | partner | sync` through click's CliRunner, with real homes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.casebook.test_cli import ok, run
from tests.conftest import sample_entry


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """Two homes that know and trust each other, made the way a user would."""
    a, b = tmp_path / "tampere", tmp_path / "riga"
    for home, org in ((a, "City of Tampere"), (b, "Riga Digital Agency")):
        ok(home, "init", "--empty")
        out = ok(home, "identity", "init", "--org", org)
        assert "Fingerprint:" in out
        ok(home, "identity", "export", "--out", str(tmp_path / f"{home.name}.id"))
    for home, other in ((a, b), (b, a)):
        added = json.loads(ok(home, "partner", "add", str(tmp_path / f"{other.name}.id"), "--json"))
        assert added["status"] == "untrusted"
        ok(home, "partner", "trust", added["fingerprint"])
    return a, b


def add(home: Path, tmp_path: Path, **fields: str) -> str:
    path = tmp_path / "entry.json"
    path.write_text(json.dumps(sample_entry(**fields)), "utf-8")
    return ok(home, "add", "--file", str(path)).strip()


def test_identity_show_groups_the_fingerprint_in_fours(pair: tuple[Path, Path]) -> None:
    a, _ = pair
    shown = json.loads(ok(a, "identity", "show", "--json"))
    groups = shown["fingerprint"].split(" ")
    assert len(groups) == 10
    assert all(len(g) == 4 for g in groups)
    assert shown["fingerprint"] in ok(a, "identity", "show")


def test_identity_init_twice_and_show_without_identity(tmp_path: Path) -> None:
    home = tmp_path / "h"
    ok(home, "identity", "init", "--org", "X")
    again = run(home, "identity", "init", "--org", "Y")
    assert again.exit_code == 1
    assert "already has an identity" in again.output
    bare = run(tmp_path / "bare", "identity", "show")
    assert bare.exit_code == 1
    assert "identity init" in bare.output


def test_partner_list_and_bad_fingerprints(pair: tuple[Path, Path], tmp_path: Path) -> None:
    a, _ = pair
    listed = json.loads(ok(a, "partner", "list", "--json"))
    assert [(p["org"], p["status"]) for p in listed] == [("Riga Digital Agency", "trusted")]
    assert "trusted" in ok(a, "partner", "list")
    unknown = run(a, "partner", "trust", "0000 0000 0000")
    assert unknown.exit_code == 1
    assert "no partner" in unknown.output
    broken = tmp_path / "broken.id"
    broken.write_text('{"type": "casebook.identity/1", "org": "X"}', "utf-8")
    result = run(a, "partner", "add", str(broken))
    assert result.exit_code == 1
    assert "error:" in result.output
    assert "Traceback" not in result.output


def test_export_import_reimport_dry_run(pair: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = pair
    entry_id = add(a, tmp_path, title="Permit chatbot")
    bundle = str(tmp_path / "a.casebook")
    assert "1 revision," in ok(a, "sync", "export", "--out", bundle, "--all")
    dry = ok(b, "sync", "import", bundle, "--dry-run")
    assert "Would import 1 new revision from" in dry
    assert json.loads(ok(b, "list", "--json")) == []
    assert "Imported 1 new revision from" in ok(b, "sync", "import", bundle)
    assert "Already have all 1 revisions" in ok(b, "sync", "import", bundle)
    assert ok(b, "list", "--json") == ok(a, "list", "--json")
    summary = json.loads(ok(b, "sync", "import", bundle, "--json"))
    assert summary["already_had"] == 1
    assert summary["new_revisions"] == 0
    assert entry_id[:8] in ok(b, "list")


def test_a_tampered_bundle_exits_3_with_the_code_and_line(
    pair: tuple[Path, Path], tmp_path: Path
) -> None:
    a, b = pair
    add(a, tmp_path)
    path = tmp_path / "a.casebook"
    ok(a, "sync", "export", "--out", str(path))
    data = bytearray(path.read_bytes())
    data[-20] ^= 0x01
    path.write_bytes(bytes(data))
    result = run(b, "sync", "import", str(path))
    assert result.exit_code == 3
    assert "line 2" in result.output
    assert "nothing was imported" in result.output
    assert "Traceback" not in result.output


def test_since_last_then_conflict_then_resolve(pair: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = pair
    entry_id = add(a, tmp_path)
    a_fp = json.loads(ok(a, "identity", "show", "--json"))["fingerprint"]
    b_fp = json.loads(ok(b, "identity", "show", "--json"))["fingerprint"]
    ok(a, "sync", "export", "--out", str(tmp_path / "1.casebook"), "--since-last", b_fp)
    ok(b, "sync", "import", str(tmp_path / "1.casebook"))
    ok(a, "edit", entry_id[:8], "--set", "status=in_use")
    ok(b, "edit", entry_id[:8], "--set", "status=retired")
    out = ok(b, "sync", "export", "--out", str(tmp_path / "3.casebook"), "--since-last", a_fp)
    assert "1 revision," in out  # only B's edit: A acknowledged the rest in 1.casebook
    ok(a, "sync", "import", str(tmp_path / "3.casebook"))
    out = ok(a, "sync", "export", "--out", str(tmp_path / "2.casebook"), "--since-last", b_fp)
    assert "1 revision," in out  # only the edit: B acknowledged the rest in 3.casebook
    assert "1 conflict." in ok(b, "sync", "import", str(tmp_path / "2.casebook"))
    assert ok(a, "list", "--json") == ok(b, "list", "--json")
    conflicts = json.loads(ok(a, "sync", "conflicts", "--json"))
    assert [c["id"] for c in conflicts] == [entry_id]
    assert conflicts[0]["fields"] == ["status"]
    shown = ok(a, "sync", "conflicts")
    assert "1 conflict" in shown
    # Who wrote each version, by organisation, and the values that differ (old → new).
    assert "City of Tampere" in shown
    assert "Riga Digital Agency" in shown
    values = {h["body"]["status"] for h in conflicts[0]["heads"]}
    assert values == {"in_use", "retired"}
    first = next(h for h in conflicts[0]["heads"] if h["shown"])["body"]["status"]
    other = ({"in_use", "retired"} - {first}).pop()
    assert f"status: {first} → {other}" in shown
    assert {h["org"] for h in conflicts[0]["heads"]} == {"City of Tampere", "Riga Digital Agency"}
    usage = run(a, "sync", "resolve", entry_id[:8])
    assert usage.exit_code == 2
    assert "--keep" in usage.output
    keep = next(h for h in conflicts[0]["heads"] if not h["shown"])
    assert "Updated entry" in ok(a, "sync", "resolve", entry_id[:8], "--keep", keep["rev"][:10])
    assert json.loads(ok(a, "sync", "conflicts", "--json")) == []
    assert (
        json.loads(ok(a, "show", entry_id, "--json"))["entry"]["status"] == keep["body"]["status"]
    )


def test_resolve_with_a_merged_file(pair: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = pair
    entry_id = add(a, tmp_path)
    ok(a, "sync", "export", "--out", str(tmp_path / "1.casebook"))
    ok(b, "sync", "import", str(tmp_path / "1.casebook"))
    ok(a, "edit", entry_id[:8], "--set", "status=in_use")
    ok(b, "edit", entry_id[:8], "--set", "location.city=Jurmala")
    ok(b, "sync", "export", "--out", str(tmp_path / "2.casebook"))
    ok(a, "sync", "import", str(tmp_path / "2.casebook"))
    merged = tmp_path / "merged.json"
    shown = json.loads(ok(a, "show", entry_id, "--json"))
    shown["entry"].update(status="in_use", location={"country": "LV", "city": "Jurmala"})
    merged.write_text(json.dumps(shown), "utf-8")
    ok(a, "sync", "resolve", entry_id[:8], "--file", str(merged))
    final = json.loads(ok(a, "show", entry_id, "--json"))
    assert final["conflict"] is False
    assert (final["entry"]["status"], final["entry"]["location"]["city"]) == ("in_use", "Jurmala")


def test_revoke_refuses_new_bundles_with_exit_3(pair: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = pair
    add(a, tmp_path, title="Before")
    ok(a, "sync", "export", "--out", str(tmp_path / "1.casebook"))
    ok(b, "sync", "import", str(tmp_path / "1.casebook"))
    a_fp = json.loads(ok(a, "identity", "show", "--json"))["fingerprint"]
    assert "Revoked City of Tampere" in ok(b, "partner", "revoke", a_fp)
    add(a, tmp_path, title="After")
    ok(a, "sync", "export", "--out", str(tmp_path / "2.casebook"))
    result = run(b, "sync", "import", str(tmp_path / "2.casebook"))
    assert result.exit_code == 3
    assert "E_REVOKED" in result.output
    assert [e["title"] for e in json.loads(ok(b, "list", "--json"))] == ["Before"]
    assert run(b, "partner", "trust", a_fp).exit_code == 1  # revoked stays revoked


def test_a_world_readable_key_stops_sync(pair: tuple[Path, Path], tmp_path: Path) -> None:
    a, _ = pair
    (a / "keys" / "ed25519-private.pem").chmod(0o640)
    result = run(a, "sync", "export", "--out", str(tmp_path / "x.casebook"))
    assert result.exit_code == 1
    assert "chmod 600" in result.output
    assert not (tmp_path / "x.casebook").exists()


def test_import_updates_the_keyword_index(pair: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = pair
    add(a, tmp_path, title="Snowplough route optimiser")
    ok(b, "search", "chatbot", "--mode", "keyword")  # builds B's keyword index
    ok(a, "sync", "export", "--out", str(tmp_path / "a.casebook"))
    ok(b, "sync", "import", str(tmp_path / "a.casebook"))
    from catalogue.catalogue import Catalogue
    from search.keyword import KeywordIndex

    with Catalogue.open(b, auto_backup=False) as cat:
        index = KeywordIndex(b / "index" / "keyword")
        try:
            assert index.recorded_state() == cat.view_state()
        finally:
            index.close()
    found = json.loads(ok(b, "search", "snowplough", "--mode", "keyword", "--json"))
    assert [r["title"] for r in found["results"]] == ["Snowplough route optimiser"]


def test_sync_status(pair: tuple[Path, Path]) -> None:
    a, _ = pair
    info = json.loads(ok(a, "sync", "status", "--json"))
    assert info["partners"] == {"trusted": 1, "untrusted": 0, "revoked": 0}
    assert info["identity"]["org"] == "City of Tampere"
    assert "Conflicts  0" in ok(a, "sync", "status")


def test_adding_your_own_identity_file_is_refused(pair: tuple[Path, Path], tmp_path: Path) -> None:
    a, _ = pair
    result = run(a, "partner", "add", str(tmp_path / "tampere.id"))
    assert result.exit_code == 1
    assert "own identity file" in result.output


def test_status_shows_the_identity(pair: tuple[Path, Path], tmp_path: Path) -> None:
    a, _ = pair
    me = json.loads(ok(a, "identity", "show", "--json"))
    info = json.loads(ok(a, "status", "--json"))["identity"]
    assert info == {"org": "City of Tampere", "fingerprint": me["fingerprint"]}
    assert me["fingerprint"] in ok(a, "status")
    (a / "keys" / "ed25519-private.pem").chmod(0o644)
    assert "chmod 600" in json.loads(ok(a, "status", "--json"))["identity"]["problem"]
    assert json.loads(ok(tmp_path / "none", "status", "--json"))["identity"] is None


def test_sync_folder_pass(pair: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = pair
    shared = tmp_path / "shared"
    shared.mkdir()
    add(a, tmp_path, title="Through the folder")
    assert "Wrote" in ok(a, "sync", "folder", str(shared))
    assert "Nothing new" in ok(a, "sync", "folder", str(shared))
    assert "1 new revision from City of Tampere" in ok(b, "sync", "folder", str(shared))
    assert ok(a, "list", "--json") == ok(b, "list", "--json")
    (shared / "bad.casebook").write_bytes(b"{}\n")
    result = run(b, "sync", "folder", str(shared))
    assert result.exit_code == 3
    assert "bad.casebook: refused: E_PARSE" in result.output
