"""The learning trail view and File → Export learning trail…, offscreen, on real homes: the
matrix it shows, cells opened with real clicks and key presses, a project chosen, a write
shown, the report written in the background, and the same view at two partners after a
sync, agreeing with `casebook transfer list` and `casebook report transfers`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from catalogue.catalogue import Catalogue
from catalogue.trail_matrix import name_key
from desktop.backend import Backend
from desktop.operations import WriteOp
from desktop.trail.report_export import ReportRequest, TrailReport
from desktop.trail.trail_model import ENTRY_ROLE, FIXED, STATE_ROLE, TrailModel
from desktop.trail.trail_view import TrailView
from tests.casebook.test_cli import ok
from tests.catalogue.test_trail_matrix import partnership

WAIT = 30_000
RIGA = "Riga Digital Agency"


class Host:
    """The window, as the view and the report see it."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.edited: list[str | None] = []
        self.statuses: list[str] = []
        self.written: list[Path] = []

    def open_entry(self, entry_id: str) -> None:
        self.opened.append(entry_id)

    def edit_entry(self, entry_id: str | None) -> None:
        self.edited.append(entry_id)

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        self.statuses.append(text)

    def export_written(self, path: Path) -> None:
        self.written.append(path)


def _backend(home: Path) -> Backend:
    from search.semantic import ModelLoader

    return Backend(
        home, lambda: Catalogue.open(home, author="tester", auto_backup=False), ModelLoader()
    )


@pytest.fixture
def ids(home: Path) -> dict[str, str]:
    with Catalogue.open(home, author="tester", auto_backup=False) as catalogue:
        return partnership(catalogue)


@pytest.fixture
def backend(home: Path, ids: dict[str, str]) -> Iterator[Backend]:
    made = _backend(home)
    yield made
    made.close()


@pytest.fixture
def host() -> Host:
    return Host()


def _view(qtbot: Any, backend: Backend, host: Host) -> TrailView:
    view = TrailView(backend, host)
    qtbot.addWidget(view)
    view.resize(1700, 500)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.show()  # read when first shown
    return view


@pytest.fixture
def view(qtbot: Any, backend: Backend, host: Host) -> TrailView:
    return _view(qtbot, backend, host)


def shown(model: TrailModel) -> list[list[str]]:
    """The matrix as the view draws it: the header, then each row (its header, the
    practice's title, first)."""
    columns = range(model.columnCount())
    header = ["Practice"] + [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]
    rows = [
        [model.headerData(r, Qt.Orientation.Vertical)]
        + [model.data(model.index(r, c)) for c in columns]
        for r in range(model.rowCount())
    ]
    return [header, *rows]


def test_the_view_shows_practices_partners_and_what_each_did(
    view: TrailView, qtmodeltester: Any
) -> None:
    assert shown(view.model) == [
        [
            "Practice",
            "Validation",
            "Bacău County Council",
            "City of Helsinki",
            "City of Tampere (lead partner)",
            "Gemeente Amsterdam",
            RIGA,
        ],
        ["AI register", "Draft", "", "Identified", "", "", ""],
        [
            "Permit chatbot",
            "Validated by Policy Learning Platform experts",
            "",
            "",
            "Identified",
            "",
            "Transferred: Riga action plan, May 2026; Smart Riga 2030, 2027",
        ],
        ["Scan cars", "Not recorded", "Transferred", "", "Studied", "Identified", "Studied"],
    ]
    assert view.summary.text() == "3 practices · 5 partners · 3 transfers"
    riga = view.partner_column(RIGA)
    assert riga is not None
    tip = view.model.data(view.model.index(2, riga), Qt.ItemDataRole.ToolTipRole)
    assert tip == f"In {RIGA}'s collections: {RIGA}: study visit to Tampere"
    tip = view.model.data(view.model.index(1, riga), Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == [
        f"Transfer 1 to {RIGA}: into Riga action plan, May 2026",
        f"Transfer 2 to {RIGA}: into Smart Riga 2030, 2027",
    ]
    assert view.model.data(view.model.index(1, riga), STATE_ROLE) == "transferred"
    qtmodeltester.check(view.model)


def test_clicks_and_keys_open_the_practice(
    qtbot: Any, view: TrailView, host: Host, ids: dict[str, str]
) -> None:
    table = view.table
    riga = view.partner_column(RIGA)
    assert riga is not None
    cell = view.model.index(1, riga)
    table.scrollTo(cell)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(cell).center()
    )
    assert host.opened == [ids["chatbot"]]
    qtbot.keyClick(table, Qt.Key.Key_Left)  # the same practice: not shown again
    assert host.opened == [ids["chatbot"]]
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert host.opened == [ids["chatbot"], ids["scan"]]
    qtbot.keyClick(table, Qt.Key.Key_Return)  # the practice's form, with its transfers
    assert host.edited == [ids["scan"]]
    first = table.visualRect(view.model.index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)  # as a double
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)  # click is
    assert host.edited[-1] == ids["register"]
    assert host.opened[-1] == ids["register"]


def test_a_project_narrows_the_view(qtbot: Any, view: TrailView) -> None:
    box = view.project_box
    assert [box.itemText(i) for i in range(box.count())] == ["All projects", "AI4Citizens", "Other"]
    box.setFocus()
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        qtbot.keyClick(box, Qt.Key.Key_Down)  # AI4Citizens
    assert [row[0] for row in shown(view.model)[1:]] == ["Permit chatbot", "Scan cars"]
    assert "City of Helsinki" not in shown(view.model)[0]
    assert box.currentText() == "AI4Citizens"


def test_the_view_follows_every_write(
    qtbot: Any, view: TrailView, backend: Backend, ids: dict[str, str]
) -> None:
    def transfer(core: Any) -> Any:
        return core.catalogue.add_transfer(ids["register"], "Gemeente Amsterdam", "Plan A", "2026")

    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        WriteOp(backend, transfer).run(view)
    amsterdam = view.partner_column("Gemeente Amsterdam")
    assert amsterdam is not None
    assert view.model.data(view.model.index(0, amsterdam)) == "Transferred: Plan A, 2026"
    assert view.summary.text().endswith("4 transfers")
    view.hide()  # hidden: read again only when shown
    with qtbot.assertNotEmitted(view.loaded, wait=300):
        WriteOp(backend, lambda core: core.catalogue.set_validation(ids["scan"], "draft")).run(view)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.show()
    assert view.model.validation(2) == "Draft"


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_export_learning_trail_writes_the_report_of_the_command_line(
    qtbot: Any, backend: Backend, host: Host, parent: QWidget, home: Path, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    report = TrailReport(backend, settings, host, parent)
    report.ask()
    qtbot.waitUntil(lambda: report.dialog is not None, timeout=WAIT)
    dialog = report.dialog
    assert dialog is not None
    formats = [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())]
    assert formats == ["pdf", "docx", "xlsx", "md", "html"]
    dialog.format_box.setCurrentIndex(formats.index("md"))
    dialog.partner_box.setCurrentIndex(dialog.partner_box.findText(RIGA))
    dialog.path_edit.setText(str(tmp_path / "riga"))
    ok_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(host.written), timeout=WAIT)
    written = tmp_path / "riga.md"
    assert host.written == [written]
    assert host.statuses[-1] == f"Wrote the transfer report to {written}"
    ok(home, "report", "transfers", "--partner", RIGA, "--out", str(tmp_path / "cli.md"))
    assert written.read_text("utf-8") == (tmp_path / "cli.md").read_text("utf-8")
    assert "Riga action plan" in written.read_text("utf-8")
    # An existing file is not replaced unasked; nothing is written.
    failures: list[str] = []
    backend.failed.connect(failures.append)
    request = ReportRequest("xlsx", tmp_path / "riga.md", project="Nowhere")
    with qtbot.waitSignal(backend.failed, timeout=WAIT):
        report.export(request)
    assert failures == ["no entry is of project 'Nowhere'; projects: AI4Citizens, Other"]
    with qtbot.waitSignal(backend.failed, timeout=WAIT):
        report.export(ReportRequest("md", written, partner=RIGA))
    assert "exists" in failures[-1]
    book = tmp_path / "all.xlsx"
    progress: list[tuple[float, str]] = []
    backend.progress.connect(lambda fraction, message: progress.append((fraction, message)))
    report.export(ReportRequest("xlsx", book, project="ai4citizens", lang="fi"))
    qtbot.waitUntil(lambda: host.written[-1] == book, timeout=WAIT)
    assert book.stat().st_size > 1000
    assert any("partners" in message for _, message in progress)  # the progress area's


def test_the_view_is_the_same_at_two_partners_after_a_sync(qtbot: Any, tmp_path: Path) -> None:
    from sync import export_bundle, import_bundle
    from tests.sync.homes import befriend, make_home

    tampere, riga = tmp_path / "tampere", tmp_path / "riga"
    a, b = make_home(tampere, "City of Tampere"), make_home(riga, RIGA)
    befriend(a, b)
    befriend(b, a)
    ids = partnership(a)
    export_bundle(a, tmp_path / "a.bundle")
    import_bundle(b, tmp_path / "a.bundle")
    # Riga records what it took up, and studies a practice, at home.
    b.add_transfer(ids["register"], RIGA, "Riga open data plan", "2026-09-01")
    b.create_collection("Riga Digital Agency — reading list")
    b.add_to_collection("Riga Digital Agency — reading list", [ids["register"]])
    export_bundle(b, tmp_path / "b.bundle")
    import_bundle(a, tmp_path / "b.bundle")
    a.close()
    b.close()
    matrices = []
    for home in (tampere, riga):
        backend = _backend(home)
        try:
            view = _view(qtbot, backend, Host())
            matrices.append(shown(view.model))
            listed = json.loads(ok(home, "transfer", "list", "--json"))
            moved = {
                (view.model.data(view.model.index(r, 0), ENTRY_ROLE), name_key(partner))
                for r in range(view.model.rowCount())
                for c, partner in enumerate(view.model.matrix.partners, FIXED)
                if view.model.data(view.model.index(r, c), STATE_ROLE) == "transferred"
            }
            assert moved == {(t["entry"], name_key(t["partner"])) for t in listed}
            reported = json.loads(
                ok(
                    home,
                    "report",
                    "transfers",
                    "--out",
                    str(tmp_path / f"{home.name}.md"),
                    "--json",
                )
            )
            assert reported["partners"] == list(view.model.matrix.partners)
            assert reported["transfers"] == view.model.matrix.transfers == 4
        finally:
            backend.close()
    assert matrices[0] == matrices[1]
    register = next(row for row in matrices[0][1:] if row[0] == "AI register")
    assert (
        register[matrices[0][0].index(RIGA)] == "Transferred: Riga open data plan, 1 September 2026"
    )


def test_the_sidebar_shows_the_trail_and_a_click_shows_the_case(
    qtbot: Any, home: Path, tmp_path: Path
) -> None:
    """In the window, on the starter catalogue: Learning trail in the sidebar, a cell
    clicked, the case in the detail pane; File → Export learning trail…; back to the list."""
    from casebook.home import load_starter
    from desktop.main_window import MainWindow

    with Catalogue.open(home, author="tester", auto_backup=False) as catalogue:
        load_starter(catalogue)
        (ai4citizens,) = catalogue.filtered_ids(
            [("project", catalogue.trail_matrix().projects[0])]
        )[:1]
        catalogue.add_transfer(ai4citizens, RIGA, "Riga action plan", "2026-05")
    backend = _backend(home)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(backend, settings, load_model=False, remember_layout=False)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
        sidebar = window.sidebar
        with qtbot.waitSignal(window.trail.loaded, timeout=WAIT):
            at = sidebar.visualItemRect(sidebar.trail).center()
            qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=at)
        assert window.middle.currentWidget() is window.trail
        model = window.trail.model
        assert RIGA in model.matrix.partners
        row = model.row_of(ai4citizens)
        column = window.trail.partner_column(RIGA)
        assert row is not None
        assert column is not None
        assert model.data(model.index(row, column)) == "Transferred: Riga action plan, May 2026"
        table = window.trail.table
        table.scrollTo(model.index(row, column))
        with qtbot.waitSignal(window.detail_shown, timeout=WAIT) as signal:
            at = table.visualRect(model.index(row, column)).center()
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=at)
        assert signal.args == [ai4citizens]
        assert "Riga action plan" in window.detail.toPlainText()
        file_menu = window.menuBar().actions()[0].menu()
        assert "Export learning trail…" in [a.text() for a in file_menu.actions()]
        at = sidebar.visualItemRect(sidebar.library).center()
        qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=at)
        assert window.middle.currentWidget() is window.table
        # A filter ticked while the trail shows lists the cases it keeps.
        sidebar.setCurrentItem(sidebar.trail)
        assert window.middle.currentWidget() is window.trail
        with qtbot.waitSignal(window.model.loaded, timeout=WAIT):
            sidebar.set_filters([("transfer_partner", RIGA)])
        assert window.middle.currentWidget() is window.table
        assert window.model.rowCount() == 1
    finally:
        window.close()
        backend.close()


# A popup menu (the header's) asks the offscreen platform for the keyboard, which it has not.
@pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard$")
def test_validation_and_project_are_optional_list_columns(
    qtbot: Any, backend: Backend, ids: dict[str, str], tmp_path: Path
) -> None:
    """Hidden at first; ticked in the header's menu they show labels, never codes, sort
    the list, and stay shown the next time."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMenu

    from desktop.entry_model import COLUMNS
    from desktop.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    keys = [c.key for c in COLUMNS]
    validation, project = keys.index("validation"), keys.index("project")

    def opened() -> MainWindow:
        window = MainWindow(backend, settings, load_model=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=WAIT)
        return window

    window = opened()
    header = window.table.horizontalHeader()
    assert header.isSectionHidden(validation)
    assert header.isSectionHidden(project)

    def tick(label: str) -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        next(a for a in menu.actions() if a.text() == label).trigger()
        menu.close()

    for label in ("Validation", "Interreg project"):
        QTimer.singleShot(200, lambda label=label: tick(label))
        header.customContextMenuRequested.emit(header.rect().center())
    assert not header.isSectionHidden(validation)
    assert not header.isSectionHidden(project)
    model = window.model
    with qtbot.waitSignal(model.loaded, timeout=WAIT):
        window._sort_by(validation)
    cells = [
        (
            model.data(model.index(r, 0)),
            model.data(model.index(r, validation)),
            model.data(model.index(r, project)),
        )
        for r in range(model.rowCount())
    ]
    assert sorted(cells[:2]) == [("Not a practice", "", ""), ("Scan cars", "", "ai4citizens")]
    assert cells[2:] == [  # no validation first (then by id), then by level
        ("AI register", "Draft", "Other"),
        ("Permit chatbot", "Validated by Policy Learning Platform experts", "AI4Citizens"),
    ]
    window.close()
    again = opened()
    assert not again.table.horizontalHeader().isSectionHidden(validation)
    again.close()


def test_export_asks_before_replacing_a_file_typed_in(
    qtbot: Any,
    backend: Backend,
    host: Host,
    parent: QWidget,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.trail import report_export

    existing = tmp_path / "old.md"
    existing.write_text("keep")
    answers: list[bool] = [False, True]
    asked: list[str] = []

    def ask(parent: QWidget, title: str, text: str) -> bool:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(report_export, "ask", ask)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    report = TrailReport(backend, settings, host, parent)
    report.ask()
    qtbot.waitUntil(lambda: report.dialog is not None, timeout=WAIT)
    dialog = report.dialog
    assert dialog is not None
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("md"))
    dialog.path_edit.setText(str(existing))
    ok_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok_button, Qt.MouseButton.LeftButton)  # "No": nothing written
    assert asked == ["old.md exists. Replace it?"]
    assert dialog.isVisible()
    assert existing.read_text() == "keep"
    qtbot.mouseClick(ok_button, Qt.MouseButton.LeftButton)  # "Yes"
    qtbot.waitUntil(lambda: host.written == [existing], timeout=WAIT)
    assert "Transfer report" in existing.read_text("utf-8")
