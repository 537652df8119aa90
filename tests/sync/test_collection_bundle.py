"""`casebook collection export NAME --format bundle`: a collection and its entries as a signed
bundle a partner imports; the exporters' registry is left as it was."""

from __future__ import annotations

from pathlib import Path

from catalogue import exporters
from catalogue.catalogue import Catalogue
from sync import import_bundle
from tests.casebook.test_cli import run
from tests.conftest import sample_entry
from tests.sync.homes import befriend, make_home


def test_a_collection_exported_as_a_bundle_is_imported_by_a_partner(tmp_path: Path) -> None:
    tampere = make_home(tmp_path / "tampere", "City of Tampere")
    riga = make_home(tmp_path / "riga", "Riga Digital Agency")
    befriend(riga, tampere)
    chosen = tampere.add_entries([sample_entry(), sample_entry(title="Traffic lights")]).added
    tampere.add_entry(sample_entry(title="Not in the collection"))
    tampere.create_collection("Study visit")
    tampere.add_to_collection("Study visit", chosen, "see the permit desk")
    tampere.close()

    out = tmp_path / "visit.casebook"
    result = run(tmp_path / "tampere", "collection", "export", "Study visit", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert f"Exported 2 cases of collection 'Study visit' to {out}" in result.stdout
    assert "bundle" not in exporters.FORMATS  # registered only while the export ran

    summary = import_bundle(riga, out)
    assert sorted(summary.added) == sorted(chosen)
    record = riga.get_collection("Study visit")
    assert [entry_id for entry_id, _ in record.items] == chosen
    assert sorted(s.title for s in riga.list_entries()) == [
        "Chatbot for building permit questions",
        "Traffic lights",
    ]
    riga.close()


def test_a_bundle_needs_an_identity_and_writes_nothing_without_one(tmp_path: Path) -> None:
    home = tmp_path / "plain"
    with Catalogue.open(home, author="tester", auto_backup=False) as catalogue:
        entry_id = catalogue.add_entry(sample_entry()).added[0]
    out = tmp_path / "one.casebook"
    result = run(home, "export", entry_id[:8], "--format", "bundle", "--out", str(out))
    assert result.exit_code == 1
    assert "no identity yet" in result.stderr
    assert not out.exists()
    assert list(tmp_path.glob("*.part")) == []
