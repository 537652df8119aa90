"""Sync's tables, kept by the catalogue that owns the database (migration 4, SYNC.md).

`SyncStore(catalogue)` holds the domain operations sync needs: the trust list (partners,
their status, which installation ids each key signs for), the origins' signatures of the
revisions received, marks per key ({origin: counter}; today only the vector a sync folder
was last told this installation holds), the log of imported bundles, and the contiguous
version vector. It knows no cryptography and no bundle format: sync decides, the store
reads and writes.

Every write runs inside `catalogue.atomic()`: alone, it is one `BEGIN IMMEDIATE`
transaction; inside a caller's `atomic()` (an import, a trust decision read and written
together), a SAVEPOINT of that transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from .catalogue import Catalogue
from .queries import present
from .revision import utc_now

# Larger lists are asked in chunks of this many parameters (SQLite's limit is 999 on old
# builds).
_CHUNK = 500

T = TypeVar("T")


@dataclass(frozen=True)
class StoredPartner:
    """A row of the trust list; `installations` are (installation id, revoked_after)."""

    fingerprint: str
    org: str
    public_key: str  # base64, as stored
    status: str
    added_at: str
    changed_at: str
    installations: tuple[tuple[str, int | None], ...]


@dataclass(frozen=True)
class HeldRevision:
    """A stored revision as a bundle's verification needs it; `keyid` and `sig` are its
    origin's signature, when one was received."""

    origin: str
    counter: int
    keyid: str | None
    sig: str | None


@dataclass(frozen=True)
class StoredRevision:
    """A revision as an export writes it: its exact payload and its signature (a stored
    one, or one held aside that travels on)."""

    rev: str
    origin: str
    counter: int
    payload: bytes
    keyid: str | None
    sig: str | None


@dataclass(frozen=True)
class AsideRevision:
    """A revision held aside: received, kept with its origin's signature, not shown
    (`reason` says why: its origin's key is unknown, not trusted, or revoked)."""

    rev: str
    origin: str
    counter: int
    object_id: str
    keyid: str | None
    sig: str | None
    payload: bytes
    reason: str


def _chunks(values: Sequence[T]) -> Iterator[list[T]]:
    """`values` in lists of at most `_CHUNK`."""
    for i in range(0, len(values), _CHUNK):
        yield list(values[i : i + _CHUNK])


class SyncStore:
    """Sync's tables in one catalogue's database."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    # -- the trust list ----------------------------------------------------------------------

    def partners(self, include_self: bool = False) -> list[StoredPartner]:
        """The trust list by organisation name (ignoring case), then fingerprint."""
        conn = self.catalogue.conn
        installs: dict[str, list[tuple[str, int | None]]] = {}
        for inst, fp, after in conn.execute(
            "SELECT installation, fingerprint, revoked_after FROM partner_installations "
            "ORDER BY installation"
        ):
            installs.setdefault(fp, []).append((inst, after))
        where = "" if include_self else "WHERE status != 'self'"
        rows = conn.execute(
            "SELECT fingerprint, org, public_key, status, added_at, changed_at FROM partners "  # noqa: S608
            f"{where} ORDER BY org COLLATE NOCASE, fingerprint"
        ).fetchall()
        return [
            StoredPartner(r[0], r[1], r[2], r[3], r[4], r[5], tuple(installs.get(r[0], ())))
            for r in rows
        ]

    def partner_status(self, fingerprint: str) -> str | None:
        """A key's status on the trust list (`self`, `untrusted`, `trusted`, `revoked`), or
        None when it is not on it."""
        row = self.catalogue.conn.execute(
            "SELECT status FROM partners WHERE fingerprint = ?", (fingerprint,)
        ).fetchone()
        return None if row is None else str(row[0])

    def installation_owner(self, installation: str) -> str | None:
        """The fingerprint of the key that signs for an installation id, if any."""
        row = self.catalogue.conn.execute(
            "SELECT fingerprint FROM partner_installations WHERE installation = ?",
            (installation,),
        ).fetchone()
        return None if row is None else str(row[0])

    def installations_of(self, fingerprint: str) -> set[str]:
        """The installation ids a key signs for."""
        return {
            r[0]
            for r in self.catalogue.conn.execute(
                "SELECT installation FROM partner_installations WHERE fingerprint = ?",
                (fingerprint,),
            )
        }

    def is_self(self, fingerprint: str, installation: str) -> bool:
        """Whether this key is recorded as this installation's own, signing for this id."""
        row = self.catalogue.conn.execute(
            "SELECT p.status FROM partner_installations i JOIN partners p USING (fingerprint) "
            "WHERE i.installation = ? AND i.fingerprint = ?",
            (installation, fingerprint),
        ).fetchone()
        return row is not None and row[0] == "self"

    def add_partner(self, fingerprint: str, org: str, public_key: str) -> None:
        """Put a key on the trust list, untrusted."""
        now = utc_now()
        with self.catalogue.atomic() as conn:
            conn.execute(
                "INSERT INTO partners (fingerprint, org, public_key, status, added_at, "
                "changed_at) VALUES (?, ?, ?, 'untrusted', ?, ?)",
                (fingerprint, org, public_key, now, now),
            )

    def set_self(self, fingerprint: str, org: str, public_key: str) -> None:
        """Record a key as this installation's own (`self`), adding it if needed."""
        now = utc_now()
        with self.catalogue.atomic() as conn:
            conn.execute(
                "INSERT INTO partners (fingerprint, org, public_key, status, added_at, "
                "changed_at) VALUES (?, ?, ?, 'self', ?, ?) ON CONFLICT (fingerprint) DO UPDATE "
                "SET status = 'self', org = excluded.org, changed_at = excluded.changed_at",
                (fingerprint, org, public_key, now, now),
            )

    def bind_installation(self, installation: str, fingerprint: str) -> None:
        """Record that a key signs for an installation id (kept if one is recorded)."""
        with self.catalogue.atomic() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO partner_installations (installation, fingerprint) "
                "VALUES (?, ?)",
                (installation, fingerprint),
            )

    def remove_partner(self, fingerprint: str) -> None:
        """Take a key off the trust list with the installation ids bound to it, its marks
        and its acknowledgements (the revisions received from it stay)."""
        with self.catalogue.atomic() as conn:
            conn.execute("DELETE FROM partner_installations WHERE fingerprint = ?", (fingerprint,))
            conn.execute("DELETE FROM exchange_marks WHERE fingerprint = ?", (fingerprint,))
            conn.execute("DELETE FROM acknowledgements WHERE fingerprint = ?", (fingerprint,))
            conn.execute(
                "DELETE FROM partners WHERE fingerprint = ? AND status != 'self'", (fingerprint,)
            )

    def trust(self, fingerprint: str) -> None:
        """Mark a key trusted."""
        self._set_status(fingerprint, "trusted")

    def revoke(self, fingerprint: str, installations: Iterable[str]) -> None:
        """Mark a key revoked; revisions of these installation ids above the highest counter
        held now are refused from here on."""
        with self.catalogue.atomic() as conn:
            for installation in installations:
                conn.execute(
                    "UPDATE partner_installations SET revoked_after = (SELECT "
                    "coalesce(max(counter), 0) FROM revisions WHERE origin = ?) "
                    "WHERE installation = ?",
                    (installation, installation),
                )
            self._set_status(fingerprint, "revoked")

    def _set_status(self, fingerprint: str, status: str) -> None:
        with self.catalogue.atomic() as conn:
            conn.execute(
                "UPDATE partners SET status = ?, changed_at = ? WHERE fingerprint = ?",
                (status, utc_now(), fingerprint),
            )

    # -- revisions as sync sees them ---------------------------------------------------------

    def held_revisions(self, revs: Sequence[str]) -> dict[str, HeldRevision]:
        """Those of these revisions the catalogue stores, with their origin's signature."""
        held: dict[str, HeldRevision] = {}
        for chunk in _chunks(revs):
            marks = ",".join("?" * len(chunk))
            for rev, origin, counter, keyid, sig in self.catalogue.conn.execute(
                "SELECT r.rev, r.origin, r.counter, s.keyid, s.sig FROM revisions r "  # noqa: S608
                f"LEFT JOIN revision_signatures s USING (rev) WHERE r.rev IN ({marks})",
                chunk,
            ):
                held[rev] = HeldRevision(origin, counter, keyid, sig)
        return held

    def revisions_at(self, origin: str, counters: Sequence[int]) -> dict[int, str]:
        """{counter: rev} of the stored revisions of `origin` at these counters."""
        found: dict[int, str] = {}
        for chunk in _chunks(counters):
            marks = ",".join("?" * len(chunk))
            found.update(
                self.catalogue.conn.execute(
                    "SELECT counter, rev FROM revisions "  # noqa: S608
                    f"WHERE origin = ? AND counter IN ({marks})",
                    [origin, *chunk],
                ).fetchall()
            )
        return found

    def signed_revisions(self) -> Iterator[StoredRevision]:
        """Every stored revision with its origin's signature (if received), by origin and
        counter."""
        for rev, origin, counter, payload, keyid, sig in self.catalogue.conn.execute(
            "SELECT r.rev, r.origin, r.counter, r.payload, s.keyid, s.sig FROM revisions r "
            "LEFT JOIN revision_signatures s USING (rev) ORDER BY r.origin, r.counter"
        ):
            yield StoredRevision(rev, origin, counter, bytes(payload), keyid, sig)

    def record_signatures(self, signatures: Iterable[tuple[str, str, str]]) -> None:
        """Keep the origins' signatures (rev, keyid, sig) of received revisions, so relayed
        revisions stay verifiable; a signature already kept stays."""
        with self.catalogue.atomic() as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO revision_signatures (rev, keyid, sig) VALUES (?, ?, ?)",
                list(signatures),
            )

    def object_kinds(self, object_ids: Iterable[str]) -> dict[str, str]:
        """{object id: content schema} of these objects, for those with a stored revision
        (the schema of the earliest stored one)."""
        return dict(
            self.catalogue.conn.execute(
                "SELECT object_id, content_schema FROM revisions WHERE rowid IN (SELECT "
                "min(rowid) FROM revisions WHERE object_id IN (SELECT value FROM json_each(?)) "
                "GROUP BY object_id)",
                (json.dumps(sorted(set(object_ids))),),
            ).fetchall()
        )

    def known_objects(self, object_ids: Iterable[str]) -> set[str]:
        """Those of these objects of which at least one revision is stored."""
        return {
            r[0]
            for r in self.catalogue.conn.execute(
                "SELECT DISTINCT object_id FROM revisions WHERE object_id IN "
                "(SELECT value FROM json_each(?))",
                (json.dumps(sorted(set(object_ids))),),
            )
        }

    def conflicted(self, object_ids: Iterable[str]) -> list[str]:
        """Those of these entries that have several live heads, by id."""
        return [
            r[0]
            for r in self.catalogue.conn.execute(
                "SELECT id FROM entries WHERE live_heads > 1 AND id IN "
                "(SELECT value FROM json_each(?)) ORDER BY id",
                (json.dumps(sorted(set(object_ids))),),
            )
        ]

    def contiguous_vector(self) -> dict[str, int]:
        """{origin: highest counter held with no gap below it} (SYNC.md: gaps are not
        "have")."""
        result: dict[str, int] = {}
        last_origin, run = None, 0
        for origin, counter in self.catalogue.conn.execute(
            "SELECT origin, counter FROM revisions ORDER BY origin, counter"
        ):
            if origin != last_origin:
                if last_origin is not None:
                    result[last_origin] = run
                last_origin, run = origin, 0
            if counter == run + 1:
                run = counter
        if last_origin is not None:
            result[last_origin] = run
        return {o: c for o, c in result.items() if c > 0}

    # -- revisions held aside ----------------------------------------------------------------

    def aside_among(self, revs: Sequence[str]) -> set[str]:
        """Those of these revisions that are held aside."""
        return present(self.catalogue.conn, "held_revisions", "rev", revs, _CHUNK)

    def hold_aside(self, revisions: Iterable[AsideRevision]) -> int:
        """Keep revisions aside (one held already stays as it is); returns how many were
        new."""
        now = utc_now()
        with self.catalogue.atomic() as conn:
            cursor = conn.executemany(
                "INSERT OR IGNORE INTO held_revisions (rev, origin, counter, object_id, keyid, "
                "sig, payload, reason, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        a.rev,
                        a.origin,
                        a.counter,
                        a.object_id,
                        a.keyid,
                        a.sig,
                        a.payload,
                        a.reason,
                        now,
                    )
                    for a in revisions
                ],
            )
            return max(cursor.rowcount, 0)

    def aside_revisions(self) -> list[AsideRevision]:
        """Every revision held aside, by origin and counter."""
        return [
            AsideRevision(r[0], r[1], r[2], r[3], r[4], r[5], bytes(r[6]), r[7])
            for r in self.catalogue.conn.execute(
                "SELECT rev, origin, counter, object_id, keyid, sig, payload, reason "
                "FROM held_revisions ORDER BY origin, counter, rev"
            )
        ]

    def count_aside(self) -> dict[str, int]:
        """{origin: number of its revisions held aside}."""
        return dict(
            self.catalogue.conn.execute(
                "SELECT origin, count(*) FROM held_revisions GROUP BY origin ORDER BY origin"
            ).fetchall()
        )

    def move_aside(self, revs: Sequence[str], reason: str) -> None:
        """Take these revisions out of the log (the catalogue refreshes the view) and keep
        them aside with their signatures (a revoked key's revisions its revocation does not
        keep)."""
        with self.catalogue.atomic() as conn:
            for chunk in _chunks(revs):
                marks = ",".join("?" * len(chunk))
                conn.execute(
                    "INSERT OR IGNORE INTO held_revisions (rev, origin, counter, object_id, "  # noqa: S608
                    "keyid, sig, payload, reason, received_at) SELECT r.rev, r.origin, "
                    "r.counter, r.object_id, s.keyid, s.sig, r.payload, ?, r.received_at "
                    "FROM revisions r LEFT JOIN revision_signatures s USING (rev) "
                    f"WHERE r.rev IN ({marks})",
                    [reason, *chunk],
                )
            self.catalogue.withdraw_revisions(revs)

    def revisions_of_key(self, fingerprint: str) -> list[str]:
        """The revisions in the log of the installations a key signs for: those whose id
        names it (`fingerprint:epoch`) and the ids of the earlier form bound to it."""
        return [
            r[0]
            for r in self.catalogue.conn.execute(
                "SELECT rev FROM revisions WHERE substr(origin, 1, 41) = ? OR origin IN "
                "(SELECT installation FROM partner_installations WHERE fingerprint = ?) "
                "ORDER BY rev",
                (fingerprint + ":", fingerprint),
            )
        ]

    # -- signed statements -------------------------------------------------------------------

    def add_statement(
        self, statement_id: str, kind: str, signer: str, subject: str, envelope: bytes
    ) -> bool:
        """Keep a signed statement (its exact envelope line); returns whether it is new."""
        with self.catalogue.atomic() as conn:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO statements (id, kind, signer, subject, envelope, "
                "received_at) VALUES (?, ?, ?, ?, ?, ?)",
                (statement_id, kind, signer, subject, envelope, utc_now()),
            )
            return cursor.rowcount > 0

    def statements(self, kind: str) -> list[tuple[str, str, str, bytes]]:
        """(id, signer, subject, envelope) of the statements of one kind, by id."""
        return [
            (r[0], r[1], r[2], bytes(r[3]))
            for r in self.catalogue.conn.execute(
                "SELECT id, signer, subject, envelope FROM statements WHERE kind = ? ORDER BY id",
                (kind,),
            )
        ]

    def has_statements(self, ids: Sequence[str]) -> set[str]:
        """Those of these statement ids that are kept here."""
        return present(self.catalogue.conn, "statements", "id", ids, _CHUNK)

    def set_revoked(self, fingerprint: str) -> None:
        """Mark a key revoked (by a revocation statement)."""
        self._set_status(fingerprint, "revoked")

    def release_aside(self, revs: Iterable[str]) -> None:
        """Forget these held-aside revisions (applied, or found invalid)."""
        with self.catalogue.atomic() as conn:
            conn.executemany("DELETE FROM held_revisions WHERE rev = ?", [(r,) for r in revs])

    # -- exchanges ---------------------------------------------------------------------------

    def marks(self, key: str) -> dict[str, int]:
        """{origin: counter} recorded under a key (a sync folder's: the version vector this
        installation last acknowledged there). What partners hold is what they
        acknowledge (`delivery_store.py`), never what was written for them."""
        return dict(
            self.catalogue.conn.execute(
                "SELECT origin, counter FROM exchange_marks WHERE fingerprint = ? ORDER BY origin",
                (key,),
            ).fetchall()
        )

    def raise_marks(self, key: str, marks: Mapping[str, int]) -> None:
        """Raise a partner's (or folder's) marks to these counters; a mark never goes down."""
        with self.catalogue.atomic() as conn:
            conn.executemany(
                "INSERT INTO exchange_marks (fingerprint, origin, counter) VALUES (?, ?, ?) "
                "ON CONFLICT (fingerprint, origin) DO UPDATE SET "
                "counter = max(counter, excluded.counter)",
                [(key, o, c) for o, c in sorted(marks.items())],
            )

    def record_import(
        self,
        bundle_id: str,
        exporter: str,
        revisions: int,
        new_revisions: int,
        blobs: int,
        installation: str | None = None,
    ) -> None:
        """Log an imported bundle: its id, its exporter's fingerprint and installation, and
        its counts."""
        with self.catalogue.atomic() as conn:
            conn.execute(
                "INSERT INTO bundle_imports (bundle_id, exporter, imported_at, revisions, "
                "new_revisions, blobs, installation) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (bundle_id, exporter, utc_now(), revisions, new_revisions, blobs, installation),
            )
