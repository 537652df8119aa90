"""Turning spreadsheet and JSON cells into clean entry values.

Public registers are messy: non-breaking spaces and hyphens, Excel escapes such as
`_x000D_`, Python-style lists in CSV cells, dates written five ways. These functions clean
one value each and never raise on odd input; what they cannot read they return as `None`.
"""

from __future__ import annotations

import ast
import datetime as dt
import functools
import re
from typing import Any

_EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t]+")
_LINE_END = re.compile(r"\r*\n|\r")
_NEEDS_CLEANING = re.compile(r"[\x00-\x1f\x7f\u00a0\u2011]|_x[0-9A-Fa-f]{4}_|  ")


def text(value: Any) -> str:
    """A cell as clean text: normalised spaces and hyphens, Excel escapes decoded, control
    characters dropped, line breaks kept (as `\\n`), ends stripped."""
    if value is None:
        return ""
    kind = type(value)
    if kind is str and not _NEEDS_CLEANING.search(value):
        return str(value).strip()  # the common case, fast
    if kind is int:
        return str(value)
    if kind is float and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    result = str(value).replace("\u00a0", " ").replace("\u2011", "-")
    if "_x" in result:
        result = _EXCEL_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), result)
    if "\r" in result:
        result = _LINE_END.sub("\n", result)
    result = _CONTROL.sub("", result)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in result.split("\n")).strip()


def name(value: Any) -> str:
    """A sheet or column name as people mean it: spaces collapsed, case folded."""
    if value is None:
        return ""
    if type(value) is str:
        return _name_of_text(value)
    return " ".join(text(value).split()).casefold()


@functools.lru_cache(maxsize=4096)
def _name_of_text(value: str) -> str:
    # Registers repeat the same category names (status, country, COFOG) on every row.
    return " ".join(text(value).split()).casefold()


def one_line(value: Any) -> str:
    """A cell as one line of text (line breaks become spaces)."""
    if value is None:
        return ""
    return " ".join(text(value).split())


def cut(value: str, limit: int) -> str:
    """`value` on one line, shortened to at most `limit` characters at a word boundary,
    ending with an ellipsis when shortened."""
    line = " ".join(value.split())
    if len(line) <= limit:
        return line
    head = line[: limit - 1]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip(" ,;:.-") + "…"


_YEAR = re.compile(r"(19|20)\d\d")


def year(value: Any) -> str | None:
    """A four-digit year between 1900 and 2099, or None."""
    found = one_line(value)
    return found if _YEAR.fullmatch(found) else None


_MONTHS = {
    m: i for i, m in enumerate(("jan feb mar apr may jun jul aug sep oct nov dec").split(), 1)
}


def _valid(y: int, m: int, d: int | None) -> str | None:
    try:
        dt.date(y, m, d or 1)
    except ValueError:
        return None
    if not 1900 <= y <= 2099:
        return None
    return f"{y:04d}-{m:02d}" + (f"-{d:02d}" if d else "")


def partial_date(value: Any) -> str | None:
    """A date written in any of the ways registers write them, as YYYY, YYYY-MM or
    YYYY-MM-DD; None when it cannot be read without guessing.

    Read: Excel datetimes, `2025-09-08 00:00:00`, `2025-09`, `2024`, US `9/8/2025` (month
    first, with or without a time), `01/2024` (month/year) and `Jan-24` (month-year).
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    raw = one_line(value)
    if not raw:
        return None
    iso = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[ T]\d{1,2}:\d{2}(:\d{2})?)?", raw)
    if iso:
        y = int(iso.group(1))
        if iso.group(2) is None:
            return str(y) if 1900 <= y <= 2099 else None
        return _valid(y, int(iso.group(2)), int(iso.group(3)) if iso.group(3) else None)
    us = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?)?", raw)
    if us:
        return _valid(int(us.group(3)), int(us.group(1)), int(us.group(2)))
    month_year = re.fullmatch(r"(\d{1,2})/(\d{4})", raw)
    if month_year:
        return _valid(int(month_year.group(2)), int(month_year.group(1)), None)
    short = re.fullmatch(r"([A-Za-z]{3})[a-z]*[- ](\d{2}|\d{4})", raw)
    if short and short.group(1).lower() in _MONTHS:
        y = int(short.group(2))
        return _valid(y + 2000 if y < 100 else y, _MONTHS[short.group(1).lower()], None)
    return None


def list_cell(value: Any) -> list[str]:
    """A cell holding a list: a Python- or JSON-style list (`['a', 'b']`, `[]`), or text
    separated by semicolons or line breaks. Items are cleaned; empty ones dropped."""
    raw = text(value)
    if not raw:
        return []
    if raw.startswith("[") and raw.endswith("]") and len(raw) < 100_000:
        try:
            parsed = ast.literal_eval(raw)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            parsed = None
        if isinstance(parsed, list | tuple):
            return [t for t in (one_line(p) for p in parsed) if t]
    return [t for t in (one_line(p) for p in re.split(r"[;\n]", raw)) if t]


_URL = re.compile(r"https?://[^\s()<>\"',;]+", re.IGNORECASE)


def urls(value: Any) -> list[str]:
    """Every web address in free text (in order, once each), without trailing punctuation
    or wrapping parentheses; `...and https://` glued words are split off."""
    found: list[str] = []
    for match in _URL.finditer(text(value)):
        url = match.group(0).rstrip(".:")
        for glued in ("and", "And"):
            if url.endswith("/" + glued):
                url = url[: -len(glued)]
        if url not in found and len(url) <= 2048:
            found.append(url)
    return found


def flag(value: Any) -> bool:
    """An "x"/yes flag cell is set (PSTW's benefit columns: "x", "" or empty)."""
    return value is not None and one_line(value).lower() in ("x", "yes", "y", "true", "1", "ja")
