"""The reading half of a sync-folder pass (SYNC.md, amendments: a shared folder is
untrusted input). `scan_folder` looks at every file of the folder once and decides:

- **ignored, silently**: a name that does not end in `.casebook`, or starts with `.` or `~`.
  That covers the temporary names of sync tools while they download (Syncthing's
  `.syncthing.NAME.tmp` and `~syncthing~NAME.tmp`, Nextcloud's and ownCloud's
  `.NAME.~XXXX`, `NAME.part`, browsers' `.crdownload`, Office's `~$NAME`, LibreOffice's
  `.~lock.NAME#`) and our own temporary files (`.NAME.xxxx.tmp`);
- **read**: every other `.casebook` name, conflict copies included
  (`NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.casebook`, `NAME (conflicted copy …).casebook`,
  `NAME (… conflicted copy …).casebook`, OneDrive's `NAME-COMPUTER.casebook`): a conflict
  copy is a whole bundle some installation wrote, and is imported like any other;
- **skipped and reported once**: anything not a regular file (a folder, a symbolic link,
  dangling or not, a FIFO, a device), a file above the size limit (at most limit + 1 bytes
  are read, whatever the file system says), and a file the import refuses;
- **waiting for the next pass**, not reported: a file that changed while it was read (two
  looks, before and after the read, give another inode, size or time), and a file that
  ends mid-line or holds fewer lines than its own manifest lists (a copy in progress),
  until it has stayed exactly so for `STALE_AFTER` (ten minutes): then it is read, refused
  and reported once (a copy that stalled half-way stays refused until it changes).

What each pass decided is kept per folder in the home (`sync/folders/<hash>.json`), by file
name with its (inode, size, time) and SHA-256, so that a file handled once (imported, ours,
refused and reported) is not opened again until it changes, and a refused file touched but
not changed is not reported again. The pass always goes through every file: one file's
failure is reported and the next file is read.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from catalogue.canonical import parse_strict
from catalogue.catalogue import Catalogue
from catalogue.errors import CasebookError
from catalogue.jobs import Cancelled, Job

from .bundle import DEFAULT_LIMITS, Limits
from .envelope import open_line
from .errors import BundleRefused
from .exchange import ImportSummary, import_bundle
from .files import NotRegular, Read, kind, read_regular, signature

SUFFIX = ".casebook"
_TEMPORARY_PREFIXES = (".", "~")
STATE_VERSION = 1
# A cut-off file that has not changed for this long is no longer waited for: a copy that
# stalled (two passes of the desktop's five-minute timer).
STALE_AFTER = 600.0


@dataclass
class Scan:
    """What the reading half of a pass found."""

    imported: list[tuple[Path, ImportSummary]] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)  # reported this pass
    waiting: list[Path] = field(default_factory=list)  # still being written, it seems
    files_read: int = 0  # files opened and read this pass
    bytes_read: int = 0


@dataclass(frozen=True)
class _Peek:
    """What a bundle's first line says, unverified: enough to skip a file, never to trust
    one."""

    bundle_id: str
    exporter_key: str
    installation: str  # the exporter's installation (`fingerprint:epoch`)
    lines: int  # how many lines the manifest says the file has


def is_candidate(name: str) -> bool:
    """Whether a file name is one a pass reads (a `.casebook` name, not a temporary one)."""
    return name.lower().endswith(SUFFIX) and not name.startswith(_TEMPORARY_PREFIXES)


def state_path(catalogue: Catalogue, folder: Path) -> Path:
    """Where the passes over `folder` keep what they decided about its files."""
    key = hashlib.sha256(str(folder.resolve()).encode("utf-8", "surrogatepass")).hexdigest()
    return catalogue.home / "sync" / "folders" / f"{key[:24]}.json"


def load_state(path: Path) -> dict[str, dict[str, Any]]:
    """The files remembered from earlier passes; empty if there is none or it is damaged
    (then every file is looked at again, which is safe: imports are idempotent)."""
    try:
        value = json.loads(path.read_text("utf-8"))
        files = value["files"] if value.get("version") == STATE_VERSION else {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}
    return files if isinstance(files, dict) else {}


def save_state(path: Path, files: dict[str, dict[str, Any]]) -> None:
    """Write the remembered files atomically (a temporary file renamed into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps({"version": STATE_VERSION, "files": files}), "utf-8")
    os.replace(tmp, path)


def peek(data: bytes, max_line: int) -> _Peek | None:
    """The bundle id, exporter key and line count the first line claims; None when it is
    not a bundle manifest (the import then says why). Parsed by the strict parser, which
    refuses deep nesting before parsing."""
    end = data.find(b"\n", 0, max_line + 1)
    try:
        manifest = parse_strict(open_line(data[: end if end >= 0 else max_line]).payload)
        lists = [manifest[k] for k in ("revisions", "blobs")] + [manifest.get("statements", [])]
        return _Peek(
            str(manifest["bundle_id"]),
            str(manifest["exporter"]["key"]),
            str(manifest["exporter"].get("installation", "")),
            1 + sum(len(x) for x in lists if isinstance(x, list)),
        )
    except (CasebookError, KeyError, TypeError, AttributeError):
        return None


def peek_file(path: Path, max_line: int = DEFAULT_LIMITS.max_line) -> _Peek | None:
    """`peek` at a file's first line (at most `max_line` bytes read); None if unreadable."""
    try:
        with path.open("rb") as f:
            first = f.readline(max_line + 1)
    except OSError:
        return None
    return peek(first, max_line)


def looks_unfinished(data: bytes, claim: _Peek | None) -> bool:
    """Whether `data` looks like the start of a bundle still being copied: empty, ending
    mid-line, or with fewer lines than its manifest lists."""
    if not data or not data.endswith(b"\n"):
        return True
    return claim is not None and data.count(b"\n") < claim.lines


def _stale(prev: dict[str, Any] | None, sig: list[int]) -> bool:
    """Whether a file that looks unfinished has stayed exactly so for `STALE_AFTER`
    seconds: then it is read (and refused, and reported once) rather than waited for."""
    if prev is None or prev.get("state") != "waiting" or prev.get("sig") != sig:
        return False
    since = prev.get("since")
    return isinstance(since, (int, float)) and time.time() - since >= STALE_AFTER


class OnImport(Protocol):
    def __call__(self, name: str, bundle_id: str, listed: list[str]) -> None: ...


def _never(bundle_id: str) -> bool:
    return False


def _ignore(name: str, bundle_id: str, listed: list[str]) -> None:
    return None


@dataclass
class _Pass:
    """One pass's reading: the folder, what is remembered, and what it found."""

    catalogue: Catalogue
    folder: Path
    mine: str  # this installation (`fingerprint:epoch`): its own bundles are skipped
    seen: set[str]
    limits: Limits
    job: Job | None
    before: dict[str, dict[str, Any]]
    known: dict[str, str] = field(default_factory=dict)  # name: "size:mtime_ns", handled
    imported_before: Callable[[str], bool] = _never
    on_import: OnImport = _ignore
    after: dict[str, dict[str, Any]] = field(default_factory=dict)
    scan: Scan = field(default_factory=Scan)

    def look(self, name: str) -> None:
        """Decide about one file of the folder."""
        path = self.folder / name
        try:
            st = os.lstat(path)
        except OSError:
            return  # gone since the listing: nothing to say
        sig = list(signature(st))
        prev = self.before.get(name)
        if self.known.get(name) == f"{st.st_size}:{st.st_mtime_ns}":
            self.after[name] = {"sig": sig, "state": "done"}  # written or imported here
            return
        if prev is not None and prev.get("sig") == sig and prev.get("state") != "waiting":
            self.after[name] = prev  # handled before and unchanged: not opened again
            return
        if not stat.S_ISREG(st.st_mode):
            self._refuse(path, sig, f"{kind(st.st_mode)}, not a regular file; skipped", prev, None)
            return
        try:
            read = read_regular(path, self.limits.max_file)
            again = signature(os.lstat(path))
        except NotRegular as exc:
            self._refuse(path, sig, f"{exc}; skipped", prev, None)
            return
        except OSError as exc:
            self._refuse(path, sig, f"cannot read ({exc.strerror}); skipped", prev, None)
            return
        self.scan.files_read += 1
        self.scan.bytes_read += len(read.data)
        changed = read.before != tuple(sig) or again != read.after
        if changed or not read.steady(self.limits.max_file):
            self._wait(path, list(again))  # being written: look again next pass
            return
        self._read(path, sig, read, prev)

    def _read(self, path: Path, sig: list[int], read: Read, prev: dict[str, Any] | None) -> None:
        """A regular file, read whole while it did not change: import it, or say why not."""
        sha = hashlib.sha256(read.data).hexdigest()
        if prev is not None and prev.get("sha256") == sha and prev.get("state") != "waiting":
            self.after[path.name] = {**prev, "sig": sig}  # touched, not changed
            return
        if len(read.data) > self.limits.max_file:
            reason = f"E_SIZE at file: more than {self.limits.max_file} bytes, the limit"
            self._refuse(path, sig, reason + "; nothing was imported", prev, sha)
            return
        claim = peek(read.data, self.limits.max_line)
        if claim is not None and (claim.bundle_id in self.seen or claim.installation == self.mine):
            self.after[path.name] = {"sig": sig, "sha256": sha, "state": "done"}
            return
        if claim is not None and self.imported_before(claim.bundle_id):
            # Imported before (from another file, or by hand): not imported again; it counts
            # for nothing on its way (what it lists is unverified here).
            self.on_import(path.name, claim.bundle_id, [])
            self.after[path.name] = {"sig": sig, "sha256": sha, "state": "done"}
            return
        if looks_unfinished(read.data, claim) and not _stale(prev, sig):
            self._wait(path, sig, prev)
            return
        try:
            result = import_bundle(
                self.catalogue, path, limits=self.limits, job=self.job, data=read.data
            )
        except Cancelled:
            raise
        except (CasebookError, OSError, ValueError, RecursionError) as exc:
            message = exc.message if isinstance(exc, CasebookError) else str(exc)
            if not isinstance(exc, BundleRefused):
                message = f"{message}; skipped"
            self._refuse(path, sig, message, prev, sha)
            return
        self.scan.imported.append((path, result))
        self.seen.add(result.bundle_id)
        self.on_import(path.name, result.bundle_id, result.listed)
        self.after[path.name] = {"sig": sig, "sha256": sha, "state": "done"}

    def _wait(self, path: Path, sig: list[int], prev: dict[str, Any] | None = None) -> None:
        """Look again next pass; `since` is when the file was first seen as it is now."""
        same = prev is not None and prev.get("state") == "waiting" and prev.get("sig") == sig
        since = prev.get("since", time.time()) if same and prev is not None else time.time()
        self.scan.waiting.append(path)
        self.after[path.name] = {"sig": sig, "state": "waiting", "since": since}

    def _refuse(
        self,
        path: Path,
        sig: list[int],
        reason: str,
        prev: dict[str, Any] | None,
        sha: str | None,
    ) -> None:
        """Report a refusal, unless this very file (same content, or same kind of
        non-file) was reported before."""
        told = prev is not None and prev.get("state") == "refused"
        if not (
            told and prev is not None and (prev.get("sha256"), prev.get("reason")) == (sha, reason)
        ):
            self.scan.refused.append((path, reason))
        self.after[path.name] = {"sig": sig, "sha256": sha, "state": "refused", "reason": reason}


def scan_folder(
    catalogue: Catalogue,
    folder: Path,
    *,
    mine: str,
    seen: set[str],
    limits: Limits,
    job: Job | None = None,
    known: dict[str, str] | None = None,
    imported_before: Callable[[str], bool] = _never,
    on_import: OnImport = _ignore,
) -> Scan:
    """Read the new and changed `.casebook` files of `folder` (see the module's text);
    bundle ids handled are added to `seen`. `known` are files the caller handled (written
    or imported here) by name and "size:mtime_ns": not opened while unchanged; a bundle
    `imported_before` is not imported again; `on_import(name, bundle_id, revisions listed)`
    hears each file imported or recognised. Cancelling `job` stops the pass; what was
    decided until then is remembered."""
    where = state_path(catalogue, folder)
    work = _Pass(
        catalogue,
        folder,
        mine,
        seen,
        limits,
        job,
        load_state(where),
        known or {},
        imported_before,
        on_import,
    )
    try:
        names = sorted(n for n in os.listdir(folder) if is_candidate(n))
    except OSError as exc:
        work.scan.refused.append((folder, f"cannot list the folder ({exc.strerror})"))
        return work.scan
    try:
        for name in names:
            Job.of(job).check()
            work.look(name)
    finally:
        save_state(where, work.after)
    return work.scan
