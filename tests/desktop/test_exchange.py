"""The Exchange view, the dropped bundle, the conflict resolver and the sync folder, offscreen,
with two real homes (Tampere and Riga) whose identities the sync API made. The dialogs that
would block (file dialogs, questions) are not opened: the tests call the functions that take
paths, and `ask` is replaced by an answer recorded for the test."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

import sync
from catalogue.catalogue import Catalogue
from desktop.backend import Backend
from desktop.exchange import exchange as exchange_module
from desktop.exchange.conflicts import ConflictResolver
from desktop.exchange.sync_folder import SETTLE_MS
from desktop.main_window import MainWindow
from tests.conftest import sample_entry
from tests.sync.homes import befriend, dump, make_home

WAIT = 30_000


@pytest.fixture
def tampere(tmp_path: Path) -> Iterator[Catalogue]:
    catalogue = make_home(tmp_path / "tampere", "City of Tampere")
    yield catalogue
    catalogue.close()


def riga_home(tmp_path: Path, identity: bool = True) -> Path:
    home = tmp_path / "riga"
    catalogue = (
        make_home(home, "Riga Digital Agency")
        if identity
        else Catalogue.open(home, author="Riga Digital Agency", auto_backup=False)
    )
    catalogue.close()
    return home


class Opened:
    """A window on a home, and what it needs closed afterwards."""

    def __init__(self, qtbot: Any, home: Path) -> None:
        from search.semantic import ModelLoader

        def open_catalogue() -> Catalogue:
            return Catalogue.open(home, author="Riga Digital Agency", auto_backup=False)

        self.home = home
        self.backend = Backend(home, open_catalogue, ModelLoader())
        settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(self.backend, settings, load_model=False)
        self.backend.progress.connect(self.window.show_progress)
        qtbot.addWidget(self.window)
        self.window.show()
        self.exchange = self.window.exchange
        self.qtbot = qtbot

    def outcome(self, start: Any) -> tuple[str, bool]:
        """Run `start()` and wait for the outcome it reports."""
        with self.qtbot.waitSignal(self.exchange.reported, timeout=WAIT) as blocker:
            start()
        text, ok = blocker.args
        return str(text), bool(ok)

    def catalogue(self) -> Catalogue:
        """A connection of the test's own, to check what the window's worker wrote."""
        return Catalogue.open(self.home, author="checker", auto_backup=False)


@pytest.fixture
def opened(qtbot: Any, tmp_path: Path) -> Iterator[Opened]:
    made = Opened(qtbot, riga_home(tmp_path))
    yield made
    made.window.close()
    made.backend.close()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Questions asked (title, text); each is answered Yes."""
    asked: list[tuple[str, str]] = []

    def answer(parent: Any, title: str, text: str) -> bool:
        asked.append((title, text))
        return True

    monkeypatch.setattr(exchange_module, "ask", answer)
    return asked


def trust_each_other(tampere: Catalogue, riga: Path) -> None:
    other = Catalogue.open(riga, author="Riga Digital Agency", auto_backup=False)
    try:
        befriend(tampere, other)
        befriend(other, tampere)
    finally:
        other.close()


def test_identity_and_partners_through_the_dialog(
    qtbot: Any, tmp_path: Path, tampere: Catalogue, answers: list[tuple[str, str]]
) -> None:
    opened = Opened(qtbot, riga_home(tmp_path, identity=False))
    try:
        dialog = opened.exchange.open_dialog()
        qtbot.waitUntil(lambda: "no identity yet" in dialog.identity_label.text(), timeout=WAIT)
        assert dialog.create_button.isVisible()
        assert not dialog.export_all_button.isEnabled()  # nothing to sign with yet

        text, ok = opened.outcome(lambda: opened.exchange.create_identity("Riga Digital Agency"))
        assert ok
        assert "Created the identity of Riga Digital Agency" in text
        check = opened.catalogue()
        me = sync.load_identity(check)
        check.close()
        qtbot.waitUntil(
            lambda: me.grouped_fingerprint in dialog.identity_label.text(), timeout=WAIT
        )
        assert len(me.grouped_fingerprint.split()) == 10  # groups of four, to read aloud
        assert not dialog.create_button.isVisible()

        identity_file = tmp_path / "riga.id"
        text, ok = opened.outcome(lambda: opened.exchange.export_identity(identity_file))
        assert ok
        assert me.grouped_fingerprint in text
        # A partner adds the exported file: it is this installation's public identity.
        added, _ = sync.add_partner(tampere, identity_file.read_bytes())
        assert added.fingerprint == me.fingerprint

        # Adding a partner shows its fingerprint and asks to compare it before trusting.
        theirs = tmp_path / "tampere.id"
        theirs.write_bytes(sync.load_identity(tampere).public_file())
        fingerprint = sync.load_identity(tampere).grouped_fingerprint
        with qtbot.waitSignals([opened.exchange.reported] * 2, timeout=WAIT):
            opened.exchange.add_partner_file(theirs)
        assert answers[-1][0] == "Compare the fingerprint"
        assert fingerprint in answers[-1][1]
        qtbot.waitUntil(lambda: dialog.partners.topLevelItemCount() == 1, timeout=WAIT)
        qtbot.waitUntil(lambda: _status(dialog) == "trusted", timeout=WAIT)
        item = dialog.partners.topLevelItem(0)
        assert item is not None
        assert (item.text(0), item.text(2)) == ("City of Tampere", fingerprint)

        # A file that is not an identity file is refused and adds nobody.
        bad = tmp_path / "bad.id"
        bad.write_text('{"type": "something else"}')
        text, ok = opened.outcome(lambda: opened.exchange.add_partner_file(bad))
        assert not ok
        assert "not an identity file" in text
        assert dialog.partners.topLevelItemCount() == 1

        # Revoke asks first; the key is then shown as revoked and cannot be trusted again.
        dialog.select_partner(sync.load_identity(tampere).fingerprint)
        assert dialog.revoke_button.isEnabled()
        assert not dialog.trust_button.isEnabled()
        with qtbot.waitSignal(opened.exchange.reported, timeout=WAIT):
            qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
        assert answers[-1][0] == "Revoke the key?"
        qtbot.waitUntil(lambda: _status(dialog) == "revoked", timeout=WAIT)
        dialog.select_partner(sync.load_identity(tampere).fingerprint)
        assert not dialog.revoke_button.isEnabled()
        assert not dialog.trust_button.isEnabled()
    finally:
        opened.window.close()
        opened.backend.close()


def test_bundles_both_ways_with_a_conflict_resolved_field_by_field(
    qtbot: Any, tmp_path: Path, tampere: Catalogue, opened: Opened
) -> None:
    trust_each_other(tampere, opened.home)
    riga_fp = next(p.fingerprint for p in sync.list_partners(tampere))
    entry_id = tampere.add_entry(sample_entry()).added[0]
    first = tmp_path / "tampere-1.casebook"
    sync.export_bundle(tampere, first, partner=riga_fp)

    text, ok = opened.outcome(lambda: opened.exchange.import_bundle_from(first))
    assert ok, text
    assert text.endswith(
        ": 1 new, 0 updated, 0 deleted, 0 conflicts; already had 0 of its 1 revision."
    )
    qtbot.waitUntil(lambda: opened.window.model.rowCount() == 1, timeout=WAIT)
    text, ok = opened.outcome(lambda: opened.exchange.import_bundle_from(first))
    assert ok
    assert text.startswith("Already have all 1 revisions from City of Tampere")

    # Both edit the same entry before exchanging again.
    base = tampere.get_entry(entry_id).body
    tampere.update_entry(entry_id, {**base, "status": "in_use", "summary": "Tampere's summary."})
    done = threading.Event()
    opened.backend.run(
        lambda core: core.catalogue.update_entry(
            entry_id, {**base, "status": "planned", "title": "Riga's title"}
        ),
        lambda _: done.set(),
    )
    qtbot.waitUntil(done.is_set, timeout=WAIT)
    second = tmp_path / "tampere-2.casebook"
    sync.export_bundle(tampere, second, partner=riga_fp)
    text, ok = opened.outcome(lambda: opened.exchange.import_bundle_from(second))
    assert ok
    # Updated or not: the view shows the head SYNC.md's rule picks (the lowest hash here).
    # Riga has not acknowledged the first revision (it sent no bundle back): sent again.
    assert re.search(
        r": 0 new, [01] updated, 0 deleted, 1 conflict; already had 1 of its 2 revisions\. "
        r"Resolve them under Conflicts in the sidebar\.$",
        text,
    ), text

    # The detail pane of the entry in conflict links to the resolver.
    with qtbot.waitSignal(opened.window.detail_shown, timeout=WAIT):
        opened.window.open_entry(entry_id)
    link = f"casebook:resolve/{entry_id}"
    assert link in opened.window.detail.toHtml()
    opened.window.detail.anchorClicked.emit(QUrl(link))
    qtbot.waitUntil(lambda: len(opened.exchange.resolvers) == 1, timeout=WAIT)
    resolver: ConflictResolver = opened.exchange.resolvers[0]
    assert resolver.conflict.fields == ("status", "summary", "title")
    heads = resolver.conflict.heads
    tampere_version = next(i for i, h in enumerate(heads) if h.body["status"] == "in_use")
    riga_version = 1 - tampere_version
    # Only the differing rows offer a choice; each starts on the shown version.
    assert set(resolver.choices) == {"status", "summary", "title"}
    assert resolver.grid.count() > 3 * (len(heads) + 1)
    resolver.choose_all(riga_version)
    resolver.choose("summary", tampere_version)
    assert resolver._groups["summary"].checkedId() == tampere_version
    with qtbot.waitSignal(opened.exchange.reported, timeout=WAIT) as blocker:
        qtbot.mouseClick(resolver.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args[1]
    assert "Resolved" in blocker.args[0]

    check = opened.catalogue()
    merged = check.get_entry(entry_id)
    assert not merged.conflict
    assert (merged.body["status"], merged.body["summary"], merged.body["title"]) == (
        "planned",
        "Tampere's summary.",
        "Riga's title",
    )
    assert sync.list_conflicts(check) == []
    tampere_fp = sync.load_identity(tampere).fingerprint
    check.close()

    # The merge goes back to Tampere in a bundle for that partner; both then show the same.
    back = tmp_path / "riga-1.casebook"
    text, ok = opened.outcome(lambda: opened.exchange.export_bundle_to(back, tampere_fp))
    assert ok, text
    assert text.startswith("Wrote riga-1.casebook:"), text
    summary = sync.import_bundle(tampere, back)
    assert summary.conflicts == []
    assert summary.updated == [entry_id]
    assert tampere.get_entry(entry_id).rev == merged.rev


def conflicted(qtbot: Any, tmp_path: Path, tampere: Catalogue, opened: Opened) -> str:
    """An entry both homes edited before exchanging; Riga (the window) has both versions."""
    trust_each_other(tampere, opened.home)
    riga_fp = next(p.fingerprint for p in sync.list_partners(tampere))
    entry_id = tampere.add_entry(sample_entry()).added[0]
    first = tmp_path / "first.casebook"
    sync.export_bundle(tampere, first, partner=riga_fp)
    opened.outcome(lambda: opened.exchange.import_bundle_from(first))
    base = tampere.get_entry(entry_id).body
    tampere.update_entry(
        entry_id, {**base, "tags": ["permits", "night"], "location": {"country": "FI"}}
    )
    done = threading.Event()
    opened.backend.run(
        lambda core: core.catalogue.update_entry(entry_id, {**base, "title": "Riga's title"}),
        lambda _: done.set(),
    )
    qtbot.waitUntil(done.is_set, timeout=WAIT)
    second = tmp_path / "second.casebook"
    sync.export_bundle(tampere, second, partner=riga_fp)
    text, ok = opened.outcome(lambda: opened.exchange.import_bundle_from(second))
    assert ok
    assert text.endswith("Resolve them under Conflicts in the sidebar."), text
    assert "1 conflict;" in text
    return entry_id


def open_resolver(qtbot: Any, opened: Opened, start: Any) -> ConflictResolver:
    start()
    qtbot.waitUntil(lambda: len(opened.exchange.resolvers) == 1, timeout=WAIT)
    return opened.exchange.resolvers[0]


def test_a_merged_value_written_by_hand_is_saved_and_a_bad_one_changes_nothing(
    qtbot: Any, tmp_path: Path, tampere: Catalogue, opened: Opened
) -> None:
    entry_id = conflicted(qtbot, tmp_path, tampere, opened)
    # Under Conflicts in the sidebar, a double-click on the case opens the resolver.
    opened.window.sidebar.setCurrentItem(opened.window.sidebar.conflicts)
    qtbot.waitUntil(lambda: opened.window.model.rowCount() == 1, timeout=WAIT)
    with qtbot.waitSignal(opened.window.detail_shown, timeout=WAIT):
        opened.window.table.selectRow(0)
    index = opened.window.model.index(0, 0)
    resolver = open_resolver(qtbot, opened, lambda: opened.window.table.doubleClicked.emit(index))
    assert resolver.conflict.id == entry_id
    assert resolver.conflict.fields == ("location.city", "location.country", "tags", "title")
    assert set(resolver.merged) == set(resolver.conflict.fields)
    shown = resolver.conflict.heads[0].body
    assert resolver.merged["title"].toPlainText() == shown["title"]

    # Writing in a merged cell takes the row off the versions' choice.
    tampere_version = next(
        i for i, h in enumerate(resolver.conflict.heads) if h.body["location"]["country"] == "FI"
    )
    resolver.choose_all(tampere_version)
    assert resolver.merged["tags"].toPlainText() == "permits, night"
    resolver.write("tags", "permits, night, open data")
    assert resolver.edited == {"tags"}
    assert resolver._groups["tags"].checkedId() == -1
    # A country that is not one is refused with the field's message; nothing is written.
    resolver.write("location.country", "Finland")
    check = opened.catalogue()
    before = dump(check)
    with qtbot.waitSignal(resolver.failed, timeout=WAIT) as blocker:
        qtbot.mouseClick(resolver.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].startswith("Not saved: location.country: ")
    assert blocker.args[0].endswith("Nothing was changed.")
    assert resolver.message.text() == blocker.args[0]
    assert dump(check) == before
    assert resolver.isVisible()

    # Choosing a version again puts its value back in the merged cell.
    resolver.choose("location.country", tampere_version)
    assert resolver.edited == {"tags"}
    resolver.write("title", "  Permit chatbot (Tampere and Riga)  ")
    with qtbot.waitSignal(opened.exchange.reported, timeout=WAIT) as blocker:
        qtbot.mouseClick(resolver.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [
        f"Resolved “{resolver.conflict.title}”: the merged version is saved.",
        True,
    ]
    merged = check.get_entry(entry_id)
    assert not merged.conflict
    assert merged.body["tags"] == ["permits", "night", "open data"]
    assert merged.body["title"] == "Permit chatbot (Tampere and Riga)"
    assert merged.body["location"] == {"country": "FI"}
    heads = check.conn.execute(
        "SELECT count(*) FROM revisions WHERE object_id = ? AND rev IN "
        "(SELECT value FROM json_each(?))",
        (entry_id, json.dumps([h.rev for h in resolver.conflict.heads])),
    ).fetchone()[0]
    assert heads == 2  # both versions stay in the history under the merge
    check.close()


def test_resolve_conflicts_opens_the_only_one_and_says_when_there_is_none(
    qtbot: Any, tmp_path: Path, tampere: Catalogue, opened: Opened
) -> None:
    text, ok = opened.outcome(opened.exchange.resolve_any)
    assert (text, ok) == ("No case is in conflict.", True)
    entry_id = conflicted(qtbot, tmp_path, tampere, opened)
    dialog = opened.exchange.open_dialog()
    qtbot.waitUntil(
        lambda: dialog.conflicts_button.text() == "Resolve conflicts (1)…", timeout=WAIT
    )
    resolver = open_resolver(qtbot, opened, dialog.conflicts_button.click)
    assert resolver.conflict.id == entry_id
    # A case without a conflict says so instead of opening anything.
    check = opened.catalogue()
    plain = check.add_entry(sample_entry(title="Plain")).added[0]
    check.close()
    text, ok = opened.outcome(lambda: opened.exchange.open_resolver(plain))
    assert (text, ok) == (f"entry {plain} has no conflict to resolve", False)
    assert len(opened.exchange.resolvers) == 1


def test_a_tampered_bundle_is_refused_with_the_reason_and_nothing_changes(
    qtbot: Any, tmp_path: Path, tampere: Catalogue, opened: Opened
) -> None:
    trust_each_other(tampere, opened.home)
    tampere.add_entry(sample_entry())
    good = tmp_path / "good.casebook"
    sync.export_bundle(tampere, good)
    lines = good.read_bytes().split(b"\n")
    envelope = json.loads(lines[1])
    sig = envelope["signatures"][0]["sig"]
    envelope["signatures"][0]["sig"] = ("B" if sig[0] == "A" else "A") + sig[1:]
    lines[1] = json.dumps(envelope, separators=(",", ":")).encode()
    bad = tmp_path / "bad.casebook"
    bad.write_bytes(b"\n".join(lines))

    dialog = opened.exchange.open_dialog()
    check = opened.catalogue()
    before = dump(check)
    text, ok = opened.outcome(lambda: opened.exchange.import_bundle_from(bad))
    assert not ok
    assert text.startswith("Refused: A signature does not match")
    assert "E_SIGNATURE at line 2" in text
    assert "Nothing was imported" in text
    assert dialog.message.text() == text
    assert dump(check) == before
    check.close()
    assert opened.window.model.rowCount() == 0


def test_a_bundle_from_a_key_not_trusted_says_what_to_do(
    qtbot: Any, tmp_path: Path, tampere: Catalogue, opened: Opened
) -> None:
    tampere.add_entry(sample_entry())
    bundle = tmp_path / "stranger.casebook"
    sync.export_bundle(tampere, bundle)
    check = opened.catalogue()
    before = dump(check)
    text, ok = opened.outcome(lambda: opened.exchange.import_bundle_from(bundle))
    assert not ok
    assert text.startswith("Refused: It was signed by a key you do not trust. Add the partner")
    assert "E_UNKNOWN_KEY at line 1" in text
    assert dump(check) == before
    check.close()


def test_an_export_cancelled_writes_no_file(
    qtbot: Any, tmp_path: Path, tampere: Catalogue, opened: Opened
) -> None:
    trust_each_other(tampere, opened.home)
    check = opened.catalogue()
    check.add_entry(sample_entry())
    check.close()
    out = tmp_path / "out.casebook"
    release = threading.Event()
    opened.backend.run(lambda core: release.wait(WAIT / 1000))  # hold the db worker
    with qtbot.waitSignal(opened.exchange.reported, timeout=WAIT) as blocker:
        opened.exchange.export_bundle_to(out)
        opened.window.cancel_background_work()
        release.set()
    assert blocker.args == ["Export cancelled; no file was written.", False]
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == []
    text, ok = opened.outcome(lambda: opened.exchange.export_bundle_to(out))
    assert (text, ok) == ("Wrote out.casebook: 1 revision, 0 attachments.", True)
    assert sync.import_bundle(tampere, out).new_revisions == 1


def test_an_import_cancelled_before_it_runs_writes_nothing(
    qtbot: Any, tmp_path: Path, tampere: Catalogue, opened: Opened
) -> None:
    trust_each_other(tampere, opened.home)
    tampere.add_entry(sample_entry())
    bundle = tmp_path / "t.casebook"
    sync.export_bundle(tampere, bundle)
    release = threading.Event()
    opened.backend.run(lambda core: release.wait(WAIT / 1000))  # hold the db worker
    with qtbot.waitSignal(opened.exchange.reported, timeout=WAIT) as blocker:
        opened.exchange.import_bundle_from(bundle)
        opened.window.cancel_background_work()
        release.set()
    assert blocker.args == ["Import cancelled; nothing was imported.", False]
    check = opened.catalogue()
    assert check.count_entries() == 0
    check.close()


def _drop(window: QWidget, paths: list[Path]) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(window.width() / 2, window.height() / 2)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_a_bundle_on_the_window_imports_it(
    qtbot: Any, tmp_path: Path, tampere: Catalogue, opened: Opened
) -> None:
    trust_each_other(tampere, opened.home)
    tampere.add_entry(sample_entry())
    bundle = tmp_path / "dropped.casebook"
    sync.export_bundle(tampere, bundle)
    other = tmp_path / "notes.txt"
    other.write_text("not a bundle")
    assert _drop(opened.window, [other]) == (False, False)
    with qtbot.waitSignal(opened.exchange.reported, timeout=WAIT) as blocker:
        assert _drop(opened.window, [bundle]) == (True, True)
    assert blocker.args[1]
    assert "1 new, 0 updated" in blocker.args[0]
    qtbot.waitUntil(lambda: opened.window.model.rowCount() == 1, timeout=WAIT)
    assert opened.window.statusBar().currentMessage() == blocker.args[0]
    # Dropped on the list (a child of the window), it reaches the window too.
    with qtbot.waitSignal(opened.exchange.reported, timeout=WAIT) as blocker:
        assert _drop(opened.window.table.viewport(), [bundle]) == (True, True)
    assert blocker.args[0].startswith("Already have all 1 revisions")


def test_the_sync_folder_imports_what_partners_left_and_writes_what_is_new(
    qtbot: Any, tmp_path: Path, tampere: Catalogue, opened: Opened
) -> None:
    trust_each_other(tampere, opened.home)
    tampere.add_entry(sample_entry())
    shared = tmp_path / "shared"
    shared.mkdir()
    sync.sync_folder(tampere, shared)
    left_by_tampere = set(shared.iterdir())
    assert len(left_by_tampere) == 1

    text, ok = opened.outcome(lambda: opened.exchange.folder.set_folder(tmp_path / "missing"))
    assert not ok
    assert "is not a folder; nothing changed" in text
    assert opened.exchange.folder.folder() is None

    text, ok = opened.outcome(lambda: opened.exchange.folder.set_folder(shared))
    assert ok, text
    assert text.startswith("Sync folder: imported 1 revision from 1 bundle, 0 conflicts; wrote ")
    assert opened.exchange.folder.timer.isActive()
    assert opened.window.statusBar().currentMessage() == text
    written = set(shared.iterdir()) - left_by_tampere
    assert len(written) == 1
    assert next(iter(written)).name.startswith("riga-digital-agency-")
    qtbot.waitUntil(lambda: opened.window.model.rowCount() == 1, timeout=WAIT)

    text, ok = opened.outcome(opened.exchange.folder.sync_now)
    assert ok
    assert text == "Sync folder: nothing new in either direction."
    text, ok = opened.outcome(lambda: opened.exchange.folder.set_folder(None))
    assert ok
    assert not opened.exchange.folder.timer.isActive()
    assert opened.exchange.folder.folder() is None


def _status(dialog: Any) -> str:
    item = dialog.partners.topLevelItem(0)
    return "" if item is None else str(item.text(1))


def test_a_bundle_arriving_in_the_watched_folder_is_imported_without_asking(
    qtbot: Any, tmp_path: Path, tampere: Catalogue, opened: Opened
) -> None:
    trust_each_other(tampere, opened.home)
    shared = tmp_path / "Syncthing"
    shared.mkdir()
    text, ok = opened.outcome(lambda: opened.exchange.folder.set_folder(shared))
    assert (text, ok) == ("Sync folder: nothing new in either direction.", True)
    assert opened.exchange.folder.watcher.directories() == [str(shared)]
    dialog = opened.exchange.open_dialog()

    # A partner's sync client puts a bundle there; a pass follows once it has settled.
    tampere.add_entry(sample_entry())
    with qtbot.waitSignal(opened.exchange.reported, timeout=WAIT) as blocker:
        sync.sync_folder(tampere, shared)
    text = blocker.args[0]
    assert text.startswith("Sync folder: imported 1 revision from 1 bundle, 0 conflicts"), text
    qtbot.waitUntil(lambda: opened.window.model.rowCount() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: "Last pass at " in dialog.folder_label.text(), timeout=WAIT)
    assert str(shared) in dialog.folder_label.text()
    # The bundle this pass wrote there does not start another pass.
    with qtbot.assertNotEmitted(opened.exchange.reported, wait=3 * SETTLE_MS):
        pass
    assert dialog.message.text() == text  # not "Working…" after the quiet look
    assert not dialog.progress.isVisible()

    # A damaged bundle is refused and named; what the catalogue holds stays as it was. (One
    # cut off mid-line would be taken for a copy in progress and wait: test_folder_hostile.)
    check = opened.catalogue()
    before = dump(check)
    with qtbot.waitSignal(opened.exchange.reported, timeout=WAIT) as blocker:
        (shared / "damaged.casebook").write_bytes(b'{"payload": "AAAA"}\n')
    assert blocker.args[1] is False
    assert "refused damaged.casebook (E_" in blocker.args[0]
    assert dump(check) == before
    check.close()


def test_the_exchange_view_shows_revisions_held_aside_and_flagged_installations(
    qtbot: Any, tmp_path: Path, tampere: Catalogue, opened: Opened
) -> None:
    """Tampere relays Bacău's case to Riga, which knows Bacău's key but does not trust it
    yet: the case is held aside, and the Exchange view says so and whose it is."""
    from desktop.exchange.dialog import State

    bacau = make_home(tmp_path / "bacau", "Bacău County Council")
    try:
        befriend(tampere, bacau)
        bacau.add_entry(sample_entry(title="Bacău Smart County"))
        sync.export_bundle(bacau, tmp_path / "bacau.casebook")
        sync.import_bundle(tampere, tmp_path / "bacau.casebook")
        trust_each_other(tampere, opened.home)
        riga = opened.catalogue()
        try:
            befriend(riga, bacau, trusted=False)
        finally:
            riga.close()
    finally:
        bacau.close()
    sync.export_bundle(tampere, tmp_path / "relay.casebook")
    text, ok = opened.outcome(
        lambda: opened.exchange.import_bundle_from(tmp_path / "relay.casebook")
    )
    assert ok, text
    dialog = opened.exchange.open_dialog()
    qtbot.waitUntil(lambda: dialog.trust_notes.isVisible(), timeout=WAIT)
    notes = dialog.trust_notes.text()
    assert "Held aside: 1 revision" in notes
    assert "Bacău County Council (1)" in notes
    # A copied home's origin, flagged with the counters it signed twice.
    flagged = dialog.trust_text(State(partners=dialog.state.partners, forked={"abc:2": [3, 4]}))
    assert "Flagged: abc:2" in flagged
    assert "(3, 4)" in flagged
