"""Benchmark corpus: real public datasets turned into Casebook entry bodies.

Reads three datasets from the shared corpus directory (never copied into the repo):

- `pstw`: EU Public Sector Tech Watch cases (xlsx; only rows whose primary technology is AI),
- `algoritmeregister`: the Dutch national algorithm register listing (json, in Dutch),
- `omb-2025`: the US federal AI use-case inventory 2025 (csv).

Use it from another bench script with::

    sys.path.insert(0, str(Path(__file__).parent))
    import corpus

    with corpus.load_home(tmp_home) as cat:
        ...

`python bench/corpus.py` loads everything into a temporary home and prints counts and timings.
This is a benchmark loader, not the product importer: it keeps to the fields that are easy to
map and skips (and counts) rows that do not validate.
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from catalogue.catalogue import Catalogue  # noqa: E402
from catalogue.entry import validate_entry  # noqa: E402
from catalogue.errors import InvalidEntry  # noqa: E402

CORPUS_DIR = Path(os.environ.get("CASEBOOK_CORPUS", REPO.parent / "shared" / "corpus"))

DATASETS = ("pstw", "algoritmeregister", "omb-2025")

PSTW_FILE = Path("eu-pstw") / "pstw_dataset.xlsx"
NL_FILE = Path("nl-algoritmeregister") / "algoritmes.json"
OMB_FILE = Path("us-omb-ai-inventory-2025") / "2025_individually_reported_AI_use_cases.csv"

LICENCES = {
    "pstw": (
        "CC BY 4.0",
        "European Commission, Joint Research Centre (JRC) / DG DIGIT – Public Sector Tech Watch",
    ),
    "algoritmeregister": (
        "CC0 1.0",
        "Algoritmeregister van de Nederlandse overheid (algoritmes.overheid.nl), "
        "via github.com/schellevis/algoritmeregister",
    ),
    "omb-2025": (
        "Public domain (US federal work)",
        "US Office of Management and Budget – 2025 Federal Agency AI Use Case Inventory",
    ),
}

# Stats of the last iter_bodies() run per dataset: loaded, skipped and why.
STATS: dict[str, Counter[str]] = {}

# ---------------------------------------------------------------------------------------------
# Text helpers


_EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _text(value: Any) -> str:
    """A cell as clean single-spaced text.

    Normalises non-breaking spaces and hyphens, decodes Excel escapes such as `_x000D_`
    (left in some PSTW cells) and drops control characters.
    """
    if value is None:
        return ""
    text = str(value).replace("\u00a0", " ").replace("\u2011", "-")
    text = _EXCEL_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return re.sub(r"[ \t]+", " ", text).strip()


def _cut(text: str, limit: int) -> str:
    """`text` shortened to at most `limit` characters, at a word boundary, with an ellipsis."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip(" ,;:.-") + "…"


def _core(
    title: str, summary_source: str, description: str, dataset: str, source_id: str
) -> dict[str, Any]:
    licence, attribution = LICENCES[dataset]
    title = _cut(title, 200)
    return {
        "title": title,
        "summary": _cut(summary_source, 1000) if summary_source else title,
        "description": description or None,
        "kind": "ai_use_case",
        "source": {
            "dataset": dataset,
            "id": source_id,
            "licence": licence,
            "attribution": attribution,
        },
    }


# ---------------------------------------------------------------------------------------------
# EU Public Sector Tech Watch

PSTW_COUNTRIES = {
    "Albania": "AL",
    "Andorra": "AD",
    "Austria": "AT",
    "Belgium": "BE",
    "Bosnia and Herzegovina": "BA",
    "Bulgaria": "BG",
    "Croatia": "HR",
    "Cyprus": "CY",
    "Czechia": "CZ",
    "Czech Republic": "CZ",
    "Denmark": "DK",
    "Estonia": "EE",
    "European Union": "EU",
    "Finland": "FI",
    "France": "FR",
    "Georgia": "GE",
    "Germany": "DE",
    "Greece": "GR",
    "Hungary": "HU",
    "Iceland": "IS",
    "Ireland": "IE",
    "Italy": "IT",
    "Kosovo": "XK",
    "Latvia": "LV",
    "Liechtenstein": "LI",
    "Lithuania": "LT",
    "Luxembourg": "LU",
    "Malta": "MT",
    "Moldova": "MD",
    "Montenegro": "ME",
    "Netherlands": "NL",
    "North Macedonia": "MK",
    "Norway": "NO",
    "Poland": "PL",
    "Portugal": "PT",
    "Romania": "RO",
    "San Marino": "SM",
    "Serbia": "RS",
    "Slovakia": "SK",
    "Slovenia": "SI",
    "Spain": "ES",
    "Sweden": "SE",
    "Switzerland": "CH",
    "Türkiye": "TR",
    "Turkey": "TR",
    "Ukraine": "UA",
    "United Kingdom": "GB",
    "Vatican City": "VA",
}

PSTW_STATUS = {
    "pilot": "pilot",
    "pilot phase": "pilot",
    "implemented": "in_use",
    "in development": "planned",
    "planned": "planned",
    "not in use": "retired",
}

PSTW_ORG_TYPES = {
    "local government": "municipality",
    "regional government": "region",
    "central-government": "national",
    "central government": "national",
    "national government": "national",
    "european institution/agency": "agency",
}

_NUTS = re.compile(r"[A-Z]{2}[0-9A-Z]{0,3}")
_PLAIN_URL = re.compile(r"https?://\S+")


def _pstw_country(extent: str, country: str) -> str | None:
    code = PSTW_COUNTRIES.get(country)
    if code is None and extent.lower() == "across countries":
        return "EU"
    return code


def _year(value: Any) -> str | None:
    text = _text(value)
    return text if re.fullmatch(r"(19|20)\d\d", text) else None


def _pstw_rows(path: Path) -> Iterator[dict[str, Any]]:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = wb[" PSTW DB"] if " PSTW DB" in wb.sheetnames else wb.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = [_text(h) for h in next(rows)]  # strips " Status" to "Status"
        for row in rows:
            yield dict(zip(header, row, strict=False))
    finally:
        wb.close()


def _pstw_bodies(path: Path, stats: Counter[str]) -> Iterator[dict[str, Any]]:
    for row in _pstw_rows(path):
        source_id = _text(row.get("PSTW ID"))
        if not source_id:
            stats["skipped: no PSTW ID"] += 1
            continue
        if "artificial intelligence" not in _text(row.get("Primary Technology")).lower():
            stats["not AI (ignored)"] += 1
            continue
        country = _pstw_country(
            _text(row.get("Geographical extent")), _text(row.get("Geographical coverage (country)"))
        )
        if country is None:
            stats["skipped: unknown country"] += 1
            continue
        title = _text(row.get("Name"))
        description = _text(row.get("Description"))
        body = _core(title, description, description, "pstw", source_id)
        org_name = _text(row.get("Responsible organisation"))
        org_type = PSTW_ORG_TYPES.get(_text(row.get("Responsible organisation category")).lower())
        body["organisation"] = {"name": _cut(org_name, 300), "type": org_type}
        location: dict[str, Any] = {"country": country}
        nuts = _text(row.get("NUTS 2021")).upper()
        prefix = {"GR": "EL", "GB": "UK"}.get(country, country)
        if _NUTS.fullmatch(nuts) and nuts.startswith(prefix):
            location["nuts"] = nuts
        body["location"] = location
        body["language"] = "en"
        body["status"] = PSTW_STATUS.get(_text(row.get("Status")).lower())
        start, end = _year(row.get("Start Year")), _year(row.get("End Year"))
        if start and end and end < start:
            end = None
        body["dates"] = {"start": start, "end": end}
        website = _text(row.get("Website"))
        if _PLAIN_URL.fullmatch(website):
            body["links"] = [{"title": "Website", "url": website}]
        yield body


# ---------------------------------------------------------------------------------------------
# Dutch algorithm register

NL_STATUS = {"in_gebruik": "in_use", "ontwikkeling": "planned", "buiten_gebruik": "retired"}
NL_DPIA = {"ja": "done", "nee": "no", "onbekend": "unknown"}


def _nl_org_type(name: str) -> str | None:
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


def _nl_bodies(path: Path, stats: Counter[str]) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        records = json.load(f)["algoritmes"]
    for rec in records:
        source_id = _text(rec.get("id"))
        if not source_id:
            stats["skipped: no id"] += 1
            continue
        title = _text(rec.get("title"))
        doel = _text(rec.get("doel"))
        body = _core(title, doel, doel, "algoritmeregister", source_id)
        org_name = _text(rec.get("organisatie"))
        body["organisation"] = {"name": _cut(org_name, 300), "type": _nl_org_type(org_name)}
        body["location"] = {"country": "NL"}
        body["language"] = "nl"
        body["status"] = NL_STATUS.get(_text(rec.get("status")))
        body["ai_act"] = {
            "legal_basis": _cut(_text(rec.get("juridische_basis")), 20_000) or None,
            "dpia": NL_DPIA.get(_text(rec.get("impactassessment")).lower()),
        }
        url = _text(rec.get("url"))
        if url.startswith("https://"):
            body["source"]["url"] = url
        yield body


# ---------------------------------------------------------------------------------------------
# US OMB AI use-case inventory 2025

OMB_STATUS = {
    "pre-deployment": "planned",
    "pilot": "pilot",
    "deployed": "in_use",
    "retired": "retired",
}


def _omb_bodies(path: Path, stats: Counter[str]) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    counts = Counter(_text(r.get("id")) for r in rows)
    for n, row in enumerate(rows, 1):
        raw_id = _text(row.get("id"))
        # Empty or duplicated ids ("", "34", "TBD", ...) get the data row number instead.
        source_id = raw_id if raw_id and counts[raw_id] == 1 else f"row-{n}"
        title = _text(row.get("use_case_name"))
        problem = _text(row.get("problem_solved"))
        benefits = _text(row.get("benefits"))
        body = _core(title, problem or benefits, problem, "omb-2025", source_id)
        body["purpose"] = benefits or None
        body["data_sources"] = _text(row.get("data_description"))[:20_000] or None
        body["provider"] = _cut(_text(row.get("vendor_name")), 500) or None
        bureau = _text(row.get("agency_bureau"))
        agency = _text(row.get("agency_name")) or _text(row.get("agency"))
        body["organisation"] = {"name": _cut(agency, 300), "type": "national"}
        if bureau and bureau.lower() not in agency.lower():
            body["tags"] = [_cut(bureau, 60)]
        body["location"] = {"country": "US"}
        body["language"] = "en"
        body["status"] = OMB_STATUS.get(_text(row.get("development_stage")).lower())
        yield body


# ---------------------------------------------------------------------------------------------
# Public API

_READERS = {
    "pstw": (PSTW_FILE, _pstw_bodies),
    "algoritmeregister": (NL_FILE, _nl_bodies),
    "omb-2025": (OMB_FILE, _omb_bodies),
}


def iter_bodies(
    datasets: Iterable[str] = DATASETS, limit_per_dataset: int | None = None
) -> Iterator[dict[str, Any]]:
    """Yield valid (validated, canonical) entry bodies from the chosen datasets.

    Rows that fail validation are skipped and counted in `STATS[dataset]`.
    """
    for dataset in datasets:
        if dataset not in _READERS:
            raise ValueError(f"unknown dataset {dataset!r}; use one of {', '.join(DATASETS)}")
        rel, reader = _READERS[dataset]
        stats: Counter[str] = Counter()
        STATS[dataset] = stats
        for body in reader(CORPUS_DIR / rel, stats):
            if limit_per_dataset is not None and stats["loaded"] >= limit_per_dataset:
                break
            try:
                valid = validate_entry(body)
            except InvalidEntry as exc:
                fields = ", ".join(sorted({p.field for p in exc.problems}))
                stats[f"skipped: invalid ({fields})"] += 1
                continue
            stats["loaded"] += 1
            yield valid


def key_of(body: dict[str, Any]) -> str:
    """The judgement key of a body: `<dataset>:<source id>`."""
    source = body["source"]
    return f"{source['dataset']}:{source['id']}"


def load_home(
    home: Path, datasets: Iterable[str] = DATASETS, limit_per_dataset: int | None = None
) -> Catalogue:
    """Open a catalogue in `home`, add the corpus in one transaction, return it open."""
    cat = Catalogue.open(home, author="bench", auto_backup=False)
    try:
        cat.add_entries(list(iter_bodies(datasets, limit_per_dataset)))
    except BaseException:
        cat.close()
        raise
    return cat


def main() -> None:
    import tempfile

    t0 = time.perf_counter()
    bodies = list(iter_bodies())
    t1 = time.perf_counter()
    for dataset in DATASETS:
        stats = STATS.get(dataset, Counter())
        other = ", ".join(f"{k}: {v}" for k, v in sorted(stats.items()) if k != "loaded")
        print(f"{dataset:18} loaded {stats['loaded']:5}   {other or 'nothing skipped'}")
    keys = [key_of(b) for b in bodies]
    assert len(set(keys)) == len(keys), "duplicate judgement keys"
    print(f"read + validate {len(bodies)} bodies: {t1 - t0:.1f} s")
    with tempfile.TemporaryDirectory(prefix="casebook-bench-") as tmp:
        t2 = time.perf_counter()
        with Catalogue.open(Path(tmp), author="bench", auto_backup=False) as cat:
            cat.add_entries(bodies)
        t3 = time.perf_counter()
    print(f"add_entries into a temporary home: {t3 - t2:.1f} s")
    print(f"total: {t3 - t0:.1f} s")


if __name__ == "__main__":
    main()
