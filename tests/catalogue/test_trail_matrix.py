"""The learning trail matrix: practices × partners, the cells, and agreement with the
transfer report."""

from __future__ import annotations

from catalogue.catalogue import Catalogue
from catalogue.exporters import transfer_report
from catalogue.trail_matrix import Cell, Transfer
from tests.conftest import sample_entry

PROJECT = "AI4Citizens"


def partnership(catalogue: Catalogue) -> dict[str, str]:
    """Three practices of two projects, transfers, and collections of two partners."""

    def add(title: str, org: str, **interreg: object) -> str:
        entry = sample_entry(title=title, organisation={"name": org}, interreg=interreg)
        return catalogue.add_entry(entry).added[0]

    ids = {
        "chatbot": add("Permit chatbot", "City of Tampere (lead partner)", project=PROJECT),
        "scan": add("Scan cars", "Gemeente Amsterdam", project="ai4citizens"),
        "register": add("AI register", "City of Helsinki", project="Other", validation="draft"),
    }
    catalogue.add_entry(sample_entry(title="Not a practice"))  # no interreg data
    catalogue.set_validation(ids["chatbot"], "expert_validated", "Works.")
    catalogue.add_transfer(ids["scan"], "Bacău County Council")  # transfer 1, no plan
    catalogue.add_transfer(ids["chatbot"], "Riga Digital Agency", "Riga action plan", "2026-05")
    catalogue.add_transfer(ids["chatbot"], "riga  digital agency", "Smart Riga 2030", "2027")
    catalogue.create_collection("Riga Digital Agency: study visit to Tampere")
    catalogue.add_to_collection("Riga Digital Agency: study visit to Tampere", [ids["scan"]])
    catalogue.create_collection("City of Tampere — reading list")
    catalogue.add_to_collection("City of Tampere — reading list", [ids["scan"], ids["chatbot"]])
    catalogue.create_collection("Tampereen lukulista")  # names no partner
    catalogue.add_to_collection("Tampereen lukulista", [ids["register"]])
    return ids


def test_the_matrix_of_a_partnership(catalogue: Catalogue) -> None:
    ids = partnership(catalogue)
    matrix = catalogue.trail_matrix()
    assert [p.title for p in matrix.practices] == ["AI register", "Permit chatbot", "Scan cars"]
    assert matrix.partners == (
        "Bacău County Council",
        "City of Helsinki",
        "City of Tampere (lead partner)",
        "Gemeente Amsterdam",
        "Riga Digital Agency",  # spelled as most often (a tie: the first in order)
    )
    assert matrix.projects == ("AI4Citizens", "Other")  # one spelling of each
    chatbot, scan = 1, 2
    bacau, helsinki, tampere, amsterdam, riga = range(5)
    moved = matrix.cell(chatbot, riga)
    assert moved is not None
    assert moved.state == "transferred"
    assert [(t.number, t.action_plan, t.date) for t in moved.transfers] == [
        (1, "Riga action plan", "2026-05"),
        (2, "Smart Riga 2030", "2027"),
    ]
    own = matrix.cell(chatbot, tampere)
    assert own is not None
    assert own.state == "identified"
    assert own.studied == ("City of Tampere — reading list",)
    studied = matrix.cell(scan, riga)
    assert studied is not None
    assert studied.state == "studied"
    assert matrix.cell(scan, tampere) == Cell(studied=("City of Tampere — reading list",))
    assert matrix.cell(scan, bacau) == Cell(transfers=(Transfer(1, None, None, None),))
    assert matrix.cell(0, helsinki) is not None  # its own, not studied ("Tampereen" ≠ Tampere)
    assert matrix.cell(0, tampere) is None
    assert matrix.cell(chatbot, amsterdam) is None
    assert matrix.transfers == 3
    assert matrix.practices[1].validation == "expert_validated"
    assert ids["chatbot"] == matrix.practices[chatbot].id


def test_a_project_narrows_the_rows_and_the_columns(catalogue: Catalogue) -> None:
    partnership(catalogue)
    matrix = catalogue.trail_matrix(project="AI4CITIZENS")
    assert [p.title for p in matrix.practices] == ["Permit chatbot", "Scan cars"]
    assert "City of Helsinki" not in matrix.partners
    assert catalogue.trail_matrix(project="Nowhere").practices == ()


def test_the_matrix_and_the_report_name_the_same_partners_and_transfers(
    catalogue: Catalogue,
) -> None:
    partnership(catalogue)
    for project in (None, PROJECT):
        matrix = catalogue.trail_matrix(project=project)
        report = transfer_report(catalogue, project=project)
        assert matrix.partners == report.partners
        assert matrix.transfers == report.transfers
        listed = catalogue.transfers(project=project)
        assert sorted((r.entry, r.number) for r in listed) == sorted(
            (matrix.practices[row].id, t.number)
            for (row, _), cell in matrix.cells.items()
            for t in cell.transfers
        )


def test_the_matrix_reads_only_the_entries_with_interreg_data(catalogue: Catalogue) -> None:
    from catalogue.trail_matrix import _PRACTICES

    plan = catalogue.conn.execute("EXPLAIN QUERY PLAN " + _PRACTICES).fetchall()
    assert "USING INDEX entries_interreg" in str(plan)
