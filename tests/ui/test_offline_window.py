"""Working offline from the window (issue 16): take a numéro of a team store into a file,
see the banner in the file's window, synchronize from it (the plan first, then the
report), choose who keeps a slot moved on both sides, and a server that refuses."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from ui.main_window import MainWindow
from ui.offline import SYNC_SHORTCUT, OfflineFeature, SyncDialog
from ui.tree.model import ISSUE
from workbench.catalog import IssueFields, create_issue, create_publication
from workbench.flatplan.slots import add_slot, update_slot
from workbench.offline import records
from workbench.offline.sync import origin, take
from workbench.pieces import create_piece, get_piece, update_piece
from workbench.store import Store

pytestmark = pytest.mark.usefixtures("app")


@pytest.fixture
def newsroom(team_store):
    publication = create_publication(team_store, "En-Contact")
    issue = create_issue(team_store, publication, IssueFields(120, "Le client", 32))
    first = create_piece(team_store, publication, "edito", "Édito", issue_id=issue, body="Un.")
    second = create_piece(
        team_store, publication, "interview", "Entretien", issue_id=issue, body="Deux."
    )
    slot = add_slot(team_store, issue, "ad", 32, label="Pub")
    issue_uid = team_store.scalar("SELECT uid FROM issue WHERE id = ?", (issue,))
    return {
        "issue": issue,
        "issue_uid": issue_uid,
        "pieces": (first, second),
        "slot": slot,
        "publication": publication,
    }


def _window(store: Store, tmp_path, qtbot, name: str) -> MainWindow:
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def offline_path(team_store, newsroom, tmp_path):
    return take(team_store, newsroom["issue"], tmp_path / "En-Contact-n120.sqlite")


@pytest.fixture
def offline_window(offline_path, tmp_path, qtbot):
    store = Store.open(offline_path)
    window = _window(store, tmp_path, qtbot, "offline")
    yield window
    feature = window.offline
    if feature is not None:
        feature.stop()
    window.close()
    store.close()


@pytest.fixture
def boxes(monkeypatch):
    """Every message box the test meets, by its text; none blocks."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *args, **_kw: shown.append(args[2]) or 0)
    return shown


def _feature(window: MainWindow) -> OfflineFeature:
    assert window.offline is not None
    return window.offline


def _by_title(store: Store, title: str) -> int:
    return store.scalar("SELECT id FROM piece WHERE title = ?", (title,))


def _everything(store: Store, issue_uid: str) -> dict:
    found = records.read_all(store, issue_uid, records.piece_uids_in(store, issue_uid))
    return {key: record.digest for key, record in found.items()}


def _plan(window: MainWindow, qtbot) -> SyncDialog:
    """« Synchronize… » from the banner; the dialog once the dry run came back."""
    feature = _feature(window)
    assert feature.banner is not None
    feature.banner.sync_button.click()
    qtbot.waitUntil(lambda: feature.task is None, timeout=30_000)
    assert feature.sync_dialog is not None, "no plan was shown"
    return feature.sync_dialog


def _sync(dialog: SyncDialog, qtbot) -> None:
    dialog.sync_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert dialog.report is not None, dialog.summary.text()


def test_take_from_a_numeros_context_menu_makes_the_offline_file(
    team_store, newsroom, tmp_path, qtbot, monkeypatch, boxes
):
    window = _window(team_store, tmp_path, qtbot, "team")
    feature = _feature(window)
    assert feature.act_take in window.menu_file.actions()
    assert feature.act_sync not in window.menu_file.actions()
    assert feature.banner is None
    asked = []
    target = tmp_path / "away" / "n120.sqlite"
    target.parent.mkdir()

    def save_as(parent, caption, directory, filter):
        asked.append((caption, directory))
        return str(target.with_suffix("")), ""  # no suffix typed: .sqlite is added

    monkeypatch.setattr("ui.offline.SafeFileDialog.getSaveFileName", save_as)
    opened = []
    monkeypatch.setattr("ui.connect_dialog.open_in_new_window", opened.append)

    def click_open(box):
        boxes.append(box.text())
        next(b for b in box.buttons() if "new window" in b.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_open)
    window.refresh()
    menu = window.build_context_menu(window.model.index_for_key((ISSUE, newsroom["issue"])))
    entry = next(a for a in menu.actions() if a.text() == "Take the issue &offline…")
    assert entry.isEnabled()
    entry.trigger()
    qtbot.waitUntil(lambda: feature.task is None, timeout=30_000)

    assert asked and asked[0][1].endswith("En-Contact-n120-offline.sqlite")
    assert target.exists() and feature.last_file == target
    with Store.open(target) as offline:
        found = origin(offline)
        assert found is not None and found.taken_by == team_store.user
        assert found.issue_uid == newsroom["issue_uid"]
        assert {row[0] for row in offline.query("SELECT title FROM piece")} == {
            "Édito",
            "Entretien",
        }
    assert len(boxes) == 1 and str(target) in boxes[0]
    assert [location.path for location in opened] == [target]
    # The folder is remembered for the next take; a file there is refused in one line.
    assert window.settings.value("offline/folder") == str(target.parent)
    monkeypatch.setattr(
        "ui.offline.SafeFileDialog.getSaveFileName", lambda *args: (str(target), "")
    )
    boxes.clear()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()) or 0)
    assert feature.take(newsroom["issue"])
    qtbot.waitUntil(lambda: feature.task is None, timeout=30_000)
    assert len(boxes) == 1 and "existe déjà" in boxes[0]
    window.close()


def test_a_plain_file_has_neither_take_nor_banner(window):
    feature = _feature(window)
    assert feature.banner is None and feature.status is None
    assert feature.act_take not in window.menu_file.actions()
    assert feature.act_sync not in window.menu_file.actions()


def test_the_offline_files_window_shows_where_it_comes_from(offline_window, team_store):
    feature = _feature(offline_window)
    banner = feature.banner
    assert banner is not None and banner.isVisible()
    text = banner.plain_text()
    assert text.startswith("Offline — issue No. 120 taken from ")
    assert team_store.location.short_name() in text
    assert "never synchronized" in text
    assert feature.act_sync in offline_window.menu_file.actions()
    assert feature.act_take not in offline_window.menu_file.actions()


def test_the_sync_shortcut_is_the_only_one_on_its_key(offline_window):
    owners = [
        action.text()
        for action in offline_window.findChildren(QAction)
        if any(key.toString() == SYNC_SHORTCUT for key in action.shortcuts())
    ]
    assert owners == ["S&ynchronize with the server…"]


def test_edits_on_both_sides_are_synchronized_from_the_window(
    offline_window, team_store, newsroom, qtbot, boxes
):
    first, second = newsroom["pieces"]
    offline = offline_window.store
    update_piece(offline, _by_title(offline, "Édito"), body="Un, écrit dans le train.")
    offline_window.refresh()
    update_piece(team_store, second, body="Deux, écrit au bureau.")

    dialog = _plan(offline_window, qtbot)
    lines = dialog.model.lines()
    assert "To the server (1)" in lines and "From the server (1)" in lines
    assert "le texte de « Édito »" in lines and "le texte de « Entretien »" in lines
    assert not dialog.choice.isVisibleTo(dialog)  # no slot, place or fields on both sides
    assert get_piece(team_store, first).body == "Un."  # a dry run writes nothing

    _sync(dialog, qtbot)
    assert get_piece(team_store, first).body == "Un, écrit dans le train."
    assert get_piece(offline, _by_title(offline, "Entretien")).body == "Deux, écrit au bureau."
    report = dialog.model.lines()
    assert report[0] == "To the server (1)" and "From the server (1)" in report
    assert dialog.summary.text().startswith("Synchronized.")
    assert dialog.sync_button.isHidden() and dialog.close_button.text() == "Close"
    assert boxes == []
    # The window re-read what came: the tree, the banner.
    assert "last synchronized" in _feature(offline_window).banner.plain_text()
    dialog.accept()
    qtbot.waitUntil(lambda: _feature(offline_window).sync_dialog is None)

    # Again: nothing to do, said in one line.
    _feature(offline_window).synchronize()
    qtbot.waitUntil(lambda: _feature(offline_window).task is None, timeout=30_000)
    assert boxes == ["Nothing to synchronize: both sides are the same."]
    assert _feature(offline_window).sync_dialog is None


def test_a_slot_moved_on_both_sides_keeps_the_offline_place_when_chosen(
    offline_window, team_store, newsroom, qtbot, boxes
):
    update_slot(team_store, newsroom["slot"], first_page=30)
    offline = offline_window.store
    update_slot(offline, offline.scalar("SELECT id FROM flatplan_slot"), first_page=31)
    offline_window.refresh()

    dialog = _plan(offline_window, qtbot)
    assert "conflict" in dialog.model.kinds()
    conflict = dialog.model.lines()[dialog.model.kinds().index("conflict")]
    assert "Pub" in conflict and "gardé : serveur" in conflict
    assert dialog.choice.isVisibleTo(dialog) and dialog.keep_server.isChecked()
    dialog.keep_offline.setChecked(True)
    conflict = dialog.model.lines()[dialog.model.kinds().index("conflict")]
    assert "gardé : hors ligne" in conflict

    _sync(dialog, qtbot)
    assert team_store.scalar("SELECT first_page FROM flatplan_slot") == 31
    assert offline.scalar("SELECT first_page FROM flatplan_slot") == 31
    assert "Conflicts (1)" in dialog.model.lines()
    assert boxes == []


def test_a_server_that_refuses_gives_one_message_and_changes_nothing(
    offline_path, team_store, newsroom, tmp_path, qtbot, boxes
):
    with sqlite3.connect(offline_path) as conn:
        conn.execute("UPDATE offline_origin SET server = 'postgresql://nobody@127.0.0.1:1/nowhere'")
    conn.close()
    store = Store.open(offline_path)
    window = _window(store, tmp_path, qtbot, "refused")
    update_piece(store, _by_title(store, "Édito"), body="Écrit hors ligne.")
    update_piece(team_store, newsroom["pieces"][1], body="Écrit au bureau.")
    before = (
        _everything(store, newsroom["issue_uid"]),
        _everything(team_store, newsroom["issue_uid"]),
    )

    feature = _feature(window)
    assert feature.synchronize()
    qtbot.waitUntil(lambda: feature.task is None, timeout=30_000)
    assert len(boxes) == 1, boxes
    assert "127.0.0.1:1" in boxes[0]  # the server's own reason, in one line
    assert feature.sync_dialog is None
    after = (
        _everything(store, newsroom["issue_uid"]),
        _everything(team_store, newsroom["issue_uid"]),
    )
    assert after == before
    assert "never synchronized" in feature.banner.plain_text()
    assert feature.act_sync.isEnabled() and feature.banner.sync_button.isEnabled()
    window.close()
    store.close()


def test_a_refused_server_can_be_given_a_password_in_the_connect_dialog(
    offline_path, team_url, newsroom, tmp_path, qtbot, monkeypatch, boxes
):
    wrong = "postgresql://nobody@127.0.0.1:1/nowhere"
    with sqlite3.connect(offline_path) as conn:
        conn.execute("UPDATE offline_origin SET server = ?", (wrong,))
    conn.close()
    store = Store.open(offline_path)
    window = _window(store, tmp_path, qtbot, "connect")
    feature = _feature(window)

    def click_connect(box):
        boxes.append(box.text())
        next(b for b in box.buttons() if b.text() == "&Connect…").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_connect)
    filled = []

    def answer(dialog):  # the person corrects the address: the sync starts again with it
        filled.append((dialog.address(), dialog.status.text()))
        from db.location import parse_location

        dialog.location = parse_location(team_url)
        return 1

    monkeypatch.setattr("ui.connect_dialog.ConnectDialog.exec", answer)
    update_piece(store, _by_title(store, "Édito"), body="Écrit hors ligne.")
    assert feature.synchronize()
    qtbot.waitUntil(lambda: feature.sync_dialog is not None or len(boxes) > 1, timeout=30_000)
    assert len(boxes) == 1 and "127.0.0.1:1" in boxes[0]
    assert filled and filled[0][0] == wrong
    assert filled[0][1] == boxes[0]  # why it refused, above the fields
    dialog = feature.sync_dialog
    assert dialog is not None and dialog.plan.location.argument() == team_url
    _sync(dialog, qtbot)
    with Store.open(team_url) as server:
        assert get_piece(server, newsroom["pieces"][0]).body == "Écrit hors ligne."
    window.close()
    store.close()


def test_a_writer_takes_only_their_pieces_from_the_window(
    team_store, open_as, settings, qtbot, tmp_path, monkeypatch
):
    """« Emporter mes papiers hors ligne… »: only the pieces assigned to the person."""
    from ui.main_window import MainWindow
    from workbench.assignments import assign
    from workbench.catalog import IssueFields, create_issue, create_publication
    from workbench.offline.sync import origin
    from workbench.pieces import create_piece
    from workbench.store import Store

    publication = create_publication(team_store, "En-Contact")
    issue = create_issue(team_store, publication, IssueFields(120, "Le client", 32))
    hers = create_piece(team_store, publication, "edito", "Le sien", issue_id=issue)
    create_piece(team_store, publication, "edito", "Un autre", issue_id=issue)
    claire = open_as("win_mine", "redacteur")
    assign(team_store, hers, "win_mine")
    window = MainWindow(claire, settings)
    qtbot.addWidget(window)
    target = tmp_path / "mine.sqlite"
    monkeypatch.setattr(
        "ui.file_dialogs.SafeFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    monkeypatch.setattr("ui.offline.QMessageBox.information", lambda *a, **k: 0)
    monkeypatch.setattr("ui.offline.QMessageBox.exec", lambda *a, **k: 0, raising=False)
    assert window.offline.take(issue, mine=True)
    qtbot.waitUntil(lambda: window.offline.task is None, timeout=20_000)
    with Store.open(target) as offline:
        assert origin(offline).pieces is not None
        assert [row[0] for row in offline.query("SELECT title FROM piece")] == ["Le sien"]
