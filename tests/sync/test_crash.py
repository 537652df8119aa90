"""Crash safety: an import killed with SIGKILL leaves the catalogue exactly before or after."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from catalogue.catalogue import Catalogue
from sync import export_bundle
from tests.conftest import sample_entry

from .homes import befriend, dump, make_home

IMPORT = """
import sys
from pathlib import Path
from catalogue.catalogue import Catalogue
from sync import import_bundle
catalogue = Catalogue.open(Path(sys.argv[1]), auto_backup=False)
catalogue.conn.set_trace_callback(
    lambda sql: print("begin", flush=True) if sql.startswith("BEGIN IMMEDIATE") else None
)
import_bundle(catalogue, Path(sys.argv[2]))
print("done", flush=True)
"""
ENTRIES = 600


def start(home: Path, bundle: Path) -> tuple[subprocess.Popen[str], float]:
    proc = subprocess.Popen(
        [sys.executable, "-c", IMPORT, str(home), str(bundle)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "begin"  # the import's write transaction began
    return proc, time.monotonic()


@pytest.mark.slow
def test_import_killed_at_any_moment_leaves_before_or_after(tmp_path: Path) -> None:
    a = make_home(tmp_path / "a", "Exporter")
    b = make_home(tmp_path / "b", "Importer")
    befriend(b, a)
    a.add_entries([sample_entry(title=f"Entry {n}") for n in range(ENTRIES)])
    bundle = tmp_path / "a.casebook"
    export_bundle(a, bundle)
    a.close()
    before = dump(b)
    b.close()

    # How long the import's transaction takes here, measured on a copy.
    shutil.copytree(tmp_path / "b", tmp_path / "copy")
    proc, began = start(tmp_path / "copy", bundle)
    assert proc.wait(timeout=120) == 0
    assert proc.stdout is not None
    proc.stdout.close()
    took = time.monotonic() - began

    outcomes = []
    for fraction in (0.0, 0.25, 0.5, 0.75, 1.5):
        proc, began = start(tmp_path / "b", bundle)
        time.sleep(max(0.0, took * fraction - (time.monotonic() - began)))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        assert proc.stdout is not None
        proc.stdout.close()
        with Catalogue.open(tmp_path / "b", auto_backup=False) as b:
            assert b.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            count = b.count_revisions()
            assert count in (0, ENTRIES), f"killed at {fraction:.0%}: {count} revisions"
            if count == 0:
                assert dump(b) == before
            else:
                assert b.check() == []
                assert b.count_entries() == ENTRIES
            outcomes.append(count)
        if count:
            break
    print("revisions after each kill:", outcomes, f"(the transaction took {took:.2f} s)")
