"""Canonical JSON (RFC 8785) and the strict parser that goes with it.

Payloads that get hashed or signed must have exactly one byte form. RFC 8785 (JCS) gives it;
the rules of SYNC.md narrow the input further: no floats, integers within ±2^53, no duplicate
keys, no NaN/Infinity, no lone surrogates, nesting of at most 32. The parser *rejects* such
input instead of normalising it, so that what was hashed is what was read.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

import rfc8785

from .errors import CasebookError, InvalidInput

MAX_DEPTH = 32
MAX_SAFE_INTEGER = 2**53 - 1


class _Refused(Exception):
    pass


def _scan(value: Any, depth: int) -> bool:
    """Fast walk with no paths; returns whether every key is ASCII, raises `_Refused`.

    Text, the commonest value, is checked in place rather than by a call per string;
    `isascii()` is O(1) in CPython, and ASCII text has no surrogate."""
    kind = type(value)
    if kind is str:
        if not value.isascii() and _SURROGATE.search(value):
            raise _Refused
        return True
    if kind is dict:
        if depth >= MAX_DEPTH:
            raise _Refused
        ascii_keys = True
        for key, item in value.items():
            if type(key) is not str:
                raise _Refused
            if not key.isascii():
                ascii_keys = False
                if _SURROGATE.search(key):
                    raise _Refused
            if type(item) is str:
                if not item.isascii() and _SURROGATE.search(item):
                    raise _Refused
            elif not _scan(item, depth + 1):
                ascii_keys = False
        return ascii_keys
    if kind is list:
        if depth >= MAX_DEPTH:
            raise _Refused
        ascii_keys = True
        for item in value:
            if type(item) is str:
                if not item.isascii() and _SURROGATE.search(item):
                    raise _Refused
            elif not _scan(item, depth + 1):
                ascii_keys = False
        return ascii_keys
    if value is None or kind is bool:
        return True
    if kind is int and -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
        return True
    raise _Refused


def check_payload(value: Any) -> bool:
    """Raise `InvalidInput` if `value` is outside the JSON subset we hash and sign.

    Returns whether every object key is ASCII (see `canonical_bytes`).
    """
    try:
        return _scan(value, 0)
    except (_Refused, RecursionError):
        _explain(value, "", 0)
        raise InvalidInput("document is outside the JSON subset Casebook signs") from None


def _explain(value: Any, path: str, depth: int) -> None:
    """Walk again, slowly, to say where the problem is (only called on refusal)."""
    where = path or "document"
    if depth > MAX_DEPTH:
        raise InvalidInput(f"{where}: nested deeper than {MAX_DEPTH} levels")
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, int):
        if not -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
            raise InvalidInput(f"{where}: integer {value} is outside ±2^53")
        return
    if isinstance(value, float):
        raise InvalidInput(f"{where}: numbers with a fraction are not allowed")
    if isinstance(value, str):
        _check_text(value, path)
        return
    if isinstance(value, list):
        for i, item in enumerate(value):
            _explain(item, f"{path}[{i}]", depth + 1)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise InvalidInput(f"{where}: keys must be text")
            _check_text(key, path)
            _explain(item, f"{path}.{key}" if path else key, depth + 1)
        return
    raise InvalidInput(f"{where}: {type(value).__name__} is not a JSON value")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_text(text: str, path: str) -> None:
    if _SURROGATE.search(text):
        raise InvalidInput(
            f"{path or 'document'}: contains a lone surrogate (broken Unicode); "
            "save the file as UTF-8"
        )


def canonical_bytes(value: Any) -> bytes:
    """The RFC 8785 canonical form of `value` (after checking it against our rules).

    Within our subset (no floats, integers within ±2^53, no lone surrogates) the standard
    library's sorted, compact, non-ASCII-preserving `json.dumps` writes exactly the JCS
    bytes, as long as keys sort the same by code point as by UTF-16 code unit, which holds
    for ASCII keys (every key of our schemas). Other documents go through `rfc8785`.
    `tests/catalogue/test_canonical.py` checks the two agree.
    """
    return _encode(value, check_payload(value))


_ENCODER = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
)


def _encode(value: Any, ascii_keys: bool) -> bytes:
    if ascii_keys:
        return _ENCODER.encode(value).encode("utf-8")
    result: bytes = rfc8785.dumps(value)
    return result


def content_hash(value: Any) -> str:
    """Hex SHA-256 of the canonical form: the address of a revision."""
    return hashlib.sha256(canonical_bytes(value)).hexdigest()


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise InvalidInput(f"duplicate key {key!r}: keep only one of them")
            seen.add(key)
    return result


def _no_float(text: str) -> Any:
    raise InvalidInput(f"number {text} has a fraction or exponent; use whole numbers or text")


def _no_constant(name: str) -> Any:
    raise InvalidInput(f"{name} is not valid JSON; remove it")


_SPECIAL = re.compile(rb'[\[\]{}"\\]')


def nested_deeper(data: bytes | str, limit: int = MAX_DEPTH) -> bool:
    """Whether JSON text opens more than `limit` arrays or objects inside each other,
    found without parsing it (so 200,000 `[` cost a scan, not a RecursionError). Brackets
    inside strings do not count. Linear: it visits only brackets, quotes and backslashes,
    and not even those when the text has at most `limit` opening brackets in all."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return False
    depth, in_string, skip = 0, False, -1
    for match in _SPECIAL.finditer(raw):
        at = match.start()
        if at == skip:
            continue
        c = raw[at]
        if in_string:
            if c == 0x5C:  # a backslash escapes the next character
                skip = at + 1
            elif c == 0x22:
                in_string = False
        elif c == 0x22:
            in_string = True
        elif c in (0x5B, 0x7B):
            depth += 1
            if depth > limit:
                return True
        elif c in (0x5D, 0x7D):
            depth -= 1
    return False


def parse_strict(data: bytes | str) -> Any:
    """Parse JSON text, refusing anything `canonical_bytes` would refuse.

    Raises `InvalidInput` with a message that says where the problem is.
    """
    return _parse(data)[0]


def parse_canonical(data: bytes) -> tuple[Any, bool]:
    """`parse_strict`, and whether `data` is byte for byte the canonical form of the value
    (signed payloads and bundle lines must be). The same as comparing `canonical_bytes` of
    the result with `data`, and faster: one walk of the value instead of two, and no
    duplicate-key hook while the bytes turn out canonical (canonical bytes, written from a
    dict, have no duplicate key; any other input is parsed again by `parse_strict`'s rules,
    so it is refused with the same message)."""
    if nested_deeper(data):
        raise InvalidInput(f"nested deeper than {MAX_DEPTH} levels")
    try:
        value = json.loads(data, parse_float=_no_float, parse_constant=_no_constant)
        ascii_keys = check_payload(value)
        if _encode(value, ascii_keys) == data:
            return value, True
    except (CasebookError, ValueError, RecursionError, UnicodeError):
        pass
    value, ascii_keys = _parse(data)
    return value, _encode(value, ascii_keys) == data


def _parse(data: bytes | str) -> tuple[Any, bool]:
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
    if nested_deeper(text):
        raise InvalidInput(f"nested deeper than {MAX_DEPTH} levels")
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
    return value, check_payload(value)
