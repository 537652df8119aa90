"""Keyword index build speed: two source trees side by side on one catalogue (issue 20).

Makes (or reuses) a catalogue of `--size` synthetic entries from the public corpus (the same
entries as bench/search_speed.py), then runs `search.keyword_build.build` of each tree in
turn, each in a fresh child process (`PYTHONPATH=<tree>`), `--rounds` times, alternating, so
that both see the same machine load. Each run is timed inside its child (the build alone,
not the interpreter's start) and the 1-minute load average is read before and after.

    .venv/bin/python bench/keyword_build_speed.py --size 100000 \
        --tree old=/tmp/casebook-old --tree new=. [--rounds 2] [--home /tmp/kb-100k]

`git archive <commit> | tar -x -C /tmp/casebook-old` makes a tree of an older commit.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchkit import log, save

CHILD = """
import json, sys, time
from pathlib import Path
from catalogue.catalogue import Catalogue
from search.keyword_build import build
home, fresh = Path(sys.argv[1]), Path(sys.argv[2])
cat = Catalogue.open(home, auto_backup=False)
start, cpu = time.perf_counter(), time.process_time()
entries = build(cat, fresh)
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
cat.close()
import resource
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
helper = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"entries": entries, "seconds": seconds, "cpu_s": cpu, "peak_rss_mb": peak,
                  "helper_cpu_s": helper.ru_utime + helper.ru_stime}))
"""


def make_home(home: Path, size: int, seed: int) -> None:
    from search_speed import make_bodies, read_records

    from catalogue.catalogue import Catalogue

    records, how = read_records()
    bodies = make_bodies(records, size, seed)
    log(f"{len(records)} corpus records ({how}) -> {size} entries")
    with Catalogue.open(home, author="bench", auto_backup=False) as cat:
        cat.add_entries(bodies)


def run(tree: Path, home: Path, python: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="casebook-kbuild-") as tmp:
        fresh = Path(tmp) / "index"
        env = {**os.environ, "PYTHONPATH": str(tree.resolve())}
        load_before = os.getloadavg()[0]
        out = subprocess.run(
            [python, "-c", CHILD, str(home), str(fresh)],
            env=env,
            cwd=tree,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        size = sum(f.stat().st_size for f in fresh.rglob("*") if f.is_file())
    result = json.loads(out.strip().splitlines()[-1])
    result.update(
        load_before=round(load_before, 2),
        load_after=round(os.getloadavg()[0], 2),
        index_mb=round(size / 1e6, 1),
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--tree", action="append", required=True, help="name=path")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--home", type=Path, help="catalogue folder (made when missing)")
    parser.add_argument("--seed", type=int, default=20240)
    parser.add_argument("--name", default="keyword_build_speed", help="results file name")
    args = parser.parse_args()
    trees = [(name, Path(path)) for name, _, path in (t.partition("=") for t in args.tree)]
    home = args.home or Path(tempfile.gettempdir()) / f"casebook-kbuild-home-{args.size}"
    if not (home / "casebook.db").exists():
        shutil.rmtree(home, ignore_errors=True)
        make_home(home, args.size, args.seed)
    runs: list[dict[str, object]] = []
    started = time.time()
    for round_ in range(args.rounds):
        for name, tree in trees if round_ % 2 == 0 else reversed(trees):
            result = run(tree, home, sys.executable)
            log(f"round {round_ + 1}, {name}: {result}")
            runs.append({"tree": name, "round": round_ + 1, **result})
    lines = [
        "# Keyword index build: source trees side by side\n",
        f"bench/keyword_build_speed.py: `search.keyword_build.build` over {args.size} entries "
        "(bench/search_speed.py's synthetic corpus entries), each run in a fresh child process, "
        f"the trees alternating, {args.rounds} rounds; 2-core machine shared with other work.\n",
        "| tree | round | build s (wall) | CPU s | helper process CPU s | peak RSS MB | index MB "
        "| load before | load after |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in runs:
        lines.append(
            f"| {r['tree']} | {r['round']} | {float(r['seconds']):.1f} | "  # type: ignore[arg-type]
            f"{float(r['cpu_s']):.1f} | {r.get('helper_cpu_s', '–')} | "  # type: ignore[arg-type]
            f"{float(r['peak_rss_mb']):.0f} | {r['index_mb']} | "  # type: ignore[arg-type]
            f"{r['load_before']} | {r['load_after']} |"
        )
    save(
        args.name,
        {
            "size": args.size,
            "trees": {n: str(p) for n, p in trees},
            "runs": runs,
            "minutes": round((time.time() - started) / 60, 1),
        },
        "\n".join(lines) + "\n",
    )


if __name__ == "__main__":
    main()
