"""Settings: semantic search on or off, the interface language, where the home folder is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from . import i18n, theme

SEMANTIC_KEY = "search/semantic"
LANGUAGE_KEY = "interface/language"


def semantic_enabled(settings: QSettings) -> bool:
    return bool(settings.value(SEMANTIC_KEY, True, type=bool))


def interface_language(settings: QSettings) -> str:
    return str(settings.value(LANGUAGE_KEY, "en"))


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
        self.language = QComboBox(self)
        for label, code in i18n.available():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(settings.value(LANGUAGE_KEY, "en")))
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

    def accept(self) -> None:
        self.settings.setValue(SEMANTIC_KEY, self.semantic.isChecked())
        self.settings.setValue(LANGUAGE_KEY, self.language.currentData())
        self.settings.setValue(theme.APPEARANCE_KEY, self.appearance.currentData())
        self.settings.sync()
        theme.apply_appearance(str(self.appearance.currentData()))
        super().accept()
