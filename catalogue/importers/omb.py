"""`omb`: the US federal AI use-case inventory 2025 (OMB), as CSV or as the xlsx.

Quirks handled: UTF-8 BOM, line breaks inside quoted cells, Python-style list cells,
operational dates written five ways, the xlsx's long headers and long-form answers
("d) Retired – …"), and ids that are empty, placeholders ("TBD") or repeated.

Source ids are chosen to stay the same in a newer file: the agency's own id when it is
unique in the file; otherwise `AGENCY-` and a hash of the id, bureau and use-case name
(`HHS-1a2b3c4d5e`), with `-2`, `-3` for rows that share all three but differ. A row that
repeats another row exactly is merged into it. Every renamed or merged row is reported.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from . import cells
from .reading import Table, csv_table, workbook_table
from .records import ParsedFile, Record, RowNote, Tick

DATASET = "omb-2025"
WHAT = "the US federal AI use case inventory (2025_individually_reported_AI_use_cases.csv or .xlsx)"
LICENCE = "Public domain (US federal work)"
ATTRIBUTION = "US Office of Management and Budget – 2025 Federal Agency AI Use Case Inventory"
REQUIRED = ("agency", "id", "use_case_name")
# Entry fields -> the CSV columns they come from (named in row problems).
COLUMNS = {
    "title": "use_case_name",
    "summary": "problem_solved",
    "organisation.name": "agency_name",
    "dates.start": "operational_date",
}
PLACEHOLDER_IDS = {"", "tbd", "n/a", "na", "none", "-", "null"}

# The xlsx's long headers (normalised, by their start) → the CSV's column names.
XLSX_HEADERS = {
    "agency abbreviation": "agency",
    "agency name": "agency_name",
    "use case id": "id",
    "use case name": "use_case_name",
    "bureau/component": "agency_bureau",
    "email address": "contact_email",
    "stage of development": "development_stage",
    "is the ai use case high-impact": "is_high_impact",
    "justification": "hi_justification",
    "use case topic area": "topic_area",
    "ai classification": "classification",
    "what problem is the ai intended to solve": "problem_solved",
    "what are the expected benefits": "benefits",
    "describe the ai system’s outputs": "system_outputs",
    "date when ai use case became operational": "operational_date",
    "vendor(s) name": "vendor_name",
    "describe any data used": "data_description",
    "which, if any, demographic": "demographic_features",
    "if the code is open source": "code_url",
    "what are the potential impacts": "hi_potential_impacts",
}
STATUSES = {
    "pre-deployment": "planned",
    "pilot": "pilot",
    "deployed": "in_use",
    "retired": "retired",
}
# The CSV writes topic areas in OMB's short hand, the xlsx in full (data_dictionary.json,
# "short_hand_recodings"); entries get the full names, whichever file was read.
TOPIC_AREAS = {
    "admin functions": "Administrative Functions",
    "emergency mgmt": "Emergency Management",
    "energy and environment": "Energy and the Environment",
    "benefits processing": "Government Benefits Processing",
    "hr": "Human Resources",
    "it": "Information Technology",
    "procurement and finance mgmt": "Procurement and Financial Management",
}
_ANSWER_LETTER = re.compile(r"^[a-z]\)\s*")


def _answer(value: Any) -> str:
    """A categorical answer in its short form: "d) Retired – The use case…" → "retired"."""
    short = _ANSWER_LETTER.sub("", cells.name(value))
    return re.split(r"\s[–-]\s|:", short, maxsplit=1)[0].strip()


_NOTHING = {"none", "n/a", "na", "null", "-"}


def _text(row: dict[str, Any], column: str) -> str:
    """A free-text cell; the xlsx writes "None" or "N/A" where the CSV leaves it empty."""
    value = cells.text(row.get(column))
    return "" if value.lower() in _NOTHING else value


def _rename_xlsx(table: Table) -> None:
    renamed = []
    for key in table.keys:
        plain = cells.name(key.replace("\n", " "))
        new = next((v for k, v in XLSX_HEADERS.items() if plain.startswith(k)), key)
        renamed.append(new)
    table.keys = renamed
    rows = table.rows
    table.rows = ((n, dict(zip(renamed, r.values(), strict=False))) for n, r in rows)


def body_of(
    row: dict[str, Any], source_id: str, notes: list[RowNote], number: int
) -> dict[str, Any]:
    """The entry body of one inventory row (not yet validated)."""
    name = cells.one_line(row.get("use_case_name"))
    problem = _text(row, "problem_solved")
    benefits = _text(row, "benefits")
    outputs = _text(row, "system_outputs")
    agency = cells.one_line(row.get("agency_name")) or cells.one_line(row.get("agency"))
    bureau = cells.one_line(row.get("agency_bureau"))
    tags = []
    if bureau and bureau.lower() not in agency.lower():
        tags.append(cells.cut(bureau, 60))
    topic = cells.one_line(row.get("topic_area"))
    topic = TOPIC_AREAS.get(topic.lower(), topic)
    if topic:
        tags.append(cells.cut(topic, 60))
    high_impact = _answer(row.get("is_high_impact")) == "high-impact"
    if high_impact:
        tags.append("US high-impact AI")
    raw_date = cells.one_line(row.get("operational_date"))
    start = cells.partial_date(raw_date)
    if raw_date and start is None:
        notes.append(
            RowNote(
                number, source_id, "adjusted", f"operational date {raw_date!r} not read; left out"
            )
        )
    data = _text(row, "data_description")
    features = [
        f
        for f in cells.list_cell(row.get("demographic_features"))
        if "none of the above" not in f.lower()
    ]
    if features:
        data = (data + "\n\n" if data else "") + "Demographic features used: " + "; ".join(features)
    risks = None
    if high_impact:
        parts = [
            "Reported to OMB as high-impact AI (OMB M-25-21), comparable to a high-risk system "
            "under the EU AI Act; the tier here is not an AI Act classification."
        ]
        for column in ("hi_justification", "hi_potential_impacts"):
            extra = _text(row, column)
            if re.search(r"\w", extra):
                parts.append(extra)
        risks = "\n\n".join(parts)[:20_000]
    code_url = cells.urls(row.get("code_url"))
    return {
        "title": cells.cut(name, 200),
        "summary": cells.cut(problem or benefits or outputs or name, 1000),
        "description": problem or None,
        "purpose": benefits[:20_000] or None,
        "kind": "ai_use_case",
        "organisation": {"name": cells.cut(agency, 300), "type": "national"},
        "location": {"country": "US"},
        "language": "en",
        "status": STATUSES.get(_answer(row.get("development_stage"))),
        "dates": {"start": start},
        "data_sources": data[:20_000] or None,
        "provider": cells.cut(cells.one_line(row.get("vendor_name")), 500) or None,
        "risks": risks,
        "source_code": code_url[0] if code_url else None,
        "tags": tags,
        "source": {
            "dataset": DATASET,
            "id": source_id,
            "licence": LICENCE,
            "attribution": ATTRIBUTION,
        },
    }


def _fingerprint(*parts: str) -> str:
    joined = "|".join(" ".join(p.lower().split()) for p in parts)
    return hashlib.sha256(joined.encode()).hexdigest()[:10]


def read(path: Path, tick: Tick) -> ParsedFile:
    """Read the inventory (CSV or xlsx, told apart by their content)."""
    with path.open("rb") as f:
        is_workbook = f.read(4) == b"PK\x03\x04"
    if is_workbook:
        table = workbook_table(path, WHAT, None)
        _rename_xlsx(table)
    else:
        table = csv_table(path, WHAT)
    table.require(REQUIRED, WHAT)
    rows = []
    for number, row in table.rows:
        rows.append((number, row))
        tick(len(rows), table.total)
    parsed = ParsedFile("omb", DATASET, rows_read=len(rows), columns=COLUMNS)
    uses: dict[str, list[int]] = {}
    for number, row in rows:
        raw = cells.one_line(row.get("id"))
        if raw.lower() not in PLACEHOLDER_IDS:
            uses.setdefault(raw, []).append(number)
    seen_content: dict[tuple[str, ...], tuple[int, str]] = {}
    taken: dict[str, int] = {}
    for number, row in rows:
        content = tuple(str(v) for v in row.values())  # a repeat is a repeat byte for byte
        raw = cells.one_line(row.get("id"))
        if content in seen_content:
            first, first_id = seen_content[content]
            parsed.notes.append(
                RowNote(number, first_id, "merged", f"repeats row {first} exactly; imported once")
            )
            continue
        if raw.lower() not in PLACEHOLDER_IDS and len(uses[raw]) == 1:
            source_id = raw
        else:
            agency = cells.one_line(row.get("agency")).upper() or "US"
            bureau = cells.one_line(row.get("agency_bureau"))
            name = cells.one_line(row.get("use_case_name"))
            base = f"{agency}-{_fingerprint(raw, bureau, name)}"
            source_id, k = base, 1
            while source_id in taken:
                k += 1
                source_id = f"{base}-{k}"
            if raw.lower() in PLACEHOLDER_IDS:
                why = "has no id" if not raw else f"has the placeholder id {raw!r}"
            else:
                others = [str(n) for n in uses[raw] if n != number]
                why = f"shares the id {raw!r} with row {', '.join(others)}"
            if k > 1:
                why += f"; same agency, bureau and name as row {taken[base]}, different content"
            parsed.notes.append(
                RowNote(number, source_id, "renamed", f"{why}; given the stable id {source_id}")
            )
        taken[source_id] = number
        seen_content[content] = (number, source_id)
        parsed.records.append(
            Record(number, source_id, body_of(row, source_id, parsed.notes, number), row)
        )
    return parsed
