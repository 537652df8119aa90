"""The watched sync folder: partners who share a folder converge by passes over it."""

from __future__ import annotations

import itertools
from pathlib import Path

from sync import sync_folder
from tests.conftest import sample_entry

from .homes import befriend, make_home, view_json


def test_partners_sharing_a_folder_converge(tmp_path: Path) -> None:
    shared = tmp_path / "Nextcloud" / "casebook"
    shared.mkdir(parents=True)
    cats = [make_home(tmp_path / n, n) for n in ("Tampere", "Riga", "Bacău")]
    for x, y in itertools.permutations(cats, 2):
        befriend(x, y)
    a, b, c = cats
    entry_id = a.add_entry(sample_entry(title="From Tampere")).added[0]
    first = sync_folder(a, shared)
    assert first.exported is not None
    assert first.exported.revisions == 1
    assert sync_folder(a, shared).exported is None  # nothing new: no new file
    b.add_entry(sample_entry(title="From Riga"))
    seen_b: set[str] = set()
    passed = sync_folder(b, shared, seen=seen_b)
    assert [s.new_revisions for _, s in passed.imported] == [1]
    assert passed.exported is not None
    assert sync_folder(b, shared, seen=seen_b).imported == []  # handled bundles are skipped
    assert len(sync_folder(c, shared).imported) == 2
    c.set_fields(entry_id, [("status", "in_use")])
    for cat in (c, a, b):
        sync_folder(cat, shared)
    assert view_json(a) == view_json(b) == view_json(c)
    assert len(a.list_entries()) == 2
    assert b.get_entry(entry_id).body["status"] == "in_use"
    (shared / "junk.casebook").write_bytes(b"not a bundle\n")
    assert [p.name for p, _ in sync_folder(a, shared).refused] == ["junk.casebook"]
    for cat in cats:
        cat.close()
