"""Settings: semantic search on or off, the interface language, where the home folder is;
and the About box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import i18n, theme

SEMANTIC_KEY = "search/semantic"
LANGUAGE_KEY = "interface/language"
SYSTEM = "system"  # the language setting that follows the system's language


def semantic_enabled(settings: QSettings) -> bool:
    return bool(settings.value(SEMANTIC_KEY, True, type=bool))


def interface_language(settings: QSettings, system: QLocale | None = None) -> str:
    """The language to show: the Settings choice, or the system's when there is none (or
    "As the system" was chosen, or its translation is gone); English when the system's
    language has no translation."""
    return i18n.choose(str(settings.value(LANGUAGE_KEY, SYSTEM)), system=system)


def appearance(settings: QSettings) -> str:
    """ "system", "light" or "dark"."""
    value = str(settings.value(theme.APPEARANCE_KEY, "system"))
    return value if value in {code for _, code in theme.APPEARANCES} else "system"


class SettingsDialog(QDialog):
    """The appearance applies at once; the rest at the next start (the model is loaded, or
    not, when the app opens)."""

    def __init__(self, settings: QSettings, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        form = QFormLayout(self)
        self.semantic = QCheckBox(
            self.tr("Search by meaning (loads a language model, ~500 MB of memory)")
        )
        self.semantic.setChecked(semantic_enabled(settings))
        form.addRow(self.tr("Semantic search"), self.semantic)
        form.addRow(self.tr("Meaning model"), self._model_row(home))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Interface language"))
        languages = i18n.available()
        system = {code: name for name, code in languages}[
            i18n.system_language(code for _, code in languages)
        ]
        self.language.addItem(self.tr("As the system ({language})").format(language=system), SYSTEM)
        for label, code in languages:
            self.language.addItem(label, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(settings.value(LANGUAGE_KEY, SYSTEM)))
        )
        form.addRow(self.tr("Interface language"), self.language)
        self.appearance = QComboBox(self)
        self.appearance.setAccessibleName(self.tr("Appearance"))
        for name, value in theme.APPEARANCES:
            self.appearance.addItem(i18n.translate("Settings", str(name)), value)
        self.appearance.setCurrentIndex(self.appearance.findData(appearance(settings)))
        form.addRow(self.tr("Appearance"), self.appearance)
        where = QWidget(self)
        row = QHBoxLayout(where)
        row.setContentsMargins(0, 0, 0, 0)
        path = QLabel(str(home), where)
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(path, 1)
        show = QPushButton(self.tr("Open"), where)
        show.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(home))))
        row.addWidget(show)
        form.addRow(self.tr("Home folder"), where)
        hint = QLabel(
            self.tr(
                "Another home folder: start Casebook with <code>--home FOLDER</code> or set "
                "<code>CASEBOOK_HOME</code>. The appearance changes at once; the rest "
                "applies at the next start."
            ),
            self,
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _model_row(self, home: Path) -> QWidget:
        """The model that searches by meaning: the shipped MiniLM or a folder (the home's
        `model.json`, `search/models.py`)."""
        from search import models

        self.home = home
        self.model_folder = models.chosen_folder(home)
        row = QWidget(self)
        layout = QVBoxLayout(row)  # the folder above its buttons: a long path fits
        layout.setContentsMargins(0, 0, 0, 0)
        self.model_label = QLabel(row)
        self.model_label.setWordWrap(True)
        self.model_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.model_label)
        buttons = QHBoxLayout()
        choose = QPushButton(self.tr("Choose folder…"), row)
        choose.clicked.connect(self._choose_model)
        buttons.addWidget(choose)
        self.shipped_button = QPushButton(self.tr("Use the shipped model"), row)
        self.shipped_button.clicked.connect(lambda: self.set_model_folder(None))
        buttons.addWidget(self.shipped_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._show_model()
        return row

    def _show_model(self) -> None:
        shipped = self.model_folder is None
        self.model_label.setText(
            self.tr("Shipped: all-MiniLM-L6-v2") if shipped else str(self.model_folder)
        )
        self.shipped_button.setEnabled(not shipped)

    def _choose_model(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of a sentence-transformers model")
        )
        if not chosen:
            return
        problem = self.set_model_folder(Path(chosen))
        if problem:
            QMessageBox.warning(
                self,
                self.tr("Not a model folder"),
                self.tr("This folder cannot be used as the meaning model: {problem}").format(
                    problem=problem
                ),
            )

    def set_model_folder(self, folder: Path | None) -> str | None:
        """Take `folder` as the meaning model (None: the shipped one) when it is a model
        folder; otherwise return what is wrong and keep the previous choice."""
        from search import models

        problem = None if folder is None else models.folder_problem(folder)
        if problem is None:
            self.model_folder = folder
            self._show_model()
        return problem

    def accept(self) -> None:
        from search import models

        if self.model_folder != models.chosen_folder(self.home):
            # The model loads at the next start, which encodes the catalogue again in the
            # background (the other model's vectors stay).
            models.choose(self.home, self.model_folder)
        self.settings.setValue(SEMANTIC_KEY, self.semantic.isChecked())
        self.settings.setValue(LANGUAGE_KEY, self.language.currentData())
        self.settings.setValue(theme.APPEARANCE_KEY, self.appearance.currentData())
        self.settings.sync()
        theme.apply_appearance(str(self.appearance.currentData()))
        super().accept()


ABOUT = QT_TRANSLATE_NOOP(
    "About",
    """<h3>Casebook {version}</h3>
<p>A catalogue of AI good practices for European cities and regions, kept on your own
computer and exchanged with partners in signed bundles.</p>
<p>Free software under the EUPL 1.2. The starter cases are CC BY 4.0.</p>
<p><b>Translations.</b> The Finnish, Dutch, Italian, Romanian and Latvian texts of the
interface are first drafts, for partners to correct. To correct one, open
<code>desktop/translations/casebook_{code}.ts</code> in Qt Linguist
(<code>pyside6-linguist</code>), change the wording, save, and run
<code>make translations</code>; or send the corrected file to the developers.</p>""",
)


def show_about(parent: QWidget | None) -> None:
    """The About box: version, licences, and how to correct a translation."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        number = version("casebook")
    except PackageNotFoundError:
        number = ""
    language = QLocale().name().split("_")[0]
    text = i18n.translate("About", str(ABOUT)).format(
        version=number, code=language if language in i18n.NATIVE_NAMES else "fi"
    )
    QMessageBox.about(parent, i18n.translate("About", "About Casebook"), text)
