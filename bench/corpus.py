"""Benchmark corpus: real public datasets turned into Casebook entry bodies.

Reads three datasets from the shared corpus directory (never copied into the repo) with the
product importers (`catalogue.importers`), so the benchmarks search what users import:

- `pstw`: EU Public Sector Tech Watch cases (xlsx; only rows whose primary technology is AI),
- `algoritmeregister`: the Dutch national algorithm register listing (json, in Dutch),
- `omb-2025`: the US federal AI use-case inventory 2025 (csv).

Use it from another bench script with::

    sys.path.insert(0, str(Path(__file__).parent))
    import corpus

    with corpus.load_home(tmp_home) as cat:
        ...

`python bench/corpus.py` loads everything into a temporary home and prints counts and timings.
Rows that do not validate are skipped and counted (the product import would refuse the file
unless asked to skip them).
"""

from __future__ import annotations

import os
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
from catalogue.importers import read_file  # noqa: E402

CORPUS_DIR = Path(os.environ.get("CASEBOOK_CORPUS", REPO.parent / "shared" / "corpus"))

DATASETS = ("pstw", "algoritmeregister", "omb-2025")

PSTW_FILE = Path("eu-pstw") / "pstw_dataset.xlsx"
NL_FILE = Path("nl-algoritmeregister") / "algoritmes.json"
OMB_FILE = Path("us-omb-ai-inventory-2025") / "2025_individually_reported_AI_use_cases.csv"

# Stats of the last iter_bodies() run per dataset: loaded, skipped and why.
STATS: dict[str, Counter[str]] = {}

# dataset -> (import format, file)
_FILES = {
    "pstw": ("pstw", PSTW_FILE),
    "algoritmeregister": ("algoritmeregister", NL_FILE),
    "omb-2025": ("omb", OMB_FILE),
}


def _is_ai(raw: dict[str, Any]) -> bool:
    return "artificial intelligence" in str(raw.get("primary technology") or "").lower()


def iter_bodies(
    datasets: Iterable[str] = DATASETS, limit_per_dataset: int | None = None
) -> Iterator[dict[str, Any]]:
    """Yield valid (validated, canonical) entry bodies from the chosen datasets.

    Rows that fail validation are skipped and counted in `STATS[dataset]`; PSTW rows of
    other technologies than AI are left out (the benchmarks are about AI cases).
    """
    for dataset in datasets:
        if dataset not in _FILES:
            raise ValueError(f"unknown dataset {dataset!r}; use one of {', '.join(DATASETS)}")
        format, rel = _FILES[dataset]
        stats: Counter[str] = Counter()
        STATS[dataset] = stats
        parsed = read_file(format, CORPUS_DIR / rel)
        for problem in parsed.problems:
            stats[f"skipped: {problem.field or 'row'}"] += 1
        for note in parsed.notes:
            if note.action == "merged":
                stats["merged: repeats another row"] += 1
        for record in parsed.records:
            if limit_per_dataset is not None and stats["loaded"] >= limit_per_dataset:
                break
            if dataset == "pstw" and not _is_ai(record.raw):
                stats["not AI (ignored)"] += 1
                continue
            try:
                valid = validate_entry(record.body)
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
