"""Writing `search/glossary_stem_keys.jsonl`: the stem keys of the glossary's words, computed
beforehand so that loading the glossary stems nothing (`make glossary`, run after editing
`search/glossary/*.json`; `Glossary.load` ignores keys made from other files).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .glossary import (
    STEM_KEYS,
    GlossaryError,
    files_digest,
    fold,
    read_files,
    stem_forms,
    stem_words,
    validate_concepts,
)
from .glossary_stems import StemIndex


def stem_keys_now() -> dict[str, Any]:
    """What `STEM_KEYS` holds for the glossary's files as they are: their digest and the
    stem key of every word of their forms, computed afresh."""
    concepts, problems = validate_concepts(read_files())
    if problems:
        raise GlossaryError(problems)
    computed = StemIndex(stem_forms(concepts), stem_words, fold, record=True).keys_used or {}
    keys = {lang: dict(sorted(words.items())) for lang, words in sorted(computed.items())}
    return {"glossary": files_digest(), "keys": keys}


def write_stem_keys() -> None:
    """Write `STEM_KEYS` for the glossary's files as they are."""
    now = stem_keys_now()
    lines = [json.dumps({"glossary": now["glossary"]})]
    lines += [
        json.dumps({"lang": lang, "keys": keys}, ensure_ascii=False)
        for lang, keys in now["keys"].items()
    ]
    Path(str(STEM_KEYS)).write_text("\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    import sys

    try:
        write_stem_keys()
    except GlossaryError as exc:  # the file stays as it was
        sys.exit(f"search/glossary: fix these first, then run `make glossary` again:\n{exc}")
