"""Desktop app speed: start-up to the first painted list, event-loop stalls, memory.

In one run, one after the other:

- start-up of `casebook gui --smoke --json` (a fresh process each time; from process start
  to the first painted list) on homes of 50 (the starter catalogue), 10k and 100k entries,
  beside a bare PySide6 window with an empty `QTableView` started the same way;
- the longest event-loop stall (a 5 ms timer records the largest gap between its ticks)
  while the 100k list is scrolled from top to bottom, and while a query is typed key by key
  into the search box of the 10k home (keyword index ready) until the results are shown;
- resident memory of the app without and with the semantic model loaded.

Homes with 10k and 100k entries are made from the public corpus (bench/search_speed.py's
synthetic bodies, read from ../shared/corpus, never copied here).

    .venv/bin/python bench/gui.py [--sizes 10000,100000] [--runs 15] [--baseline REV]

With `--baseline REV` (a commit, e.g. the one before a redesign), the same figures are taken
for that commit's code in the same run — its start-ups interleaved with this tree's, its
stalls and memory in a child process beside this tree's — and the table compares the two.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from benchkit import log, save  # noqa: E402

RESULTS = REPO / "bench" / "results"
KEYWORD_INDEX_UP_TO = 10_000
PACKAGES = ("casebook", "catalogue", "desktop", "search", "sync")
PYTHON = sys.executable

BARE = r"""
import os
import sys
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableView(window)
table.setModel(QStandardItemModel(0, 6, window))
window.setCentralWidget(table)
window.resize(1400, 860)


class First(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "done"):
            self.done = True
            # Since the launcher started this process (BENCH_LAUNCHED), as for the app.
            print(round((time.time() - float(os.environ["BENCH_LAUNCHED"])) * 1000, 1))
            QTimer.singleShot(0, app.quit)
        return False


first = First()
table.viewport().installEventFilter(first)
window.show()
app.exec()
"""

# `casebook gui --smoke --json` of whichever tree is first on the path, its start-up counted
# from the wall clock the launcher noted just before starting it (BENCH_LAUNCHED): the app's
# own figure is the process's age, in 10 ms ticks of /proc (220 against 230 ms was a 1.10
# ratio). Both trees have `desktop.app.process_age_ms`, which this replaces.
TIMED_APP = r"""
import os
import runpy
import sys
import time

import desktop.app

launched = float(os.environ["BENCH_LAUNCHED"])
desktop.app.process_age_ms = lambda: (time.time() - launched) * 1000
sys.argv = ["casebook", "gui", "--smoke", "--json", "--query", ""]
runpy.run_module("casebook", run_name="__main__", alter_sys=True)
"""


def rss_mb(pid: int | None = None) -> float:
    with open(f"/proc/{pid or 'self'}/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def make_home(folder: Path, n: int) -> Path:
    from casebook.home import load_starter
    from catalogue.catalogue import Catalogue

    home = folder / f"home-{n}"
    catalogue = Catalogue.open(home, author="bench", auto_backup=False)
    try:
        if n <= 50:
            load_starter(catalogue)
        else:
            import search_speed

            records, _ = search_speed.read_records()
            bodies = search_speed.make_bodies(records, n, seed=20240)
            catalogue.add_entries([{k: v for k, v in b.items() if v is not None} for b in bodies])
        if n <= KEYWORD_INDEX_UP_TO:  # bigger ones index in the background, as after an import
            from search.keyword import KeywordIndex

            index = KeywordIndex(home / "index" / "keyword")
            index.catch_up(catalogue)
            index.close()
    finally:
        catalogue.close()
    return home


def startup_app(home: Path, runs: int, tree: Path = REPO) -> dict[str, Any]:
    times = []
    rows = 0
    for _ in range(runs):
        # Each tree's packages first on the path, this tree's too: through the editable
        # install's finder its imports took ~10 ms more than the other tree's from the path.
        env = {
            **os.environ,
            "CASEBOOK_HOME": str(home),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(tree),
        }
        env["BENCH_LAUNCHED"] = repr(time.time())
        done = subprocess.run(
            [PYTHON, "-c", TIMED_APP],
            capture_output=True,
            text=True,
            env=env,
            cwd=tree,
            timeout=900,
            check=True,
        )
        report = json.loads(done.stdout)
        times.append(report["startup_ms"])
        rows = report["rows"]
    return {"startup_ms": statistics.median(times), "all": times, "rows": rows}


def startup_bare(runs: int) -> dict[str, Any]:
    times = []
    for _ in range(runs):
        done = subprocess.run(
            [PYTHON, "-c", BARE],
            capture_output=True,
            text=True,
            env={**os.environ, "BENCH_LAUNCHED": repr(time.time())},
            cwd=REPO,
            timeout=300,
            check=True,
        )
        times.append(float(done.stdout.strip().splitlines()[-1]))
    return {"startup_ms": statistics.median(times), "all": times}


class StallMeter:
    """The largest gap between the ticks of a 5 ms timer: how long the event loop was busy."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer(interval=5)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self._last) * 1000 - 5)
        self._last = now

    def start(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        return round(self.longest, 1)


def in_process(homes: dict[int, Path], scroll_size: int, type_size: int) -> dict[str, Any]:
    """Scroll and type in a real window, measuring stalls; memory with and without the model."""
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from catalogue.catalogue import Catalogue
    from desktop.backend import Backend
    from desktop.main_window import MainWindow
    from search.engine import Search
    from search.semantic import ChildEncoder, ModelLoader

    app = QApplication.instance() or QApplication([])
    meter = StallMeter()
    out: dict[str, Any] = {}

    def wait(condition: Any, timeout: float = 600.0) -> None:
        deadline = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the window did not get there in time")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def open_window(home: Path, loader: ModelLoader, load_model: bool) -> tuple[Backend, Any]:
        settings = QSettings(str(home / "bench-settings.ini"), QSettings.Format.IniFormat)
        backend = Backend(home, lambda: Catalogue.open(home, auto_backup=False), loader)
        window = MainWindow(backend, settings, load_model=load_model, remember_layout=False)
        window.resize(1400, 860)
        window.show()
        wait(lambda: window.model.rowCount() > 0)
        return backend, window

    # Scrolling the big list, page by page, as fast as a dragged scroll bar.
    loader = ModelLoader(ChildEncoder)  # as the app does: the model in a child process
    backend, window = open_window(homes[scroll_size], loader, load_model=False)
    bar = window.table.verticalScrollBar()
    meter.start()
    steps = 400
    for step in range(steps + 1):
        bar.setValue(int(bar.maximum() * step / steps))
        end = time.perf_counter() + 0.016
        while time.perf_counter() < end:
            app.processEvents()
    wait(lambda: window.model.summary(window.model.rowCount() - 1) is not None)
    out["scroll"] = {"entries": scroll_size, "longest_stall_ms": meter.stop(), "steps": steps}
    out["rss_without_model_mb"] = round(rss_mb())
    window.close()
    backend.close()

    # Typing into the search box (keyword index built beforehand), then the model loaded.
    home = homes[type_size]
    with Catalogue.open(home, auto_backup=False) as catalogue:
        engine = Search(catalogue, loader)
        engine.keyword.catch_up(catalogue)
        engine.close()
    backend, window = open_window(home, loader, load_model=True)
    typed = "parking enforcement with scan cars"
    meter.start()
    shown: list[str] = []
    window.results_shown.connect(lambda query, mode: shown.append(query))
    started = time.perf_counter()
    for char in typed:
        QTest.keyClick(window.search_box, char)
        end = time.perf_counter() + 0.08  # a quick typist: 12 keys a second
        while time.perf_counter() < end:
            app.processEvents()
    wait(lambda: typed in shown)
    # The shown results still have to be painted: that belongs to typing, not to what follows.
    end = time.perf_counter() + 0.3
    while time.perf_counter() < end:
        app.processEvents()
    out["typing"] = {
        "entries": type_size,
        "query": typed,
        "longest_stall_ms": meter.stop(),
        "results_after_last_key_ms": round(
            (time.perf_counter() - started - 0.3 - 0.08 * len(typed)) * 1000
        ),
    }
    # The model loads in its child process; then the window starts encoding the 10k entries in the
    # background (minutes on this CPU): measure the loading and the first 20 s of that.
    meter.start()
    wait(lambda: loader.state in ("ready", "failed"))
    end = time.perf_counter() + 20
    while time.perf_counter() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    out["model_loading"] = {"longest_stall_ms": meter.stop()}
    encoder = loader.get()
    child = getattr(encoder, "pid", None)
    out["rss_with_model_mb"] = round(rss_mb())
    out["rss_model_process_mb"] = round(rss_mb(child)) if child else 0
    window.close()
    backend.close()
    QTimer.singleShot(0, app.quit)
    return out


def markdown(result: dict[str, Any]) -> str:
    bare = result["bare"]["startup_ms"]
    lines = [
        "# Desktop app speed",
        "",
        "bench/gui.py; everything in one run, one after the other. Compare ratios.",
        "",
        "Start-up to the first painted list (median of "
        f"{result['runs']} fresh processes each, offscreen, taken in turns; the ratio is the "
        "median of each round's app ÷ the bare window started just before it; Casebook's "
        "modules byte-compiled as `make run` does):",
        "",
        "| window | entries | start-up ms | ÷ bare window |",
        "|---|---:|---:|---:|",
        f"| bare PySide6 window, empty QTableView | 0 | {bare} | 1.00 |",
    ]
    for n, row in sorted(result["app"].items(), key=lambda kv: int(kv[0])):
        ratio = row.get("ratio", row["startup_ms"] / bare)
        lines.append(f"| Casebook | {int(n):,} | {row['startup_ms']} | {ratio:.2f} |")
    live = result["live"]
    lines += [
        "",
        "Longest event-loop stall (5 ms timer) and memory:",
        "",
        "| what | entries | longest stall ms |",
        "|---|---:|---:|",
        "| scrolling the whole list, 400 steps (keyword index building in the background) | "
        f"{live['scroll']['entries']:,} | "
        f"{live['scroll']['longest_stall_ms']} |",
        f"| typing “{live['typing']['query']}”, 12 keys/s, until results | "
        f"{live['typing']['entries']:,} | {live['typing']['longest_stall_ms']} |",
        f"| the model loading, then 20 s of semantic indexing, in the background | "
        f"{live['typing']['entries']:,} | {live['model_loading']['longest_stall_ms']} |",
        "",
        f"Results {live['typing']['results_after_last_key_ms']} ms after the last key "
        "(250 ms of it is the box waiting for more typing).",
        "",
        f"RSS: the window's process {live['rss_without_model_mb']} MB without the model, "
        f"{live['rss_with_model_mb']} MB once the model is loaded (in its own process: "
        f"{live.get('rss_model_process_mb', 0)} MB more).",
        "",
        "Targets: start-up at 10k ≤ 2× the bare window; no stall over 50 ms.",
        "",
        f"Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}; "
        f"load average before {result['load_before']:.1f}.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--startup-only", action="store_true", help="keep the last run's stall and memory figures"
    )
    parser.add_argument("--baseline", metavar="REV", help="also measure this commit's code")
    parser.add_argument(
        "--live-rounds", type=int, default=3, help="with --baseline: stall rounds per tree"
    )
    parser.add_argument("--make-home", nargs=2, metavar=("FOLDER", "N"), help=argparse.SUPPRESS)
    parser.add_argument(
        "--live", nargs=3, metavar=("HOMES", "SCROLL", "TYPE"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.make_home:
        make_home(Path(args.make_home[0]), int(args.make_home[1]))
        return
    if args.live:
        if os.environ.get("CASEBOOK_BENCH_CODE"):  # the code under test, before this tree's
            sys.path.insert(0, os.environ["CASEBOOK_BENCH_CODE"])
        folder, scroll, typing = Path(args.live[0]), int(args.live[1]), int(args.live[2])
        homes = {n: folder / f"home-{n}" for n in (scroll, typing)}
        print(json.dumps(in_process(homes, scroll, typing)))
        return
    if args.baseline:
        compare(args)
        return
    sizes = [50, *(int(s) for s in args.sizes.split(","))]
    result: dict[str, Any] = {"runs": args.runs, "load_before": os.getloadavg()[0]}
    # As `make run` does: where PYTHONDONTWRITEBYTECODE is set (this machine), Python would
    # otherwise compile every Casebook module at every start; installed packages and the
    # frozen app come compiled.
    log("byte-compiling Casebook's modules (make bytecode)")
    subprocess.run(
        [PYTHON, "-m", "compileall", "-q", *PACKAGES], cwd=REPO, check=True, capture_output=True
    )
    with tempfile.TemporaryDirectory(prefix="casebook-gui-bench-") as tmp:
        homes = {}
        for n in sizes:
            log(f"making a home of {n} entries")
            # In a child process: this one measures memory and stalls, and must hold no more
            # than the app would (making a home loads the corpus and the search modules).
            subprocess.run(
                [PYTHON, __file__, "--make-home", tmp, str(n)], cwd=REPO, timeout=3600, check=True
            )
            homes[n] = Path(tmp) / f"home-{n}"
        # Interleaved, a bare window then the app on each home, so that a busy moment of
        # the machine weighs on both sides alike.
        bare_runs: list[float] = []
        app_runs: dict[int, list[float]] = {n: [] for n in sizes}
        rows: dict[int, int] = {}
        for run in range(args.runs):
            log(f"start-up, round {run + 1} of {args.runs}")
            bare_runs += startup_bare(1)["all"]
            for n in sizes:
                started = startup_app(homes[n], 1)
                app_runs[n] += started["all"]
                rows[n] = started["rows"]
        result["bare"] = {"startup_ms": statistics.median(bare_runs), "all": bare_runs}
        # The ratio of each round (the app beside the bare window started just before it),
        # then the median of those: the machine's slow moments cancel out within a round.
        result["app"] = {
            n: {
                "startup_ms": statistics.median(t),
                "all": t,
                "rows": rows[n],
                "ratio": round(
                    statistics.median(a / b for a, b in zip(t, bare_runs, strict=True)), 2
                ),
            }
            for n, t in app_runs.items()
        }
        if args.startup_only:
            result["live"] = json.loads((RESULTS / "gui.json").read_text("utf-8"))["live"]
        else:
            log("scrolling, typing, memory")
            typing_size = sorted(sizes)[-2] if len(sizes) > 2 else max(sizes)
            result["live"] = in_process(homes, max(sizes), typing_size)
    save("gui", result, markdown(result), indent=2)


def current_keyword_index(home: Path, tree: Path) -> None:
    """Bring `home`'s keyword index up to `tree`'s code (its index version, its glossary),
    as `--make-home` left it for the tree that made the home: the other tree's window found
    that index stale and rebuilt it in the background at every start (a smoke start ends
    before a rebuild does), so its start-ups timed a rebuild. The command line catches the
    index up before it answers."""
    subprocess.run(
        [PYTHON, "-m", "casebook", "--home", str(home), "search", "--mode", "keyword", "index"],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
        capture_output=True,
        timeout=3600,
        check=True,
    )


def live_in_child(tree: Path, folder: Path, scroll: int, typing: int) -> dict[str, Any]:
    """`in_process` of this bench/gui.py, run in a child process on `tree`'s code: the same
    harness for both trees of a comparison, only the code under test differs."""
    env = {
        **os.environ,
        "PYTHONPATH": str(tree),
        "QT_QPA_PLATFORM": "offscreen",
        "CASEBOOK_BENCH_CODE": str(tree),
    }
    command = [PYTHON, __file__, "--live", str(folder), str(scroll), str(typing)]
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=tree, timeout=3600, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def median_live(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """Each figure of several `in_process` rounds, as their median (and all rounds kept)."""
    out: dict[str, Any] = {"rounds": rounds}
    for key, value in rounds[0].items():
        if isinstance(value, dict):
            out[key] = {
                k: (
                    statistics.median(r[key][k] for r in rounds)
                    if isinstance(v, int | float) and k not in ("entries", "steps")
                    else v
                )
                for k, v in value.items()
            }
        else:
            out[key] = statistics.median(r[key] for r in rounds)
    return out


def compare(args: argparse.Namespace) -> None:
    """This tree beside `args.baseline`'s code, in one run (see the module's docstring)."""
    sizes = [50, *(int(s) for s in args.sizes.split(","))]
    result: dict[str, Any] = {
        "runs": args.runs,
        "baseline": args.baseline,
        "live_rounds": args.live_rounds,
        "load_before": os.getloadavg()[0],
    }
    with tempfile.TemporaryDirectory(prefix="casebook-gui-compare-") as tmp:
        # Beside this tree, so that its `../shared/corpus` is the same folder.
        old = REPO.parent / f".casebook-baseline-{Path(tmp).name}"
        log(f"checking out {args.baseline} into {old}")
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(old), args.baseline],
            cwd=REPO,
            check=True,
            capture_output=True,
        )
        try:
            for tree in (REPO, old):
                subprocess.run(
                    [PYTHON, "-m", "compileall", "-q", *PACKAGES],
                    cwd=tree,
                    check=True,
                    capture_output=True,
                )
            # The homes are made by the baseline's code (an older schema), then copied for
            # this tree, whose first start migrates its copy: a newer schema would be
            # refused by the older code. One start of each tree on each home, not timed,
            # does that migration before the rounds.
            trees = {"new": REPO, "old": old}
            folders = {name: Path(tmp) / name for name in trees}
            for n in sizes:
                log(f"making a home of {n} entries")
                subprocess.run(
                    [
                        PYTHON,
                        str(old / "bench" / "gui.py"),
                        "--make-home",
                        str(folders["old"]),
                        str(n),
                    ],
                    cwd=old,
                    env={**os.environ, "PYTHONPATH": str(old)},
                    timeout=3600,
                    check=True,
                )
                shutil.copytree(folders["old"] / f"home-{n}", folders["new"] / f"home-{n}")
                for name, tree in trees.items():
                    startup_app(folders[name] / f"home-{n}", 1, tree)
                    if n <= KEYWORD_INDEX_UP_TO:
                        current_keyword_index(folders[name] / f"home-{n}", tree)
            times: dict[str, dict[int, list[float]]] = {k: {n: [] for n in sizes} for k in trees}
            bare: list[float] = []
            for run in range(args.runs):
                log(f"start-up, round {run + 1} of {args.runs}")
                bare += startup_bare(1)["all"]
                # Alternate which tree goes first, so neither always starts on a warmer cache.
                order = list(trees.items()) if run % 2 == 0 else list(reversed(trees.items()))
                for n in sizes:
                    for name, tree in order:
                        home = folders[name] / f"home-{n}"
                        times[name][n] += startup_app(home, 1, tree)["all"]
            result["bare"] = {"startup_ms": statistics.median(bare), "all": bare}
            result["startup"] = {
                name: {
                    n: {
                        "startup_ms": statistics.median(t),
                        "ratio": round(
                            statistics.median(a / b for a, b in zip(t, bare, strict=True)), 2
                        ),
                        "all": t,
                    }
                    for n, t in per_size.items()
                }
                for name, per_size in times.items()
            }
            if not args.startup_only:
                scroll, typing = max(sizes), (sorted(sizes)[-2] if len(sizes) > 2 else max(sizes))
                live: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
                for run in range(args.live_rounds):
                    order = list(trees.items()) if run % 2 == 0 else list(reversed(trees.items()))
                    for name, tree in order:
                        log(f"scrolling, typing, memory: {name}, round {run + 1}")
                        live[name].append(live_in_child(tree, folders[name], scroll, typing))
                result["live"] = {name: median_live(rounds) for name, rounds in live.items()}
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(old)], cwd=REPO, capture_output=True
            )
    save("gui-compare", result, compare_markdown(result), indent=2)


def compare_markdown(result: dict[str, Any]) -> str:
    base = result["baseline"]
    lines = [
        "# Desktop app speed: this tree beside an earlier commit",
        "",
        f"`bench/gui.py --baseline {base}`: both measured in one run, start-ups interleaved "
        f"(median of {result['runs']} rounds; ratio = median of each round's app ÷ the bare "
        "window started just before it); stalls and memory with this tree's harness on each "
        f"tree's code, {result.get('live_rounds', 1)} rounds each, alternating, median. "
        "Target: the new code within 10% of the old.",
        "",
        "| entries | old start-up ms | new start-up ms | old ÷ bare | new ÷ bare | new ÷ old |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    old, new = result["startup"]["old"], result["startup"]["new"]
    for n in sorted(new, key=int):
        o, w = old[n], new[n]
        lines.append(
            f"| {int(n):,} | {o['startup_ms']} | {w['startup_ms']} | {o['ratio']:.2f} | "
            f"{w['ratio']:.2f} | {w['ratio'] / o['ratio']:.2f} |"
        )
    if "live" in result:
        lo, ln = result["live"]["old"], result["live"]["new"]
        lines += [
            "",
            "| longest stall ms | entries | old | new |",
            "|---|---:|---:|---:|",
            f"| scrolling the whole list | {ln['scroll']['entries']:,} | "
            f"{lo['scroll']['longest_stall_ms']} | {ln['scroll']['longest_stall_ms']} |",
            f"| typing a query | {ln['typing']['entries']:,} | "
            f"{lo['typing']['longest_stall_ms']} | {ln['typing']['longest_stall_ms']} |",
            f"| model loading and indexing | {ln['typing']['entries']:,} | "
            f"{lo['model_loading']['longest_stall_ms']} | "
            f"{ln['model_loading']['longest_stall_ms']} |",
            "",
            f"RSS of the window's process without the model: old {lo['rss_without_model_mb']} MB,"
            f" new {ln['rss_without_model_mb']} MB.",
        ]
    lines += [
        "",
        f"Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}; "
        f"load average before {result['load_before']:.1f}.",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
