"""The interface language, with Qt's translation machinery.

Strings shown by the app are written in English inside `tr()` (or `translate()` for module
constants). A translation is a Qt Linguist file: `make translations` extracts the strings
into `desktop/translations/casebook_<lang>.ts` (pyside6-lupdate), a translator fills it in
with Qt Linguist, and `pyside6-lrelease` makes the `.qm` file the app loads. A language
appears in Settings as soon as its `.qm` file is in `desktop/translations/`.

Counts are Qt plural messages, `self.tr("%n case(s)", "", n)`: each language gives as many
forms as its grammar needs (Romanian and Latvian three), and `counted()` makes the English
of a message no translator took ("1 case", "2 cases"). `%Ln` writes the number in the
locale's way, as `number()` and `date()` do for numbers and dates put in with `format`.
The language is the Settings choice, else the system's (`choose`), and its QLocale becomes
the default locale.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, Qt, QTranslator

from catalogue import presentation

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


def system_language(codes: Iterable[str], system: QLocale | None = None) -> str:
    """The first of the system's interface languages (`LANGUAGE`, then the locale) that is
    one of `codes`; English when none is."""
    codes = set(codes)
    system = system if system is not None else QLocale.system()
    for name in [*system.uiLanguages(), system.name()]:
        code = re.split(r"[-_.@]", name, maxsplit=1)[0].lower()
        if code in codes:
            return code
    return "en"


def choose(setting: str, folder: Path = FOLDER, system: QLocale | None = None) -> str:
    """The interface language: the Settings choice when it is one of the translations,
    otherwise (no choice, "system", or a translation since removed) the system's."""
    codes = [code for _, code in available(folder)]
    if setting in codes:
        return setting
    return system_language(codes, system)


def install(app: QCoreApplication, language: str, folder: Path = FOLDER) -> list[QTranslator]:
    """Load Casebook's and Qt's own translations for `language` into `app` (nothing for
    English or a language without a file), and make its QLocale the default, for dates
    and numbers. Returns the translators (keep them alive)."""
    QLocale.setDefault(QLocale(language or "en"))
    if not language or language == "en":
        return []
    installed = []
    casebook = QTranslator(app)
    if casebook.load(f"casebook_{language}", str(folder)):
        app.installTranslator(casebook)
        installed.append(casebook)
    # Qt's own dialogs (Yes/No, Cancel, the wizard's buttons, file dialogs): Qt's file, or
    # ours where Qt has none (Romanian: desktop/translations/qtbase_ro.ts).
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", qt_folder) or qt.load(
        f"qtbase_{language}", str(folder)
    ):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo `install`: remove the translators and go back to the system's locale."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def translate(context: str, text: str) -> str:
    """`text` in the interface language (for strings outside a QObject)."""
    return QCoreApplication.translate(context, text)


_ENGLISH_PLURAL = re.compile(r"\((s|es)\)|y\(ies\)")


def counted(text: str, n: int) -> str:
    """A plural message (`tr("%n case(s)", "", n)`) as English reads it when no translator
    took it: "(s)" is dropped for one and becomes "s" otherwise ("entry(ies)": "entry",
    "entries"). A translation has no such brackets and passes unchanged."""

    def form(match: re.Match[str]) -> str:
        if match.group(0) == "y(ies)":
            return "y" if n == 1 else "ies"
        return "" if n == 1 else match.group(1)

    return _ENGLISH_PLURAL.sub(form, text)


def number(value: int | float) -> str:
    """A number as the interface language writes it (12 345 in Finnish, 12.345 in Dutch)."""
    return QLocale().toString(value)


def language() -> str:
    """The interface language's code as the exports' labels know it (`fi`), else `en`."""
    code = QLocale().name().split("_")[0]
    return code if code in presentation.LANGUAGES else presentation.ENGLISH


def value(group: str, code: str, english: str) -> str:
    """A coded value (`value("kind", "good_practice", "good practice")`) in the interface
    language, from the labels the exports use (`catalogue/labels.py`); `english` in English."""
    if language() == presentation.ENGLISH:
        return english
    return presentation.labels(language()).value(group, code)


def date(iso: str) -> str:
    """An ISO date (or the date part of a timestamp) in the locale's short format; English
    keeps the ISO form, which no English reader misreads."""
    day = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    if not day.isValid() or QLocale().language() in (QLocale.Language.C, QLocale.Language.English):
        return iso[:10]
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)


# Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko…) and bidirectional controls.
_BIDI = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def isolate(text: str) -> str:
    """Foreign text with right-to-left letters or bidi controls, isolated (FSI … PDI) so it
    cannot reorder what is drawn around it (a title with U+202E turning the next column
    backwards); other text unchanged."""
    return f"\u2068{text}\u2069" if _BIDI.search(text) else text
