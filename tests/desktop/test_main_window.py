"""The desktop window, offscreen, on a real home with the starter catalogue and the real model."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl

from casebook.home import load_starter
from catalogue.catalogue import Catalogue
from desktop.backend import Backend
from desktop.detail import DetailPane
from desktop.entry_model import PAGE, EntryTableModel, ListSource
from desktop.main_window import MainWindow
from tests.conftest import sample_entry

WAIT = 60_000  # ms; generous: the CI machine is small and shared


def _open_starter(home: Path) -> Any:
    def open_catalogue() -> Catalogue:
        catalogue = Catalogue.open(home, author="tester", auto_backup=False)
        if catalogue.count_entries() == 0:
            load_starter(catalogue)
        return catalogue

    return open_catalogue


@pytest.fixture
def backend(home: Path, loader: Any) -> Iterator[Backend]:
    made = Backend(home, _open_starter(home), loader)
    yield made
    made.close()


@pytest.fixture
def window(qtbot: Any, backend: Backend, home: Path) -> MainWindow:
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(backend, settings)
    backend.progress.connect(shown.show_progress)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.model.rowCount() > 0, timeout=WAIT)
    return shown


def for_query(query: str) -> Any:
    return lambda shown, mode: shown == query


def titles(window: MainWindow) -> list[str]:
    model = window.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_the_list_shows_the_starter_catalogue_sorted_by_title(window: MainWindow) -> None:
    shown = titles(window)
    assert len(shown) >= 40
    assert shown == sorted(shown, key=lambda t: t.casefold())
    assert window.count_label.text() == f"{len(shown)} cases"


def test_typing_finds_cases_by_keyword_then_by_meaning(qtbot: Any, window: MainWindow) -> None:
    window.mode_box.setCurrentIndex(1)  # keyword
    with qtbot.waitSignal(
        window.results_shown, timeout=WAIT, check_params_cb=for_query("scan cars")
    ):
        qtbot.keyClicks(window.search_box, "scan cars")
    assert "scan cars" in titles(window)[0].lower()
    # The matched passage shows (words in bold) when the pointer rests on a result.
    tip = window.model.data(window.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "<b>scan</b>" in tip.lower() or "<b>cars</b>" in tip.lower()
    # Hybrid, once semantic search is ready: a need in other words finds chatbots.
    qtbot.waitUntil(lambda: window.semantic_state() == "ready", timeout=WAIT)
    window.mode_box.setCurrentIndex(0)
    window.search_box.clear()
    need = "help residents get answers at any hour"
    with qtbot.waitSignal(
        window.results_shown, timeout=WAIT, check_params_cb=for_query(need)
    ) as blocker:
        qtbot.keyClicks(window.search_box, need)
    assert blocker.args[1] == "hybrid"
    top = " ".join(titles(window)[:5]).lower()
    assert "chatbot" in top or "virtual assistant" in top


def test_selecting_a_result_shows_it_with_similar_cases(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.semantic_state() == "ready", timeout=WAIT)
    with qtbot.waitSignal(window.detail_shown, timeout=WAIT):
        window.table.selectRow(0)
    first = titles(window)[0]
    qtbot.waitUntil(lambda: "Similar cases" in window.detail.toPlainText(), timeout=WAIT)
    assert window.detail.toPlainText().startswith(first)
    # The similar list fills in (links to other entries), never the entry itself.
    qtbot.waitUntil(lambda: "looking" not in window.detail.toPlainText(), timeout=WAIT)
    anchors = window.detail.toHtml().count('href="casebook:entry/')
    assert anchors >= 3
    assert f"casebook:entry/{window.detail.entry_id}" not in window.detail.toHtml()


def test_a_facet_filter_narrows_the_list(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.sidebar._facet_items.get("country") is not None, timeout=WAIT)
    group = window.sidebar._facet_items["country"]
    qtbot.waitUntil(lambda: group.childCount() > 0, timeout=WAIT)
    item = next(
        group.child(i) for i in range(group.childCount()) if group.child(i).data(0, 256)[1] == "FI"
    )
    before = window.model.rowCount()
    item.setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: window.model.rowCount() < before, timeout=WAIT)
    countries = {
        window.model.data(window.model.index(r, 2)) for r in range(window.model.rowCount())
    }
    assert countries == {"FI"}


def test_the_window_remembers_its_layout(qtbot: Any, window: MainWindow, home: Path) -> None:
    window.resize(700, 500)  # within the offscreen screen (800 × 600)
    window.splitter.setSizes([150, 300, 250])
    expected = window.splitter.sizes()
    window.close()
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    again = MainWindow(window.backend, settings)
    qtbot.addWidget(again)
    again.show()
    assert again.size().width() == 700
    qtbot.waitUntil(lambda: again.splitter.sizes() == expected)


def _paged_model(
    qtbot: Any, home: Path, loader: Any, entries: int
) -> tuple[Backend, EntryTableModel]:
    """A home of `entries` cases titled "Case 0000"…, and a model showing its first page."""
    catalogue = Catalogue.open(home, author="tester", auto_backup=False)
    catalogue.add_entries(
        [sample_entry(title=f"Case {n:04d}", summary=f"Summary {n}") for n in range(entries)]
    )
    catalogue.close()
    backend = Backend(home, lambda: Catalogue.open(home, auto_backup=False), loader)
    model = EntryTableModel(backend)
    with qtbot.waitSignal(model.loaded, timeout=WAIT):
        model.set_source(ListSource())
    return backend, model


def test_model_pages_rows_and_passes_the_model_tester(
    qtbot: Any, qtmodeltester: Any, home: Path, loader: Any
) -> None:
    backend, model = _paged_model(qtbot, home, loader, PAGE * 2 + 7)
    try:
        assert model.rowCount() == PAGE * 2 + 7
        assert model.data(model.index(PAGE * 2 + 3, 0)) == "…"  # not fetched yet
        qtbot.waitUntil(
            lambda: model.data(model.index(PAGE * 2 + 3, 0)) == "Case 0403", timeout=WAIT
        )
        qtmodeltester.check(model)
        with qtbot.waitSignal(model.loaded, timeout=WAIT):
            model.set_source(ListSource(order="title", descending=True))
        assert model.data(model.index(0, 0)) == f"Case {PAGE * 2 + 6:04d}"
    finally:
        backend.close()


def test_once_the_list_is_painted_start_up_objects_leave_full_collections(
    qtbot: Any, backend: Backend, home: Path
) -> None:
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(backend, settings)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.model.rowCount() > 0, timeout=WAIT)
    assert gc.get_freeze_count() > 10_000  # the modules, classes and functions loaded


def test_the_glossary_loads_paced_and_sets_off_no_full_collection(
    qtbot: Any, backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At the first key the search worker loads the glossary (~0.5 s of Python): resting
    every few milliseconds, with no full garbage collection (each walked the whole heap
    while the window waited), and what it made is then left out of later ones."""
    import search.expansion as expansion
    import search.glossary as glossary

    glossary._shared.cache_clear()
    expansion._compounds.cache_clear()
    paced: list[str] = []
    real = expansion.pacing.paced

    def spy(*args: Any, **kwargs: Any) -> Any:
        paced.append(sys._getframe(1).f_globals["__name__"])  # who asked
        return real(*args, **kwargs)

    monkeypatch.setattr(expansion.pacing, "paced", spy)
    gc.freeze()  # as in the window once its list is painted (`settle_memory`)
    before = gc.get_freeze_count()
    full: list[str] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append(threading.current_thread().name)

    gc.callbacks.append(seen)
    try:
        backend.warm_search()
        qtbot.waitUntil(
            lambda: gc.isenabled() and gc.get_freeze_count() > before + 50_000, timeout=WAIT
        )
    finally:
        gc.callbacks.remove(seen)
    assert paced.count("search.expansion") == 1  # the glossary's load
    assert not [name for name in full if name.startswith("casebook-search")]


def test_typing_makes_the_words_lists_on_the_search_worker_in_paced_chunks(
    qtbot: Any, backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The keyword index's lists of common words (`search/best_lists.py`) are made while
    the user types: on the search worker, a chunk at a time (a search typed meanwhile runs
    between two), paced; typing on does not ask again for `LISTS_CHECK` seconds."""
    from desktop import backend as backend_module
    from search import pacing
    from search.keyword import KeywordIndex

    chunks: list[tuple[float | None, str, bool]] = []
    real = KeywordIndex.warm
    left = [3]  # chunks before the lists are all made

    def spy(self: KeywordIndex, budget: float | None = None) -> bool:
        thread = threading.current_thread().name
        chunks.append((budget, thread, getattr(pacing._local, "pace", None) is not None))
        real(self, budget)
        left[0] -= 1
        return left[0] <= 0

    monkeypatch.setattr(KeywordIndex, "warm", spy)
    backend.warm_search()
    qtbot.waitUntil(lambda: len(chunks) == 3 and not backend._lists_warming, timeout=WAIT)
    assert all(budget == backend_module.LISTS_CHUNK for budget, _, _ in chunks)
    assert all(thread.startswith("casebook-search") for _, thread, _ in chunks)
    assert all(paced for _, _, paced in chunks)
    backend.warm_search()  # the next key, within LISTS_CHECK seconds
    qtbot.wait(200)
    assert len(chunks) == 3
    monkeypatch.setattr(backend_module, "LISTS_CHECK", 0.0)
    backend.warm_search()
    qtbot.waitUntil(lambda: len(chunks) == 4, timeout=WAIT)


def test_semantic_indexing_makes_its_texts_paced_after_the_glossary(
    qtbot: Any, backend: Backend, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries in other languages are encoded with their concepts' English terms: making
    those texts is Python on the search worker, paced (`search.pacing`), with the glossary
    loaded before (paced too) rather than by the first text that needs it."""
    from search import pacing
    from search.vectors import VectorStore

    made: list[tuple[bool, bool]] = []
    real = VectorStore._text

    def spy(self: VectorStore, body: dict[str, Any]) -> str:
        made.append((getattr(pacing._local, "pace", None) is not None, backend._search_warmed))
        return real(self, body)

    monkeypatch.setattr(VectorStore, "_text", spy)
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(backend, settings)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.semantic_state() == "ready", timeout=WAIT)
    assert len(made) >= 40  # the starter catalogue's entries
    assert all(paced and warmed for paced, warmed in made)


def test_pages_scrolled_past_are_not_fetched(qtbot: Any, home: Path, loader: Any) -> None:
    backend, model = _paged_model(qtbot, home, loader, PAGE * 6)
    try:
        started = threading.Event()
        release = threading.Event()

        def busy(core: Any) -> None:
            started.set()
            release.wait(10)

        backend.run(busy, lambda _: None)  # the worker is busy while the view scrolls
        assert started.wait(10)
        for page in range(1, 6):  # a scroll bar dragged down, a page per step
            assert model.data(model.index(page * PAGE + 5, 0)) == "…"
        release.set()
        qtbot.waitUntil(lambda: model.summary(5 * PAGE + 5) is not None, timeout=WAIT)
        qtbot.waitUntil(lambda: model.summary(4 * PAGE + 5) is not None, timeout=WAIT)
        qtbot.wait(200)
        assert [p for p in range(1, 4) if model.summary(p * PAGE) is not None] == []
        # Painted again, a skipped page is fetched then.
        assert model.data(model.index(PAGE + 5, 0)) == "…"
        qtbot.waitUntil(lambda: model.data(model.index(PAGE + 5, 0)) == "Case 0205", timeout=WAIT)
    finally:
        backend.close()


def test_the_detail_pane_renders_hostile_text_inertly(qtbot: Any) -> None:
    from catalogue.catalogue import EntryRecord

    body = sample_entry(
        title="<script>alert(1)</script> <b>bold</b>",
        description=(
            "Text with <img src='http://example.org/x.png'> and ![img](http://example.org/y.png)"
            "\n\n<iframe src='http://example.org'></iframe> [a link](javascript:alert(1))"
            "\n\n" + "x" * 5000 + " مرحبا 🚀"
        ),
    )
    record = EntryRecord("0123456789abcdef", "rev", body, "2026-01-01", "2026-01-02", 1)
    pane = DetailPane()
    qtbot.addWidget(pane)
    asked: list[str] = []
    original = pane.loadResource

    def spy(kind: int, url: QUrl | str) -> Any:
        asked.append(url.toString() if isinstance(url, QUrl) else str(url))
        return original(kind, url)

    pane.loadResource = spy  # type: ignore[method-assign]
    pane.show_entry(record)
    pane.show()
    qtbot.wait(50)
    text = pane.toPlainText()
    assert text.startswith("<script>alert(1)</script> <b>bold</b>")  # shown as text
    html = pane.toHtml()
    assert "<script" not in html
    assert "<iframe" not in html
    assert 'href="javascript' not in html
    assert asked  # the images were asked for, and nothing came back:
    assert all(original(0, QUrl(u)) is None for u in list(asked))


@pytest.mark.parametrize("environment", ["as set", "bare"])
def test_gui_smoke_mode_prints_timings(tmp_path: Path, environment: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEBOOK_HOME": str(tmp_path / "h")}
    if environment == "bare":  # no locale at all, as the frozen app started by a service
        env = {
            "QT_QPA_PLATFORM": "offscreen",
            "CASEBOOK_HOME": str(tmp_path / "h"),
            "HOME": str(tmp_path),
            "PYTHONCOERCECLOCALE": "0",  # as the frozen app: Python does not pick C.UTF-8
            "PATH": os.environ.get("PATH", ""),
        }
    done = subprocess.run(
        [sys.executable, "-m", "casebook", "gui", "--smoke", "--json", "--query", "scan cars"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no Qt warnings, no errors
    report = json.loads(done.stdout)
    assert report["rows"] >= 40
    assert report["startup_ms"] > 0
    assert report["search_ms"] >= 0
    assert "scan car" in report["detail_title"].lower()
    assert not (tmp_path / "h" / "settings.ini").exists()  # smoke runs leave no layout behind


def test_delete_can_be_undone(qtbot: Any, window: MainWindow) -> None:
    before = window.model.rowCount()
    window.table.selectRow(0)
    first = window.model.entry_id(0)
    window.table.setFocus()
    window._delete_selected()
    qtbot.waitUntil(lambda: window.model.rowCount() == before - 1, timeout=WAIT)
    assert "Undo" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == before, timeout=WAIT)
    assert window.model.entry_id(0) == first


def test_an_edit_saved_in_the_editor_shows_in_the_list(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.detail_shown, timeout=WAIT):
        window.table.selectRow(0)
    window.edit_action.trigger()
    qtbot.waitUntil(lambda: len(window.editors) == 1, timeout=WAIT)
    editor = window.editors[0]
    title = editor._widgets["title"]
    title.setText("A renamed case")  # type: ignore[attr-defined]
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        editor.save()
    qtbot.waitUntil(lambda: "A renamed case" in titles(window), timeout=WAIT)
    qtbot.waitUntil(lambda: window.detail.toPlainText().startswith("A renamed case"), timeout=WAIT)


def test_collections_are_made_filled_annotated_and_reordered(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Peer learning Riga", True))
    first, second = window.model.entry_id(0), window.model.entry_id(1)
    assert first is not None
    assert second is not None
    window.collections.create([first])
    qtbot.waitUntil(lambda: len(window.collections.records) == 1, timeout=WAIT)
    (record,) = window.collections.records
    # Dropping a case on the collection in the sidebar adds it.
    window.sidebar.entries_dropped.emit(record.id, [second])
    qtbot.waitUntil(lambda: len(window.collections.records[0].items) == 2, timeout=WAIT)
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("Ask Riga about costs", True)
    )
    window.collections.edit_note(record.id, second)
    qtbot.waitUntil(
        lambda: dict(window.collections.records[0].items)[second] == "Ask Riga about costs",
        timeout=WAIT,
    )
    window.collections.move(record.id, second, -1)
    qtbot.waitUntil(
        lambda: [e for e, _ in window.collections.records[0].items] == [second, first],
        timeout=WAIT,
    )
    # The collection's view lists its cases in its order.
    item = window.sidebar.collections.child(0)
    window.sidebar.setCurrentItem(item)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=WAIT)
    assert window.model.entry_id(0) == second
    # A search there looks in the collection only.
    window.search_box.setText(window.model.summary(0).title)  # type: ignore[union-attr]
    window.search_now()
    qtbot.waitUntil(lambda: "results" in window.count_label.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 1, timeout=WAIT)
    shown = {window.model.entry_id(r) for r in range(window.model.rowCount())}
    assert shown <= {first, second}
    window.search_box.clear()
    window.search_now()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=WAIT)
    window.collections.remove_entries(record.id, [second])
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WAIT)


def test_semantic_search_can_be_turned_off_in_settings(qtbot: Any, home: Path) -> None:
    from desktop.settings_dialog import SettingsDialog, semantic_enabled

    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    assert semantic_enabled(settings)
    dialog = SettingsDialog(settings, home)
    qtbot.addWidget(dialog)
    dialog.semantic.setChecked(False)
    dialog.accept()
    again = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    assert not semantic_enabled(again)


def test_the_meaning_model_setting_takes_a_model_folder(
    qtbot: Any, home: Path, tmp_path: Path
) -> None:
    """Settings → Meaning model: a folder that is not a sentence-transformers model is
    refused with what is wrong (the choice stays); a model folder is stored for the next
    start; "Use the shipped model" goes back."""
    from desktop.settings_dialog import SettingsDialog
    from search import models

    home.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(settings, home)
    qtbot.addWidget(dialog)
    assert dialog.model_label.text() == "Shipped: all-MiniLM-L6-v2"
    assert not dialog.shipped_button.isEnabled()
    folder = tmp_path / "multilingual"
    folder.mkdir()
    assert "has no modules.json" in str(dialog.set_model_folder(folder))
    assert dialog.model_folder is None
    (folder / "modules.json").write_text('[{"path": "", "type": "Transformer"}]', "utf-8")
    (folder / "config.json").write_text("{}", "utf-8")
    assert dialog.set_model_folder(folder) is None
    assert dialog.model_label.text() == str(folder)
    dialog.accept()
    assert models.chosen_folder(home) == folder.resolve()
    again = SettingsDialog(settings, home)
    qtbot.addWidget(again)
    assert again.model_label.text() == str(folder.resolve())
    again.shipped_button.click()
    again.accept()
    assert models.chosen_folder(home) is None


def test_cancel_stops_the_keyword_index_build(qtbot: Any, home: Path, loader: Any) -> None:
    with Catalogue.open(home, author="tester", auto_backup=False) as catalogue:
        catalogue.add_entries([sample_entry(title=f"Workshop practice {n}") for n in range(1600)])
    backend = Backend(home, _open_starter(home), loader)
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(backend, settings, load_model=False)
    backend.progress.connect(shown.show_progress)
    qtbot.addWidget(shown)
    shown.show()
    try:
        # The index is built in the background with progress and a Cancel button.
        qtbot.waitUntil(lambda: shown.cancel_button.isVisible(), timeout=WAIT)
        assert "keyword index" in shown.progress.format()
        qtbot.mouseClick(shown.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "cancelled" in shown.count_label.text(), timeout=WAIT)
        assert not shown.progress.isVisible()
        assert not shown.cancel_button.isVisible()
        assert not (home / "index" / "keyword.new").exists()
        # Searching builds it after all.
        with qtbot.waitSignal(shown.results_shown, timeout=WAIT * 3):
            shown.search_box.setText("practice 1599")
            shown.search_now()
        assert "Workshop practice 1599" in titles(shown)
    finally:
        shown.close()
        backend.close()


def test_a_saved_search_brings_back_query_mode_and_filters(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.mode_box.setCurrentIndex(window.mode_box.findData("keyword"))
    window.sidebar.set_filters([("country", "NL")])
    with qtbot.waitSignal(window.results_shown, timeout=WAIT, check_params_cb=for_query("scan")):
        window.search_box.setText("scan")
        window.search_now()
    assert window.save_search("Scanning in the Netherlands")
    assert window.sidebar.saved_item("Scanning in the Netherlands") is not None
    # Elsewhere: another query, mode and no filters.
    window.mode_box.setCurrentIndex(window.mode_box.findData("hybrid"))
    window.sidebar.clear_filters()
    window.search_box.clear()
    with qtbot.waitSignal(window.results_shown, timeout=WAIT, check_params_cb=for_query("scan")):
        window.sidebar.setCurrentItem(window.sidebar.saved_item("Scanning in the Netherlands"))
    assert window.mode() == "keyword"
    assert window.sidebar.filters() == (("country", "NL"),)
    assert window.search_box.text() == "scan"
    # Saving under the same name asks first; deleting asks too.
    asked: list[str] = []
    monkeypatch.setattr(
        "desktop.main_window.ask", lambda parent, title, text: asked.append(title) or False
    )
    assert not window.save_search("Scanning in the Netherlands")
    window.sidebar.saved_search_deleted.emit("Scanning in the Netherlands")
    assert asked == ["Replace saved search", "Delete saved search"]
    assert window.sidebar.saved_item("Scanning in the Netherlands") is not None
    monkeypatch.setattr("desktop.main_window.ask", lambda parent, title, text: True)
    window.sidebar.saved_search_deleted.emit("Scanning in the Netherlands")
    assert window.sidebar.saved_item("Scanning in the Netherlands") is None


def test_a_collection_is_exported_from_the_window(
    qtbot: Any, window: MainWindow, backend: Backend, tmp_path: Path
) -> None:
    with Catalogue.open(backend.home, author="tester", auto_backup=False) as catalogue:
        entry_ids = catalogue.filtered_ids([])[:2]
        collection = catalogue.create_collection("Study visit Rīga").collections[0]
        catalogue.add_to_collection(collection, entry_ids)
    # The Export menu of a collection lists every format this build has.
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    window.collections.export_menu(menu, collection)
    labels = [action.text() for action in menu.actions()]
    assert any("PDF" in label for label in labels)
    assert len(labels) >= 5
    out = tmp_path / "visit.md"
    with qtbot.waitSignal(window.exported, timeout=WAIT) as signal:
        window.collections.export(collection, "md", out)
    assert signal.args == [str(out)]
    text = out.read_text("utf-8")
    assert "Study visit Rīga" in text
    assert "Exported 2 cases" in window.statusBar().currentMessage()


def test_the_window_module_loads_nothing_that_start_up_can_do_without() -> None:
    """Start-up time is imports: the search stack (numpy, whoosh), pydantic, sync, the
    importers, exporters, editor and conflict resolver are loaded when first used."""
    code = (
        "import sys, desktop.app\n"
        "heavy = ('numpy', 'whoosh', 'pydantic', 'sync', 'cryptography', 'openpyxl',"
        " 'catalogue.importers', 'catalogue.exporters', 'search', 'desktop.editor',"
        " 'desktop.exchange.conflicts', 'torch')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy or m.startswith(heavy)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert out.strip() == "[]"


def test_without_the_model_the_mode_box_offers_keyword_search_only(
    qtbot: Any, home: Path, loader: Any
) -> None:
    from PySide6.QtGui import QStandardItemModel

    backend = Backend(home, _open_starter(home), loader)
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(backend, settings, load_model=False)  # semantic search off
    qtbot.addWidget(shown)
    try:
        assert shown.mode() == "keyword"
        model = shown.mode_box.model()
        assert isinstance(model, QStandardItemModel)
        enabled = {
            shown.mode_box.itemData(row): model.item(row).isEnabled()
            for row in range(shown.mode_box.count())
        }
        assert enabled == {"hybrid": False, "keyword": True, "semantic": False}
        assert "off" in shown.mode_box.toolTip()
    finally:
        shown.close()
        backend.close()


def test_the_search_box_has_the_focus_and_tab_goes_on_to_the_list(
    qtbot: Any, home: Path, loader: Any
) -> None:
    """The panels are objects the window owns now: typing at once still searches, and Tab
    still goes search box, mode, suggestion, sidebar, list, detail pane."""
    from PySide6.QtWidgets import QApplication

    backend = Backend(home, _open_starter(home), loader)
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(backend, settings, load_model=False)
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    try:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is shown.search_box, timeout=WAIT)
        chain, widget = [], shown.nextInFocusChain()
        while widget is not shown:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
                chain.append(widget.accessibleName())
            widget = widget.nextInFocusChain()
        assert chain == [
            "Search",
            "Search mode",
            "Did you mean",
            "Library, collections and filters",
            "Cases",
            "Entry details",
        ]
    finally:
        shown.close()
        backend.close()


def test_what_says_details_in_the_log_writes_them_there(home: Path) -> None:
    """A failure shown as "Something went wrong — …; details in the log" is written, with
    its traceback, to `home/logs/casebook.log` (where the command line writes its own); a
    user error (what to fix) is only shown."""
    import logging

    from catalogue.errors import CasebookError
    from desktop.backend import describe_error, log_to_file

    logger = logging.getLogger("casebook")
    before = list(logger.handlers)
    log_to_file(home)
    try:
        try:
            raise RuntimeError("the index builder stopped")
        except RuntimeError as exc:
            shown = describe_error(exc)
        assert "RuntimeError" in shown
        assert describe_error(CasebookError("Fill in the title")) == "Fill in the title"
    finally:
        for handler in set(logger.handlers) - set(before):
            handler.close()
            logger.removeHandler(handler)
    written = (home / "logs" / "casebook.log").read_text("utf-8")
    assert "the index builder stopped" in written
    assert "Traceback" in written
    assert "Fill in the title" not in written
