"""The learning trail at partnership scale: opening the view, and writing the transfer report.

A home of 10,000 entries (texts from the public corpus, read through bench/corpus.py from
../shared/corpus, never copied here) of which `--practices` carry Interreg data: a project
(one of three), a validation level (or none) and, together, `--transfers` transfers to the
partnership's 20 partners, each with an action plan and a date; every partner has a
collection ("<partner>: study visit") of 40 practices. Written through `Catalogue.add_entries`
and the collection methods, in a few transactions.

Measured in one run, one after the other:

- the view opening (offscreen): from choosing it (`TrailView.load`, which reads
  `Catalogue.trail_matrix` on the db worker, and the page brought up in a stacked widget
  beside a list, as the window does) to the matrix painted (a synchronous repaint after
  `loaded`); the first opening (a page never shown before, the matrix never read) and then
  the median and the slowest of `--runs` openings, for all projects and for one project;
  beside it, the matrix read alone and the model reset and paint alone;
- the transfer report (`transfer_report` + `write_report`, what `casebook report
  transfers` and File → Export learning trail… run) in pdf, docx, xlsx and md, of the
  whole partnership and of one partner's chapter.

    .venv/bin/python bench/learning_trail.py [--entries 10000] [--practices 1000]
        [--transfers 2000] [--runs 10]

Targets (issue 16): the view opens in ≤ 300 ms; the report writes in ≤ 5 s.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from benchkit import log, save, timed  # noqa: E402

PARTNERS = (
    "City of Tampere",
    "City of Helsinki",
    "Gemeente Amsterdam",
    "Piemonte Innova",
    "Bacău County Council",
    "Bucharest-Ilfov Regional Development Agency",
    "Riga Digital Agency",
    *(f"Partner city {n:02d}" for n in range(8, 21)),
)
PROJECTS = ("AI4Citizens", "Smart Parking Europe", "Data for Welfare")
LEVELS = (None, "draft", "partner_approved", "expert_validated")
VIEW_TARGET_MS = 300
REPORT_TARGET_S = 5.0
FORMATS = ("pdf", "docx", "xlsx", "md")


def make_home(home: Path, entries: int, practices: int, transfers: int, seed: int) -> None:
    """`entries` bodies from the corpus (repeated with a numbered title when it has fewer),
    the first `practices` of them the partnership's, with `transfers` transfers."""
    import corpus

    from catalogue.catalogue import Catalogue

    rng = random.Random(seed)
    source = list(corpus.iter_bodies())
    bodies: list[dict[str, Any]] = []
    for n in range(entries):
        body = copy.deepcopy(source[n % len(source)])
        if n >= len(source):
            body["title"] = f"{body['title'][:180]} ({n // len(source) + 1})"
        bodies.append(body)
    for n in range(practices):
        body = bodies[n]
        body["organisation"] = {"name": PARTNERS[n % len(PARTNERS)], "type": "municipality"}
        interreg: dict[str, Any] = {"project": PROJECTS[n % len(PROJECTS)]}
        if level := rng.choice(LEVELS):
            interreg["validation"] = level
        body["interreg"] = interreg
    for _ in range(transfers):
        interreg = bodies[rng.randrange(practices)]["interreg"]
        partner = rng.choice(PARTNERS)
        year, month = rng.randint(2023, 2027), rng.randint(1, 12)
        interreg.setdefault("transfers", []).append(
            {
                "partner": partner,
                "action_plan": f"{partner} action plan for {PROJECTS[month % 3]}",
                "date": f"{year}-{month:02d}",
                "note": "Adapted to the partner's services." if month % 4 == 0 else None,
            }
        )
    with Catalogue.open(home, author="bench", auto_backup=False) as catalogue:
        ids = catalogue.add_entries(bodies).added
        for n, partner in enumerate(PARTNERS):
            name = f"{partner}: study visit"
            catalogue.create_collection(name)
            studied = [ids[(n * 37 + k * 11) % practices] for k in range(40)]
            catalogue.add_to_collection(name, studied)


def measure_view(home: Path, runs: int) -> dict[str, Any]:
    """The view opening: first (widget made and shown), then `runs` times per project."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QStackedWidget, QTableView

    from catalogue.catalogue import Catalogue
    from desktop.backend import Backend
    from desktop.operations import ReadOp
    from desktop.trail.trail_view import TrailView
    from search.semantic import ModelLoader

    app = QApplication.instance() or QApplication([])

    class Host:
        def open_entry(self, entry_id: str) -> None: ...
        def edit_entry(self, entry_id: str | None) -> None: ...

    backend = Backend(home, lambda: Catalogue.open(home, auto_backup=False), ModelLoader())
    try:
        # As in the window: the list's page shown, the trail's page beside it, built but
        # never shown yet; choosing it reads the matrix and shows the page.
        stack = QStackedWidget()
        stack.addWidget(QTableView())
        view = TrailView(backend, Host())
        stack.addWidget(view)
        stack.resize(1300, 800)
        stack.show()
        # The window has read the catalogue (the list's first page) before anyone can
        # choose the trail: the db worker's connection is open.
        warm = QEventLoop()
        ReadOp(backend, lambda core: core.catalogue.count_entries()).success(
            lambda _: warm.quit()
        ).run(stack)
        warm.exec()
        app.processEvents()

        def until_painted(start: Any) -> float:
            loop = QEventLoop()
            done: list[float] = []

            def painted() -> None:
                view.table.viewport().repaint()  # the first paint of the new matrix
                done.append(time.perf_counter())
                loop.quit()

            view.loaded.connect(painted)
            began = time.perf_counter()
            start()
            QTimer.singleShot(60_000, loop.quit)
            loop.exec()
            view.loaded.disconnect(painted)
            app.processEvents()
            return (done[0] - began) * 1000

        def choose() -> None:  # what MainWindow._place_chosen does
            view.load()
            stack.setCurrentWidget(view)

        first = until_painted(choose)
        result: dict[str, Any] = {"first_open_ms": round(first, 1)}
        for label, project in (("all projects", None), ("one project", PROJECTS[0])):
            view.project_box.blockSignals(True)
            view.project_box.setCurrentIndex(max(view.project_box.findData(project), 0))
            view.project_box.blockSignals(False)
            times = [until_painted(view.load) for _ in range(runs)]
            model = view.model
            result[label] = {
                "median_ms": round(statistics.median(times), 1),
                "max_ms": round(max(times), 1),
                "rows": model.rowCount(),
                "columns": model.columnCount(),
                "transfers": model.matrix.transfers,
            }
            # The parts: the matrix read, then the model reset and the paint.
            with Catalogue.open(home, auto_backup=False) as catalogue:
                read = [timed(lambda p=project: catalogue.trail_matrix(p))[0] for _ in range(runs)]
                matrix = catalogue.trail_matrix(project)

            def reset_and_paint(model: Any = model, matrix: Any = matrix) -> None:
                model.set_matrix(matrix)
                view.table.viewport().repaint()

            paint = [timed(reset_and_paint)[0] for _ in range(runs)]
            result[label]["read_ms"] = round(statistics.median(read) * 1000, 1)
            result[label]["model_and_paint_ms"] = round(statistics.median(paint) * 1000, 1)
        stack.close()
        return result
    finally:
        backend.close()


def measure_reports(home: Path, out: Path) -> list[dict[str, Any]]:
    from catalogue.catalogue import Catalogue
    from catalogue.exporters import transfer_report, write_report

    rows = []
    with Catalogue.open(home, auto_backup=False) as catalogue:
        for scope, partner in (("whole partnership", None), ("one partner", "Riga Digital Agency")):
            for fmt in FORMATS:
                log(f"report: {scope}, {fmt}")

                def write(fmt: str = fmt, partner: str | None = partner) -> Any:
                    built = transfer_report(catalogue, partner=partner, date=dt.date(2026, 12, 5))
                    return write_report(built, fmt, out / f"report-{fmt}", overwrite=True)

                seconds, result = timed(write)
                rows.append(
                    {
                        "scope": scope,
                        "format": fmt,
                        "seconds": round(seconds, 2),
                        "partners": len(result.partners),
                        "practices": result.practices,
                        "transfers": result.transfers,
                        "kb": round(result.bytes / 1024),
                    }
                )
    return rows


def _verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def table(result: dict[str, Any]) -> str:
    size = result["size"]
    view = result["view"]
    lines = [
        "# The learning trail at partnership scale",
        "",
        f"bench/learning_trail.py; one run. {size['entries']:,} entries, of which "
        f"{size['practices']:,} practices with Interreg data (3 projects, 20 partners, a "
        f"collection of 40 practices each), {size['transfers']:,} transfers.",
        "",
        "Opening the Learning trail view (offscreen; from choosing it to the matrix painted; "
        "the read runs on the db worker):",
        "",
        "| opening | rows × columns | median ms | slowest ms | of which: read ms | "
        "model + paint ms | target |",
        "|---|---:|---:|---:|---:|---:|---|",
        f"| first (the page never shown before), all projects | | {view['first_open_ms']} | | | | "
        f"≤ {VIEW_TARGET_MS} ms: {_verdict(view['first_open_ms'] <= VIEW_TARGET_MS)} |",
    ]
    for label in ("all projects", "one project"):
        v = view[label]
        verdict = "met" if v["max_ms"] <= VIEW_TARGET_MS else "MISSED"
        lines.append(
            f"| again, {label} ({result['runs']} runs) | {v['rows']:,} × {v['columns']} | "
            f"{v['median_ms']} | {v['max_ms']} | {v['read_ms']} | {v['model_and_paint_ms']} | "
            f"≤ {VIEW_TARGET_MS} ms: {verdict} |"
        )
    lines += [
        "",
        "Writing the transfer report (`transfer_report` + `write_report`, as `casebook report "
        "transfers` and File → Export learning trail… do):",
        "",
        "| scope | format | seconds | partners | practices | transfers | KB | target |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for r in result["reports"]:
        verdict = "met" if r["seconds"] <= REPORT_TARGET_S else "MISSED"
        lines.append(
            f"| {r['scope']} | {r['format']} | {r['seconds']} | {r['partners']} | "
            f"{r['practices']:,} | {r['transfers']:,} | {r['kb']:,} | ≤ {REPORT_TARGET_S:g} s: "
            f"{verdict} |"
        )
    lines += ["", f"Machine: {result['machine']}.", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--practices", type=int, default=1_000)
    parser.add_argument("--transfers", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--no-save", action="store_true", help="print, do not write results")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="casebook-trail-") as tmp:
        home = Path(tmp) / "home"
        log(f"making a home of {args.entries:,} entries")
        seconds, _ = timed(
            lambda: make_home(home, args.entries, args.practices, args.transfers, args.seed)
        )
        log(f"made in {seconds:.1f} s; opening the view")
        view = measure_view(home, args.runs)
        log("writing reports")
        reports = measure_reports(home, Path(tmp))
    result = {
        "size": {
            "entries": args.entries,
            "practices": args.practices,
            "transfers": args.transfers,
        },
        "runs": args.runs,
        "view": view,
        "reports": reports,
        "machine": f"{os.cpu_count()} CPUs, Python {platform.python_version()}, load average "
        f"{os.getloadavg()[0]:.1f} at the end (other work shares the machine)",
    }
    text = table(result)
    if args.no_save:
        print(text)
    else:
        save("learning_trail", result, text)


if __name__ == "__main__":
    main()
