"""Reading a file someone else put there (a bundle a partner sent, a file in a shared
folder) without trusting what the file system says about it: only a regular file is read,
never through a symbolic link unless asked, a FIFO or device is never opened in a way that
blocks, and at most `limit` + 1 bytes are read whatever `st_size` claims (SYNC.md,
amendments: a shared folder is untrusted input)."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

# Not on every system: O_NOFOLLOW and O_NONBLOCK are POSIX, O_BINARY is Windows'.
_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CHUNK = 1 << 20


class NotRegular(OSError):
    """The path is not a regular file (a directory, link, FIFO, socket or device)."""


@dataclass(frozen=True)
class Read:
    """What one bounded read found: at most `limit` + 1 bytes (more than `limit` means the
    file is too large), and the file's size and time when it was opened and after."""

    data: bytes
    before: tuple[int, int, int]  # (inode, size, mtime in ns) when opened
    after: tuple[int, int, int]  # the same once read

    def steady(self, limit: int) -> bool:
        """Whether the file stayed the same while it was read, and all of it was read (or
        more than `limit` bytes of it: then it is too large, whatever else it holds)."""
        whole = len(self.data) == self.after[1] or len(self.data) > limit
        return self.before == self.after and whole


def kind(mode: int) -> str:
    """What a file is, in words, for a message."""
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a regular file" if stat.S_ISREG(mode) else "not a file"


def signature(st: os.stat_result) -> tuple[int, int, int]:
    """(inode, size, mtime in ns): what changes when a file is replaced or written."""
    return st.st_ino, st.st_size, st.st_mtime_ns


def read_regular(path: Path, limit: int, *, follow: bool = False) -> Read:
    """Read at most `limit` + 1 bytes of the regular file `path`.

    Raises `NotRegular` (an `OSError`) for anything else: a symbolic link (unless
    `follow`), a folder, a FIFO, a socket or a device; it is opened without blocking and
    checked with `fstat` before a byte is read. Other `OSError`s (gone, no permission) pass
    through.
    """
    flags = _FLAGS | _NONBLOCK | (0 if follow else _NOFOLLOW)
    if not follow:
        st = os.lstat(path)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegular(f"{kind(st.st_mode)}, not a regular file")
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if _NOFOLLOW and not follow and os.path.islink(path):
            raise NotRegular("a symbolic link, not a regular file") from exc
        raise
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):
            raise NotRegular(f"{kind(opened.st_mode)}, not a regular file")
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(_CHUNK, left))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        done = os.fstat(fd)
    finally:
        os.close(fd)
    return Read(b"".join(chunks), signature(opened), signature(done))
