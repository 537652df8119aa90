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

SEMANTIC_KEY = "search/semantic"
LANGUAGE_KEY = "interface/language"
# Interface languages with a translation; more (fi, nl, it, ro, lv) are added as .qm files.
LANGUAGES = (("English", "en"),)


def semantic_enabled(settings: QSettings) -> bool:
    return bool(settings.value(SEMANTIC_KEY, True, type=bool))


class SettingsDialog(QDialog):
    """Changes apply at the next start (the model is loaded, or not, when the app opens)."""

    def __init__(self, settings: QSettings, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")
        form = QFormLayout(self)
        self.semantic = QCheckBox("Search by meaning (loads a language model, ~500 MB of memory)")
        self.semantic.setChecked(semantic_enabled(settings))
        form.addRow("Semantic search", self.semantic)
        self.language = QComboBox(self)
        for label, code in LANGUAGES:
            self.language.addItem(label, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(settings.value(LANGUAGE_KEY, "en")))
        )
        form.addRow("Interface language", self.language)
        where = QWidget(self)
        row = QHBoxLayout(where)
        row.setContentsMargins(0, 0, 0, 0)
        path = QLabel(str(home), where)
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(path, 1)
        show = QPushButton("Open", where)
        show.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(home))))
        row.addWidget(show)
        form.addRow("Home folder", where)
        hint = QLabel(
            "Another home folder: start Casebook with <code>--home FOLDER</code> or set "
            "<code>CASEBOOK_HOME</code>. Changes here apply at the next start.",
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
        self.settings.sync()
        super().accept()
