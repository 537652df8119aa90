"""The `Catalogue`: the one object that owns a home folder and its SQLite database.

Every write is one `BEGIN IMMEDIATE` transaction that stores immutable revisions and then
refreshes the derived view of the objects it touched; it returns a `Changes` saying which
entries and collections were added, updated or deleted, so a window can refresh just those.
"""

from __future__ import annotations

import collections
import functools
import getpass
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import backup, collection, entry, view
from .blobs import BlobStore
from .errors import CasebookError, InvalidEntry, InvalidInput, NotFound, Problem
from .jobs import Job
from .migrations import SCHEMA_VERSION, migrate, schema_version
from .revision import (
    Op,
    Revision,
    causal_order,
    make_revision,
    order_heads,
    revision_from_payload,
    utc_now,
)


class Equivocation(CasebookError):
    """Two different revisions claim the same (origin, counter)."""


@dataclass
class Changes:
    """What a write changed, by object id."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    collections: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.deleted or self.collections)

    def merge(self, other: Changes) -> Changes:
        """Add another write's changes to these (for batches)."""
        self.added += other.added
        self.updated += other.updated
        self.deleted += other.deleted
        self.collections += other.collections
        return self


@dataclass(frozen=True)
class EntryRecord:
    """An entry as the view shows it."""

    id: str
    rev: str
    body: dict[str, Any]
    created_at: str
    updated_at: str
    live_heads: int

    @property
    def conflict(self) -> bool:
        """Several live heads: concurrent edits the user should resolve."""
        return self.live_heads > 1


@dataclass(frozen=True)
class EntrySummary:
    """One row of the entry list."""

    id: str
    title: str
    organisation: str
    country: str
    kind: str | None
    status: str | None
    updated_at: str
    conflict: bool


@dataclass(frozen=True)
class HistoryItem:
    """One revision of an object, with what it changed compared to its first parent."""

    rev: str
    op: Op
    origin: str
    counter: int
    parents: tuple[str, ...]
    authored_at: str
    author: str
    changed: tuple[str, ...]
    head: bool
    shown: bool


@dataclass(frozen=True)
class ViewState:
    """A point in the revision log: derived indexes record the one they were built from."""

    installation_id: str
    revisions: int
    last_rowid: int


@dataclass(frozen=True)
class IndexRow:
    """An entry as a derived index sees it."""

    id: str
    rev: str
    body: dict[str, Any]
    conflict: bool


@dataclass(frozen=True)
class CollectionRecord:
    """A collection as the view shows it; `items` are (entry id, note) pairs."""

    id: str
    rev: str
    name: str
    introduction: str
    items: tuple[tuple[str, str], ...]
    created_at: str
    updated_at: str


# Filters of `list`/`search`: key -> SQL condition on `entries` (one parameter).
_LIST_FIELDS = {
    "tag": "tags",
    "technique": "ai_techniques",
    "policy_area": "policy_areas",
    "theme": "governance_themes",
}
_FILTERS = {
    "country": "country = upper(?)",
    "kind": "kind = ?",
    "status": "status = ?",
    "organisation_type": "organisation_type = ?",
    "organisation": "organisation = ? COLLATE NOCASE",
    "city": "city = ? COLLATE NOCASE",
    "language": "language = ?",
    "dataset": "dataset = ?",
    "risk": "json_extract(body, '$.ai_act.risk_tier') = ?",
    **{
        # `path` comes from the fixed table above, never from the user.
        key: f"EXISTS (SELECT 1 FROM json_each(entries.body, '$.{path}') WHERE value = ?)"  # noqa: S608
        for key, path in _LIST_FIELDS.items()
    },
    "conflict": "(live_heads > 1) = (? IN ('yes', 'true', '1'))",
    # The entries of a collection, given by id or by name.
    "collection": (
        "entries.id IN (SELECT json_extract(i.value, '$.entry') FROM collections AS c, "
        "json_each(c.body, '$.items') AS i WHERE ? IN (c.id, c.name))"
    ),
}
FILTER_KEYS = tuple(sorted(_FILTERS))

# Sort orders of the entry list -> the SQL expression (each has an index, migration 2).
LIST_ORDERS = {
    "title": "title COLLATE NOCASE",
    "organisation": "organisation COLLATE NOCASE",
    "country": "country",
    "kind": "kind",
    "status": "status",
    "updated": "updated_at",
    "created": "created_at",
}
_SUMMARY_COLUMNS = "id, title, organisation, country, kind, status, updated_at, live_heads"


def _summary(row: Sequence[Any]) -> EntrySummary:
    return EntrySummary(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7] > 1)


# Facets: key (a filter key too) -> the FROM list and the value `v` it counts.
_EACH = "entries, json_each(entries.body, '$.{}') AS j"
FACETS = {
    "country": ("entries", "country"),
    "organisation_type": ("entries", "organisation_type"),
    "kind": ("entries", "kind"),
    "status": ("entries", "status"),
    "technique": (_EACH.format("ai_techniques"), "j.value"),
    "policy_area": (_EACH.format("policy_areas"), "j.value"),
    "risk": ("entries", "json_extract(entries.body, '$.ai_act.risk_tier')"),
    "dataset": ("entries", "dataset"),
}


def changed_fields(old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> tuple[str, ...]:
    """Dotted names of the fields that differ between two bodies (one level deep)."""
    old, new = old or {}, new or {}
    changed = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        if isinstance(a, dict) and isinstance(b, dict):
            changed += [
                f"{key}.{sub}" for sub in sorted(set(a) | set(b)) if a.get(sub) != b.get(sub)
            ]
        else:
            changed.append(key)
    return tuple(changed)


class Catalogue:
    """A catalogue opened on a home folder. Use `Catalogue.open(home)`; close when done."""

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

    @functools.cached_property
    def db(self) -> Any:
        """An `sqlite_utils.Database` on the same connection, for ad-hoc queries and tools.
        Imported on first use: sqlite-utils imports numpy, a quarter of the desktop app's
        start-up (measured with `python -X importtime`)."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    # -- opening and closing -----------------------------------------------------------------

    @classmethod
    def open(cls, home: Path, *, author: str | None = None, auto_backup: bool = True) -> Catalogue:
        """Open (creating if needed) the catalogue in `home`; migrate; make the daily backup."""
        home = Path(home)
        for sub in ("", "blobs", "index", "keys", "backups", "logs"):
            (home / sub).mkdir(parents=True, exist_ok=True)
        db_path = home / "casebook.db"
        # SQLite itself tells a file that is not a database: reading the file here would
        # close a descriptor of it, which drops every POSIX lock this process holds on it
        # (the other connections' too), and then a closing connection elsewhere believes
        # it is the last one and deletes the WAL and shared-memory files under them.
        conn = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
        try:
            try:
                conn.execute("PRAGMA schema_version").fetchone()
            except sqlite3.DatabaseError as exc:
                if "not a database" not in str(exc):
                    raise
                raise InvalidInput(
                    f"{db_path} is not a Casebook database; choose another --home"
                ) from None
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA busy_timeout = 10000")
            migrate(conn)
        except BaseException:
            conn.close()
            raise
        catalogue = cls(home, conn, author or _default_author())
        catalogue._ensure_installation()
        if auto_backup and catalogue.count_revisions():
            backup.auto_backup(conn, home / "backups")
        return catalogue

    def close(self) -> None:
        """Close the database (checkpointing the WAL)."""
        self.conn.close()

    def __enter__(self) -> Catalogue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
        # a counter they already signed (SYNC.md, "Counter reuse forks history").
        previous = self._meta("installation_id")
        self._installation_id = None
        self._set_meta("installation_id", str(uuid.uuid4()))
        self._set_meta("counter", "0")
        self._set_meta("created_at", utc_now())
        if previous:
            self._set_meta("previous_installation_id", previous)

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

    # -- revisions ---------------------------------------------------------------------------

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
        """`_store` for many (inside a write): the revisions not yet present, inserted with
        one query per 500 to find those held and one insert of the rest."""
        held = self._stored("rev", [r.rev for r in revisions])
        new: list[Revision] = []
        for r in revisions:
            if r.rev not in held:
                held.add(r.rev)
                new.append(r)
        try:
            self._insert(new)
        except sqlite3.IntegrityError:
            # UNIQUE (origin, counter): a second hash for a counter, held or in this batch.
            # Name it as `_store` does (the caller's transaction is rolled back).
            for r in new:
                self._store(r)
            raise
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

    def add_revisions(
        self,
        revisions: Sequence[Revision],
        *,
        also: Callable[[sqlite3.Connection], None] | None = None,
    ) -> Changes:
        """Add revisions made elsewhere (starter catalogue, sync): an idempotent set union.

        The caller has verified them. All are stored in one transaction or none; `also`
        runs inside that transaction after them (sync records signatures and the import).
        """
        changes = Changes()
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
            if also is not None:
                also(self.conn)
        schemas = {r.object_id: r.content_schema for r in fresh}
        for object_id in sorted(touched):
            if schemas[object_id] == collection.CONTENT_SCHEMA:
                changes.collections.append(object_id)
            elif object_id not in before and object_id in after:
                changes.added.append(object_id)
            elif object_id in before and object_id not in after:
                changes.deleted.append(object_id)
            elif before.get(object_id) != after.get(object_id):
                changes.updated.append(object_id)
        return changes

    def _objects_held(self, object_ids: Iterable[str]) -> set[str]:
        """Those of these objects of which at least one revision is stored."""
        return self._stored("object_id", sorted(set(object_ids)))

    def _stored(self, column: str, values: Sequence[str]) -> set[str]:
        """Those of `values` found in the revisions' `column` ("rev" or "object_id"),
        asked 500 at a time."""
        assert column in ("rev", "object_id")
        held: set[str] = set()
        for i in range(0, len(values), 500):
            chunk = values[i : i + 500]
            marks = ",".join("?" * len(chunk))
            held.update(
                r[0]
                for r in self.conn.execute(
                    f"SELECT DISTINCT {column} FROM revisions WHERE {column} IN ({marks})",  # noqa: S608
                    chunk,
                )
            )
        return held

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

    def version_vector(self) -> dict[str, int]:
        """{origin: highest counter held}."""
        return dict(self.conn.execute("SELECT origin, max(counter) FROM revisions GROUP BY origin"))

    def rebuild_view(self) -> None:
        """Recompute heads, entries and collections from the revisions alone."""
        with self.atomic():
            view.rebuild(self.conn)

    # -- entries -----------------------------------------------------------------------------

    def add_entry(self, body: Mapping[str, Any]) -> Changes:
        """Validate and add one entry; `Changes.added` holds its new id."""
        return self.add_entries([body])

    def add_entries(
        self,
        bodies: Iterable[Mapping[str, Any]],
        job: Job | None = None,
    ) -> Changes:
        """Validate every body first, then add all in one transaction (all or nothing).

        Problems of all bodies are reported together, prefixed with `[n]` when there are
        several. Cancelling `job` before the commit leaves nothing written.
        """
        job = Job.of(job)
        items = list(bodies)
        valid: list[dict[str, Any]] = []
        problems: list[Problem] = []
        for n, body in enumerate(items, 1):
            try:
                valid.append(entry.validate_entry(body))
            except CasebookError as exc:
                prefix = f"[{n}] " if len(items) > 1 else ""
                problems += [Problem(prefix + p.field, p.message) for p in exc.problems]
        if problems:
            raise InvalidEntry(f"{len(problems)} problem(s); nothing was added", problems)
        changes = Changes()
        with self.atomic():
            first = self._next_counter(len(valid))
            now = utc_now()
            done = 0
            for batch in self._new_entries(valid, first, self.author, now, job):
                changes.added += [r.object_id for r in batch]
                done += len(batch)
                job.report(done / len(valid), f"{done} of {len(valid)} entries")
        return changes

    def _new_entries(
        self,
        bodies: Sequence[dict[str, Any]],
        first_counter: int,
        author: str,
        now: str,
        job: Job,
    ) -> Iterator[list[Revision]]:
        """Store validated `bodies` as new entries, 500 at a time (in the caller's
        transaction), yielding each batch of revisions once it is in the view."""
        for start in range(0, len(bodies), 500):
            job.check()
            batch = [
                make_revision(
                    object_id=str(uuid.uuid4()),
                    content_schema=entry.CONTENT_SCHEMA,
                    origin=self.installation_id,
                    counter=first_counter + start + i,
                    parents=[],
                    op="put",
                    body=body,
                    author=author,
                    authored_at=now,
                )
                for i, body in enumerate(bodies[start : start + 500])
            ]
            self._insert(batch)
            view.write_new_objects(self.conn, batch)
            yield batch

    def write_imported(
        self,
        new: Sequence[Mapping[str, Any]],
        revised: Sequence[tuple[str, Sequence[str], Mapping[str, Any]]],
        *,
        author: str | None = None,
        job: Job | None = None,
    ) -> Changes:
        """Add new entries and new revisions of existing ones, in one transaction.

        `revised` holds (entry id, parent revisions, body). An importer gives as parent
        the entry's last imported revision, not its current head: a user's later edit then
        stays beside the import as a conflict (SYNC.md) instead of being overwritten.
        Every body is validated first; nothing is written if any is invalid or the import
        is cancelled. `author` names who wrote the revisions (default: this catalogue's).
        """
        job = Job.of(job)
        problems: list[Problem] = []
        valid_new: list[dict[str, Any]] = []
        valid_revised: list[tuple[str, Sequence[str], dict[str, Any]]] = []
        for n, body in enumerate([*new, *(r[2] for r in revised)], 1):
            try:
                checked = entry.validate_entry(body)
            except CasebookError as exc:
                problems += [Problem(f"[{n}] {p.field}", p.message) for p in exc.problems]
                continue
            if n <= len(new):
                valid_new.append(checked)
            else:
                object_id, parents, _ = revised[n - len(new) - 1]
                valid_revised.append((object_id, parents, checked))
        if problems:
            raise InvalidEntry(f"{len(problems)} problem(s); nothing was imported", problems)
        changes = Changes()
        total = len(valid_new) + len(valid_revised)
        who = author or self.author
        with self.atomic():
            counter = self._next_counter(total) if total else 0
            now = utc_now()
            done = 0
            for batch in self._new_entries(valid_new, counter, who, now, job):
                changes.added += [r.object_id for r in batch]
                done += len(batch)
                job.report(done / total, f"written {done} of {total} entries")
            counter += len(valid_new)
            for start in range(0, len(valid_revised), 500):
                job.check()
                batch = [
                    make_revision(
                        object_id=object_id,
                        content_schema=entry.CONTENT_SCHEMA,
                        origin=self.installation_id,
                        counter=counter + start + i,
                        parents=parents,
                        op="put",
                        body=body,
                        author=who,
                        authored_at=now,
                    )
                    for i, (object_id, parents, body) in enumerate(
                        valid_revised[start : start + 500]
                    )
                ]
                self._insert(batch)
                view.refresh_objects(self.conn, [r.object_id for r in batch])
                changes.updated += [r.object_id for r in batch]
                done += len(batch)
                job.report(done / total, f"written {done} of {total} entries")
            job.check()
        return changes

    def get_entry(self, entry_id: str) -> EntryRecord:
        """The entry as shown (raises `NotFound` for unknown or deleted ids)."""
        row = self.conn.execute(
            "SELECT id, rev, body, created_at, updated_at, live_heads FROM entries WHERE id = ?",
            (entry_id,),
        ).fetchone()
        if row is None:
            if self.conn.execute(
                "SELECT 1 FROM revisions WHERE object_id = ? LIMIT 1", (entry_id,)
            ).fetchone():
                raise NotFound(
                    f"entry {entry_id} was deleted; `casebook undelete {entry_id[:8]}` "
                    "brings it back"
                )
            raise NotFound(f"no entry {entry_id}; `casebook list` shows the ids")
        return EntryRecord(row[0], row[1], json.loads(row[2]), row[3], row[4], row[5])

    def update_entry(self, entry_id: str, body: Mapping[str, Any]) -> Changes:
        """Replace an entry's body with a validated new one (a new revision on all heads).

        Writing the same body again changes nothing and returns empty `Changes`.
        """
        new = entry.validate_entry(body)
        with self.atomic():
            current = self.get_entry(entry_id)
            if current.body == new and not current.conflict:
                return Changes()
            self._commit_local(entry_id, entry.CONTENT_SCHEMA, "put", new)
        return Changes(updated=[entry_id])

    def set_fields(self, entry_id: str, assignments: Sequence[tuple[str, str]]) -> Changes:
        """Set dotted keys from text (`location.city`, `tags`) and save as one revision;
        read and written in one transaction, so no write between them is lost."""
        with self.atomic():
            body: dict[str, Any] = self.get_entry(entry_id).body
            for key, value in assignments:
                body = entry.set_field(body, key, value)
            return self.update_entry(entry_id, body)

    def delete_entry(self, entry_id: str) -> Changes:
        """Delete an entry: a tombstone revision (the history stays; undo with undelete)."""
        return self.delete_entries([entry_id])

    def delete_entries(self, entry_ids: Sequence[str]) -> Changes:
        """Delete several entries in one transaction: all of them, or none when one id is
        unknown or already deleted."""
        with self.atomic():
            for entry_id in entry_ids:
                self.get_entry(entry_id)
                self._commit_local(entry_id, entry.CONTENT_SCHEMA, "delete", None)
        return Changes(deleted=list(entry_ids))

    def undelete_entry(self, entry_id: str) -> Changes:
        """Bring back a deleted entry with the body it had before the delete."""
        return self.undelete_entries([entry_id])

    def undelete_entries(self, entry_ids: Sequence[str]) -> Changes:
        """Bring back several deleted entries in one transaction (all or none)."""
        with self.atomic():
            for entry_id in entry_ids:
                revisions = view.load_object(self.conn, entry_id)
                if not revisions or revisions[0].content_schema != entry.CONTENT_SCHEMA:
                    raise NotFound(f"no entry {entry_id}")
                if not order_heads(revisions)[0].is_delete:
                    raise InvalidInput(f"entry {entry_id} is not deleted")
                last_body = next(
                    r.body for r in reversed(causal_order(revisions)) if r.body is not None
                )
                self._commit_local(entry_id, entry.CONTENT_SCHEMA, "put", last_body)
        return Changes(added=list(entry_ids))

    def list_entries(
        self,
        filters: Sequence[tuple[str, str]] = (),
        limit: int | None = None,
        *,
        order: str = "title",
        descending: bool = False,
        offset: int = 0,
    ) -> list[EntrySummary]:
        """Entries matching every filter key (values of one key are alternatives), in
        `order` (one of `LIST_ORDERS`; ties by id), so the same revisions always list the
        same way. `offset` and `limit` give one page of the list."""
        if order not in LIST_ORDERS:
            raise InvalidInput(f"unknown order {order!r}; use one of: {', '.join(LIST_ORDERS)}")
        where, params = self.filter_sql(filters)
        direction = "DESC" if descending else "ASC"
        # `where`, the order and the direction come from fixed tables; values are parameters.
        ordering = f"ORDER BY {LIST_ORDERS[order]} {direction}, id {direction}"
        if offset:
            # Skipping rows walks only the order's index (a covering one for title, and
            # the sort keys otherwise); only the page's own rows are read from the table.
            # At offset 99,800 of 100,000 this halves the time of a page.
            sql = (
                f"SELECT {_SUMMARY_COLUMNS} FROM entries WHERE rowid IN "  # noqa: S608
                f"(SELECT rowid FROM entries {where} {ordering} LIMIT ? OFFSET ?) {ordering}"
            )
            params += [-1 if limit is None else limit, offset]
        else:
            sql = f"SELECT {_SUMMARY_COLUMNS} FROM entries {where} {ordering}"  # noqa: S608
            if limit is not None:
                sql += " LIMIT ?"
                params.append(limit)
        return [_summary(r) for r in self.conn.execute(sql, params)]

    def count_matching(self, filters: Sequence[tuple[str, str]] = ()) -> int:
        """How many entries `list_entries(filters)` lists."""
        where, params = self.filter_sql(filters)
        sql = f"SELECT count(*) FROM entries {where}"  # noqa: S608 (fixed clauses, parameters)
        count: int = self.conn.execute(sql, params).fetchone()[0]
        return count

    def summaries(self, ids: Sequence[str]) -> list[EntrySummary]:
        """The list rows of `ids`, in that order (ids no longer in the view are left out)."""
        sql = (
            f"SELECT {_SUMMARY_COLUMNS} FROM entries "  # noqa: S608 (fixed columns)
            "WHERE id IN (SELECT value FROM json_each(?))"
        )
        rows = {r[0]: _summary(r) for r in self.conn.execute(sql, (json.dumps(list(ids)),))}
        return [rows[i] for i in ids if i in rows]

    @staticmethod
    def filter_sql(filters: Sequence[tuple[str, str]]) -> tuple[str, list[Any]]:
        """A WHERE clause (and its parameters) for filters on the `entries` view."""
        grouped: dict[str, list[str]] = {}
        for key, value in filters:
            if key not in _FILTERS:
                raise InvalidInput(f"unknown filter {key!r}; use one of: {', '.join(FILTER_KEYS)}")
            grouped.setdefault(key, []).append(value)
        clauses, params = [], []
        for key in sorted(grouped):
            clauses.append("(" + " OR ".join(_FILTERS[key] for _ in grouped[key]) + ")")
            params += grouped[key]
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), params

    # -- for derived indexes (search) ---------------------------------------------------------

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

    def entry_rows(self, ids: Sequence[str] | None = None, chunk: int = 1000) -> Iterator[IndexRow]:
        """The view's entries as indexes need them (all of them, or those of `ids` that are
        live; an id not returned is deleted or not an entry)."""
        columns = "id, rev, body, live_heads"
        if ids is None:
            for row in self.conn.execute(f"SELECT {columns} FROM entries ORDER BY id"):  # noqa: S608
                yield IndexRow(row[0], row[1], json.loads(row[2]), row[3] > 1)
            return
        for start in range(0, len(ids), chunk):
            part = json.dumps(list(ids[start : start + chunk]))
            sql = f"SELECT {columns} FROM entries WHERE id IN (SELECT value FROM json_each(?))"  # noqa: S608
            for row in self.conn.execute(sql, (part,)):
                yield IndexRow(row[0], row[1], json.loads(row[2]), row[3] > 1)

    def entries_with_source(
        self, dataset: str | None, source_id: str | None, url: str | None
    ) -> list[tuple[str, str]]:
        """(id, title) of entries imported from the same dataset record or the same page."""
        rows = []
        if dataset and source_id:
            rows += self.conn.execute(
                "SELECT id, title FROM entries WHERE dataset = ? AND source_id = ?",
                (dataset, source_id),
            ).fetchall()
        if url:
            rows += self.conn.execute(
                "SELECT id, title FROM entries WHERE json_extract(body, '$.source.url') = ?",
                (url,),
            ).fetchall()
        return sorted({(str(r[0]), str(r[1])) for r in rows})

    def filtered_ids(self, filters: Sequence[tuple[str, str]]) -> list[str]:
        """Ids of the entries that match the filters (see `list_entries`)."""
        where, params = self.filter_sql(filters)
        sql = f"SELECT id FROM entries {where}"  # noqa: S608
        return [r[0] for r in self.conn.execute(sql, params)]

    def facet_counts(
        self, filters: Sequence[tuple[str, str]] = (), ids: Sequence[str] | None = None
    ) -> dict[str, list[tuple[str, int]]]:
        """Counts per value of each facet over the entries that match `filters` (and are in
        `ids` when given), most frequent first, then by value."""
        key = (self.view_state(), tuple(filters), None if ids is None else tuple(ids))
        cached = self._facets.get(key)
        if cached is not None:
            return {facet: list(counts) for facet, counts in cached.items()}
        where, params = self.filter_sql(filters)
        if ids is not None:
            where += " AND " if where else "WHERE "
            where += "entries.id IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(list(ids)))
        facets: dict[str, list[tuple[str, int]]] = {}
        for facet, (source, value) in FACETS.items():
            # `source`, `value` and `where` come from fixed tables; values are parameters.
            sql = (
                f"SELECT {value} AS v, count(*) AS n FROM {source} {where} "  # noqa: S608
                "GROUP BY v HAVING v IS NOT NULL ORDER BY n DESC, v"
            )
            facets[facet] = [(str(v), n) for v, n in self.conn.execute(sql, params)]
        if len(self._facets) >= 32:
            self._facets.clear()
        self._facets[key] = facets
        return {facet: list(counts) for facet, counts in facets.items()}

    def count_entries(self) -> int:
        """How many entries the view shows."""
        count: int = self.conn.execute("SELECT count(*) FROM entries").fetchone()[0]
        return count

    def resolve_id(self, text: str) -> str:
        """A full object id from an id or a unique prefix of at least 4 characters."""
        prefix = text.strip().lower()
        if len(prefix) < 4 or any(c not in "0123456789abcdef-" for c in prefix):
            raise NotFound(f"{text!r} is not an id; give at least 4 characters of one")
        rows = self.conn.execute(
            "SELECT DISTINCT object_id FROM revisions WHERE object_id >= ? AND object_id < ? "
            "LIMIT 2",
            (prefix, prefix + "\uffff"),
        ).fetchall()
        if not rows:
            raise NotFound(f"no entry {text}; `casebook list` shows the ids")
        if len(rows) > 1:
            raise NotFound(f"{text!r} matches more than one id; give more characters")
        return str(rows[0][0])

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
                    head=r in heads,
                    shown=r.rev == heads[0].rev,
                )
            )
        return items

    # -- attachments -------------------------------------------------------------------------

    def attach_file(self, entry_id: str, path: Path, media_type: str | None = None) -> Changes:
        """Store a file under `blobs/` and list it among the entry's attachments."""
        if not path.is_file():
            raise InvalidInput(f"{path}: no such file")
        sha, size = self.blobs.put_file(path)
        body = self.get_entry(entry_id).body
        attachments = [a for a in body.get("attachments", []) if a["sha256"] != sha]
        attachment = {"name": path.name, "sha256": sha, "size": size}
        if media_type:
            attachment["media_type"] = media_type
        attachments.append(attachment)
        return self.update_entry(entry_id, {**body, "attachments": attachments})

    # -- collections -------------------------------------------------------------------------

    def create_collection(self, name: str, introduction: str = "") -> Changes:
        """A new, empty collection; names are unique (ignoring case)."""
        body = collection.validate_collection({"name": name, "introduction": introduction})
        with self.atomic():
            if self.conn.execute(
                "SELECT 1 FROM collections WHERE name = ? COLLATE NOCASE", (body["name"],)
            ).fetchone():
                raise InvalidInput(f"a collection named {name!r} exists; choose another name")
            object_id = str(uuid.uuid4())
            self._commit_local(object_id, collection.CONTENT_SCHEMA, "put", body)
        return Changes(collections=[object_id])

    def get_collection(self, name_or_id: str) -> CollectionRecord:
        """A collection by name (ignoring case) or id."""
        row = self.conn.execute(
            "SELECT id, rev, body, created_at, updated_at FROM collections "
            "WHERE name = ? COLLATE NOCASE OR id = ? ORDER BY id LIMIT 1",
            (name_or_id.strip(), name_or_id.strip()),
        ).fetchone()
        if row is None:
            raise NotFound(f"no collection {name_or_id!r}; `casebook collection list` shows them")
        body = json.loads(row[2])
        items = tuple((i["entry"], i.get("note", "")) for i in body.get("items", []))
        return CollectionRecord(
            row[0], row[1], body["name"], body.get("introduction", ""), items, row[3], row[4]
        )

    def list_collections(self) -> list[CollectionRecord]:
        """All collections, by name."""
        ids = [r[0] for r in self.conn.execute("SELECT id FROM collections ORDER BY name, id")]
        return [self.get_collection(i) for i in ids]

    def save_collection(
        self,
        name_or_id: str,
        *,
        name: str | None = None,
        introduction: str | None = None,
        items: Sequence[tuple[str, str]] | None = None,
    ) -> Changes:
        """Rename, re-introduce or reorder a collection (one revision); ids must exist."""
        current = self.get_collection(name_or_id)
        new_items = current.items if items is None else tuple(items)
        # Entries deleted since they were added may stay; new ones must exist.
        live = self._shown(e for e, _ in new_items)
        listed_before = {e for e, _ in current.items}
        unknown = [e for e, _ in new_items if e not in live and e not in listed_before]
        if unknown:
            raise NotFound(f"no entry {unknown[0]}; `casebook list` shows the ids")
        body = collection.validate_collection(
            {
                "name": current.name if name is None else name,
                "introduction": current.introduction if introduction is None else introduction,
                "items": [{"entry": e, "note": n} for e, n in new_items],
            }
        )
        with self.atomic():
            self._commit_local(current.id, collection.CONTENT_SCHEMA, "put", body)
        return Changes(collections=[current.id])

    def add_to_collection(
        self, name_or_id: str, entry_ids: Sequence[str], note: str = ""
    ) -> Changes:
        """Append entries (skipping those already in it) to a collection."""
        current = self.get_collection(name_or_id)
        present = {e for e, _ in current.items}
        new = [(e, note) for e in dict.fromkeys(entry_ids) if e not in present]
        if not new:
            return Changes()
        return self.save_collection(current.id, items=[*current.items, *new])

    def remove_from_collection(self, name_or_id: str, entry_ids: Sequence[str]) -> Changes:
        """Remove entries from a collection (the entries themselves stay)."""
        current = self.get_collection(name_or_id)
        drop = set(entry_ids)
        return self.save_collection(
            current.id, items=[i for i in current.items if i[0] not in drop]
        )

    def delete_collection(self, name_or_id: str) -> Changes:
        """Delete a collection (a tombstone; its entries stay)."""
        current = self.get_collection(name_or_id)
        with self.atomic():
            self._commit_local(current.id, collection.CONTENT_SCHEMA, "delete", None)
        return Changes(collections=[current.id])

    # -- backups and checks ------------------------------------------------------------------

    def backup(self) -> Path:
        """Write a manual backup to `backups/` and return its path."""
        return backup.write_backup(self.conn, self.home / "backups", "manual")

    def restore(self, source: Path) -> Path:
        """Replace the catalogue with a backup, after backing up the current state.

        The restored catalogue gets a new installation id, so counters are never reused.
        Returns the safety backup of the state before.
        """
        backup.check_backup_file(source)
        safety = backup.write_backup(self.conn, self.home / "backups", "before-restore")
        backup.copy_into(source, self.conn)
        migrate(self.conn)
        with self.atomic():
            self._new_installation()
            view.rebuild(self.conn)
        return safety

    def check(self) -> list[str]:
        """Integrity problems (an empty list means all is well).

        Checks SQLite's integrity, every revision's hash and form, the view against a
        rebuild from revisions, and every attachment blob.
        """
        problems = []
        result = self.conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            problems.append(f"database: {result}")
        for rev, payload in self.conn.execute("SELECT rev, payload FROM revisions"):
            try:
                if revision_from_payload(payload).rev != rev:
                    problems.append(f"revision {rev}: stored under the wrong hash")
            except CasebookError as exc:
                problems.append(f"revision {rev}: {exc.message}")
        (counted,) = self.conn.execute("SELECT count(*) FROM revisions").fetchone()
        if self.view_state().revisions != counted:
            problems.append(
                f"meta: the revision count says {self.view_state().revisions}, the table "
                f"holds {counted}; run rebuild"
            )
        before = view.snapshot(self.conn)
        self.conn.execute("SAVEPOINT check_view")
        view.rebuild(self.conn)
        after = view.snapshot(self.conn)
        self.conn.execute("ROLLBACK TO check_view")
        self.conn.execute("RELEASE check_view")
        for table in before:
            if before[table] != after[table]:
                problems.append(f"view: table {table} differs from the revisions; run rebuild")
        for (body,) in self.conn.execute("SELECT body FROM entries"):
            for attachment in json.loads(body).get("attachments", []):
                if not self.blobs.verify(attachment["sha256"]):
                    problems.append(f"attachment {attachment['name']}: blob missing or damaged")
        return problems

    def status(self) -> dict[str, Any]:
        """Counts and state, for `casebook status`."""
        latest = backup.backups(self.home / "backups")
        return {
            "home": str(self.home),
            "schema_version": schema_version(self.conn),
            "schema_version_supported": SCHEMA_VERSION,
            "installation_id": self.installation_id,
            "entries": self.count_entries(),
            "conflicts": self.conn.execute(
                "SELECT count(*) FROM entries WHERE live_heads > 1"
            ).fetchone()[0],
            "collections": self.conn.execute("SELECT count(*) FROM collections").fetchone()[0],
            "revisions": self.count_revisions(),
            "origins": len(self.version_vector()),
            "database_bytes": (self.home / "casebook.db").stat().st_size,
            "last_backup": latest[-1].name if latest else None,
        }


def _default_author() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
