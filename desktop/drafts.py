"""Drafts: what is typed in an entry editor, on disk within a second, until it is saved.

One JSON file per open editor under the home's `drafts/`, written atomically (temporary file,
fsync, rename), so a crash or a power cut loses at most the last second of typing. Saving the
entry deletes its draft; on the next start the app offers to restore the ones left.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


@dataclass
class Draft:
    """An unsaved editor: the entry it edits (None for a new one) and the form's body."""

    draft_id: str
    entry_id: str | None
    base_rev: str | None
    body: dict[str, Any]
    saved_at: str = ""

    @property
    def title(self) -> str:
        return str(self.body.get("title") or "(untitled)")


def drafts_folder(home: Path) -> Path:
    return home / "drafts"


def new_draft(entry_id: str | None, base_rev: str | None, body: dict[str, Any]) -> Draft:
    return Draft(uuid.uuid4().hex, entry_id, base_rev, body)


def save_draft(home: Path, draft: Draft) -> Path:
    """Write `draft` (replacing its previous version) and return its file."""
    folder = drafts_folder(home)
    folder.mkdir(parents=True, exist_ok=True)
    draft.saved_at = datetime.now(UTC).isoformat(timespec="seconds")
    data = {
        "draft_id": draft.draft_id,
        "entry_id": draft.entry_id,
        "base_rev": draft.base_rev,
        "saved_at": draft.saved_at,
        "body": draft.body,
    }
    target = folder / f"{draft.draft_id}.json"
    temporary = folder / f".{draft.draft_id}.tmp"
    with temporary.open("w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(temporary, target)
    return target


def discard_draft(home: Path, draft_id: str) -> None:
    (drafts_folder(home) / f"{draft_id}.json").unlink(missing_ok=True)


def load_drafts(home: Path) -> list[Draft]:
    """The drafts left in `home`, oldest first (unreadable files are skipped, not deleted)."""
    found = []
    folder = drafts_folder(home)
    if not folder.is_dir():
        return []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text("utf-8"))
            body = data["body"]
            if not isinstance(body, dict):
                continue
            found.append(
                Draft(
                    str(data["draft_id"]),
                    data.get("entry_id"),
                    data.get("base_rev"),
                    body,
                    str(data.get("saved_at", "")),
                )
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return sorted(found, key=lambda d: d.saved_at)
