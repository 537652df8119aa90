"""Delivery (issue 15): an export too large for one file, and the work of a sync-folder pass.

1. **One file against parts.** An exporter holds `--big` revisions (12,048 by default, the
   export of issue 15's failure 1; real public records of bench/corpus.py, as in
   bench/sync_speed.py). The same export is written twice in one run: as one file (the
   limits switched off, as before parts existed) and as the parts Casebook now writes
   within SYNC.md's limits. Each is imported by a fresh trusted partner with the default
   limits: the one file is refused (its manifest line alone passes 1 MiB), every part
   imports. Export and import seconds, files, the largest file and line.
2. **Work per folder pass.** An installation of `--sizes` revisions shares a folder with
   six partners who all acknowledged everything (each imported its export and wrote its
   acknowledgement to the folder). It then adds k entries (1, 10, 100) and runs a pass:
   revisions read to decide what is owed (rows above the lowest acknowledged vector),
   revisions written, seconds. Then once more with a seventh partner trusted that never
   wrote a bundle: everything is owed to it (it has acknowledged nothing), so the pass
   reads every revision; what it writes is still only what is not on its way.

    .venv/bin/python bench/delivery_speed.py [--big 12048] [--sizes 1000,10000]

Writes bench/results/delivery.json and .md; prints the table.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(1, str(Path(__file__).resolve().parent))

import sync_speed
from benchkit import log, save, timed
from sync_speed import make_bodies

import catalogue.delivery_store as delivery_store
from catalogue.catalogue import Catalogue
from sync import (
    BundleRefused,
    Limits,
    add_partner,
    export_bundle,
    import_bundle,
    init_identity,
    load_identity,
    sync_folder,
    trust_partner,
)

UNLIMITED = Limits(max_file=2**40, max_line=2**40, max_revisions=2**40)


def home(root: Path, name: str) -> Catalogue:
    cat = Catalogue.open(root / name, author=name, auto_backup=False)
    init_identity(cat, name)
    return cat


def befriend(a: Catalogue, b: Catalogue) -> None:
    partner, _ = add_partner(a, load_identity(b).public_file())
    trust_partner(a, partner.fingerprint)


def largest_line(path: Path) -> int:
    with path.open("rb") as f:
        return max(len(line) - 1 for line in f)


def one_file_against_parts(root: Path, n: int) -> list[dict[str, Any]]:
    a = home(root, "exporter")
    a.add_entries(make_bodies(n))
    rows = []
    for how, limits in (("one file (no parts, as before)", UNLIMITED), ("parts (now)", Limits())):
        out = root / f"{how.split()[0]}.casebook"
        seconds, done = timed(lambda out=out, limits=limits: export_bundle(a, out, limits=limits))
        b = home(root, f"partner-{how.split()[0]}")
        befriend(b, a)
        start, imported, refused = time.perf_counter(), 0, ""
        for part in done.parts:
            try:
                imported += import_bundle(b, part).new_revisions
            except BundleRefused as exc:
                refused = exc.message
        rows.append(
            {
                "how": how,
                "revisions": done.revisions,
                "files": len(done.parts),
                "largest_file": max(p.stat().st_size for p in done.parts),
                "largest_line": max(largest_line(p) for p in done.parts),
                "export_s": round(seconds, 2),
                "import_s": round(time.perf_counter() - start, 2),
                "imported": imported,
                "refused": refused,
            }
        )
        log(f"{how}: {rows[-1]}")
        b.close()
    a.close()
    return rows


def counting_reads() -> list[int]:
    """Count the rows `DeliveryStore.above` returns (what a pass reads to decide)."""
    reads: list[int] = []
    original = delivery_store.DeliveryStore.above

    def above(self: delivery_store.DeliveryStore, vector: dict[str, int]) -> Any:
        rows = original(self, vector)
        reads.append(len(rows))
        return rows

    delivery_store.DeliveryStore.above = above  # type: ignore[method-assign]
    return reads


def folder_passes(root: Path, n: int, reads: list[int]) -> list[dict[str, Any]]:
    shared = root / f"shared-{n}"
    shared.mkdir()
    a = home(root, f"a-{n}")
    partners = [home(root, f"p{k}-{n}") for k in range(6)]
    for p in partners:
        befriend(a, p)
        befriend(p, a)
    a.add_entries(make_bodies(n))
    sync_folder(a, shared)
    for p in partners:
        sync_folder(p, shared)  # imports A's file, writes its acknowledgement
    sync_folder(a, shared)  # reads the acknowledgements
    rows = []
    for k in (1, 10, 100):
        a.add_entries(make_bodies(k, start=n + 1000 * k))
        reads.clear()
        seconds, done = timed(lambda: sync_folder(a, shared))
        written = 0 if done.exported is None else done.exported.revisions
        rows.append(
            {
                "catalogue": n,
                "new": k,
                "silent": 0,
                "read": sum(reads),
                "written": written,
                "seconds": round(seconds, 3),
            }
        )
        log(f"pass: {rows[-1]}")
        for p in partners:
            sync_folder(p, shared)
        sync_folder(a, shared)
    silent = home(root, f"silent-{n}")
    befriend(a, silent)
    seconds, first = timed(lambda: sync_folder(a, shared))
    a.add_entries(make_bodies(1, start=n + 999_999))
    reads.clear()
    seconds, done = timed(lambda: sync_folder(a, shared))
    rows.append(
        {
            "catalogue": n,
            "new": 1,
            "silent": 1,
            "read": sum(reads),
            "written": 0 if done.exported is None else done.exported.revisions,
            "seconds": round(seconds, 3),
            "first_pass_written": 0 if first.exported is None else first.exported.revisions,
        }
    )
    log(f"pass with a silent partner: {rows[-1]}")
    for cat in (a, silent, *partners):
        cat.close()
    return rows


def table(big: list[dict[str, Any]], passes: list[dict[str, Any]], load: str) -> str:
    out = [
        "# Delivery: one file against parts, and the work of a folder pass",
        "",
        f"{platform.node()}, Python {platform.python_version()}; entries from "
        f"{sync_speed.SOURCE or 'bench/corpus.py'}. Load average (1 min) at the start "
        f"and the end: {load}, on 2 cores shared with other work: seconds are noisy, the "
        "counts are not.",
        "",
        "| export | revisions | files | largest file | largest line | export s | import s "
        "| imported | refused |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in big:
        out.append(
            f"| {r['how']} | {r['revisions']:,} | {r['files']} | {r['largest_file']:,} | "
            f"{r['largest_line']:,} | {r['export_s']} | {r['import_s']} | {r['imported']:,} | "
            f"{r['refused'] or '—'} |"
        )
    out += [
        "",
        "Folder pass at an installation whose six partners acknowledged everything; "
        '"silent" is a seventh trusted partner that never wrote a bundle.',
        "",
        "| catalogue | new revisions | silent partners | revisions read | revisions written "
        "| seconds |",
        "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in passes:
        out.append(
            f"| {r['catalogue']:,} | {r['new']} | {r['silent']} | {r['read']:,} | "
            f"{r['written']:,} | {r['seconds']} |"
        )
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=int, default=12_048)
    parser.add_argument("--sizes", default="1000,10000")
    args = parser.parse_args()
    load = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        big = one_file_against_parts(root, args.big)
        reads = counting_reads()
        passes = []
        for n in (int(s) for s in args.sizes.split(",")):
            passes += folder_passes(root, n, reads)
    load.append(os.getloadavg()[0])
    shown = " and ".join(f"{x:.1f}" for x in load)
    save("delivery", {"big": big, "passes": passes, "load": load}, table(big, passes, shown))


if __name__ == "__main__":
    main()
