"""The learning trail part of `Catalogue`: an entry's validation (draft → approved by the
partner → validated by experts) and its transfers (which partner took the practice up, into
which action plan, when), kept in the entry's `interreg` block.

Each change is one revision of the entry, so the history says who changed the validation
and when, and partners receive it with the rest of the entry.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from . import vocab
from .entry_store import EntryStore
from .errors import InvalidInput, NotFound
from .records import Changes
from .trail_matrix import TrailMatrix, trail_matrix

# The levels a practice goes through (the entry schema's vocabulary).
VALIDATION_LEVELS = vocab.VALIDATION_STATES


@dataclass(frozen=True)
class TransferRow:
    """One transfer of one entry, with what the trail shows beside it."""

    entry: str
    title: str
    organisation: str
    project: str | None
    validation: str | None
    number: int  # 1-based position among the entry's transfers
    partner: str
    action_plan: str | None
    date: str | None
    note: str | None


class LearningTrail(EntryStore):
    """Validation and transfers of entries."""

    def set_validation(
        self, entry_id: str, level: str | None, opinion: str | None = None
    ) -> Changes:
        """Set an entry's validation level (None removes it) and, when given, the expert
        opinion ("" removes it); one revision."""
        if level is not None and level not in VALIDATION_LEVELS:
            raise InvalidInput(
                f"unknown validation level {level!r}; use one of: {', '.join(VALIDATION_LEVELS)}"
            )
        with self.atomic():
            body = self.get_entry(entry_id).body
            interreg = dict(body.get("interreg") or {})
            interreg["validation"] = level
            if opinion is not None:
                interreg["expert_opinion"] = opinion or None
            # Validation drops what is empty (a removed level, an emptied block).
            return self.update_entry(entry_id, {**body, "interreg": interreg})

    def add_transfer(
        self,
        entry_id: str,
        partner: str,
        action_plan: str | None = None,
        date: str | None = None,
        note: str | None = None,
    ) -> Changes:
        """Record that `partner` took the practice up (into `action_plan`, on `date`)."""
        transfer = {"partner": partner, "action_plan": action_plan, "date": date, "note": note}
        with self.atomic():
            body = self.get_entry(entry_id).body
            interreg = dict(body.get("interreg") or {})
            transfers = [*interreg.get("transfers", []), transfer]
            interreg["transfers"] = transfers
            return self.update_entry(entry_id, {**body, "interreg": interreg})

    def remove_transfer(self, entry_id: str, number: int) -> Changes:
        """Remove an entry's transfer by its number (1 is the first, as `transfer list`
        numbers them)."""
        with self.atomic():
            body = self.get_entry(entry_id).body
            interreg = dict(body.get("interreg") or {})
            transfers = list(interreg.get("transfers", []))
            if not 1 <= number <= len(transfers):
                raise NotFound(
                    f"entry {entry_id[:8]} has {len(transfers)} transfer(s); "
                    f"there is no number {number} (`casebook transfer list` numbers them)"
                )
            del transfers[number - 1]
            interreg["transfers"] = transfers
            return self.update_entry(entry_id, {**body, "interreg": interreg})

    def trail_matrix(self, project: str | None = None) -> TrailMatrix:
        """The partnership's practices × partners (`trail_matrix.py`), of `project`."""
        return trail_matrix(self.conn, project)

    def transfers(
        self, partner: str | None = None, project: str | None = None
    ) -> list[TransferRow]:
        """Every transfer of every entry (of `partner`, ignoring case; of entries of
        `project`), by partner, then entry title, then number."""
        sql = (
            "SELECT e.id, e.title, e.organisation, "
            "json_extract(e.body, '$.interreg.project'), "
            "json_extract(e.body, '$.interreg.validation'), t.key + 1, t.value "
            "FROM entries AS e, json_each(e.body, '$.interreg.transfers') AS t"
        )
        rows: list[TransferRow] = []
        for entry_id, title, org, proj, validation, number, value in self.conn.execute(sql):
            transfer: dict[str, Any] = json.loads(value)
            if partner is not None and transfer["partner"].casefold() != partner.casefold():
                continue
            if project is not None and (proj or "").casefold() != project.casefold():
                continue
            rows.append(
                TransferRow(
                    entry_id,
                    title,
                    org,
                    proj,
                    validation,
                    int(number),
                    transfer["partner"],
                    transfer.get("action_plan"),
                    transfer.get("date"),
                    transfer.get("note"),
                )
            )
        return sorted(
            rows, key=lambda r: (r.partner.casefold(), r.title.casefold(), r.entry, r.number)
        )
