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
    """Add the starter catalogue, every edition of every entry (idempotent: revisions
    already held are kept as they are)."""
    return catalogue.add_revisions(starter.revisions())


def update_starter(catalogue: Catalogue) -> Changes:
    """On opening a home: add the starter revisions this Casebook ships and the home does
    not hold yet (a newer release's corrections and cases). Each edition's parent is the
    entry's previous edition, so an entry the user edited or deleted gets the new edition
    beside the user's revision (a second head), never over it. Cheap when there is nothing
    to add (one look at an index, no entry read), and nothing for a home created empty."""
    if not starter.lacks_revisions(catalogue):
        return Changes()
    return catalogue.add_revisions(starter.revisions())
