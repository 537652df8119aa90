"""The conflict resolver: an entry's concurrent versions side by side, one row per field.

Rows where the versions differ are highlighted and offer a choice per version; the other
rows are shown for context. The last column holds the merged value of each differing row:
the chosen version's, or text the user writes there (read like `casebook edit --set`:
lists comma-separated or JSON). "Use all of this version" picks one version for every row.
Saving writes one merge revision on top of every head (`sync.resolve`) on the db worker.
"""

from __future__ import annotations

import copy
import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from catalogue import entry
from catalogue.catalogue import Changes
from catalogue.errors import CasebookError

from .. import theme
from ..backend import Core, describe_error
from ..operations import WriteOp

if TYPE_CHECKING:
    from sync import Conflict

    from ..backend import Backend

MISSING = object()
VALUE_CHARS = 700  # longer values are cut in the view (the saved merge keeps them whole)


def _box_style(name: str) -> str:
    """A highlighted box: the `name`_bg background, its border, the palette's text colour."""
    return (
        f"background: {theme.colour(name + '_bg')}; "
        f"border: 1px solid {theme.colour(name + '_border')}; border-radius: 3px;"
    )


SAME_STYLE = "color: palette(placeholder-text);"


def field_value(body: dict[str, Any], name: str) -> Any:
    """The value of a (one level) dotted field in a body, or MISSING."""
    key, _, sub = name.partition(".")
    value = body.get(key, MISSING)
    if sub:
        return value.get(sub, MISSING) if isinstance(value, dict) else MISSING
    return value


def put_field(body: dict[str, Any], name: str, value: Any) -> None:
    """Set (or with MISSING remove) a dotted field in a body."""
    key, _, sub = name.partition(".")
    if not sub:
        if value is MISSING:
            body.pop(key, None)
        else:
            body[key] = copy.deepcopy(value)
        return
    inner = body.get(key)
    if not isinstance(inner, dict):
        inner = {}
    if value is MISSING:
        inner.pop(sub, None)
    else:
        inner[sub] = copy.deepcopy(value)
    if inner:
        body[key] = inner
    else:
        body.pop(key, None)


def show_value(value: Any) -> str:
    """A value as plain text for a cell."""
    if value is MISSING or value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, list) and all(isinstance(v, (str, int)) for v in value):
        text = ", ".join(str(v) for v in value)
    elif isinstance(value, dict):
        text = "\n".join(f"{k.replace('_', ' ')}: {_flat(v)}" for k, v in value.items())
    elif isinstance(value, list):
        text = "\n".join(f"• {_flat(v)}" for v in value)
    else:
        text = str(value)
    return text if len(text) <= VALUE_CHARS else text[:VALUE_CHARS] + "…"


def edit_text(value: Any) -> str:
    """A value as text to edit, read back by `catalogue.entry.set_field` (the rules of
    `casebook edit --set`): text as it is, a list of words comma-separated, else JSON."""
    if value is MISSING or value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) and "," not in v for v in value):
        return ", ".join(value)
    return json.dumps(value, ensure_ascii=False)


def _flat(value: Any) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k.replace('_', ' ')}: {_flat(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_flat(v) for v in value)
    return json.dumps(value, ensure_ascii=False) if value is None else str(value)


def field_rows(conflict: Conflict) -> list[str]:
    """The rows to show, in the schema's field order: every field any version has, a nested
    object split into its parts where the versions differ inside it."""
    bodies = [h.body for h in conflict.heads]
    keys = {k for b in bodies for k in b}
    from catalogue.entry_models import ENTRY_FIELDS  # pydantic: only when resolving

    order = [k for k in ENTRY_FIELDS if k in keys] + sorted(keys - set(ENTRY_FIELDS))
    rows: list[str] = []
    for key in order:
        subs = [f for f in conflict.fields if f.startswith(key + ".")]
        if subs:
            inner = {s for b in bodies if isinstance(b.get(key), dict) for s in b[key]}
            rows += [f"{key}.{s}" for s in sorted(inner)]
        else:
            rows.append(key)
    return rows


def label_of(name: str) -> str:
    """A field name as a row label (`organisation.name` → `Organisation › name`)."""
    parts = name.replace("_", " ").split(".")
    return " › ".join([parts[0].capitalize(), *parts[1:]])


class ConflictResolver(QDialog):
    """Resolve one conflict. `choices[field]` is the index of the chosen head, `merged[field]`
    the editor of the merged value (`edited` holds the fields whose text the user changed);
    `resolved` is emitted with the entry id once the merge revision is saved."""

    resolved = Signal(str)
    failed = Signal(str)

    def __init__(self, backend: Backend, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.conflict = conflict
        self.changes: Changes | None = None
        self.choices: dict[str, int] = dict.fromkeys(conflict.fields, 0)
        self._groups: dict[str, QButtonGroup] = {}
        self.merged: dict[str, QPlainTextEdit] = {}
        self.edited: set[str] = set()
        self._setting = False
        self.setWindowTitle(self.tr("Resolve conflict — {title}").format(title=conflict.title))
        self.setAccessibleName(self.tr("Conflict resolver"))
        self.resize(1200, 760)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "<b>{title}</b> was edited in %n places before they exchanged, so it has "
                "%n versions. They differ in the highlighted rows: choose one version per "
                "row, or use all of one version, or write the value you want in the last "
                "column; then save. Every version stays in the history; the merged one "
                "travels to partners in the next bundle.",
                "",
                len(conflict.heads),
            ).format(title=_html(conflict.title)),
            self,
        )
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("What to do"))
        layout.addWidget(intro)
        self.only_differences = QCheckBox(self.tr("Show only the fields that differ"), self)
        self.only_differences.setAccessibleName(self.tr("Show only the fields that differ"))
        self.only_differences.toggled.connect(self._only_differences)
        layout.addWidget(self.only_differences)
        self._same_rows: list[QWidget] = []
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Versions side by side"))
        grid_host = QWidget(scroll)
        self.grid = QGridLayout(grid_host)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._fill(grid_host)
        scroll.setWidget(grid_host)
        layout.addWidget(scroll, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Resolver message"))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save merged version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Save merged version"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Close without resolving"))
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _fill(self, host: QWidget) -> None:
        grid, heads = self.grid, self.conflict.heads
        field_header = QLabel(self.tr("<b>Field</b>"), host)
        grid.addWidget(field_header, 0, 0)
        for column, head in enumerate(heads, start=1):
            shown = self.tr(" (shown now)") if head.shown else ""
            title = QLabel(
                self.tr(
                    "<b>Version {letter}</b>{shown}<br>{author}, {when}<br>installation {origin}"
                ).format(
                    letter=chr(ord("A") + column - 1),
                    shown=shown,
                    author=_html(head.author or "?"),
                    when=_html(head.authored_at),
                    origin=_html(head.origin[:8]),
                ),
                host,
            )
            title.setAccessibleName(self.tr("Version {letter}").format(letter=chr(64 + column)))
            grid.addWidget(title, 0, column)
            use_all = QPushButton(self.tr("Use all of this version"), host)
            use_all.setAccessibleName(
                self.tr("Use all of version {letter}").format(letter=chr(64 + column))
            )
            use_all.clicked.connect(lambda _=False, i=column - 1: self.choose_all(i))
            grid.addWidget(use_all, 1, column)
            grid.setColumnStretch(column, 1)
        merged_column = len(heads) + 1
        merged_title = QLabel(
            self.tr("<b>Merged version</b><br>what is saved; you can edit it"), host
        )
        merged_title.setAccessibleName(self.tr("Merged version"))
        grid.addWidget(merged_title, 0, merged_column)
        grid.setColumnStretch(merged_column, 1)
        for row, name in enumerate(field_rows(self.conflict), start=2):
            differs = name in self.choices
            label = QLabel(("● " if differs else "") + label_of(name), host)
            label.setAlignment(Qt.AlignmentFlag.AlignTop)
            if differs:
                label.setStyleSheet("font-weight: bold;")
            grid.addWidget(label, row, 0)
            if not differs:
                self._same_rows.append(label)
            group = QButtonGroup(self) if differs else None
            if group is not None:
                self._groups[name] = group
                group.idClicked.connect(lambda i, n=name: self.choose(n, i))
            for column, head in enumerate(heads, start=1):
                cell = self._cell(host, name, head.body, group, column - 1)
                grid.addWidget(cell, row, column)
                if not differs:
                    self._same_rows.append(cell)
            if differs:
                grid.addWidget(
                    self._merged_cell(host, name),
                    row,
                    merged_column,
                    alignment=Qt.AlignmentFlag.AlignTop,
                )
        # The space left over goes below the rows, not between them.
        grid.setRowStretch(grid.rowCount(), 1)

    def _cell(
        self,
        host: QWidget,
        name: str,
        body: dict[str, Any],
        group: QButtonGroup | None,
        index: int,
    ) -> QWidget:
        frame = QFrame(host)
        box = QVBoxLayout(frame)
        box.setContentsMargins(6, 4, 6, 4)
        value = QLabel(show_value(field_value(body, name)), frame)
        value.setWordWrap(True)
        value.setTextFormat(Qt.TextFormat.PlainText)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setAccessibleName(
            self.tr("{field} in version {letter}").format(
                field=label_of(name), letter=chr(65 + index)
            )
        )
        if group is None:
            value.setStyleSheet(SAME_STYLE)
            box.addWidget(value)
            box.addStretch(1)
            return frame
        frame.setObjectName("differs")
        frame.setStyleSheet(f"QFrame#differs {{{_box_style('differs')}}}")
        radio = QRadioButton(self.tr("Use this"), frame)
        radio.setAccessibleName(
            self.tr("Use {field} from version {letter}").format(
                field=label_of(name), letter=chr(65 + index)
            )
        )
        radio.setChecked(index == 0)
        group.addButton(radio, index)
        box.addWidget(radio)
        box.addWidget(value)
        box.addStretch(1)
        return frame

    def _merged_cell(self, host: QWidget, name: str) -> QWidget:
        text = edit_text(field_value(self.conflict.heads[0].body, name))
        editor = QPlainTextEdit(text, host)
        editor.setObjectName("merged")
        editor.setAccessibleName(self.tr("Merged {field}").format(field=label_of(name)))
        editor.setTabChangesFocus(True)
        lines = max(2, min(8, len(text) // 45 + text.count("\n") + 1))
        editor.setFixedHeight(QFontMetrics(editor.font()).lineSpacing() * lines + 14)
        editor.textChanged.connect(lambda n=name: self._typed(n))
        self.merged[name] = editor
        return editor

    def _typed(self, name: str) -> None:
        """The user wrote in a merged cell: it no longer follows a version's choice (unless
        the text is that version's again)."""
        if self._setting:
            return
        chosen = edit_text(field_value(self.conflict.heads[self.choices[name]].body, name))
        group, editor = self._groups[name], self.merged[name]
        if editor.toPlainText() == chosen:
            self.edited.discard(name)
            editor.setStyleSheet("")
            self._check(name, self.choices[name])
            return
        self.edited.add(name)
        editor.setStyleSheet(f"QPlainTextEdit#merged {{{_box_style('edited')}}}")
        group.setExclusive(False)
        for button in group.buttons():
            button.setChecked(False)
        group.setExclusive(True)

    def _check(self, name: str, index: int) -> None:
        button = self._groups[name].button(index)
        if not button.isChecked():
            button.setChecked(True)

    def _only_differences(self, only: bool) -> None:
        for widget in self._same_rows:
            widget.setVisible(not only)

    # -- choosing and saving -----------------------------------------------------------------

    def choose(self, name: str, index: int) -> None:
        """Take `name` from head `index`."""
        if name not in self.choices or not 0 <= index < len(self.conflict.heads):
            raise ValueError(f"no choice {name!r} / {index}")
        self.choices[name] = index
        self._check(name, index)
        self._setting = True
        try:
            editor = self.merged[name]
            editor.setPlainText(edit_text(field_value(self.conflict.heads[index].body, name)))
            editor.setStyleSheet("")
        finally:
            self._setting = False
        self.edited.discard(name)

    def write(self, name: str, text: str) -> None:
        """Type `text` as the merged value of `name` (what the user does in its cell)."""
        if name not in self.merged:
            raise ValueError(f"{name!r} is not a field in conflict")
        self.merged[name].setPlainText(text)

    def choose_all(self, index: int) -> None:
        """Take every differing field from head `index`."""
        for name in self.choices:
            self.choose(name, index)

    def merged_body(self) -> dict[str, Any]:
        """The shown version with each differing field taken from the chosen version, or
        read from the text written for it; `CasebookError` if a text cannot be read."""
        heads = self.conflict.heads
        body = copy.deepcopy(heads[0].body)
        for name, index in self.choices.items():
            if name not in self.edited:
                put_field(body, name, field_value(heads[index].body, name))
        for name in sorted(self.edited):
            body = entry.set_field(body, name, self.merged[name].toPlainText())
        return body

    def save(self) -> None:
        """Write the merge revision on the db worker; the dialog closes when it is saved."""
        import sync

        try:
            entry_id, body = self.conflict.id, self.merged_body()
        except CasebookError as exc:
            self._not_saved("; ".join(exc.lines()))
            return
        self.save_button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saving…"))

        def write(core: Core) -> Changes:
            return sync.resolve(core.catalogue, entry_id, body=body)

        def done(changes: Changes) -> None:
            self.changes = changes
            self.resolved.emit(entry_id)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            if isinstance(exc, CasebookError):
                self._not_saved("; ".join(exc.lines()))
            else:
                self._not_saved(describe_error(exc))

        WriteOp(self.backend, write).success(done).failure(failed).run(self)

    def _not_saved(self, reason: str) -> None:
        text = self.tr("Not saved: {reason}. Nothing was changed.").format(reason=reason)
        self.message.setStyleSheet(theme.text_style("error"))
        self.message.setText(text)
        self.failed.emit(text)


def _html(text: str) -> str:
    import html

    return html.escape(text, quote=True)
