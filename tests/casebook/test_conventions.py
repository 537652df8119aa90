"""The command line's conventions (the top of casebook/cli.py), held for every command:
each takes `--json` and then prints exactly one JSON value on standard output; no command
writes over a file the user named without `--force`."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from casebook import cli as cli_module
from casebook.cli import cli
from tests.casebook.test_cli import ok, run
from tests.conftest import sample_entry


def command_paths() -> list[str]:
    """Every leaf command, as its words ("collection add")."""
    cli_module.load_all_commands()

    def walk(command: click.Command, path: tuple[str, ...]) -> Iterator[str]:
        if isinstance(command, click.Group):
            for name, sub in sorted(command.commands.items()):
                yield from walk(sub, (*path, name))
        else:
            yield " ".join(path)

    return list(walk(cli, ()))


def command(path: str) -> click.Command:
    found: click.Command = cli
    for word in path.split():
        assert isinstance(found, click.Group)
        found = found.commands[word]
    return found


# Arguments that make each command do its work on the world below ({...} are filled in).
RECIPES: dict[str, list[str]] = {
    "add": ["add", "--file", "{entry_file}"],
    "attach": ["attach", "{entry}", "{entry_file}"],
    "attachment extract": ["attachment", "extract", "{attached}", "entry.json", "--out", "{out}/x"],
    "attachment list": ["attachment", "list", "{attached}"],
    "attachment remove": ["attachment", "remove", "{attached}", "entry.json"],
    "backup": ["backup"],
    "check": ["check"],
    "collection add": ["collection", "add", "Study visit", "{other}"],
    "collection create": ["collection", "create", "Another visit"],
    "collection delete": ["collection", "delete", "Study visit"],
    "collection export": ["collection", "export", "Study visit", "--out", "{out}/c.md"],
    "collection intro": ["collection", "intro", "Study visit", "What we saw in Rīga"],
    "collection list": ["collection", "list"],
    "collection move": ["collection", "move", "Study visit", "{entry}", "2"],
    "collection note": ["collection", "note", "Study visit", "{entry}", "Ask about costs"],
    "collection remove": ["collection", "remove", "Study visit", "{entry}"],
    "collection show": ["collection", "show", "Study visit"],
    "delete": ["delete", "{entry}"],
    "edit": ["edit", "{entry}", "--set", "status=in_use"],
    "export": ["export", "{entry}", "--out", "{out}/e.html"],
    "history": ["history", "{entry}"],
    "identity export": ["identity", "export", "--out", "{out}/me.id"],
    "identity init": ["identity", "init", "--org", "City of Bacău"],
    "identity show": ["identity", "show"],
    "import": ["import", "algoritmeregister", "{register}"],
    "index rebuild": ["index", "rebuild"],
    "index update": ["index", "update"],
    "index status": ["index", "status"],
    "index model": ["index", "model"],
    "init": ["init"],
    "list": ["list"],
    "partner add": ["partner", "add", "{partner_file}"],
    "partner list": ["partner", "list"],
    "partner remove": ["partner", "remove", "{partner}"],
    "partner revoke": ["partner", "revoke", "{partner}"],
    "partner trust": ["partner", "trust", "{partner}"],
    "rebuild": ["rebuild"],
    "report transfers": ["report", "transfers", "--out", "{out}/transfers.md"],
    "restore": ["restore", "{backup}"],
    "search": ["search", "parking", "--mode", "keyword"],
    "show": ["show", "{entry}"],
    "similar": ["similar", "{entry}"],
    "status": ["status"],
    "sync conflicts": ["sync", "conflicts"],
    "sync export": ["sync", "export", "--out", "{out}/all.casebook"],
    "sync folder": ["sync", "folder", "{folder}", "--prune"],
    "sync import": ["sync", "import", "{bundle}"],
    "sync resolve": ["sync", "resolve", "{conflicted}", "--keep", "{head}"],
    "sync status": ["sync", "status"],
    "template workshop": ["template", "workshop", "--out", "{out}/ws.xlsx"],
    "transfer add": ["transfer", "add", "{entry}", "--partner", "Riga Digital Agency"],
    "transfer list": ["transfer", "list"],
    "transfer remove": ["transfer", "remove", "{transferred}", "1"],
    "undelete": ["undelete", "{deleted}"],
    "validate": ["validate", "{entry}", "--level", "partner_approved"],
}
# `gui --smoke --json` opens a window: tests/desktop/test_main_window.py parses its JSON.
ELSEWHERE = {"gui"}
# Commands that need a home with an identity (the world's home has one, made below).
WITHOUT_IDENTITY = {"identity init"}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A home with the starter catalogue, an identity, a trusted partner whose bundle brought
    a conflict, a collection, a deleted entry and a backup; and files to feed commands."""
    root = tmp_path_factory.mktemp("world")
    home, partner = root / "home", root / "partner"
    ok(home, "init")
    ok(partner, "init")
    for where, org in ((home, "City of Tampere"), (partner, "Riga Digital Agency")):
        ok(where, "identity", "init", "--org", org)
        ok(where, "identity", "export", "--out", str(root / f"{where.name}.id"))
    fingerprints = {}
    for where, other in ((home, partner), (partner, home)):
        added = json.loads(ok(where, "partner", "add", str(root / f"{other.name}.id"), "--json"))
        ok(where, "partner", "trust", added["fingerprint"])
        fingerprints[other.name] = added["fingerprint"]
    listed = json.loads(ok(home, "list", "--json"))
    entry, other, deleted, conflicted = (row["id"] for row in listed[:4])
    ok(partner, "edit", conflicted, "--set", "tags=from-riga")
    ok(home, "edit", conflicted, "--set", "tags=from-tampere")
    ok(partner, "sync", "export", "--out", str(root / "partner.casebook"))
    ok(home, "sync", "import", str(root / "partner.casebook"))
    heads = [h for h in json.loads(ok(home, "history", conflicted, "--json")) if h["head"]]
    assert len(heads) == 2
    # Interreg data, so that `report transfers` has a practice to report.
    ok(home, "edit", other, "--set", "interreg.project=AI4Citizens")
    ok(home, "collection", "create", "Study visit")
    ok(home, "collection", "add", "Study visit", entry, other)
    ok(home, "delete", deleted)
    backup = json.loads(ok(home, "backup", "--json"))["path"]
    (root / "entry.json").write_text(json.dumps(sample_entry()), "utf-8")
    attached, transferred = listed[4]["id"], listed[5]["id"]
    ok(home, "transfer", "add", transferred, "--partner", "City of Tampere")
    ok(home, "attach", attached, str(root / "entry.json"))
    register = {"algoritmes": [_register_record()], "count": 1}
    (root / "register.json").write_text(json.dumps(register), "utf-8")
    # A third installation's identity, for `partner add`.
    third = root / "third"
    ok(third, "init", "--empty")
    ok(third, "identity", "init", "--org", "Bucharest-Ilfov RDA")
    ok(third, "identity", "export", "--out", str(root / "third.id"))
    (root / "folder").mkdir()
    return {
        "root": str(root),
        "entry": entry,
        "other": other,
        "deleted": deleted,
        "conflicted": conflicted,
        "attached": attached,
        "transferred": transferred,
        "head": heads[0]["rev"],
        "backup": backup,
        "entry_file": str(root / "entry.json"),
        "register": str(root / "register.json"),
        "partner_file": str(root / "third.id"),
        "partner": fingerprints["partner"],
        "bundle": str(root / "partner.casebook"),
        "folder": str(root / "folder"),
    }


def _register_record() -> dict[str, str]:
    return {
        "id": "1234",
        "title": "Algoritme voor parkeercontrole",
        "organisatie": "Gemeente Utrecht",
        "doel": "Scanauto's controleren of geparkeerde auto's betaald hebben.",
        "juridische_basis": "Wegenverkeerswet",
        "impactassessment": "Ja",
        "status": "in_gebruik",
        "url": "https://algoritmes.overheid.nl/nl/algoritme/1234",
    }


def test_every_command_has_a_recipe() -> None:
    assert set(command_paths()) == set(RECIPES) | ELSEWHERE


@pytest.mark.parametrize("path", command_paths())
def test_every_command_takes_json(path: str) -> None:
    names = [p.name for p in command(path).params]
    assert "as_json" in names, f"`casebook {path}` has no --json"


@pytest.mark.parametrize("path", sorted(RECIPES))
def test_json_output_is_one_value(path: str, world: dict[str, str], tmp_path: Path) -> None:
    home = tmp_path / "home"
    if path in WITHOUT_IDENTITY:
        ok(home, "init")
    else:
        shutil.copytree(Path(world["root"]) / "home", home)
    values = {**world, "out": str(tmp_path)}
    args = [a.format(**values) for a in RECIPES[path]]
    result = run(home, *args, "--json")
    assert result.exit_code == 0, result.output
    parsed = json.loads(result.stdout)  # exactly one JSON value on standard output
    assert isinstance(parsed, (dict, list))


@pytest.mark.parametrize(
    "args",
    [
        ["template", "workshop", "--out", "{file}"],
        ["identity", "export", "--out", "{file}"],
        ["sync", "export", "--out", "{file}"],
        ["export", "{entry}", "--out", "{file}", "--format", "md"],
        ["collection", "export", "Study visit", "--out", "{file}", "--format", "md"],
        ["attachment", "extract", "{attached}", "entry.json", "--out", "{file}"],
    ],
    ids=lambda args: " ".join(a for a in args if not a.startswith(("{", "-"))),
)
def test_no_command_writes_over_a_users_file_without_force(
    args: list[str], world: dict[str, str], tmp_path: Path
) -> None:
    home = tmp_path / "home"
    shutil.copytree(Path(world["root"]) / "home", home)
    target = tmp_path / "filled-in.xlsx"
    target.write_bytes(b"the rows a workshop typed in")
    filled = [a.format(file=str(target), **world) for a in args]
    refused = run(home, *filled)
    assert refused.exit_code == 1, refused.output
    assert "--force" in refused.stderr
    assert target.read_bytes() == b"the rows a workshop typed in"
    assert run(home, *filled, "--force").exit_code == 0
    assert target.read_bytes() != b"the rows a workshop typed in"


def test_long_work_reports_progress_when_stderr_is_not_a_terminal(
    world: dict[str, str], tmp_path: Path
) -> None:
    home = tmp_path / "home"
    shutil.copytree(Path(world["root"]) / "home", home)
    result = run(home, "import", "algoritmeregister", world["register"], "--json")
    assert result.exit_code == 0, result.output
    assert "Importing: " in result.stderr  # a cron job's log shows that it is alive
    json.loads(result.stdout)
