"""The entry editor: a form in sections, checked as you type, saved as a draft continuously.

Each form field edits one dotted key of the entry body (`location.city`); fields the form
does not show (attachments, source, assessments) are kept from the entry as they are. The
whole body is validated by the catalogue's own rules after every pause in typing, and each
problem is shown under its field. While the title or summary changes, the search worker
looks for near-duplicates and a banner offers to open them.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from catalogue.catalogue import Changes, EntryRecord
from catalogue.entry import prune, validate_entry
from catalogue.errors import InvalidEntry

from . import theme
from .backend import Backend, Core, describe_error
from .drafts import Draft, discard_draft, new_draft, save_draft
from .drops import local_files
from .entry_fields import SECTIONS, FieldSpec, Sections, problem_text
from .i18n import number, value
from .operations import ReadOp, WriteOp
from .questions import ask
from .transfers_table import TransfersTable

# The labels' group (`catalogue/labels.py`) of each choice field's codes.
CODED_GROUPS = {
    "organisation.type": "organisation_type",
    "ai_act.risk_tier": "risk",
    "interreg.validation": "validation",
}

VALIDATE_DELAY_MS = 400
DUPLICATE_DELAY_MS = 700
DRAFT_DELAY_MS = 800


def _get(body: dict[str, Any], key: str) -> Any:
    value: Any = body
    for part in key.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _set(body: dict[str, Any], key: str, value: Any) -> None:
    parts = key.split(".")
    target = body
    for part in parts[:-1]:
        target = target.setdefault(part, {})
    target[parts[-1]] = value


def links_text(links: list[dict[str, Any]]) -> str:
    return "\n".join(
        f"{link.get('title')} | {link['url']}" if link.get("title") else str(link["url"])
        for link in links
    )


def parse_links(text: str) -> list[dict[str, str]]:
    links = []
    for line in text.splitlines():
        if not line.strip():
            continue
        title, _, url = line.rpartition("|") if "|" in line else ("", "", line)
        link = {"url": url.strip()}
        if title.strip():
            link["title"] = title.strip()
        links.append(link)
    return links


class EntryEditor(QDialog):
    """Edits one entry (or a new one). `saved(entry_id, changes)` after a successful save
    (the write's `changed` has reached the window by then)."""

    saved = Signal(str, object)
    open_requested = Signal(str)
    sections: Sections = SECTIONS  # the form's fields (the workshop form has fewer)

    def __init__(
        self,
        backend: Backend,
        record: EntryRecord | None = None,
        draft: Draft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.home: Path = backend.home
        self.record = record
        base = copy.deepcopy(record.body) if record else self.new_body()
        if draft is not None:
            self.draft = draft
            base = copy.deepcopy(draft.body)
        else:
            self.draft = new_draft(
                record.id if record else None, record.rev if record else None, base
            )
        self._base = base
        self._widgets: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._pending_files: list[Path] = []
        self.attachments: QListWidget | None = None
        self._duplicates: list[tuple[str, str]] = []
        self._saving = False
        self._discarded = False
        self.setWindowTitle(
            self.tr("Edit — {title}").format(title=record.body["title"])
            if record
            else self.tr("New case")
        )
        self.setAccessibleName(self.tr("Entry editor"))
        self.setAcceptDrops(True)
        self.resize(760, 820)
        self._build()
        self._fill(base)
        self._validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self.validate)
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft_now)
        self._duplicate_timer = QTimer(self, singleShot=True, interval=DUPLICATE_DELAY_MS)
        self._duplicate_timer.timeout.connect(self._look_for_duplicates)
        if draft is not None:
            self.validate()

    # -- form -------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.banner.linkActivated.connect(self._banner_link)
        self.banner.setStyleSheet(
            f"background:{theme.colour('note_bg')};color:{theme.colour('note_fg')};"
            "padding:6px;border-radius:4px"
        )
        self.banner.setAccessibleName(self.tr("Similar cases warning"))
        self.banner.hide()
        outer.addWidget(self.banner)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        inner = QWidget(scroll)
        column = QVBoxLayout(inner)
        for title, specs in self.sections:
            box = QGroupBox(self.tr(str(title)), inner)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for spec in specs:
                widget = self._widget_for(spec, box)
                error = QLabel(box)
                error.setStyleSheet(theme.text_style("error"))
                error.setWordWrap(True)
                error.hide()
                holder = QWidget(box)
                stack = QVBoxLayout(holder)
                stack.setContentsMargins(0, 0, 0, 0)
                stack.addWidget(widget)
                stack.addWidget(error)
                form.addRow(self.tr(str(spec.label)), holder)
                self._widgets[spec.key] = widget
                self._errors[spec.key] = error
            if title == "Links and attachments":
                self.attachments = QListWidget(box)
                self.attachments.setAccessibleName(self.tr("Attachments"))
                self.attachments.setMaximumHeight(90)
                add = QPushButton(self.tr("Add files… (or drop them here)"), box)
                add.clicked.connect(self._choose_files)
                form.addRow("Attachments", self.attachments)
                form.addRow("", add)
            column.addWidget(box)
        column.addStretch(1)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(theme.text_style("error"))
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        outer.addWidget(self.general_error)
        self._add_buttons(outer)

    def new_body(self) -> dict[str, Any]:
        """The body a new entry starts from."""
        return {"language": "en"}

    @property
    def fields(self) -> list[FieldSpec]:
        return [spec for _, specs in self.sections for spec in specs]

    def _add_buttons(self, outer: QVBoxLayout) -> None:
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        discard = buttons.addButton(
            self.tr("Discard changes"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        buttons.accepted.connect(self.save)
        discard.clicked.connect(self.discard)
        outer.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)

    def _widget_for(self, spec: FieldSpec, parent: QWidget) -> QWidget:
        widget: QWidget
        if spec.kind == "choice":
            combo = QComboBox(parent)
            combo.addItem("—", None)
            group = CODED_GROUPS.get(spec.key, spec.key)
            for choice in spec.choices:
                combo.addItem(value(group, choice, choice.replace("_", " ")), choice)
            combo.currentIndexChanged.connect(lambda _: self._changed(spec.key))
            widget = combo
        elif spec.kind == "transfers":
            table = TransfersTable(parent)
            table.changed.connect(lambda: self._changed(spec.key))
            widget = table
        elif spec.kind in ("text", "links"):
            text = QPlainTextEdit(parent)
            text.setTabChangesFocus(True)
            text.setMinimumHeight(110 if spec.key == "description" else 60)
            text.setPlaceholderText(self.tr(str(spec.hint)) if spec.hint else "")
            text.textChanged.connect(lambda: self._changed(spec.key))
            widget = text
        else:
            line = QLineEdit(parent)
            line.setPlaceholderText(self.tr(str(spec.hint)) if spec.hint else "")
            line.textChanged.connect(lambda _: self._changed(spec.key))
            widget = line
        widget.setAccessibleName(self.tr(str(spec.label)).rstrip(" *"))
        return widget

    def _fill(self, body: dict[str, Any]) -> None:
        for spec in self.fields:
            widget = self._widgets[spec.key]
            value = _get(body, spec.key)
            widget.blockSignals(True)
            if isinstance(widget, TransfersTable):
                widget.set_value(value or [])
            elif isinstance(widget, QComboBox):
                index = widget.findData(value) if value else 0
                widget.setCurrentIndex(max(0, index))
            elif isinstance(widget, QPlainTextEdit):
                text = links_text(value or []) if spec.kind == "links" else str(value or "")
                widget.setPlainText(text)
            elif isinstance(widget, QLineEdit):
                text = ", ".join(value) if spec.kind == "list" and value else str(value or "")
                widget.setText(text)
            widget.blockSignals(False)
        if self.attachments is None:
            return
        self.attachments.clear()
        for attachment in body.get("attachments", []):
            self.attachments.addItem(
                self.tr("{name} ({size} bytes)").format(
                    name=attachment["name"], size=number(attachment["size"])
                )
            )

    def body(self) -> dict[str, Any]:
        """The entry as the form has it: the original body with the form's fields set."""
        body = copy.deepcopy(self._base)
        for spec in self.fields:
            widget = self._widgets[spec.key]
            value: Any
            if isinstance(widget, TransfersTable):
                value = widget.value()
            elif isinstance(widget, QComboBox):
                value = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                text = widget.toPlainText()
                value = parse_links(text) if spec.kind == "links" else text.strip()
            elif isinstance(widget, QLineEdit):
                text = widget.text()
                value = (
                    [v.strip() for v in text.split(",") if v.strip()]
                    if spec.kind == "list"
                    else text.strip()
                )
            else:  # pragma: no cover
                continue
            _set(body, spec.key, value)
        result: dict[str, Any] = prune(body) or {}
        return result

    # -- as you type ------------------------------------------------------------------------

    def _changed(self, key: str) -> None:
        self._validate_timer.start()
        self._draft_timer.start()
        if key in ("title", "summary"):
            self._duplicate_timer.start()

    def validate(self) -> list[tuple[str, str]]:
        """Check the form with the catalogue's rules; show each problem under its field.
        Returns the problems as (field, message)."""
        for label in self._errors.values():
            label.hide()
        self.general_error.hide()
        problems: list[tuple[str, str]] = []
        try:
            validate_entry(self.body())
        except InvalidEntry as exc:
            problems = [(p.field, problem_text(p.message)) for p in exc.problems]
        general = []
        for field, message in problems:
            shown = self._error_label(field)
            row = re.match(r"interreg\.transfers\[(\d+)\]\.?(\w*)", field)
            if row:  # which row and column of the Transfers table
                message = self.tr("Transfer {n}, {column}: {message}").format(
                    n=int(row.group(1)) + 1, column=row.group(2) or "—", message=message
                )
            if shown is None:
                general.append(f"{field}: {message}" if field else message)
            else:
                shown.setText((shown.text() + "\n" if shown.isVisible() else "") + message)
                shown.show()
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        return problems

    def _error_label(self, field: str) -> QLabel | None:
        key = field.split("[", 1)[0]
        if key in self._errors:
            return self._errors[key]
        top = key.split(".", 1)[0]
        for spec_key, label in self._errors.items():  # e.g. "location" for a NUTS rule
            if spec_key.startswith(top + "."):
                return label if key == top else self._errors.get(key)
        return None

    def save_draft_now(self) -> None:
        """Write the form to its draft file (also called on every pause in typing)."""
        self.draft.body = self.body()
        save_draft(self.home, self.draft)

    def _look_for_duplicates(self) -> None:
        draft = self.body()
        if not (draft.get("title") or draft.get("summary")):
            self.banner.hide()
            return
        exclude = self.record.id if self.record else None

        def find(core: Core) -> list[tuple[str, str]]:
            assert core.search is not None
            found = core.search.near_duplicates(draft, exclude=exclude)
            return [(d.id, d.title) for d in found]

        ReadOp(self.backend, find, worker="search").success(self._show_duplicates).failure(
            lambda exc: None
        ).run(self)

    def _show_duplicates(self, found: list[tuple[str, str]]) -> None:
        self._duplicates = found
        if not found:
            self.banner.hide()
            return
        import html

        links = " · ".join(
            f'<a href="open:{html.escape(i, quote=True)}">{html.escape(t)}</a>'
            for i, t in found[:3]
        )
        more = f" and {len(found) - 3} more" if len(found) > 3 else ""
        noun = "case exists" if len(found) == 1 else "cases exist"
        self.banner.setText(
            f"<b>{len(found)} similar {noun}</b> — is this one of them? {links}{more} "
            '· <a href="dismiss:">continue anyway</a>'
        )
        self.banner.show()

    def _banner_link(self, link: str) -> None:
        if link.startswith("open:"):
            self.open_requested.emit(link.removeprefix("open:"))
        else:
            self.banner.hide()

    # -- attachments ------------------------------------------------------------------------

    def _choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        files, _ = QFileDialog.getOpenFileNames(self, "Attach files")
        self.add_files([Path(f) for f in files])

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            if self.attachments is not None and path.is_file() and path not in self._pending_files:
                self._pending_files.append(path)
                self.attachments.addItem(
                    self.tr("{name} (attached when saved)").format(name=path.name)
                )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_files(local_files(event.mimeData()))
        event.acceptProposedAction()

    # -- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        """Validate, then write the entry (and its new attachments) on the db worker."""
        if self._saving:
            return
        problems = self.validate()
        if problems:
            first = self._error_label(problems[0][0])
            if first is not None:
                first.parentWidget().findChild(QWidget).setFocus()  # type: ignore[union-attr]
            return
        self.save_draft_now()
        body = self.body()
        entry_id = self.record.id if self.record else None
        files = list(self._pending_files)
        self._saving = True
        self.save_button.setEnabled(False)

        def write(core: Core) -> tuple[str, Changes]:
            catalogue = core.catalogue
            if entry_id is None:
                changes = catalogue.add_entry(body)
                written = changes.added[0]
            else:
                changes = catalogue.update_entry(entry_id, body)
                written = entry_id
            for path in files:
                changes.merge(catalogue.attach_file(written, path))
            return written, changes

        WriteOp(self.backend, write).changes(lambda result: result[1]).success(
            self._written
        ).failure(self._not_written).run(self)

    def _written(self, result: tuple[str, Changes]) -> None:
        entry_id, changes = result
        discard_draft(self.home, self.draft.draft_id)
        self._saving = False
        self.saved.emit(entry_id, changes)
        self.accept()

    def _not_written(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.general_error.setText(describe_error(exc) + " — your text is kept as a draft.")
        self.general_error.show()

    def is_changed(self) -> bool:
        return self.body() != (prune(copy.deepcopy(self._base)) or {})

    def discard(self) -> None:
        """Throw the form away (asking first if anything was typed)."""
        if self.is_changed() and not ask(
            self, self.tr("Discard changes?"), self.tr("Throw away what you typed in this form?")
        ):
            return
        self._discarded = True
        self.reject()

    def reject(self) -> None:
        """Closing the window (or Escape) keeps what was typed as a draft, offered again at
        the next start; only "Discard changes" throws it away."""
        self._draft_timer.stop()
        if not self._discarded and self.is_changed():
            self.save_draft_now()
        else:
            discard_draft(self.home, self.draft.draft_id)
        super().reject()
