"""The learning trail: validation levels and transfers, one revision each."""

from __future__ import annotations

import pytest

from catalogue.catalogue import Catalogue
from catalogue.errors import InvalidEntry, InvalidInput, NotFound
from tests.conftest import sample_entry


def test_transfers_are_recorded_listed_and_removed(catalogue: Catalogue) -> None:
    (chatbot,) = catalogue.add_entry(sample_entry(interreg={"project": "AI4Citizens"})).added
    (scan,) = catalogue.add_entry(sample_entry(title="Scan cars")).added
    catalogue.add_transfer(chatbot, "Riga Digital Agency", "Riga action plan", "2026-05")
    catalogue.add_transfer(scan, "riga digital agency", note="parking only")
    catalogue.add_transfer(chatbot, "Bacău County Council")
    rows = catalogue.transfers(partner="Riga Digital Agency")
    assert [(r.title, r.number, r.action_plan, r.date) for r in rows] == [
        ("Chatbot for building permit questions", 1, "Riga action plan", "2026-05"),
        ("Scan cars", 1, None, None),
    ]
    assert [r.title for r in catalogue.transfers(project="ai4citizens")] == [
        "Chatbot for building permit questions",
        "Chatbot for building permit questions",
    ]
    catalogue.remove_transfer(chatbot, 1)
    assert [r.partner for r in catalogue.transfers()] == [
        "Bacău County Council",
        "riga digital agency",
    ]
    with pytest.raises(NotFound, match="no number 5"):
        catalogue.remove_transfer(chatbot, 5)
    with pytest.raises(InvalidEntry):
        catalogue.add_transfer(chatbot, "Riga", date="next spring")
    assert len(catalogue.history(chatbot)) == 4


def test_validation_levels_and_the_history_of_who_changed_them(catalogue: Catalogue) -> None:
    (entry_id,) = catalogue.add_entry(sample_entry()).added
    catalogue.set_validation(entry_id, "partner_approved")
    catalogue.set_validation(entry_id, "expert_validated", "Transferable to mid-size cities.")
    body = catalogue.get_entry(entry_id).body
    assert body["interreg"] == {
        "validation": "expert_validated",
        "expert_opinion": "Transferable to mid-size cities.",
    }
    last = catalogue.history(entry_id)[-1]
    assert ("interreg.validation", "partner_approved", "expert_validated") in last.values
    assert last.author == "tester"
    with pytest.raises(InvalidInput, match="draft, partner_approved, expert_validated"):
        catalogue.set_validation(entry_id, "approved")
    catalogue.set_validation(entry_id, None, "")
    assert "interreg" not in catalogue.get_entry(entry_id).body


def test_edit_set_transfers_says_how_to_record_one(catalogue: Catalogue) -> None:
    (entry_id,) = catalogue.add_entry(sample_entry()).added
    with pytest.raises(InvalidEntry) as info:
        catalogue.set_fields(entry_id, [("interreg.transfers", "Riga")])
    assert "casebook transfer add" in info.value.problems[0].message
    catalogue.set_fields(entry_id, [("interreg.transfers", '[{"partner": "Riga"}]')])
    assert catalogue.transfers()[0].partner == "Riga"


def test_filters_and_facets_of_the_learning_trail(catalogue: Catalogue) -> None:
    interreg = {"project": "AI4Citizens", "policy_instrument": "Tampere City Strategy 2030"}
    (a,) = catalogue.add_entry(sample_entry(title="A", interreg=interreg)).added
    (b,) = catalogue.add_entry(sample_entry(title="B")).added
    catalogue.set_validation(a, "partner_approved")
    catalogue.add_transfer(a, "Riga Digital Agency")
    catalogue.add_transfer(b, "Bacău County Council")

    def titles(*filters: tuple[str, str]) -> list[str]:
        return [e.title for e in catalogue.list_entries(list(filters))]

    assert titles(("validation", "partner_approved")) == ["A"]
    assert titles(("validation", "PARTNER_APPROVED")) == ["A"]
    assert titles(("project", "ai4citizens")) == ["A"]
    assert titles(("policy_instrument", "Tampere City Strategy 2030")) == ["A"]
    assert titles(("transfer_partner", "riga digital agency")) == ["A"]
    assert titles(("transfer_partner", "Bacău County Council")) == ["B"]
    facets = catalogue.facet_counts()
    assert facets["validation"] == [("partner_approved", 1)]
    assert facets["project"] == [("AI4Citizens", 1)]
    assert facets["transfer_partner"] == [("Bacău County Council", 1), ("Riga Digital Agency", 1)]
