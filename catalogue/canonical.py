"""Canonical JSON (RFC 8785) and the strict parser that goes with it.

Payloads that get hashed or signed must have exactly one byte form. RFC 8785 (JCS) gives it;
the rules of SYNC.md narrow the input further: no floats, integers within ±2^53, no duplicate
keys, no NaN/Infinity, no lone surrogates, nesting of at most 32. The parser *rejects* such
input instead of normalising it, so that what was hashed is what was read.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import rfc8785

from .errors import InvalidInput

MAX_DEPTH = 32
MAX_SAFE_INTEGER = 2**53 - 1


def check_payload(value: Any, path: str = "", depth: int = 0) -> None:
    """Raise `InvalidInput` if `value` is outside the JSON subset we hash and sign."""
    if depth > MAX_DEPTH:
        raise InvalidInput(f"{path or 'document'}: nested deeper than {MAX_DEPTH} levels")
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, int):
        if not -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
            raise InvalidInput(f"{path or 'document'}: integer {value} is outside ±2^53")
        return
    if isinstance(value, float):
        raise InvalidInput(f"{path or 'document'}: numbers with a fraction are not allowed")
    if isinstance(value, str):
        _check_text(value, path)
        return
    if isinstance(value, list):
        for i, item in enumerate(value):
            check_payload(item, f"{path}[{i}]", depth + 1)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise InvalidInput(f"{path or 'document'}: keys must be text")
            _check_text(key, path)
            check_payload(item, f"{path}.{key}" if path else key, depth + 1)
        return
    raise InvalidInput(f"{path or 'document'}: {type(value).__name__} is not a JSON value")


def _check_text(text: str, path: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(
            f"{path or 'document'}: contains a lone surrogate (broken Unicode); "
            "save the file as UTF-8"
        ) from None


def canonical_bytes(value: Any) -> bytes:
    """The RFC 8785 canonical form of `value` (after checking it against our rules)."""
    check_payload(value)
    result: bytes = rfc8785.dumps(value)
    return result


def content_hash(value: Any) -> str:
    """Hex SHA-256 of the canonical form: the address of a revision."""
    return hashlib.sha256(canonical_bytes(value)).hexdigest()


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise InvalidInput(f"duplicate key {key!r}: keep only one of them")
        result[key] = value
    return result


def _no_float(text: str) -> Any:
    raise InvalidInput(f"number {text} has a fraction or exponent; use whole numbers or text")


def _no_constant(name: str) -> Any:
    raise InvalidInput(f"{name} is not valid JSON; remove it")


def parse_strict(data: bytes | str) -> Any:
    """Parse JSON text, refusing anything `canonical_bytes` would refuse.

    Raises `InvalidInput` with a message that says where the problem is.
    """
    if isinstance(data, bytes):
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidInput(
                f"not UTF-8 text (byte {exc.start}); save the file as UTF-8"
            ) from None
    else:
        text = data
    try:
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_float=_no_float,
            parse_constant=_no_constant,
        )
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:
        raise InvalidInput(f"nested deeper than {MAX_DEPTH} levels") from None
    check_payload(value)
    return value
