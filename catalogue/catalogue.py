"""The `Catalogue`: the one object that owns a home folder and its SQLite database.

Every write is one `atomic()` transaction (nested ones are savepoints) that stores
immutable revisions and then refreshes the derived view of the objects it touched; it
returns a `Changes` saying which entries and collections were added, updated or deleted,
so a window can refresh just those.
"""

from __future__ import annotations

import getpass
import sqlite3
from pathlib import Path

from . import backup
from .collection_store import CollectionStore
from .errors import InvalidInput
from .maintenance import Maintenance
from .migrations import migrate
from .queries import FACETS, FILTER_KEYS, LIST_ORDERS
from .records import (
    Changes,
    CollectionRecord,
    DeletedEntry,
    EntryRecord,
    EntrySummary,
    HistoryItem,
    IndexRow,
    ViewState,
    changed_fields,
)
from .revision_store import Equivocation
from .trail import LearningTrail

# Re-exported: what the other packages import from here.
__all__ = [
    "FACETS",
    "FILTER_KEYS",
    "LIST_ORDERS",
    "Catalogue",
    "Changes",
    "CollectionRecord",
    "DeletedEntry",
    "EntryRecord",
    "EntrySummary",
    "Equivocation",
    "HistoryItem",
    "IndexRow",
    "ViewState",
    "changed_fields",
]


class Catalogue(LearningTrail, CollectionStore, Maintenance):
    """A catalogue opened on a home folder. Use `Catalogue.open(home)`; close when done.

    Its parts, one module each: the revision log and the view (`revision_store`), entries
    (`entry_store`), validation and transfers (`trail`), collections (`collection_store`)
    and maintenance (`maintenance`)."""

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
        catalogue._check_location()
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


def _default_author() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
