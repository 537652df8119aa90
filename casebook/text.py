"""How entries, lists and histories look on a terminal."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from catalogue import presentation
from catalogue.catalogue import (
    CollectionRecord,
    DeletedEntry,
    EntryRecord,
    EntrySummary,
    HistoryItem,
)

if TYPE_CHECKING:
    from search.engine import SearchResults

WIDTH = 88

# Bidirectional controls: embeddings, overrides, isolates and marks. Printed raw, they
# reorder what follows on the line (a title can make "exe.gnp" read as "png.exe").
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_UNSAFE = [*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029, *map(ord, _BIDI)]
_VISIBLE = {c: (f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}") for c in _UNSAFE}
_VISIBLE.update({0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"})
_VISIBLE_KEEP_LINES = {c: v for c, v in _VISIBLE.items() if c != 0x0A}


def safe(value: object, *, newlines: bool = False) -> str:
    """Foreign text (from the catalogue, a bundle or an identity file) made safe to print on
    a terminal: control characters (escape sequences that colour, conceal, clear or retitle)
    and bidirectional controls are shown as visible escapes (`\\x1b`, `\\u202e`). With
    `newlines`, line breaks stay (multi-line text); otherwise they are shown too, so no
    text can forge a line of its own."""
    text = str(value)
    return text.translate(_VISIBLE_KEEP_LINES if newlines else _VISIBLE)


def to_json(value: Any) -> str:
    """JSON for `--json` output: stable key order, UTF-8 kept readable."""
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)


def _clip(text: str | None, width: int) -> str:
    text = safe((text or "").replace("\n", " "))
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


def deleted_table(rows: Sequence[DeletedEntry]) -> str:
    """Deleted entries with when and by whom, and how to bring one back."""
    lines = [f"{'ID':8}  {'TITLE':44}  {'DELETED':20}  BY"]
    for d in rows:
        lines.append(
            f"{d.id[:8]}  {_clip(d.title, 44):44}  {d.deleted_at[:19]:20}  {safe(d.deleted_by)}"
        )
    lines.append(f"{len(rows)} deleted entr{'y' if len(rows) == 1 else 'ies'}")
    if rows:
        lines.append("Bring one back with `casebook undelete ID`.")
    return "\n".join(lines)


LABEL = 18


def _line(label: str, value: str, indent: int = 2) -> str:
    width = LABEL + 2 - indent
    label = label if len(label) < width else label[: width - 2] + "…"
    return textwrap.fill(
        value,
        WIDTH,
        initial_indent=f"{' ' * indent}{label:<{width}} ",
        subsequent_indent=" " * (LABEL + 3),
        break_on_hyphens=False,  # keep web addresses whole, so they can be copied
        break_long_words=False,
    )


def entry_text(record: EntryRecord) -> str:
    """A readable page for one entry, every filled field shown."""
    b = record.body
    title = safe(b["title"])
    out = [title, "=" * min(len(title), WIDTH)]
    out += [_line(k, v) for k, v in [("id", record.id), *presentation.facts(b)]]
    if record.conflict:
        out.append(_line("conflict", f"{record.live_heads} concurrent versions; this one is shown"))
    for _, label, value in presentation.sections(b):
        out += ["", label]
        out += [
            textwrap.fill(p, WIDTH, initial_indent="  ", subsequent_indent="  ")
            for p in value.split("\n")
            if p.strip()
        ]
    for group in presentation.entry_groups(b):
        out += ["", group.label]
        out += [_line(k, v) for k, v in group.rows]
        for heading, rows in group.parts:  # each transfer: its heading, then its fields
            out.append(f"  {heading}")
            out += [_line(k, v, indent=4) for k, v in rows]
    if presentation.links(b):
        out += ["", "Links"]
        for title, url in presentation.links(b):
            out += [f"  {title}", f"    {url}"]
    if b.get("attachments"):
        out += ["", "Attachments"]
        out += [
            _line(a["name"], f"{a['size']} bytes, sha256 {a['sha256'][:12]}…")
            for a in b["attachments"]
        ]
    if b.get("source"):
        out += ["", "Source"]
        out += [_line(k, v) for k, v in presentation.source_lines(b)]
    out += [
        "",
        f"  updated {record.updated_at} · created {record.created_at} · rev {record.rev[:12]}",
    ]
    return safe("\n".join(out), newlines=True)


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
        lines.append(
            f"{mark} {i.rev[:12]}  {safe(i.authored_at)}  {safe(i.author)}  {_clip(what, 50)}"
        )
        if i.op != "delete":
            for name, old, new in i.values:
                change = f"{_value(old)} → {_value(new)}"
                lines.append(f"      {name}: {_clip(change, WIDTH - len(name) - 8)}")
    lines.append(f"{len(items)} revision{'s' if len(items) != 1 else ''} (* shown, + other head)")
    return safe("\n".join(lines), newlines=True)


def one_line(value: object) -> str:
    """A field's value on one line (history, conflicts), cut to fit a line."""
    return _clip(_value(value), WIDTH - 30)


def _value(value: object) -> str:
    """A field's value on one line, for history."""
    if value is None or value == "" or value == []:
        return "(empty)"
    if isinstance(value, list):
        return ", ".join(_value(v) if not isinstance(v, str) else v for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items())
    return " ".join(str(value).split())


def collection_text(record: CollectionRecord, titles: dict[str, str]) -> str:
    """A collection: name, introduction, numbered items with notes."""
    name = safe(record.name)
    out = [name, "=" * min(len(name), WIDTH)]
    if record.introduction:
        out += [textwrap.fill(record.introduction, WIDTH), ""]
    for n, (entry_id, note) in enumerate(record.items, 1):
        title = safe(titles.get(entry_id, "(deleted entry)"))
        out.append(f"{n:3}. {entry_id[:8]}  {title}")
        if note:
            out.append(
                textwrap.fill(note, WIDTH, initial_indent="       ", subsequent_indent="       ")
            )
    out.append(f"{len(record.items)} entr{'y' if len(record.items) == 1 else 'ies'}")
    return safe("\n".join(out), newlines=True)


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
        lines.append(f"{number:>2}. {safe(result.title)}")
        lines.append(f"    {where}")
        for part in textwrap.wrap(result.snippet.replace("\n", " "), width=88):
            lines.append(f"    {part}")
        lines.append(f"    id {result.id[:8]}  score {result.score:g}")
    for key, counts in found.facets.items():
        if counts:
            shown = ", ".join(f"{value} {count}" for value, count in counts[:8])
            lines.append(f"{key}: {shown}")
    lines.append(f"{len(found.results)} result(s), {found.mode}, {found.took_ms:.0f} ms")
    return safe("\n".join(lines), newlines=True)


def index_text(info: dict[str, Any]) -> str:
    """`index status` as lines."""
    keyword, semantic = info["keyword"], info["semantic"]
    return "\n".join(
        [
            _line("Keyword index", f"{keyword['state']}, {keyword['documents'] or 0} entries"),
            _line(
                "Semantic index",
                f"{semantic['state']}, {semantic['vectors']} vectors"
                + (f" ({semantic['model_id']})" if semantic["model_id"] else "")
                + ("; `casebook index update` encodes the rest" if semantic["not_indexed"] else ""),
            ),
            _line("Semantic model", info["model"]),
        ]
    )
