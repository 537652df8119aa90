"""How entries, lists and histories look on a terminal."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from catalogue.catalogue import CollectionRecord, EntryRecord, EntrySummary, HistoryItem
from catalogue.vocab import COFOG

if TYPE_CHECKING:
    from search.engine import SearchResults

WIDTH = 88

# (key in the body, label) in reading order; nested objects are shown on one line each.
_SECTIONS: list[tuple[str, str]] = [
    ("summary", "Summary"),
    ("description", "Description"),
    ("purpose", "Purpose"),
    ("problem", "Problem addressed"),
    ("data_sources", "Data sources"),
    ("risks", "Risks and mitigations"),
    ("evidence", "Evidence of success"),
    ("transfer_potential", "Transfer potential"),
    ("lessons", "Difficulties and lessons learned"),
]


def to_json(value: Any) -> str:
    """JSON for `--json` output: stable key order, UTF-8 kept readable."""
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)


def _clip(text: str | None, width: int) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def entry_table(rows: Sequence[EntrySummary]) -> str:
    """The entry list as aligned columns, with a count."""
    lines = [f"{'ID':8}  {'TITLE':44}  {'ORGANISATION':26}  CC  {'KIND':13}  STATUS"]
    for r in rows:
        flag = "!" if r.conflict else " "
        lines.append(
            f"{r.id[:8]}{flag} {_clip(r.title, 44):44}  {_clip(r.organisation, 26):26}  "
            f"{r.country:2}  {r.kind or '':13}  {r.status or ''}"
        )
    lines.append(f"{len(rows)} entr{'y' if len(rows) == 1 else 'ies'}")
    if any(r.conflict for r in rows):
        lines.append("! = conflicting edits; see `casebook history ID`")
    return "\n".join(lines)


LABEL = 18


def _line(label: str, value: str) -> str:
    label = label if len(label) < LABEL else label[: LABEL - 2] + "…"
    return textwrap.fill(
        value,
        WIDTH,
        initial_indent=f"  {label:<{LABEL}} ",
        subsequent_indent=" " * (LABEL + 3),
        break_on_hyphens=False,  # keep web addresses whole, so they can be copied
        break_long_words=False,
    )


def _join(*parts: str | None, sep: str = ", ") -> str:
    return sep.join(p for p in parts if p)


def entry_text(record: EntryRecord) -> str:
    """A readable page for one entry, every filled field shown."""
    b = record.body
    org, loc = b.get("organisation", {}), b.get("location", {})
    out = [b["title"], "=" * min(len(b["title"]), WIDTH)]
    facts = [
        ("id", record.id),
        ("kind", _join(b.get("kind"), b.get("status") and f"status {b['status']}", sep=" · ")),
        ("organisation", _join(org.get("name"), org.get("type") and f"({org['type']})", sep=" ")),
        ("location", _join(loc.get("city"), loc.get("country"), loc.get("nuts"))),
        ("language", b.get("language", "")),
        ("dates", _join(b.get("dates", {}).get("start"), b.get("dates", {}).get("end"), sep=" – ")),
        ("policy areas", _join(*(f"{c} {COFOG[c]}" for c in b.get("policy_areas", [])), sep="; ")),
        ("AI techniques", _join(*b.get("ai_techniques", []))),
        ("governance", _join(*b.get("governance_themes", []))),
        ("provider", b.get("provider", "")),
        ("tags", _join(*b.get("tags", []))),
    ]
    out += [_line(k, v) for k, v in facts if v]
    if record.conflict:
        out.append(_line("conflict", f"{record.live_heads} concurrent versions; this one is shown"))
    for key, label in _SECTIONS:
        if b.get(key):
            out += ["", label]
            out += [
                textwrap.fill(p, WIDTH, initial_indent="  ", subsequent_indent="  ")
                for p in str(b[key]).split("\n")
                if p.strip()
            ]
    for key, label in (
        ("ai_act", "AI Act"),
        ("resources", "Resources"),
        ("interreg", "Interregional learning"),
        ("contact", "Contact"),
    ):
        if b.get(key):
            out += ["", label]
            for sub, value in b[key].items():
                if isinstance(value, list):
                    value = "; ".join(_join(*(str(v) for v in item.values())) for item in value)
                out.append(_line(sub.replace("_", " "), str(value)))
    if b.get("links") or b.get("source_code"):
        out += ["", "Links"]
        for link in b.get("links", []):
            out += [f"  {link.get('title', 'link')}", f"    {link['url']}"]
        if b.get("source_code"):
            out.append(_line("source code", b["source_code"]))
    if b.get("attachments"):
        out += ["", "Attachments"]
        out += [
            _line(a["name"], f"{a['size']} bytes, sha256 {a['sha256'][:12]}…")
            for a in b["attachments"]
        ]
    if b.get("source"):
        s = b["source"]
        out += ["", "Source"]
        out.append(_line("dataset", _join(s.get("dataset"), s.get("id"), sep=" ")))
        for key in ("url", "licence", "attribution", "retrieved"):
            if s.get(key):
                out.append(_line(key, s[key]))
    out += [
        "",
        f"  updated {record.updated_at} · created {record.created_at} · rev {record.rev[:12]}",
    ]
    return "\n".join(out)


def history_text(items: Sequence[HistoryItem]) -> str:
    """Revisions oldest first, marking heads and the one shown."""
    lines = []
    for i in items:
        mark = "*" if i.shown else ("+" if i.head else " ")
        what = (
            "deleted"
            if i.op == "delete"
            else ("changed " + ", ".join(i.changed) if i.parents else "created")
        )
        lines.append(f"{mark} {i.rev[:12]}  {i.authored_at}  {i.author}  {_clip(what, 50)}")
    lines.append(f"{len(items)} revision{'s' if len(items) != 1 else ''} (* shown, + other head)")
    return "\n".join(lines)


def collection_text(record: CollectionRecord, titles: dict[str, str]) -> str:
    """A collection: name, introduction, numbered items with notes."""
    out = [record.name, "=" * min(len(record.name), WIDTH)]
    if record.introduction:
        out += [textwrap.fill(record.introduction, WIDTH), ""]
    for n, (entry_id, note) in enumerate(record.items, 1):
        title = titles.get(entry_id, "(deleted entry)")
        out.append(f"{n:3}. {entry_id[:8]}  {title}")
        if note:
            out.append(
                textwrap.fill(note, WIDTH, initial_indent="       ", subsequent_indent="       ")
            )
    out.append(f"{len(record.items)} entr{'y' if len(record.items) == 1 else 'ies'}")
    return "\n".join(out)


def search_text(found: SearchResults) -> str:
    """Search results as numbered blocks: title, where, snippet, id."""
    lines = []
    if found.note:
        lines.append(f"({found.note})")
    if not found.results:
        hint = f" Did you mean: {found.suggestion}?" if found.suggestion else ""
        lines.append(f"No entries found.{hint}")
    for number, result in enumerate(found.results, start=1):
        where = f"{result.organisation} · {result.country}"
        if result.source:
            where += f" · {result.source['dataset']} {result.source['id'] or ''}".rstrip()
        lines.append(f"{number:>2}. {result.title}")
        lines.append(f"    {where}")
        for part in textwrap.wrap(result.snippet.replace("\n", " "), width=88):
            lines.append(f"    {part}")
        lines.append(f"    id {result.id[:8]}  score {result.score:g}")
    for key, counts in found.facets.items():
        if counts:
            shown = ", ".join(f"{value} {count}" for value, count in counts[:8])
            lines.append(f"{key}: {shown}")
    lines.append(f"{len(found.results)} result(s), {found.mode}, {found.took_ms:.0f} ms")
    return "\n".join(lines)


def index_text(info: dict[str, Any]) -> str:
    """`index status` as lines."""
    keyword, semantic = info["keyword"], info["semantic"]
    return "\n".join(
        [
            _line("Keyword index", f"{keyword['state']}, {keyword['documents'] or 0} entries"),
            _line(
                "Semantic index",
                f"{semantic['state']}, {semantic['vectors']} vectors"
                + (f" ({semantic['model_id']})" if semantic["model_id"] else ""),
            ),
            _line("Semantic model", info["model"]),
        ]
    )
