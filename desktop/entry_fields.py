"""The fields of the entry forms: the editor's sections, and the few the workshop form has.

Each `FieldSpec` edits one dotted key of the entry body; labels and hints are marked for
translation (context "EntryEditor") and translated where shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from catalogue import vocab

from .i18n import translate


def _one_of(values: tuple[str, ...]) -> str:
    return ", ".join(values)


@dataclass(frozen=True)
class FieldSpec:
    key: str  # dotted key in the body
    label: object  # English, marked for translation; shown through EntryEditor.tr
    kind: str = "line"  # line | text | choice | list | links | transfers
    choices: tuple[str, ...] = ()
    hint: object = ""


# Labels and hints are marked for translation (context EntryEditor) and translated where shown.
SECTIONS: list[tuple[object, list[FieldSpec]]] = [
    (
        QT_TRANSLATE_NOOP("EntryEditor", "Basics"),
        [
            FieldSpec(
                "title",
                QT_TRANSLATE_NOOP("EntryEditor", "Title *"),
                hint=QT_TRANSLATE_NOOP("EntryEditor", "≤ 200 characters"),
            ),
            FieldSpec(
                "summary",
                QT_TRANSLATE_NOOP("EntryEditor", "Summary *"),
                "text",
                hint=QT_TRANSLATE_NOOP("EntryEditor", "a few sentences, ≤ 1,000 characters"),
            ),
            FieldSpec(
                "description",
                QT_TRANSLATE_NOOP("EntryEditor", "Description"),
                "text",
                hint=QT_TRANSLATE_NOOP("EntryEditor", "Markdown"),
            ),
            FieldSpec("kind", QT_TRANSLATE_NOOP("EntryEditor", "Kind"), "choice", vocab.KINDS),
            FieldSpec(
                "status", QT_TRANSLATE_NOOP("EntryEditor", "Status"), "choice", vocab.STATUSES
            ),
            FieldSpec(
                "language",
                QT_TRANSLATE_NOOP("EntryEditor", "Language *"),
                hint=QT_TRANSLATE_NOOP("EntryEditor", "of the text: en, nl, fi, it, ro, lv…"),
            ),
            FieldSpec(
                "tags",
                QT_TRANSLATE_NOOP("EntryEditor", "Tags"),
                "list",
                hint=QT_TRANSLATE_NOOP("EntryEditor", "comma-separated"),
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("EntryEditor", "Organisation and place"),
        [
            FieldSpec("organisation.name", QT_TRANSLATE_NOOP("EntryEditor", "Organisation *")),
            FieldSpec(
                "organisation.type",
                QT_TRANSLATE_NOOP("EntryEditor", "Organisation type"),
                "choice",
                vocab.ORGANISATION_TYPES,
            ),
            FieldSpec(
                "location.country",
                QT_TRANSLATE_NOOP("EntryEditor", "Country *"),
                hint=QT_TRANSLATE_NOOP("EntryEditor", "two letters: FI, NL, IT, RO, LV…"),
            ),
            FieldSpec("location.city", QT_TRANSLATE_NOOP("EntryEditor", "City")),
            FieldSpec(
                "location.nuts",
                QT_TRANSLATE_NOOP("EntryEditor", "NUTS code"),
                hint=QT_TRANSLATE_NOOP("EntryEditor", "e.g. FI197"),
            ),
            FieldSpec(
                "dates.start",
                QT_TRANSLATE_NOOP("EntryEditor", "Started"),
                hint=QT_TRANSLATE_NOOP("EntryEditor", "year or date: 2023, 2023-05"),
            ),
            FieldSpec("dates.end", QT_TRANSLATE_NOOP("EntryEditor", "Ended")),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("EntryEditor", "AI and governance"),
        [
            FieldSpec(
                "ai_techniques",
                QT_TRANSLATE_NOOP("EntryEditor", "AI techniques"),
                "list",
                hint=", ".join(vocab.AI_TECHNIQUES),
            ),
            FieldSpec(
                "policy_areas",
                QT_TRANSLATE_NOOP("EntryEditor", "Policy areas"),
                "list",
                hint=QT_TRANSLATE_NOOP("EntryEditor", "COFOG codes: 01.3, 07.4…"),
            ),
            FieldSpec(
                "governance_themes",
                QT_TRANSLATE_NOOP("EntryEditor", "Governance themes"),
                "list",
                hint=", ".join(vocab.GOVERNANCE_THEMES),
            ),
            FieldSpec(
                "ai_act.risk_tier",
                QT_TRANSLATE_NOOP("EntryEditor", "AI Act risk"),
                "choice",
                vocab.RISK_TIERS,
            ),
            FieldSpec(
                "ai_act.legal_basis", QT_TRANSLATE_NOOP("EntryEditor", "Legal basis"), "text"
            ),
            FieldSpec(
                "ai_act.human_oversight",
                QT_TRANSLATE_NOOP("EntryEditor", "Human oversight"),
                "text",
            ),
            FieldSpec("provider", QT_TRANSLATE_NOOP("EntryEditor", "Provider / vendor")),
            FieldSpec("data_sources", QT_TRANSLATE_NOOP("EntryEditor", "Data sources"), "text"),
            FieldSpec("risks", QT_TRANSLATE_NOOP("EntryEditor", "Risks and mitigations"), "text"),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("EntryEditor", "Good practice"),
        [
            FieldSpec("purpose", QT_TRANSLATE_NOOP("EntryEditor", "Purpose"), "text"),
            FieldSpec("problem", QT_TRANSLATE_NOOP("EntryEditor", "Problem addressed"), "text"),
            FieldSpec("evidence", QT_TRANSLATE_NOOP("EntryEditor", "Evidence of success"), "text"),
            FieldSpec(
                "transfer_potential", QT_TRANSLATE_NOOP("EntryEditor", "Transfer potential"), "text"
            ),
            FieldSpec(
                "lessons", QT_TRANSLATE_NOOP("EntryEditor", "Difficulties and lessons"), "text"
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("EntryEditor", "Learning trail"),
        [
            FieldSpec(
                "interreg.project",
                QT_TRANSLATE_NOOP("EntryEditor", "Interreg project"),
                hint=QT_TRANSLATE_NOOP("EntryEditor", "e.g. AI4Citizens"),
            ),
            FieldSpec(
                "interreg.policy_instrument", QT_TRANSLATE_NOOP("EntryEditor", "Policy instrument")
            ),
            FieldSpec(
                "interreg.validation",
                QT_TRANSLATE_NOOP("EntryEditor", "Validation"),
                "choice",
                vocab.VALIDATION_STATES,
            ),
            FieldSpec(
                "interreg.expert_opinion",
                QT_TRANSLATE_NOOP("EntryEditor", "Expert opinion"),
                "text",
            ),
            FieldSpec(
                "interreg.transfers",
                QT_TRANSLATE_NOOP("EntryEditor", "Transfers"),
                "transfers",
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("EntryEditor", "Links and attachments"),
        [
            FieldSpec(
                "links",
                QT_TRANSLATE_NOOP("EntryEditor", "Links"),
                "links",
                hint=QT_TRANSLATE_NOOP("EntryEditor", "one per line: title | https://…"),
            ),
            FieldSpec(
                "source_code",
                QT_TRANSLATE_NOOP("EntryEditor", "Source code"),
                hint=QT_TRANSLATE_NOOP("EntryEditor", "https://…"),
            ),
            FieldSpec("contact.name", QT_TRANSLATE_NOOP("EntryEditor", "Contact name")),
            FieldSpec("contact.email", QT_TRANSLATE_NOOP("EntryEditor", "Contact e-mail")),
            FieldSpec("contact.url", QT_TRANSLATE_NOOP("EntryEditor", "Contact page")),
        ],
    ),
]
ALL_FIELDS = [spec for _, specs in SECTIONS for spec in specs]
Sections = list[tuple[object, list[FieldSpec]]]


def _spec(key: str) -> FieldSpec:
    return next(spec for spec in ALL_FIELDS if spec.key == key)


# The workshop form: the fields of the workshop spreadsheet a facilitator fills in first.
WORKSHOP_SECTIONS: Sections = [
    (
        QT_TRANSLATE_NOOP("EntryEditor", "Practice"),
        [_spec(k) for k in ("title", "summary", "kind", "status", "ai_techniques", "tags")],
    ),
    (
        QT_TRANSLATE_NOOP("EntryEditor", "Who and where"),
        [
            _spec(k)
            for k in (
                "organisation.name",
                "organisation.type",
                "location.country",
                "location.city",
                "language",
            )
        ],
    ),
    (
        QT_TRANSLATE_NOOP("EntryEditor", "To follow up"),
        [_spec(k) for k in ("contact.name", "contact.email", "links")],
    ),
]


# The catalogue's messages about a field (English, `catalogue/entry_models.py`) as the form
# shows them, in the interface language: (the English message as a pattern, its template).
_ANY = r"'.*?'"
PROBLEM_TEXTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern + r"\Z"), str(template))
    for pattern, template in (
        (r"is required; fill it in", QT_TRANSLATE_NOOP("EntryEditor", "is required; fill it in")),
        (r"must not be empty", QT_TRANSLATE_NOOP("EntryEditor", "must not be empty")),
        (r"must be text", QT_TRANSLATE_NOOP("EntryEditor", "must be text")),
        (r"must be a list", QT_TRANSLATE_NOOP("EntryEditor", "must be a list")),
        (r"must be a whole number", QT_TRANSLATE_NOOP("EntryEditor", "must be a whole number")),
        (
            r"is (?P<length>\d+) characters long; shorten it to at most (?P<most>\d+)",
            QT_TRANSLATE_NOOP(
                "EntryEditor", "is {length} characters long; shorten it to at most {most}"
            ),
        ),
        (
            r"(?P<value>.+?) is not allowed; use one of: (?P<choices>.+)",
            QT_TRANSLATE_NOOP("EntryEditor", "{value} is not allowed; use one of: {choices}"),
        ),
        (
            rf"(?P<value>{_ANY}) is not an ISO 3166-1 alpha-2 country code; use two letters "
            "such as FI, NL, IT, RO or LV",
            QT_TRANSLATE_NOOP(
                "EntryEditor",
                "{value} is not a country code; use two letters such as FI, NL, IT, RO or LV",
            ),
        ),
        (
            rf"(?P<value>{_ANY}) is the EU statistical code; use the ISO code (?P<code>{_ANY})",
            QT_TRANSLATE_NOOP(
                "EntryEditor", "{value} is the EU statistical code; use the ISO code {code}"
            ),
        ),
        (
            rf"(?P<value>{_ANY}) is not a BCP 47 language tag; use a code such as en, nl, fi, "
            "it, ro or lv",
            QT_TRANSLATE_NOOP(
                "EntryEditor",
                "{value} is not a language code; use a code such as en, nl, fi, it, ro or lv",
            ),
        ),
        (
            rf"(?P<value>{_ANY}) is not a NUTS code; use the country prefix and up to three "
            "characters, such as FI1B or NL329",
            QT_TRANSLATE_NOOP(
                "EntryEditor",
                "{value} is not a NUTS code; use the country prefix and up to three characters,"
                " such as FI1B or NL329",
            ),
        ),
        (
            r"NUTS code (?P<nuts>\S+) is not in country (?P<country>\S+); NUTS codes there "
            r"start with (?P<prefix>\S+)",
            QT_TRANSLATE_NOOP(
                "EntryEditor",
                "NUTS code {nuts} is not in country {country}; NUTS codes there start with "
                "{prefix}",
            ),
        ),
        (
            r"must be a date written as YYYY, YYYY-MM or YYYY-MM-DD",
            QT_TRANSLATE_NOOP(
                "EntryEditor", "must be a date written as YYYY, YYYY-MM or YYYY-MM-DD"
            ),
        ),
        (
            rf"(?P<value>{_ANY}) is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, such as "
            "2024-03-01",
            QT_TRANSLATE_NOOP(
                "EntryEditor",
                "{value} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, such as 2024-03-01",
            ),
        ),
        (
            r"end (?P<end>\S+) is before start (?P<start>\S+)",
            QT_TRANSLATE_NOOP("EntryEditor", "end {end} is before start {start}"),
        ),
        (
            rf"(?P<value>{_ANY}) is not a web address; write it as https://…",
            QT_TRANSLATE_NOOP("EntryEditor", "{value} is not a web address; write it as https://…"),
        ),
        (
            rf"(?P<value>{_ANY}) is not an e-mail address; write it as name@example.org",
            QT_TRANSLATE_NOOP(
                "EntryEditor", "{value} is not an e-mail address; write it as name@example.org"
            ),
        ),
    )
)


def problem_text(message: str) -> str:
    """A message of the catalogue's validation in the interface language (as it was when
    no translation is known)."""
    for pattern, template in PROBLEM_TEXTS:
        found = pattern.match(message)
        if found:
            return translate("EntryEditor", template).format(**found.groupdict())
    return message
