"""Workshop mode: the entry editor cut down to the fields of the workshop spreadsheet, for
recording practice after practice at a workshop.

Save & next (Ctrl+Enter) saves the practice and empties the form for the next one,
keeping what is usually the same within a workshop (country, language, kind). What is
typed is kept as a draft like in the editor, the near-duplicate warning shows as in the
editor, and a counter says how many practices were recorded this session.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from catalogue.catalogue import Changes

from ..backend import Backend
from ..drafts import discard_draft, new_draft
from ..editor import EntryEditor
from ..entry_fields import WORKSHOP_SECTIONS, Sections
from ..i18n import counted

# Kept from one practice to the next: at a workshop these rarely change.
KEPT_FIELDS = ("location", "language", "kind")
ATTRIBUTION = "Recorded at a workshop in Casebook's workshop mode"


class WorkshopForm(EntryEditor):
    """The fast intake form; `saved(entry_id, changes)` after each practice."""

    sections: Sections = WORKSHOP_SECTIONS

    def __init__(
        self, backend: Backend, recorded: Callable[[], int], parent: QWidget | None = None
    ) -> None:
        super().__init__(backend, None, None, parent)
        self.recorded = recorded  # how many practices were saved this session
        self.setWindowTitle(self.tr("Workshop mode"))
        self.setAccessibleName(self.tr("Workshop mode"))
        self.resize(680, 760)
        self._count()

    def new_body(self) -> dict[str, Any]:
        return {
            "language": "en",
            "kind": "good_practice",
            "source": {
                "dataset": "workshop",
                "attribution": ATTRIBUTION,
                "retrieved": date.today().isoformat(),
            },
        }

    def _add_buttons(self, outer: QVBoxLayout) -> None:
        self.counter = QLabel(self)
        self.counter.setAccessibleName(self.tr("Practices recorded"))
        self.counter.setStyleSheet("font-weight:bold")
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save && next (Ctrl+Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        close.clicked.connect(self.reject)
        row = QVBoxLayout()
        row.addWidget(self.counter)
        row.addWidget(buttons)
        outer.addLayout(row)
        for keys in ("Ctrl+Return", "Ctrl+Enter", QKeySequence.StandardKey.Save):
            QShortcut(QKeySequence(keys), self, self.save)

    def _count(self) -> None:
        count = self.recorded()
        self.counter.setText(
            counted(self.tr("%n practice(s) recorded this session", "", count), count)
        )

    def _written(self, result: tuple[str, Changes]) -> None:
        """Saved: count it, and start the next practice in an empty form (and draft)."""
        entry_id, changes = result
        discard_draft(self.home, self.draft.draft_id)
        self._saving = False
        self.save_button.setEnabled(True)
        self.saved.emit(entry_id, changes)  # counted (the window refreshed on `changed`)
        self._count()
        kept = {k: v for k, v in self.body().items() if k in KEPT_FIELDS}
        base = {**self.new_body(), **kept}
        self._base = base
        self.draft = new_draft(None, None, base)
        self._draft_timer.stop()
        self._validate_timer.stop()
        self._fill(base)
        self.banner.hide()
        self.general_error.hide()
        for label in self._errors.values():
            label.hide()
        title = self._widgets["title"]
        title.setFocus()
        if isinstance(title, QLineEdit):
            title.selectAll()
