"""Import and export speed on the real files, beside the floor measured in the same run.

- PSTW: the floor is openpyxl reading every row of the sheet (read-only mode, values only),
  which any xlsx import must do. Then a full import into a fresh home (no embeddings: the
  search index computes them later, in the background), and a re-import of the same file
  (target: nothing written).
- OMB CSV: rows per second of a full import (`--skip-invalid`: one row has no name).
- Export: a collection of 50 imported PSTW cases written as PDF, HTML, Markdown, DOCX and JSON.

    .venv/bin/python bench/import_export.py [--repeat 3]

Writes bench/results/import_export.json and .md. PSTW ratios are the median over `--repeat`
(floor, import) pairs; OMB times the best of `--repeat` runs.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchkit import save

from catalogue.catalogue import Catalogue
from catalogue.importers import import_file

RESULTS = Path(__file__).parent / "results"
CORPUS = Path(
    os.environ.get("CASEBOOK_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus")
)
PSTW = CORPUS / "eu-pstw" / "pstw_dataset.xlsx"
OMB = CORPUS / "us-omb-ai-inventory-2025" / "2025_individually_reported_AI_use_cases.csv"


def best(repeat: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def floor_openpyxl() -> int:
    import openpyxl

    book = openpyxl.load_workbook(PSTW, read_only=True, data_only=True)
    rows = sum(1 for _ in book[" PSTW DB"].iter_rows(values_only=True))
    book.close()
    return rows


def fresh_import(path: Path, format: str, skip_invalid: bool = False) -> dict[str, Any]:
    with (
        tempfile.TemporaryDirectory(prefix="casebook-import-") as tmp,
        Catalogue.open(Path(tmp), author="bench", auto_backup=False) as cat,
    ):
        start = time.perf_counter()
        report = import_file(cat, format, path, skip_invalid=skip_invalid)
        first = time.perf_counter() - start
        revisions = cat.count_revisions()
        start = time.perf_counter()
        again = import_file(cat, format, path, skip_invalid=skip_invalid)
        second = time.perf_counter() - start
        written_again = cat.count_revisions() - revisions
    return {
        "rows": report.rows_read,
        "added": len(report.changes.added),
        "import_s": first,
        "reimport_s": second,
        "reimport_writes": written_again,
        "reimport_changes": bool(again.changes),
    }


EXPORT_FORMATS = ("pdf", "html", "md", "docx", "json")
COLLECTION_SIZE = 50


def exports(repeat: int) -> dict[str, Any]:
    """Best-of-`repeat` seconds to export a 50-case collection of PSTW cases per format."""
    from catalogue.exporters import export_collection

    found: dict[str, Any] = {}
    with (
        tempfile.TemporaryDirectory(prefix="casebook-export-") as tmp,
        Catalogue.open(Path(tmp) / "home", author="bench", auto_backup=False) as cat,
    ):
        import_file(cat, "pstw", PSTW)
        ids = cat.filtered_ids([("kind", "ai_use_case")])[:COLLECTION_SIZE]
        cat.create_collection("Peer learning", "Fifty AI cases from Public Sector Tech Watch")
        cat.add_to_collection("Peer learning", ids)
        for format in EXPORT_FORMATS:
            out = Path(tmp) / f"collection.{format}"
            seconds, result = best(
                repeat,
                lambda f=format, o=out: export_collection(
                    cat, "Peer learning", f, o, overwrite=True
                ),
            )
            found[format] = {
                "cases": result.cases,
                "seconds": round(seconds, 3),
                "kib": round(result.bytes / 1024),
            }
    return found


def run(repeat: int) -> dict[str, Any]:
    # The floor is measured right before each import and each ratio taken within its pair:
    # on a shared machine the load changes from one second to the next.
    floors, imports, reimports, rows, pstw = [], [], [], 0, {}
    for _ in range(repeat):
        floor, rows = best(1, floor_openpyxl)
        pstw = fresh_import(PSTW, "pstw")
        floors.append(floor)
        imports.append(pstw["import_s"] / floor)
        reimports.append(pstw["reimport_s"] / floor)
    omb_runs = [fresh_import(OMB, "omb", skip_invalid=True) for _ in range(repeat)]
    omb = min(omb_runs, key=lambda r: r["import_s"])
    return {
        "pstw": {
            "floor_openpyxl_s": round(statistics.median(floors), 3),
            "sheet_rows": rows,
            "import_s": round(statistics.median(imports) * statistics.median(floors), 3),
            "import_vs_floor": round(statistics.median(imports), 2),
            "reimport_s": round(statistics.median(reimports) * statistics.median(floors), 3),
            "reimport_vs_floor": round(statistics.median(reimports), 2),
            "reimport_writes": pstw["reimport_writes"],
            "added": pstw["added"],
            "ratios": {
                "import": [round(r, 2) for r in imports],
                "reimport": [round(r, 2) for r in reimports],
            },
        },
        "omb_csv": {
            "rows": omb["rows"],
            "added": omb["added"],
            "import_s": round(omb["import_s"], 3),
            "rows_per_s": round(omb["rows"] / omb["import_s"]),
            "reimport_s": round(omb["reimport_s"], 3),
            "reimport_writes": omb["reimport_writes"],
        },
        "export": exports(repeat),
        "repeat": repeat,
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}; "
        f"load average {os.getloadavg()[0]:.1f} at the end (other work shares the machine)",
    }


def markdown(result: dict[str, Any]) -> str:
    p, o = result["pstw"], result["omb_csv"]
    return "\n".join(
        [
            "# Import and export speed on the real files",
            "",
            "`bench/import_export.py`: PSTW: the median of "
            f"{result['repeat']} (floor, import) pairs, each import into a fresh temporary home; "
            "the floor is openpyxl reading the PSTW sheet just before. OMB: best of "
            f"{result['repeat']} runs. No embeddings are computed "
            "(the search index does that later, in the background).",
            "",
            "| what | rows | seconds | vs floor | revisions written |",
            "|---|---:|---:|---:|---:|",
            *(
                "| " + " | ".join(str(c) for c in row) + " |"
                for row in (
                    (
                        "floor: openpyxl reads the PSTW sheet",
                        p["sheet_rows"],
                        p["floor_openpyxl_s"],
                        "1×",
                        "—",
                    ),
                    (
                        "PSTW import",
                        p["added"],
                        p["import_s"],
                        f"{p['import_vs_floor']}×",
                        p["added"],
                    ),
                    (
                        "PSTW re-import (same file)",
                        p["added"],
                        p["reimport_s"],
                        f"{p['reimport_vs_floor']}×",
                        p["reimport_writes"],
                    ),
                    (
                        f"OMB CSV import ({o['rows_per_s']} rows/s)",
                        o["rows"],
                        o["import_s"],
                        "—",
                        o["added"],
                    ),
                    ("OMB CSV re-import", o["rows"], o["reimport_s"], "—", o["reimport_writes"]),
                )
            ),
            "",
            "Targets of issue 7: PSTW import ≤ 3× the floor; re-import ≤ 1× the floor with "
            "0 writes. "
            "Casebook reads sheets with its own streaming reader (catalogue/importers/xlsx.py, "
            "on lxml), which gives the values openpyxl gives (tests/catalogue/test_xlsx_reader.py) "
            "in well under half its time; a re-import then maps every row and compares it with "
            "what the last import wrote, validating only the rows that differ.",
            "",
            f"Export of a collection of {COLLECTION_SIZE} PSTW cases (best of {result['repeat']}):",
            "",
            "| format | cases | seconds | size |",
            "|---|---:|---:|---:|",
            *(
                f"| {format} | {e['cases']} | {e['seconds']} | {e['kib']} KiB |"
                for format, e in result["export"].items()
            ),
            "",
            result["machine"],
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    result = run(args.repeat)
    save("import_export", result, markdown(result))


if __name__ == "__main__":
    main()
