"""Numbered schema migrations on `PRAGMA user_version` (one function per step).

Step N brings a database from version N-1 to N. Each step runs in its own
`BEGIN IMMEDIATE` transaction together with the version bump, so a crash leaves the database
at one version or the next, never between.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from .errors import IntegrityProblem


def _run(conn: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it commits first, which would split the step's transaction.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1_initial(conn: sqlite3.Connection) -> None:
    _run(
        conn,
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        -- The source of truth: immutable revisions, addressed by the hash of `payload`.
        CREATE TABLE revisions (
            rev TEXT PRIMARY KEY,
            object_id TEXT NOT NULL,
            content_schema TEXT NOT NULL,
            origin TEXT NOT NULL,
            counter INTEGER NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('put', 'delete')),
            parents TEXT NOT NULL,
            authored_at TEXT NOT NULL,
            author TEXT NOT NULL,
            payload BLOB NOT NULL,
            received_at TEXT NOT NULL,
            UNIQUE (origin, counter)
        );
        CREATE INDEX revisions_object ON revisions (object_id);

        -- Everything below is derived from `revisions` and rebuilt by rebuild_view().
        CREATE TABLE heads (
            object_id TEXT NOT NULL,
            rev TEXT NOT NULL,
            PRIMARY KEY (object_id, rev)
        ) WITHOUT ROWID;

        CREATE TABLE entries (
            id TEXT PRIMARY KEY,
            rev TEXT NOT NULL,
            title TEXT NOT NULL,
            summary TEXT NOT NULL,
            organisation TEXT NOT NULL,
            organisation_type TEXT,
            country TEXT NOT NULL,
            city TEXT,
            kind TEXT,
            status TEXT,
            language TEXT NOT NULL,
            dataset TEXT,
            source_id TEXT,
            body TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            live_heads INTEGER NOT NULL
        );
        CREATE INDEX entries_title ON entries (title COLLATE NOCASE, id);
        CREATE INDEX entries_country ON entries (country);
        CREATE INDEX entries_source ON entries (dataset, source_id);

        CREATE TABLE collections (
            id TEXT PRIMARY KEY,
            rev TEXT NOT NULL,
            name TEXT NOT NULL,
            body TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            live_heads INTEGER NOT NULL
        );
        CREATE INDEX collections_name ON collections (name COLLATE NOCASE);
        """,
    )


def _v2_list_orders(conn: sqlite3.Connection) -> None:
    """Indexes for the entry list's other sort orders (the desktop app pages through them)."""
    _run(
        conn,
        """
        CREATE INDEX entries_updated ON entries (updated_at, id);
        CREATE INDEX entries_created ON entries (created_at, id);
        CREATE INDEX entries_organisation ON entries (organisation COLLATE NOCASE, id);
        """,
    )


def _v3_revision_count(conn: sqlite3.Connection) -> None:
    """The number of revisions, kept in `meta` by every insert, so that reading where the
    log stands (`Catalogue.view_state`, before every search) costs no count(*) scan."""
    count_revisions(conn)


def count_revisions(conn: sqlite3.Connection) -> None:
    """Set the revision count in `meta` from the table (also part of a view rebuild)."""
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) "
        "SELECT 'revision_count', CAST(count(*) AS TEXT) FROM revisions"
    )


def _v4_sync(conn: sqlite3.Connection) -> None:
    """Sync's tables (SYNC.md): the trust list, which installation ids each key signs for,
    the origins' signatures of received revisions (so relayed revisions stay verifiable),
    what each partner has been sent or has sent us, and the log of imported bundles.

    `IF NOT EXISTS`: the step may run again on a catalogue whose version was set back (as
    tests of earlier steps do), and must leave its tables as they are."""
    _run(
        conn,
        """
        CREATE TABLE IF NOT EXISTS partners (
            fingerprint TEXT PRIMARY KEY,
            org TEXT NOT NULL,
            public_key TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('self', 'untrusted', 'trusted', 'revoked')),
            added_at TEXT NOT NULL,
            changed_at TEXT NOT NULL
        );

        -- An installation id (a revision's origin) belongs to exactly one key. For a revoked
        -- key, `revoked_after` is the last counter of that installation still accepted.
        CREATE TABLE IF NOT EXISTS partner_installations (
            installation TEXT PRIMARY KEY,
            fingerprint TEXT NOT NULL REFERENCES partners (fingerprint),
            revoked_after INTEGER
        );

        CREATE TABLE IF NOT EXISTS revision_signatures (
            rev TEXT PRIMARY KEY,
            keyid TEXT NOT NULL,
            sig TEXT NOT NULL
        ) WITHOUT ROWID;

        -- Per partner: {origin: counter} of what it has been sent or has sent us.
        CREATE TABLE IF NOT EXISTS exchange_marks (
            fingerprint TEXT NOT NULL,
            origin TEXT NOT NULL,
            counter INTEGER NOT NULL,
            PRIMARY KEY (fingerprint, origin)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS bundle_imports (
            bundle_id TEXT NOT NULL,
            exporter TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            revisions INTEGER NOT NULL,
            new_revisions INTEGER NOT NULL,
            blobs INTEGER NOT NULL
        );
        """,
    )


def _v5_trust(conn: sqlite3.Connection) -> None:
    """Sync you can trust (SYNC.md, amendments of December 2026): revisions held aside
    (received from an origin this installation does not trust, or no longer trusts; kept
    with their signature, not shown, applied when the origin becomes trusted) and signed
    statements received (revocations). Nothing existing changes form: every revision, trust
    decision and installation binding stays as it was (a legacy installation id keeps its
    key; new installation ids name their key, `fingerprint:epoch`).

    `IF NOT EXISTS`, like step 4: tests set the version back and run steps again."""
    _run(
        conn,
        """
        CREATE TABLE IF NOT EXISTS held_revisions (
            rev TEXT PRIMARY KEY,
            origin TEXT NOT NULL,
            counter INTEGER NOT NULL,
            object_id TEXT NOT NULL,
            keyid TEXT,
            sig TEXT,
            payload BLOB NOT NULL,
            reason TEXT NOT NULL,
            received_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS held_revisions_origin ON held_revisions (origin, counter);

        -- Signed statements received or made: `kind` is `revocation`, `subject` the key
        -- it is about, `signer` the key that signed it, `envelope` its exact DSSE line.
        CREATE TABLE IF NOT EXISTS statements (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            signer TEXT NOT NULL,
            subject TEXT NOT NULL,
            envelope BLOB NOT NULL,
            received_at TEXT NOT NULL
        );
        """,
    )


def _v6_forks_kept(conn: sqlite3.Connection) -> None:
    """Copied homes fork nothing (SYNC.md, amendments): two signed revisions with one
    (origin, counter) are both kept, so `revisions` loses its UNIQUE (origin, counter) and
    gets a plain index instead. Every row keeps its rowid (derived indexes compare them)."""
    (sql,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'revisions'"
    ).fetchone()
    if "UNIQUE (origin, counter)" in sql:
        columns = (
            "rev, object_id, content_schema, origin, counter, op, parents, authored_at, "
            "author, payload, received_at"
        )
        _run(
            conn,
            """
            CREATE TABLE revisions_v6 (
                rev TEXT PRIMARY KEY,
                object_id TEXT NOT NULL,
                content_schema TEXT NOT NULL,
                origin TEXT NOT NULL,
                counter INTEGER NOT NULL,
                op TEXT NOT NULL CHECK (op IN ('put', 'delete')),
                parents TEXT NOT NULL,
                authored_at TEXT NOT NULL,
                author TEXT NOT NULL,
                payload BLOB NOT NULL,
                received_at TEXT NOT NULL
            )
            """,
        )
        conn.execute(
            f"INSERT INTO revisions_v6 (rowid, {columns}) SELECT rowid, {columns} FROM revisions"  # noqa: S608
        )
        _run(
            conn,
            """
            DROP TABLE revisions;
            ALTER TABLE revisions_v6 RENAME TO revisions;
            CREATE INDEX revisions_object ON revisions (object_id)
            """,
        )
    conn.execute("CREATE INDEX IF NOT EXISTS revisions_origin ON revisions (origin, counter)")


def _v7_learning_trail(conn: sqlite3.Connection) -> None:
    """The entries with Interreg data, indexed by themselves: the learning trail reads only
    them (`trail_matrix.py`), where it read every body of the catalogue (10,000 entries:
    115 ms → 22 ms)."""
    conn.execute(
        "CREATE INDEX IF NOT EXISTS entries_interreg ON entries (id) "
        "WHERE json_type(body, '$.interreg') = 'object'"
    )


def _v8_delivery(conn: sqlite3.Connection) -> None:
    """Sent is not received (SYNC.md, amendments): what each partner installation
    acknowledged in its own latest bundle (its contiguous version vector and the hashes it
    holds at forked counters), which installation sent each imported bundle, and the bundle
    files this installation wrote to, or read from, a sync folder with the revisions each
    holds (what is on its way, and what `sync folder --prune` may delete).

    `IF NOT EXISTS` and a column added only when missing, like steps 4 and 5."""
    _run(
        conn,
        """
        CREATE TABLE IF NOT EXISTS acknowledgements (
            installation TEXT PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            vector TEXT NOT NULL,
            forked TEXT NOT NULL,
            wants TEXT NOT NULL,
            bundle_id TEXT NOT NULL,
            created_at TEXT NOT NULL,
            received_at TEXT NOT NULL
        );

        -- Bundle files of a sync folder: those written here (`mine` = 1) and those imported
        -- from it: `seq` is the import log's last rowid when the file was written or read,
        -- `stamp` its size and modification time then (a file changed since is read again).
        CREATE TABLE IF NOT EXISTS folder_files (
            folder TEXT NOT NULL,
            name TEXT NOT NULL,
            bundle_id TEXT NOT NULL,
            mine INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            written_at TEXT NOT NULL,
            stamp TEXT NOT NULL,
            PRIMARY KEY (folder, name)
        );
        CREATE TABLE IF NOT EXISTS folder_offers (
            folder TEXT NOT NULL,
            name TEXT NOT NULL,
            rev TEXT NOT NULL,
            PRIMARY KEY (folder, name, rev)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS folder_offers_rev ON folder_offers (folder, rev)
        """,
    )
    columns = {r[1] for r in conn.execute("PRAGMA table_info(bundle_imports)")}
    if "installation" not in columns:
        conn.execute("ALTER TABLE bundle_imports ADD COLUMN installation TEXT")
    conn.execute(
        "CREATE INDEX IF NOT EXISTS bundle_imports_installation ON bundle_imports (installation)"
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v1_initial,
    _v2_list_orders,
    _v3_revision_count,
    _v4_sync,
    _v5_trust,
    _v6_forks_kept,
    _v7_learning_trail,
    _v8_delivery,
]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    """The database's `PRAGMA user_version`."""
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> list[int]:
    """Apply the pending steps up to `target`; return the versions reached.

    `conn` must be in autocommit mode (isolation_level None). A database from a newer
    Casebook is refused, never touched.
    """
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise IntegrityProblem(
            f"this catalogue was written by a newer Casebook (schema {current}, this one "
            f"knows up to {SCHEMA_VERSION}); install the newer version to open it"
        )
    applied = []
    for version in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied
