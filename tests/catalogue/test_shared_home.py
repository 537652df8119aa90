"""Several connections on one home, in this process and in another (the desktop app opens
one per worker, its keyword index builder another in a child process, and the command line
may run meanwhile): none may pull the WAL from under the others."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from catalogue.catalogue import Catalogue
from catalogue.errors import InvalidInput
from tests.conftest import sample_entry

CHILD = """
import sys
from pathlib import Path
from catalogue.catalogue import Catalogue
catalogue = Catalogue.open(Path(sys.argv[1]), auto_backup=False)
print(catalogue.count_entries())
catalogue.close()
"""


def test_opening_a_second_connection_keeps_the_first_ones_locks(home: Path) -> None:
    first = Catalogue.open(home, author="tester", auto_backup=False)
    entry_id = first.add_entry(sample_entry()).added[0]
    second = Catalogue.open(home, author="tester", auto_backup=False)  # like a second worker
    # Another process opens and closes the catalogue: it must see that it is not the last
    # connection, and leave the WAL and its index in place.
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(home)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip() == "1"
    assert (home / "casebook.db-shm").exists()
    assert (home / "casebook.db-wal").exists()
    first.update_entry(entry_id, sample_entry(title="Changed after the child closed"))
    third = Catalogue.open(home, author="tester", auto_backup=False)
    assert third.get_entry(entry_id).body["title"] == "Changed after the child closed"
    assert second.get_entry(entry_id).body["title"] == "Changed after the child closed"
    assert third.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    for catalogue in (third, second, first):
        catalogue.close()


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(home: Path) -> None:
    home.mkdir(parents=True)
    junk = b"my notes, not a database\n" * 40
    (home / "casebook.db").write_bytes(junk)
    with pytest.raises(InvalidInput, match="is not a Casebook database; choose another --home"):
        Catalogue.open(home, author="tester", auto_backup=False)
    assert (home / "casebook.db").read_bytes() == junk
