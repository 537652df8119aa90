"""The entries part of `Catalogue`."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from . import entry, queries, view
from .errors import CasebookError, InvalidEntry, InvalidInput, NotFound, Problem
from .jobs import Job
from .queries import FACETS, LIST_ORDERS, SUMMARY_COLUMNS, summary_row
from .records import Changes, DeletedEntry, EntryRecord, EntrySummary, IndexRow
from .revision import Revision, causal_order, make_revision, order_heads, utc_now
from .revision_store import RevisionStore


class EntryStore(RevisionStore):
    """Entries: adding (one, many, imported), reading, editing, deleting and listing them."""

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
        since: str | None = None,
        until: str | None = None,
        by: str = "updated",
    ) -> list[EntrySummary]:
        """Entries matching every filter key (values of one key are alternatives), in
        `order` (one of `LIST_ORDERS`; ties by id), so the same revisions always list the
        same way. `offset` and `limit` give one page of the list. `since` and `until`
        (dates, YYYY[-MM[-DD]], both included) keep the entries `by` "updated" or "added"
        in that time."""
        if order not in LIST_ORDERS:
            raise InvalidInput(f"unknown order {order!r}; use one of: {', '.join(LIST_ORDERS)}")
        where, params = self.filter_sql(filters)
        where, params = queries.date_range(where, params, since, until, by)
        direction = "DESC" if descending else "ASC"
        # `where`, the order and the direction come from fixed tables; values are parameters.
        ordering = f"ORDER BY {LIST_ORDERS[order]} {direction}, id {direction}"
        if offset:
            # Skipping rows walks only the order's index (a covering one for title, and
            # the sort keys otherwise); only the page's own rows are read from the table.
            # At offset 99,800 of 100,000 this halves the time of a page.
            sql = (
                f"SELECT {SUMMARY_COLUMNS} FROM entries WHERE rowid IN "  # noqa: S608
                f"(SELECT rowid FROM entries {where} {ordering} LIMIT ? OFFSET ?) {ordering}"
            )
            params += [-1 if limit is None else limit, offset]
        else:
            sql = f"SELECT {SUMMARY_COLUMNS} FROM entries {where} {ordering}"  # noqa: S608
            if limit is not None:
                sql += " LIMIT ?"
                params.append(limit)
        return [summary_row(r) for r in self.conn.execute(sql, params)]

    def deleted_entries(self) -> list[DeletedEntry]:
        """Entries whose shown revision is a delete, newest deletion first, with the title
        they had (what `casebook undelete ID` brings back)."""
        rows = self.conn.execute(
            "SELECT object_id, max(authored_at) FROM revisions "
            "WHERE content_schema = ? AND object_id NOT IN (SELECT id FROM entries) "
            "AND object_id NOT IN (SELECT id FROM collections) GROUP BY object_id",
            (entry.CONTENT_SCHEMA,),
        ).fetchall()
        found = []
        for object_id, _ in rows:
            revisions = view.load_object(self.conn, object_id)
            shown = order_heads(revisions)[0]
            if not shown.is_delete:
                continue
            last = next((r.body for r in reversed(causal_order(revisions)) if r.body), None)
            title = str((last or {}).get("title", ""))
            found.append(DeletedEntry(object_id, title, shown.authored_at, shown.author))
        return sorted(found, key=lambda d: (d.deleted_at, d.id), reverse=True)

    def count_matching(self, filters: Sequence[tuple[str, str]] = ()) -> int:
        """How many entries `list_entries(filters)` lists."""
        where, params = self.filter_sql(filters)
        sql = f"SELECT count(*) FROM entries {where}"  # noqa: S608 (fixed clauses, parameters)
        count: int = self.conn.execute(sql, params).fetchone()[0]
        return count

    def summaries(self, ids: Sequence[str]) -> list[EntrySummary]:
        """The list rows of `ids`, in that order (ids no longer in the view are left out)."""
        sql = (
            f"SELECT {SUMMARY_COLUMNS} FROM entries "  # noqa: S608 (fixed columns)
            "WHERE id IN (SELECT value FROM json_each(?))"
        )
        rows = {r[0]: summary_row(r) for r in self.conn.execute(sql, (json.dumps(list(ids)),))}
        return [rows[i] for i in ids if i in rows]

    @staticmethod
    def filter_sql(filters: Sequence[tuple[str, str]]) -> tuple[str, list[Any]]:
        """A WHERE clause (and its parameters) for filters on the `entries` view."""
        return queries.filter_sql(filters)

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

    def identical_entries(self, body: Mapping[str, Any]) -> list[tuple[str, str]]:
        """(id, title) of the live entries whose body is the same as `body` once validated
        (what adding the same file again would duplicate)."""
        valid = entry.validate_entry(body)
        rows = self.conn.execute(
            "SELECT id, title, body FROM entries WHERE title = ? ORDER BY id", (valid["title"],)
        )
        return [(str(r[0]), str(r[1])) for r in rows if json.loads(r[2]) == valid]

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

    def attach_file(self, entry_id: str, path: Path, media_type: str | None = None) -> Changes:
        """Store a file under `blobs/` and list it among the entry's attachments."""
        if not path.is_file():
            raise InvalidInput(f"{path}: no such file")
        sha, size = self.blobs.put_file(path)  # content-addressed: harmless if unused
        with self.atomic():
            body = self.get_entry(entry_id).body
            attachments = [a for a in body.get("attachments", []) if a["sha256"] != sha]
            attachment = {"name": path.name, "sha256": sha, "size": size}
            if media_type:
                attachment["media_type"] = media_type
            attachments.append(attachment)
            return self.update_entry(entry_id, {**body, "attachments": attachments})

    def attachment(self, entry_id: str, name_or_sha: str) -> dict[str, Any]:
        """One attachment of an entry, by its file name or (a prefix of) its SHA-256."""
        attachments = self.get_entry(entry_id).body.get("attachments", [])
        key = name_or_sha.strip()
        found = [a for a in attachments if a["name"] == key] or [
            a for a in attachments if len(key) >= 6 and a["sha256"].startswith(key.lower())
        ]
        if len(found) != 1:
            names = ", ".join(a["name"] for a in attachments) or "none"
            raise NotFound(
                f"entry {entry_id[:8]} has {'several' if found else 'no'} attachment "
                f"{name_or_sha!r}; its attachments: {names}"
            )
        return dict(found[0])

    def detach_file(self, entry_id: str, name_or_sha: str) -> Changes:
        """Take an attachment off an entry (a new revision; the file stays in blobs/ for
        the older revisions that list it)."""
        with self.atomic():
            gone = self.attachment(entry_id, name_or_sha)
            body = self.get_entry(entry_id).body
            kept = [a for a in body.get("attachments", []) if a["sha256"] != gone["sha256"]]
            new_body = {**body, "attachments": kept}
            if not kept:
                del new_body["attachments"]
            return self.update_entry(entry_id, new_body)
