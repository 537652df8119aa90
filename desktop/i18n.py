"""The interface language, with Qt's translation machinery.

Strings shown by the app are written in English inside `tr()` (or `translate()` for module
constants). A translation is a Qt Linguist file: `make translations` extracts the strings
into `desktop/translations/casebook_<lang>.ts` (pyside6-lupdate), a translator fills it in
with Qt Linguist, and `pyside6-lrelease` makes the `.qm` file the app loads. A language
appears in Settings as soon as its `.qm` file is in `desktop/translations/`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

FOLDER = Path(__file__).parent / "translations"
# Names of the partners' languages in their own words, for the Settings list.
NATIVE_NAMES = {
    "en": "English",
    "fi": "Suomi",
    "nl": "Nederlands",
    "it": "Italiano",
    "ro": "Română",
    "lv": "Latviešu",
}


def available(folder: Path = FOLDER) -> list[tuple[str, str]]:
    """(name, code) of English and of every language with a compiled translation."""
    codes = sorted(p.stem.removeprefix("casebook_") for p in folder.glob("casebook_*.qm"))
    return [("English", "en")] + [(NATIVE_NAMES.get(c, c), c) for c in codes if c != "en"]


def install(app: QCoreApplication, language: str, folder: Path = FOLDER) -> list[QTranslator]:
    """Load Casebook's and Qt's own translations for `language` into `app` (nothing for
    English or a language without a file). Returns the translators (keep them alive)."""
    if not language or language == "en":
        return []
    installed = []
    casebook = QTranslator(app)
    if casebook.load(f"casebook_{language}", str(folder)):
        app.installTranslator(casebook)
        installed.append(casebook)
    qt = QTranslator(app)  # Qt's own dialogs: Yes/No, Cancel, file dialogs
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def translate(context: str, text: str) -> str:
    """`text` in the interface language (for strings outside a QObject)."""
    return QCoreApplication.translate(context, text)
