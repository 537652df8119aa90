"""The learning trail as a matrix: the partnership's practices (rows) against its partners
(columns), each cell saying whether the partner identified the practice, studied it or took
it up (transferred it into an action plan, when).

Built from the catalogue alone (entries and collections, which every partner receives in a
sync), so every partner sees the same matrix once they hold the same revisions. The rows and
columns are the transfer report's (`exporters/report.py`), and so are its rules for names:

- a *practice* is an entry with Interregional learning data (`interreg`: project,
  validation, expert opinion or transfers);
- the *partners* are the organisations of those practices and the partners named in their
  transfers; a name matches whatever its case and spacing, and is shown as it is spelled
  most often (then the first in sorted order);
- a partner *identified* a practice of its own organisation, *transferred* one that names
  it in a transfer, and *studied* one that lies in one of its collections: a collection is
  a partner's when its name contains the partner's name, or that name without a part in
  brackets, as whole words, whatever the case and spacing ("Riga Digital Agency: study
  visit to Tampere" is Riga Digital Agency's; "City of Tampere (lead partner)" owns
  "City of Tampere — reading list"). Collections have no owner field, and the name is what
  partners already write.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field


def spelling(name: str) -> str:
    """A name with its spacing made plain (`City of  Riga` → `City of Riga`)."""
    return " ".join(name.split())


def name_key(name: str) -> str:
    """Names match whatever their case and spacing (`City of  Riga` is `city of riga`)."""
    return spelling(name).casefold()


def most_spelled(spelled: dict[str, Counter[str]]) -> dict[str, str]:
    """key → the spelling seen most often (then the first in sorted order)."""
    return {
        key: min(variants, key=lambda name: (-variants[name], name))
        for key, variants in spelled.items()
    }


@dataclass(frozen=True)
class Practice:
    """A row: one entry with Interreg data."""

    id: str
    title: str
    organisation: str
    validation: str | None
    project: str | None


@dataclass(frozen=True)
class Transfer:
    """One transfer of a practice to a partner (`number` as `transfer list` numbers it)."""

    number: int
    action_plan: str | None
    date: str | None
    note: str | None


@dataclass(frozen=True)
class Cell:
    """What one partner did with one practice."""

    identified: bool = False  # the practice is of the partner's organisation
    studied: tuple[str, ...] = ()  # the partner's collections that hold it
    transfers: tuple[Transfer, ...] = ()

    @property
    def state(self) -> str:
        """ "transferred", "identified" or "studied" (the first that applies)."""
        if self.transfers:
            return "transferred"
        return "identified" if self.identified else "studied"


@dataclass(frozen=True)
class TrailMatrix:
    """Practices × partners; `cells` holds only the cells that say something."""

    practices: tuple[Practice, ...]
    partners: tuple[str, ...]
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)
    project: str | None = None  # the project it was narrowed to
    projects: tuple[str, ...] = ()  # every project named in the catalogue, spelled once

    def cell(self, row: int, column: int) -> Cell | None:
        return self.cells.get((row, column))

    @property
    def transfers(self) -> int:
        return sum(len(c.transfers) for c in self.cells.values())


_PRACTICES = (
    "SELECT id, title, json_extract(body, '$.organisation.name'), "
    "json_extract(body, '$.interreg') FROM entries "
    # Exactly the condition of the partial index `entries_interreg` (migration 7), so only
    # the entries with Interreg data are read.
    "WHERE json_type(body, '$.interreg') = 'object'"
)
_COLLECTED = (
    "SELECT c.name, json_extract(i.value, '$.entry') "
    "FROM collections AS c, json_each(c.body, '$.items') AS i"
)


def _count(spelled: dict[str, Counter[str]], name: str) -> None:
    """One more `name` under its key (no Counter made for a key already there)."""
    key = name_key(name)
    if key not in spelled:
        spelled[key] = Counter()
    spelled[key][name] += 1


def _names_in(partner: str) -> re.Pattern[str]:
    """The partner's name, and that name without a part in brackets, as whole words."""
    forms = {name_key(partner), name_key(re.sub(r"\([^)]*\)", " ", partner))}
    words = sorted((f for f in forms if f), key=len, reverse=True)
    spaced = ["\\s+".join(re.escape(w) for w in form.split()) for form in words]
    return re.compile(r"(?<!\w)(?:" + "|".join(spaced) + r")(?!\w)")


def _collections_of(
    conn: sqlite3.Connection, partners: Iterable[str], practice_ids: set[str]
) -> dict[tuple[str, str], list[str]]:
    """(entry id, partner key) → names of that partner's collections holding the entry."""
    held: dict[str, set[str]] = {}
    for name, entry_id in conn.execute(_COLLECTED):
        if entry_id in practice_ids:
            held.setdefault(str(name), set()).add(str(entry_id))
    found: dict[tuple[str, str], list[str]] = {}
    patterns = [(name_key(p), _names_in(p)) for p in partners]
    for name in sorted(held, key=str.casefold):
        text = name_key(name)
        for key, pattern in patterns:
            if pattern.search(text):
                for entry_id in held[name]:
                    found.setdefault((entry_id, key), []).append(name)
    return found


def trail_matrix(conn: sqlite3.Connection, project: str | None = None) -> TrailMatrix:
    """The matrix of the catalogue on `conn` (of the practices of `project`, named in any
    case and spacing; an unknown project gives an empty matrix that lists the known ones)."""
    practices: list[tuple[Practice, dict[str, list[Transfer]], list[str]]] = []
    projects: dict[str, Counter[str]] = {}
    for entry_id, title, org, raw in conn.execute(_PRACTICES):
        interreg = json.loads(raw)
        if not interreg:
            continue
        proj = spelling(str(interreg["project"])) if interreg.get("project") else None
        if proj:
            _count(projects, proj)
        if project is not None and name_key(proj or "") != name_key(project):
            continue
        moved: dict[str, list[Transfer]] = {}
        partners = []
        # Numbered among all the entry's transfers, as `casebook transfer list` does.
        for number, item in enumerate(interreg.get("transfers") or [], 1):
            partner = spelling(str(item.get("partner") or ""))
            if partner:
                partners.append(partner)
                moved.setdefault(name_key(partner), []).append(
                    Transfer(number, item.get("action_plan"), item.get("date"), item.get("note"))
                )
        practice = Practice(entry_id, title, spelling(org or ""), interreg.get("validation"), proj)
        practices.append((practice, moved, partners))
    practices.sort(key=lambda p: (p[0].title.casefold(), p[0].id))
    spelled: dict[str, Counter[str]] = {}
    for practice, _, partners in practices:
        for name in filter(None, [practice.organisation, *partners]):
            _count(spelled, name)
    names = most_spelled(spelled)
    keys = sorted(names, key=lambda k: (k, names[k]))
    column = {key: n for n, key in enumerate(keys)}
    studied = _collections_of(conn, names.values(), {p.id for p, _, _ in practices})
    by_entry: dict[str, dict[str, list[str]]] = {}
    for (entry_id, key), held in studied.items():
        by_entry.setdefault(entry_id, {})[key] = held
    cells: dict[tuple[int, int], Cell] = {}
    for row, (practice, moved, _) in enumerate(practices):
        own = name_key(practice.organisation)
        held_by = by_entry.get(practice.id, {})
        for key in {*moved, *held_by, *([own] if own else [])}:
            cells[(row, column[key])] = Cell(
                key == own, tuple(held_by.get(key, ())), tuple(moved.get(key, ()))
            )
    return TrailMatrix(
        tuple(p for p, _, _ in practices),
        tuple(names[k] for k in keys),
        cells,
        project=project,
        projects=tuple(sorted(most_spelled(projects).values(), key=str.casefold)),
    )
