"""What partners acknowledged and what a sync folder holds (migration 8, SYNC.md amendments:
"Sent is not received").

`DeliveryStore(catalogue)` keeps, per partner installation, the acknowledgement of its own
latest bundle (its contiguous version vector and the hashes it holds at forked counters),
and, per sync folder, the bundle files written there or read from there with the revisions
each holds. Sync decides what to send from these; the store only reads and writes. Every
write runs inside `catalogue.atomic()`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .catalogue import Catalogue
from .revision import utc_now
from .sync_store import StoredRevision


@dataclass(frozen=True)
class Acknowledgement:
    """What one installation said it holds, in its latest bundle (by its `created_at`)."""

    installation: str
    fingerprint: str
    vector: dict[str, int]
    forked: frozenset[str]  # hashes it holds at counters it holds twice or more
    wants: dict[str, int]  # what it asks for: {origin: counter} others hold and it lacks
    bundle_id: str
    created_at: str
    received_at: str


@dataclass(frozen=True)
class FolderFile:
    """A bundle file of a sync folder this installation wrote (`mine`) or imported."""

    name: str
    bundle_id: str
    mine: bool
    seq: int  # the import log's last rowid when it was written or read
    written_at: str
    stamp: str  # its size and modification time then


class DeliveryStore:
    """Acknowledgements and sync-folder files in one catalogue's database."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    # -- acknowledgements --------------------------------------------------------------------

    def acknowledge(
        self,
        installation: str,
        fingerprint: str,
        vector: dict[str, int],
        forked: Iterable[str],
        wants: dict[str, int],
        bundle_id: str,
        created_at: str,
    ) -> None:
        """Keep an installation's acknowledgement unless one of a later bundle is kept."""
        with self.catalogue.atomic() as conn:
            conn.execute(
                "INSERT INTO acknowledgements (installation, fingerprint, vector, forked, wants, "
                "bundle_id, created_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (installation) DO UPDATE SET fingerprint = excluded.fingerprint, "
                "vector = excluded.vector, forked = excluded.forked, wants = excluded.wants, "
                "bundle_id = excluded.bundle_id, created_at = excluded.created_at, "
                "received_at = excluded.received_at "
                "WHERE excluded.created_at >= acknowledgements.created_at",
                (
                    installation,
                    fingerprint,
                    json.dumps(dict(sorted(vector.items()))),
                    json.dumps(sorted(set(forked))),
                    json.dumps(dict(sorted(wants.items()))),
                    bundle_id,
                    created_at,
                    utc_now(),
                ),
            )

    def acknowledgements(self) -> dict[str, Acknowledgement]:
        """{installation: its latest acknowledgement}."""
        return {
            r[0]: Acknowledgement(
                r[0],
                r[1],
                json.loads(r[2]),
                frozenset(json.loads(r[3])),
                json.loads(r[4]),
                r[5],
                r[6],
                r[7],
            )
            for r in self.catalogue.conn.execute(
                "SELECT installation, fingerprint, vector, forked, wants, bundle_id, created_at, "
                "received_at FROM acknowledgements ORDER BY installation"
            )
        }

    def forget_acknowledgements(self, fingerprint: str) -> None:
        """Drop what a key's installations acknowledged (the key left the trust list)."""
        with self.catalogue.atomic() as conn:
            conn.execute("DELETE FROM acknowledgements WHERE fingerprint = ?", (fingerprint,))

    # -- revisions to send -------------------------------------------------------------------

    def above(self, vector: dict[str, int]) -> list[tuple[str, str, int]]:
        """(rev, origin, counter) of the revisions in the log and held aside above a
        version vector, and of every revision at a counter held more than once; read by
        origin along the (origin, counter) indexes, so the cost follows what is above."""
        conn = self.catalogue.conn
        rows: set[tuple[str, str, int]] = set()
        for table in ("revisions", "held_revisions"):
            origins = [r[0] for r in conn.execute(f"SELECT DISTINCT origin FROM {table}")]  # noqa: S608
            for origin in origins:
                rows.update(
                    conn.execute(
                        f"SELECT rev, origin, counter FROM {table} "  # noqa: S608
                        "WHERE origin = ? AND counter > ?",
                        (origin, vector.get(origin, 0)),
                    ).fetchall()
                )
            rows.update(
                conn.execute(
                    f"SELECT rev, origin, counter FROM {table} WHERE (origin, counter) IN "  # noqa: S608
                    f"(SELECT origin, counter FROM {table} GROUP BY origin, counter "
                    "HAVING count(*) > 1)"
                ).fetchall()
            )
        return sorted(rows, key=lambda r: (r[1], r[2], r[0]))

    def stored(self, revs: Sequence[str]) -> list[StoredRevision]:
        """These revisions as an export writes them, from the log (with the origin's
        signature, when received) or held aside, by origin and counter."""
        found: dict[str, StoredRevision] = {}
        wanted = json.dumps(list(revs))
        for sql in (
            "SELECT r.rev, r.origin, r.counter, r.payload, s.keyid, s.sig FROM revisions r "
            "LEFT JOIN revision_signatures s USING (rev) "
            "WHERE r.rev IN (SELECT value FROM json_each(?))",
            "SELECT rev, origin, counter, payload, keyid, sig FROM held_revisions "
            "WHERE rev IN (SELECT value FROM json_each(?))",
        ):
            for rev, origin, counter, payload, keyid, sig in self.catalogue.conn.execute(
                sql, (wanted,)
            ):
                found.setdefault(
                    rev, StoredRevision(rev, origin, counter, bytes(payload), keyid, sig)
                )
        return sorted(found.values(), key=lambda r: (r.origin, r.counter, r.rev))

    def held_vector(self) -> dict[str, int]:
        """{origin: highest counter held with no gap below it}, counting the revisions
        held aside (kept, and passed on) as held: what this installation acknowledges."""
        conn = self.catalogue.conn
        aside = {r[0] for r in conn.execute("SELECT DISTINCT origin FROM held_revisions")}
        result: dict[str, int] = {}
        for origin, top, distinct in conn.execute(
            "SELECT origin, max(counter), count(DISTINCT counter) FROM revisions GROUP BY origin"
        ):
            if top == distinct and origin not in aside:  # 1..top, all there: no gap
                result[origin] = top
            else:
                aside.add(origin)
        for origin in sorted(aside):
            for (counter,) in conn.execute(
                "SELECT counter FROM revisions WHERE origin = ?1 UNION "
                "SELECT counter FROM held_revisions WHERE origin = ?1 ORDER BY counter",
                (origin,),
            ):
                if counter != result.get(origin, 0) + 1:
                    break
                result[origin] = counter
        return result

    def forked_revisions(self) -> list[str]:
        """The revisions in the log at a counter of their origin held more than once."""
        return [
            r[0]
            for r in self.catalogue.conn.execute(
                "SELECT rev FROM revisions WHERE (origin, counter) IN (SELECT origin, counter "
                "FROM revisions GROUP BY origin, counter HAVING count(*) > 1) ORDER BY rev"
            )
        ]

    # -- the import log, by installation -----------------------------------------------------

    def imported(self, bundle_id: str) -> bool:
        """Whether a bundle of this id was imported before."""
        row = self.catalogue.conn.execute(
            "SELECT 1 FROM bundle_imports WHERE bundle_id = ? LIMIT 1", (bundle_id,)
        ).fetchone()
        return row is not None

    def last_seq(self) -> int:
        """The import log's last rowid (0 when empty): a local clock that only moves on."""
        row = self.catalogue.conn.execute("SELECT max(rowid) FROM bundle_imports").fetchone()
        return int(row[0] or 0)

    def nth_latest_import(self, n: int) -> dict[str, int]:
        """{installation: rowid of its n-th latest imported bundle}, for installations that
        sent at least n."""
        return dict(
            self.catalogue.conn.execute(
                "SELECT installation, seq FROM (SELECT installation, rowid AS seq, "
                "row_number() OVER (PARTITION BY installation ORDER BY rowid DESC) AS k "
                "FROM bundle_imports WHERE installation IS NOT NULL) WHERE k = ?",
                (n,),
            ).fetchall()
        )

    def imports_from(self) -> dict[str, tuple[int, str]]:
        """{installation: (bundles imported from it, when the last was)}."""
        return {
            r[0]: (int(r[1]), str(r[2]))
            for r in self.catalogue.conn.execute(
                "SELECT installation, count(*), max(imported_at) FROM bundle_imports "
                "WHERE installation IS NOT NULL GROUP BY installation"
            )
        }

    # -- sync-folder files -------------------------------------------------------------------

    def record_folder_file(
        self,
        folder: str,
        name: str,
        bundle_id: str,
        mine: bool,
        revs: Sequence[str],
        stamp: str = "",
    ) -> None:
        """Remember a file written to (or read from) a folder and the revisions it holds;
        a file remembered already keeps its place (read again, it is not new), unless its
        stamp says another file took its name."""
        with self.catalogue.atomic() as conn:
            seq = self.last_seq()
            known = conn.execute(
                "SELECT stamp FROM folder_files WHERE folder = ? AND name = ?", (folder, name)
            ).fetchone()
            if known is not None and known[0] != stamp:  # another file under that name
                self.forget_folder_files(folder, [name])
            conn.execute(
                "INSERT OR IGNORE INTO folder_files (folder, name, bundle_id, mine, seq, "
                "written_at, stamp) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (folder, name, bundle_id, int(mine), seq, utc_now(), stamp),
            )
            conn.executemany(
                "INSERT OR IGNORE INTO folder_offers (folder, name, rev) VALUES (?, ?, ?)",
                [(folder, name, rev) for rev in revs],
            )

    def folder_files(self, folder: str) -> list[FolderFile]:
        """The files of a folder remembered here, in the order they were first seen."""
        return [
            FolderFile(r[0], r[1], bool(r[2]), int(r[3]), r[4], r[5])
            for r in self.catalogue.conn.execute(
                "SELECT name, bundle_id, mine, seq, written_at, stamp FROM folder_files "
                "WHERE folder = ? ORDER BY rowid",
                (folder,),
            )
        ]

    def forget_folder_files(self, folder: str, names: Iterable[str]) -> None:
        """Forget files gone from a folder (pruned, or removed by someone)."""
        rows = [(folder, n) for n in names]
        with self.catalogue.atomic() as conn:
            conn.executemany("DELETE FROM folder_offers WHERE folder = ? AND name = ?", rows)
            conn.executemany("DELETE FROM folder_files WHERE folder = ? AND name = ?", rows)

    def offered(self, folder: str, revs: Sequence[str]) -> dict[str, int]:
        """{rev: the latest `seq` of a remembered file of the folder that holds it}, for
        those of these revisions that one holds."""
        return dict(
            self.catalogue.conn.execute(
                "SELECT o.rev, max(f.seq) FROM folder_offers o JOIN folder_files f "
                "USING (folder, name) WHERE o.folder = ? AND o.rev IN "
                "(SELECT value FROM json_each(?)) GROUP BY o.rev",
                (folder, json.dumps(list(revs))),
            ).fetchall()
        )

    def revisions_in(self, folder: str, name: str) -> list[tuple[str, str | None, int | None]]:
        """(rev, origin, counter) of the revisions a remembered file holds; origin and
        counter are None for one stored neither in the log nor aside."""
        return [
            (r[0], r[1], r[2])
            for r in self.catalogue.conn.execute(
                "SELECT o.rev, coalesce(r.origin, h.origin), coalesce(r.counter, h.counter) "
                "FROM folder_offers o LEFT JOIN revisions r ON r.rev = o.rev "
                "LEFT JOIN held_revisions h ON h.rev = o.rev "
                "WHERE o.folder = ? AND o.name = ?",
                (folder, name),
            )
        ]
