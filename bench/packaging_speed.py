"""The frozen app: build time, sizes, and start-up beside the source tree, in one run.

    .venv/bin/python bench/packaging_speed.py [--build] [--runs 5]

With `--build`, builds the full and the lite variant first (`packaging/build.py`, one after
the other); otherwise it reads their records (dist/build-<variant>.json) from the last
build. Then, on one home holding the starter catalogue, it starts alternately the source
tree's `casebook gui --smoke --json --query ""`, the frozen full and the frozen lite app,
each a fresh process `--runs` times, and takes the median `startup_ms` (from process start
to the first painted list; `desktop/app.py`). It also times `--self-test` of each frozen
variant once (`env -i`, as `make build-test` does). Writes bench/packaging.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DIST = REPO / "dist"
VARIANTS = {"full": DIST / "casebook" / "casebook", "lite": DIST / "casebook-lite" / "casebook"}
TARGET = 1.5
MB = 1024 * 1024


def build(variant: str) -> None:
    subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build.py"), "--variant", variant], check=True
    )


def startup_ms(command: list[str], home: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [*command, "--home", str(home), "gui", "--smoke", "--json", "--query", ""],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=300,
    ).stdout
    report = json.loads(out.strip().splitlines()[-1])
    return float(report["startup_ms"])


def self_test_s(executable: Path) -> tuple[float, str]:
    started = time.monotonic()
    result = subprocess.run(
        ["env", "-i", "QT_QPA_PLATFORM=offscreen", str(executable), "--self-test"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    seconds = time.monotonic() - started
    if result.returncode != 0:
        raise SystemExit(f"{executable} --self-test failed:\n{result.stdout}{result.stderr}")
    return seconds, result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--build", action="store_true", help="build both variants first")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.build:
        for variant in VARIANTS:
            build(variant)
    records = {v: json.loads((DIST / f"build-{v}.json").read_text("utf-8")) for v in VARIANTS}
    commands = {
        "source": [str(REPO / ".venv" / "bin" / "casebook")],
        **{v: [str(path)] for v, path in VARIANTS.items()},
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory(prefix="casebook-bench-") as scratch:
        home = Path(scratch) / "home"
        startup_ms(commands["source"], home)  # creates the home; warms the file cache
        for command in commands.values():
            startup_ms(command, home)  # one warm-up run each
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(startup_ms(command, home))
    medians = {name: statistics.median(values) for name, values in times.items()}
    tests = {v: self_test_s(path) for v, path in VARIANTS.items()}
    result: dict[str, Any] = {
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores",
        "python": platform.python_version(),
        "runs": args.runs,
        "builds": records,
        "startup_ms": times,
        "startup_median_ms": medians,
        "self_test_s": {v: round(s, 1) for v, (s, _) in tests.items()},
    }
    write_markdown(result, {v: report for v, (_, report) in tests.items()})
    print(json.dumps(result, indent=2))


def write_markdown(result: dict[str, Any], reports: dict[str, str]) -> None:
    builds, medians = result["builds"], result["startup_median_ms"]
    lines = [
        "# Packaging: the frozen app (PyInstaller, one folder)",
        "",
        f"Measured by `bench/packaging_speed.py` on {result['machine']}, Python {result['python']}"
        f" (shared with other work, so times vary by some percent).",
        "",
        "| variant | build | packing | `dist/` folder | archive | `--self-test` (env -i) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for variant, record in builds.items():
        lines.append(
            f"| {variant} | {record['build_s']:.0f} s | {record['pack_s']:.0f} s "
            f"| {record['folder_bytes'] / MB:.0f} MiB "
            f"| {record['archive_bytes'] / MB:.0f} MiB (`{Path(record['archive']).name}`) "
            f"| {result['self_test_s'][variant]:.0f} s |"
        )
    source = medians["source"]
    lines += [
        "",
        f'Start-up to the first painted list (`gui --smoke --json --query ""`, median of '
        f"{result['runs']} runs each, alternating, same home with the starter catalogue):",
        "",
        "| app | median | runs (ms) | vs source |",
        "| --- | ---: | --- | ---: |",
    ]
    for name, median in medians.items():
        runs = ", ".join(f"{v:.0f}" for v in result["startup_ms"][name])
        lines.append(f"| {name} | {median:.0f} ms | {runs} | {median / source:.2f}× |")
    verdicts = []
    for variant in VARIANTS:
        ratio = medians[variant] / source
        verdicts.append(f"{'met' if ratio <= TARGET else 'MISSED'} for {variant} ({ratio:.2f}×)")
    lines += [
        "",
        f"Target frozen ≤ {TARGET}× source: {'; '.join(verdicts)}.",
        "",
    ]
    for variant, report in reports.items():
        lines += [
            f"The frozen {variant} build's self-test:",
            "",
            "```text",
            report.rstrip(),
            "```",
            "",
        ]
    (REPO / "bench" / "packaging.md").write_text("\n".join(lines), "utf-8")


if __name__ == "__main__":
    main()
