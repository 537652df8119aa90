"""The command line through click's CliRunner: the tour, user errors, exit codes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from casebook.cli import cli
from catalogue.catalogue import Catalogue
from tests.conftest import sample_entry


def run(home: Path, *args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, ["--home", str(home), *args], input=input)


def ok(home: Path, *args: str) -> str:
    """Standard output of a command that must succeed."""
    result = run(home, *args)
    assert result.exit_code == 0, result.output
    return result.stdout


def dump(home: Path) -> list[str]:
    conn = sqlite3.connect(home / "casebook.db")
    lines = list(conn.iterdump())
    conn.close()
    return lines


@pytest.fixture
def entry_file(tmp_path: Path) -> Path:
    path = tmp_path / "entry.json"
    path.write_text(json.dumps(sample_entry()), "utf-8")
    return path


def test_init_gives_the_starter_catalogue(home: Path) -> None:
    result = run(home, "init")
    assert result.exit_code == 0, result.output
    listed = json.loads(run(home, "list", "--json").stdout)
    assert len(listed) >= 40
    assert run(home, "init", "--starter").exit_code == 0  # again: nothing duplicated
    assert len(json.loads(run(home, "list", "--json").stdout)) == len(listed)


def test_init_empty(home: Path) -> None:
    assert run(home, "init", "--empty").exit_code == 0
    assert json.loads(run(home, "list", "--json").stdout) == []


def test_tour_add_show_edit_history_delete(home: Path, entry_file: Path) -> None:
    run(home, "init", "--empty")
    result = run(home, "add", "--file", str(entry_file))
    assert result.exit_code == 0, result.output
    entry_id = result.stdout.strip()
    shown = json.loads(run(home, "show", entry_id[:8], "--json").stdout)
    assert shown["id"] == entry_id
    assert shown["entry"]["title"] == sample_entry()["title"]
    assert "City of Riga" in run(home, "show", entry_id).stdout

    result = run(home, "edit", entry_id[:8], "--set", "location.city=Jūrmala", "--set", "tags=a,b")
    assert result.exit_code == 0, result.output
    history = json.loads(run(home, "history", entry_id, "--json").stdout)
    assert len(history) == 2
    assert history[1]["changed"] == ["location.city", "tags"]
    assert "changed location.city, tags" in run(home, "history", entry_id).stdout

    assert run(home, "delete", entry_id).exit_code == 0
    assert run(home, "show", entry_id).exit_code == 1
    assert run(home, "undelete", entry_id[:8]).exit_code == 0
    assert run(home, "show", entry_id).exit_code == 0
    assert run(home, "check").exit_code == 0


def test_edit_with_a_file_from_show_json(home: Path, entry_file: Path, tmp_path: Path) -> None:
    run(home, "init", "--empty")
    entry_id = run(home, "add", "--file", str(entry_file)).stdout.strip()
    shown = json.loads(run(home, "show", entry_id, "--json").stdout)
    shown["entry"]["status"] = "in_use"
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(shown), "utf-8")
    assert run(home, "edit", entry_id, "--file", str(edited)).exit_code == 0
    assert json.loads(run(home, "show", entry_id, "--json").stdout)["entry"]["status"] == "in_use"
    result = run(home, "edit", entry_id, "--file", str(edited))
    assert "Nothing changed" in result.stdout


BAD_ENTRIES: list[tuple[Any, list[str]]] = [
    ({**sample_entry(), "title": ""}, ["title: must not be empty"]),
    ({**sample_entry(), "location": {"country": "Latvia"}}, ["location.country:"]),
    ({"title": "x", "colour": "red"}, ["summary: is required", "colour: is not a field"]),
    ([1, 2, 3], ["not an entry"]),
]


@pytest.mark.parametrize(("body", "says"), BAD_ENTRIES)
def test_invalid_entries_are_refused_naming_the_field(
    home: Path, tmp_path: Path, body: Any, says: list[str]
) -> None:
    run(home, "init")
    before = dump(home)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(body), "utf-8")
    result = run(home, "add", "--file", str(path))
    assert result.exit_code == 1
    for text in says:
        assert text in result.stderr
    assert "Traceback" not in result.output
    assert dump(home) == before


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{not json", "not valid JSON"),
        ('{"title": "a", "title": "b"}', "duplicate key"),
        ('{"title": NaN}', "NaN"),
    ],
)
def test_unreadable_files_are_refused(home: Path, tmp_path: Path, content: str, says: str) -> None:
    run(home, "init")
    before = dump(home)
    path = tmp_path / "bad.json"
    path.write_text(content, "utf-8")
    result = run(home, "add", "--file", str(path))
    assert result.exit_code == 1
    assert says in result.stderr
    assert dump(home) == before


def test_user_errors_exit_1_and_change_nothing(home: Path, entry_file: Path) -> None:
    run(home, "init")
    entry_id = json.loads(run(home, "list", "--json").stdout)[0]["id"]
    before = dump(home)
    cases = [
        (["show", "00000000"], "no entry"),
        (["show", "xy"], "not an id"),
        (["add", "--file", "/no/such/file.json"], "cannot read"),
        (["edit", entry_id, "--set", "location.country=Narnia"], "location.country"),
        (["edit", entry_id, "--set", "colour=red"], "colour"),
        (["edit", entry_id, "--set", "novalue"], "KEY=VALUE"),
        (["list", "--filter", "colour=red"], "unknown filter"),
        (["collection", "show", "Nope"], "no collection"),
        (["collection", "add", "Nope", entry_id], "no collection"),
        (["restore", "/no/such/backup.db"], "no such file"),
    ]
    for args, says in cases:
        result = run(home, *args)
        assert result.exit_code == 1, (args, result.output)
        assert says in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.output
    assert dump(home) == before


def test_usage_errors_exit_2(home: Path) -> None:
    assert run(home, "edit", "abcd").exit_code == 2
    assert run(home, "no-such-command").exit_code == 2
    assert run(home, "list", "--limit", "0").exit_code == 2


def test_a_bug_exits_70_and_is_logged(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run(home, "init")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ZeroDivisionError("oops")

    monkeypatch.setattr(Catalogue, "list_entries", broken)
    result = run(home, "list")
    assert result.exit_code == 70
    assert "Something went wrong" in result.stderr
    assert "Traceback" not in result.output
    assert "ZeroDivisionError" in (home / "logs" / "casebook.log").read_text()


def test_collections_from_the_command_line(home: Path) -> None:
    run(home, "init")
    ids = [e["id"] for e in json.loads(run(home, "list", "--json").stdout)[:3]]
    assert run(home, "collection", "create", "Study visit", "--intro", "Riga, May").exit_code == 0
    assert run(home, "collection", "create", "study visit").exit_code == 1
    result = run(home, "collection", "add", "Study visit", ids[0][:8], ids[1], "--note", "Read")
    assert result.exit_code == 0, result.output
    shown = json.loads(run(home, "collection", "show", "study visit", "--json").stdout)
    assert [i["entry"] for i in shown["items"]] == ids[:2]
    assert shown["items"][0]["note"] == "Read"
    assert shown["introduction"] == "Riga, May"
    assert "Study visit" in run(home, "collection", "list").stdout
    assert run(home, "collection", "remove", "Study visit", ids[0]).exit_code == 0
    listed = json.loads(run(home, "collection", "list", "--json").stdout)
    assert listed[0]["entries"] == 1


def test_backup_restore_and_check(home: Path, entry_file: Path) -> None:
    run(home, "init", "--empty")
    run(home, "add", "--file", str(entry_file))
    result = run(home, "backup")
    assert result.exit_code == 0
    backup_file = result.stdout.strip().rsplit(" ", 1)[-1]
    assert run(home, "add", "--file", str(entry_file), "--force").exit_code == 0  # a copy
    assert len(json.loads(run(home, "list", "--json").stdout)) == 2
    result = run(home, "restore", backup_file)
    assert result.exit_code == 0, result.output
    assert len(json.loads(run(home, "list", "--json").stdout)) == 1
    assert json.loads(run(home, "check", "--json").stdout) == {"ok": True, "problems": []}


def test_status_json(home: Path) -> None:
    run(home, "init")
    status = json.loads(run(home, "status", "--json").stdout)
    assert status["entries"] >= 40
    assert status["schema_version"] >= 1


def test_two_homes_with_the_same_revisions_list_the_same(tmp_path: Path) -> None:
    outputs = []
    for name in ("riga", "tampere"):
        run(tmp_path / name, "init")
        outputs.append(run(tmp_path / name, "list", "--json").stdout)
    assert outputs[0] == outputs[1]


def test_home_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEBOOK_HOME", str(tmp_path / "envhome"))
    result = CliRunner().invoke(cli, ["init", "--empty"])
    assert result.exit_code == 0
    assert (tmp_path / "envhome" / "casebook.db").is_file()


def test_show_keeps_long_web_addresses_whole(home: Path, tmp_path: Path) -> None:
    run(home, "init", "--empty")
    url = "https://example.org/a-very-long-path-with-many-hyphens-that-would-wrap-in-a-terminal/x"
    path = tmp_path / "e.json"
    body = sample_entry(
        links=[{"title": "Register", "url": url}], ai_act={"human_oversight": "Reviewed by staff"}
    )
    path.write_text(json.dumps(body), "utf-8")
    entry_id = run(home, "add", "--file", str(path)).stdout.strip()
    shown = run(home, "show", entry_id).stdout
    assert url in shown
    assert "human oversight    Reviewed by staff" in shown


def test_output_cut_short_by_the_reader_is_not_an_error(home: Path) -> None:
    """`casebook list | head -1`: the pipe closes early; no 'Something went wrong', no log."""
    import subprocess
    import sys

    assert run(home, "init").exit_code == 0
    command = [sys.executable, "-m", "casebook", "--home", str(home), "list"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.close()  # the reader goes away before reading anything
        stderr = process.stderr.read().decode()
        code = process.wait(timeout=60)
    assert "Something went wrong" not in stderr, stderr
    assert code == 0
    assert not (home / "logs" / "casebook.log").exists()


def test_every_command_is_found_where_the_lazy_table_says() -> None:
    """`casebook gui` imports only its own module; the table of command modules must name
    every command that the modules register, and nothing else."""
    import click

    from casebook.cli import COMMAND_MODULES, load_all_commands

    load_all_commands()
    registered: dict[str, set[str]] = {}
    for name, command in cli.commands.items():
        assert command.callback is not None
        modules = {command.callback.__module__}
        if isinstance(command, click.Group):
            modules |= {
                sub.callback.__module__ for sub in command.commands.values() if sub.callback
            }
        registered[name] = {m.rsplit(".", 1)[1] for m in modules} - {"cli"}
    assert {n: m for n, m in registered.items() if m} == {
        n: set(m) for n, m in COMMAND_MODULES.items()
    }


def test_gui_does_not_load_sync_importers_exporters_or_pydantic(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from casebook.cli import cli\n"
        "cli.main(['--home', sys.argv[1], 'gui', '--help'], standalone_mode=False)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('sync', 'catalogue.importers',"
        " 'catalogue.exporters', 'casebook.sync_commands', 'pydantic'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_add_and_edit_report_every_problem_at_once(home: Path, tmp_path: Path) -> None:
    run(home, "init", "--empty")
    bad = sample_entry(
        summary="", location={"country": "Italy"}, kind="best_practice", dates={"start": "spring"}
    )
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), "utf-8")
    added = run(home, "add", "--file", str(path))
    assert added.exit_code == 1
    for field in ("summary", "location.country", "kind", "dates.start"):
        assert f"error: {field}:" in added.stderr
    path.write_text(json.dumps(sample_entry()), "utf-8")
    entry_id = run(home, "add", "--file", str(path)).stdout.strip()
    edited = run(
        home,
        "edit",
        entry_id,
        "--set",
        "location.country=Italy",
        "--set",
        "kind=best_practice",
        "--set",
        "contact.email=not an address",
    )
    assert edited.exit_code == 1
    for field in ("location.country", "kind", "contact.email"):
        assert f"error: {field}:" in edited.stderr


def test_list_sorts_filters_by_date_and_lists_the_deleted(home: Path, tmp_path: Path) -> None:
    run(home, "init", "--empty")
    ids = []
    for title in ("Beta", "Alpha", "Gamma"):
        path = tmp_path / f"{title}.json"
        path.write_text(json.dumps(sample_entry(title=title)), "utf-8")
        ids.append(run(home, "add", "--file", str(path)).stdout.strip())

    def titles(*args: str) -> list[str]:
        result = run(home, "list", "--json", *args)
        assert result.exit_code == 0, result.output
        return [row["title"] for row in json.loads(result.stdout)]

    assert titles() == ["Alpha", "Beta", "Gamma"]
    assert titles("--sort", "title", "--desc") == ["Gamma", "Beta", "Alpha"]
    run(home, "edit", ids[0], "--set", "status=in_use")
    newest = json.loads(run(home, "list", "--json", "--sort", "updated", "--desc").stdout)
    stamps = [(row["updated_at"], row["id"]) for row in newest]
    assert stamps == sorted(stamps, reverse=True)
    assert titles("--sort", "updated") == [row["title"] for row in reversed(newest)]
    today = json.loads(run(home, "show", ids[0], "--json").stdout)["updated_at"][:10]
    assert titles("--since", today) == ["Alpha", "Beta", "Gamma"]
    assert titles("--until", "2000-12") == []
    assert titles("--since", "2999", "--by", "added") == []
    refused = run(home, "list", "--since", "last week")
    assert refused.exit_code == 1
    assert "YYYY-MM-DD" in refused.stderr

    run(home, "delete", ids[2])
    assert titles() == ["Alpha", "Beta"]
    gone = json.loads(run(home, "list", "--deleted", "--json").stdout)
    assert [(d["id"], d["title"]) for d in gone] == [(ids[2], "Gamma")]
    assert "casebook undelete" in run(home, "list", "--deleted").stdout
    run(home, "undelete", ids[2])
    assert json.loads(run(home, "list", "--deleted", "--json").stdout) == []


def test_history_shows_old_and_new_values(home: Path, entry_file: Path) -> None:
    run(home, "init", "--empty")
    entry_id = run(home, "add", "--file", str(entry_file)).stdout.strip()
    run(home, "edit", entry_id, "--set", "status=in_use", "--set", "location.city=Jelgava")
    shown = run(home, "history", entry_id).stdout
    assert "status: pilot → in_use" in shown
    assert "location.city: Riga → Jelgava" in shown
    items = json.loads(run(home, "history", entry_id, "--json").stdout)
    assert items[0]["values"] == []
    assert ["status", "pilot", "in_use"] in items[1]["values"]


def test_collection_move_note_intro_keep_the_order_and_notes(home: Path) -> None:
    run(home, "init")
    ids = [row["id"] for row in json.loads(run(home, "list", "--json").stdout)[:3]]
    run(home, "collection", "create", "Visit")
    run(home, "collection", "add", "Visit", *ids, "--note", "first look")
    assert run(home, "collection", "move", "Visit", ids[2][:8], "1").exit_code == 0
    assert run(home, "collection", "note", "Visit", ids[0], "Ask about costs").exit_code == 0
    assert run(home, "collection", "intro", "Visit", "Rīga, May").exit_code == 0
    shown = json.loads(run(home, "collection", "show", "Visit", "--json").stdout)
    assert [(i["entry"], i["note"]) for i in shown["items"]] == [
        (ids[2], "first look"),
        (ids[0], "Ask about costs"),
        (ids[1], "first look"),
    ]
    assert shown["introduction"] == "Rīga, May"
    missing = run(home, "collection", "note", "Visit", "0000", "x")
    assert missing.exit_code == 1


def test_attachments_list_extract_remove(home: Path, tmp_path: Path, entry_file: Path) -> None:
    run(home, "init", "--empty")
    entry_id = run(home, "add", "--file", str(entry_file)).stdout.strip()
    paper = tmp_path / "evaluation.pdf"
    paper.write_bytes(b"%PDF-1.4 an evaluation report")
    run(home, "attach", entry_id, str(paper))
    listed = json.loads(run(home, "attachment", "list", entry_id, "--json").stdout)
    assert [a["name"] for a in listed] == ["evaluation.pdf"]
    out = tmp_path / "copy.pdf"
    assert (
        run(home, "attachment", "extract", entry_id, "evaluation.pdf", "--out", str(out)).exit_code
        == 0
    )
    assert out.read_bytes() == paper.read_bytes()
    by_hash = run(
        home, "attachment", "extract", entry_id, listed[0]["sha256"][:8], "--out", str(out)
    )
    assert by_hash.exit_code == 1  # exists: --force needed
    assert run(home, "attachment", "remove", entry_id, "evaluation.pdf").exit_code == 0
    assert json.loads(run(home, "attachment", "list", entry_id, "--json").stdout) == []
    gone = run(home, "attachment", "remove", entry_id, "evaluation.pdf")
    assert gone.exit_code == 1
    assert "attachments: none" in gone.stderr


def test_transfers_and_validation_from_the_command_line(home: Path) -> None:
    run(home, "init")
    entry_id = json.loads(run(home, "list", "--json").stdout)[0]["id"]
    added = run(
        home,
        "transfer",
        "add",
        entry_id[:8],
        "--partner",
        "Riga Digital Agency",
        "--action-plan",
        "Riga AI action plan",
        "--date",
        "2026-05",
    )
    assert added.exit_code == 0, added.output
    assert run(home, "validate", entry_id, "--level", "partner_approved").exit_code == 0
    rows = json.loads(
        run(home, "transfer", "list", "--partner", "riga digital agency", "--json").stdout
    )
    assert [(r["entry"], r["action_plan"], r["validation"]) for r in rows] == [
        (entry_id, "Riga AI action plan", "partner_approved")
    ]
    listed = run(home, "transfer", "list").stdout
    assert "into Riga AI action plan, 2026-05; validation: approved by the partner" in listed
    assert (
        "interreg.validation: (empty) → partner_approved" in run(home, "history", entry_id).stdout
    )
    assert run(home, "transfer", "remove", entry_id, "1").exit_code == 0
    assert json.loads(run(home, "transfer", "list", "--json").stdout) == []
    bad = run(home, "validate", entry_id, "--level", "approved")
    assert bad.exit_code == 2


def test_list_filters_on_the_learning_trail(home: Path) -> None:
    run(home, "init")
    entry_id = json.loads(run(home, "list", "--json").stdout)[0]["id"]
    run(home, "validate", entry_id, "--level", "partner_approved")
    run(home, "transfer", "add", entry_id, "--partner", "Riga Digital Agency")
    for filters in (
        ["--filter", "validation=partner_approved"],
        ["--filter", "transfer_partner=Riga Digital Agency"],
    ):
        rows = json.loads(run(home, "list", "--json", *filters).stdout)
        assert [r["id"] for r in rows] == [entry_id]
    found = json.loads(
        run(
            home, "search", 'transfer_partner:"Riga Digital Agency"', "--mode", "keyword", "--json"
        ).stdout
    )
    assert [r["id"] for r in found["results"]] == [entry_id]
