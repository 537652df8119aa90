"""Validation of every field type of `casebook.entry/1`, and dotted-key editing."""

from __future__ import annotations

from typing import Any

import pytest

from catalogue.entry import check_entry, set_field, validate_entry
from catalogue.errors import InvalidEntry
from tests.conftest import sample_entry

FULL = sample_entry(
    description="**Markdown** text",
    purpose="Answer questions",
    problem="Long queues",
    organisation={"name": "City of Amsterdam", "type": "municipality"},
    location={"country": "NL", "nuts": "NL329", "city": "Amsterdam"},
    dates={"start": "2020", "end": "2023-06-30"},
    policy_areas=["01.3", "10"],
    ai_techniques=["chatbot", "natural language processing"],
    governance_themes=["AI governance", "digital skills"],
    ai_act={
        "risk_tier": "limited",
        "legal_basis": "Municipal act",
        "human_oversight": "Staff",
        "dpia": "done",
        "fria": "planned",
        "assessment_url": "https://example.org/dpia",
    },
    data_sources="FAQ pages",
    risks="Wrong answers; mitigated by review",
    provider="Vendor BV",
    resources={"budget": "EUR 100k", "staff": "2 FTE"},
    evidence="Fewer calls",
    transfer_potential="High",
    lessons="Start small",
    interreg={
        "project": "AI4Citizens",
        "policy_instrument": "ERDF OP",
        "validation": "draft",
        "expert_opinion": "Promising",
        "transfers": [
            {"partner": "Tampere", "action_plan": "AP 1", "date": "2025-02", "note": "Adapted"}
        ],
    },
    contact={"name": "Team", "email": "ai@example.org", "url": "https://example.org"},
    links=[{"title": "Register", "url": "https://example.org/register"}],
    source_code="https://github.com/example/bot",
    tags=["chatbot", "permits"],
    attachments=[
        {"name": "report.pdf", "sha256": "a" * 64, "size": 1234, "media_type": "application/pdf"}
    ],
    source={
        "dataset": "workshop",
        "id": "W-1",
        "url": "https://example.org/w",
        "licence": "CC BY 4.0",
        "attribution": "Us",
        "retrieved": "2026-11-25",
    },
)


def test_a_full_entry_is_valid_and_unchanged() -> None:
    assert validate_entry(FULL) == FULL


def test_values_are_normalised() -> None:
    body = validate_entry(
        sample_entry(
            location={"country": "lv", "nuts": "lv006"},
            language="EN",
            ai_techniques=["Chatbot", "chatbot"],
            tags=["a", "a", "b"],
            description="   ",
            title="  Padded title  ",
        )
    )
    assert body["location"] == {"country": "LV", "nuts": "LV006"}
    assert body["language"] == "en"
    assert body["ai_techniques"] == ["chatbot"]
    assert body["tags"] == ["a", "b"]
    assert "description" not in body
    assert body["title"] == "Padded title"


def test_empty_objects_and_lists_are_pruned() -> None:
    body = validate_entry(sample_entry(ai_act={}, links=[], contact={"name": ""}))
    assert "ai_act" not in body
    assert "links" not in body
    assert "contact" not in body


BAD: list[tuple[str, dict[str, Any], str]] = [
    ("title", {"title": "x" * 201}, "at most 200"),
    ("title", {"title": ""}, "must not be empty"),
    ("summary", {"summary": "x" * 1001}, "at most 1000"),
    ("summary", {"summary": 12}, "must be text"),
    ("organisation.name", {"organisation": {"type": "region"}}, "required"),
    ("organisation.type", {"organisation": {"name": "X", "type": "city"}}, "municipality"),
    ("organisation", {"organisation": "City of X"}, "object"),
    ("location.country", {"location": {"country": "XX"}}, "ISO 3166-1"),
    ("location.country", {"location": {"country": "UK"}}, "GB"),
    ("location.nuts", {"location": {"country": "NL", "nuts": "N-3"}}, "NUTS"),
    ("location", {"location": {"country": "NL", "nuts": "FI1B"}}, "not in country NL"),
    ("language", {"language": "english"}, "BCP 47"),
    ("kind", {"kind": "project"}, "good_practice"),
    ("status", {"status": "live"}, "in_use"),
    ("dates.start", {"dates": {"start": "2020-13"}}, "YYYY"),
    ("dates.end", {"dates": {"end": "yesterday"}}, "YYYY"),
    ("dates", {"dates": {"start": "2021", "end": "2020-05"}}, "before start"),
    ("policy_areas[0]", {"policy_areas": ["99"]}, "COFOG"),
    ("policy_areas", {"policy_areas": "07"}, "list"),
    ("ai_techniques[1]", {"ai_techniques": ["chatbot", "magic"]}, "AI technique"),
    ("governance_themes[0]", {"governance_themes": ["ethics"]}, "governance theme"),
    ("ai_act.risk_tier", {"ai_act": {"risk_tier": "huge"}}, "prohibited"),
    ("ai_act.dpia", {"ai_act": {"dpia": "yes"}}, "done"),
    ("ai_act.assessment_url", {"ai_act": {"assessment_url": "javascript:alert(1)"}}, "web"),
    ("interreg.validation", {"interreg": {"validation": "ok"}}, "partner_approved"),
    ("interreg.transfers[0].partner", {"interreg": {"transfers": [{"note": "x"}]}}, "required"),
    ("contact.email", {"contact": {"email": "not-an-email"}}, "e-mail"),
    ("links[0].url", {"links": [{"title": "t", "url": "ftp://x.org"}]}, "web address"),
    ("links[0].url", {"links": [{"title": "t"}]}, "required"),
    ("source_code", {"source_code": "github.com/x"}, "web address"),
    ("tags[0]", {"tags": ["x" * 61]}, "at most 60"),
    (
        "attachments[0].sha256",
        {"attachments": [{"name": "a", "sha256": "XYZ", "size": 1}]},
        "SHA-256",
    ),
    (
        "attachments[0].size",
        {"attachments": [{"name": "a", "sha256": "a" * 64, "size": -1}]},
        "greater than or equal",
    ),
    ("source.dataset", {"source": {"dataset": "wikipedia"}}, "pstw"),
    ("source.retrieved", {"source": {"retrieved": "2026/11/25"}}, "YYYY"),
    ("colour", {"colour": "red"}, "not a field"),
]


@pytest.mark.parametrize(("field", "change", "says"), BAD, ids=[f"{b[0]}-{b[2]}" for b in BAD])
def test_each_invalid_field_is_named(field: str, change: dict[str, Any], says: str) -> None:
    with pytest.raises(InvalidEntry) as info:
        validate_entry(sample_entry(**change))
    fields = {p.field: p.message for p in info.value.problems}
    assert field in fields, fields
    assert says in fields[field]
    with pytest.raises(InvalidEntry) as checked:  # sync's check, without the canonical form
        check_entry(sample_entry(**change))
    assert checked.value.problems == info.value.problems


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(InvalidEntry) as info:
        validate_entry({"title": "", "location": {"country": "XX"}, "language": "??"})
    fields = {p.field for p in info.value.problems}
    assert {"title", "summary", "organisation", "location.country", "language"} <= fields


@pytest.mark.parametrize("body", [[], "text", None, 3])
def test_a_non_object_is_not_an_entry(body: Any) -> None:
    with pytest.raises(InvalidEntry, match="not an entry"):
        validate_entry(body)
    with pytest.raises(InvalidEntry, match="not an entry"):
        check_entry(body)


def test_check_entry_accepts_what_validate_entry_accepts() -> None:
    check_entry(sample_entry())
    check_entry(validate_entry(sample_entry(tags=["a", "b"])))


def test_set_field_handles_dotted_keys_lists_json_and_removal() -> None:
    body = validate_entry(sample_entry())
    body = set_field(body, "location.city", "Jūrmala")
    body = set_field(body, "tags", "a, b ,c")
    body = set_field(body, "links", '[{"url": "https://example.org"}]')
    body = set_field(body, "status", "")
    assert body["location"]["city"] == "Jūrmala"
    assert body["tags"] == ["a", "b", "c"]
    assert body["links"] == [{"url": "https://example.org"}]
    assert "status" not in body
    assert validate_entry(body)["location"]["city"] == "Jūrmala"


@pytest.mark.parametrize("key", ["colour", "location.street", "title.x", "a.b.c"])
def test_set_field_refuses_unknown_keys(key: str) -> None:
    with pytest.raises(InvalidEntry, match="unknown field"):
        set_field(sample_entry(), key, "x")


def test_set_field_keeps_brackets_in_text_fields() -> None:
    body = set_field(sample_entry(), "title", "{draft} [v2]")
    assert body["title"] == "{draft} [v2]"


@pytest.mark.parametrize(
    "url",
    ["https://example.org", "http://x.y/a?b=c#d", "HTTPS://EXAMPLE.ORG/path", "https://u@h.org/"],
)
def test_web_addresses_accepted(url: str) -> None:
    assert validate_entry(sample_entry(source_code=url))["source_code"] == url


@pytest.mark.parametrize(
    "url",
    [
        "example.org",
        "https://",
        "https:///path",
        "https://a b.org",
        "mailto:x@y.org",
        "javascript:alert(1)",
        "https://x.org/" + "a" * 2048,
    ],
)
def test_web_addresses_refused(url: str) -> None:
    with pytest.raises(InvalidEntry):
        validate_entry(sample_entry(source_code=url))


@pytest.mark.parametrize("date", ["2024", "2024-02", "2024-02-29"])
def test_partial_dates_accepted(date: str) -> None:
    assert validate_entry(sample_entry(dates={"start": date}))["dates"]["start"] == date


@pytest.mark.parametrize("date", ["24", "2023-02-29", "2024-2", "2024-00", "2024-01-01T10:00"])
def test_partial_dates_refused(date: str) -> None:
    with pytest.raises(InvalidEntry):
        validate_entry(sample_entry(dates={"start": date}))
