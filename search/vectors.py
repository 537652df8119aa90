"""The vector store: the entries' embeddings in `home/index/vectors.db`, kept in step with
the catalogue, and the matrix that exact cosine search multiplies with (`semantic.py` has
the model that encodes them).

Vectors are stored under the hash of the text they encode together with the model id, so an
entry whose title, summary and description start did not change is never encoded again.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from catalogue.catalogue import Catalogue, ViewState
from catalogue.jobs import Job

from . import pacing
from .documents import embedding_recipe, embedding_text, text_key
from .semantic import DIMENSIONS, ENCODE_CHUNK, STORE_VERSION, Encoder, Vector

log = logging.getLogger(__name__)


def _blob(vector: Vector) -> bytes:
    return vector.astype(np.float16).tobytes()


class VectorStore:
    """Embeddings of the catalogue's entries in `home/index/vectors.db`, and the matrix that
    exact cosine search multiplies with."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._model_id: str | None = None
        self._ids: list[str] = []
        self._row_of: dict[str, int] = {}
        self._matrix: Vector = np.zeros((0, DIMENSIONS), dtype=np.float32)
        self._loaded = False
        # The state of the store's entries that the matrix holds: another process (the
        # command line beside the window) may bring the store up meanwhile.
        self._matrix_state: ViewState | None = None
        # (model, state) when every entry had a vector: no anti-join over all entries then.
        self._complete: tuple[str, ViewState] | None = None
        # (model, state, ids): after a refresh from a complete state, only these entries
        # (the changed ones) can lack a vector (`catch_up` looks among them alone).
        self._since_complete: tuple[str, ViewState, list[str]] | None = None
        # Texts encoded between two checks of `cancelled` (smaller: a cancel is heard sooner).
        self.encode_chunk = ENCODE_CHUNK
        # Whether entries in other languages than English are encoded with the English
        # terms of their glossary concepts (`documents.embedding_text`); off only to measure.
        self.glossary_terms = True

    # -- storage --------------------------------------------------------------------------

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = self._connect()
        return self._conn

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA busy_timeout = 10000")
            conn.executescript(
                """
                CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS vectors (
                    text_key TEXT NOT NULL, model TEXT NOT NULL, vector BLOB NOT NULL,
                    PRIMARY KEY (text_key, model)) WITHOUT ROWID;
                CREATE TABLE IF NOT EXISTS entries (
                    id TEXT PRIMARY KEY, rev TEXT NOT NULL, text_key TEXT NOT NULL);
                """
            )
            version = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
            if version is None:
                conn.execute("INSERT INTO meta VALUES ('version', ?)", (str(STORE_VERSION),))
            elif version[0] != str(STORE_VERSION):
                raise sqlite3.DatabaseError("another store version")
        except sqlite3.DatabaseError:
            conn.close()
            # Derived data: a damaged or foreign store is simply made again.
            log.warning("vector store %s unreadable; starting a new one", self.path)
            for suffix in ("", "-wal", "-shm"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
            return self._connect()
        return conn

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _text(self, body: dict[str, Any]) -> str:
        # Looking an entry's concepts up is Python: in the desktop, paced (`pacing.py`).
        pacing.pause()
        return embedding_text(body, self.glossary_terms)

    def _recipe(self) -> str:
        return embedding_recipe(self.glossary_terms)

    def recorded_state(self, model_id: str) -> ViewState | None:
        """The catalogue state the stored entries were brought up to with this model."""
        row = self._db().execute("SELECT value FROM meta WHERE key = 'state'").fetchone()
        if row is None:
            return None
        data = json.loads(row[0])
        if data.get("model") != model_id or data.get("recipe") != self._recipe():
            return None  # another model, or texts made another way: hashed again
        return ViewState(data["installation_id"], data["revisions"], data["last_rowid"])

    def stored_model(self) -> str | None:
        """The model the stored entries were encoded with, if any."""
        row = self._db().execute("SELECT value FROM meta WHERE key = 'state'").fetchone()
        return None if row is None else str(json.loads(row[0]).get("model"))

    def vector_count(self) -> int:
        """How many entries have a vector of the stored model."""
        model_id = self.stored_model()
        if model_id is None:
            return 0
        count: int = self._db().execute("SELECT count(*) FROM entries").fetchone()[0]
        return count - self.not_indexed(model_id)

    # -- keeping up with the catalogue ----------------------------------------------------

    def catch_up(
        self,
        catalogue: Catalogue,
        encoder: Encoder,
        job: Job | None = None,
        state: ViewState | None = None,
    ) -> str:
        """Bring the store up to the catalogue (`refresh`) and encode every entry that has
        no vector yet. Returns "current", "updated" or "rebuilt". Cancelling `job` raises
        `Cancelled` between two chunks: the vectors encoded so far are kept (they are
        reused), and the rest stay counted in `not_indexed` until the next catch-up."""
        with self._lock:
            state = state or catalogue.view_state()
            done = self.refresh(catalogue, encoder.model_id, state)
            if done == "current" and self._complete == (encoder.model_id, state):
                return done  # vectors are only ever added (none deleted)
            since = self._since_complete
            among = since[2] if since and since[:2] == (encoder.model_id, state) else None
            missing = self.missing_ids(encoder.model_id, among)
            if not missing:
                self._complete = (encoder.model_id, state)
                return done
            rows = list(catalogue.entry_rows(missing))
            texts = {row.id: self._text(row.body) for row in rows}
            keys = {object_id: text_key(text) for object_id, text in texts.items()}
            self._encode_missing(encoder, texts, keys, Job.of(job))
            self._patch(missing, encoder.model_id)
            self._complete = (encoder.model_id, state)  # not reached when cancelled
            return "updated" if done == "current" else done

    def refresh(self, catalogue: Catalogue, model_id: str, state: ViewState | None = None) -> str:
        """Bring the list of entries and their text hashes up to the catalogue without
        encoding anything: the matrix then holds the entries whose text has a vector (a
        changed text's old vector is not used), and `not_indexed` counts the others.
        Returns "current", "updated" or "rebuilt"."""
        with self._lock:
            db = self._db()
            state = state or catalogue.view_state()
            recorded = self.recorded_state(model_id)
            if recorded == state:
                self._ensure_loaded(model_id)
                self._follow(catalogue, model_id, recorded)
                return "current"
            was_complete = self._complete == (model_id, recorded)
            changed = None if recorded is None else catalogue.objects_changed_since(recorded)
            rows = list(catalogue.entry_rows(changed))
            keys = {row.id: text_key(self._text(row.body)) for row in rows}
            db.execute("BEGIN IMMEDIATE")
            try:
                if changed is None:
                    db.execute("DELETE FROM entries")
                else:
                    gone = json.dumps([i for i in changed if i not in keys])
                    db.execute(
                        "DELETE FROM entries WHERE id IN (SELECT value FROM json_each(?))", (gone,)
                    )
                db.executemany(
                    "INSERT OR REPLACE INTO entries (id, rev, text_key) VALUES (?, ?, ?)",
                    [(row.id, row.rev, keys[row.id]) for row in rows],
                )
                record = {
                    "model": model_id,
                    "recipe": self._recipe(),
                    "installation_id": state.installation_id,
                    "revisions": state.revisions,
                    "last_rowid": state.last_rowid,
                }
                db.execute("INSERT OR REPLACE INTO meta VALUES ('state', ?)", (json.dumps(record),))
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
            self._since_complete = (model_id, state, list(keys)) if was_complete else None
            if changed is None or not self._loaded or self._model_id != model_id:
                self._loaded = False
                self._ensure_loaded(model_id)
            elif self._matrix_state != recorded:  # another process had moved the store
                self._follow(catalogue, model_id, state)
            else:
                self._patch(changed, model_id)
                self._matrix_state = state
            return "rebuilt" if changed is None else "updated"

    def _follow(self, catalogue: Catalogue, model_id: str, state: ViewState) -> None:
        """Bring the loaded matrix from the state it holds to `state`, which the stored
        entries are at (another process may have brought them there): the entries changed
        between the two are read again."""
        if self._matrix_state == state:
            return
        held = self._matrix_state
        changed = None if held is None else catalogue.objects_changed_since(held)
        if changed is None:
            self._loaded = False
            self._ensure_loaded(model_id)
        else:
            self._patch(changed, model_id)
        self._matrix_state = state

    _MISSING = (
        "FROM entries AS e WHERE NOT EXISTS (SELECT 1 FROM vectors AS v "
        "WHERE v.text_key = e.text_key AND v.model = ?)"
    )

    def missing_ids(self, model_id: str, among: Sequence[str] | None = None) -> list[str]:
        """The entries (as last refreshed; of `among` only, when given) whose text has no
        vector of this model yet."""
        if among is None:
            found = self._db().execute(f"SELECT e.id {self._MISSING}", (model_id,))
        else:
            found = self._db().execute(
                f"SELECT e.id {self._MISSING} AND e.id IN (SELECT value FROM json_each(?))",  # noqa: S608
                (model_id, json.dumps(list(among))),
            )
        return [r[0] for r in found]

    def not_indexed(self, model_id: str | None) -> int:
        """How many entries (as last refreshed) have no vector of this model yet."""
        if model_id is None or self._complete == (model_id, self.recorded_state(model_id)):
            return 0  # complete at the state the entries were last brought up to
        count: int = (
            self._db().execute(f"SELECT count(*) {self._MISSING}", (model_id,)).fetchone()[0]
        )
        return count

    def encode_entries(self, catalogue: Catalogue, encoder: Encoder, ids: Sequence[str]) -> None:
        """Encode these entries now (when an entry that has no vector yet is asked about)."""
        with self._lock:
            rows = list(catalogue.entry_rows(ids))
            texts = {row.id: self._text(row.body) for row in rows}
            keys = {object_id: text_key(text) for object_id, text in texts.items()}
            self._encode_missing(encoder, texts, keys, Job.of(None))
            self._patch([row.id for row in rows], encoder.model_id)

    def _encode_missing(
        self,
        encoder: Encoder,
        texts: dict[str, str],
        keys: dict[str, str],
        job: Job,
    ) -> None:
        db = self._db()
        wanted = sorted(set(keys.values()))
        have: set[str] = set()
        for start in range(0, len(wanted), 900):
            part = json.dumps(wanted[start : start + 900])
            have.update(
                r[0]
                for r in db.execute(
                    "SELECT text_key FROM vectors WHERE model = ? AND text_key IN "
                    "(SELECT value FROM json_each(?))",
                    (encoder.model_id, part),
                )
            )
        todo: dict[str, str] = {}
        for object_id, key in keys.items():
            if key not in have:
                todo[key] = texts[object_id]
        # Similar lengths batch together: less padding, faster encoding.
        pending = sorted(todo.items(), key=lambda item: len(item[1]))
        for start in range(0, len(pending), self.encode_chunk):
            job.check()
            chunk = pending[start : start + self.encode_chunk]
            vectors = encoder.encode([text for _, text in chunk])
            db.executemany(
                "INSERT OR REPLACE INTO vectors (text_key, model, vector) VALUES (?, ?, ?)",
                [
                    (key, encoder.model_id, _blob(v))
                    for (key, _), v in zip(chunk, vectors, strict=True)
                ],
            )
            done = start + len(chunk)
            job.report(done / len(pending), f"semantic index: {done} of {len(pending)} encoded")

    # -- the matrix -----------------------------------------------------------------------

    def _vectors_of(self, model_id: str, ids: Sequence[str] | None) -> list[tuple[str, bytes]]:
        sql = (
            "SELECT e.id, v.vector FROM entries AS e JOIN vectors AS v "
            "ON v.text_key = e.text_key AND v.model = ?"
        )
        if ids is None:
            return list(self._db().execute(sql + " ORDER BY e.id", (model_id,)))
        return list(
            self._db().execute(
                sql + " WHERE e.id IN (SELECT value FROM json_each(?))",  # noqa: S608
                (model_id, json.dumps(list(ids))),
            )
        )

    def _ensure_loaded(self, model_id: str) -> None:
        if self._loaded and self._model_id == model_id:
            return
        rows = self._vectors_of(model_id, None)
        self._ids = [r[0] for r in rows]
        self._row_of = {object_id: i for i, object_id in enumerate(self._ids)}
        if rows:
            data = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float16)
            self._matrix = data.reshape(len(rows), -1).astype(np.float32)
        else:
            self._matrix = np.zeros((0, DIMENSIONS), dtype=np.float32)
        self._model_id = model_id
        self._loaded = True
        self._matrix_state = self.recorded_state(model_id)

    def _patch(self, changed: Sequence[str], model_id: str) -> None:
        """Apply an incremental update to the matrix without reading it all again: the
        changed entries that have a vector get it, the others leave the matrix."""
        fresh = self._vectors_of(model_id, changed)
        has_vector = {object_id for object_id, _ in fresh}
        gone = [self._row_of[i] for i in changed if i in self._row_of and i not in has_vector]
        if gone:
            self._matrix = np.delete(self._matrix, gone, axis=0)
            dropped = set(gone)
            self._ids = [i for n, i in enumerate(self._ids) if n not in dropped]
            self._row_of = {object_id: n for n, object_id in enumerate(self._ids)}
        appended: list[tuple[str, Vector]] = []
        for object_id, blob in fresh:
            vector = np.frombuffer(blob, dtype=np.float16).astype(np.float32)
            if object_id in self._row_of:
                self._matrix[self._row_of[object_id]] = vector
            else:
                self._row_of[object_id] = len(self._ids) + len(appended)
                appended.append((object_id, vector))
        if appended:
            added = np.stack([v for _, v in appended])
            self._matrix = np.vstack([self._matrix, added]) if self._ids else added
            self._ids += [object_id for object_id, _ in appended]

    def load(self, model_id: str) -> bool:
        """Load stored vectors for queries that need no model (similar cases); False when
        none were stored with this model."""
        with self._lock:
            if self.recorded_state(model_id) is None:
                return False
            self._ensure_loaded(model_id)
            return True

    def ids(self) -> list[str]:
        """The entries the loaded matrix holds."""
        return list(self._ids)

    def vector_of(self, object_id: str) -> Vector | None:
        row = self._row_of.get(object_id)
        return None if row is None else self._matrix[row]

    def nearest(
        self,
        vector: Vector,
        limit: int,
        allowed: set[str] | None = None,
        exclude: set[str] | None = None,
    ) -> list[tuple[str, float]]:
        """The `limit` entries whose vectors are closest (cosine) to `vector`."""
        with self._lock:
            if not self._ids:
                return []
            scores = self._matrix @ vector.astype(np.float32)
            if allowed is not None or exclude:
                keep = np.zeros(len(self._ids), dtype=bool) if allowed is not None else None
                if keep is not None:
                    rows = [self._row_of[i] for i in allowed or () if i in self._row_of]
                    keep[rows] = True
                    scores = np.where(keep, scores, -np.inf)
                for object_id in exclude or ():
                    if object_id in self._row_of:
                        scores[self._row_of[object_id]] = -np.inf
            count = min(limit, len(scores))
            top = np.argpartition(-scores, count - 1)[:count]
            top = top[np.argsort(-scores[top], kind="stable")]
            return [(self._ids[n], float(scores[n])) for n in top if np.isfinite(scores[n])]
