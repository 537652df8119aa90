"""The starter catalogue: enough entries, all valid, sourced, and identical everywhere."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from catalogue import starter
from catalogue.catalogue import Catalogue


def test_index_lists_exactly_the_entry_files() -> None:
    folder = resources.files("catalogue.starter").joinpath("entries")
    files = sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json"))
    assert sorted(starter.slugs()) == files
    assert len(set(starter.slugs())) == len(starter.slugs())


def test_at_least_forty_valid_sourced_entries() -> None:
    bodies = starter.load_bodies()
    assert len(bodies) >= 40
    for slug, body in bodies.items():
        assert body["source"]["dataset"] == "starter", slug
        assert body["source"]["url"].startswith("https://"), slug
        assert body["source"]["url"] in [link["url"] for link in body["links"]], slug


def test_covers_the_partners_countries() -> None:
    countries = {b["location"]["country"] for b in starter.load_bodies().values()}
    assert {"FI", "NL", "IT", "RO", "LV"} <= countries


def test_revisions_are_identical_on_every_installation(tmp_path: Path) -> None:
    assert [r.rev for r in starter.revisions()] == [r.rev for r in starter.revisions()]
    lists = []
    for name in ("a", "b"):
        with Catalogue.open(tmp_path / name) as cat:
            cat.add_revisions(starter.revisions())
            assert not cat.add_revisions(starter.revisions())  # idempotent
            lists.append(json.dumps([e.__dict__ for e in cat.list_entries()]))
    assert lists[0] == lists[1]
