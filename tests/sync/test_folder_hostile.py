"""Issue 15: a shared folder is untrusted input (SYNC.md, amendments). Each test puts one
thing a partner's machine, a sync tool or an attacker can leave in the folder beside a
good bundle, and proves that the pass finishes, imports the good bundle and says what it
skipped, once."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from catalogue.catalogue import Catalogue
from sync import Limits, export_bundle, folder_scan, sync_folder
from tests.casebook.test_cli import run
from tests.conftest import sample_entry

from .homes import befriend, make_home

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Catalogue, Catalogue, Path]]:
    """A (with one entry, exported into the shared folder as `good.casebook`) and B, which
    trusts A, and the folder."""
    a = make_home(tmp_path / "a", "City of Tampere")
    b = make_home(tmp_path / "b", "Riga Digital Agency")
    befriend(b, a)
    befriend(a, b)
    shared = tmp_path / "shared"
    shared.mkdir()
    a.add_entry(sample_entry(title="Through the folder"))
    export_bundle(a, shared / "good.casebook")
    yield a, b, shared
    for cat in (a, b):
        cat.close()


def names(found: list[tuple[Path, str]]) -> list[str]:
    return sorted(p.name for p, _ in found)


def test_a_directory_named_like_a_bundle_is_skipped(
    pair: tuple[Catalogue, Catalogue, Path],
) -> None:
    _, b, shared = pair
    (shared / "x.casebook").mkdir()
    done = sync_folder(b, shared, export=False)
    assert [p.name for p, _ in done.imported] == ["good.casebook"]
    assert names(done.refused) == ["x.casebook"]
    assert "not a regular file" in done.refused[0][1]
    assert sync_folder(b, shared, export=False).refused == []  # reported once


def test_a_dangling_symlink_is_skipped(pair: tuple[Catalogue, Catalogue, Path]) -> None:
    _, b, shared = pair
    (shared / "gone.casebook").symlink_to(shared / "nowhere")
    done = sync_folder(b, shared, export=False)
    assert [p.name for p, _ in done.imported] == ["good.casebook"]
    assert names(done.refused) == ["gone.casebook"]
    assert "symbolic link" in done.refused[0][1]


def test_a_symlink_to_a_good_bundle_is_not_followed(
    pair: tuple[Catalogue, Catalogue, Path], tmp_path: Path
) -> None:
    _, b, shared = pair
    outside = tmp_path / "outside.casebook"
    shutil.move(shared / "good.casebook", outside)
    (shared / "link.casebook").symlink_to(outside)
    done = sync_folder(b, shared, export=False)
    assert done.imported == []
    assert names(done.refused) == ["link.casebook"]


def _pass_in_child(home: Path, shared: Path, timeout: float = 60) -> str:
    """A pass in a child process with at most 1 GiB of address space: a pass that reads
    without bound dies of MemoryError there instead of taking the machine's memory, and one
    that blocks is killed at `timeout`."""
    code = textwrap.dedent(
        f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))
        from catalogue.catalogue import Catalogue
        from sync import sync_folder
        cat = Catalogue.open({str(home)!r}, author="b", auto_backup=False)
        done = sync_folder(cat, __import__("pathlib").Path({str(shared)!r}), export=False)
        print("imported", sorted(p.name for p, _ in done.imported))
        print("refused", sorted(p.name for p, _ in done.refused))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_a_symlink_to_dev_zero_is_not_read(pair: tuple[Catalogue, Catalogue, Path]) -> None:
    _, b, shared = pair
    (shared / "zero.casebook").symlink_to("/dev/zero")
    b.close()
    out = _pass_in_child(b.home, shared)
    assert "imported ['good.casebook']" in out
    assert "refused ['zero.casebook']" in out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_does_not_block_the_pass(pair: tuple[Catalogue, Catalogue, Path]) -> None:
    _, b, shared = pair
    os.mkfifo(shared / "pipe.casebook")
    b.close()
    out = _pass_in_child(b.home, shared, timeout=30)
    assert "imported ['good.casebook']" in out
    assert "refused ['pipe.casebook']" in out


def test_deep_nesting_on_the_first_line_is_refused_with_a_reason(
    pair: tuple[Catalogue, Catalogue, Path],
) -> None:
    _, b, shared = pair
    (shared / "deep.casebook").write_bytes(b"[" * 200_000 + b"\n")
    done = sync_folder(b, shared, export=False)
    assert [p.name for p, _ in done.imported] == ["good.casebook"]
    assert names(done.refused) == ["deep.casebook"]
    assert "E_PARSE" in done.refused[0][1]
    assert "nested deeper than" in done.refused[0][1]


def test_deep_nesting_is_refused_by_a_plain_import(tmp_path: Path) -> None:
    home = tmp_path / "h"
    deep = tmp_path / "deep.casebook"
    deep.write_bytes(b"[" * 200_000 + b"\n")
    assert run(home, "identity", "init", "--org", "Tampere").exit_code == 0
    result = run(home, "sync", "import", str(deep))
    assert result.exit_code == 3
    assert "E_PARSE at line 1: nested deeper than" in result.output


@pytest.mark.parametrize(
    "name",
    [
        ".syncthing.good.casebook.tmp",  # Syncthing, while it downloads
        "~syncthing~good.casebook.tmp",  # Syncthing on Windows
        ".good.casebook.~1a2b3c4d",  # Nextcloud and ownCloud desktop clients
        "good.casebook.part",  # Nextcloud web uploads, browsers
        ".~lock.good.casebook#",  # LibreOffice's lock, synced by Nextcloud
        "~$good.casebook",  # Office owner files (OneDrive, SharePoint)
        ".good.casebook",  # any hidden file (our own and rsync's temporary files)
        "good.casebook.crdownload",
    ],
)
def test_sync_tools_temporary_names_wait_silently(
    pair: tuple[Catalogue, Catalogue, Path], name: str
) -> None:
    _, b, shared = pair
    (shared / name).write_bytes(b"half a bund")
    done = sync_folder(b, shared, export=False)
    assert [p.name for p, _ in done.imported] == ["good.casebook"]
    assert done.refused == []


@pytest.mark.parametrize(
    "name",
    [
        "good.sync-conflict-20261205-101010-ABCDEFG.casebook",  # Syncthing
        "good (conflicted copy 2026-12-05 101010).casebook",  # Nextcloud
        "good (Riga's conflicted copy 2026-12-05).casebook",  # Dropbox
        "good-LAPTOP-RIGA.casebook",  # OneDrive
    ],
)
def test_conflict_copies_are_read_as_bundles(
    pair: tuple[Catalogue, Catalogue, Path], name: str
) -> None:
    a, b, shared = pair
    a.add_entry(sample_entry(title="Only in the conflict copy"))
    export_bundle(a, shared / name)
    done = sync_folder(b, shared, export=False)
    assert sorted(p.name for p, _ in done.imported) == sorted(["good.casebook", name])
    assert {s.title for s in b.list_entries()} == {
        "Through the folder",
        "Only in the conflict copy",
    }


def test_a_file_still_being_written_waits_for_the_next_pass(
    pair: tuple[Catalogue, Catalogue, Path],
) -> None:
    a, b, shared = pair
    a.add_entry(sample_entry(title="Second"))
    export_bundle(a, shared / "whole.casebook")
    data = (shared / "whole.casebook").read_bytes()
    (shared / "whole.casebook").unlink()
    target = shared / "second.casebook"
    target.write_bytes(data[: len(data) // 2])  # half written, as a plain copy leaves it
    first = sync_folder(b, shared, export=False)
    assert [p.name for p, _ in first.imported] == ["good.casebook"]
    assert first.refused == []
    assert [p.name for p in first.waiting] == ["second.casebook"]
    target.write_bytes(data)  # the copy finished
    second = sync_folder(b, shared, export=False)
    assert [p.name for p, _ in second.imported] == ["second.casebook"]
    assert second.refused == []
    assert second.waiting == []


def test_a_cut_off_file_that_stays_cut_off_is_reported_once(
    pair: tuple[Catalogue, Catalogue, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, shared = pair
    (shared / "good.casebook").unlink()  # a bundle B never had whole: nothing replaces it
    data = export_bundle(a, shared.parent / "whole.casebook").path.read_bytes()
    (shared / "cut.casebook").write_bytes(data[: len(data) - 10])
    assert [p.name for p in sync_folder(b, shared, export=False).waiting] == ["cut.casebook"]
    # A copy in progress may stall for a while: within ten minutes it still waits.
    again = sync_folder(b, shared, export=False)
    assert again.refused == []
    assert [p.name for p in again.waiting] == ["cut.casebook"]
    monkeypatch.setattr(folder_scan, "STALE_AFTER", 0.0)  # ten minutes later
    second = sync_folder(b, shared, export=False)
    assert names(second.refused) == ["cut.casebook"]
    assert "E_PARSE" in second.refused[0][1]
    third = sync_folder(b, shared, export=False)
    assert third.refused == []
    assert third.waiting == []


def test_a_file_that_changes_while_it_is_read_waits(
    pair: tuple[Catalogue, Catalogue, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, b, shared = pair
    grow = shared / "growing.casebook"
    grow.write_bytes(b"x")
    real = folder_scan.read_regular

    def read_while_growing(path: Path, limit: int) -> folder_scan.Read:
        result = real(path, limit)
        if path.name == "growing.casebook":
            with grow.open("ab") as f:
                f.write(b"more")
        return result

    monkeypatch.setattr(folder_scan, "read_regular", read_while_growing)
    done = sync_folder(b, shared, export=False)
    assert [p.name for p in done.waiting] == ["growing.casebook"]
    assert done.refused == []


def test_a_refused_file_is_reported_once_and_again_when_it_changes(
    pair: tuple[Catalogue, Catalogue, Path],
) -> None:
    _, b, shared = pair
    junk = shared / "junk.casebook"
    junk.write_bytes(b"not a bundle\n")
    assert names(sync_folder(b, shared, export=False).refused) == ["junk.casebook"]
    assert sync_folder(b, shared, export=False).refused == []
    os.utime(junk, ns=(1, 1))  # touched, same bytes: still not reported again
    assert sync_folder(b, shared, export=False).refused == []
    junk.write_bytes(b"another bad bundle\n")
    assert names(sync_folder(b, shared, export=False).refused) == ["junk.casebook"]


def test_names_with_terminal_escapes_are_printed_visibly(
    tmp_path: Path,
) -> None:
    home = tmp_path / "h"
    shared = tmp_path / "shared"
    shared.mkdir()
    assert run(home, "identity", "init", "--org", "Tampere").exit_code == 0
    (shared / "\x1b[2Jevil\u202e.casebook").write_bytes(b"junk\n")
    result = run(home, "sync", "folder", str(shared))
    assert result.exit_code == 3
    assert "\x1b" not in result.output
    assert "\u202e" not in result.output
    assert "\\x1b[2Jevil\\u202e.casebook: refused" in result.output


def test_a_pass_with_every_hostile_file_finishes_and_imports_the_good_one(
    pair: tuple[Catalogue, Catalogue, Path],
) -> None:
    _, b, shared = pair
    (shared / "dir.casebook").mkdir()
    (shared / "gone.casebook").symlink_to(shared / "nowhere")
    (shared / "deep.casebook").write_bytes(b"{" * 200_000 + b"\n")
    (shared / "empty.casebook").write_bytes(b"")
    (shared / "binary.casebook").write_bytes(bytes(range(256)) * 10 + b"\n")
    done = sync_folder(b, shared, export=False)
    assert [p.name for p, _ in done.imported] == ["good.casebook"]
    assert names(done.refused) == [
        "binary.casebook",
        "deep.casebook",
        "dir.casebook",
        "gone.casebook",
    ]
    assert [p.name for p in done.waiting] == ["empty.casebook"]


def test_a_file_over_the_limit_is_read_no_further_than_the_limit(
    pair: tuple[Catalogue, Catalogue, Path],
) -> None:
    _, b, shared = pair
    size = (shared / "good.casebook").stat().st_size
    small = Limits(max_file=size - 100)
    done = sync_folder(b, shared, export=False, limits=small)
    assert names(done.refused) == ["good.casebook"]
    assert "E_SIZE" in done.refused[0][1]
    assert done.bytes_read == small.max_file + 1
    assert b.list_entries() == []


def test_the_command_line_says_which_files_wait_for_the_next_pass(tmp_path: Path) -> None:
    home = tmp_path / "h"
    shared = tmp_path / "shared"
    shared.mkdir()
    assert run(home, "identity", "init", "--org", "Tampere").exit_code == 0
    (shared / "half.casebook").write_bytes(b'{"payloadType":"application/vnd.casebook')
    result = run(home, "sync", "folder", str(shared))
    assert result.exit_code == 0, result.output
    assert "half.casebook: still being written, read at the next pass" in result.output
    as_json = run(home, "sync", "folder", str(shared), "--json")
    assert as_json.exit_code == 0
    assert json.loads(as_json.output)["waiting"] == ["half.casebook"]


def test_a_cut_off_copy_of_a_bundle_imported_before_is_not_reported(
    pair: tuple[Catalogue, Catalogue, Path],
) -> None:
    """A second, damaged copy of what B already imported (a sync tool's stalled duplicate)
    brings nothing and costs the user nothing: not waited for, not reported."""
    _, b, shared = pair
    assert names([(p, "") for p, _ in sync_folder(b, shared, export=False).imported]) == [
        "good.casebook"
    ]
    data = (shared / "good.casebook").read_bytes()
    (shared / "zz-copy.casebook").write_bytes(data[: len(data) - 10])
    again = sync_folder(b, shared, export=False)
    assert again.refused == []
    assert again.waiting == []
    assert again.imported == []
