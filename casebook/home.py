"""Where the home folder is: `--home`, then `CASEBOOK_HOME`, then the platform's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from catalogue import starter
from catalogue.catalogue import Catalogue, Changes


def resolve_home(option: str | os.PathLike[str] | None) -> Path:
    """The home folder to use (not created here)."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get("CASEBOOK_HOME")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("Casebook", appauthor=False))


def is_initialised(home: Path) -> bool:
    """Whether `home` already holds a catalogue."""
    return (home / "casebook.db").is_file()


def load_starter(catalogue: Catalogue) -> Changes:
    """Add the starter catalogue (idempotent: entries already present are kept as they are)."""
    return catalogue.add_revisions(starter.revisions())
