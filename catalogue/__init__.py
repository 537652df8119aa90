"""The catalogue core: entry schema, revisions, the SQLite store and the `Catalogue` object.

Imports none of Casebook's other packages and no GUI toolkit.
"""

from .catalogue import Catalogue, Changes, EntryRecord, EntrySummary
from .errors import CasebookError, InvalidEntry, InvalidInput, NotFound, Problem

__all__ = [
    "CasebookError",
    "Catalogue",
    "Changes",
    "EntryRecord",
    "EntrySummary",
    "InvalidEntry",
    "InvalidInput",
    "NotFound",
    "Problem",
]
