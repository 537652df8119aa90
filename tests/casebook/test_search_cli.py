"""`casebook search | similar | index` and the index after command-line writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from catalogue import starter
from tests.casebook.test_cli import run
from tests.conftest import sample_entry

PSTW_SOURCE = {
    "dataset": "pstw",
    "id": "PSTW-99999",
    "licence": "CC BY 4.0",
    "attribution": "European Commission, JRC / DG DIGIT – Public Sector Tech Watch",
}


@pytest.fixture
def started(home: Path) -> Path:
    assert run(home, "init").exit_code == 0
    return home


def search_json(home: Path, *args: str) -> dict[str, object]:
    result = run(home, "search", *args, "--json")
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_search_json_has_the_shape_of_the_spec(started: Path) -> None:
    data = search_json(started, "parking scan car Amsterdam")
    assert set(data) >= {"query", "mode", "took_ms", "results"}
    assert data["mode"] == "hybrid"
    results = data["results"]
    assert isinstance(results, list)
    first = results[0]
    assert first["title"] == "Automated parking control with scan cars"
    assert set(first) == {"id", "title", "score", "snippet", "country", "organisation"}
    assert first["country"] == "NL"


def test_results_from_a_public_dataset_carry_their_source(started: Path, tmp_path: Path) -> None:
    path = tmp_path / "entry.json"
    body = sample_entry(title="Beehive monitoring with sensors", source=PSTW_SOURCE)
    path.write_text(json.dumps(body), "utf-8")
    assert run(started, "add", "--file", str(path)).exit_code == 0
    data = search_json(started, "beehive", "--mode", "keyword")
    results = data["results"]
    assert isinstance(results, list)
    assert results[0]["source"] == {**PSTW_SOURCE, "url": None}


def test_search_by_meaning_finds_chatbots(started: Path) -> None:
    data = search_json(started, "help residents get answers outside office hours", "--limit", "5")
    results = data["results"]
    assert isinstance(results, list)
    titles = " ".join(str(r["title"]) for r in results).lower()
    assert "chatbot" in titles or "assistant" in titles


def test_filters_and_facets(started: Path) -> None:
    data = search_json(started, "algorithm register", "--filter", "country=FI", "--facets")
    results = data["results"]
    assert isinstance(results, list)
    assert results
    assert {r["country"] for r in results} == {"FI"}
    facets = data["facets"]
    assert isinstance(facets, dict)
    assert facets["country"] == [["FI", len(results)]]


def test_search_text_output(started: Path) -> None:
    result = run(started, "search", "scan cars", "--mode", "keyword")
    assert result.exit_code == 0
    assert "1. Automated parking control with scan cars" in result.stdout
    assert "**scan** **cars**" in result.stdout.lower()
    assert "keyword" in result.stdout


def test_nothing_found_suggests_a_word(started: Path) -> None:
    result = run(started, "search", "chatbto", "--mode", "keyword")
    assert result.exit_code == 0
    assert "No entries found. Did you mean: chatbot?" in result.stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("search", "((("), "type some words to search for"),
        (("search", "x", "--filter", "colour=red"), "unknown filter 'colour'"),
        (("search", "x", "--filter", "country"), "write it as KEY=VALUE"),
        (("similar", "abcd1234"), "no entry abcd1234"),
    ],
)
def test_bad_search_input_is_a_user_error(started: Path, args: tuple[str, ...], says: str) -> None:
    result = run(started, *args)
    assert result.exit_code == 1
    assert says in result.stderr


def test_similar_excludes_the_entry(started: Path) -> None:
    first = search_json(started, "scan cars", "--mode", "keyword")["results"]
    assert isinstance(first, list)
    entry_id = first[0]["id"]
    result = run(started, "similar", entry_id[:8], "--json", "--limit", "3", "--wait")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    ids = [r["id"] for r in data["results"]]
    assert len(ids) == 3
    assert entry_id not in ids


def test_command_line_writes_update_the_index(started: Path, tmp_path: Path) -> None:
    run(started, "search", "anything", "--mode", "keyword")  # builds the keyword index
    path = tmp_path / "entry.json"
    path.write_text(json.dumps(sample_entry(title="Snow plough routing")), "utf-8")
    new_id = run(started, "add", "--file", str(path)).stdout.strip()
    status = json.loads(run(started, "index", "status", "--json").stdout)
    assert status["keyword"]["state"] == "current"  # updated by `add` itself
    assert status["keyword"]["documents"] == len(starter.slugs()) + 1
    data = search_json(started, "plough", "--mode", "keyword")
    assert [r["id"] for r in data["results"]] == [new_id]  # type: ignore[union-attr]
    assert run(started, "delete", new_id).exit_code == 0
    assert search_json(started, "plough", "--mode", "keyword")["results"] == []


def test_index_status_rebuild_and_check(started: Path) -> None:
    result = run(started, "index", "status")
    assert "Keyword index" in result.stdout
    assert "missing" in result.stdout
    result = run(started, "index", "rebuild")
    assert result.exit_code == 0, result.output
    assert f"current, {len(starter.slugs())} entries" in result.stdout
    assert f"current, {len(starter.slugs())} vectors" in result.stdout
    status = json.loads(run(started, "status", "--json").stdout)
    assert status["search"]["keyword"]["state"] == "current"
    assert run(started, "check").exit_code == 0


@pytest.mark.parametrize("mode", ["keyword", "hybrid"])
@pytest.mark.parametrize(
    ("query", "key", "value"),
    [
        ('technique:"computer vision"', "technique", "computer vision"),  # README's example
        ('tag:"human in the loop"', "tag", "human in the loop"),
    ],
)
def test_a_field_value_of_several_words_is_a_filter(
    started: Path, mode: str, query: str, key: str, value: str
) -> None:
    listed = json.loads(run(started, "list", "--filter", f"{key}={value}", "--json").stdout)
    assert listed
    data = search_json(started, query, "--mode", mode, "--limit", "50")
    assert "note" not in data
    results = data["results"]
    assert isinstance(results, list)
    assert {r["id"] for r in results} == {e["id"] for e in listed}
    result = run(started, "search", query, "--mode", mode)
    assert "could not be read" not in result.output


# The starter catalogue's entries.
STARTER = len(starter.slugs())


def test_a_search_by_meaning_does_not_encode_the_catalogue(started: Path, tmp_path: Path) -> None:
    """The first search by meaning uses the vectors that exist (none yet) and says how many
    entries are not indexed by meaning; `index update` and `--wait` encode them with
    progress on standard error."""
    result = run(started, "search", "parking enforcement", "--mode", "semantic", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["not_indexed"] == STARTER
    assert data["results"] == []
    assert f"{STARTER} entries are not yet indexed by meaning" in result.stderr
    assert "casebook index update" in result.stderr
    assert "--wait" in result.stderr
    status = json.loads(run(started, "index", "status", "--json").stdout)
    assert status["semantic"]["vectors"] == 0
    assert status["semantic"]["not_indexed"] == STARTER

    hybrid = run(started, "search", "scan cars", "--json")  # hybrid: found by its words
    assert json.loads(hybrid.stdout)["results"][0]["title"] == (
        "Automated parking control with scan cars"
    )

    update = run(started, "index", "update", "--json")
    assert update.exit_code == 0, update.output
    assert f"semantic index: {STARTER} of {STARTER} encoded" in update.stderr
    assert json.loads(update.stdout)["semantic"]["not_indexed"] == 0
    again = run(started, "search", "parking enforcement", "--mode", "semantic", "--json")
    assert json.loads(again.stdout)["not_indexed"] == 0
    assert "not yet indexed" not in again.stderr

    path = tmp_path / "entry.json"
    path.write_text(json.dumps(sample_entry(title="Snow plough routing")), "utf-8")
    new_id = run(started, "add", "--file", str(path)).stdout.strip()
    text = run(started, "search", "clearing snow from streets", "--mode", "semantic")
    assert "1 entry is not yet indexed by meaning" in text.stderr
    assert new_id[:8] not in text.stdout
    waited = run(started, "search", "clearing snow from streets", "--wait", "--json")
    assert "semantic index: 1 of 1 encoded" in waited.stderr
    data = json.loads(waited.stdout)
    assert data["not_indexed"] == 0
    assert data["results"][0]["id"] == new_id


def test_similar_says_what_is_not_indexed(started: Path) -> None:
    found = search_json(started, "scan cars", "--mode", "keyword")["results"]
    assert isinstance(found, list)
    result = run(started, "similar", found[0]["id"], "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["not_indexed"] == STARTER - 1  # the entry itself was encoded to compare it
    assert data["results"] == []
    assert f"{STARTER - 1} entries are not yet indexed by meaning" in result.stderr
    waited = json.loads(run(started, "similar", found[0]["id"], "--wait", "--json").stdout)
    assert waited["not_indexed"] == 0
    assert len(waited["results"]) == 10


def test_search_filters_and_counts_glossary_concepts(started: Path) -> None:
    """`--filter concept=scan_car`: the starter cases that mention scan cars, in any
    language; `--facets` counts the concepts; a Finnish query finds them."""
    data = search_json(
        started, "parking", "--mode", "keyword", "--filter", "concept=scan_car", "--facets"
    )
    results = data["results"]
    assert isinstance(results, list)
    assert results
    assert all(
        "scan" in str(r["title"]).lower() or "scan" in str(r["snippet"]).lower() for r in results
    )
    facets = data["facets"]
    assert isinstance(facets, dict)
    assert ["scan_car", len(results)] in facets["concept"]
    finnish = search_json(started, "pysäköinninvalvonta skannausauto", "--mode", "keyword")
    titles = [r["title"] for r in finnish["results"]]  # type: ignore[union-attr]
    assert "Automated parking control with scan cars" in titles[:3]
    refused = run(started, "search", "parking", "--filter", "concepts=scan_car")
    assert refused.exit_code != 0
    assert "unknown filter" in refused.output


def test_index_model_shows_chooses_and_refuses(started: Path, tmp_path: Path) -> None:
    """`casebook index model [FOLDER | --shipped]`: a folder that is not a
    sentence-transformers model is refused with what to fix, and nothing changes."""
    from search import models

    shown = json.loads(run(started, "index", "model", "--json").stdout)
    assert shown == {"model": models.SHIPPED_NAME, "folder": None, "problem": None}
    folder = tmp_path / "model"
    folder.mkdir()
    refused = run(started, "index", "model", str(folder))
    assert refused.exit_code != 0
    assert "has no modules.json" in refused.output
    assert not (started / models.SETTING_FILE).exists()
    (folder / "modules.json").write_text(
        '[{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"}]',
        "utf-8",
    )
    (folder / "config.json").write_text("{}", "utf-8")
    chosen = json.loads(run(started, "index", "model", str(folder), "--json").stdout)
    assert chosen["folder"] == str(folder.resolve())
    assert "model: model (" in run(started, "index", "model").output
    back = json.loads(run(started, "index", "model", "--shipped", "--json").stdout)
    assert back["folder"] is None
