"""Sync's errors: a refused bundle (exit 3, with SYNC.md's code and the line) and key problems."""

from __future__ import annotations

from typing import Literal

from catalogue.errors import CasebookError

Code = Literal[
    "E_SIZE",
    "E_PARSE",
    "E_SIGNATURE",
    "E_UNKNOWN_KEY",
    "E_REVOKED",
    "E_HASH",
    "E_MANIFEST",
    "E_SCHEMA",
    "E_EQUIVOCATION",
]


class BundleRefused(CasebookError):
    """A bundle failed verification; nothing was written. `line` is 1-based (0: the file)."""

    exit_code = 3

    def __init__(self, code: Code, line: int, reason: str) -> None:
        where = f"line {line}" if line else "file"
        super().__init__(f"{code} at {where}: {reason}; nothing was imported")
        self.code = code
        self.line = line
        self.reason = reason


class KeyProblem(CasebookError):
    """This installation's key is missing or unsafe; the message says how to fix it."""
