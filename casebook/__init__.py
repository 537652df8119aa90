"""Casebook's composition root: the command line, the home folder and the wiring."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("casebook")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
