"""A partnership of N installations that exchange only through one shared folder, the way
partners run Casebook beside Nextcloud, SharePoint or Syncthing (issue 15).

Each installation is its own home (its own key, trusting every other) with its OWN local
copy of the folder. A simulated file-sync tool copies the files an installation writes to
every other copy after a random delay of whole rounds; some copies arrive twice, some first
as a partial file (cut off at the final name, or under Syncthing's temporary name, and whole
a round or more later), some under a sync tool's conflict-copy name, and some never (lost,
with a configurable probability). Installations go offline for a few rounds (no passes, and
the sync tool delivers nothing to them meanwhile). Each round some online installations add,
edit and delete entries (some rounds two or three edit the same entry at once), then every
online installation runs one folder pass through `sync.sync_folder`, the function
`casebook sync folder` calls.

After the last round of edits the rounds go on (nobody offline any more, the sync tool still
losing files at the same rate) until every installation shows the same entries with the same
heads (the `heads` table and the ids `list --json` prints), or `--max-rounds`.

Reported: rounds until the same view everywhere after the last edit (or that it never
came, with how many views differ); work per pass (files and revisions read, revisions new
to the installation and so verified and written, revisions exported) beside the number of
new revisions; bytes per new revision written to the folder; the folder's size at the end,
with and without pruning (`--prune`, when `sync_folder` has it); whether a file above the
50 MiB limit was ever written or refused.

    .venv/bin/python bench/partnership.py                  # 70 installations (~N min)
    .venv/bin/python bench/partnership.py --large 100000   # 7 installations, a big catalogue

Seeded (`--seed`); writes bench/results/partnership.json and .md and prints the table.
Tests run small versions (tests/sync/test_partnership.py).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import heapq
import inspect
import json
import os
import platform
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from catalogue.catalogue import Catalogue
from sync import Limits, add_partner, init_identity, load_identity, sync_folder, trust_partner
from sync.folder_scan import is_candidate

ORGS = ["Tampere", "Riga", "Bacău", "Eindhoven", "Bologna", "Liepāja", "Oulu", "Cluj"]
STATUSES = ["idea", "pilot", "in_use", "retired"]


@dataclass
class Config:
    """One simulation; the defaults are the issue's partnership of 70."""

    installations: int = 70
    edit_rounds: int = 8
    max_rounds: int = 40  # rounds after the last edit before giving up
    editors: float = 0.15  # share of online installations that edit in a round
    concurrent: float = 0.5  # chance that a round has one entry edited by 2-3 at once
    max_delay: int = 2  # the sync tool delivers 0..max_delay rounds later
    duplicate: float = 0.1
    partial: float = 0.1
    temporary: float = 0.1  # arrives first under Syncthing's temporary name
    conflict: float = 0.05  # arrives under a conflict-copy name instead
    lost: float = 0.0  # never arrives at that installation
    offline: float = 0.03  # chance per round and installation to go offline
    offline_rounds: tuple[int, int] = (2, 4)
    prune: bool = False
    initial_entries: int = 0  # entries installation 0 holds before the first round
    seed: int = 1
    limits: Limits = field(default_factory=Limits)


@dataclass
class PassWork:
    round: int
    installation: int
    files_read: int
    bytes_read: int
    revisions_read: int
    new_revisions: int
    exported: int
    refused: int
    waiting: int
    seconds: float


@dataclass
class Outcome:
    config: dict[str, Any]
    converged: bool
    rounds_after_last_edit: int | None
    views_differing: int  # installations whose view is not the majority's, at the end
    revisions_created: int
    passes: list[PassWork]
    files_written: int
    bytes_written: int
    largest_file: int
    folder_bytes_end: int  # the largest local copy of the folder at the end
    folder_files_end: int
    prune_available: bool
    limit_hit: bool
    failures: list[str]
    refusals: list[str]
    deliveries: dict[str, int]
    seconds: float
    rounds: list[dict[str, Any]]


def body(n: int, rng: random.Random) -> dict[str, Any]:
    """A small valid entry body, numbered."""
    return {
        "title": f"Case {n}: chatbot for permit questions",
        "summary": f"Residents ask about permits at any hour; variant {rng.randrange(10**6)}.",
        "organisation": {"name": rng.choice(ORGS), "type": "municipality"},
        "location": {"country": "FI", "city": "Tampere"},
        "language": "en",
        "kind": "ai_use_case",
        "status": rng.choice(STATUSES),
        "ai_techniques": ["chatbot"],
        "tags": ["permits"],
    }


# -- installations -----------------------------------------------------------------------------


@dataclass
class Installation:
    index: int
    catalogue: Catalogue
    folder: Path
    seen: set[str] = field(default_factory=set)
    offline_until: int = -1
    known: dict[str, bytes] = field(default_factory=dict)  # its folder as the sync tool knows it

    def online(self, round_no: int) -> bool:
        return round_no >= self.offline_until


def make_installations(root: Path, n: int) -> list[Installation]:
    """n homes with their keys, each trusting every other (`partner add`, `partner trust`
    through the API, as partners do it once)."""
    result = []
    for i in range(n):
        org = f"{ORGS[i % len(ORGS)]} {i}"
        cat = Catalogue.open(root / f"home{i}", author=org, auto_backup=False)
        init_identity(cat, org)
        folder = root / f"folder{i}"
        folder.mkdir()
        result.append(Installation(i, cat, folder))
    files = [load_identity(x.catalogue).public_file() for x in result]
    for x in result:
        for y in result:
            if x is not y:
                partner, _ = add_partner(x.catalogue, files[y.index])
                trust_partner(x.catalogue, partner.fingerprint)
    return result


def view(cat: Catalogue) -> str:
    """A digest of what `list --json` shows and of every object's heads."""
    heads = cat.conn.execute("SELECT object_id, rev FROM heads ORDER BY object_id, rev").fetchall()
    ids = [s.id for s in cat.list_entries(order="title")]
    return hashlib.sha256(json.dumps([heads, sorted(ids)]).encode()).hexdigest()


# -- the sync tool -----------------------------------------------------------------------------


@dataclass(order=True)
class Event:
    due: int
    seq: int
    target: int = field(compare=False)
    name: str = field(compare=False)
    data: bytes | None = field(compare=False)  # None: delete
    then: Event | None = field(compare=False, default=None)  # what completes a partial one
    temporary: str | None = field(compare=False, default=None)  # a temporary name to remove


class SyncTool:
    """Copies what appears in one installation's folder to every other's, badly."""

    def __init__(self, config: Config, rng: random.Random, homes: list[Installation]) -> None:
        self.config = config
        self.rng = rng
        self.homes = homes
        self.queue: list[Event] = []
        self.seq = 0
        self.counts = dict.fromkeys(
            ("sent", "lost", "duplicate", "partial", "temporary", "conflict", "deleted"), 0
        )
        self.files_written = 0
        self.bytes_written = 0
        self.largest = 0

    def _push(self, event: Event) -> None:
        heapq.heappush(self.queue, event)

    def _next(self) -> int:
        self.seq += 1
        return self.seq

    def picked_up(self, home: Installation, round_no: int) -> None:
        """After a pass: files the installation wrote or changed, and removed, go out."""
        now = {n: (home.folder / n) for n in os.listdir(home.folder) if is_candidate(n)}
        for name, path in now.items():
            data = path.read_bytes()
            if home.known.get(name) == data:
                continue
            home.known[name] = data
            self.files_written += 1
            self.bytes_written += len(data)
            self.largest = max(self.largest, len(data))
            for other in self.homes:
                if other is not home:
                    self._schedule(other.index, name, data, round_no)
        for name in [n for n in home.known if n not in now]:
            del home.known[name]
            for other in self.homes:
                if other is not home:
                    self.counts["deleted"] += 1
                    delay = self.rng.randint(0, self.config.max_delay)
                    self._push(Event(round_no + 1 + delay, self._next(), other.index, name, None))

    def _schedule(self, target: int, name: str, data: bytes, round_no: int) -> None:
        c, rng = self.config, self.rng
        if rng.random() < c.lost:
            self.counts["lost"] += 1
            return
        self.counts["sent"] += 1
        due = round_no + 1 + rng.randint(0, c.max_delay)
        if rng.random() < c.conflict:
            self.counts["conflict"] += 1
            stem = name[: -len(".casebook")]
            device = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ234567") for _ in range(7))
            name = f"{stem}.sync-conflict-20261205-{rng.randrange(10**6):06d}-{device}.casebook"
        whole = Event(due, self._next(), target, name, data)
        cut = data[: rng.randrange(1, max(2, len(data)))]
        if rng.random() < c.partial:
            self.counts["partial"] += 1
            whole.due += rng.randint(1, 2)
            self._push(Event(due, self._next(), target, name, cut, then=whole))
        elif rng.random() < c.temporary:
            self.counts["temporary"] += 1
            temp = f".syncthing.{name}.tmp"
            whole.due += 1
            whole.temporary = temp
            self._push(Event(due, self._next(), target, temp, cut, then=whole))
        else:
            self._push(whole)
        if rng.random() < c.duplicate:
            self.counts["duplicate"] += 1
            again = Event(whole.due + rng.randint(1, 3), self._next(), target, name, data)
            self._push(again)

    def deliver(self, round_no: int) -> None:
        """Write every event due by now to installations that are online; the others'
        wait (their sync tool is off too)."""
        waiting: list[Event] = []
        while self.queue and self.queue[0].due <= round_no:
            event = heapq.heappop(self.queue)
            home = self.homes[event.target]
            if not home.online(round_no):
                waiting.append(event)
                continue
            path = home.folder / event.name
            if event.data is None:
                path.unlink(missing_ok=True)
                home.known.pop(event.name, None)
                continue
            path.write_bytes(event.data)  # in place: a partial file is seen as it is
            if event.temporary is not None:
                (home.folder / event.temporary).unlink(missing_ok=True)
            if is_candidate(event.name):
                home.known[event.name] = event.data  # the tool's own write: not sent on
            if event.then is not None:
                self._push(event.then)
        for event in waiting:
            event.due = round_no + 1
            self._push(event)

    def pending(self) -> int:
        return len(self.queue)


# -- the simulation ----------------------------------------------------------------------------


class Partnership:
    def __init__(
        self,
        config: Config,
        root: Path,
        make_body: Callable[[int, random.Random], dict[str, Any]] = body,
        verbose: bool = False,
    ) -> None:
        self.config = config
        self.rng = random.Random(config.seed)
        self.make_body = make_body
        self.verbose = verbose
        started = time.perf_counter()
        self.homes = make_installations(root, config.installations)
        self.setup_seconds = time.perf_counter() - started
        if verbose:
            print(
                f"[{time.strftime('%H:%M:%S')}] {config.installations} homes, each trusting "
                f"every other, in {self.setup_seconds:.0f} s",
                file=sys.stderr,
                flush=True,
            )
        self.tool = SyncTool(config, self.rng, self.homes)
        self.passes: list[PassWork] = []
        self.created = 0
        self.entries = 0
        self.failures: list[str] = []
        self.refusals: list[str] = []
        self.rounds: list[dict[str, Any]] = []
        self.prune_available = "prune" in inspect.signature(sync_folder).parameters
        if config.initial_entries:
            self._seed_catalogue(config.initial_entries)

    def _seed_catalogue(self, n: int) -> None:
        cat = self.homes[0].catalogue
        for start in range(0, n, 5000):
            bodies = [self.make_body(i, self.rng) for i in range(start, min(n, start + 5000))]
            cat.add_entries(bodies)
        self.entries = n
        self.created += n

    # -- edits --

    def _edit(self, home: Installation, round_no: int) -> int:
        cat, rng = home.catalogue, self.rng
        made = 0
        for _ in range(rng.randint(1, 3)):
            live = [s.id for s in cat.list_entries(limit=200, order="updated", descending=True)]
            roll = rng.random()
            if roll < 0.5 or not live:
                self.entries += 1
                cat.add_entry(self.make_body(self.entries, rng))
            elif roll < 0.85:
                self._change(cat, rng.choice(live), round_no)
            else:
                cat.delete_entry(rng.choice(live))
            made += 1
        return made

    def _change(self, cat: Catalogue, entry_id: str, round_no: int) -> None:
        changed = dict(cat.get_entry(entry_id).body)
        changed["summary"] = (
            f"Edited in round {round_no} by {cat.author}: {self.rng.randrange(10**6)}."
        )
        cat.update_entry(entry_id, changed)

    def _concurrent(self, online: list[Installation], round_no: int) -> int:
        """Two or three installations edit the same entry in the same round."""
        holders = [h for h in online if h.catalogue.count_entries()]
        if len(holders) < 2:
            return 0
        first = self.rng.choice(holders)
        ids = [s.id for s in first.catalogue.list_entries(limit=50)]
        entry_id = self.rng.choice(ids)
        editors = [h for h in holders if _has(h.catalogue, entry_id)]
        editors = self.rng.sample(editors, min(len(editors), self.rng.randint(2, 3)))
        for h in editors:
            self._change(h.catalogue, entry_id, round_no)
        return len(editors) if len(editors) > 1 else 0

    # -- one round --

    def round(self, round_no: int, editing: bool) -> int:
        c = self.config
        if editing:
            for h in self.homes:
                if h.online(round_no) and self.rng.random() < c.offline:
                    h.offline_until = round_no + self.rng.randint(*c.offline_rounds)
        self.tool.deliver(round_no)
        online = [h for h in self.homes if h.online(round_no)]
        made = 0
        if editing and online:  # every installation may be offline in a small partnership
            for h in self.rng.sample(online, max(1, round(len(online) * c.editors))):
                made += self._edit(h, round_no)
            if self.rng.random() < c.concurrent:
                made += self._concurrent(online, round_no)
        self.created += made
        for h in online:
            self._pass(h, round_no)
            self.tool.picked_up(h, round_no)
        return made

    def _pass(self, home: Installation, round_no: int) -> None:
        kwargs: dict[str, Any] = {"seen": home.seen, "limits": self.config.limits}
        if self.config.prune and self.prune_available:
            kwargs["prune"] = True
        start = time.perf_counter()
        try:
            with simulated_clock(round_no, home.index):
                done = sync_folder(home.catalogue, home.folder, **kwargs)
        except Exception as exc:  # reported, never hidden: the harness says what broke
            self.failures.append(
                f"round {round_no}, installation {home.index}: {type(exc).__name__}: {exc}"
            )
            return
        seconds = time.perf_counter() - start
        self.refusals += [f"{p.name}: {m}" for p, m in done.refused]
        self.passes.append(
            PassWork(
                round_no,
                home.index,
                done.files_read,
                done.bytes_read,
                sum(s.revisions for _, s in done.imported),
                sum(s.new_revisions for _, s in done.imported),
                0 if done.exported is None else done.exported.revisions,
                len(done.refused),
                len(done.waiting),
                seconds,
            )
        )

    def views(self) -> list[str]:
        return [view(h.catalogue) for h in self.homes]

    def run(self) -> Outcome:
        c = self.config
        start = time.perf_counter()
        round_no = 0
        for round_no in range(c.edit_rounds):
            made = self.round(round_no, editing=True)
            self._log_round(round_no, made)
        for h in self.homes:
            h.offline_until = min(h.offline_until, c.edit_rounds + 2)
        converged_at = None
        for extra in range(1, c.max_rounds + 1):
            round_no = c.edit_rounds - 1 + extra
            self.round(round_no, editing=False)
            self._log_round(round_no, 0)
            views = self.views()
            if len(set(views)) == 1:
                converged_at = extra
                break
        views = self.views()
        majority = max(set(views), key=views.count)
        sizes = [_folder_size(h.folder) for h in self.homes]
        limit = c.limits.max_file
        return Outcome(
            config={k: v for k, v in asdict(c).items() if k != "limits"} | {"max_file": limit},
            converged=converged_at is not None,
            rounds_after_last_edit=converged_at,
            views_differing=sum(v != majority for v in views),
            revisions_created=self.created,
            passes=self.passes,
            files_written=self.tool.files_written,
            bytes_written=self.tool.bytes_written,
            largest_file=self.tool.largest,
            folder_bytes_end=max(s for s, _ in sizes),
            folder_files_end=max(n for _, n in sizes),
            prune_available=self.prune_available,
            limit_hit=self.tool.largest > limit
            or any("E_SIZE" in r for r in self.refusals)
            or any("limit" in f for f in self.failures),
            failures=self.failures,
            refusals=self.refusals,
            deliveries=self.tool.counts,
            seconds=time.perf_counter() - start,
            rounds=self.rounds,
        )

    def _log_round(self, round_no: int, made: int) -> None:
        work = [p for p in self.passes if p.round == round_no]
        if self.verbose:
            print(
                f"[{time.strftime('%H:%M:%S')}] round {round_no}: {made} created, "
                f"{sum(p.new_revisions for p in work)} new revisions imported, "
                f"{self.tool.pending()} deliveries pending",
                file=sys.stderr,
                flush=True,
            )
        self.rounds.append(
            {
                "round": round_no,
                "created": made,
                "passes": len(work),
                "files_read": sum(p.files_read for p in work),
                "revisions_read": sum(p.revisions_read for p in work),
                "new_revisions": sum(p.new_revisions for p in work),
                "exported": sum(p.exported for p in work),
                "pending_deliveries": self.tool.pending(),
                "distinct_views": len(set(self.views())),
            }
        )

    def close(self) -> None:
        for h in self.homes:
            h.catalogue.close()


@contextlib.contextmanager
def simulated_clock(round_no: int, index: int) -> Iterator[None]:
    """The time a pass sees for its file name: round r is five minutes after round r - 1
    (the desktop's timer), installation i's pass i seconds into it. Without it a small
    simulation runs several rounds in one second, and the names of the first version
    (a time to the second) made two passes write one name: a gap nobody re-sends (issue
    15, failure 2; content-hash names fix that, then this changes nothing)."""
    module = sys.modules["sync.folder"]
    real = getattr(module, "utc_now", None)
    if real is None:
        yield
        return
    moment = dt.datetime(2026, 12, 7, 8, tzinfo=dt.UTC) + dt.timedelta(
        minutes=5 * round_no, seconds=index
    )
    module.utc_now = lambda: moment.strftime("%Y-%m-%dT%H:%M:%SZ")  # type: ignore[attr-defined]
    try:
        yield
    finally:
        module.utc_now = real  # type: ignore[attr-defined]


def _has(cat: Catalogue, entry_id: str) -> bool:
    try:
        cat.get_entry(entry_id)
    except Exception:
        return False
    return True


def _folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.iterdir() if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def simulate(config: Config, root: Path | None = None, verbose: bool = False) -> Outcome:
    """Run one partnership in `root` (a temporary folder if None) and say how it went."""
    with _place(root) as where:
        partnership = Partnership(config, where, verbose=verbose)
        try:
            return partnership.run()
        finally:
            partnership.close()


class _place:
    def __init__(self, root: Path | None) -> None:
        self.root = root
        self.tmp: str | None = None

    def __enter__(self) -> Path:
        if self.root is not None:
            self.root.mkdir(parents=True, exist_ok=True)
            return self.root
        # On tmpfs where there is one: fsync costs nothing there, so the figures are
        # Casebook's work, not the shared machine's disk.
        shm = Path("/dev/shm")
        where = str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None
        self.tmp = tempfile.mkdtemp(prefix="partnership-", dir=where)
        return Path(self.tmp)

    def __exit__(self, *exc: object) -> None:
        if self.tmp is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)


# -- the report --------------------------------------------------------------------------------


def summary(outcome: Outcome) -> dict[str, Any]:
    """The figures the issue asks for, from one outcome."""
    passes = outcome.passes
    read = sum(p.revisions_read for p in passes)
    new = sum(p.new_revisions for p in passes)
    exported = sum(p.exported for p in passes)
    created = max(1, outcome.revisions_created)
    quiet = [p for p in passes if p.new_revisions == 0]
    busy = [p for p in passes if p.new_revisions > 0]
    return {
        "installations": outcome.config["installations"],
        "converged": outcome.converged,
        "rounds_after_last_edit": outcome.rounds_after_last_edit,
        "views_differing": outcome.views_differing,
        "revisions_created": outcome.revisions_created,
        "passes": len(passes),
        "revisions_read_per_new": round(read / max(1, new), 2),
        "revisions_new_per_pass": round(new / max(1, len(passes)), 2),
        "revisions_read_per_pass": round(read / max(1, len(passes)), 2),
        "files_read_per_pass": round(sum(p.files_read for p in passes) / max(1, len(passes)), 2),
        "exported_per_created": round(exported / created, 2),
        "bytes_per_new_revision": round(outcome.bytes_written / created),
        "largest_file": outcome.largest_file,
        "folder_bytes_end": outcome.folder_bytes_end,
        "folder_files_end": outcome.folder_files_end,
        "ms_per_pass_quiet": round(1000 * sum(p.seconds for p in quiet) / max(1, len(quiet)), 1),
        "ms_per_pass_busy": round(1000 * sum(p.seconds for p in busy) / max(1, len(busy)), 1),
        "limit_hit": outcome.limit_hit,
        "failures": len(outcome.failures),
        "refusals": len(outcome.refusals),
        "seconds": round(outcome.seconds, 1),
    }


ROWS = [
    ("converged (same heads and list everywhere)", "converged"),
    ("rounds after the last edit", "rounds_after_last_edit"),
    ("installations whose view differs at the end", "views_differing"),
    ("revisions created", "revisions_created"),
    ("folder passes", "passes"),
    ("files read per pass", "files_read_per_pass"),
    ("revisions read per pass", "revisions_read_per_pass"),
    ("new revisions per pass (verified, written)", "revisions_new_per_pass"),
    ("revisions read per new revision", "revisions_read_per_new"),
    ("revisions exported per revision created", "exported_per_created"),
    ("bytes written to the folder per new revision", "bytes_per_new_revision"),
    ("largest file (bytes)", "largest_file"),
    ("folder at the end (bytes, largest copy)", "folder_bytes_end"),
    ("folder at the end (files)", "folder_files_end"),
    ("ms per pass with nothing new", "ms_per_pass_quiet"),
    ("ms per pass with something new", "ms_per_pass_busy"),
    ("a size limit hit (a file over 50 MiB, E_SIZE, an export refused)", "limit_hit"),
    ("passes that failed", "failures"),
    ("files refused (reported once each)", "refusals"),
    ("seconds", "seconds"),
]


def table(columns: dict[str, dict[str, Any]]) -> str:
    names = list(columns)
    lines = ["| | " + " | ".join(names) + " |", "| --- |" + " --- |" * len(names)]
    for label, key in ROWS:
        lines.append(
            f"| {label} | " + " | ".join(str(columns[n].get(key, "")) for n in names) + " |"
        )
    return "\n".join(lines) + "\n"


def round_table(rounds: list[dict[str, Any]]) -> str:
    keys = [
        "round",
        "created",
        "passes",
        "files_read",
        "revisions_read",
        "new_revisions",
        "exported",
        "pending_deliveries",
        "distinct_views",
    ]
    lines = ["| " + " | ".join(keys) + " |", "|" + " --- |" * len(keys)]
    lines += ["| " + " | ".join(str(r[k]) for k in keys) + " |" for r in rounds]
    return "\n".join(lines) + "\n"


BUCKETS = [(0, 0), (1, 10), (11, 100), (101, 1000), (1001, 10**9)]


def work_table(passes: list[PassWork]) -> str:
    """Work per pass against what was new to the installation: passes grouped by the number
    of new revisions they imported, with the mean of what they read and wrote."""
    keys = ["new revisions", "passes", "files read", "revisions read", "exported", "ms"]
    lines = ["| " + " | ".join(keys) + " |", "|" + " --- |" * len(keys)]
    for low, high in BUCKETS:
        group = [p for p in passes if low <= p.new_revisions <= high]
        if not group:
            continue
        n = len(group)
        label = str(low) if low == high else f"{low}–{high}" if high < 10**9 else f"> {low - 1}"
        lines.append(
            f"| {label} | {n} | {sum(p.files_read for p in group) / n:.1f} | "
            f"{sum(p.revisions_read for p in group) / n:.1f} | "
            f"{sum(p.exported for p in group) / n:.1f} | "
            f"{1000 * sum(p.seconds for p in group) / n:.0f} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--installations", type=int, default=70)
    parser.add_argument("--edit-rounds", type=int, default=8)
    parser.add_argument("--max-rounds", type=int, default=40)
    parser.add_argument("--lost", type=float, nargs="*", default=[0.0, 0.05])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--large", type=int, nargs="*", default=[], help="entries of 7-installation runs"
    )
    parser.add_argument("--large-installations", type=int, default=7)
    parser.add_argument("--name", default="partnership")
    args = parser.parse_args()
    load_start = os.getloadavg()[0]
    runs: dict[str, Outcome] = {}
    prune_modes = [False, True]
    for lost in args.lost:
        for prune in prune_modes:
            config = Config(
                installations=args.installations,
                edit_rounds=args.edit_rounds,
                max_rounds=args.max_rounds,
                lost=lost,
                prune=prune,
                seed=args.seed,
            )
            label = f"{args.installations} inst., lost {lost:.0%}, prune {'on' if prune else 'off'}"
            print(f"[{time.strftime('%H:%M:%S')}] {label}", file=sys.stderr, flush=True)
            runs[label] = simulate(config, verbose=True)
            if not runs[label].prune_available:
                prune_modes = [False]  # pruning comes with acknowledged delivery
                break
    for entries in args.large:
        config = Config(
            installations=args.large_installations,
            edit_rounds=args.edit_rounds,
            max_rounds=args.max_rounds,
            initial_entries=entries,
            seed=args.seed,
        )
        label = f"{args.large_installations} inst., {entries:,} entries"
        print(f"[{time.strftime('%H:%M:%S')}] {label}", file=sys.stderr, flush=True)
        runs[label] = simulate(config, verbose=True)
    columns = {label: summary(o) for label, o in runs.items()}
    out = [
        f"# A partnership sharing one folder ({time.strftime('%Y-%m-%d')})\n",
        "bench/partnership.py: each installation its own home and its own copy of the folder; "
        "a simulated sync tool copies files after 1-3 rounds, some twice, some partial first, "
        "some as conflict copies, some lost (the `lost` rate); installations go offline for "
        "2-4 rounds; each round some edit (some at once the same entry), then every online "
        "one runs `sync_folder`.\n",
        table(columns),
    ]
    for label, o in runs.items():
        if o.failures:
            out.append(f"\nFailures in {label} (first 5 of {len(o.failures)}):\n")
            out += [f"- {f[:300]}\n" for f in o.failures[:5]]
        if not o.prune_available:
            out.append(
                f"\n{label}: `sync_folder` has no `prune` yet: the run without pruning only.\n"
            )
        out.append(f"\nDeliveries in {label}: {o.deliveries}\n")
    for label, o in runs.items():
        out += [f"\n## Work per pass against what was new: {label}\n\n", work_table(o.passes)]
        out += [f"\n## Rounds: {label}\n\n", round_table(o.rounds)]
    out.append(
        f"\n{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
        f"load {load_start:.1f} at the start, {os.getloadavg()[0]:.1f} at the end.\n"
    )
    text = "".join(out)
    results = Path(__file__).resolve().parent / "results"
    results.mkdir(exist_ok=True)
    data = {
        label: {"summary": columns[label], **{k: v for k, v in asdict(o).items() if k != "passes"}}
        for label, o in runs.items()
    }
    (results / f"{args.name}.json").write_text(json.dumps(data, indent=1) + "\n", "utf-8")
    (results / f"{args.name}.md").write_text(text, "utf-8")
    print(text)


if __name__ == "__main__":
    main()
