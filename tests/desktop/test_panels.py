"""Each panel on its own, offscreen, with a fake of the protocol it gets instead of the main
window (desktop/protocols.py), on a real home with two cases. Also the operations
(desktop/operations.py) and the progress area they report to."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from catalogue.catalogue import Catalogue, Changes
from catalogue.errors import CasebookError
from catalogue.jobs import Cancelled
from desktop.backend import SWITCH_INTERVAL, Backend, Core
from desktop.detail import DetailPane
from desktop.entry_detail import EntryDetail
from desktop.entry_model import EntryTableModel
from desktop.exchange.exchange import Exchange
from desktop.importing.importing import Importing
from desktop.library.collections_ui import Collections
from desktop.library.export_ui import EntryExport
from desktop.library.search_panel import SearchPanel
from desktop.operations import ReadOp, WriteOp
from desktop.progress_area import ProgressArea
from desktop.protocols import Filters, Place
from tests.conftest import sample_entry

WAIT = 30_000


@pytest.fixture
def ids(home: Path) -> list[str]:
    with Catalogue.open(home, author="tester", auto_backup=False) as catalogue:
        first = catalogue.add_entry(sample_entry()).added[0]
        second = catalogue.add_entry(sample_entry(title="Traffic light timing")).added[0]
    return [first, second]


@pytest.fixture
def backend(home: Path, ids: list[str]) -> Iterator[Backend]:
    from search.semantic import ModelLoader

    made = Backend(
        home, lambda: Catalogue.open(home, author="tester", auto_backup=False), ModelLoader()
    )
    yield made
    made.close()


@pytest.fixture
def settings(home: Path) -> QSettings:
    return QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


class FakeWindow:
    """Every protocol of protocols.py, recording what the panels asked for."""

    def __init__(self, selected: list[str] | None = None) -> None:
        self.statuses: list[str] = []
        self.counts: list[str] = []
        self.facets: list[dict[str, Any]] = []
        self.opened: list[str] = []
        self.listed: list[tuple[list[str], str]] = []
        self.exported: list[Path] = []
        self.places_shown = 0
        self.focused = 0
        self.reopened = 0
        self.selected = selected or []
        self.place = Place("library")
        self.entry: str | None = None

    # StatusMessages, Selection, EntryOpener
    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        self.statuses.append(text)

    def selected_ids(self) -> list[str]:
        return list(self.selected)

    def open_entry(self, entry_id: str) -> None:
        self.opened.append(entry_id)

    # ExportHost, CollectionsHost
    def title_of(self, entry_id: str) -> str | None:
        return f"case {entry_id[:4]}"

    def export_written(self, path: Path) -> None:
        self.exported.append(path)

    def current_place(self) -> Place:
        return self.place

    # ImportHost, ExchangeHost
    def show_ids(self, ids: list[str], label: str) -> None:
        self.listed.append((ids, label))

    def current_entry(self) -> str | None:
        return self.entry

    # SearchHost
    def filters(self) -> Filters:
        return ()

    def show_count(self, text: str) -> None:
        self.counts.append(text)

    def show_facets(self, facets: dict[str, list[tuple[str, int]]]) -> None:
        self.facets.append(facets)

    def show_place(self) -> None:
        self.places_shown += 1

    def focus_list(self) -> None:
        self.focused += 1

    def reopen_entry(self) -> None:
        self.reopened += 1

    # DetailHost
    def snippet(self, entry_id: str) -> str:
        return ""

    def semantic_state(self) -> str:
        return "off"


class FakeProgress:
    def __init__(self) -> None:
        self.cancelled = 0

    def cancel(self) -> None:
        self.cancelled += 1


# -- operations ---------------------------------------------------------------------------------


def test_a_write_emits_changed_once_with_its_initiator_and_then_succeeds(
    qtbot: Any, backend: Backend, ids: list[str]
) -> None:
    seen: list[tuple[Changes, object]] = []
    order: list[str] = []
    backend.changed.connect(
        lambda changes, initiator: (seen.append((changes, initiator)), order.append("changed"))
    )
    me = object()
    done: list[Changes] = []
    with qtbot.waitSignal(backend.changed, timeout=WAIT):
        WriteOp(backend, lambda core: core.catalogue.delete_entries([ids[0]])).success(
            lambda changes: (done.append(changes), order.append("success"))
        ).run(initiator=me)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)
    assert len(seen) == 1
    assert seen[0][0].deleted == [ids[0]]
    assert seen[0][1] is me
    assert order == ["changed", "success"]
    # A read changes nothing and says so: no `changed`.
    with qtbot.assertNotEmitted(backend.changed, wait=300):
        got: list[int] = []
        ReadOp(backend, lambda core: core.catalogue.count_entries()).success(got.append).run()
        qtbot.waitUntil(lambda: bool(got), timeout=WAIT)


def test_a_write_that_returns_something_else_says_what_it_changed(
    qtbot: Any, backend: Backend, ids: list[str]
) -> None:
    def write(core: Core) -> tuple[str, Changes]:
        return "report", core.catalogue.delete_entries([ids[1]])

    with qtbot.waitSignal(backend.changed, timeout=WAIT) as signal:
        WriteOp(backend, write).changes(lambda result: result[1]).run()
    assert signal.args[0].deleted == [ids[1]]
    # Nothing changed: nothing emitted.
    with qtbot.assertNotEmitted(backend.changed, wait=300):
        ended: list[str] = []
        WriteOp(backend, lambda core: "nothing").success(ended.append).run()
        qtbot.waitUntil(lambda: bool(ended), timeout=WAIT)


def test_with_progress_gives_the_work_a_job_and_the_area_shows_and_cancels_it(
    qtbot: Any, backend: Backend, parent: QWidget
) -> None:
    area = ProgressArea(backend, parent)
    parent.show()
    started, release = threading.Event(), threading.Event()

    def work(core: Core) -> str:
        assert core.job is not None
        core.job.report(0.5, "half way")
        started.set()
        release.wait(10)
        core.job.check()  # raises Cancelled: Cancel was pressed
        return "finished"

    failed: list[BaseException] = []
    op = ReadOp(backend, work).with_progress().failure(failed.append)
    assert op.job is not None
    op.run()
    qtbot.waitUntil(lambda: area.bar.isVisible(), timeout=WAIT)
    assert started.wait(10)
    assert area.bar.format() == "half way"
    assert area.cancel_button.isVisible()
    area.cancel()
    assert op.job.cancelled
    release.set()
    with qtbot.waitSignal(backend.work_ended, timeout=WAIT):
        pass
    qtbot.waitUntil(lambda: bool(failed), timeout=WAIT)
    assert isinstance(failed[0], Cancelled)
    assert not area.bar.isVisible()
    assert not area.cancel_button.isVisible()


def test_a_failure_without_a_callback_reaches_the_status_bar(qtbot: Any, backend: Backend) -> None:
    def fail(core: Core) -> None:
        raise CasebookError("the file is locked")

    with qtbot.waitSignal(backend.failed, timeout=WAIT) as signal:
        WriteOp(backend, fail).run()
    assert signal.args == ["the file is locked"]


# -- panels --------------------------------------------------------------------------------------


def test_the_search_panel_searches_and_shows_the_place_through_its_host(
    qtbot: Any, backend: Backend, parent: QWidget
) -> None:
    host = FakeWindow()
    model = EntryTableModel(backend)
    panel = SearchPanel(backend, model, host, parent, load_model=False)
    assert panel.semantic_state() == "off"
    assert panel.mode() == "keyword"
    with qtbot.waitSignal(panel.results_shown, timeout=WAIT) as signal:
        panel.box.setText("traffic")
        panel.search_now()
    assert signal.args == ["traffic", "keyword"]
    assert host.counts[-1].startswith("1 results (keyword")
    assert host.facets
    assert model.rowCount() == 1
    panel.box.clear()  # an empty box: the host shows its place's list
    qtbot.waitUntil(lambda: host.places_shown >= 1, timeout=WAIT)
    panel.clear()  # Escape in an empty box goes back to the list
    assert host.focused == 1


def test_collections_write_through_operations_and_tell_their_host(
    qtbot: Any,
    backend: Backend,
    settings: QSettings,
    parent: QWidget,
    ids: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QInputDialog, QMenu

    host = FakeWindow(selected=ids)
    collections = Collections(backend, settings, host, parent)
    collections.reload()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Study visit", True))
    with qtbot.waitSignal(backend.changed, timeout=WAIT) as signal:
        collections.create(ids)
    assert signal.args[1] is collections  # the initiator
    qtbot.waitUntil(lambda: len(collections.records) == 1, timeout=WAIT)
    assert [e for e, _ in collections.records[0].items] == ids
    qtbot.waitUntil(lambda: bool(host.statuses), timeout=WAIT)
    assert host.statuses == ["Created the collection “Study visit”."]
    # The list's context menu, in that collection: add, remove, note, move.
    menu = QMenu()
    collections.fill_list_menu(menu, ids[:1], Place("collection", collections.records[0].id))
    texts = [action.text() for action in menu.actions()]
    assert "Remove from this collection" in texts
    assert "Move down" in texts


def test_exporting_selected_cases_asks_the_host_and_reports_to_it(
    qtbot: Any,
    backend: Backend,
    settings: QSettings,
    parent: QWidget,
    ids: list[str],
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QMenu

    host = FakeWindow(selected=ids)
    export = EntryExport(backend, settings, host, parent)
    menu = QMenu()
    export.fill_menu(menu)
    assert any("Markdown" in action.text() for action in menu.actions())
    out = tmp_path / "two.md"
    export.export(host.selected_ids(), "md", out)
    qtbot.waitUntil(lambda: host.exported == [out], timeout=WAIT)
    assert "Traffic light timing" in out.read_text("utf-8")
    assert host.statuses[-1].startswith("Exported 2 cases")
    host.selected = []
    export.fill_menu(menu)
    assert [action.text() for action in menu.actions()] == ["Select cases in the list first"]


def test_importing_writes_the_template_and_reports_to_its_host(
    qtbot: Any, backend: Backend, settings: QSettings, parent: QWidget, tmp_path: Path
) -> None:
    host = FakeWindow()
    importing = Importing(backend, settings, host, parent)
    importing.write_template(tmp_path / "intake.xlsx")
    qtbot.waitUntil(lambda: bool(host.statuses), timeout=WAIT)
    assert host.statuses[0].startswith("Wrote intake.xlsx.")
    assert (tmp_path / "intake.xlsx").exists()


def test_exchange_reports_to_its_host_and_cancels_through_the_progress_area(
    qtbot: Any, backend: Backend, settings: QSettings, parent: QWidget
) -> None:
    host, progress = FakeWindow(), FakeProgress()
    exchange = Exchange(backend, settings, host, progress, parent)
    with qtbot.waitSignal(exchange.reported, timeout=WAIT) as signal:
        exchange.resolve_current()  # nothing in the detail pane: any case in conflict
    assert signal.args == ["No case is in conflict.", True]
    assert host.statuses == ["No case is in conflict."]
    dialog = exchange.open_dialog()
    dialog._cancel()
    assert progress.cancelled == 1
    dialog.close()


def test_the_detail_pane_opens_entries_and_shows_them_again_after_a_write(
    qtbot: Any, backend: Backend, ids: list[str]
) -> None:
    pane = DetailPane()
    qtbot.addWidget(pane)
    detail = EntryDetail(backend, pane, FakeWindow())
    with qtbot.waitSignal(detail.shown, timeout=WAIT):
        detail.open(ids[0])
    assert pane.toPlainText().startswith("Chatbot for building permit questions")
    assert "turned off in Settings" in pane.toPlainText()
    body = sample_entry(title="A renamed chatbot")
    with qtbot.waitSignal(detail.shown, timeout=WAIT):
        WriteOp(backend, lambda core: core.catalogue.update_entry(ids[0], body)).run()
    assert pane.toPlainText().startswith("A renamed chatbot")


def test_the_export_dialog_asks_the_language_the_interface_speaks_by_default(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    backend: Backend,
    settings: QSettings,
    parent: QWidget,
    ids: list[str],
    tmp_path: Path,
) -> None:
    """The export's save dialog has a language list (English and the languages of the
    exports' labels), the interface's language chosen; the export is written in the one
    picked (headings and labels; the cases' texts stay as written)."""
    from PySide6.QtCore import QLocale

    from catalogue import presentation
    from desktop.library import export_ui

    before = QLocale()
    try:
        QLocale.setDefault(QLocale("ro"))
        dialog = export_ui.ExportDialog(parent, "Export", str(tmp_path / "x.md"), "*.md")
        codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
        assert codes == list(presentation.LANGUAGES)
        assert dialog.chosen_language() == "ro"
        dialog.deleteLater()
    finally:
        QLocale.setDefault(before)

    out = tmp_path / "valitut.md"

    def pick(dialog: export_ui.ExportDialog) -> int:
        assert dialog.chosen_language() == "en"  # the tests' interface language
        dialog.language.setCurrentIndex(dialog.language.findData("fi"))
        dialog.selectFile(str(out))
        return 1

    monkeypatch.setattr(export_ui.ExportDialog, "exec", pick)
    host = FakeWindow(selected=ids)
    export_ui.EntryExport(backend, settings, host, parent).ask("md")
    qtbot.waitUntil(lambda: host.exported == [out], timeout=WAIT)
    written = out.read_text("utf-8")
    finnish = presentation.labels("fi").text("heading.contents")
    assert finnish != presentation.labels("en").text("heading.contents")
    assert f"## {finnish}" in written
    assert "Traffic light timing" in written  # the case's own text, as written


def test_the_backend_shortens_the_interpreters_switch_interval(tmp_path: Path) -> None:
    """The window's turns wait for the interpreter lock behind the workers' Python: at most
    `SWITCH_INTERVAL` each, not the default 5 ms (bench/gui.py measures the stalls)."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    try:
        home = tmp_path / "home"
        made = Backend(home, lambda: Catalogue.open(home, author="tester", auto_backup=False))
        try:
            assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL)
        finally:
            made.close()
    finally:
        sys.setswitchinterval(before)


def test_the_glossary_loads_on_the_search_worker_once_typing_starts(
    home: Path, ids: list[str], qtbot: Any, parent: QWidget, glossary_loads: list[str]
) -> None:
    """Reading, checking and stemming the glossary takes ~0.6 s of Python: the search worker
    does it when the first key is typed, so that the first search does not wait for it, and
    not at start-up, where it held up the painting of a list being scrolled."""
    from PySide6.QtTest import QTest

    from search.semantic import ModelLoader

    loads = glossary_loads
    made = Backend(home, lambda: Catalogue.open(home, author="t", auto_backup=False), ModelLoader())
    try:
        seen: list[int] = []
        ReadOp(made, lambda core: len(loads), worker="search").success(seen.append).run(None)
        qtbot.waitUntil(lambda: seen != [], timeout=WAIT)
        assert seen == [0]  # not at start-up
        panel = SearchPanel(made, EntryTableModel(made), FakeWindow(), parent, load_model=False)
        panel._debounce.setInterval(60_000)  # the search itself is not what is looked at
        QTest.keyClicks(panel.box, "parking")
        ReadOp(made, lambda core: len(loads), worker="search").success(seen.append).run(None)
        qtbot.waitUntil(lambda: len(seen) == 2, timeout=WAIT)
        assert seen == [0, 1]  # loaded once, on the worker, before anything searched
    finally:
        made.close()
