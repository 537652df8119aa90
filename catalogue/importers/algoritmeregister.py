"""`algoritmeregister`: the Dutch national algorithm register listing (JSON, in Dutch).

The file is `{"algoritmes": [...], "count": n, ...}` (or a bare list of records); each
record has `id` (the `lars` id), title, organisatie, doel (goal and impact),
juridische_basis, impactassessment, status, geregistreerd and url.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NoReturn

from . import cells
from .reading import json_document
from .records import ParsedFile, Record, RowProblem, Tick

DATASET = "algoritmeregister"
WHAT = "the Dutch algorithm register listing (algoritmes.json)"
LICENCE = "CC0 1.0"
ATTRIBUTION = (
    "Algoritmeregister van de Nederlandse overheid (algoritmes.overheid.nl), "
    "via github.com/schellevis/algoritmeregister"
)
# Entry fields -> the record fields they come from (named in row problems).
COLUMNS = {"title": "title", "summary": "doel", "organisation.name": "organisatie"}
STATUSES = {"in_gebruik": "in_use", "ontwikkeling": "planned", "buiten_gebruik": "retired"}
ASSESSMENTS = {"ja": "done", "nee": "no", "onbekend": "unknown"}


def organisation_type(name: str) -> str | None:
    """The organisation type a Dutch organisation's name implies, when it does."""
    first = name.split(" ", 1)[0].lower()
    if first == "gemeente":
        return "municipality"
    if first in ("provincie", "waterschap", "hoogheemraadschap"):
        return "region"
    if first in ("ministerie", "belastingdienst", "douane"):
        return "national"
    if first in ("rijksdienst", "dienst", "autoriteit", "uitvoeringsinstituut", "rijksinspectie"):
        return "agency"
    return None


def body_of(record: dict[str, Any], source_id: str) -> dict[str, Any]:
    """The entry body of one register record (not yet validated)."""
    title = cells.one_line(record.get("title"))
    goal = cells.text(record.get("doel"))
    org_name = cells.one_line(record.get("organisatie"))
    url = cells.one_line(record.get("url"))
    source: dict[str, Any] = {
        "dataset": DATASET,
        "id": source_id,
        "licence": LICENCE,
        "attribution": ATTRIBUTION,
    }
    if url.startswith("https://"):
        source["url"] = url
    return {
        "title": cells.cut(title, 200),
        "summary": cells.cut(goal, 1000) if goal else cells.cut(title, 1000),
        "description": goal or None,
        "kind": "ai_use_case",
        "organisation": {"name": cells.cut(org_name, 300), "type": organisation_type(org_name)},
        "location": {"country": "NL"},
        "language": "nl",
        "status": STATUSES.get(cells.one_line(record.get("status")).lower()),
        "ai_act": {
            "legal_basis": cells.text(record.get("juridische_basis"))[:20_000] or None,
            "dpia": ASSESSMENTS.get(cells.one_line(record.get("impactassessment")).lower()),
        },
        "source": source,
    }


def read(path: Path, tick: Tick) -> ParsedFile:
    """Read the register listing; records without an id, and repeated ids, are problems."""
    document = json_document(path, WHAT)
    records = document.get("algoritmes") if isinstance(document, dict) else document
    if not isinstance(records, list):
        raise_not_the_format(path, document)
    parsed = ParsedFile("algoritmeregister", DATASET, columns=COLUMNS)
    first_row: dict[str, int] = {}
    for number, record in enumerate(records, 1):
        parsed.rows_read += 1
        tick(number, len(records))
        if not isinstance(record, dict):
            parsed.problems.append(RowProblem(number, "", "is not a JSON object with fields"))
            continue
        source_id = cells.one_line(record.get("id"))
        if not source_id:
            parsed.problems.append(RowProblem(number, "id", "is empty; every record needs its id"))
            continue
        if source_id in first_row:
            parsed.problems.append(
                RowProblem(number, "id", f"{source_id} is also record {first_row[source_id]}")
            )
            continue
        first_row[source_id] = number
        parsed.records.append(Record(number, source_id, body_of(record, source_id), record))
    return parsed


def raise_not_the_format(path: Path, document: Any) -> NoReturn:
    """Refuse JSON that is not the register listing, naming what was found instead."""
    from ..errors import InvalidInput

    found = (
        f"an object with keys {', '.join(list(document)[:8])}"
        if isinstance(document, dict)
        else type(document).__name__
    )
    raise InvalidInput(
        f"{path} is JSON but not {WHAT}: expected an object with a list 'algoritmes' "
        f"(found {found})"
    )
