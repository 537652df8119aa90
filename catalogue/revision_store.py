"""Revisions and the view: the part of `Catalogue` every other part stands on.

Every write is one `atomic()` transaction that stores immutable revisions and then
refreshes the derived view of the objects it touched; it returns a `Changes` saying which
entries and collections were added, updated or deleted, so a window can refresh just those.
"""

from __future__ import annotations

import collections
import functools
import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from . import collection, entry, queries, view
from .blobs import BlobStore
from .errors import CasebookError, NotFound
from .location import machine_id
from .records import Changes, HistoryItem, ViewState, changed_fields, changed_values
from .revision import Op, Revision, causal_order, make_revision, order_heads, utc_now


class Equivocation(CasebookError):
    """Two different revisions claim the same (origin, counter)."""


class RevisionStore:
    """The database of a home and its revision log: write transactions, this installation's
    id and counters, storing revisions and refreshing the view of the objects they touch,
    and reading the log (history, version vector, the state derived indexes record).
    `Catalogue` is this with entries, collections and maintenance added."""

    def __init__(self, home: Path, conn: sqlite3.Connection, author: str) -> None:
        self.home = home
        self.conn = conn
        self.author = author
        self.blobs = BlobStore(home / "blobs")
        # facet_counts answers, for the catalogue state they were counted at (a count over
        # 100,000 entries reads every body: a second).
        self._facets: dict[tuple[Any, ...], dict[str, list[tuple[str, int]]]] = {}
        self._installation_id: str | None = None
        self._depth = 0  # atomic() blocks open: 0 outside a write
        self._moved = False  # opened elsewhere than where it was last written

    @functools.cached_property
    def db(self) -> Any:
        """An `sqlite_utils.Database` on the same connection, for ad-hoc queries and tools.
        Imported on first use: sqlite-utils imports numpy, a quarter of the desktop app's
        start-up (measured with `python -X importtime`)."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    @contextmanager
    def atomic(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: the block's writes are kept together or not at all.

        The outermost `atomic()` is a `BEGIN IMMEDIATE` (taken at once, so two writers
        never deadlock) committed at its end; an `atomic()` inside it is a SAVEPOINT, so a
        nested block that raises undoes only its own writes (sqlite-utils' `db.atomic()`).
        Every write of the catalogue, and of packages that keep tables in it (sync), runs
        inside one."""
        if self._depth == 0:
            self.conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                # Another connection may have started an epoch (a restore, a copied home,
                # sync's first exchange): every write reads the id afresh.
                self._installation_id = None
                if self._moved:
                    self._start_moved_epoch()
                yield self.conn
            except BaseException:
                # An interrupted statement (SQLITE_INTERRUPT) may have rolled back already;
                # a second ROLLBACK would then hide the real error.
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            finally:
                self._depth = 0
            self.conn.execute("COMMIT")
            return
        name = f"casebook_{self._depth}"
        self.conn.execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
            raise
        finally:
            self._depth -= 1
        self.conn.execute(f"RELEASE {name}")

    @property
    def in_write(self) -> bool:
        """True inside `atomic()`."""
        return self._depth > 0

    def _meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def _ensure_installation(self) -> None:
        if self._meta("installation_id") is None:
            with self.atomic():
                self._new_installation()

    def _new_installation(self) -> None:
        # A new id starts a new counter sequence, so restored or copied homes never reuse
        # a counter they already signed (SYNC.md, "Counter reuse forks history"). Once a
        # key signs for this home, the id names that key (`origin_prefix`, "fingerprint:")
        # and a random epoch, so no other key can claim it (SYNC.md, amendments).
        previous = self._meta("installation_id")
        prefix = self._meta("origin_prefix")
        self._installation_id = None
        new_id = f"{prefix}{uuid.uuid4().hex[:16]}" if prefix else str(uuid.uuid4())
        self._set_meta("installation_id", new_id)
        self._set_meta("counter", "0")
        self._set_meta("created_at", utc_now())
        if previous:
            self._set_meta("previous_installation_id", previous)

    def _location(self) -> str:
        """Where this home lives: the machine, the database file's path and its identity
        on disk (a copy, even at the same path, is another file)."""
        db = self.home / "casebook.db"
        st = db.stat()
        return f"{machine_id()}|{db.resolve()}|{st.st_dev}:{st.st_ino}"

    def _check_location(self) -> None:
        """SYNC.md, amendments, copied homes: a home opened from another machine, path or
        database file starts a new installation id (epoch) before its next write, so two
        copies never sign the same counters. The first open records where it lives."""
        recorded = self._meta("location")
        if recorded is None:
            with self.atomic():
                self._set_meta("location", self._location())
        elif recorded != self._location():
            self._moved = True

    def _start_moved_epoch(self) -> None:
        """Inside the first write after a move: a new installation id, and the new place
        (unless another connection to this home started it already)."""
        self._moved = False
        if self._meta("location") == self._location():
            return
        self._new_installation()
        self._set_meta("location", self._location())

    def begin_epoch(self, prefix: str) -> str:
        """Start a new installation id `prefix` + a random epoch (sync: prefix is the key's
        fingerprint and a colon), and keep the prefix for the ids a restore or a copied
        home starts later; returns the new id. Revisions written before keep their origin."""
        with self.atomic():
            self._set_meta("origin_prefix", prefix)
            self._new_installation()
        return self.installation_id

    @property
    def installation_id(self) -> str:
        """This installation's id: the `origin` of the revisions it writes."""
        if self._installation_id is None:
            self._installation_id = self._meta("installation_id")
            assert self._installation_id is not None
        return self._installation_id

    def _next_counter(self, count: int = 1) -> int:
        """Reserve `count` counters (inside a write); return the first."""
        stored = int(self._meta("counter") or 0)
        row = self.conn.execute(
            "SELECT max(counter) FROM revisions WHERE origin = ?", (self.installation_id,)
        ).fetchone()
        first = max(stored, row[0] or 0) + 1
        self._set_meta("counter", str(first + count - 1))
        return first

    def _insert(self, revisions: Sequence[Revision]) -> None:
        """Store `revisions` (inside a write) and keep the revision count in step."""
        received = utc_now()
        cursor = self.conn.executemany(
            "INSERT INTO revisions (rev, object_id, content_schema, origin, counter, op, "
            "parents, authored_at, author, payload, received_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    r.rev,
                    r.object_id,
                    r.content_schema,
                    r.origin,
                    r.counter,
                    r.op,
                    json.dumps(list(r.parents)),
                    r.authored_at,
                    r.author,
                    r.payload,
                    received,
                )
                for r in revisions
            ],
        )
        self.conn.execute(
            "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + ? AS TEXT) "
            "WHERE key = 'revision_count'",
            (cursor.rowcount,),
        )

    def _store(self, revision: Revision) -> bool:
        """Insert a revision unless present; refuse a second hash for one (origin, counter)."""
        row = self.conn.execute(
            "SELECT rev FROM revisions WHERE origin = ? AND counter = ?",
            (revision.origin, revision.counter),
        ).fetchone()
        if row is not None:
            if row[0] != revision.rev:
                raise Equivocation(
                    f"origin {revision.origin} counter {revision.counter} has two revisions: "
                    f"{row[0]} and {revision.rev}"
                )
            return False
        self._insert([revision])
        return True

    def _store_many(self, revisions: Sequence[Revision]) -> list[Revision]:
        """Revisions made elsewhere (inside a write): those not yet present, inserted with
        one query per 500 to find those held and one insert of the rest."""
        held = self._stored("rev", [r.rev for r in revisions])
        new: list[Revision] = []
        for r in revisions:
            if r.rev not in held:
                held.add(r.rev)
                new.append(r)
        # A second hash for a held (origin, counter) is kept too: signed revisions are valid
        # and content-addressed, and every installation that holds both shows the same
        # (SYNC.md, amendments: copied homes fork nothing). `forked_counters` finds them.
        self._insert(new)
        return new

    def _commit_local(
        self, object_id: str, schema: str, op: Op, body: dict[str, Any] | None
    ) -> Revision:
        parents = [
            r[0]
            for r in self.conn.execute("SELECT rev FROM heads WHERE object_id = ?", (object_id,))
        ]
        revision = make_revision(
            object_id=object_id,
            content_schema=schema,
            origin=self.installation_id,
            counter=self._next_counter(),
            parents=parents,
            op=op,
            body=body,
            author=self.author,
        )
        self._store(revision)
        view.refresh_objects(self.conn, [object_id])
        return revision

    def add_revisions(self, revisions: Sequence[Revision]) -> Changes:
        """Add revisions made elsewhere (starter catalogue, sync): an idempotent set union.

        The caller has verified them. All are stored in one transaction or none; a caller
        that writes more with them (sync: signatures, the import log) does so in its own
        `atomic()` around this call.
        """
        with self.atomic():
            before = self._shown(r.object_id for r in revisions)
            held = self._objects_held(r.object_id for r in revisions)
            fresh = self._store_many(revisions)
            touched = {r.object_id for r in fresh}
            # An entry this batch brings with a single revision and of which nothing was
            # held (a partner's new entry) has that revision as its only head: its view rows
            # are written directly, as add_entries writes them, instead of read back.
            per_object = collections.Counter(r.object_id for r in fresh)
            whole = [
                r
                for r in fresh
                if r.content_schema == entry.CONTENT_SCHEMA
                and per_object[r.object_id] == 1
                and r.object_id not in held
            ]
            view.write_new_objects(self.conn, whole)
            view.refresh_objects(self.conn, touched.difference(r.object_id for r in whole))
            after = self._shown(touched)
        return _view_changes({r.object_id: r.content_schema for r in fresh}, before, after)

    def withdraw_revisions(self, revs: Sequence[str]) -> Changes:
        """Take revisions out of the log and refresh the view of their objects (sync: a
        revoked key's revisions that its revocation does not keep, which sync holds aside
        and may apply again). Returns what changed in the view."""
        with self.atomic():
            rows = []
            for i in range(0, len(revs), 500):
                chunk = list(revs[i : i + 500])
                marks = ",".join("?" * len(chunk))
                rows += self.conn.execute(
                    f"SELECT object_id, content_schema FROM revisions WHERE rev IN ({marks})",  # noqa: S608
                    chunk,
                ).fetchall()
                cursor = self.conn.execute(
                    f"DELETE FROM revisions WHERE rev IN ({marks})",  # noqa: S608
                    chunk,
                )
                self.conn.execute(
                    "UPDATE meta SET value = CAST(CAST(value AS INTEGER) - ? AS TEXT) "
                    "WHERE key = 'revision_count'",
                    (cursor.rowcount,),
                )
            touched = dict(rows)
            before = self._shown(touched)
            for object_id in touched:
                for table, column in (
                    ("heads", "object_id"),
                    ("entries", "id"),
                    ("collections", "id"),
                ):
                    self.conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (object_id,))  # noqa: S608
            view.refresh_objects(self.conn, touched)
            after = self._shown(touched)
        return _view_changes(touched, before, after)

    def _objects_held(self, object_ids: Iterable[str]) -> set[str]:
        """Those of these objects of which at least one revision is stored."""
        return self._stored("object_id", sorted(set(object_ids)))

    def _stored(self, column: str, values: Sequence[str]) -> set[str]:
        """Those of `values` found in the revisions' `column` ("rev" or "object_id"),
        asked 500 at a time."""
        assert column in ("rev", "object_id")
        return queries.present(self.conn, "revisions", column, values)

    def _shown(self, object_ids: Iterable[str]) -> dict[str, str]:
        ids = sorted(set(object_ids))
        shown: dict[str, str] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            shown.update(
                self.conn.execute(
                    f"SELECT id, rev FROM entries WHERE id IN ({marks})",  # noqa: S608
                    chunk,
                ).fetchall()
            )
        return shown

    def revision(self, rev: str) -> Revision:
        """One stored revision by hash."""
        row = self.conn.execute(
            "SELECT payload, rev FROM revisions WHERE rev = ?", (rev,)
        ).fetchone()
        if row is None:
            raise NotFound(f"no revision {rev}")
        return view.revision_from_row(row[0], row[1])

    def count_revisions(self) -> int:
        """How many revisions are stored."""
        count: int = self.conn.execute("SELECT count(*) FROM revisions").fetchone()[0]
        return count

    def forked_counters(self) -> dict[str, list[int]]:
        """{origin: counters} held under more than one hash (a home copied before copies
        were detected, or a restored file): both revisions are kept and shown by the usual
        rule; sync flags the origin."""
        forked: dict[str, list[int]] = {}
        for origin, counter in self.conn.execute(
            "SELECT origin, counter FROM revisions GROUP BY origin, counter "
            "HAVING count(*) > 1 ORDER BY origin, counter"
        ):
            forked.setdefault(origin, []).append(counter)
        return forked

    def version_vector(self) -> dict[str, int]:
        """{origin: highest counter held}."""
        return dict(self.conn.execute("SELECT origin, max(counter) FROM revisions GROUP BY origin"))

    def rebuild_view(self) -> None:
        """Recompute heads, entries and collections from the revisions alone, and the
        revision count kept beside them (what `check` compares)."""
        with self.atomic():
            view.rebuild(self.conn)
            self.conn.execute(
                "UPDATE meta SET value = (SELECT CAST(count(*) AS TEXT) FROM revisions) "
                "WHERE key = 'revision_count'"
            )

    def view_state(self) -> ViewState:
        """Where the revision log stands; a derived index records this after catching up."""
        # Both O(1): the count is kept in meta by `_insert` (check() compares it), and
        # max(rowid) is the end of the table's b-tree.
        count, last = self.conn.execute(
            "SELECT (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'revision_count'), "
            "(SELECT max(rowid) FROM revisions)"
        ).fetchone()
        return ViewState(self.installation_id, count or 0, last or 0)

    def objects_changed_since(self, state: ViewState) -> list[str] | None:
        """Ids of the objects with revisions stored after `state`, or None when the log
        cannot be compared with it (another installation id, a restore, a vacuum): then a
        derived index must rebuild from scratch."""
        now = self.view_state()
        if state.installation_id != now.installation_id or state.last_rowid > now.last_rowid:
            return None
        rows = self.conn.execute(
            "SELECT object_id FROM revisions WHERE rowid > ?", (state.last_rowid,)
        ).fetchall()
        if state.revisions + len(rows) != now.revisions:
            return None
        return sorted({r[0] for r in rows})

    def history(self, object_id: str) -> list[HistoryItem]:
        """Every revision of an entry or collection, oldest first."""
        revisions = view.load_object(self.conn, object_id)
        if not revisions:
            raise NotFound(f"no entry {object_id}")
        heads = order_heads(revisions)
        by_rev = {r.rev: r for r in revisions}
        items = []
        for r in causal_order(revisions):
            parent = by_rev.get(min(r.parents)) if r.parents else None
            items.append(
                HistoryItem(
                    rev=r.rev,
                    op=r.op,
                    origin=r.origin,
                    counter=r.counter,
                    parents=r.parents,
                    authored_at=r.authored_at,
                    author=r.author,
                    changed=changed_fields(parent.body if parent else None, r.body),
                    # Against a live parent only: the first revision and an undelete
                    # (whose parent is a tombstone) list no values.
                    values=changed_values(parent.body, r.body)
                    if parent is not None and parent.body is not None
                    else (),
                    head=r in heads,
                    shown=r.rev == heads[0].rev,
                )
            )
        return items


def _view_changes(
    schemas: Mapping[str, str], before: Mapping[str, str], after: Mapping[str, str]
) -> Changes:
    """What a write of revisions did to the view: for each object touched (id → content
    schema), from the revisions shown before (`before`, id → rev) to those shown after."""
    changes = Changes()
    for object_id, schema in sorted(schemas.items()):
        if schema == collection.CONTENT_SCHEMA:
            changes.collections.append(object_id)
        elif object_id not in before and object_id in after:
            changes.added.append(object_id)
        elif object_id in before and object_id not in after:
            changes.deleted.append(object_id)
        elif before.get(object_id) != after.get(object_id):
            changes.updated.append(object_id)
    return changes
