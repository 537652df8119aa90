"""The entry editor: inline validation, drafts that survive, near-duplicate warning, saving."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from casebook.home import load_starter
from catalogue.catalogue import Catalogue
from desktop.backend import Backend
from desktop.drafts import load_drafts, new_draft, save_draft
from desktop.editor import EntryEditor, parse_links

WAIT = 60_000


@pytest.fixture
def backend(home: Path, loader: Any) -> Iterator[Backend]:
    def open_catalogue() -> Catalogue:
        catalogue = Catalogue.open(home, author="tester", auto_backup=False)
        if catalogue.count_entries() == 0:
            load_starter(catalogue)
        return catalogue

    made = Backend(home, open_catalogue, loader)
    yield made
    made.close()


def type_into(qtbot: Any, editor: EntryEditor, key: str, text: str) -> None:
    widget = editor._widgets[key]
    assert isinstance(widget, QLineEdit | QPlainTextEdit)
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif isinstance(widget, QLineEdit):  # QTest types ASCII only
        widget.insert(text)
    else:
        widget.insertPlainText(text)


def test_problems_are_shown_next_to_their_fields(qtbot: Any, backend: Backend) -> None:
    editor = EntryEditor(backend)
    qtbot.addWidget(editor)
    type_into(qtbot, editor, "title", "Night-time chatbot")
    type_into(qtbot, editor, "location.country", "Finland")
    problems = dict(editor.validate())
    assert set(problems) == {"summary", "organisation", "location.country"}
    assert not editor._errors["summary"].isHidden()
    assert "required" in editor._errors["organisation.name"].text()  # the missing object's field
    assert "use two letters" in editor._errors["location.country"].text()
    assert editor._errors["title"].isHidden()


def test_what_is_typed_is_kept_as_a_draft_and_can_be_restored(
    qtbot: Any, backend: Backend, home: Path
) -> None:
    editor = EntryEditor(backend)
    qtbot.addWidget(editor)
    type_into(qtbot, editor, "title", "Chatbot for parking permits")
    qtbot.waitUntil(lambda: len(load_drafts(home)) == 1, timeout=WAIT)  # within a second
    assert load_drafts(home)[0].body["title"] == "Chatbot for parking permits"
    editor.reject()  # closing the window keeps it
    (draft,) = load_drafts(home)
    again = EntryEditor(backend, draft=draft)
    qtbot.addWidget(again)
    assert again._widgets["title"].text() == "Chatbot for parking permits"  # type: ignore[attr-defined]


def test_discard_removes_the_draft(
    qtbot: Any, backend: Backend, home: Path, monkeypatch: Any
) -> None:
    editor = EntryEditor(backend)
    qtbot.addWidget(editor)
    type_into(qtbot, editor, "title", "Throwaway")
    editor.save_draft_now()
    monkeypatch.setattr("desktop.editor.ask", lambda *a: True)
    editor.discard()
    assert load_drafts(home) == []


def test_a_near_duplicate_is_announced_while_typing(qtbot: Any, backend: Backend) -> None:
    editor = EntryEditor(backend)
    qtbot.addWidget(editor)
    editor.show()
    type_into(qtbot, editor, "title", "Automated parking control with scan cars")
    qtbot.waitUntil(lambda: editor.banner.isVisible(), timeout=WAIT)
    assert "similar case" in editor.banner.text()
    assert "scan cars" in editor.banner.text()


def test_saving_a_valid_case_adds_it_and_removes_the_draft(
    qtbot: Any, backend: Backend, home: Path, tmp_path: Path
) -> None:
    editor = EntryEditor(backend)
    qtbot.addWidget(editor)
    type_into(qtbot, editor, "title", "Workshop practice: AI triage of pothole reports")
    type_into(qtbot, editor, "summary", "Residents' photos of potholes are sorted by a model.")
    type_into(qtbot, editor, "organisation.name", "City of Bacău")
    type_into(qtbot, editor, "location.country", "RO")
    type_into(qtbot, editor, "links", "Project page | https://example.org/potholes")
    attachment = tmp_path / "notes.txt"
    attachment.write_text("workshop notes", "utf-8")
    editor.add_files([attachment])
    editor.save_draft_now()
    with qtbot.waitSignal(editor.saved, timeout=WAIT) as blocker:
        editor.save()
    entry_id, changes = blocker.args
    assert entry_id in changes.added
    assert load_drafts(home) == []
    catalogue = Catalogue.open(home, auto_backup=False)
    try:
        body = catalogue.get_entry(entry_id).body
    finally:
        catalogue.close()
    assert body["location"]["country"] == "RO"
    assert body["links"] == [{"title": "Project page", "url": "https://example.org/potholes"}]
    assert body["attachments"][0]["name"] == "notes.txt"


def test_an_invalid_case_is_not_saved(qtbot: Any, backend: Backend, home: Path) -> None:
    editor = EntryEditor(backend)
    qtbot.addWidget(editor)
    type_into(qtbot, editor, "title", "Only a title")
    with qtbot.assertNotEmitted(editor.saved, wait=500):
        editor.save()
    assert not editor._errors["summary"].isHidden()


def test_drafts_survive_a_damaged_file(home: Path) -> None:
    save_draft(home, new_draft(None, None, {"title": "Kept"}))
    (home / "drafts" / "broken.json").write_text("{not json", "utf-8")
    assert [d.title for d in load_drafts(home)] == ["Kept"]


def test_links_are_read_one_per_line() -> None:
    assert parse_links("Site | https://a.eu\nhttps://b.eu\n\n") == [
        {"title": "Site", "url": "https://a.eu"},
        {"url": "https://b.eu"},
    ]


def test_transfers_are_added_edited_and_removed_with_the_keyboard(
    qtbot: Any, backend: Backend, home: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView

    from desktop.transfers_table import TransfersTable

    def typing_in_a_cell() -> Any:
        qtbot.waitUntil(
            lambda: table.table.state() == QAbstractItemView.State.EditingState, timeout=WAIT
        )

        # The current cell's editor: the line edit the table opened over it.
        def found() -> list[QLineEdit]:
            view = table.table
            return [
                e
                for e in view.viewport().findChildren(QLineEdit)
                if e.isVisible() and view.indexAt(e.geometry().center()) == view.currentIndex()
            ]

        qtbot.waitUntil(lambda: len(found()) == 1, timeout=WAIT)
        return found()[0]

    editor = EntryEditor(backend)
    qtbot.addWidget(editor)
    editor.show()
    type_into(qtbot, editor, "title", "Chatbot for waste collection questions")
    type_into(qtbot, editor, "summary", "A chatbot answers residents about waste collection.")
    type_into(qtbot, editor, "organisation.name", "City of Tampere")
    type_into(qtbot, editor, "location.country", "FI")
    table = editor._widgets["interreg.transfers"]
    assert isinstance(table, TransfersTable)
    # A row: the partner, Tab, the action plan, Tab, a date that is not one.
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    for text in ("Riga Digital Agency", "Riga AI action plan", "next spring"):
        cell = typing_in_a_cell()
        qtbot.keyClicks(cell, text)
        qtbot.keyClick(cell, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: len(table.value()) == 1, timeout=WAIT)
    assert table.value()[0]["partner"] == "Riga Digital Agency"
    problems = dict(editor.validate())
    assert "interreg.transfers[0].date" in problems
    assert "Transfer 1, date" in editor._errors["interreg.transfers"].text()
    # Fix the date, add a second row, remove it again.
    table.table.item(0, 2).setText("2026-05")
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    cell = typing_in_a_cell()
    qtbot.keyClicks(cell, "Bacau County Council")  # QTest types ASCII only
    qtbot.keyClick(cell, Qt.Key.Key_Tab)
    assert [t["partner"] for t in table.value()] == ["Riga Digital Agency", "Bacau County Council"]
    table.table.setCurrentCell(1, 0)
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert editor.validate() == []
    with qtbot.waitSignal(editor.saved, timeout=WAIT) as blocker:
        editor.save()
    entry_id, _ = blocker.args
    with Catalogue.open(home, auto_backup=False) as catalogue:
        body = catalogue.get_entry(entry_id).body
    assert body["interreg"]["transfers"] == [
        {"partner": "Riga Digital Agency", "action_plan": "Riga AI action plan", "date": "2026-05"}
    ]
