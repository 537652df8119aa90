"""Which machine this is: part of where a home lives (SYNC.md, amendments: a home copied
to another machine starts a new epoch before its next write)."""

from __future__ import annotations

import functools
import platform
import uuid
from pathlib import Path

_MACHINE_ID_FILES = ("/etc/machine-id", "/var/lib/dbus/machine-id")


@functools.cache
def machine_id() -> str:
    """A stable id of this machine: the systemd/D-Bus machine id where there is one, else
    the host name and the network hardware address Python reports."""
    for name in _MACHINE_ID_FILES:
        try:
            text = Path(name).read_text("ascii").strip()
        except (OSError, UnicodeDecodeError):
            continue
        if text:
            return text
    return f"{platform.node()}-{uuid.getnode():012x}"
