"""Errors a user can fix.

Everything that is a `CasebookError` is the user's to fix (a bad file, an unknown id, an
invalid field) and carries a message that says what to do. Anything else is a bug.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: the field (dotted path, may be empty) and what to do."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class CasebookError(Exception):
    """A problem the user can fix; nothing was changed."""

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.problems = tuple(problems)

    def lines(self) -> list[str]:
        """The message as it is shown: one line per problem, or the message itself."""
        if self.problems:
            return [str(p) for p in self.problems]
        return [self.message]


class InvalidEntry(CasebookError):
    """An entry (or collection) body failed validation; `problems` names every field."""


class InvalidInput(CasebookError):
    """A file or value that cannot be read as what it should be (not JSON, duplicate keys…)."""


class NotFound(CasebookError):
    """An id, prefix or name that matches nothing (or more than one thing)."""


class IntegrityProblem(CasebookError):
    """The home folder's data is not in a state Casebook can use (wrong file, newer schema…)."""
