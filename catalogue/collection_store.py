"""The collections part of `Catalogue`."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence

from . import collection
from .errors import InvalidInput, NotFound
from .records import Changes, CollectionRecord
from .revision_store import RevisionStore


class CollectionStore(RevisionStore):
    """Collections: curated, ordered lists of entries with notes."""

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
        """Rename, re-introduce or reorder a collection (one revision); ids must exist.
        Read and written in one transaction."""
        with self.atomic():
            current = self.get_collection(name_or_id)
            new_items = current.items if items is None else tuple(items)
            # Entries deleted since they were added may stay; new ones must exist.
            live = self._shown(e for e, _ in new_items)
            listed_before = {e for e, _ in current.items}
            unknown = [e for e, _ in new_items if e not in live and e not in listed_before]
            if unknown:
                raise NotFound(f"no entry {unknown[0]}; `casebook list` shows the ids")
            intro = current.introduction if introduction is None else introduction
            body = collection.validate_collection(
                {
                    "name": current.name if name is None else name,
                    "introduction": intro,
                    "items": [{"entry": e, "note": n} for e, n in new_items],
                }
            )
            self._commit_local(current.id, collection.CONTENT_SCHEMA, "put", body)
        return Changes(collections=[current.id])

    def add_to_collection(
        self, name_or_id: str, entry_ids: Sequence[str], note: str = ""
    ) -> Changes:
        """Append entries (skipping those already in it) to a collection."""
        with self.atomic():
            current = self.get_collection(name_or_id)
            present = {e for e, _ in current.items}
            new = [(e, note) for e in dict.fromkeys(entry_ids) if e not in present]
            if not new:
                return Changes()
            return self.save_collection(current.id, items=[*current.items, *new])

    def remove_from_collection(self, name_or_id: str, entry_ids: Sequence[str]) -> Changes:
        """Remove entries from a collection (the entries themselves stay)."""
        with self.atomic():
            current = self.get_collection(name_or_id)
            drop = set(entry_ids)
            return self.save_collection(
                current.id, items=[i for i in current.items if i[0] not in drop]
            )

    def delete_collection(self, name_or_id: str) -> Changes:
        """Delete a collection (a tombstone; its entries stay)."""
        with self.atomic():
            current = self.get_collection(name_or_id)
            self._commit_local(current.id, collection.CONTENT_SCHEMA, "delete", None)
        return Changes(collections=[current.id])
