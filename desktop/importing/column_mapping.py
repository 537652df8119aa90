"""The import wizard's column mapping for generic csv, xlsx and json files: one row per
column of the file with a few sample values and a drop-down of entry fields
(`catalogue.importers.generic.known_fields`), values that are the same for every row, and
loading or saving the mapping as the JSON file `casebook import --mapping` reads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from catalogue.jobs import Job

from .. import theme
from ..backend import Core, describe_error
from ..entry_fields import SECTIONS
from ..i18n import translate
from .wizard_parts import CHECK, WizardHost

if TYPE_CHECKING:
    from catalogue.importers.preview import FileColumns

ID_CHOICE = "(id)"  # the column that identifies a row across files (`id_column`)
MAPPING_FILTER = "Column mapping (*.json)"


def field_label(key: str) -> str:
    """An entry field as the editor names it, in the interface language ("Otsikko"), with
    its key ("title"), which mapping files use; the key alone for a field the editor lacks."""
    for _, specs in SECTIONS:
        for spec in specs:
            if spec.key == key:
                label = translate("EntryEditor", str(spec.label)).rstrip(" *")
                return f"{label} ({key})"
    return key


class MappingPage(QWizardPage):
    """Which column fills which entry field."""

    def __init__(self, wizard: WizardHost, parent: QWizard) -> None:
        super().__init__(parent)
        self.wizard_ = wizard
        self.found: FileColumns | None = None
        self.setTitle(translate("ImportWizard", "Columns"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "Choose the entry field each column fills. Columns left at “not imported” are "
                "ignored. Title, summary, organisation, country and language are required.",
            )
        )
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.sheet_label = QLabel(translate("ImportWizard", "Sheet:"), self)
        self.sheet_box = QComboBox(self)
        self.sheet_box.setAccessibleName(translate("ImportWizard", "Sheet"))
        self.sheet_box.activated.connect(lambda _: self._load(self.sheet_box.currentText()))
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet_box)
        top.addStretch(1)
        load = QPushButton(translate("ImportWizard", "Load mapping…"), self)
        load.clicked.connect(self._ask_load)
        save = QPushButton(translate("ImportWizard", "Save mapping…"), self)
        save.clicked.connect(self._ask_save)
        top.addWidget(load)
        top.addWidget(save)
        layout.addLayout(top)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(translate("ImportWizard", "Column mapping"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("ImportWizard", "Column"),
                translate("ImportWizard", "First values"),
                translate("ImportWizard", "Entry field"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        fixed = QFormLayout()
        self.language = QLineEdit("en", self)
        self.language.setAccessibleName(translate("ImportWizard", "Language of every row"))
        self.language.setPlaceholderText(
            translate("ImportWizard", "e.g. en, nl, fi (when no column gives it)")
        )
        self.country = QLineEdit(self)
        self.country.setAccessibleName(translate("ImportWizard", "Country of every row"))
        self.country.setPlaceholderText(
            translate("ImportWizard", "e.g. FI (when no column gives it)")
        )
        for box in (self.language, self.country):
            box.setMaximumWidth(260)
            box.textChanged.connect(lambda _: self._changed())
        fixed.addRow(translate("ImportWizard", "Language of every row:"), self.language)
        fixed.addRow(translate("ImportWizard", "Country of every row:"), self.country)
        layout.addLayout(fixed)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    # -- the file's columns ------------------------------------------------------------------

    def initializePage(self) -> None:
        self._load(None)

    def _load(self, sheet: str | None) -> None:
        from catalogue.importers.preview import file_columns, guess_mapping

        fmt, path = self.wizard_.format, self.wizard_.path
        assert path is not None
        self.table.setRowCount(0)
        self.message.setStyleSheet("")
        self.message.setText(translate("ImportWizard", "Reading the columns…"))

        def read(core: Core, job: Job) -> tuple[FileColumns, dict[str, str]]:
            found = file_columns(fmt, path, sheet=sheet)
            return found, guess_mapping(found.columns)

        def show(result: tuple[FileColumns, dict[str, str]]) -> None:
            found, guessed = result
            self.found = found
            self.sheet_box.clear()
            self.sheet_box.addItems(found.sheets)
            if found.sheet:
                self.sheet_box.setCurrentText(found.sheet)
            self.sheet_label.setVisible(bool(found.sheets))
            self.sheet_box.setVisible(bool(found.sheets))
            self._fill(found, guessed)

        def failed(exc: BaseException) -> None:
            self.found = None
            self.message.setText(
                describe_error(exc)
                + "\n"
                + translate("ImportWizard", "Go Back to choose another format or file.")
            )
            self.message.setStyleSheet(theme.text_style("error"))
            self.completeChanged.emit()

        self.wizard_.run_job(read, show, failed)

    def _fill(self, found: FileColumns, chosen: dict[str, str]) -> None:
        from catalogue.importers.generic import known_fields

        fields = known_fields()
        self.table.setRowCount(len(found.columns))
        for row, column in enumerate(found.columns):
            self.table.setItem(row, 0, QTableWidgetItem(column))
            samples = " · ".join(found.samples.get(column, []))
            sample = QTableWidgetItem(samples)
            sample.setToolTip(samples)
            self.table.setItem(row, 1, sample)
            combo = QComboBox(self.table)
            combo.setAccessibleName(
                translate("ImportWizard", "Entry field for {column}").format(column=column)
            )
            combo.addItem(translate("ImportWizard", "— not imported —"), "")
            combo.addItem(
                translate("ImportWizard", "id: matches rows when a newer file is imported"),
                ID_CHOICE,
            )
            for name in fields:
                combo.addItem(field_label(name), name)
            index = combo.findData(chosen.get(column, ""))
            combo.setCurrentIndex(max(0, index))
            combo.currentIndexChanged.connect(lambda _: self._changed())
            self.table.setCellWidget(row, 2, combo)
        self._changed()

    def combo(self, column: str) -> QComboBox | None:
        """The drop-down of a column (tests choose fields through it)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.text() == column:
                widget = self.table.cellWidget(row, 2)
                return widget if isinstance(widget, QComboBox) else None
        return None

    # -- the mapping -------------------------------------------------------------------------

    def mapping(self) -> dict[str, Any]:
        """The mapping as `casebook import --mapping` reads it."""
        columns: dict[str, str] = {}
        id_column = None
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            combo = self.table.cellWidget(row, 2)
            if item is None or not isinstance(combo, QComboBox):
                continue
            target = str(combo.currentData() or "")
            if target == ID_CHOICE:
                id_column = item.text()
            elif target:
                columns[item.text()] = target
        values = {}
        if self.language.text().strip() and "language" not in columns.values():
            values["language"] = self.language.text().strip()
        if self.country.text().strip() and "location.country" not in columns.values():
            values["location.country"] = self.country.text().strip()
        mapping: dict[str, Any] = {"columns": columns}
        if values:
            mapping["values"] = values
        if id_column:
            mapping["id_column"] = id_column
        if self.found is not None and self.found.sheet and self.wizard_.format == "xlsx":
            mapping["sheet"] = self.found.sheet
        if self.found is not None and self.found.records:
            mapping["records"] = self.found.records
        return mapping

    def _changed(self) -> None:
        from catalogue.importers.preview import missing_required

        if self.found is None:
            return
        mapping = self.mapping()
        fields = list(mapping["columns"].values())
        twice = sorted({f for f in fields if fields.count(f) > 1})
        missing = missing_required(mapping)
        if twice:
            self.message.setText(
                translate(
                    "ImportWizard", "Each field can come from one column only: {fields}."
                ).format(fields=", ".join(twice))
            )
            self.message.setStyleSheet(theme.text_style("error"))
        elif missing:
            self.message.setText(
                translate(
                    "ImportWizard",
                    "Still needed: {fields}. Choose the column for each, or type a value below.",
                ).format(fields=", ".join(missing))
            )
            self.message.setStyleSheet(theme.text_style("error"))
        else:
            self.message.setText(
                translate("ImportWizard", "Every required field has a column or a value.")
            )
            self.message.setStyleSheet(theme.text_style("success"))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        from catalogue.importers.preview import missing_required

        if self.found is None or self.wizard_.busy:
            return False
        mapping = self.mapping()
        fields = list(mapping["columns"].values())
        return not missing_required(mapping) and len(fields) == len(set(fields))

    def validatePage(self) -> bool:
        self.wizard_.mapping = self.mapping()
        return True

    def nextId(self) -> int:
        return CHECK

    # -- mapping files -----------------------------------------------------------------------

    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ImportWizard", "Save the column mapping"),
            str(self._folder() / "mapping.json"),
            MAPPING_FILTER,
        )
        if path:
            self.save_mapping(Path(path))

    def save_mapping(self, path: Path) -> None:
        """Write the mapping as a file for `casebook import FORMAT FILE --mapping`."""
        try:
            path.write_text(json.dumps(self.mapping(), ensure_ascii=False, indent=2) + "\n")
        except OSError as exc:
            self._say(
                translate(
                    "ImportWizard", "Cannot write {path} ({reason}); choose another file."
                ).format(path=path, reason=exc.strerror),
                False,
            )
            return
        self._say(translate("ImportWizard", "Saved the mapping as {path}.").format(path=path), True)

    def _ask_load(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("ImportWizard", "Load a column mapping"),
            str(self._folder()),
            MAPPING_FILTER,
        )
        if path:
            self.load_mapping(Path(path))

    def load_mapping(self, path: Path) -> None:
        """Take the choices of a mapping file (checked first; a bad file changes nothing)."""
        from catalogue.errors import CasebookError
        from catalogue.importers.generic import check_mapping

        try:
            data = json.loads(path.read_text("utf-8"))
            check_mapping(data, path.name)
        except (OSError, ValueError) as exc:
            self._say(
                translate("ImportWizard", "{path} is not a mapping file ({reason}).").format(
                    path=path.name, reason=exc
                ),
                False,
            )
            return
        except CasebookError as exc:
            details = "; ".join(f"{p.field}: {p.message}" for p in exc.problems)
            self._say(f"{exc.message}: {details}", False)
            return
        if self.found is None:
            return
        absent = [c for c in data["columns"] if c not in self.found.columns]
        chosen = dict(data["columns"])
        if data.get("id_column"):
            chosen[data["id_column"]] = ID_CHOICE
        values = data.get("values", {})
        self.language.setText(str(values.get("language", "")))
        self.country.setText(str(values.get("location.country", "")))
        self._fill(self.found, chosen)
        if absent:
            self._say(
                translate(
                    "ImportWizard",
                    "The file has no column {columns}; those lines of the mapping are left out.",
                ).format(columns=", ".join(repr(a) for a in absent)),
                False,
            )

    def _say(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(theme.text_style("success" if ok else "error"))

    def _folder(self) -> Path:
        path = self.wizard_.path
        return path.parent if path is not None else Path.home()
