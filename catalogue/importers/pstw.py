"""`pstw`: the EU Public Sector Tech Watch cases (xlsx, sheet " PSTW DB").

Every case becomes an entry (AI and the other technologies: the primary technology is
kept as a tag). Mapping: COFOG I/II names → policy-area codes; AI classification,
subdomains and keywords → AI techniques; status, years, NUTS, organisation category; the
17 benefit flags → `benefit: …` tags; the website, sources and story links → links.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .. import vocab
from . import cells
from .reading import workbook_table
from .records import ParsedFile, Record, RowProblem, Tick

DATASET = "pstw"
WHAT = "the Public Sector Tech Watch export (pstw_dataset.xlsx, sheet 'PSTW DB')"
LICENCE = "CC BY 4.0"
ATTRIBUTION = (
    "European Commission, Joint Research Centre (JRC) / DG DIGIT – Public Sector Tech Watch"
)
SHEET_NAMES = ("PSTW DB",)
REQUIRED = ("pstw id", "name", "description", "geographical coverage (country)")
# Entry fields -> the PSTW columns they come from (named in row problems).
COLUMNS = {
    "title": "Name",
    "summary": "Description",
    "organisation.name": "Responsible organisation",
    "location.country": "Geographical coverage (country)",
    "location.nuts": "NUTS 2021",
    "dates.start": "Start Year",
    "dates.end": "End Year",
}

COUNTRIES = {
    "albania": "AL", "andorra": "AD", "austria": "AT", "belgium": "BE",
    "bosnia and herzegovina": "BA", "bulgaria": "BG", "croatia": "HR", "cyprus": "CY",
    "czechia": "CZ", "czech republic": "CZ", "denmark": "DK", "estonia": "EE",
    "european union": "EU", "finland": "FI", "france": "FR", "georgia": "GE",
    "germany": "DE", "greece": "GR", "hungary": "HU", "iceland": "IS", "ireland": "IE",
    "italy": "IT", "kosovo": "XK", "latvia": "LV", "liechtenstein": "LI", "lithuania": "LT",
    "luxembourg": "LU", "malta": "MT", "moldova": "MD", "montenegro": "ME",
    "netherlands": "NL", "north macedonia": "MK", "norway": "NO", "poland": "PL",
    "portugal": "PT", "romania": "RO", "san marino": "SM", "serbia": "RS", "slovakia": "SK",
    "slovenia": "SI", "spain": "ES", "sweden": "SE", "switzerland": "CH", "türkiye": "TR",
    "turkey": "TR", "ukraine": "UA", "united kingdom": "GB", "vatican city": "VA",
}  # fmt: skip

STATUSES = {
    "pilot": "pilot",
    "pilot phase": "pilot",
    "implemented": "in_use",
    "in development": "planned",
    "planned": "planned",
    "not in use": "retired",
}

ORGANISATION_TYPES = {
    "local government": "municipality",
    "regional government": "region",
    "central-government": "national",
    "central government": "national",
    "national government": "national",
    "european institution/agency": "agency",
    "academic-research": "other",
    "consortium": "other",
    "private sector": "other",
    "non-governmental": "other",
    "community led": "other",
    "state-owned entreprise": "other",
}

# The 17 benefit columns → short tags (tags are at most 60 characters).
BENEFITS = {
    "improved public service": "improved public service",
    "personalized services": "personalised services",
    "public (citizen)-centered services": "citizen-centred services",
    "increase quality of psi and services": "better public sector information",
    "more responsive, efficient, and cost-effective public services": "responsive services",
    "new services or channels": "new services or channels",
    "improved administrative efficiency": "administrative efficiency",
    "cost-reduction": "cost reduction",
    "responsiveness of government operation": "responsive government",
    "improved management of public resources": "management of public resources",
    "increased quality of processes and systems": "better processes and systems",
    "better collaboration and better communication": "collaboration and communication",
    "reduced or eliminated the risk of corruption and abuse of the law by public servants": (
        "less corruption risk"
    ),
    "enabled greater fairness, honesty, equality": "fairness and equality",
    "open government capabilities": "open government",
    "increased transparency of public sector operations": "transparency",
    "increased public participation in government actions and policy making": (
        "public participation"
    ),
    "improved public control and influence on government actions and policies": ("public control"),
}

# AI classification subdomains (main and others) → our AI techniques.
SUBDOMAINS = {
    "natural language processing": "natural language processing",
    "computer vision": "computer vision",
    "audio processing": "speech",
    "optimisation": "optimisation",
    "planning and scheduling": "optimisation",
    "generative ai": "generative AI",
    "machine learning": "predictive analytics",
    "deep learning": "predictive analytics",
    "robotics and automation and robotic process automation (rpa)": "robotic process automation",
}
# AI keywords (comma, semicolon or line separated) → AI techniques.
KEYWORDS = {
    "chatbot": "chatbot",
    "virtual assistant": "chatbot",
    "voice assistant": "chatbot",
    "personal assistant": "chatbot",
    "question answering": "chatbot",
    "q&a": "chatbot",
    "text analysis": "natural language processing",
    "text classification": "natural language processing",
    "text mining": "natural language processing",
    "sentiment analysis": "natural language processing",
    "natural language understanding": "natural language processing",
    "natural language generation": "natural language processing",
    "computational linguistics": "natural language processing",
    "information extraction": "natural language processing",
    "image processing": "computer vision",
    "face recognition": "computer vision",
    "facial recognition": "computer vision",
    "object recognition": "computer vision",
    "satellite images": "computer vision",
    "speech recognition": "speech",
    "speech processing": "speech",
    "automatic translation": "machine translation",
    "recommender system": "recommender",
    "anomaly detection": "predictive analytics",
    "fraud detection": "predictive analytics",
    "probabilistic model": "predictive analytics",
    "generative adversarial network": "generative AI",
}

_COFOG_BY_NAME = {cells.name(label).rstrip("."): code for code, label in vocab.COFOG.items()}
# Spellings in PSTW that differ from the COFOG labels.
_COFOG_BY_NAME.update(
    {
        "general economic, commercial and labour affair": "04.1",
        "economic affairs n.e.c": "04.9",
    }
)
_NUTS = re.compile(r"[A-Z]{2}[0-9A-Z]{0,3}")


def _cofog(value: Any) -> str | None:
    key = cells.name(value).rstrip(". ")
    return _COFOG_BY_NAME.get(key)


def _techniques(row: dict[str, Any]) -> list[str]:
    found: list[str] = []
    for column in (
        "ai classification subdomain (ii) (main)",
        "ai classification subdomain (ii) (other i)",
        "ai classification subdomain (ii) (other ii)",
        "ai classification subdomain (ii) (other iii)",
    ):
        technique = SUBDOMAINS.get(cells.name(row.get(column)))
        if technique and technique not in found:
            found.append(technique)
    for keyword in re.split(r"[,;\n]", cells.text(row.get("ai keywords"))):
        technique = KEYWORDS.get(cells.name(keyword))
        if technique and technique not in found:
            found.append(technique)
    return found


def _country(row: dict[str, Any]) -> str | None:
    code = COUNTRIES.get(cells.name(row.get("geographical coverage (country)")))
    if code is None and cells.name(row.get("geographical extent")) == "across countries":
        return "EU"
    return code


def body_of(row: dict[str, Any], source_id: str) -> dict[str, Any]:
    """The entry body of one PSTW row (not yet validated)."""
    title = cells.one_line(row.get("name"))
    description = cells.text(row.get("description"))
    technology = cells.one_line(row.get("primary technology"))
    is_ai = "artificial intelligence" in technology.lower()
    org_name = cells.one_line(row.get("responsible organisation"))
    country = _country(row)
    location: dict[str, Any] = {
        "country": country or cells.one_line(row.get("geographical coverage (country)"))
    }
    nuts = cells.one_line(row.get("nuts 2021")).upper()
    prefix = {"GR": "EL", "GB": "UK"}.get(country or "", country or "")
    if country and _NUTS.fullmatch(nuts) and nuts.startswith(prefix):
        location["nuts"] = nuts
    start, end = cells.year(row.get("start year")), cells.year(row.get("end year"))
    if start and end and end < start:
        end = None
    links: list[dict[str, str]] = []
    for label, column in (("Website", "website"), ("Story", "stories link"), ("Source", "source")):
        for url in cells.urls(row.get(column)):
            if all(link["url"] != url for link in links):
                links.append({"title": label, "url": url})
    tags = [technology] if technology and not is_ai else []
    tags += [tag for column, tag in BENEFITS.items() if cells.flag(row.get(column))]
    levels = ("functions of government (cofog level i)", "functions of government (cofog level ii)")
    areas = [code for code in (_cofog(row.get(level)) for level in levels) if code]
    return {
        "title": cells.cut(title, 200),
        "summary": cells.cut(description, 1000) if description else cells.cut(title, 1000),
        "description": description or None,
        "kind": "ai_use_case" if is_ai else None,
        "organisation": {
            "name": cells.cut(org_name, 300),
            "type": ORGANISATION_TYPES.get(
                cells.name(row.get("responsible organisation category"))
            ),
        },
        "location": location,
        "language": "en",
        "status": STATUSES.get(cells.name(row.get("status"))),
        "dates": {"start": start, "end": end},
        "policy_areas": areas,
        "ai_techniques": _techniques(row) if is_ai else [],
        "links": links,
        "tags": [t[:60] for t in tags],
        "source": {
            "dataset": DATASET,
            "id": source_id,
            "licence": LICENCE,
            "attribution": ATTRIBUTION,
        },
    }


def read(path: Path, tick: Tick) -> ParsedFile:
    """Read a PSTW export; rows without an id, and repeated ids, are row problems."""
    table = workbook_table(path, WHAT, SHEET_NAMES)
    table.require(REQUIRED, WHAT)
    parsed = ParsedFile("pstw", DATASET, columns=COLUMNS)
    first_row: dict[str, int] = {}
    for number, row in table.rows:
        parsed.rows_read += 1
        tick(parsed.rows_read, table.total)
        source_id = cells.one_line(row.get("pstw id"))
        if not source_id:
            parsed.problems.append(
                RowProblem(number, "PSTW ID", "is empty; every case needs its id")
            )
            continue
        if source_id in first_row:
            parsed.problems.append(
                RowProblem(number, "PSTW ID", f"{source_id} is also on row {first_row[source_id]}")
            )
            continue
        first_row[source_id] = number
        parsed.records.append(Record(number, source_id, body_of(row, source_id), row))
    return parsed
