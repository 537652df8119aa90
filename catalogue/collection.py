"""Collections (`casebook.collection/1`): a named, ordered list of entries with notes.

Collections are revisioned objects like entries, so they travel in bundles and keep history.
"""

from __future__ import annotations

from typing import Any

from .entry import prune
from .errors import InvalidEntry

CONTENT_SCHEMA = "casebook.collection/1"


def validate_collection(body: Any) -> dict[str, Any]:
    """Validate a collection body and return its canonical (pruned) form."""
    from . import entry_models as models

    try:
        model = models.Collection.model_validate(body)
    except models.ValidationError as exc:
        problems = models.problems_of(exc)
        raise InvalidEntry(f"{len(problems)} problem(s) in the collection", problems) from None
    result: dict[str, Any] = prune(model.model_dump(mode="json"))
    result.setdefault("items", [])
    return result
