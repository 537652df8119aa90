"""Shared fixtures: every test gets a fresh home in tmp_path; nothing touches the real home."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CASEBOOK_HOME", None)

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from catalogue.catalogue import Catalogue


def sample_entry(**overrides: Any) -> dict[str, Any]:
    """A small valid entry body; keyword arguments replace top-level fields."""
    body: dict[str, Any] = {
        "title": "Chatbot for building permit questions",
        "summary": "A chatbot answers residents' questions about building permits at any hour.",
        "organisation": {"name": "City of Riga", "type": "municipality"},
        "location": {"country": "LV", "city": "Riga"},
        "language": "en",
        "kind": "ai_use_case",
        "status": "pilot",
        "ai_techniques": ["chatbot"],
        "tags": ["permits"],
    }
    body.update(overrides)
    return body


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def catalogue(home: Path) -> Iterator[Catalogue]:
    cat = Catalogue.open(home, author="tester")
    yield cat
    cat.close()


@pytest.fixture(scope="session")
def loader() -> Any:
    """The real MiniLM model, loaded once for the whole run (a `search.semantic.ModelLoader`)."""
    from search.semantic import ModelLoader

    shared = ModelLoader()
    assert shared.get(wait=None) is not None, shared.error
    return shared


@pytest.fixture
def glossary_loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The shipped glossary as in a new process (not loaded yet), and a list that gets an
    item each time it is loaded."""
    from search import glossary

    glossary._shared.cache_clear()
    loads: list[str] = []
    real = glossary.Glossary.load.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(
        glossary.Glossary,
        "load",
        classmethod(lambda cls, *a: loads.append("loaded") or real(cls, *a)),
    )
    return loads
