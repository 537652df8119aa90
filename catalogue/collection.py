"""Collections (`casebook.collection/1`): a named, ordered list of entries with notes.

Collections are revisioned objects like entries, so they travel in bundles and keep history.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .entry import problems_of, prune
from .errors import InvalidEntry

CONTENT_SCHEMA = "casebook.collection/1"


class _Model(BaseModel):
    # defer_build: validators are built on first use, not at import (the desktop app starts
    # without validating anything).
    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, frozen=True, defer_build=True
    )


class Item(_Model):
    entry: Annotated[
        str, Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
    ]
    note: Annotated[str | None, Field(max_length=5000)] = None


class Collection(_Model):
    """The body of a collection revision."""

    name: Annotated[str, Field(min_length=1, max_length=200)]
    introduction: Annotated[str | None, Field(max_length=20_000)] = None
    items: list[Item] = []


def validate_collection(body: Any) -> dict[str, Any]:
    """Validate a collection body and return its canonical (pruned) form."""
    try:
        model = Collection.model_validate(body)
    except ValidationError as exc:
        problems = problems_of(exc)
        raise InvalidEntry(f"{len(problems)} problem(s) in the collection", problems) from None
    result: dict[str, Any] = prune(model.model_dump(mode="json"))
    result.setdefault("items", [])
    return result
