"""The shape of sync's code: it reaches the database only through the catalogue package
(`catalogue.sync_store.SyncStore`, `Catalogue`)."""

from __future__ import annotations

from pathlib import Path

SYNC = Path(__file__).resolve().parents[2] / "sync"


def modules() -> list[Path]:
    """Every module of the sync package."""
    found = sorted(SYNC.rglob("*.py"))
    assert found, f"no modules found under {SYNC}"
    return found


def test_sync_runs_no_sql_on_the_catalogue_connection() -> None:
    uses = [
        f"{path.relative_to(SYNC.parent)}:{n}: {line.strip()}"
        for path in modules()
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if ".conn" in line
    ]
    assert not uses, "sync uses a connection; give catalogue/sync_store.py a method:\n" + (
        "\n".join(uses)
    )
