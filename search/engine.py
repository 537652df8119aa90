"""`Search`: keyword, semantic and hybrid search, similar cases, near-duplicates and facets
over one catalogue, with both indexes kept in step with it.

Both indexes record the catalogue state (`Catalogue.view_state`) they were brought up to and
catch up before every query, so a crash between a catalogue write and an index update is
repaired on the next use, and an index that is missing, damaged or from another catalogue is
rebuilt.
"""

from __future__ import annotations

import difflib
import re
import shutil
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from catalogue.catalogue import Catalogue, IndexRow
from catalogue.errors import InvalidInput
from catalogue.jobs import Job

from .documents import embedding_text
from .expansion import (
    concept_filters,
    meaning_readings,
    own_language_fusion,
    typed_in_another_language,
)
from .fusion import FUSION, MIN_SIMILARITY, RRF_K
from .fusion import fuse as _fuse
from .keyword import KeywordIndex
from .keyword_query import meaning_text
from .keyword_schema import FILTER_KEYS as KEYWORD_FILTERS
from .keyword_schema import names_analyser
from .models import chosen_folder, model_state_text
from .semantic import QUERY_ENCODING, ModelLoader, encode_query, shared_loader
from .vectors import VectorStore

Mode = Literal["keyword", "semantic", "hybrid"]
MODES: tuple[Mode, ...] = ("keyword", "semantic", "hybrid")
CANDIDATES = 100
# Near-duplicates: entries this close in meaning (cosine) whose titles share most words
# (`_share_title_words`). Measured on the starter catalogue: distinct cases with such titles
# are 0.40-0.80 apart (the Helsinki and Amsterdam registers are 0.80); a workshop row of a
# starter case ("Scan cars for parking enforcement") 0.68-0.74.
SAME_TITLE_WORDS_MEANING = 0.6
SHARED_TITLE_WORDS = 0.6
FACET_DEPTH = 200


@dataclass(frozen=True)
class Result:
    """One search result, in the JSON shape of SPEC.md."""

    id: str
    title: str
    score: float
    snippet: str
    country: str
    organisation: str
    source: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        if data["source"] is None:
            del data["source"]
        return data


@dataclass
class SearchResults:
    query: str
    mode: Mode
    took_ms: float
    results: list[Result]
    suggestion: str | None = None
    note: str | None = None
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    # Entries the search by meaning could not see: not encoded yet (`encode=False`).
    not_indexed: int = 0

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "query": self.query,
            "mode": self.mode,
            "took_ms": round(self.took_ms, 1),
            "results": [r.to_json() for r in self.results],
            "not_indexed": self.not_indexed,
        }
        if self.suggestion:
            data["did_you_mean"] = self.suggestion
        if self.note:
            data["note"] = self.note
        if self.facets:
            data["facets"] = {k: [list(pair) for pair in v] for k, v in self.facets.items()}
        return data


@dataclass(frozen=True)
class Duplicate:
    """An existing entry that is probably the same practice as a draft."""

    id: str
    title: str
    score: float
    reason: str


def _public_source(body: dict[str, Any]) -> dict[str, Any] | None:
    source = body.get("source") or {}
    if source.get("dataset") in (None, "partner", "workshop", "starter"):
        return None
    return {k: source.get(k) for k in ("dataset", "id", "url", "licence", "attribution")}


def _first_line(text: str, limit: int = 240) -> str:
    first = text.strip().split("\n", 1)[0]
    return first if len(first) <= limit else first[: limit - 1].rsplit(" ", 1)[0] + "…"


def _normalised(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", folded))


class Search:
    """Search over one open catalogue; indexes live in `catalogue.home / "index"`."""

    def __init__(
        self,
        catalogue: Catalogue,
        loader: ModelLoader | None = None,
        separate_process: bool = False,
    ) -> None:
        """`separate_process`: rebuild the keyword index in a child process (for the
        desktop app, whose window must not wait for the GIL)."""
        self.catalogue = catalogue
        self.folder = catalogue.home / "index"
        self.keyword = KeywordIndex(self.folder / "keyword", separate_process)
        self.vectors = VectorStore(self.folder / "vectors.db")
        self.loader = loader or shared_loader(folder=chosen_folder(catalogue.home))
        self.min_similarity = MIN_SIMILARITY
        self.fusion = FUSION
        self.expand = True

    @property
    def expand(self) -> bool:
        """Whether the glossary widens queries (`expansion.py`) and the meaning texts of
        entries in other languages (`documents.embedding_text`); off only to measure it."""
        return self._expand

    @expand.setter
    def expand(self, on: bool) -> None:
        self._expand = on
        self.vectors.glossary_terms = on

    def close(self) -> None:
        self.keyword.close()
        self.vectors.close()

    # -- index life cycle -----------------------------------------------------------------

    def catch_up(
        self,
        job: Job | None = None,
        model_wait: float | None = 0.0,
    ) -> dict[str, str]:
        """Bring both indexes up to the catalogue (the semantic one only when the model is
        loaded, or after waiting `model_wait` seconds for it): every entry without a vector
        is encoded, with progress on `job`."""
        done = {"keyword": self.keyword.catch_up(self.catalogue, job)}
        encoder = self.loader.get(wait=model_wait)
        if encoder is not None:
            done["semantic"] = self.vectors.catch_up(self.catalogue, encoder, job)
        return done

    def rebuild(self, job: Job | None = None, model_wait: float | None = None) -> None:
        """Rebuild both indexes from the catalogue (keeping encoded vectors for reuse)."""
        self.keyword.rebuild(self.catalogue, job)
        encoder = self.loader.get(wait=model_wait)
        if encoder is not None:
            self.vectors.close()
            db = self.vectors._db()
            db.execute("DELETE FROM meta WHERE key = 'state'")
            self.vectors.catch_up(self.catalogue, encoder, job)

    def delete_indexes(self) -> None:
        """Remove every index file (they are rebuilt on the next search)."""
        self.close()
        shutil.rmtree(self.folder / "keyword", ignore_errors=True)
        for suffix in ("", "-wal", "-shm"):
            Path(str(self.vectors.path) + suffix).unlink(missing_ok=True)

    def status(self) -> dict[str, Any]:
        """The state of each index compared with the catalogue, for `status` and the GUI."""
        state = self.catalogue.view_state()
        keyword_state = self.keyword.recorded_state()
        model_id = self.vectors.stored_model()
        if model_id is not None:  # cheap: no encoding, only the list of texts
            self.vectors.refresh(self.catalogue, model_id, state)
        not_indexed = self.not_indexed()
        semantic_state = "missing" if model_id is None else "current"
        if not_indexed and model_id is not None:
            semantic_state = f"{_entries(not_indexed)} not yet indexed by meaning"
        return {
            "keyword": {
                "state": _freshness(keyword_state, state, self.keyword.document_count()),
                "documents": self.keyword.document_count(),
            },
            "semantic": {
                "state": semantic_state,
                "vectors": self.vectors.vector_count(),
                "not_indexed": not_indexed,
                "model_id": model_id,
            },
            "model": model_state_text(self.loader),
        }

    def not_indexed(self) -> int:
        """How many entries have no vector yet (as of the last refresh or catch-up of the
        stored vectors; every entry when nothing was ever encoded)."""
        model_id = self.vectors.stored_model()
        if model_id is None:
            return self.catalogue.count_entries()
        return self.vectors.not_indexed(model_id)

    def check(self) -> list[str]:
        """Problems with the indexes: entries they miss or hold that the catalogue does not
        (after catching up, so only real damage shows)."""
        problems = []
        live = set(self.catalogue.filtered_ids([]))
        self.keyword.catch_up(self.catalogue)
        indexed = set(self.keyword.all_ids())
        if indexed != live:
            problems.append(
                f"keyword index: {len(live - indexed)} entries missing, {len(indexed - live)} "
                "not in the catalogue; run `casebook index rebuild`"
            )
        model_id = self._current_vectors_model(complete=False)
        if model_id is not None and self.vectors.load(model_id):
            stored = set(self.vectors.ids()) | set(self.vectors.missing_ids(model_id))
            if stored != live:
                problems.append(
                    f"semantic index: {len(live - stored)} entries missing, "
                    f"{len(stored - live)} not in the catalogue; run `casebook index rebuild`"
                )
        return problems

    def _current_vectors_model(self, complete: bool = True) -> str | None:
        """The model id of the stored vectors when they are up to the catalogue (and, if
        `complete`, every entry has one), else None."""
        model_id = self.vectors.stored_model()
        if model_id is None or self.vectors.recorded_state(model_id) != self.catalogue.view_state():
            return None
        if complete and self.vectors.not_indexed(model_id):
            return None
        return model_id

    # -- searching ------------------------------------------------------------------------

    def validate(
        self, text: str, mode: str, limit: int, filters: Sequence[tuple[str, str]]
    ) -> None:
        """Refuse what cannot be searched, before any slow work."""
        if mode not in MODES:
            raise InvalidInput(f"unknown mode {mode!r}; use one of: {', '.join(MODES)}")
        if limit < 1:
            raise InvalidInput("--limit must be at least 1")
        if not re.search(r"\w", text):
            raise InvalidInput("type some words to search for")
        # Unknown filter keys are refused here; `concept` is the keyword index's own.
        self.catalogue.filter_sql(concept_filters(filters)[1])

    def search(
        self,
        text: str,
        mode: Mode = "hybrid",
        limit: int = 20,
        filters: Sequence[tuple[str, str]] = (),
        model_wait: float | None = 0.0,
        facets: bool = False,
        encode: bool = True,
    ) -> SearchResults:
        """Search in `mode`; semantic and hybrid fall back to keyword (saying so in `note`)
        while the model is not loaded, or in a build without it. With `encode` off, the
        meaning side uses the vectors that exist and counts the entries without one in
        `not_indexed` (the command line: encoding thousands takes minutes)."""
        started = time.perf_counter()
        self.validate(text, mode, limit, filters)
        # Read once: counting the revision log is what a catch-up check costs on big catalogues.
        state = self.catalogue.view_state()
        self.keyword.catch_up(self.catalogue, state=state)
        languages = self.keyword.languages()
        note = None
        encoder = None
        not_indexed = 0
        if mode != "keyword":
            encoder = self.loader.get(wait=model_wait)
            if encoder is None:
                note = self._fallback_note()
                mode = "keyword"
            elif encode:
                self.vectors.catch_up(self.catalogue, encoder, state=state)
            else:
                self.vectors.refresh(self.catalogue, encoder.model_id, state)
                not_indexed = self.vectors.not_indexed(encoder.model_id)
        depth = max(limit, CANDIDATES) if mode == "hybrid" or facets else limit
        ranked: list[tuple[str, float]] = []
        suggestion = None
        # The model encodes the query (torch lets go of the GIL) while whoosh searches.
        encoding = None
        if encoder is not None:
            meaning = meaning_text(text)
            readings = meaning_readings(text, meaning, languages) if self.expand else (meaning,)
            encoding = QUERY_ENCODING.submit(encode_query, encoder, readings)
        concepts, filters = concept_filters(filters)
        by_concept = self.keyword.ids_with_concepts(concepts) if concepts else None
        if mode in ("keyword", "hybrid"):
            # Filters the keyword index does not hold (a collection) become a set of ids.
            held = [(key, value) for key, value in filters if key in KEYWORD_FILTERS]
            within = by_concept
            if len(held) != len(filters):
                within = _both(within, set(self.catalogue.filtered_ids(filters)))
            found = self.keyword.search(
                text,
                limit=depth,
                filters=held,
                snippets=False,
                suggest=mode == "keyword",
                within=within,
                expand=self.expand,
            )
            ranked = [(hit.id, hit.score) for hit in found.hits]
            suggestion = found.suggestion
            if found.fallback:
                note = "the query could not be read as a search expression; searched its words"
        if encoding is not None:
            allowed = set(self.catalogue.filtered_ids(filters)) if filters else None
            # Conditions typed in the query (`technique:"computer vision"`) filter too.
            allowed = _both(_both(allowed, self.keyword.condition_ids(text)), by_concept)
            query_vector = encoding.result()
            semantic = self.vectors.nearest(query_vector, depth, allowed=allowed)
            floor = self.min_similarity if mode == "semantic" else self.fusion.floor
            semantic = [(i, score) for i, score in semantic if score >= floor]
            if mode == "hybrid" and self.expand and typed_in_another_language(text):
                # A query in another language than English, widened by the glossary
                # (`expansion.py`): its own words rarely match, the glossary's terms found
                # the keyword side, so plain fusion, as measured across languages; one in a
                # language the catalogue is written in leans on its words.
                weight, k = own_language_fusion(text, languages) or (1.0, RRF_K)
                semantic = _fuse([ranked, semantic], (1.0, weight), k)
            elif mode == "hybrid":
                semantic = _fuse([ranked, semantic], self.fusion.weights(ranked), self.fusion.k)
            ranked = semantic
        shown = ranked[:limit]
        snippets = self.keyword.snippets(text, [object_id for object_id, _ in shown])
        results = self._results(shown, snippets)
        if mode != "keyword":
            # Only asked for when nothing at all was found (semantic search always finds
            # something once vectors exist).
            suggestion = None if results else self.keyword.suggest(text)
        facet_counts = {}
        if facets:
            ids = [object_id for object_id, _ in ranked[:FACET_DEPTH]]
            facet_counts = self.catalogue.facet_counts(filters, ids)
            facet_counts["concept"] = self.keyword.concept_counts(ids)
        took = (time.perf_counter() - started) * 1000
        return SearchResults(text, mode, took, results, suggestion, note, facet_counts, not_indexed)

    def _fallback_note(self) -> str:
        state = self.loader.state
        if state == "unavailable":
            return "semantic search is not available in this build; showing keyword results"
        if state == "failed":
            return f"the semantic model failed to load ({self.loader.error}); keyword results"
        return "the semantic model is still loading; showing keyword results"

    def _results(
        self, ranked: Sequence[tuple[str, float]], snippets: dict[str, str]
    ) -> list[Result]:
        rows = {row.id: row for row in self.catalogue.entry_rows([i for i, _ in ranked])}
        results = []
        for object_id, score in ranked:
            row = rows.get(object_id)
            if row is None:  # deleted since the vectors were stored
                continue
            results.append(_result(row, score, snippets.get(object_id)))
        return results

    def similar(
        self,
        object_id: str,
        limit: int = 10,
        filters: Sequence[tuple[str, str]] = (),
        model_wait: float | None = 0.0,
        encode: bool = True,
    ) -> SearchResults:
        """The entries nearest to `object_id` by meaning, never itself. With `encode` off,
        among the vectors that exist (the entry itself is encoded if it has none)."""
        started = time.perf_counter()
        self.catalogue.get_entry(object_id)  # NotFound / deleted: a clear message
        note = None
        not_indexed = 0
        if not encode:
            note = self._similar_from_stored(object_id, model_wait)
            not_indexed = self.not_indexed() if note is None else 0
        else:
            note = self._similar_after_catch_up(model_wait)
        vector = self.vectors.vector_of(object_id)
        ranked: list[tuple[str, float]] = []
        if vector is not None:
            allowed = set(self.catalogue.filtered_ids(filters)) if filters else None
            ranked = self.vectors.nearest(vector, limit + 5, allowed=allowed, exclude={object_id})
        elif note is None:
            note = "this entry has no vector yet; try again when the semantic index has caught up"
        results = self._results(ranked, {})[:limit]
        took = (time.perf_counter() - started) * 1000
        return SearchResults(
            object_id, "semantic", took, results, note=note, not_indexed=not_indexed
        )

    def _no_similar_note(self) -> str:
        return self._fallback_note().replace("showing keyword results", "no similar cases yet")

    def _similar_after_catch_up(self, model_wait: float | None) -> str | None:
        current = self._current_vectors_model()
        encoder = None if current else self.loader.get(wait=model_wait)
        if encoder is not None:
            self.vectors.catch_up(self.catalogue, encoder)
            return None
        model_id = current or self.vectors.stored_model()  # older vectors beat none
        if model_id is None or not self.vectors.load(model_id):
            return self._no_similar_note()
        return None

    def _similar_from_stored(self, object_id: str, model_wait: float | None) -> str | None:
        model_id = self.vectors.stored_model()
        encoder = None
        if model_id is None:
            encoder = self.loader.get(wait=model_wait)
            if encoder is None:
                return self._no_similar_note()
            model_id = encoder.model_id
        self.vectors.refresh(self.catalogue, model_id)
        if self.vectors.vector_of(object_id) is None:
            encoder = encoder or self.loader.get(wait=model_wait)
            if encoder is not None and encoder.model_id == model_id:
                self.vectors.encode_entries(self.catalogue, encoder, [object_id])
        return None

    def near_duplicates(
        self,
        draft: dict[str, Any],
        limit: int = 5,
        exclude: str | None = None,
        threshold: float = 0.8,
        model_wait: float | None = 0.0,
        encode: bool = True,
    ) -> list[Duplicate]:
        """Existing entries that are probably the same practice as `draft` (an entry body,
        complete or not), best first. Uses meaning when the model is loaded, and always the
        title and the source (dataset + id, or the same web address). With `encode` off,
        meaning is compared with the vectors that exist only (see `not_indexed`)."""
        found: dict[str, Duplicate] = {}

        def offer(candidate: Duplicate) -> None:
            if candidate.id != exclude and (
                candidate.id not in found or found[candidate.id].score < candidate.score
            ):
                found[candidate.id] = candidate

        source = draft.get("source") or {}
        for same_id, same_title in self.catalogue.entries_with_source(
            source.get("dataset"), source.get("id"), source.get("url")
        ):
            offer(Duplicate(same_id, same_title, 1.0, "same source"))
        title = str(draft.get("title") or "").strip()
        if title:
            self.keyword.catch_up(self.catalogue)
            hits = self.keyword.search(
                f"title:({_plain_words(title)})", limit=20, snippets=False, expand=False
            )
            rows = {row.id: row for row in self.catalogue.entry_rows([h.id for h in hits.hits])}
            for object_id, row in rows.items():
                ratio = difflib.SequenceMatcher(
                    None, _normalised(title), _normalised(str(row.body.get("title")))
                ).ratio()
                if ratio >= threshold:
                    offer(
                        Duplicate(
                            object_id, str(row.body["title"]), round(ratio, 3), "similar title"
                        )
                    )
        for duplicate in self._similar_meaning(draft, limit, threshold, model_wait, encode):
            offer(duplicate)
        ordered = sorted(found.values(), key=lambda d: (-d.score, d.id))
        return ordered[:limit]

    def _similar_meaning(
        self,
        draft: dict[str, Any],
        limit: int,
        threshold: float,
        model_wait: float | None,
        encode: bool,
    ) -> list[Duplicate]:
        """Entries at least `threshold` close to the draft in meaning, or at least
        `SAME_TITLE_WORDS_MEANING` close with most of the words of their title shared (a
        short workshop row is further from a long catalogue case than a reworded copy)."""
        encoder = self.loader.get(wait=model_wait)
        text = embedding_text(draft, self.expand)
        if encoder is None or not text:
            return []
        if encode:
            self.vectors.catch_up(self.catalogue, encoder)
        else:
            self.vectors.refresh(self.catalogue, encoder.model_id)
        vector = encoder.encode([text])[0]
        nearest = self.vectors.nearest(vector, limit + 10)
        rows = {row.id: row for row in self.catalogue.entry_rows([i for i, _ in nearest])}
        title = str(draft.get("title") or "")
        found = []
        for object_id, score in nearest:
            if object_id not in rows:
                continue
            other = str(rows[object_id].body["title"])
            if score >= threshold:
                found.append(Duplicate(object_id, other, round(score, 3), "similar meaning"))
            elif score >= SAME_TITLE_WORDS_MEANING and _share_title_words(title, other):
                found.append(
                    Duplicate(object_id, other, round(score, 3), "similar title and meaning")
                )
        return found


def _title_words(title: str) -> set[str]:
    return {str(token.text) for token in names_analyser()(title) if len(token.text) > 2}


def _share_title_words(one: str, other: str) -> bool:
    """Whether two titles share at least two words (not stop words), and most of the words
    of the shorter one: "Scan cars for parking enforcement" and "Automated parking control
    with scan cars"."""
    a, b = _title_words(one), _title_words(other)
    shared = len(a & b)
    return shared >= 2 and shared >= SHARED_TITLE_WORDS * min(len(a), len(b))


def _plain_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text))


def _entries(count: int) -> str:
    return f"{count:,} {'entry' if count == 1 else 'entries'}"


def _freshness(recorded: Any, state: Any, size: int | None) -> str:
    if size is None or recorded is None:
        return "missing"
    return "current" if recorded == state else "behind (catches up on the next search)"


def _both(one: set[str] | None, other: set[str] | None) -> set[str] | None:
    """The ids both sets allow (None allows every id)."""
    return other if one is None else one if other is None else one & other


def _result(row: IndexRow, score: float, snippet: str | None) -> Result:
    body = row.body
    return Result(
        id=row.id,
        title=str(body["title"]),
        score=round(score, 4),
        snippet=snippet or _first_line(str(body.get("summary") or "")),
        country=str(body["location"]["country"]),
        organisation=str(body["organisation"]["name"]),
        source=_public_source(body),
    )
