"""What a readable page about an entry shows, in which order and with which labels.

Shared by every place an entry is shown to people (the terminal, the desktop detail pane,
and the exporters), so they agree on labels and order. Values are plain text; each caller
escapes them for its own format. Coded values (kind, status, validation, risk tier…) are
always shown by their label, never their code.

Every function takes a language (`en`, `fi`, `nl`, `it`, `ro`, `lv`; default English): the
labels, coded values and dates are in that language, the texts of the entry stay as
written. The words themselves are data in `catalogue/labels/`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .errors import InvalidInput
from .labels import TABLES
from .vocab import COFOG

LANGUAGES: tuple[str, ...] = tuple(TABLES)
ENGLISH = "en"

# The free-text sections, in reading order. `description` is Markdown; the others are
# plain text with paragraphs. Their labels are `section.<key>`.
SECTION_KEYS = (
    "summary",
    "description",
    "purpose",
    "problem",
    "data_sources",
    "risks",
    "evidence",
    "transfer_potential",
    "lessons",
)
MARKDOWN_SECTIONS = frozenset({"description"})

# Nested objects shown as a block of "label: value" rows each, with the fields in order.
GROUP_FIELDS: dict[str, tuple[str, ...]] = {
    "ai_act": ("risk_tier", "legal_basis", "human_oversight", "dpia", "fria", "assessment_url"),
    "resources": ("budget", "staff"),
    "interreg": ("project", "policy_instrument", "validation", "expert_opinion"),
    "contact": ("name", "email", "url"),
}
TRANSFER_FIELDS = ("partner", "action_plan", "date", "note")
# Fields whose value is a code with a label (the prefix of its key in the tables).
CODED = {
    ("ai_act", "risk_tier"): "risk",
    ("ai_act", "dpia"): "assessment",
    ("ai_act", "fria"): "assessment",
    ("interreg", "validation"): "validation",
}

# The sidebar's facet values (desktop); exports use the tables of `labels/`.
KIND_LABELS = {
    "good_practice": "good practice",
    "policy_case": "policy case",
    "ai_use_case": "AI use case",
    "guideline": "guideline",
}

_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def plural_form(lang: str, n: int) -> str:
    """The plural category of `n` in a language (CLDR's rules, for the forms we use)."""
    if lang == "ro":
        if n == 1:
            return "one"
        return "few" if n == 0 or 1 < n % 100 < 20 else "other"
    if lang == "lv":
        if n % 10 == 0 or 11 <= n % 100 <= 19:
            return "zero"
        return "one" if n % 10 == 1 else "other"
    return "one" if n == 1 else "other"


@dataclass(frozen=True)
class Labels:
    """The words of one language: `labels.text("heading.contents")`, counts and dates."""

    lang: str
    table: Mapping[str, str]

    def text(self, key: str, **values: object) -> str:
        """The label of `key` (English when a translation lacks it), placeholders filled."""
        found = self.table.get(key)
        if found is None:
            found = TABLES[ENGLISH].get(key, key)
        return found.format(**values) if values else found

    def has(self, key: str) -> bool:
        """Whether there is a label for `key`."""
        return key in self.table or key in TABLES[ENGLISH]

    def value(self, prefix: str, code: str) -> str:
        """A coded value's label (`value("validation", "draft")` → "Draft"); a code without
        one is shown with spaces for underscores."""
        key = f"{prefix}.{code}"
        return self.text(key) if self.has(key) else code.replace("_", " ")

    def count(self, key: str, n: int) -> str:
        """`n` with the noun in its plural form (`count("cases", 3)` → "3 cases")."""
        form = f"count.{key}.{plural_form(self.lang, n)}"
        if form not in self.table:
            form = f"count.{key}.other"
        return self.text(form, n=n)

    def date(self, day: dt.date) -> str:
        """A date as people of the language write it (`12 May 2026`, `12.5.2026`)."""
        return self.text(
            "date.full",
            day=day.day,
            month=self.text(f"month.{day.month}"),
            month_number=day.month,
            year=day.year,
        )

    def partial_date(self, text: str) -> str:
        """A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date of an entry in this language."""
        match = _PARTIAL_DATE.fullmatch(text.strip())
        if match is None:
            return text
        year, month, day = match.groups()
        try:
            if day:
                return self.date(dt.date(int(year), int(month), int(day)))
            if month and 1 <= int(month) <= 12:
                return self.text("date.month", month=self.text(f"month.{int(month)}"), year=year)
        except ValueError:
            return text
        return year

    def language_name(self, tag: str) -> str:
        """The name of the language an entry is written in (`fi` → "Finnish")."""
        key = f"language.{tag.split('-')[0].lower()}"
        return self.text(key) if self.has(key) else tag


def labels(lang: str = ENGLISH) -> Labels:
    """The labels of a language; `InvalidInput` names the languages for an unknown one."""
    code = (lang or ENGLISH).strip().lower()
    if code not in TABLES:
        raise InvalidInput(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    return Labels(code, TABLES[code])


def join(*parts: str | None, sep: str = ", ") -> str:
    """The non-empty parts joined."""
    return sep.join(p for p in parts if p)


def _cofog(code: str) -> str:
    return f"{code} {COFOG.get(code, '')}".strip()


def facts(body: dict[str, Any], lang: str = ENGLISH) -> list[tuple[str, str]]:
    """The short facts of an entry (label, value), only those that are filled."""
    words = labels(lang)
    org, loc = body.get("organisation") or {}, body.get("location") or {}
    dates = body.get("dates") or {}
    org_type = org.get("type") and f"({words.value('organisation_type', org['type'])})"
    rows = [
        ("kind", body.get("kind") and words.value("kind", body["kind"])),
        ("status", body.get("status") and words.value("status", body["status"])),
        ("organisation", join(org.get("name"), org_type, sep=" ")),
        ("location", join(loc.get("city"), loc.get("country"), loc.get("nuts"))),
        ("language", body.get("language") and words.language_name(body["language"])),
        (
            "dates",
            join(
                *(words.partial_date(str(dates[k])) for k in ("start", "end") if dates.get(k)),
                sep=" – ",
            ),
        ),
        ("policy_areas", join(*(_cofog(c) for c in body.get("policy_areas", [])), sep="; ")),
        (
            "ai_techniques",
            join(*(words.value("technique", t) for t in body.get("ai_techniques", []))),
        ),
        ("governance", join(*(words.value("theme", t) for t in body.get("governance_themes", [])))),
        ("provider", body.get("provider", "")),
        ("tags", join(*body.get("tags", []))),
    ]
    return [(words.text(f"field.{key}"), str(value)) for key, value in rows if value]


def sections(body: dict[str, Any], lang: str = ENGLISH) -> list[tuple[str, str, str]]:
    """The filled free-text sections as (key, label, text)."""
    words = labels(lang)
    return [
        (key, words.text(f"section.{key}"), str(body[key])) for key in SECTION_KEYS if body.get(key)
    ]


@dataclass(frozen=True)
class Group:
    """A block of an entry's fields: its heading, (label, value) rows, and parts that are
    blocks of their own (each transfer of the Interreg block: "Transfer 1" and its rows)."""

    key: str
    label: str
    rows: list[tuple[str, str]]
    parts: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)


def _value(words: Labels, group: str, name: str, value: Any) -> str:
    prefix = CODED.get((group, name))
    if prefix is not None:
        return words.value(prefix, str(value))
    return str(value)


def transfer_rows(transfer: dict[str, Any], lang: str = ENGLISH) -> list[tuple[str, str]]:
    """One transfer's filled fields as (label, value): partner, action plan, date, note."""
    words = labels(lang)
    rows = []
    for name in TRANSFER_FIELDS:
        value = transfer.get(name)
        if value:
            text = words.partial_date(str(value)) if name == "date" else str(value)
            rows.append((words.text(f"transfer.{name}"), text))
    return rows


def entry_groups(body: dict[str, Any], lang: str = ENGLISH) -> list[Group]:
    """The filled nested objects (AI Act, resources, Interreg, contact) as `Group`s, each
    field labelled and each transfer a part of its own."""
    words = labels(lang)
    found = []
    for key, names in GROUP_FIELDS.items():
        data = body.get(key) or {}
        rows = [
            (words.text(f"{key}.{name}"), _value(words, key, name, data[name]))
            for name in names
            if data.get(name)
        ]
        parts = [
            (words.text("heading.transfer", n=n), transfer_rows(item, lang))
            for n, item in enumerate(data.get("transfers") or [], 1)
            if key == "interreg"
        ]
        if rows or parts:
            found.append(Group(key, words.text(f"group.{key}"), rows, parts))
    return found


def groups(body: dict[str, Any], lang: str = ENGLISH) -> list[tuple[str, list[tuple[str, str]]]]:
    """The filled nested objects as (label, [(field label, value)]) for a plain two-column
    table: a transfer is a row with its heading ("Transfer 1") and no value, then its rows."""
    flat = []
    for group in entry_groups(body, lang):
        rows = list(group.rows)
        for heading, part in group.parts:
            rows += [(heading, ""), *part]
        flat.append((group.label, rows))
    return flat


def links(body: dict[str, Any], lang: str = ENGLISH) -> list[tuple[str, str]]:
    """(title, url) of the entry's links, then its source code."""
    words = labels(lang)
    found = [
        (str(link.get("title") or words.text("link.default")), str(link["url"]))
        for link in body.get("links", [])
    ]
    if body.get("source_code"):
        found.append((words.text("link.source_code"), str(body["source_code"])))
    return found


def dataset_name(code: str, lang: str = ENGLISH) -> str:
    """The name people know a dataset by (`pstw` → "EU Public Sector Tech Watch")."""
    words = labels(lang)
    if not code:
        return words.text("sources.recorded")
    return words.value("dataset", code)


def source_lines(body: dict[str, Any], lang: str = ENGLISH) -> list[tuple[str, str]]:
    """Where a public-dataset entry came from, with its licence and attribution."""
    source = body.get("source") or {}
    if not source:
        return []
    words = labels(lang)
    dataset = source.get("dataset")
    rows = [
        (
            words.text("source.dataset"),
            join(dataset and dataset_name(dataset, lang), source.get("id"), sep=" "),
        )
    ]
    for key in ("url", "licence", "attribution", "retrieved"):
        if source.get(key):
            value = str(source[key])
            rows.append(
                (
                    words.text(f"source.{key}"),
                    words.partial_date(value) if key == "retrieved" else value,
                )
            )
    return [(label, value) for label, value in rows if value]
