"""Backups: automatic (daily, keep 7), manual, restore round trip and refusals."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from catalogue import backup, view
from catalogue.catalogue import Catalogue
from catalogue.errors import IntegrityProblem
from tests.conftest import sample_entry


def test_backup_restore_round_trip(catalogue: Catalogue) -> None:
    (a,) = catalogue.add_entry(sample_entry(title="Kept")).added
    catalogue.create_collection("Visit")
    saved = catalogue.backup()
    before = view.snapshot(catalogue.conn)
    old_installation = catalogue.installation_id

    catalogue.delete_entry(a)
    catalogue.add_entry(sample_entry(title="Added after the backup"))
    safety = catalogue.restore(saved)

    assert view.snapshot(catalogue.conn) == before
    assert catalogue.get_entry(a).body["title"] == "Kept"
    assert catalogue.check() == []
    # restored homes get a new installation id so counters are never reused
    assert catalogue.installation_id != old_installation
    catalogue.set_fields(a, [("title", "Edited after restore")])
    assert catalogue.history(a)[-1].origin == catalogue.installation_id
    # and the state before the restore is itself kept
    conn = sqlite3.connect(safety)
    assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 1
    conn.close()


@pytest.mark.parametrize("content", [b"not a database", b""])
def test_restore_refuses_files_that_are_not_backups(
    catalogue: Catalogue, tmp_path: Path, content: bytes
) -> None:
    catalogue.add_entry(sample_entry())
    before = view.snapshot(catalogue.conn)
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(content)
    with pytest.raises(IntegrityProblem):
        catalogue.restore(bogus)
    with pytest.raises(IntegrityProblem, match="no such file"):
        catalogue.restore(tmp_path / "missing.db")
    other = sqlite3.connect(tmp_path / "other.db")
    other.execute("CREATE TABLE x (y)")
    other.commit()
    other.close()
    with pytest.raises(IntegrityProblem, match="not a Casebook catalogue"):
        catalogue.restore(tmp_path / "other.db")
    assert view.snapshot(catalogue.conn) == before


def test_automatic_backup_once_a_day_keeping_seven(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with Catalogue.open(home) as cat:
        cat.add_entry(sample_entry())
    folder = home / "backups"
    assert backup.backups(folder, "auto") == []  # the first open had nothing to back up
    with Catalogue.open(home):
        pass
    assert len(backup.backups(folder, "auto")) == 1
    with Catalogue.open(home):
        pass
    assert len(backup.backups(folder, "auto")) == 1  # not again on the same day
    conn = sqlite3.connect(home / "casebook.db")
    for day in range(10):
        for old in backup.backups(folder, "auto"):
            stamp = old.stat().st_mtime - 86_400 * 2
            os.utime(old, (stamp, stamp))
        made = backup.auto_backup(conn, folder, dt.datetime.now(dt.UTC))
        assert made is not None, day
    conn.close()
    kept = backup.backups(folder, "auto")
    assert len(kept) == backup.KEEP_AUTOMATIC
    check = sqlite3.connect(kept[-1])
    assert check.execute("SELECT count(*) FROM entries").fetchone()[0] == 1
    check.close()
