"""The interface language: Qt's translation machinery, with a translation made in the test."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from catalogue.catalogue import Catalogue
from desktop import i18n
from desktop.backend import Backend
from desktop.main_window import MainWindow
from desktop.settings_dialog import SettingsDialog

DUTCH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context><name>MainWindow</name>
<message><source>&amp;File</source><translation>&amp;Bestand</translation></message>
<message><source>Keyword</source><translation>Trefwoord</translation></message>
</context>
<context><name>Sidebar</name>
<message><source>Saved searches</source><translation>Bewaarde zoekopdrachten</translation></message>
<message><source>Country</source><translation>Land</translation></message>
</context>
</TS>
"""


@pytest.fixture
def backend(home: Path) -> Iterator[Backend]:
    made = Backend(home, lambda: Catalogue.open(home, author="tester", auto_backup=False))
    yield made
    made.close()


def compiled(folder: Path) -> Path:
    (folder / "casebook_nl.ts").write_text(DUTCH, "utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(folder / "casebook_nl.ts")], check=True, timeout=60)
    assert (folder / "casebook_nl.qm").exists()
    return folder


def test_a_compiled_translation_changes_the_interface(
    qtbot: Any, tmp_path: Path, backend: Backend, home: Path
) -> None:
    folder = compiled(tmp_path)
    assert ("Nederlands", "nl") in i18n.available(folder)
    app = QCoreApplication.instance()
    assert app is not None
    translators = i18n.install(app, "nl", folder)
    try:
        assert translators
        settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(backend, settings, load_model=False)
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert "&Bestand" in menus
        assert window.sidebar.saved.text(0) == "Bewaarde zoekopdrachten"
        assert window.mode_box.itemText(window.mode_box.findData("keyword")) == "Trefwoord"
        window.sidebar.set_facets({"country": [("NL", 3)]})
        assert window.sidebar._facet_items["country"].text(0) == "Land"
        # Strings without a translation stay in English.
        assert window.sidebar.library.text(0).startswith("Library")
    finally:
        i18n.uninstall(app, translators)


def test_english_needs_no_file_and_settings_list_the_languages(
    qtbot: Any, tmp_path: Path, home: Path
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    assert i18n.install(app, "en") == []
    assert i18n.available(tmp_path) == [("English", "en")]
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(settings, home)
    qtbot.addWidget(dialog)
    codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert codes[:2] == ["system", "en"]


def test_every_interface_string_is_extracted_in_a_named_context(tmp_path: Path) -> None:
    """lupdate files each string under its class (or the context given to `translate`); a
    string outside any context could never be translated."""
    desktop = Path(__file__).resolve().parents[2] / "desktop"
    ts = tmp_path / "casebook_xx.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = [str(p) for p in sorted(desktop.rglob("*.py"))]
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(ts)], check=True, timeout=120, capture_output=True
    )
    text = ts.read_text("utf-8")
    assert text.count("<source>") > 200
    assert "<name></name>" not in text


def test_strings_moved_out_of_the_window_keep_the_window_context(tmp_path: Path) -> None:
    """The menus (window_menus.py), the progress area and the search panel left
    main_window.py; their strings are still extracted under "MainWindow", so existing
    translations keep applying."""
    desktop = Path(__file__).resolve().parents[2] / "desktop"
    ts = tmp_path / "casebook_xx.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = [str(p) for p in sorted(desktop.rglob("*.py"))]
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(ts)], check=True, timeout=120, capture_output=True
    )
    text = ts.read_text("utf-8")
    window = text.split("<name>MainWindow</name>", 1)[1].split("</context>", 1)[0]
    for source in ("&amp;File", "Undo delete", "Cancel background work", "Search mode", "Keyword"):
        assert f"<source>{source}</source>" in window, source


def test_the_forms_validation_messages_are_translated(qtbot: Any) -> None:
    """The catalogue's messages about a field (English) are shown in the interface's
    language; each pattern matches what the catalogue really says (a changed message there
    fails here), and an unknown message stays as it was."""
    from catalogue.entry import validate_entry
    from catalogue.errors import InvalidEntry
    from desktop.entry_fields import PROBLEM_TEXTS, problem_text
    from tests.conftest import sample_entry

    bad = sample_entry(
        title="",
        kind="bogus",
        location={"country": "XX", "nuts": "??"},
        language="not a language!",
        start="2024-13",
        links=[{"url": "no address", "title": "x"}],
    )
    bad.pop("summary")
    with pytest.raises(InvalidEntry) as raised:
        validate_entry(bad)
    messages = [p.message for p in raised.value.problems]
    matched = {
        template
        for message in messages
        for pattern, template in PROBLEM_TEXTS
        if pattern.match(message)
    }
    assert len(matched) >= 5, messages
    app = QCoreApplication.instance()
    assert app is not None
    translators = i18n.install(app, "fi")
    try:
        assert problem_text("is required; fill it in") == "on pakollinen; täytä se"
        country = next(m for m in messages if "country code" in m)
        assert problem_text(country).startswith("'XX' ei ole maakoodi")
        assert problem_text("something new") == "something new"
    finally:
        i18n.uninstall(app, translators)
