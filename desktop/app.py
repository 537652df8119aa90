"""Starting the desktop app, and its smoke mode (`casebook gui --smoke --json`)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QObject,
    QSettings,
    QTimer,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from catalogue.catalogue import Catalogue

from . import i18n, theme
from .backend import Backend, log_to_file
from .i18n import translate
from .main_window import MainWindow
from .settings_dialog import appearance, interface_language, semantic_enabled

if TYPE_CHECKING:
    from search.semantic import ModelLoader

ICON = Path(__file__).with_name("icons") / "casebook.png"
SMOKE_QUERY = "chatbot answering residents"
SMOKE_TIMEOUT_MS = 120_000
_IMPORTED = time.perf_counter()


def process_age_ms() -> float:
    """Milliseconds since this process started (from /proc where there is one, else since
    this module was imported)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        started_ticks = int(fields[19])
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        ticks = os.sysconf("SC_CLK_TCK")
        return max(0.0, (uptime - started_ticks / ticks) * 1000)
    except (OSError, ValueError, IndexError):
        return (time.perf_counter() - _IMPORTED) * 1000


# What the offscreen platform (smoke runs, CI) says about every window that has a minimum
# size: it has no window manager to pass size hints to. A bare PySide6 window says it too;
# it is not a problem of the app, so it is not shown.
_PLATFORM_NOISE = frozenset({"This plugin does not support propagateSizeHints()"})


def _qt_messages(mode: Any, context: Any, message: str) -> None:
    if message not in _PLATFORM_NOISE:
        print(f"qt: {message}", file=sys.stderr)


def _utf8_locale() -> None:
    """Where no locale is set (a bare environment, the frozen app started by a service), Qt
    warns that "C" is not UTF-8 and switches to C.UTF-8 itself: choose it before Qt does.
    (Python does the same for itself, but not in the frozen app.)"""
    if not any(os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")):
        os.environ["LC_CTYPE"] = "C.UTF-8"


def run(
    home: Path,
    open_catalogue: Callable[[], Catalogue],
    smoke: bool = False,
    as_json: bool = False,
    query: str = SMOKE_QUERY,
    loader: ModelLoader | None = None,
) -> int:
    """Open the main window on `home` (created by `open_catalogue` on first use); return
    the exit code."""
    if smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _utf8_locale()
    qInstallMessageHandler(_qt_messages)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Casebook")
    app.setOrganizationName("Casebook")
    QApplication.setWindowIcon(QIcon(str(ICON)))
    # A smoke run must leave the user's layout alone: it gets settings of its own.
    scratch = tempfile.TemporaryDirectory(prefix="casebook-smoke-") if smoke else None
    settings_file = Path(scratch.name) if scratch else home
    settings = QSettings(str(settings_file / "settings.ini"), QSettings.Format.IniFormat)
    if not smoke:
        log_to_file(home)
    backend = Backend(home, open_catalogue, loader)
    translators = i18n.install(app, interface_language(settings))  # noqa: F841 (kept alive)
    theme.apply_appearance(appearance(settings))
    load_model = not smoke and semantic_enabled(settings)
    window = MainWindow(backend, settings, load_model=load_model, remember_layout=not smoke)
    report: dict[str, Any] = {}
    if smoke:
        _Smoke(window, query, report)
    window.show()
    if not smoke:
        QTimer.singleShot(400, lambda: _first_things(window, settings))
    code = app.exec()
    backend.close()
    # Stop the model's process now rather than at interpreter exit (where multiprocessing
    # reports its pipes' semaphores as leaked).
    encoder = backend.loader.get() if backend.loader.state == "ready" else None
    stop = getattr(encoder, "close", None)
    if callable(stop):
        stop()
    settings.sync()
    if scratch is not None:
        scratch.cleanup()
    if smoke:
        if "error" in report:
            print(f"error: {report['error']}", file=sys.stderr)
            return 1
        if as_json:
            print(json.dumps(report))
        else:
            for key, value in report.items():
                print(f"{key}: {value}")
    return int(code)


WELCOME = QT_TRANSLATE_NOOP(
    "Welcome",
    """<h3>Welcome to Casebook</h3>
<p>This catalogue starts with short entries on well-documented public AI cases, each with
its source. Things to try:</p>
<ul>
<li>Type in the search box (<b>Ctrl+F</b>) — words you remember (<i>scan cars</i>) or what
you need (<i>help residents get answers at night</i>); results come as you type.</li>
<li>Tick filters on the left (country, AI technique, AI Act risk…) to narrow the list.</li>
<li>Select a case to read it; <i>Similar cases</i> at the bottom lead to related ones.</li>
<li><b>Ctrl+N</b> records a new practice; what you type is kept as a draft until saved.</li>
</ul>""",
)


def _first_things(window: MainWindow, settings: QSettings) -> None:
    """The welcome on the very first start, then any drafts left from last time."""
    if not settings.value("welcome/shown", False, type=bool):
        from PySide6.QtWidgets import QMessageBox

        settings.setValue("welcome/shown", True)
        QMessageBox.information(
            window, translate("Welcome", "Welcome"), translate("Welcome", str(WELCOME))
        )
    window.restore_drafts()


class _Smoke(QObject):
    """Waits for the first painted list, types a query, waits for the results, opens the
    first result, records the timings in `report` and quits."""

    def __init__(self, window: MainWindow, query: str, report: dict[str, Any]) -> None:
        super().__init__(window)
        self.window = window
        self.query = query
        self.report = report
        self.typed_at = 0.0
        window.table.viewport().installEventFilter(self)
        window.results_shown.connect(self._results)
        window.detail_shown.connect(self._detail)
        QTimer.singleShot(SMOKE_TIMEOUT_MS, self._timeout)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        painted = event.type() == QEvent.Type.Paint and self.window.model.is_loaded()
        if painted and "startup_ms" not in self.report:
            self.report["startup_ms"] = round(process_age_ms())
            self.report["rows"] = self.window.model.rowCount()
            # An empty query: only the start-up is measured.
            QTimer.singleShot(0, self._type if self.query else self._finish)
        return False

    def _type(self) -> None:
        from PySide6.QtTest import QTest

        box = self.window.search_box
        box.setFocus()
        QTest.keyClicks(box, self.query)
        # From the last key press: the search waits SEARCH_DELAY_MS for more typing first.
        self.typed_at = time.perf_counter()

    def _results(self, query: str, mode: str) -> None:
        if "search_ms" in self.report or query != self.query:
            return
        self.report["search_ms"] = round((time.perf_counter() - self.typed_at) * 1000)
        self.report["search_mode"] = mode
        self.report["results"] = self.window.model.rowCount()
        if self.window.model.rowCount() == 0:
            self.report["detail_title"] = None
            self._finish()
            return
        self.window.table.selectRow(0)

    def _detail(self, entry_id: str) -> None:
        if "detail_title" in self.report:
            return
        document = self.window.detail.document()
        self.report["detail_title"] = document.firstBlock().text()
        self._finish()

    def _timeout(self) -> None:
        if ("detail_title" not in self.report and self.query) or "startup_ms" not in self.report:
            self.report["error"] = "timed out waiting for the window (see the messages above)"
        self._finish()

    def _finish(self) -> None:
        self.window.close()
        QApplication.quit()
