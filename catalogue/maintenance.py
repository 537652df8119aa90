"""The maintenance part of `Catalogue`: backups, restore, check, status."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from . import backup, view
from .errors import CasebookError
from .migrations import SCHEMA_VERSION, migrate, schema_version
from .revision import revision_from_payload
from .revision_store import RevisionStore


class Maintenance(RevisionStore):
    """Backups, restore, the integrity check and the status of a home."""

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
        for object_id, kinds in self.conn.execute(
            "SELECT object_id, group_concat(DISTINCT content_schema) FROM revisions "
            "GROUP BY object_id HAVING count(DISTINCT content_schema) > 1"
        ):
            problems.append(
                f"object {object_id}: revisions of more than one kind ({kinds}); an object "
                "keeps the kind of its first revision"
            )
        (counted,) = self.conn.execute("SELECT count(*) FROM revisions").fetchone()
        if self.view_state().revisions != counted:
            problems.append(
                f"meta: the revision count says {self.view_state().revisions}, the table "
                f"holds {counted}; run `casebook rebuild`"
            )
        before = view.snapshot(self.conn)
        self.conn.execute("SAVEPOINT check_view")
        view.rebuild(self.conn)
        after = view.snapshot(self.conn)
        self.conn.execute("ROLLBACK TO check_view")
        self.conn.execute("RELEASE check_view")
        for table in before:
            if before[table] != after[table]:
                problems.append(
                    f"view: table {table} differs from the revisions; run `casebook rebuild`"
                )
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
            "entries": self.conn.execute("SELECT count(*) FROM entries").fetchone()[0],
            "conflicts": self.conn.execute(
                "SELECT count(*) FROM entries WHERE live_heads > 1"
            ).fetchone()[0],
            "collections": self.conn.execute("SELECT count(*) FROM collections").fetchone()[0],
            "revisions": self.count_revisions(),
            "origins": len(self.version_vector()),
            "database_bytes": (self.home / "casebook.db").stat().st_size,
            "last_backup": latest[-1].name if latest else None,
        }
