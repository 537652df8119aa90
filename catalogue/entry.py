"""The entry schema `casebook.entry/1`: validation, and dotted-key editing.

Validation reports *every* problem, each naming the field (`location.country`,
`links[1].url`) and what to do about it. The canonical body of an entry is the validated
model dumped without empty values, so two spellings of the same entry hash the same.
The models themselves are in `entry_models`, imported on first use (pydantic is slow to
import, and the desktop app starts without validating anything).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .canonical import parse_strict
from .errors import InvalidEntry, Problem

CONTENT_SCHEMA = "casebook.entry/1"
_STRING_LISTS = {"policy_areas", "ai_techniques", "governance_themes", "tags"}
_OBJECT_LISTS = {"links", "attachments"}


# ---------------------------------------------------------------------------------------------
# Validation


_EMPTY: tuple[Any, ...] = (None, "", [], {})


def prune(value: Any) -> Any:
    """Drop None, empty strings, empty lists and empty objects, recursively."""
    kind = type(value)
    if kind is dict:
        out = {}
        for k, v in value.items():
            if type(v) is dict or type(v) is list:
                v = prune(v)
            if v not in _EMPTY:
                out[k] = v
        return out
    if kind is list:
        items = []
        for v in value:
            if type(v) is dict or type(v) is list:
                v = prune(v)
            if v not in _EMPTY:
                items.append(v)
        return items
    return value


def validate_entry(body: Any) -> dict[str, Any]:
    """Validate an entry body and return its canonical form (pruned, normalised).

    Raises `InvalidEntry` listing every problem by field.
    """
    model = _model(body)
    result: dict[str, Any] = prune(model.model_dump(mode="json", exclude_none=True))
    return result


def check_entry(body: Any) -> None:
    """Raise `InvalidEntry` exactly when `validate_entry` would, without building the
    canonical form (sync checks every received body and keeps it as signed)."""
    _model(body)


def _model(body: Any) -> Any:
    if not isinstance(body, Mapping):
        raise InvalidEntry(
            "not an entry: expected a JSON object with title, summary, organisation, "
            "location and language",
            [Problem("", "not an entry: expected a JSON object with fields such as title")],
        )
    from . import entry_models as models

    try:
        return models.Entry.model_validate(dict(body))
    except models.ValidationError as exc:
        problems = models.problems_of(exc)
        raise InvalidEntry(f"{len(problems)} problem(s) in the entry", problems) from None


# ---------------------------------------------------------------------------------------------
# Dotted-key editing (`casebook edit ID --set location.city=Riga`)


def field_names() -> list[str]:
    """Every settable dotted key, for help texts."""
    from .entry_models import _NESTED, ENTRY_FIELDS

    names: list[str] = []
    for name in ENTRY_FIELDS:
        nested = _NESTED.get(name)
        if nested is None:
            names.append(name)
        else:
            names.extend(f"{name}.{sub}" for sub in nested.model_fields)
    return names


def set_field(body: Mapping[str, Any], key: str, raw: str) -> dict[str, Any]:
    """Return a copy of `body` with dotted `key` set from the command-line text `raw`.

    Lists take comma-separated values; for list and object fields a value starting with
    `[` or `{` is read as JSON; text fields take the text as it is; an empty value removes
    the field. Validation happens later, on the whole entry.
    """
    from .entry_models import _NESTED, ENTRY_FIELDS

    parts = key.split(".")
    top = parts[0]
    if top not in ENTRY_FIELDS or len(parts) > 2:
        raise InvalidEntry(
            f"unknown field {key!r}",
            [Problem(key, "is not a field of an entry; see `casebook edit --help` for the list")],
        )
    if len(parts) == 2:
        nested = _NESTED.get(top)
        if nested is None or parts[1] not in nested.model_fields:
            raise InvalidEntry(
                f"unknown field {key!r}",
                [Problem(key, "is not a field of an entry; see `casebook edit --help`")],
            )
    value: Any
    text = raw.strip()
    structured = (
        len(parts) == 1 and (top in _NESTED or top in _STRING_LISTS or top in _OBJECT_LISTS)
    ) or key == "interreg.transfers"
    if key == "interreg.transfers" and text and not text.startswith("["):
        raise InvalidEntry(
            "interreg.transfers is a list",
            [
                Problem(
                    key,
                    "record a transfer with `casebook transfer add ID --partner ORG "
                    '--action-plan TEXT`, or give the whole list as JSON: [{"partner": '
                    '"Riga Digital Agency", "action_plan": "…", "date": "2026-05", "note": "…"}]',
                )
            ],
        )
    if structured and text.startswith(("[", "{")):
        value = parse_strict(text)
    elif top in _STRING_LISTS and len(parts) == 1:
        value = [v.strip() for v in text.split(",") if v.strip()]
    else:
        value = text
    result = {k: (dict(v) if isinstance(v, Mapping) else v) for k, v in body.items()}
    if len(parts) == 1:
        result[top] = value
    else:
        inner = dict(result.get(top) or {})
        inner[parts[1]] = value
        result[top] = inner
    return prune(result)  # type: ignore[no-any-return]
