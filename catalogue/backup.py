"""Backups with SQLite's online backup API: automatic (daily, keep 7), manual, restore."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from .errors import IntegrityProblem
from .migrations import SCHEMA_VERSION

KEEP_AUTOMATIC = 7
AUTO_INTERVAL = dt.timedelta(days=1)


def write_backup(conn: sqlite3.Connection, folder: Path, kind: str = "manual") -> Path:
    """Copy the live database into `folder/<kind>-<UTC time>.db` (atomic) and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{kind}-{stamp}.db"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{kind}-{stamp}-{n}.db"
    partial = target.with_suffix(".partial")
    dest = sqlite3.connect(partial)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    os.replace(partial, target)
    return target


def backups(folder: Path, kind: str | None = None) -> list[Path]:
    """Backup files in `folder`, oldest first (optionally only one kind)."""
    if not folder.is_dir():
        return []
    pattern = f"{kind}-*.db" if kind else "*.db"
    return sorted(folder.glob(pattern), key=lambda p: (p.stat().st_mtime, p.name))


def auto_backup(
    conn: sqlite3.Connection, folder: Path, now: dt.datetime | None = None
) -> Path | None:
    """Make the daily automatic backup if the last one is older than a day; keep the last 7."""
    now = now or dt.datetime.now(dt.UTC)
    existing = backups(folder, "auto")
    if existing:
        newest = dt.datetime.fromtimestamp(existing[-1].stat().st_mtime, dt.UTC)
        if now - newest < AUTO_INTERVAL:
            return None
    made = write_backup(conn, folder, "auto")
    for old in backups(folder, "auto")[:-KEEP_AUTOMATIC]:
        old.unlink(missing_ok=True)
    return made


def check_backup_file(path: Path) -> int:
    """Refuse a file that is not a sound Casebook database; return its schema version."""
    if not path.is_file():
        raise IntegrityProblem(f"{path}: no such file; give the path of a backup (.db)")
    with path.open("rb") as f:
        if f.read(16) != b"SQLite format 3\x00":
            raise IntegrityProblem(f"{path}: not a SQLite database; choose a Casebook backup")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"revisions", "meta"} <= tables:
            raise IntegrityProblem(f"{path}: a SQLite file, but not a Casebook catalogue")
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise IntegrityProblem(f"{path}: the backup is damaged ({result}); try an older one")
        version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise IntegrityProblem(f"{path}: cannot be read as a database ({exc})") from None
    finally:
        conn.close()
    if version > SCHEMA_VERSION:
        raise IntegrityProblem(f"{path}: written by a newer Casebook; install it to restore this")
    return version


def copy_into(source: Path, conn: sqlite3.Connection) -> None:
    """Replace the contents of the live database behind `conn` with `source`."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        src.backup(conn)
    finally:
        src.close()
