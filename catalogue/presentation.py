"""What a readable page about an entry shows, in which order and with which labels.

Shared by every place an entry is shown to people (the terminal, the desktop detail pane,
and the exporters), so they agree on labels and order. Values are plain text; each caller
escapes them for its own format.
"""

from __future__ import annotations

from typing import Any

from .vocab import COFOG

# (key in the body, label) of the free-text sections, in reading order. `description` is
# Markdown; the others are plain text with paragraphs.
SECTIONS: list[tuple[str, str]] = [
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
MARKDOWN_SECTIONS = frozenset({"description"})

# Nested objects shown as a block of "label: value" lines each.
GROUPS: list[tuple[str, str]] = [
    ("ai_act", "AI Act"),
    ("resources", "Resources"),
    ("interreg", "Interregional learning"),
    ("contact", "Contact"),
]

KIND_LABELS = {
    "good_practice": "good practice",
    "policy_case": "policy case",
    "ai_use_case": "AI use case",
    "guideline": "guideline",
}


def join(*parts: str | None, sep: str = ", ") -> str:
    """The non-empty parts joined."""
    return sep.join(p for p in parts if p)


def _status(status: str | None) -> str | None:
    return f"status {status.replace('_', ' ')}" if status else None


def _cofog(code: str) -> str:
    return f"{code} {COFOG.get(code, '')}".strip()


def facts(body: dict[str, Any]) -> list[tuple[str, str]]:
    """The short facts of an entry (label, value), only those that are filled."""
    org, loc, dates = body.get("organisation", {}), body.get("location", {}), body.get("dates", {})
    kind = KIND_LABELS.get(body.get("kind") or "", body.get("kind"))
    rows = [
        ("kind", join(kind, _status(body.get("status")), sep=" · ")),
        ("organisation", join(org.get("name"), org.get("type") and f"({org['type']})", sep=" ")),
        ("location", join(loc.get("city"), loc.get("country"), loc.get("nuts"))),
        ("language", body.get("language", "")),
        ("dates", join(dates.get("start"), dates.get("end"), sep=" – ")),
        ("policy areas", join(*(_cofog(c) for c in body.get("policy_areas", [])), sep="; ")),
        ("AI techniques", join(*body.get("ai_techniques", []))),
        ("governance", join(*body.get("governance_themes", []))),
        ("provider", body.get("provider", "")),
        ("tags", join(*body.get("tags", []))),
    ]
    return [(label, str(value)) for label, value in rows if value]


def sections(body: dict[str, Any]) -> list[tuple[str, str, str]]:
    """The filled free-text sections as (key, label, text)."""
    return [(key, label, str(body[key])) for key, label in SECTIONS if body.get(key)]


def groups(body: dict[str, Any]) -> list[tuple[str, list[tuple[str, str]]]]:
    """The filled nested objects as (label, [(field label, value)])."""
    found = []
    for key, label in GROUPS:
        if not body.get(key):
            continue
        lines = []
        for sub, value in body[key].items():
            if isinstance(value, list):
                value = "; ".join(
                    join(*(str(v) for v in item.values())) if isinstance(item, dict) else str(item)
                    for item in value
                )
            lines.append((sub.replace("_", " "), str(value)))
        found.append((label, lines))
    return found


def links(body: dict[str, Any]) -> list[tuple[str, str]]:
    """(title, url) of the entry's links, then its source code."""
    found = [(str(link.get("title") or "link"), str(link["url"])) for link in body.get("links", [])]
    if body.get("source_code"):
        found.append(("source code", str(body["source_code"])))
    return found


def source_lines(body: dict[str, Any]) -> list[tuple[str, str]]:
    """Where a public-dataset entry came from, with its licence and attribution."""
    source = body.get("source") or {}
    if not source:
        return []
    rows = [("dataset", join(source.get("dataset"), source.get("id"), sep=" "))]
    keys = ("url", "licence", "attribution", "retrieved")
    rows += [(key, str(source[key])) for key in keys if source.get(key)]
    return rows
