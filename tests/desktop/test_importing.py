"""The import wizard, Export selected and workshop mode, offscreen, on a real home. Files are
small ones the tests write (the workshop template the app writes, a CSV), plus the Dutch
register from ../shared/corpus. File dialogs are not opened: the tests call the methods
that take paths."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMenu, QWizard

from catalogue.catalogue import Catalogue
from catalogue.importers.workshop import COLUMNS
from catalogue.jobs import Job
from desktop.backend import Backend
from desktop.importing.import_wizard import CHECK, MAPPING, RUN, ImportWizard
from desktop.main_window import MainWindow
from tests.catalogue.test_importers import NL_FILE, needs_corpus
from tests.conftest import sample_entry

WAIT = 30_000


class Opened:
    """A window on a home with two cases, and a connection of the test's own."""

    def __init__(self, qtbot: Any, home: Path) -> None:
        from search.semantic import ModelLoader

        with Catalogue.open(home, author="tester", auto_backup=False) as catalogue:
            catalogue.add_entry(sample_entry())
            catalogue.add_entry(sample_entry(title="Traffic light timing", tags=["traffic"]))

        def open_catalogue() -> Catalogue:
            return Catalogue.open(home, author="tester", auto_backup=False)

        self.home = home
        self.backend = Backend(home, open_catalogue, ModelLoader())
        settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(self.backend, settings, load_model=False)
        self.backend.progress.connect(self.window.show_progress)
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitUntil(lambda: self.window.model.rowCount() == 2, timeout=WAIT)

    def bodies(self) -> list[dict[str, Any]]:
        with Catalogue.open(self.home, author="checker", auto_backup=False) as catalogue:
            return [row.body for row in catalogue.entry_rows()]


@pytest.fixture
def opened(qtbot: Any, home: Path) -> Iterator[Opened]:
    made = Opened(qtbot, home)
    yield made
    made.window.close()
    made.backend.close()


def workshop_sheet(path: Path, rows: list[dict[str, str]]) -> Path:
    """Fill the template the app wrote with `rows` ({header: value})."""
    book = openpyxl.load_workbook(path)
    sheet = book["Practices"]
    headers = [c.header for c in COLUMNS]
    for row in rows:
        sheet.append([row.get(h) for h in headers])
    book.save(path)
    return path


def write_template(qtbot: Any, opened: Opened, path: Path) -> None:
    """File > Workshop template…, without its file dialog."""
    opened.window.importing.write_template(path)
    bar = opened.window.statusBar()
    qtbot.waitUntil(lambda: f"Wrote {path.name}" in bar.currentMessage(), timeout=WAIT)


PRACTICE = {
    "Title": "Night-time permit chatbot",
    "Summary": "Residents ask about permits at any hour.",
    "Organisation": "City of Tampere",
    "Country": "FI",
    "Language": "en",
}


def open_on(opened: Opened, qtbot: Any, path: Path, fmt: str) -> ImportWizard:
    wizard = opened.window.importing.open_wizard(path)
    qtbot.waitUntil(lambda: wizard.source_page.buttons[fmt].isChecked(), timeout=WAIT)
    qtbot.waitUntil(wizard.source_page.isComplete, timeout=WAIT)
    return wizard


def next_page(wizard: ImportWizard, qtbot: Any, page: int) -> Any:
    with qtbot.waitSignal(wizard.checked if page == CHECK else wizard.imported, timeout=WAIT) as s:
        wizard.next()
    assert wizard.currentId() == page
    return s.args[0]


def test_the_workshop_template_is_written_filled_in_and_imported_through_the_wizard(
    qtbot: Any, opened: Opened, tmp_path: Path
) -> None:
    template = tmp_path / "intake.xlsx"
    write_template(qtbot, opened, template)
    workshop_sheet(
        template,
        [
            PRACTICE,
            {**PRACTICE, "Title": "Snow plough routes", "Summary": ""},  # row 3: invalid
            {**PRACTICE, "Title": "Library book tips", "Country": "LV", "Reference": "WS-3"},
        ],
    )
    wizard = open_on(opened, qtbot, template, "workshop")
    assert "Workshop spreadsheet" in wizard.source_page.message.text()

    report = next_page(wizard, qtbot, CHECK)
    page = wizard.check_page
    assert (report.rows_read, report.to_add, report.invalid_rows) == (3, 2, 1)
    # The first rows as they will be imported, from the real reader.
    shown = [
        [page.preview.item(r, c).text() for c in range(4)] for r in range(page.preview.rowCount())
    ]
    assert shown == [
        ["2", "new", "Night-time permit chatbot", "City of Tampere"],
        ["3", "invalid: not imported", "Snow plough routes", "City of Tampere"],
        ["4", "new", "Library book tips", "City of Tampere"],
    ]
    assert page.preview.item(2, 4).text() == "LV"
    problem = [page.problems.item(0, c).text() for c in range(3)]
    assert problem[0] == "3"
    assert "summary" in problem[1]
    # All or nothing: the Import button waits until only the valid rows are chosen.
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert "Import the 2 valid rows and skip the 1 invalid ones" in page.skip_invalid.text()
    page.skip_invalid.setChecked(True)
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()

    report = next_page(wizard, qtbot, RUN)
    assert report is not None
    assert len(report.changes.added) == 2
    run = wizard.run_page
    assert "2 new, 0 updated, 0 unchanged, 0 conflicts, 1 skipped" in run.summary.text()
    assert [run.new_list.item(i).text() for i in range(run.new_list.count())] == [
        "Night-time permit chatbot",
        "Library book tips",
    ]
    imported = [b for b in opened.bodies() if b.get("source", {}).get("dataset") == "workshop"]
    assert sorted(b["title"] for b in imported) == [
        "Library book tips",
        "Night-time permit chatbot",
    ]
    # "Show the new entries" lists just them in the window.
    qtbot.mouseClick(run.show_button, Qt.MouseButton.LeftButton)
    model = opened.window.model
    qtbot.waitUntil(lambda: model.source.ranked == tuple(report.changes.added), timeout=WAIT)
    assert model.rowCount() == 2
    assert opened.window.count_label.text() == "2 entries added by the import"

    # The same file again: nothing new.
    wizard = open_on(opened, qtbot, template, "workshop")
    report = next_page(wizard, qtbot, CHECK)
    assert (report.to_add, report.unchanged) == (0, 2)
    assert "Nothing new to import" in wizard.check_page.summary.text()


def test_a_csv_is_mapped_column_by_column_and_the_mapping_saved(
    qtbot: Any, opened: Opened, tmp_path: Path
) -> None:
    table = tmp_path / "partners.csv"
    table.write_text(
        "Ref;Name;Short text;Who;Land\n"
        "P1;Open data chatbot;Answers questions about open data.;Riga Digital Agency;LV\n"
        "P2;Translation service;Translates council pages.;City of Helsinki;FI\n",
        encoding="utf-8",
    )
    wizard = open_on(opened, qtbot, table, "csv")
    wizard.next()
    assert wizard.currentId() == MAPPING
    mapping_page = wizard.mapping_page
    qtbot.waitUntil(lambda: mapping_page.table.rowCount() == 5, timeout=WAIT)
    assert mapping_page.table.item(1, 1).text() == "Open data chatbot · Translation service"
    name = mapping_page.combo("Name")
    assert name is not None
    assert name.currentData() == "title"  # guessed from the header
    assert "Still needed: summary, organisation.name, location.country" in (
        mapping_page.message.text()
    )
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    for column, target in (
        ("Short text", "summary"),
        ("Who", "organisation.name"),
        ("Land", "location.country"),
        ("Ref", "(id)"),
    ):
        combo = mapping_page.combo(column)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(target))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    expected = {
        "columns": {
            "Name": "title",
            "Short text": "summary",
            "Who": "organisation.name",
            "Land": "location.country",
        },
        "values": {"language": "en"},
        "id_column": "Ref",
    }
    saved = tmp_path / "partners-mapping.json"
    mapping_page.save_mapping(saved)
    assert json.loads(saved.read_text("utf-8")) == expected

    # A bad mapping file is refused with what to fix, and changes nothing.
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"columns": {"Name": "headline"}}), encoding="utf-8")
    mapping_page.load_mapping(bad)
    assert "'headline' is not an entry field" in mapping_page.message.text()
    assert mapping_page.mapping() == expected
    # The saved file loads back into the drop-downs.
    name.setCurrentIndex(0)
    mapping_page.load_mapping(saved)
    assert mapping_page.mapping() == expected

    report = next_page(wizard, qtbot, CHECK)
    assert (report.to_add, report.invalid_rows) == (2, 0)
    assert wizard.check_page.skip_invalid.isHidden()
    report = next_page(wizard, qtbot, RUN)
    titles = {b["title"]: b for b in opened.bodies()}
    assert titles["Open data chatbot"]["source"] == {"dataset": "partner", "id": "P1"}
    assert titles["Translation service"]["location"]["country"] == "FI"


def test_cancel_during_the_import_writes_nothing(
    qtbot: Any, opened: Opened, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = tmp_path / "intake.xlsx"
    write_template(qtbot, opened, template)
    workshop_sheet(template, [{**PRACTICE, "Title": f"Practice {n}"} for n in range(30)])
    wizard = open_on(opened, qtbot, template, "workshop")
    next_page(wizard, qtbot, CHECK)

    # When the import starts writing, the user presses Cancel (the worker waits for it).
    pressed = threading.Event()
    original = Job.report

    def progress(job: Job, fraction: float, message: str = "") -> None:
        if message.startswith("writing") and not pressed.is_set():
            opened.backend.progress.emit(fraction, message)
            assert pressed.wait(10)
        original(job, fraction, message)

    def press(fraction: float, message: str) -> None:
        if message.startswith("writing") and not pressed.is_set():
            button = wizard.run_page.progress.cancel
            assert button.isVisible()
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            pressed.set()

    monkeypatch.setattr(Job, "report", progress)
    opened.backend.progress.connect(press)
    report = next_page(wizard, qtbot, RUN)
    assert report is None
    assert pressed.is_set()
    assert wizard.run_page.summary.text() == "Import cancelled; nothing was imported."
    assert len(opened.bodies()) == 2
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_a_file_that_is_not_the_chosen_format_is_explained_and_not_imported(
    qtbot: Any, opened: Opened, tmp_path: Path
) -> None:
    table = tmp_path / "cases.csv"
    table.write_text("Name,Text\nA,B\n", encoding="utf-8")
    wizard = open_on(opened, qtbot, table, "csv")
    wizard.source_page.choose_format("omb")
    assert wizard.source_page.nextId() == CHECK  # no mapping for a register
    assert next_page(wizard, qtbot, CHECK) is None
    text = wizard.check_page.summary.text()
    assert "cannot be imported as US federal AI use case inventory" in text
    assert "missing" in text  # which columns the format needs
    assert "Go Back to choose another format or file" in text
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert len(opened.bodies()) == 2


def drop(window: MainWindow, path: Path) -> tuple[bool, bool]:
    """Drag `path` over the window and drop it: (enter accepted, drop accepted)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPointF(window.width() / 2, window.height() / 2)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    dropped = QDropEvent(point, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, dropped)
    return enter.isAccepted(), dropped.isAccepted()


def test_a_table_dropped_on_the_window_opens_the_wizard_but_a_bundle_does_not(
    qtbot: Any, opened: Opened, tmp_path: Path
) -> None:
    table = tmp_path / "cases.json"
    table.write_text(json.dumps([{"naam": "Route planner"}]), encoding="utf-8")
    assert drop(opened.window, table) == (True, True)
    wizard = opened.window.importing.wizard
    assert wizard is not None
    assert wizard.isVisible()
    assert wizard.source_page.file_box.text() == str(table)
    qtbot.waitUntil(lambda: wizard.source_page.buttons["json"].isChecked(), timeout=WAIT)
    wizard.close()
    bundle = tmp_path / "from-riga.casebook"
    bundle.write_text("not a bundle", encoding="utf-8")
    with qtbot.waitSignal(opened.window.exchange.reported, timeout=WAIT):
        assert drop(opened.window, bundle) == (True, True)  # taken by Exchange
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    assert drop(opened.window, notes) == (False, False)  # neither imports it
    assert opened.window.importing.wizard is wizard  # no new wizard for a bundle


def test_selected_cases_are_exported_in_every_format(
    qtbot: Any, opened: Opened, tmp_path: Path
) -> None:
    window = opened.window
    menu = QMenu()
    window.entry_export.fill_menu(menu)
    assert [a.isEnabled() for a in menu.actions()] == [False]  # nothing selected yet
    window.table.selectAll()
    window.entry_export.fill_menu(menu)
    labels = [a.text() for a in menu.actions()]
    assert len(labels) >= 5
    assert any("PDF" in label for label in labels)
    ids = window.selected_ids()
    assert len(ids) == 2
    out = tmp_path / "two.html"
    with qtbot.waitSignal(window.exported, timeout=WAIT):
        window.entry_export.export(ids, "html", out)
    text = out.read_text("utf-8")
    assert "Chatbot for building permit questions" in text
    assert "Traffic light timing" in text
    assert "Exported 2 cases" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.exported, timeout=WAIT):
        window.entry_export.export(ids[:1], "md", tmp_path / "one.md")
    assert "Traffic light timing" not in (tmp_path / "one.md").read_text("utf-8")


def test_workshop_mode_records_practice_after_practice(qtbot: Any, opened: Opened) -> None:
    form = opened.window.importing.open_workshop()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=WAIT)  # for its shortcuts
    assert form.counter.text() == "0 practices recorded this session"
    assert set(form._widgets) == {spec.key for spec in form.fields}
    assert "description" not in form._widgets  # the short form only

    def type_into(key: str, text: str) -> None:
        widget = form._widgets[key]
        widget.setFocus()
        qtbot.keyClicks(widget, text)

    type_into("title", "Pothole reports from bus cameras")
    # Incomplete: Ctrl+Enter saves nothing and says what is missing.
    qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form._errors["summary"].isVisible()
    assert len(opened.bodies()) == 2
    type_into("summary", "Cameras on buses spot potholes for the road crew.")
    type_into("organisation.name", "City of Helsinki")
    type_into("location.country", "FI")
    with qtbot.waitSignal(form.saved, timeout=WAIT):
        qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.counter.text() == "1 practice recorded this session"
    assert form.isVisible()  # ready for the next one
    title = form._widgets["title"]
    assert isinstance(title, QLineEdit)
    assert title.text() == ""
    country = form._widgets["location.country"]
    assert isinstance(country, QLineEdit)
    assert country.text() == "FI"  # kept for the next practice
    recorded = [b for b in opened.bodies() if b["title"] == "Pothole reports from bus cameras"]
    assert len(recorded) == 1
    assert recorded[0]["source"]["dataset"] == "workshop"
    assert recorded[0]["kind"] == "good_practice"
    drafts = opened.home / "drafts"
    assert not list(drafts.glob("*.json"))  # the saved practice's draft is gone

    # The next practice is kept as a draft while it is typed, like in the editor.
    type_into("title", "Chatbot for building permit questions")
    form.save_draft_now()
    saved = [json.loads(p.read_text("utf-8")) for p in drafts.glob("*.json")]
    assert [d["body"]["title"] for d in saved] == ["Chatbot for building permit questions"]
    assert saved[0]["body"]["location"]["country"] == "FI"
    # A practice that is already there is pointed out (the keyword index finds it).
    qtbot.waitUntil(form.banner.isVisible, timeout=WAIT)
    assert "similar" in form.banner.text()
    form.reject()
    assert list(drafts.glob("*.json"))  # closing keeps the unsaved practice as a draft


@needs_corpus
def test_the_dutch_register_through_the_wizard(qtbot: Any, opened: Opened) -> None:
    wizard = open_on(opened, qtbot, NL_FILE, "algoritmeregister")
    report = next_page(wizard, qtbot, CHECK)
    assert (report.rows_read, report.to_add, report.invalid_rows) == (1530, 1530, 0)
    page = wizard.check_page
    assert page.preview.rowCount() == 50
    assert page.preview.item(0, 5).text() == "nl"  # language, as it will be stored
    assert page.preview.item(0, 7).text()  # the register id
    report = next_page(wizard, qtbot, RUN)
    assert len(report.changes.added) == 1530
    qtbot.waitUntil(lambda: opened.window.model.rowCount() == 1532, timeout=WAIT)
