"""Casebook's composition root: the command line, the home folder and the wiring."""

from __future__ import annotations

import functools


@functools.cache
def current_version() -> str:
    """This installation's version (from its package metadata: pyproject.toml). Looked up on
    first use: importlib.metadata costs ~50 ms at start-up."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("casebook")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0.0.0"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return current_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
