"""The committed translations (desktop/translations/): complete against the current sources,
with the plural forms each language needs and the same placeholders as the English; the
language chosen in Settings or else the system's; the locale's numbers, dates and plurals."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QWidget

from catalogue.catalogue import Catalogue
from desktop import i18n
from desktop.backend import Backend
from desktop.exchange.texts import ImportCounts
from desktop.main_window import MainWindow
from desktop.settings_dialog import LANGUAGE_KEY, SYSTEM, SettingsDialog, interface_language

LANGUAGES = ("fi", "nl", "it", "ro", "lv")
# Qt's plural rules (lrelease): one/other; Romanian one/few/other; Latvian one/other/zero.
PLURAL_FORMS = {"fi": 2, "nl": 2, "it": 2, "ro": 3, "lv": 3}
DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
TOOLS = Path(sys.executable).parent


def ts_file(language: str) -> Path:
    return i18n.FOLDER / f"casebook_{language}.ts"


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ET.Element]:
    """Each committed .ts brought up to date with the current sources by lupdate (as `make
    translations` does), in a scratch folder: a new string comes in unfinished, a string no
    longer in the sources is marked vanished."""
    folder = tmp_path_factory.mktemp("ts")
    copies = []
    for language in LANGUAGES:
        assert ts_file(language).exists(), f"no translation for {language}"
        copies.append(shutil.copy(ts_file(language), folder))
    sources = [str(p) for p in sorted(DESKTOP.glob("*.py")) + sorted(DESKTOP.glob("*/*.py"))]
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-ts", *map(str, copies)],
        check=True,
        timeout=300,
        capture_output=True,
    )
    return {lang: ET.parse(folder / f"casebook_{lang}.ts").getroot() for lang in LANGUAGES}


def messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def translations(message: ET.Element) -> list[str]:
    """The translation, or each plural form of it."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(refreshed: dict[str, ET.Element], language: str) -> None:
    """No unfinished (or new), vanished or obsolete message: a string added to the window
    fails here until every language has it (`make translations`, then Qt Linguist)."""
    problems = []
    for context, message in messages(refreshed[language]):
        source = message.findtext("source")
        translation = message.find("translation")
        state = "missing" if translation is None else translation.get("type")
        if state is not None:
            problems.append(f"{state}: {context}: {source!r}")
        elif not all(text.strip() for text in translations(message)):
            problems.append(f"empty: {context}: {source!r}")
    assert not problems, f"{language}: {len(problems)} to do\n" + "\n".join(problems[:40])


@pytest.mark.parametrize("name", [f"casebook_{lang}" for lang in LANGUAGES] + ["qtbase_ro"])
def test_the_compiled_file_is_the_translation(tmp_path: Path, name: str) -> None:
    """The committed .qm is what lrelease makes of the committed .ts (nobody forgot to
    compile after a correction)."""
    source = shutil.copy(i18n.FOLDER / f"{name}.ts", tmp_path)
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(source)], check=True, timeout=60, capture_output=True
    )
    committed = i18n.FOLDER / f"{name}.qm"
    assert committed.read_bytes() == (tmp_path / committed.name).read_bytes(), (
        f"run `make translations` to compile {name}.ts"
    )


PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n|<[^>]+>|&&|&(?=\w)")


def placeholders(text: str) -> Counter[str]:
    """`{name}` fields, `%n`/`%Ln`, HTML tags, `&&` and one `&` accelerator (any letter)."""
    found = Counter(PLACEHOLDER.findall(text))
    if found.pop("&", 0):
        found["accelerator"] = 1
    return found


def ends(text: str) -> tuple[bool, bool]:
    """Whether `text` starts and ends with a space (" (shown now)", "Sync folder: ")."""
    return text[:1].isspace(), text[-1:].isspace()


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_plural_forms_match(language: str) -> None:
    root = ET.parse(ts_file(language)).getroot()
    problems = []
    for context, message in messages(root):
        source = message.findtext("source") or ""
        texts = translations(message)
        if message.get("numerus") == "yes" and len(texts) != PLURAL_FORMS[language]:
            problems.append(f"{len(texts)} plural forms: {context}: {source!r}")
        for text in texts:
            if placeholders(text) != placeholders(source):
                problems.append(f"{context}: {source!r} -> {text!r}")
            if ends(text) != ends(source):
                problems.append(f"spaces at the ends differ: {context}: {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


def test_the_language_file_says_its_language() -> None:
    for language in LANGUAGES:
        root = ET.parse(ts_file(language)).getroot()
        assert root.get("language", "").split("_")[0] == language


# -- the language chosen ---------------------------------------------------------------------


def test_the_system_language_by_default_the_settings_choice_otherwise(home: Path) -> None:
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    finnish, german = QLocale("fi_FI"), QLocale("de_DE")
    assert interface_language(settings, system=finnish) == "fi"
    assert interface_language(settings, system=german) == "en"  # no German translation
    settings.setValue(LANGUAGE_KEY, "ro")
    assert interface_language(settings, system=finnish) == "ro"
    settings.setValue(LANGUAGE_KEY, "en")
    assert interface_language(settings, system=finnish) == "en"
    settings.setValue(LANGUAGE_KEY, SYSTEM)
    assert interface_language(settings, system=QLocale("lv_LV")) == "lv"
    settings.setValue(LANGUAGE_KEY, "xx")  # a translation since removed
    assert interface_language(settings, system=QLocale("nl_BE")) == "nl"


def test_settings_offer_the_system_language_and_every_translation(qtbot: Any, home: Path) -> None:
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(settings, home)
    qtbot.addWidget(dialog)
    codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert codes[:2] == [SYSTEM, "en"]
    assert set(LANGUAGES) <= set(codes)
    assert dialog.language.currentData() == SYSTEM  # nothing chosen yet
    dialog.language.setCurrentIndex(dialog.language.findData("it"))
    dialog.accept()
    assert settings.value(LANGUAGE_KEY) == "it"
    assert interface_language(settings) == "it"


@pytest.fixture
def installed() -> Iterator[Any]:
    """Installs a language for one test, then goes back to English and the system locale."""
    app = QCoreApplication.instance()
    assert app is not None
    done: list[Any] = []

    def install(language: str) -> None:
        i18n.uninstall(app, done)
        done[:] = i18n.install(app, language)
        assert done or language == "en", language

    yield install
    i18n.uninstall(app, done)


def test_counts_take_the_plural_form_of_the_language(installed: Any) -> None:
    counts = ImportCounts()
    assert [counts.conflicts(n) for n in (0, 1, 2)] == ["0 conflicts", "1 conflict", "2 conflicts"]
    installed("lv")
    assert [counts.conflicts(n) for n in (0, 1, 2, 21)] == [
        "0 konfliktu",
        "1 konflikts",
        "2 konflikti",
        "21 konflikts",
    ]
    installed("ro")
    assert [counts.conflicts(n) for n in (1, 2, 20)] == [
        "1 conflict",
        "2 conflicte",
        "20 de conflicte",
    ]
    installed("fi")
    assert counts.already(3, 5) == "jo täällä 3/5 revisiosta"


def test_qt_dialogs_speak_every_language(installed: Any) -> None:
    """Qt's own buttons (the wizard's Back and Next, OK/Cancel) come from Qt's translations,
    and for Romanian, which Qt lacks, from desktop/translations/qtbase_ro.ts."""
    back = {"fi": "< E&dellinen", "nl": "< &Terug", "it": "< &Precedente", "ro": "< Î&napoi"}
    for language, text in back.items():
        installed(language)
        assert QCoreApplication.translate("QWizard", "< &Back") == text
    installed("ro")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Anulați"


def test_numbers_and_dates_follow_the_language(installed: Any) -> None:
    installed("fi")
    assert i18n.number(12345) == QLocale("fi").toString(12345) != "12,345"
    assert i18n.date("2026-03-05T09:00:00Z") == "5.3.2026"
    installed("nl")
    assert i18n.number(12345) == "12.345"
    assert i18n.date("2026-03-05") == "05-03-2026"
    installed("en")
    assert i18n.date("2026-03-05T09:00:00Z") == "2026-03-05"


# -- the window in each language -------------------------------------------------------------


@pytest.fixture
def backend(home: Path) -> Iterator[Backend]:
    made = Backend(home, lambda: Catalogue.open(home, author="tester", auto_backup=False))
    yield made
    made.close()


def shown_texts(window: QWidget) -> list[str]:
    """The texts of the window's menus (all levels), buttons, labels and list headers."""
    texts = [window.windowTitle()]
    menus = [action.menu() for action in window.menuBar().actions()]
    texts += [action.text() for action in window.menuBar().actions()]
    while menus:
        menu = menus.pop()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            texts.append(action.text())
            menus.append(action.menu())
    texts += [action.text() for action in window.findChildren(QAction)]
    texts += [button.text() for button in window.findChildren(QAbstractButton)]
    texts += [label.text() for label in window.findChildren(QLabel)]
    model = window.table.model()  # type: ignore[attr-defined]
    texts += [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    return [text for text in texts if text]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_window_shows_no_english_left(
    qtbot: Any, home: Path, backend: Backend, installed: Any, language: str
) -> None:
    """Every text of the main window's menus, buttons, labels and headers is translated,
    and the menu bar's accelerators are distinct."""
    root = ET.parse(ts_file(language)).getroot()
    english = {
        message.findtext("source") or ""
        for _, message in messages(root)
        if message.findtext("source") not in translations(message)
    }
    installed(language)
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(backend, settings, load_model=False)
    qtbot.addWidget(window)
    left = sorted({text for text in shown_texts(window) if text in english})
    assert not left, f"{language}: still in English: {left}"
    keys = [re.search(r"&(\w)", action.text()) for action in window.menuBar().actions()]
    letters = [match.group(1).lower() for match in keys if match]
    assert len(letters) == len(window.menuBar().actions()) == len(set(letters)), letters
