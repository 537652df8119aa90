"""The whoosh query for what a user typed, and the rewrites that make it behave.

Users write whoosh's query language with friendly field names (`title:`, `country:NL`,
`organisation:amsterdam`, `tag:chatbot`, `FIELD_ALIASES`); a query whoosh cannot parse is
searched as plain words. Filters become required conditions, and on a big index the common
words of a query only add to the score (`common_terms_optional`).

A filter key before a colon (`technique:"computer vision"`, `city:"Den Haag"`) takes the
whole value, quoted when it has several words, and means what `--filter KEY=VALUE` means:
one `f_<key>` term, lower case with commas as spaces (`filter_term`), as the index stores it.
The meaning side of a search honours these conditions too (`condition_query`) and encodes
the query without them (`meaning_text`).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence
from typing import Any

from whoosh import analysis, fields, qparser, query
from whoosh.support.charset import accent_map

from .keyword_schema import FIELD_ALIASES, FILTER_FIELD, plain_analyzer

# The friendly names that are filter keys (`country:`, `tag:`, `technique:` …): each is
# one `f_<key>` field. (`organisation:` searches the words of the names instead.)
FILTER_ALIASES = frozenset(
    alias
    for alias, targets in FIELD_ALIASES.items()
    if all(t.startswith(FILTER_FIELD.format("")) for t in targets)
)
OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})


def positive_terms(parsed: Any, reader: Any) -> dict[str, set[str]]:
    """The index terms a query looks for, by field (wildcards expanded; excluded terms left
    out), for marking snippets."""
    found: dict[str, set[str]] = {}

    def walk(node: Any) -> None:
        if isinstance(node, query.Not):
            return
        if isinstance(node, query.AndNot):
            walk(node.a)
            return
        if node.is_leaf():
            with contextlib.suppress(Exception):
                for fieldname, term in node.existing_terms(reader, expand=True):
                    text = term.decode("utf-8") if isinstance(term, bytes) else str(term)
                    found.setdefault(fieldname, set()).add(text)
            return
        for child in node.children():
            walk(child)

    walk(parsed)
    return found


def filter_term(fieldname: str, value: str) -> Any:
    """The condition "`fieldname` (an `f_<key>` field) is `value`", as the index stores
    values: lower case, commas as spaces (`keyword_schema.index_document`)."""
    return query.Term(fieldname, value.lower().replace(",", " ").strip())


def filter_query(filters: Sequence[tuple[str, str]]) -> Any:
    """Filters as a whoosh query (values of one key are alternatives; keys combine)."""
    grouped: dict[str, list[str]] = {}
    for key, value in filters:
        grouped.setdefault(key, []).append(value)
    if not grouped:
        return None
    clauses = []
    for key, values in sorted(grouped.items()):
        name = FILTER_FIELD.format(key)
        terms = [filter_term(name, v) for v in values]
        clauses.append(terms[0] if len(terms) == 1 else query.Or(terms))
    return clauses[0] if len(clauses) == 1 else query.And(clauses)


def _parser(schema: fields.Schema, default_fields: list[str]) -> qparser.QueryParser:
    # Parse against a schema that also knows the friendly names; they are expanded below.
    parse_schema = fields.Schema()
    for name, field in schema.items():
        parse_schema.add(name, field)
    for alias in FIELD_ALIASES:
        if alias in parse_schema:
            continue
        if alias in FILTER_ALIASES:
            # A filter value is one token however many words it has ("computer vision"),
            # neither split nor accent-folded: the index holds it whole.
            whole = analysis.IDTokenizer() | analysis.LowercaseFilter()
            parse_schema.add(alias, fields.TEXT(analyzer=whole))
        else:
            parse_schema.add(alias, fields.TEXT(analyzer=plain_analyzer()))
    parser = qparser.MultifieldParser(
        default_fields, parse_schema, group=qparser.OrGroup.factory(0.9)
    )
    parser.remove_plugin_class(qparser.BoostPlugin)
    return parser


_parsers: dict[tuple[int, tuple[str, ...]], qparser.QueryParser] = {}


def _cached_parser(schema: fields.Schema, default_fields: list[str]) -> qparser.QueryParser:
    key = (id(schema), tuple(default_fields))
    if key not in _parsers:
        _parsers[key] = _parser(schema, default_fields)
    return _parsers[key]


def parse_query(schema: fields.Schema, default_fields: list[str], text: str) -> tuple[Any, bool]:
    try:
        parsed = _cached_parser(schema, default_fields).parse(text)
        parsed = _require_filters(_expand_aliases(parsed, schema))
        if parsed is query.NullQuery and re.search(r"\w", text):
            raise ValueError("nothing searchable was parsed")
        return parsed, False
    except Exception:
        return words_query(schema, default_fields, text), True


def words_query(schema: fields.Schema, default_fields: list[str], text: str) -> Any:
    words = " ".join(re.findall(r"\w+", text))
    parser = qparser.MultifieldParser(
        default_fields, schema, group=qparser.OrGroup.factory(0.9), plugins=[]
    )
    parser.remove_plugin_class(qparser.FieldsPlugin)
    parser.remove_plugin_class(qparser.WildcardPlugin)
    parser.remove_plugin_class(qparser.OperatorsPlugin)
    return parser.parse(words) if words else query.NullQuery


def _require_filters(parsed: Any) -> Any:
    """Make an OR of words behave as people expect: `country:NL chatbot` means chatbots in
    NL (conditions on filter fields are required) and `parking NOT drones` excludes."""
    if not isinstance(parsed, query.Or):
        return parsed
    required = [c for c in parsed.subqueries if _is_filter(c)]
    excluded = [c.query for c in parsed.subqueries if isinstance(c, query.Not)]
    rest = [c for c in parsed.subqueries if not _is_filter(c) and not isinstance(c, query.Not)]
    if not rest or not (required or excluded):
        return parsed
    result: Any = rest[0] if len(rest) == 1 else parsed.__class__(rest, scale=parsed.scale)
    if required:
        result = query.And([result, *required])
    if excluded:
        result = query.AndNot(result, excluded[0] if len(excluded) == 1 else query.Or(excluded))
    return result


# A word in more than this share of the entries is "common" (once there are enough entries
# for the share to mean something): it only adds to the score of entries that match a rarer
# word of the query, as Lucene's CommonTermsQuery does. Whoosh then walks the long posting
# lists of words like "data" or "service" only where they can change the ranking.
# Measured on the quality benchmark (6,715 entries, 40 queries): at 2 % keyword nDCG@10 and
# recall@20 are unchanged and p95 latency halves. Only when the rarer words can fill the
# page by themselves, so a rare typo does not hide what the common words find.
COMMON_SHARE = 0.02
COMMON_MIN_ENTRIES = 2000


def common_terms_optional(parsed: Any, reader: Any, limit: int) -> Any:
    """`parsed` with the common words of an OR of words made optional (see COMMON_SHARE)."""
    count = reader.doc_count()
    if count < COMMON_MIN_ENTRIES:
        return parsed
    # The shapes `_require_filters` makes: words AND filters, words ANDNOT excluded.
    if isinstance(parsed, query.AndNot):
        return query.AndNot(common_terms_optional(parsed.a, reader, limit), parsed.b)
    if isinstance(parsed, query.And):
        first, *rest = parsed.subqueries
        return query.And([common_terms_optional(first, reader, limit), *rest])
    if not isinstance(parsed, query.Or) or len(parsed.subqueries) < 2:
        return parsed
    most = COMMON_SHARE * count
    rare: list[Any] = []
    common: list[Any] = []
    rare_matches = 0
    for clause in parsed.subqueries:
        if not isinstance(clause, query.Term):
            rare.append(clause)
            rare_matches += limit  # phrases, wildcards…: keep the rule out of their way
            continue
        frequency = reader.doc_frequency(clause.fieldname, clause.text)
        if frequency > most:
            common.append(clause)
        else:
            rare.append(clause)
            rare_matches += frequency
    if not common or not rare or rare_matches < limit:
        return parsed
    return query.AndMaybe(query.Or(rare, scale=parsed.scale), query.Or(common, scale=parsed.scale))


def _is_filter(parsed: Any) -> bool:
    names = (
        {getattr(leaf, "fieldname", None) for leaf in parsed.leaves()}
        if not parsed.is_leaf()
        else {getattr(parsed, "fieldname", None)}
    )
    return bool(names) and all(str(n).startswith("f_") for n in names)


def _expand_aliases(parsed: Any, schema: fields.Schema) -> Any:
    """Replace queries on a friendly field name by the same query on its index fields."""
    if not parsed.is_leaf():
        return parsed.apply(lambda child: _expand_aliases(child, schema))
    name = getattr(parsed, "fieldname", None)
    if name is None or name in schema.names() or name not in FIELD_ALIASES:
        return parsed
    targets = FIELD_ALIASES[name]
    variants = [v for v in (_retarget(parsed, schema, t) for t in targets) if v is not None]
    if not variants:
        return query.NullQuery
    return variants[0] if len(variants) == 1 else query.Or(variants)


def _retarget(parsed: Any, schema: fields.Schema, target: str) -> Any:
    """`parsed` (a leaf on an alias field) re-analysed for the index field `target`."""
    field = schema[target]
    if target.startswith(FILTER_FIELD.format("")):
        return _retarget_filter(parsed, target)

    def words(text: str) -> list[str]:
        return [t.text for t in field.analyzer(text, mode="query")] if field.analyzer else [text]

    if isinstance(parsed, query.Phrase):
        analysed = [w for word in parsed.words for w in words(word)]
        return query.Phrase(target, analysed, slop=parsed.slop) if analysed else None
    if isinstance(parsed, (query.Prefix, query.Wildcard)):
        cls = type(parsed)
        folded = parsed.text.lower().translate(accent_map)
        return cls(target, folded)
    if isinstance(parsed, query.Term):
        analysed = words(str(parsed.text))
        if not analysed:
            return None
        terms = [query.Term(target, w) for w in analysed]
        return terms[0] if len(terms) == 1 else query.And(terms)
    with contextlib.suppress(Exception):
        copy = parsed.copy()
        copy.fieldname = target
        return copy
    return None


def _retarget_filter(parsed: Any, target: str) -> Any:
    """A condition on a filter field: the whole value (quoted or one word) is one term."""
    if isinstance(parsed, query.Phrase):
        value = " ".join(str(w) for w in parsed.words)
        return filter_term(target, value) if value.strip() else None
    if isinstance(parsed, (query.Prefix, query.Wildcard)):
        return type(parsed)(target, parsed.text.lower())  # values keep their accents
    if isinstance(parsed, query.Term):
        return filter_term(target, str(parsed.text))
    with contextlib.suppress(Exception):
        copy = parsed.copy()
        copy.fieldname = target
        return copy
    return None


def condition_query(parsed: Any) -> Any:
    """The conditions on filter fields a parsed query requires (`country:NL chatbot`) or
    excludes (`NOT kind:guideline`), as one query; None when it has none. The meaning side
    of a search keeps to the entries they allow."""
    if _is_filter(parsed):
        return parsed
    if isinstance(parsed, query.And):
        conditions = [c for c in (condition_query(q) for q in parsed.subqueries) if c is not None]
        if not conditions:
            return None
        return conditions[0] if len(conditions) == 1 else query.And(conditions)
    if isinstance(parsed, query.AndNot):
        required = condition_query(parsed.a)
        excluded = parsed.b if _is_filter(parsed.b) else None
        if excluded is None:
            return required
        left = required if required is not None else query.Every()
        return query.AndNot(left, excluded)
    if isinstance(parsed, query.Not) and _is_filter(parsed.query):
        return query.AndNot(query.Every(), parsed.query)
    return None


_WORD = re.compile(r"(?<![\w:*?])(\w+)(?![\w:*?])")


def scoring_words(text: str) -> list[str]:
    """The words of a query that rank its results (`KeywordIndex._rerank`): not operators,
    field names, filter values, wildcard patterns, nor words after NOT or a minus."""
    rest = _CONDITION.sub(lambda m: " " if m.group(1) in FILTER_ALIASES else m.group(2), text)
    rest = re.sub(r'(?:\bNOT\s+|(?<!\w)-)(?:"[^"]*"|\([^)]*\)|\S+)', " ", rest)
    return [w for w in _WORD.findall(rest) if w not in OPERATORS]


_CONDITION = re.compile(r'(?<![\w:])(\w+):("[^"]*"?|\S+)')


def meaning_text(text: str) -> str:
    """What the meaning side encodes for a query: with conditions on filter keys, its words
    without them and without operators (`technique:"computer vision" parking` -> `parking`;
    the condition values when there is nothing else); otherwise the query as typed."""
    values: list[str] = []

    def drop(match: re.Match[str]) -> str:
        name, value = match.group(1), match.group(2).strip('"')
        if name in FILTER_ALIASES:
            values.append(value)
            return " "
        return value if name in FIELD_ALIASES else match.group(0)  # title:drones -> drones

    rest = _CONDITION.sub(drop, text)
    if not values:
        return text  # no condition: the query as typed (as the quality benchmark measured)
    words = [w for w in re.findall(r"[^\s()]+", rest) if w not in OPERATORS]
    words = [w.strip('"') for w in words if re.search(r"\w", w)]
    return " ".join(words) if words else " ".join(values) or text
