"""Sync speed: export and import of signed bundles, beside the floor measured in the same run.

Two homes in a temporary folder, set up with the real API as partners do it (`identity init`
on both, the importer adds and trusts the exporter's identity file). The exporter adds
`--n` realistic entries (`Catalogue.add_entries` of the real public records that
bench/corpus.py reads, repeated with a changed title and source id past its 6,713), then:

- export: `export_bundle(--all)` of the n revisions (median of `--repeat` runs);
- floor: what a minimal verifier must do with that file, measured before and after each import:
  read it, `json.loads` every line, base64-decode the payload and signature, Ed25519-verify
  the signature over DSSE's PAE (one public key object, loaded once);
- import into a fresh trusted home (`import_bundle`); each import's ratio is to the mean of
  the floors just before and after it, and the median of `--repeat` ratios is reported
  (also in CPU time of the process, which other work on the machine disturbs least);
- re-import of the same bundle into the home that has it: seconds, and the rows written
  (sqlite3 `total_changes` of the connection, and the revision count, before and after).

Then a streaming run to `--stream-total` revisions: the exporter adds `--n` entries at a
time and exports what the partner lacks (`--since-last`); the partner imports each bundle.
One bundle holds at most 20,000 revisions (SYNC.md's limit), so a 100,000-entry catalogue
reaches a partner this way. Memory is the process's peak RSS (VmHWM) during each import,
reset before it (`/proc/self/clear_refs`), so the first and last bundles compare like with
like: a 10,000-revision bundle imported into a catalogue holding 0 and then 90,000 revisions.

    .venv/bin/python bench/sync_speed.py [--n 10000] [--repeat 7] [--stream-total 100000]

Writes bench/results/sync.json and .md; prints the table.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(1, str(Path(__file__).resolve().parent))

from benchkit import log, save, timed
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from catalogue.catalogue import Catalogue
from sync import add_partner, export_bundle, import_bundle, init_identity, load_identity
from sync import trust_partner as trust

RESULTS = Path(__file__).parent / "results"
_BASE: list[dict[str, Any]] = []
SOURCE = ""


def base_bodies() -> list[dict[str, Any]]:
    """The real public records of bench/corpus.py (6,713 AI cases of three datasets), or the
    starter cases where the corpus is not there."""
    global SOURCE
    if not _BASE:
        try:
            import corpus

            _BASE.extend(corpus.iter_bodies())
            SOURCE = f"the {len(_BASE):,} corpus records of bench/corpus.py"
        except Exception as exc:
            from catalogue import starter

            log(f"corpus unavailable ({exc}); using the starter cases")
            _BASE.extend(starter.load_bodies().values())
            SOURCE = f"the {len(_BASE)} starter cases (corpus unavailable)"
    return _BASE


def make_bodies(n: int, start: int = 0) -> list[dict[str, Any]]:
    """n entry bodies numbered from `start`: the base records in turn, a repeat of a record
    told apart by its title and source id (so every entry is different)."""
    base = base_bodies()
    bodies = []
    for i in range(start, start + n):
        body = json.loads(json.dumps(base[i % len(base)]))
        lap = i // len(base)
        if lap:
            body["title"] = f"{body['title'][:180]} ({lap + 1})"
            source = body.get("source")
            if isinstance(source, dict) and "id" in source:
                source["id"] = f"{source['id']}~{lap + 1}"
        bodies.append(body)
    return bodies


def timed_cpu(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """(wall seconds, CPU seconds of this process, result): on a shared machine the CPU
    time is what other work disturbs least."""
    cpu = time.process_time()
    seconds, result = timed(fn)
    return seconds, time.process_time() - cpu, result


def rss_mb() -> tuple[float, float]:
    """(current, peak since the last reset) resident memory of this process, MB."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def reset_peak() -> bool:
    """Reset VmHWM to the current RSS (Linux ≥ 4.0); False where that is not allowed."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


# -- homes ------------------------------------------------------------------------------------


def home(path: Path, org: str) -> Catalogue:
    cat = Catalogue.open(path, author=org, auto_backup=False)
    init_identity(cat, org)
    return cat


def befriend(receiver: Catalogue, sender: Catalogue) -> str:
    """`receiver` adds and trusts `sender`'s public identity file; returns the fingerprint."""
    partner, _ = add_partner(receiver, load_identity(sender).public_file())
    trust(receiver, partner.fingerprint)
    return partner.fingerprint


# -- the floor --------------------------------------------------------------------------------


def pae(payload_type: str, payload: bytes) -> bytes:
    kind = payload_type.encode("utf-8")
    return b"DSSEv1 %d %s %d %s" % (len(kind), kind, len(payload), payload)


def floor(path: Path, public_key: bytes) -> int:
    """Read the bundle, json.loads every line, verify every signature; returns lines verified.

    Every line of a bundle this benchmark makes (manifest and revisions) is signed by the
    exporter, so one key verifies them all."""
    key = Ed25519PublicKey.from_public_bytes(public_key)
    verified = 0
    for line in path.read_bytes().split(b"\n")[:-1]:
        envelope = json.loads(line)
        payload = base64.b64decode(envelope["payload"])
        for signature in envelope["signatures"]:
            key.verify(base64.b64decode(signature["sig"]), pae(envelope["payloadType"], payload))
            verified += 1
    return verified


# -- the 10k run ------------------------------------------------------------------------------


def exchange(n: int, repeat: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="casebook-sync-") as tmp:
        folder = Path(tmp)
        with home(folder / "a", "Exporter Org") as a:
            add_s, _ = timed(lambda: a.add_entries(make_bodies(n)))
            log(f"exporter holds {a.count_revisions()} revisions (added in {add_s:.1f} s)")
            public_key = load_identity(a).public_key
            bundle = folder / "all.casebook"
            exports = []
            for _ in range(repeat):
                seconds, summary = timed(lambda: export_bundle(a, bundle))
                assert summary.revisions == n, summary
                exports.append(seconds)
            log(f"export: {[round(s, 2) for s in exports]} s")
            size = bundle.stat().st_size

            # Floor, import, floor: each import is compared with the mean of the floors just
            # before and just after it, so a change of load in between counts on both sides.
            floors, imports, ratios, cpu_ratios = [], [], [], []
            f_s, f_cpu, verified = timed_cpu(lambda: floor(bundle, public_key))
            assert verified == n + 1
            for i in range(repeat):
                with home(folder / f"b{i}", "Importer Org") as b:
                    befriend(b, a)
                    i_s, i_cpu, summary = timed_cpu(lambda b=b: import_bundle(b, bundle))
                    assert summary.new_revisions == len(summary.added) == n, summary
                    assert b.count_revisions() == n
                    after_s, after_cpu, _ = timed_cpu(lambda: floor(bundle, public_key))
                    floor_s, floor_cpu = (f_s + after_s) / 2, (f_cpu + after_cpu) / 2
                    floors.append(floor_s)
                    imports.append(i_s)
                    ratios.append(i_s / floor_s)
                    cpu_ratios.append(i_cpu / floor_cpu)
                    log(
                        f"floor {f_s:.2f}/{after_s:.2f} s, import {i_s:.2f} s: "
                        f"{i_s / floor_s:.2f}× (CPU time {i_cpu:.2f} / {floor_cpu:.2f} s: "
                        f"{i_cpu / floor_cpu:.2f}×)"
                    )
                    f_s, f_cpu = after_s, after_cpu
                    if i == repeat - 1:
                        reimport = reimport_run(b, bundle, repeat)
    return {
        "revisions": n,
        "entries_added_s": round(add_s, 2),
        "export_s": round(statistics.median(exports), 3),
        "export_runs_s": [round(s, 3) for s in exports],
        "floor_s": round(statistics.median(floors), 3),
        "floor_runs_s": [round(s, 3) for s in floors],
        "import_s": round(statistics.median(imports), 3),
        "import_runs_s": [round(s, 3) for s in imports],
        "import_vs_floor": round(statistics.median(ratios), 2),
        "import_vs_floor_runs": [round(r, 2) for r in ratios],
        "import_vs_floor_cpu": round(statistics.median(cpu_ratios), 2),
        "import_vs_floor_cpu_runs": [round(r, 2) for r in cpu_ratios],
        "bundle_bytes": size,
        "bytes_per_revision": round(size / n),
        "reimport": reimport,
    }


def reimport_run(b: Catalogue, bundle: Path, repeat: int) -> dict[str, Any]:
    """The same bundle again, `repeat` times: seconds and what was written."""
    runs, written, revisions = [], 0, 0
    for _ in range(repeat):
        changes, count = b.conn.total_changes, b.count_revisions()
        seconds, summary = timed(lambda: import_bundle(b, bundle))
        written += b.conn.total_changes - changes
        revisions += b.count_revisions() - count
        assert summary.new_revisions == 0
        assert summary.already_had == summary.revisions
        runs.append(seconds)
    log(f"re-import: {[round(s, 2) for s in runs]} s, {written} rows written")
    return {
        "seconds": round(statistics.median(runs), 3),
        "runs_s": [round(s, 3) for s in runs],
        "rows_written": written,
        "revisions_added": revisions,
    }


# -- the streaming run ------------------------------------------------------------------------


def streaming(n: int, total: int) -> dict[str, Any]:
    rounds = []
    with tempfile.TemporaryDirectory(prefix="casebook-sync-stream-") as tmp:
        folder = Path(tmp)
        with home(folder / "a", "Exporter Org") as a, home(folder / "b", "Importer Org") as b:
            befriend(b, a)
            b_fp = befriend(a, b)  # the exporter knows whom it sends to (--since-last)
            for k in range(total // n):
                a.add_entries(make_bodies(n, k * n))
                bundle = folder / f"round{k + 1}.casebook"
                export_s, sent = timed(lambda bundle=bundle: export_bundle(a, bundle, partner=b_fp))
                assert sent.revisions == n, sent
                held = b.count_revisions()
                reset_ok = reset_peak()
                before, _ = rss_mb()
                import_s, summary = timed(lambda bundle=bundle: import_bundle(b, bundle))
                _, peak = rss_mb()
                assert summary.new_revisions == n
                assert b.count_revisions() == held + n
                rounds.append(
                    {
                        "round": k + 1,
                        "held_before": held,
                        "export_s": round(export_s, 3),
                        "import_s": round(import_s, 3),
                        "rss_before_mb": round(before, 1),
                        "rss_peak_mb": round(peak, 1),
                        "bundle_bytes": bundle.stat().st_size,
                        "peak_reset": reset_ok,
                    }
                )
                bundle.unlink()
                log(
                    f"round {k + 1}: held {held}, export {export_s:.2f} s, import "
                    f"{import_s:.2f} s, RSS {before:.0f} → peak {peak:.0f} MB"
                )
            assert b.count_revisions() == a.count_revisions() == total
            assert b.count_entries() == total
    return {"per_bundle": n, "total": total, "rounds": rounds}


# -- report -----------------------------------------------------------------------------------


def markdown(result: dict[str, Any]) -> str:
    x, r = result["exchange"], result["exchange"]["reimport"]
    n = x["revisions"]
    rows = [
        ("floor: read + json.loads + Ed25519 verify every line", n, x["floor_s"], "1×", "—"),
        ("export (`sync export --all`)", n, x["export_s"], "—", "—"),
        (
            "import into a fresh home",
            n,
            x["import_s"],
            f"**{x['import_vs_floor']}×** (CPU time: {x['import_vs_floor_cpu']}×)",
            n,
        ),
        (
            "re-import of the same bundle",
            n,
            r["seconds"],
            f"{r['seconds'] / x['floor_s']:.2f}×",
            f"{r['rows_written']} rows",
        ),
    ]
    lines = [
        "# Sync: export and import of signed bundles",
        "",
        f"`bench/sync_speed.py`: {n:,} revisions (one per entry: {result['source']}), two "
        "homes with their own Ed25519 identities, the importer trusting the exporter. Import "
        f"is measured {result['repeat']} times, each into a fresh home, between two runs of the "
        "floor (floor, import, floor, import, …, floor); each import's ratio is taken to the "
        "mean of the floors just before and after it. Medians are shown; the ratio is the "
        "median of the per-import ratios ("
        + ", ".join(f"{q}×" for q in x["import_vs_floor_runs"])
        + "; in CPU time of the process, which other work on the machine disturbs least: "
        + ", ".join(f"{q}×" for q in x["import_vs_floor_cpu_runs"])
        + "). The floor is what any verifier of the file must do: read it, `json.loads` "
        "every line, base64-decode, and Ed25519-verify every signature.",
        "",
        "| what | revisions | seconds | vs floor | written |",
        "|---|---:|---:|---:|---:|",
        *("| " + " | ".join(str(c) for c in row) + " |" for row in rows),
        "",
        f"Bundle: {x['bundle_bytes']:,} bytes, **{x['bytes_per_revision']:,} bytes per "
        "revision** (the canonical JSON payload base64-encoded in a DSSE envelope with its "
        "signature). SYNC.md's limits are 50 MiB per file and 20,000 revisions per bundle: at "
        f"this size the file limit comes first, at about {50 * 2**20 // x['bytes_per_revision']:,} "
        "revisions.",
        "",
    ]
    s = result.get("streaming")
    if s:
        first, last = s["rounds"][0], s["rounds"][-1]
        lines += [
            f"## {s['total']:,} revisions, streamed as bundles of {s['per_bundle']:,}",
            "",
            f"The exporter adds {s['per_bundle']:,} entries at a time and exports what the "
            "partner lacks (`--since-last`); the partner imports each bundle. Memory is the "
            "process's peak resident set (VmHWM) during each import, reset just before it; "
            "both homes live in the one process.",
            "",
            "| bundle | revisions held before | export s | import s | RSS before MB | "
            "peak RSS during import MB |",
            "|---:|---:|---:|---:|---:|---:|",
            *(
                f"| {q['round']} | {q['held_before']:,} | {q['export_s']} | {q['import_s']} | "
                f"{q['rss_before_mb']} | {q['rss_peak_mb']} |"
                for q in s["rounds"]
            ),
            "",
            f"Peak RSS importing the first bundle (into an empty home): {first['rss_peak_mb']} "
            f"MB; the last (into a home of {last['held_before']:,}): {last['rss_peak_mb']} MB. "
            f"Import {first['import_s']} s → {last['import_s']} s.",
            "",
        ]
    lines += [
        "Targets of issue 6: import ≤ 3× the floor; re-import ≤ 1 s with 0 rows written; "
        "memory flat from 10,000 to 100,000 revisions.",
        "",
        result["machine"],
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="revisions per bundle")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--stream-total", type=int, default=100_000, help="revisions of the streaming run (0: skip)"
    )
    parser.add_argument("--stream-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stream_only:  # the child process of the streaming run: JSON on stdout
        print(json.dumps(streaming(args.n, args.stream_total)))
        return
    load_start = os.getloadavg()[0]
    result: dict[str, Any] = {"repeat": args.repeat, "exchange": exchange(args.n, args.repeat)}
    result["source"] = SOURCE
    if args.stream_total:
        # In a process of its own, so that its memory figures start from a clean process.
        child = subprocess.run(
            [
                sys.executable,
                __file__,
                "--stream-only",
                f"--n={args.n}",
                f"--stream-total={args.stream_total}",
            ],
            check=True,
            stdout=subprocess.PIPE,
        )
        result["streaming"] = json.loads(child.stdout)
    result["machine"] = (
        f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}; load average {load_start:.1f} at the start and "
        f"{os.getloadavg()[0]:.1f} at the end (other work shares the machine: compare the "
        "ratios, not the seconds)"
    )
    save("sync", result, markdown(result))


if __name__ == "__main__":
    main()
