"""The pydantic models of the entry and collection schemas, and their error messages.

Imported on the first validation, not at start-up: pydantic costs a fifth of the desktop
app's start-up. Use the functions of `catalogue.entry` and `catalogue.collection`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    model_validator,
)
from pydantic import (
    ValidationError as ValidationError,
)
from pydantic_core import ErrorDetails

from . import vocab
from .errors import Problem

# ---------------------------------------------------------------------------------------------
# Field types


def _empty_to_none(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _check_country(value: str) -> str:
    code = value.strip().upper()
    if code in vocab.COUNTRY_ALIASES:
        raise ValueError(
            f"{value!r} is the EU statistical code; use the ISO code "
            f"{vocab.COUNTRY_ALIASES[code]!r}"
        )
    if code not in vocab.COUNTRIES:
        raise ValueError(
            f"{value!r} is not an ISO 3166-1 alpha-2 country code; "
            "use two letters such as FI, NL, IT, RO or LV"
        )
    return code


@functools.lru_cache(maxsize=512)
def _check_language(value: str) -> str:
    import langcodes  # on first use: its data tables take a tenth of the app's start-up

    tag = value.strip()
    if not langcodes.tag_is_valid(tag):
        raise ValueError(
            f"{value!r} is not a BCP 47 language tag; use a code such as en, nl, fi, it, ro or lv"
        )
    return str(langcodes.standardize_tag(tag))


_NUTS = re.compile(r"^[A-Z]{2}[0-9A-Z]{0,3}$")


def _check_nuts(value: str) -> str:
    code = value.strip().upper()
    if not _NUTS.match(code):
        raise ValueError(
            f"{value!r} is not a NUTS code; use the country prefix and up to three "
            "characters, such as FI1B or NL329"
        )
    return code


_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _check_partial_date(value: Any) -> str:
    text = str(value).strip() if isinstance(value, int | str) else value
    if not isinstance(text, str):
        raise ValueError("must be a date written as YYYY, YYYY-MM or YYYY-MM-DD")
    match = _PARTIAL_DATE.fullmatch(text)
    try:
        if match is None:
            raise ValueError
        year, month, day = match.groups()
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise ValueError(
            f"{text!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, such as 2024-03-01"
        ) from None
    return text


_URL = re.compile(r"https?://[^\s/?#@]*@?[^\s/?#]+(?:[/?#]\S*)?", re.IGNORECASE)


def _check_url(value: str) -> str:
    url = value.strip()
    if not _URL.fullmatch(url):
        raise ValueError(f"{value!r} is not a web address; write it as https://…")
    if len(url) > 2048:
        raise ValueError("web address is longer than 2048 characters")
    return url


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _check_email(value: str) -> str:
    email = value.strip()
    if not _EMAIL.match(email):
        raise ValueError(f"{value!r} is not an e-mail address; write it as name@example.org")
    return email


def _check_cofog(value: str) -> str:
    code = value.strip()
    if code not in vocab.COFOG:
        raise ValueError(
            f"{value!r} is not a COFOG code; use a division such as 07 (health) "
            "or a group such as 10.4 (family and children)"
        )
    return code


def _one_of(options: tuple[str, ...], what: str) -> Any:
    lookup = {o.lower(): o for o in options}

    def check(value: str) -> str:
        found = lookup.get(value.strip().lower())
        if found is None:
            raise ValueError(f"{value!r} is not {what}; use one of: {', '.join(options)}")
        return found

    return AfterValidator(check)


def _unique(values: list[Any]) -> list[Any]:
    seen: list[Any] = []
    for v in values:
        if v not in seen:
            seen.append(v)
    return seen


def _check_sha256(value: str) -> str:
    if not re.fullmatch(r"[0-9a-f]{64}", value):
        raise ValueError("must be 64 lowercase hexadecimal characters (a SHA-256)")
    return value


OptText = Annotated[
    Annotated[str, Field(max_length=20_000)] | None, BeforeValidator(_empty_to_none)
]
ShortText = Annotated[Annotated[str, Field(max_length=500)] | None, BeforeValidator(_empty_to_none)]
Name = Annotated[str, Field(min_length=1, max_length=300)]
Url = Annotated[str, AfterValidator(_check_url)]
OptUrl = Annotated[
    str | None,
    BeforeValidator(_empty_to_none),
    AfterValidator(lambda v: None if v is None else _check_url(v)),
]
PartialDate = Annotated[
    str | None,
    BeforeValidator(_empty_to_none),
    AfterValidator(lambda v: None if v is None else _check_partial_date(v)),
]
Assessment = Literal["done", "planned", "no", "unknown"]
Technique = Annotated[str, _one_of(vocab.AI_TECHNIQUES, "an AI technique")]
Theme = Annotated[str, _one_of(vocab.GOVERNANCE_THEMES, "a governance theme")]
Tag = Annotated[str, Field(min_length=1, max_length=60)]


class _Model(BaseModel):
    # defer_build: validators are built on first use, not at import (the desktop app starts
    # without validating anything).
    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, frozen=True, defer_build=True
    )


def _compare_dates(start: str | None, end: str | None) -> None:
    if start and end:
        n = min(len(start), len(end))
        if end[:n] < start[:n]:
            raise ValueError(f"end {end} is before start {start}")


class Organisation(_Model):
    name: Name
    type: Literal["municipality", "region", "national", "agency", "other"] | None = None


class Location(_Model):
    country: Annotated[str, AfterValidator(_check_country)]
    nuts: Annotated[
        str | None,
        BeforeValidator(_empty_to_none),
        AfterValidator(lambda v: None if v is None else _check_nuts(v)),
    ] = None
    city: ShortText = None

    @model_validator(mode="after")
    def _nuts_in_country(self) -> Location:
        if self.nuts:
            prefix = {"GR": "EL", "GB": "UK"}.get(self.country, self.country)
            if not self.nuts.startswith(prefix):
                raise ValueError(
                    f"NUTS code {self.nuts} is not in country {self.country}; "
                    f"NUTS codes there start with {prefix}"
                )
        return self


class Dates(_Model):
    start: PartialDate = None
    end: PartialDate = None

    @model_validator(mode="after")
    def _ordered(self) -> Dates:
        _compare_dates(self.start, self.end)
        return self


class AIAct(_Model):
    risk_tier: Literal["prohibited", "high", "limited", "minimal", "gpai", "unknown"] | None = None
    legal_basis: OptText = None
    human_oversight: OptText = None
    dpia: Assessment | None = None
    fria: Assessment | None = None
    assessment_url: OptUrl = None


class Resources(_Model):
    budget: ShortText = None
    staff: ShortText = None


class Transfer(_Model):
    partner: Name
    action_plan: ShortText = None
    date: PartialDate = None
    note: OptText = None


class Interreg(_Model):
    project: ShortText = None
    policy_instrument: ShortText = None
    validation: Literal["draft", "partner_approved", "expert_validated"] | None = None
    expert_opinion: OptText = None
    transfers: list[Transfer] = Field(default_factory=list)


class Contact(_Model):
    name: ShortText = None
    email: Annotated[
        str | None,
        BeforeValidator(_empty_to_none),
        AfterValidator(lambda v: None if v is None else _check_email(v)),
    ] = None
    url: OptUrl = None


class Link(_Model):
    title: ShortText = None
    url: Url


class Attachment(_Model):
    name: Name
    sha256: Annotated[str, AfterValidator(_check_sha256)]
    size: Annotated[int, Field(ge=0, le=2**53 - 1, strict=True)]
    media_type: ShortText = None


class Source(_Model):
    dataset: (
        Literal["pstw", "algoritmeregister", "omb-2025", "workshop", "partner", "starter"] | None
    ) = None
    id: ShortText = None
    url: OptUrl = None
    licence: ShortText = None
    attribution: ShortText = None
    retrieved: PartialDate = None


class Entry(_Model):
    """One practice or case: the body of a `casebook.entry/1` revision."""

    title: Annotated[str, Field(min_length=1, max_length=200)]
    summary: Annotated[str, Field(min_length=1, max_length=1000)]
    organisation: Organisation
    location: Location
    language: Annotated[str, AfterValidator(_check_language)]

    kind: Literal["good_practice", "policy_case", "ai_use_case", "guideline"] | None = None
    status: Literal["idea", "planned", "pilot", "in_use", "retired"] | None = None
    description: Annotated[
        Annotated[str, Field(max_length=100_000)] | None, BeforeValidator(_empty_to_none)
    ] = None
    purpose: OptText = None
    problem: OptText = None
    dates: Dates | None = None
    policy_areas: Annotated[
        list[Annotated[str, AfterValidator(_check_cofog)]], AfterValidator(_unique)
    ] = Field(default_factory=list)
    ai_techniques: Annotated[list[Technique], AfterValidator(_unique)] = Field(default_factory=list)
    governance_themes: Annotated[list[Theme], AfterValidator(_unique)] = Field(default_factory=list)
    ai_act: AIAct | None = None
    data_sources: OptText = None
    risks: OptText = None
    provider: ShortText = None
    resources: Resources | None = None
    evidence: OptText = None
    transfer_potential: OptText = None
    lessons: OptText = None
    interreg: Interreg | None = None
    contact: Contact | None = None
    links: list[Link] = Field(default_factory=list)
    source_code: OptUrl = None
    tags: Annotated[list[Tag], AfterValidator(_unique)] = Field(default_factory=list)
    attachments: list[Attachment] = Field(default_factory=list)
    source: Source | None = None


ENTRY_FIELDS = tuple(Entry.model_fields)

# Where a dotted key leads, for `--set` and for error hints.
_NESTED: dict[str, type[_Model]] = {
    "organisation": Organisation,
    "location": Location,
    "dates": Dates,
    "ai_act": AIAct,
    "resources": Resources,
    "interreg": Interreg,
    "contact": Contact,
    "source": Source,
}


# ---------------------------------------------------------------------------------------------
# Collections (`casebook.collection/1`)


class _CollectionModel(BaseModel):
    # defer_build: validators are built on first use, not at import (the desktop app starts
    # without validating anything).
    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, frozen=True, defer_build=True
    )


class Item(_CollectionModel):
    entry: Annotated[
        str, Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
    ]
    note: Annotated[str | None, Field(max_length=5000)] = None


class Collection(_CollectionModel):
    """The body of a collection revision."""

    name: Annotated[str, Field(min_length=1, max_length=200)]
    introduction: Annotated[str | None, Field(max_length=20_000)] = None
    items: list[Item] = Field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Error messages


def _location(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _message(err: ErrorDetails) -> str:
    kind = err["type"]
    ctx = err.get("ctx", {})
    if kind == "missing":
        return "is required; fill it in"
    if kind == "extra_forbidden":
        return "is not a field of an entry; check the spelling or remove it"
    if kind == "string_too_long":
        length = len(err["input"]) if isinstance(err["input"], str) else "?"
        return f"is {length} characters long; shorten it to at most {ctx.get('max_length')}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "literal_error":
        return f"{err['input']!r} is not allowed; use one of: {ctx.get('expected', '')}".replace(
            "'", ""
        ).replace(" or ", ", ")
    if kind == "string_type":
        return "must be text"
    if kind in ("list_type", "tuple_type"):
        return "must be a list"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "must be an object with named fields"
    if kind.startswith("int"):
        return "must be a whole number"
    if kind == "value_error":
        return str(ctx.get("error", err["msg"]))
    return str(err["msg"])


def problems_of(exc: ValidationError) -> list[Problem]:
    """Turn a pydantic error into one `Problem` per field, in a stable order."""
    seen: set[tuple[str, str]] = set()
    problems = []
    for err in exc.errors():
        item = (_location(err["loc"]), _message(err))
        if item not in seen:
            seen.add(item)
            problems.append(Problem(*item))
    return problems
