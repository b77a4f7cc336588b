"""Two people's windows on one team store: what one does shows in the other within 2 s,
and a piece one writes is read only for the other (check-out)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from ui.editor.piece_editor import PieceEditor
from ui.icons import icon
from ui.main_window import MainWindow
from workbench import catalog, checkout, people, pieces
from workbench.store import Store

pytestmark = pytest.mark.usefixtures("app")

WITHIN = 2000  # ms: the issue's promise for a change to show elsewhere


@pytest.fixture
def team(team_url, tmp_path, qtbot):
    """Claire's and Marc's windows, each with its own store on the same database."""
    setup = Store.open(team_url)
    publication = catalog.create_publication(setup, "En-Contact")
    issue = catalog.create_issue(setup, publication, catalog.IssueFields(82, page_count=68))
    piece = pieces.create_piece(
        setup, publication, "edito", "Édito", issue_id=issue, body="Premier jet."
    )
    other = pieces.create_piece(setup, publication, "breve", "Brève", issue_id=issue)
    people.set_display_name(setup, setup.user, "Claire Martin")
    setup.close()
    windows = []
    for name in ("claire", "marc"):
        store = Store.open(team_url)
        settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
    yield {
        "claire": windows[0],
        "marc": windows[1],
        "piece": piece,
        "other": other,
        "url": team_url,
    }
    for window in windows:
        window.close()
        window.store.close()


def open_editor(window, piece_id) -> PieceEditor:
    assert window.open_piece(piece_id)
    editor = window.workspace.currentWidget()
    assert isinstance(editor, PieceEditor)
    return editor


def test_a_window_on_a_team_store_looks_for_changes_every_second(team):
    claire = team["claire"]
    assert claire.live_timer.isActive()
    assert claire.live_timer.interval() <= 1000
    assert claire.windowTitle() == team["url"].rsplit("/", 1)[1] + "@127.0.0.1"
    assert not claire.act_restore_backup.isVisible()


def test_the_second_to_open_reads_and_sees_who_writes(team, qtbot):
    claire, marc = team["claire"], team["marc"]
    mine = open_editor(claire, team["piece"])
    assert not mine.text_edit.isReadOnly() and mine.checkout_bar.isHidden()
    theirs = open_editor(marc, team["piece"])
    assert theirs.text_edit.isReadOnly()
    assert not theirs.fields.isEnabled()
    assert not theirs.checkout_bar.isHidden()
    assert "Taken by Claire Martin since" in theirs.checkout_bar.message.text()
    assert not theirs.checkout_bar.force.isEnabled()  # Claire's window is alive

    # Claire writes and saves: Marc's window shows her text without a click.
    mine.text_edit.moveCursor(mine.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(mine.text_edit, " Second jet.")
    assert mine.save("manual")
    qtbot.waitUntil(
        lambda: theirs.text_edit.plain_text() == "Premier jet. Second jet.", timeout=WITHIN
    )
    # Who saved it last shows in the fields, who wrote each version in the history.
    assert theirs.fields.last_saved.text().startswith("Claire Martin, ")
    from ui.editor.history_panel import RevisionListModel

    history = RevisionListModel(marc.store, team["piece"])
    assert history.rowCount() == 2
    assert history.index(0, 0).data().endswith(" · Claire Martin")
    # Nothing edits it from Marc's window: formatting and saving are greyed, and a
    # formatting command that comes anyway changes nothing.
    assert marc.editor is not None
    assert not any(a.isEnabled() for a in marc.editor.format_actions)
    assert not marc.editor.act_save.isEnabled()
    theirs.text_edit.selectAll()
    theirs.text_edit.toggle_bold()
    assert theirs.text_edit.plain_text() == "Premier jet. Second jet."
    # Marc types: nothing changes (read only).
    qtbot.keyClicks(theirs.text_edit, "zzz")
    assert "zzz" not in theirs.text_edit.plain_text()

    # Claire closes her tab: Marc's window takes the piece and may write it.
    assert claire.workspace.close_index(claire.workspace.indexOf(mine))
    qtbot.waitUntil(lambda: not theirs.text_edit.isReadOnly(), timeout=WITHIN)
    assert theirs.checkout_bar.isHidden() and theirs.fields.isEnabled()
    assert all(a.isEnabled() for a in marc.editor.format_actions)
    assert checkout.holder(marc.store, team["piece"]).session == marc.store.session_id


def test_a_change_elsewhere_shows_keeping_selection_and_expansion(team, qtbot):
    claire, marc = team["claire"], team["marc"]
    assert marc.select_key(("piece", team["other"]))
    expanded_before = marc.tree.isExpanded(marc.tree.currentIndex().parent())
    pieces.update_piece(claire.store, team["piece"], title="Édito du numéro 82")
    claire.refresh()
    qtbot.waitUntil(
        lambda: "Édito du numéro 82" in _titles(marc),
        timeout=WITHIN,
    )
    assert marc.current_key() == ("piece", team["other"])
    assert marc.tree.isExpanded(marc.tree.currentIndex().parent()) == expanded_before


def test_a_vanished_holder_can_be_broken_after_a_confirmation(team, qtbot, monkeypatch):
    from datetime import timedelta

    from PySide6.QtWidgets import QMessageBox

    claire, marc = team["claire"], team["marc"]
    mine = open_editor(claire, team["piece"])
    # Claire's window stops giving signs of life (a crash, a lost network).
    mine.heartbeat_timer.stop()
    claire.store.query(
        "UPDATE piece_lock SET seen_at = seen_at - ? * interval '1 second' WHERE piece_id = ?",
        (int((checkout.VANISHED_AFTER + timedelta(minutes=1)).total_seconds()), team["piece"]),
    )
    theirs = open_editor(marc, team["piece"])
    assert theirs.checkout_bar.force.isEnabled()
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    theirs.checkout_bar.force.click()
    assert "Claire Martin took this piece at" in asked[0]
    assert not theirs.text_edit.isReadOnly()
    # Claire's text, typed before her window froze, comes back: it is kept, not lost.
    mine.text_edit.moveCursor(mine.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(mine.text_edit, " Texte de Claire.")
    mine.save("manual")
    from workbench.revisions import CONFLICT_NOTE, list_revisions

    kept = [r for r in list_revisions(claire.store, team["piece"]) if r.note == CONFLICT_NOTE]
    assert kept and kept[0].body.endswith("Texte de Claire.")
    assert mine.text_edit.isReadOnly()
    assert pieces.get_piece(claire.store, team["piece"]).body == "Premier jet."


def _titles(window) -> list[str]:
    model = window.tree.model()
    found = []

    def walk(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found.append(index.data())
            walk(index)

    walk(window.tree.rootIndex())
    return found


def test_a_server_gone_mid_save_keeps_the_text_and_saves_it_when_back(team, qtbot, pg_server):
    """« Serveur injoignable — vos modifications sont gardées »: nothing typed is lost."""
    claire = team["claire"]
    name = team["url"].rsplit("/", 1)[1]
    mine = open_editor(claire, team["piece"])
    mine.text_edit.moveCursor(mine.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(mine.text_edit, " Pendant la panne.")
    pg_server.admin(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")
    pg_server.admin(
        f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
    )
    try:
        assert not mine.save("autosave")
        assert mine.text_edit.plain_text() == "Premier jet. Pendant la panne."
        assert "serveur injoignable" in mine.error_line.text()
        assert "kept in the window" in mine.error_line.text()
        assert mine.retry_pending()
        assert not claire.follow_others()
        assert claire.server_lost
    finally:
        pg_server.admin(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")
    mine.retry_timer.setInterval(10)
    mine.retry_timer.start()
    qtbot.waitUntil(lambda: not mine.is_dirty, timeout=10000)
    with Store.open(team["url"]) as check:
        assert pieces.get_piece(check, team["piece"]).body == "Premier jet. Pendant la panne."
    claire.follow_others()
    assert not claire.server_lost


def test_a_long_pause_gives_the_piece_back_and_it_can_be_taken_again(team, qtbot):
    claire, marc = team["claire"], team["marc"]
    mine = open_editor(claire, team["piece"])
    assert mine.idle_timer.isActive()
    assert mine.idle_timer.interval() == 10 * 60 * 1000
    mine.text_edit.moveCursor(mine.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(mine.text_edit, " Avant la pause.")
    mine.idle_timer.timeout.emit()  # ten minutes without typing
    # Saved first, then given back: read only here, with a way to take it back.
    assert not mine.is_dirty
    assert mine.text_edit.isReadOnly()
    assert "Given back after 10 minutes without typing" in mine.checkout_bar.message.text()
    assert not mine.checkout_bar.take.isHidden()
    assert checkout.holder(claire.store, team["piece"]) is None
    # Marc takes it meanwhile; Claire's « Reprendre » then says who has it.
    theirs = open_editor(marc, team["piece"])
    assert not theirs.text_edit.isReadOnly()
    assert theirs.text_edit.plain_text() == "Premier jet. Avant la pause."
    mine.checkout_bar.take.click()
    assert mine.text_edit.isReadOnly()
    assert "Taken by Claire Martin since" in mine.checkout_bar.message.text()
    # Marc closes it: Claire's window takes it back by itself.
    assert marc.workspace.close_index(marc.workspace.indexOf(theirs))
    qtbot.waitUntil(lambda: not mine.text_edit.isReadOnly(), timeout=WITHIN)


def test_the_activity_tab_says_who_did_what(team, qtbot):
    claire, marc = team["claire"], team["marc"]
    mine = open_editor(claire, team["piece"])
    assert mine.activity is not None
    assert mine.side.tabText(mine.side.indexOf(mine.activity)) == "Activity"
    pieces.update_piece(marc.store, team["piece"], status="relecture")
    qtbot.waitUntil(lambda: mine.activity.model.rowCount() == 2, timeout=WITHIN)
    newest = mine.activity.model.index(0, 0).data()
    assert " · Claire Martin\nstatus changed — " in newest
    assert mine.activity.model.index(1, 0).data().endswith("\ncreated")


def test_a_sqlite_file_has_no_activity_tab(window, store, publication):
    piece = pieces.create_piece(store, publication, "edito", "Édito")
    window.refresh()
    editor = open_editor(window, piece)
    assert editor.activity is None


def test_a_change_elsewhere_keeps_the_tree_where_it_was_scrolled(team, qtbot):
    claire, marc = team["claire"], team["marc"]
    publication = claire.store.scalar("SELECT id FROM publication")
    issue = claire.store.scalar("SELECT id FROM issue")
    created = [
        pieces.create_piece(claire.store, publication, "breve", f"Brève {n:02d}", issue_id=issue)
        for n in range(60)
    ]
    marc.refresh()
    assert marc.select_key(("piece", created[-1]))
    bar = marc.tree.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    pieces.update_piece(claire.store, created[0], title="Brève 00, retitrée")
    qtbot.waitUntil(lambda: "Brève 00, retitrée" in _titles(marc), timeout=WITHIN)
    assert bar.value() == before
    assert marc.current_key() == ("piece", created[-1])


def test_the_tree_marks_a_piece_someone_else_holds(team, qtbot):
    claire, marc = team["claire"], team["marc"]
    open_editor(claire, team["piece"])
    assert marc.select_key(("piece", team["piece"]))
    qtbot.waitUntil(
        lambda: "Taken by Claire Martin" in (marc.tree.currentIndex().data(3) or ""),
        timeout=WITHIN,
    )
    assert marc.tree.currentIndex().data(1).cacheKey() == icon("lock").cacheKey()
    # In Claire's own tree, her piece keeps its kind's icon.
    assert claire.select_key(("piece", team["piece"]))
    assert "Taken by" not in (claire.tree.currentIndex().data(3) or "")
