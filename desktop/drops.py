"""What a drag carries: the local files, for the window's and the editor's drops."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData


def local_files(mime: QMimeData, suffixes: tuple[str, ...] = ()) -> list[Path]:
    """The local files among a drag's URLs; only those whose names end in one of
    `suffixes` (ignoring case) when some are given."""
    if not mime.hasUrls():
        return []
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and (not suffixes or url.toLocalFile().lower().endswith(suffixes))
    ]
