"""The keyword index: whoosh, one field per language group so each text gets its stemmer.

`KeywordIndex` keeps the index under `home/index/keyword` in step with the catalogue
(catch up, rebuild) and searches it: plain words on the FTS5 word table (`words.py`),
anything else on whoosh, with snippets and "did you mean". Its pieces:

- `keyword_schema.py`: the analysers, the schema and the document of an entry;
- `keyword_query.py`: the query language (friendly field names, filters, the plain-words
  fallback, common words made optional);
- `snippets.py`: the highlighter that marks the matched words of a result;
- `keyword_build.py`: a complete build, here or in a spawned child process.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import threading
import warnings
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import index, query, scoring
from whoosh.support.charset import accent_map

from catalogue.catalogue import Catalogue, ViewState
from catalogue.jobs import Job

from . import keyword_scoring
from .documents import LANGUAGE_GROUPS, PLAIN
from .expansion import (
    expanded,
    expansion_plan,
    keyword_expansion,
    query_concepts,
    searched_words,
)
from .glossary import files_digest
from .keyword_query import (
    condition_query,
    filter_query,
    parse_query,
    positive_terms,
    scoring_words,
    words_query,
)
from .keyword_schema import (
    CONCEPT_FIELD,
    INDEX_VERSION,
    analysed,
    index_document,
    name_tokens,
    text_tokens,
)
from .keyword_scoring import ConceptGroup
from .snippets import mark_snippet
from .word_tokens import concept_token, form_word
from .words import WordTable, plain_words

STATE_FILE = "state.json"
PARSE_CACHE = 64
# Rankings remembered (`_ranked`): a few, as each may hold a large `within` set.
RANKINGS = 8
# An update of this many entries (an import) merges the word table's segments after it
# (`WordTable.optimize`); FTS5 merges a few small ones by itself.
OPTIMIZE_FROM = 500


@dataclass(frozen=True)
class Hit:
    """One keyword result."""

    id: str
    score: float
    snippet: str


@dataclass(frozen=True)
class KeywordResults:
    hits: list[Hit]
    suggestion: str | None
    fallback: bool


class KeywordIndex:
    """The whoosh index under `home/index/keyword`, kept in step with the catalogue."""

    def __init__(self, folder: Path, separate_process: bool = False) -> None:
        self.folder = folder
        # Build from scratch in a child process: whoosh is pure Python, and in the desktop
        # app a thread building it holds the GIL that every paint of the window needs.
        self.separate_process = separate_process
        self._lock = threading.RLock()
        self._index: Any = None
        self._searcher: Any = None
        self._fields_present: list[str] | None = None
        self._parse_cache: dict[tuple[str, tuple[str, ...]], tuple[Any, bool]] = {}
        self._rankings: dict[tuple[Any, ...], tuple[list[tuple[str, float]], bool]] = {}
        # The state of the index this object has open (`catch_up` compares it with the
        # recorded one, which another process may have moved).
        self._known: ViewState | None = None
        # Plain-word queries run on an FTS5 table of the same analysed texts (words.py).
        self.words = WordTable(folder)

    # -- state ----------------------------------------------------------------------------

    def recorded_state(self) -> ViewState | None:
        """The catalogue state this index was last brought up to, if it is readable."""
        try:
            data = json.loads((self.folder / STATE_FILE).read_text("utf-8"))
            # Entries carry the glossary's concepts: a changed glossary re-tags them.
            if data.get("version") != INDEX_VERSION or data.get("glossary") != files_digest():
                return None
            return ViewState(data["installation_id"], data["revisions"], data["last_rowid"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _record_state(self, state: ViewState) -> None:
        self._known = state
        data = {
            "version": INDEX_VERSION,
            "glossary": files_digest(),
            "installation_id": state.installation_id,
            "revisions": state.revisions,
            "last_rowid": state.last_rowid,
        }
        temporary = self.folder / (STATE_FILE + ".tmp")
        temporary.write_text(json.dumps(data), "utf-8")
        os.replace(temporary, self.folder / STATE_FILE)

    def _open(self) -> Any:
        """The whoosh index, or None when it is missing or unreadable."""
        if self._index is None:
            # whoosh leaves a damaged file open when it fails; it is closed when the error
            # is dropped, which must not warn.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ResourceWarning)
                try:
                    if index.exists_in(str(self.folder)):
                        self._index = index.open_dir(str(self.folder))
                except Exception:  # whoosh raises many kinds of errors on damaged files
                    self._index = None
        return self._index

    def _reset_searcher(self) -> None:
        self._rankings.clear()  # rankings of the index as it was
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = None
        self._fields_present = None

    def close(self) -> None:
        with self._lock:
            self._reset_searcher()
            self.words.close()
            if self._index is not None:
                self._index.close()
                self._index = None

    def _usable(self) -> bool:
        return self._open() is not None and self.words.usable()

    # -- keeping up with the catalogue ----------------------------------------------------

    def catch_up(
        self,
        catalogue: Catalogue,
        job: Job | None = None,
        state: ViewState | None = None,
    ) -> str:
        """Bring the index up to the catalogue: nothing, the changed entries, or a rebuild.
        Returns which of "current", "updated" and "rebuilt" happened. `state` is the
        catalogue's `view_state()` when the caller has just read it."""
        with self._lock:
            state = state or catalogue.view_state()
            recorded = self.recorded_state()
            if recorded == state:
                if recorded != self._known:
                    # Another process brought the index up to this state, perhaps by a
                    # rebuild in a new folder: what this one holds open or remembers is of the
                    # old one. (At the first catch-up, what is open is taken to be of the
                    # recorded state: a search always catches up first, and the window may
                    # have made the words' lists just before.)
                    if self._known is not None:
                        self.close()
                    self._known = recorded
                if self._usable():
                    return "current"
            changed = None
            if recorded is not None and self._usable():
                changed = catalogue.objects_changed_since(recorded)
            if changed is None:
                self.rebuild(catalogue, job)
                return "rebuilt"
            try:
                self._update(catalogue, changed)
            except Exception:  # a damaged index: start again from the catalogue
                self.rebuild(catalogue, job)
                return "rebuilt"
            self._record_state(state)
            return "updated"

    def _update(self, catalogue: Catalogue, ids: Sequence[str]) -> None:
        documents = [index_document(row) for row in catalogue.entry_rows(ids)]
        gone = sorted(set(ids) - {document["id"] for document in documents})
        # Both are idempotent: after a crash between the two, the next catch-up (the state
        # is recorded after both) writes the same entries again.
        self._rankings.clear()
        self.words.write(documents, gone, text_tokens)
        if len(ids) >= OPTIMIZE_FROM:
            self.words.optimize()
        writer = self._open().writer(timeout=30.0)
        try:
            for document in documents:
                writer.update_document(**document)
            for object_id in gone:
                writer.delete_by_term("id", object_id)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        self._reset_searcher()

    def rebuild(self, catalogue: Catalogue, job: Job | None = None) -> None:
        """Index every entry afresh (in a new folder, swapped in when complete). With
        `separate_process`, a child process does the building (see `build_elsewhere`)."""
        # Imported here: the builder's modules (multiprocessing, whoosh's writer) are not
        # needed by a window whose index is current, and importing them on the search
        # worker at start-up held up the list's first paint (`bench/gui.py`).
        from .keyword_build import build, build_elsewhere

        with self._lock:
            self.close()
            state = catalogue.view_state()
            fresh = self.folder.with_name(self.folder.name + ".new")
            shutil.rmtree(fresh, ignore_errors=True)
            job = Job.of(job)
            if self.separate_process:
                total = build_elsewhere(catalogue.home, fresh, job)
            else:
                total = build(catalogue, fresh, job)
            shutil.rmtree(self.folder, ignore_errors=True)
            os.replace(fresh, self.folder)
            # The state read before building: a write made meanwhile is applied again by the
            # next catch-up, which is harmless.
            self._record_state(state)
            job.report(1.0, f"keyword index: {total} entries")

    def warm(self, budget: float | None = None) -> bool:
        """Make the word table's lists of its common words (`best_lists.py`), within
        `budget` seconds if given: queries of common words then rank a few hundred rows
        instead of thousands. Returns whether they are all made (again after each change of
        the index)."""
        with self._lock:
            return self.words.warm(budget)

    def document_count(self) -> int | None:
        opened = self._open()
        return None if opened is None else int(opened.doc_count())

    # -- searching ------------------------------------------------------------------------

    def _searcher_now(self) -> Any:
        if self._searcher is None:
            self._searcher = self._open().searcher(weighting=scoring.BM25F())
        return self._searcher

    def _default_fields(self, searcher: Any) -> list[str]:
        """The text fields that hold anything (only the languages the catalogue has)."""
        if self._fields_present is None:
            reader = searcher.reader()
            candidates = [
                f"{kind}_{lang}" for kind in ("title", "text") for lang in LANGUAGE_GROUPS
            ]
            candidates += ["organisation", "tags"]
            present = [name for name in candidates if reader.field_length(name)]
            self._fields_present = present or ["text_" + PLAIN]
        return self._fields_present

    def _parsed(self, searcher: Any, text: str) -> tuple[Any, bool]:
        """`parse_query` of `text`, remembered for the last few queries: searching and then
        marking snippets (and typing, which repeats queries) parse each once."""
        fields_now = tuple(self._default_fields(searcher))
        key = (text, fields_now)
        found = self._parse_cache.get(key)
        if found is None:
            found = parse_query(self._open().schema, list(fields_now), text)
            self._parse_cache[key] = found
            while len(self._parse_cache) > PARSE_CACHE:
                self._parse_cache.pop(next(iter(self._parse_cache)))
        return found

    def parse(self, text: str) -> tuple[Any, bool]:
        """The whoosh query for `text`, and whether the plain-words fallback was used."""
        with self._lock:
            searcher = self._searcher_now()
            return self._parsed(searcher, text)

    def search(
        self,
        text: str,
        limit: int = 20,
        filters: Sequence[tuple[str, str]] = (),
        snippets: bool = True,
        suggest: bool = True,
        within: Collection[str] | None = None,
        expand: bool = True,
    ) -> KeywordResults:
        """The best `limit` entries for a query, with snippets and a "did you mean" when
        nothing is found (unless `suggest` is off: the spelling search costs 100 ms and more
        on a big index, and hybrid search rarely shows it). With `within`, only those ids
        are searched (for filters the index does not hold, such as a collection). With
        `expand`, the glossary concepts of the query add their terms in other languages
        (`expansion.py`; on the word table for plain words, `_concept_groups`)."""
        key = (text, tuple(filters), limit, None if within is None else frozenset(within), expand)
        with self._lock:
            remembered = self._rankings.get(key)
            if remembered is None:
                remembered = self._ranked(text, limit, filters, within, expand)
                self._rankings[key] = remembered
                while len(self._rankings) > RANKINGS:
                    self._rankings.pop(next(iter(self._rankings)))
            ranked, fallback = remembered
            hits = [Hit(object_id, score, "") for object_id, score in ranked]
            if snippets and hits:
                marked = self.snippets(text, [hit.id for hit in hits])
                hits = [Hit(hit.id, hit.score, marked.get(hit.id, "")) for hit in hits]
            suggestion = None
            if suggest and not hits:
                suggestion = self._suggest(self._searcher_now(), text)
            return KeywordResults(hits, suggestion, fallback)

    def _ranked(
        self,
        text: str,
        limit: int,
        filters: Sequence[tuple[str, str]],
        within: Collection[str] | None,
        expand: bool,
    ) -> tuple[list[tuple[str, float]], bool]:
        """The best `limit` (id, score) for a query, and whether it was read as plain words
        after failing to parse (`search`). Remembered for the last few queries until the
        index changes: the desktop asks the same ranking for its keyword results and again
        for the hybrid ones a moment later (100-250 ms of the search worker's Python at
        10,000 entries, which the window's painting would wait behind)."""
        words = plain_words(text)
        ranked = None
        if words is not None:
            if expand:
                words = searched_words(text, words)
            concepts = self._concept_groups(text) if expand else []
            ranked = self.words.search(
                words, filters, limit, analysed, name_tokens, within, concepts
            )
        if ranked is not None:
            return list(ranked), False
        searcher = self._searcher_now()
        schema = self._open().schema
        parsed, fallback = self._parsed(searcher, text)
        # No `common_terms_optional` here: measured on the judged set it lost (nDCG@10
        # 0.558 against 0.589 on the held-out half; a word's clause on one language's
        # field counted as a word), and BM25F orders the results anyway.
        more = None
        if expand:
            present = self._default_fields(searcher)
            more = keyword_expansion(text, schema, present, searcher.reader())
            parsed = expanded(parsed, more)
        restrict = filter_query(filters)
        if within is not None:
            ids = query.Or([query.Term("id", i) for i in within]) if within else query.NullQuery
            restrict = ids if restrict is None else query.And([restrict, ids])
        # An expanded query keeps whoosh's order (below): whoosh's own top `limit` is the
        # answer, and it finds it faster (it skips what cannot reach the top) than a deeper
        # list for re-ranking, which only plain queries need.
        depth = limit if more else max(limit, keyword_scoring.PARAMETERS.candidates)
        try:
            results = searcher.search(parsed, limit=depth, filter=restrict)
        except Exception:  # e.g. a wildcard that expands too far: search the words
            parsed, fallback = words_query(schema, self._default_fields(searcher), text), True
            results = searcher.search(parsed, limit=depth, filter=restrict)
        found = [(hit["id"], float(hit.score)) for hit in results]
        # An expanded query keeps whoosh's order, which weighs the added terms (below
        # the words typed); BM25F over the typed words alone would rank every entry
        # found through another language's terms last. Its scores are still the typed
        # words' BM25F share, so that hybrid fusion knows whether they were found.
        ranked_now = self._rerank(text, found)
        if more:
            share = {} if ranked_now is found else dict(ranked_now)  # no word scored
            ranked_now = [(object_id, share.get(object_id, 0.0)) for object_id, _ in found]
        return ranked_now[:limit], fallback

    def _rerank(self, text: str, found: list[tuple[str, float]]) -> list[tuple[str, float]]:
        """whoosh's results ranked by BM25F over the query's words (`scoring_words`), as
        plain words are: whoosh decides what matches, one ranking orders it. Results no word
        scores (a phrase's stop words, a wildcard) follow, in whoosh's order."""
        words = scoring_words(text)
        scores = self.words.rank([i for i, _ in found], words, analysed, name_tokens)
        if not scores:
            return found
        order = {object_id: index for index, (object_id, _) in enumerate(found)}
        ranked = sorted(found, key=lambda hit: (-scores.get(hit[0], 0.0), order[hit[0]]))
        return [(object_id, scores.get(object_id, 0.0)) for object_id, _ in ranked]

    def condition_ids(self, text: str) -> set[str] | None:
        """The ids of the entries that the conditions on filter fields in the query `text`
        allow (`country:NL`, `NOT technique:chatbot`); None when it has no such condition."""
        if ":" not in text:
            return None
        with self._lock:
            searcher = self._searcher_now()
            parsed, fallback = self._parsed(searcher, text)
            conditions = None if fallback else condition_query(parsed)
            if conditions is None:
                return None
            return {searcher.stored_fields(n)["id"] for n in searcher.docs_for_query(conditions)}

    def languages(self) -> list[str]:
        """The language groups whose texts the index holds (`en`, `nl`, …)."""
        with self._lock:
            held = self.words.languages()  # six look-ups, without opening whoosh
            if held is not None:
                return sorted(held)
            fields_now = self._default_fields(self._searcher_now())
        return sorted({name[5:] for name in fields_now if name.startswith("text_")})

    def ids_with_concepts(self, concepts: Sequence[str]) -> set[str]:
        """The ids of the entries that mention any of the glossary `concepts`."""
        with self._lock:
            found = self.words.ids_with_concepts(concepts) if concepts else set()
            if found is not None:
                return found
            searcher = self._searcher_now()
            wanted = query.Or([query.Term(CONCEPT_FIELD, c) for c in concepts])
            return {searcher.stored_fields(n)["id"] for n in searcher.docs_for_query(wanted)}

    def concept_counts(self, ids: Sequence[str]) -> list[tuple[str, int]]:
        """How many of `ids` mention each glossary concept, most first, then by id."""
        counts: dict[str, int] = {}
        with self._lock:
            # From the word table (one query), without opening whoosh's searcher.
            held = self.words.concepts_of(ids)
            if held is not None:
                for concepts in held.values():
                    for concept in concepts:
                        counts[concept] = counts.get(concept, 0) + 1
                return sorted(counts.items(), key=lambda item: (-item[1], item[0]))
            searcher = self._searcher_now()
            for object_id in ids:
                docnum = searcher.document_number(id=object_id)
                if docnum is None:
                    continue
                stored = str(searcher.stored_fields(docnum).get(CONCEPT_FIELD) or "")
                for concept in filter(None, stored.split(",")):
                    counts[concept] = counts.get(concept, 0) + 1
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))

    def suggest(self, text: str) -> str | None:
        """ "Did you mean": the query with each unknown word replaced by the closest word of
        the index; None when there is nothing better."""
        with self._lock:
            return self._suggest(self._searcher_now(), text)

    def _concept_groups(self, text: str) -> list[ConceptGroup]:
        """What the glossary concepts of a plain-word query add to it on the word table
        (`expansion_plan`, as whoosh's `keyword_expansion` does): each concept's token, and
        its forms analysed by their own language group's analyser (the forms the words
        typed already hold, and a form of several words without `phrases`, left out)."""
        if not query_concepts(text).concepts:
            return []
        languages = self.words.languages()
        if not languages:
            return []
        plans = expansion_plan(text, languages, self.words.entry_total(), self.words.concept_count)
        groups = []
        for plan in plans:
            forms, seen = [], set()
            for group, *form_words in plan.forms:
                tokens = text_tokens(group, " ".join(form_words))
                if not tokens or (len(tokens) > 1 and not plan.phrases):
                    continue
                form = form_word(group, tokens)
                if form.tokens not in seen:
                    seen.add(form.tokens)
                    forms.append(form)
            token = concept_token(plan.concept) if plan.concept_term else None
            groups.append(ConceptGroup(plan.weight, token, forms))
        return groups

    def snippets(self, text: str, ids: Sequence[str]) -> dict[str, str]:
        """For each entry of `ids`, the part of its summary and description that matches the
        query `text` best, matched words marked **so**; its first line when nothing matches.
        Cheap enough to call for every result shown, whichever mode found it."""
        words = plain_words(text)
        if words is not None:
            found = {}
            for object_id, (lang, source) in self.words.snippet_sources(ids).items():
                wanted = {form for word in words if (form := analysed(lang, word)) is not None}
                found[object_id] = mark_snippet(source, lang, wanted)
            return found
        with self._lock:
            searcher = self._searcher_now()
            parsed, _ = self._parsed(searcher, text)
            terms = positive_terms(parsed, searcher.reader())
            found = {}
            for object_id in ids:
                docnum = searcher.document_number(id=object_id)
                if docnum is None:
                    continue
                stored = searcher.stored_fields(docnum)
                lang = str(stored.get("lang", PLAIN))
                wanted = terms.get(f"text_{lang}", set()) | terms.get(f"title_{lang}", set())
                found[object_id] = mark_snippet(str(stored.get("snippet", "")), lang, wanted)
            return found

    def _suggest(self, searcher: Any, text: str) -> str | None:
        """The query with each unknown word replaced by the closest word of the index."""
        # Words only: not field names (`country:`), operators or wildcard patterns.
        words = [
            w
            for w in re.findall(r"(?<![\w:*?])(\w+)(?![\w:*?])", text)
            if w not in ("AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO")
        ]
        changed = False
        corrected = text
        reader = searcher.reader()
        for word in words:
            folded = word.lower().translate(accent_map)
            if len(folded) < 3 or reader.frequency("spell", folded):
                continue
            options = searcher.suggest("spell", folded, limit=1, maxdist=2)
            if options:
                corrected = re.sub(rf"\b{re.escape(word)}\b", options[0], corrected, count=1)
                changed = True
        return corrected if changed else None

    def all_ids(self) -> list[str]:
        """Every indexed id (for checks)."""
        with self._lock:
            return sorted(fields_["id"] for fields_ in self._searcher_now().all_stored_fields())
