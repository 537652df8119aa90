"""Add 10,000 entries through `Catalogue` and list them, beside plain sqlite3 doing the same.

The ratio shows what revisions (canonical JSON, SHA-256, heads, derived view) and
validation cost over a bare insert of the same rows. Both sides run in the same process on
the same machine, one after the other, each in a fresh temporary folder.

    .venv/bin/python bench/catalogue_write.py [--n 10000] [--single 500]
"""

from __future__ import annotations

import argparse
import json
import platform
import sqlite3
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchkit import timed

from catalogue import starter
from catalogue.catalogue import Catalogue

RESULTS = Path(__file__).parent / "results"


def make_bodies(n: int) -> list[dict[str, Any]]:
    """n realistic entries: the starter cases, varied so that every title is different."""
    base = list(starter.load_bodies().values())
    bodies = []
    for i in range(n):
        body = json.loads(json.dumps(base[i % len(base)]))
        body["title"] = f"{body['title'][:180]} #{i}"
        body["tags"] = [*body.get("tags", []), f"batch-{i % 37}"]
        bodies.append(body)
    return bodies


def plain_sqlite(
    folder: Path, bodies: list[dict[str, Any]], per_row_commit: bool
) -> tuple[float, float, int]:
    """The reference: one table, the same columns the view has, the body as JSON text."""
    conn = sqlite3.connect(folder / "plain.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(
        "CREATE TABLE entries (id TEXT PRIMARY KEY, title TEXT, organisation TEXT, country TEXT,"
        " kind TEXT, status TEXT, body TEXT)"
    )
    conn.execute("CREATE INDEX entries_title ON entries (title COLLATE NOCASE, id)")
    rows = [
        (
            str(uuid.uuid4()),
            b["title"],
            b["organisation"]["name"],
            b["location"]["country"],
            b.get("kind"),
            b.get("status"),
            json.dumps(b),
        )
        for b in bodies
    ]

    def insert() -> None:
        sql = "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?)"
        if per_row_commit:
            for row in rows:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute(sql, row)
                conn.execute("COMMIT")
        else:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(sql, rows)
            conn.execute("COMMIT")

    add_s, _ = timed(insert)
    list_s, listed = timed(
        lambda: conn.execute(
            "SELECT id, title, organisation, country, kind, status FROM entries "
            "ORDER BY title COLLATE NOCASE, id"
        ).fetchall()
    )
    conn.close()
    return add_s, list_s, len(listed)


def casebook(
    folder: Path, bodies: list[dict[str, Any]], per_row_commit: bool
) -> tuple[float, float, int]:
    with Catalogue.open(folder / "home", author="bench", auto_backup=False) as cat:
        if per_row_commit:
            add_s, _ = timed(lambda: [cat.add_entry(b) for b in bodies])
        else:
            add_s, _ = timed(lambda: cat.add_entries(bodies))
        list_s, listed = timed(cat.list_entries)
        assert cat.count_revisions() == len(bodies)
    return add_s, list_s, len(listed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=10_000, help="entries in the batch run")
    parser.add_argument("--single", type=int, default=500, help="entries added one by one")
    args = parser.parse_args()

    rows = []
    for label, n, per_row in (
        ("batch (one transaction)", args.n, False),
        ("one add per transaction", args.single, True),
    ):
        bodies = make_bodies(n)
        with tempfile.TemporaryDirectory() as tmp:
            ref_add, ref_list, ref_count = plain_sqlite(Path(tmp), bodies, per_row)
        with tempfile.TemporaryDirectory() as tmp:
            cb_add, cb_list, cb_count = casebook(Path(tmp), bodies, per_row)
        assert ref_count == cb_count == n
        rows.append(
            {
                "scenario": label,
                "entries": n,
                "casebook_add_s": round(cb_add, 3),
                "sqlite_add_s": round(ref_add, 3),
                "casebook_entries_per_s": round(n / cb_add),
                "sqlite_entries_per_s": round(n / ref_add),
                "add_ratio": round(cb_add / ref_add, 2),
                "casebook_list_s": round(cb_list, 4),
                "sqlite_list_s": round(ref_list, 4),
                "list_ratio": round(cb_list / ref_list, 2),
            }
        )

    table = [
        "| scenario | entries | Casebook add/s | sqlite3 add/s | add ratio | Casebook list s | "
        "sqlite3 list s | list ratio |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        table.append(
            f"| {r['scenario']} | {r['entries']} | {r['casebook_entries_per_s']} | "
            f"{r['sqlite_entries_per_s']} | {r['add_ratio']}× | {r['casebook_list_s']} | "
            f"{r['sqlite_list_s']} | {r['list_ratio']}× |"
        )
    machine = (
        f"{platform.machine()}, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )
    text = "\n".join(table)
    print(text)
    print(f"\n{machine}")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "catalogue_write.json").write_text(
        json.dumps({"machine": machine, "rows": rows}, indent=2) + "\n", "utf-8"
    )
    (RESULTS / "catalogue_write.md").write_text(
        "# Adding and listing entries: Catalogue vs plain sqlite3\n\n"
        "`make bench` (bench/catalogue_write.py). Both run in the same process, one after the "
        "other; ratios are what to compare (absolute times vary with the machine).\n\n"
        f"{text}\n\n{machine}\n",
        "utf-8",
    )


if __name__ == "__main__":
    main()
