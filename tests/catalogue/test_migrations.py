"""Numbered migrations on PRAGMA user_version, from every older version."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from catalogue import migrations
from catalogue.catalogue import Catalogue
from catalogue.errors import IntegrityProblem
from tests.conftest import sample_entry


def connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_migrates_an_empty_database_to_the_latest_version(tmp_path: Path) -> None:
    conn = connect(tmp_path / "c.db")
    assert migrations.migrate(conn) == list(range(1, migrations.SCHEMA_VERSION + 1))
    assert migrations.schema_version(conn) == migrations.SCHEMA_VERSION
    assert {"meta", "revisions", "heads", "entries", "collections"} <= tables(conn)
    assert migrations.migrate(conn) == []  # nothing left to do


@pytest.mark.parametrize("start", range(migrations.SCHEMA_VERSION + 1))
def test_migrates_from_every_older_version(tmp_path: Path, start: int) -> None:
    conn = connect(tmp_path / "c.db")
    migrations.migrate(conn, target=start)
    assert migrations.schema_version(conn) == start
    migrations.migrate(conn)
    assert migrations.schema_version(conn) == migrations.SCHEMA_VERSION
    conn.close()
    with Catalogue.open(tmp_path, auto_backup=False) as cat:  # and the result is usable
        cat.add_entry(sample_entry())
        assert cat.check() == []


def test_a_newer_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    conn = connect(tmp_path / "casebook.db")
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(IntegrityProblem, match="newer Casebook"):
        Catalogue.open(tmp_path)
    conn = connect(tmp_path / "casebook.db")
    assert tables(conn) == set()
    assert migrations.schema_version(conn) == migrations.SCHEMA_VERSION + 1


def test_a_failing_step_rolls_back_entirely(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))
    conn = connect(tmp_path / "c.db")
    with pytest.raises(RuntimeError):
        migrations.migrate(conn, target=len(migrations.MIGRATIONS))
    assert migrations.schema_version(conn) == len(migrations.MIGRATIONS) - 1
    assert "half_done" not in tables(conn)


def test_a_version_2_catalogue_gets_its_revision_count(tmp_path: Path) -> None:
    with Catalogue.open(tmp_path, auto_backup=False) as cat:
        cat.add_entries([sample_entry(title=f"Entry {n}") for n in range(4)])
        cat.conn.execute("DELETE FROM meta WHERE key = 'revision_count'")
        cat.conn.execute("PRAGMA user_version = 2")
    with Catalogue.open(tmp_path, auto_backup=False) as cat:
        (counted,) = cat.conn.execute("SELECT count(*) FROM revisions").fetchone()
        assert counted >= 4
        assert cat.view_state().revisions == counted
        assert cat.check() == []


def test_version_6_keeps_every_revision_and_rowid_and_allows_a_fork(tmp_path: Path) -> None:
    conn = connect(tmp_path / "c.db")
    migrations.migrate(conn, target=5)
    conn.execute(
        "INSERT INTO revisions (rev, object_id, content_schema, origin, counter, op, parents, "
        "authored_at, author, payload, received_at) VALUES ('r1', 'o', 's', 'X', 1, 'put', "
        "'[]', 't', 'a', x'00', 't'), ('r2', 'o', 's', 'X', 2, 'put', '[]', 't', 'a', x'00', 't')"
    )
    conn.execute("DELETE FROM revisions WHERE rev = 'r1'")
    before = conn.execute("SELECT rowid, rev FROM revisions").fetchall()
    migrations.migrate(conn)
    assert conn.execute("SELECT rowid, rev FROM revisions").fetchall() == before
    conn.execute(
        "INSERT INTO revisions (rev, object_id, content_schema, origin, counter, op, parents, "
        "authored_at, author, payload, received_at) VALUES ('r3', 'o', 's', 'X', 2, 'put', "
        "'[]', 't', 'a', x'00', 't')"
    )
    assert conn.execute("SELECT count(*) FROM revisions WHERE counter = 2").fetchone() == (2,)
