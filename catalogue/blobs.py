"""Attachments stored by SHA-256 under the home's `blobs/` folder (`blobs/ab/abcdef…`)."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

CHUNK = 1 << 20


class BlobStore:
    """Content-addressed files: the name of a blob is the SHA-256 of its bytes."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        """Where the blob with this hash lives (whether or not it exists)."""
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        """Whether the blob is stored."""
        return self.path(sha256).is_file()

    def put_file(self, source: Path) -> tuple[str, int]:
        """Copy a file in (streaming, atomic); return its SHA-256 and size."""
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                while chunk := src.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path(sha)
            target.parent.mkdir(exist_ok=True)
            os.replace(tmp_name, target)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        return sha, size

    def put_bytes(self, data: bytes) -> str:
        """Store bytes; return their SHA-256."""
        sha = hashlib.sha256(data).hexdigest()
        if not self.has(sha):
            target = self.path(sha)
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".{sha}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, target)
        return sha

    def verify(self, sha256: str) -> bool:
        """Whether the stored blob exists and still hashes to its name."""
        path = self.path(sha256)
        if not path.is_file():
            return False
        digest = hashlib.sha256()
        with path.open("rb") as src:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest() == sha256
