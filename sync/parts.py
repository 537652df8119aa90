"""An export split into numbered parts, each within every limit of SYNC.md (file size, line
size — the manifest line included — and revision count), each a whole bundle of its own:
its own manifest listing its revisions, the attachments they need, the signed statements
and the exporter's acknowledgement, so any part imports alone and in any order.

`plan_parts` packs revisions in order by what their lines will take; `write_parts` writes
the parts, each under a name given by its content's SHA-256, and removes every part it
wrote when one fails or the job is cancelled.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from catalogue.canonical import canonical_bytes
from catalogue.errors import InvalidInput
from catalogue.jobs import Job
from catalogue.sync_store import StoredRevision

from .bundle import Acknowledges, Limits, Written, write_bundle
from .identity import Identity
from .revision_checks import attachment_hashes

# An envelope's fields around its base64 payload (type, key id, signature) take less.
_ENVELOPE = 320
# One hash in a manifest list: 64 characters, two quotes and a comma.
_LISTED = 67


def _b64(n: int) -> int:
    return 4 * ((n + 2) // 3)


@dataclass
class Part:
    """The revisions of one part and the attachments they need."""

    revisions: list[StoredRevision] = field(default_factory=list)
    blobs: dict[str, Path] = field(default_factory=dict)
    size: int = 0  # the lines of revisions and blobs, newlines included


@dataclass(frozen=True)
class Contents:
    """What every part of one export shares."""

    identity: Identity
    since: dict[str, int]
    own: set[str]
    statements: list[bytes]
    acknowledges: Acknowledges | None


def _manifest_fixed(contents: Contents) -> int:
    """An upper bound of the manifest's length without its lists of revisions and blobs."""
    skeleton = {
        "format": "casebook.bundle/1",
        "bundle_id": "00000000-0000-4000-8000-000000000000",
        "exporter": {
            "org": contents.identity.org,
            "installation": contents.identity.installation,
            "key": "k" * 44,
        },
        "created_at": "2026-12-05T00:00:00.000000Z",
        "since": contents.since,
        "revisions": [],
        "blobs": [],
        "count": 10**15,
        "statements": ["s" * 64] * len(contents.statements),
        "acknowledges": None if contents.acknowledges is None else contents.acknowledges.as_json(),
    }
    return len(canonical_bytes(skeleton)) + 32


def plan_parts(
    revisions: list[StoredRevision], blobs: dict[str, Path], contents: Contents, limits: Limits
) -> list[Part]:
    """Pack the revisions, in order, into as few parts as every limit allows (one empty
    part when there are none); refuses a revision that no part could hold."""
    fixed = (sum(len(s) + 1 for s in contents.statements), _manifest_fixed(contents))
    parts = [Part()]
    for r in revisions:
        line = _b64(len(r.payload)) + _ENVELOPE + 1
        needs = {sha: blobs[sha] for sha in attachment_hashes(json.loads(r.payload).get("body"))}
        if line > limits.max_line:
            raise InvalidInput(
                f"revision {r.rev[:12]}… takes {line} bytes, above a bundle line's limit of "
                f"{limits.max_line}; shorten that entry"
            )
        part = parts[-1]
        new, added, fits = _cost(part, line, needs, limits, fixed)
        if not fits and part.revisions:
            part = Part()
            parts.append(part)
            new, added, fits = _cost(part, line, needs, limits, fixed)
        if not fits:
            raise InvalidInput(
                f"revision {r.rev[:12]}… and its attachments do not fit in a bundle of "
                f"{limits.max_file} bytes"
            )
        part.revisions.append(r)
        part.blobs.update(new)
        part.size += added
    return parts


def _cost(
    part: Part,
    line: int,
    needs: dict[str, Path],
    limits: Limits,
    fixed: tuple[int, int],
) -> tuple[dict[str, Path], int, bool]:
    """The blobs a revision adds to a part, the bytes it adds, and whether it fits."""
    new = {sha: p for sha, p in needs.items() if sha not in part.blobs}
    added = line + sum(_b64(p.stat().st_size) + 91 for p in new.values())
    n, b = len(part.revisions) + 1, len(part.blobs) + len(new)
    manifest = _b64(fixed[1] + _LISTED * (n + b)) + _ENVELOPE
    fits = (
        n <= limits.max_revisions
        and manifest <= limits.max_line
        and manifest + 1 + fixed[0] + part.size + added <= limits.max_file
    )
    return new, added, fits


Naming = Callable[[int, int, str], Path]  # (part number from 1, parts, SHA-256) -> file


def numbered(out: Path) -> Naming:
    """Several parts of an export to `out` are `STEM-N-of-M-HASH.casebook` beside it."""

    def name(n: int, parts: int, sha: str) -> Path:
        return out.with_name(f"{out.stem}-{n}-of-{parts}-{sha[:12]}{out.suffix}")

    return name


def write_parts(
    parts: list[Part],
    contents: Contents,
    out: Path | Naming,
    limits: Limits,
    job: Job | None = None,
) -> list[Written]:
    """Write every part (numbered from 1): one part to `out` when it is a path (replacing
    it), several beside it (`numbered`), or each under the name the function `out` gives
    it; on any failure, cancelling included, remove the parts already written and raise."""
    job = Job.of(job)
    written: list[Written] = []
    naming = numbered(out) if isinstance(out, Path) else out
    try:
        for i, part in enumerate(parts, 1):
            target: Path | Callable[[str], Path] = (
                out
                if isinstance(out, Path) and len(parts) == 1
                else lambda sha, i=i: naming(i, len(parts), sha)
            )
            done = write_bundle(
                target,
                contents.identity,
                contents.since,
                part.revisions,
                part.blobs,
                contents.own,
                job.part((i - 1) / len(parts), i / len(parts)),
                contents.statements,
                contents.acknowledges,
            )
            written.append(done)
            _check_written(done, limits)
    except BaseException:
        for w in written:
            w.path.unlink(missing_ok=True)
        raise
    return written


def _check_written(done: Written, limits: Limits) -> None:
    """A part the partner would refuse is not kept (the plan's bounds make this rare)."""
    with done.path.open("rb") as f:
        first = f.readline(limits.max_line + 2)
    if done.size > limits.max_file or len(first) > limits.max_line + 1:
        raise InvalidInput(
            f"a part of the export came out at {done.size} bytes (manifest {len(first)}), "
            f"above the limits of {limits.max_file} per file and {limits.max_line} per line; "
            "report this as a bug"
        )
