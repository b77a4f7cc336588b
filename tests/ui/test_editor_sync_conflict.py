"""A « Version en conflit » left in the history by a sync: the editor's bar to compare it
with the current text, take it, or keep the current text."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ui.editor.history_panel import local_time
from ui.editor.piece_editor import PieceEditor
from workbench import pieces
from workbench.revisions import CONFLICT_NOTE, list_revisions, pending_conflict, save_piece
from workbench.store import utcnow

pytestmark = pytest.mark.usefixtures("app")


@pytest.fixture
def piece(store, publication) -> int:
    """A piece saved at the office, then a sync kept the train's text beside it."""
    piece_id = pieces.create_piece(store, publication, "edito", "Édito", body="Premier jet.")
    save_piece(
        store,
        piece_id,
        expected_version=pieces.get_piece(store, piece_id).version,
        title="Édito",
        standfirst="",
        body="Le texte du bureau.",
        autosave=False,
        clock=lambda: utcnow() - timedelta(minutes=2),
    )
    return piece_id


def keep_conflict(
    store, piece_id: int, body: str = "Le texte du train.", after: int = 1
) -> datetime:
    """What a sync writes: the offline text as a « Version en conflit », newer than the
    piece's own save (two minutes ago) by ``after`` seconds."""
    when = utcnow().replace(microsecond=0) - timedelta(minutes=2) + timedelta(seconds=after)
    store.query(
        "INSERT INTO revision (piece_id, created_at, title, standfirst, body, note, author) "
        "VALUES (?, ?, 'Édito', '', ?, ?, '')",
        (piece_id, when.isoformat(sep=" "), body, CONFLICT_NOTE),
    )
    return when


def open_editor(window, piece_id) -> PieceEditor:
    window.refresh()
    assert window.open_piece(piece_id)
    editor = window.workspace.currentWidget()
    assert isinstance(editor, PieceEditor)
    return editor


def test_the_bar_tells_a_version_in_conflict_waits(window, store, piece):
    when = local_time(keep_conflict(store, piece))
    editor = open_editor(window, piece)
    bar = editor.pending_bar
    assert bar.isVisible()
    text = bar.message.text()
    assert "A version in conflict" in text and "is in the history" in text
    assert f"kept on {when:%d/%m/%Y} at {when:%H:%M}" in text  # its local date and time
    assert "the one saved first" in text  # a plain file: no server
    assert editor.text_edit.plain_text() == "Le texte du bureau."  # the current text stays
    assert bar.compare.text() == "Compare"
    assert bar.take.text() == "Take this version" and bar.take.isEnabled()
    assert bar.keep.text() == "Keep the current text"
    assert not editor.conflict_bar.isVisible()


def test_compare_opens_the_comparison(window, store, piece, monkeypatch):
    keep_conflict(store, piece)
    editor = open_editor(window, piece)
    shown = []
    monkeypatch.setattr("ui.editor.message_bar.ConflictDialog.show", lambda d: shown.append(d))
    editor.pending_bar.compare.click()
    assert shown
    dialog = shown[0]
    assert dialog.windowTitle() == "Compare with the version in conflict"
    assert "train" in dialog.view.toPlainText() and "bureau" in dialog.view.toPlainText()


def test_compare_goes_to_the_history_when_hooked(window, store, piece):
    keep_conflict(store, piece)
    editor = open_editor(window, piece)
    editor.compare_hook = window.editor_tools.show_conflict_in_history
    editor.pending_bar.compare.click()
    history = editor.history_panel
    assert editor.side.currentWidget() is history
    assert history.selected_revision_ids() == [pending_conflict(store, piece).id]


def test_take_makes_the_version_current(window, store, piece):
    keep_conflict(store, piece)
    editor = open_editor(window, piece)
    editor.pending_bar.take.click()
    assert pieces.get_piece(store, piece).body == "Le texte du train."
    assert editor.text_edit.plain_text() == "Le texte du train."
    assert not editor.pending_bar.isVisible()
    assert pending_conflict(store, piece) is None
    # A new version records the restore; the office text stays in the history.
    history = list_revisions(store, piece)
    assert history[0].note.startswith("Restauration")
    assert "Le texte du bureau." in [r.body for r in history]


def test_take_is_greyed_when_the_piece_is_read_only(window, store, piece):
    keep_conflict(store, piece)
    editor = open_editor(window, piece)
    editor.set_writable(False)  # as when someone else holds it
    editor.edit_refusal = "Ce papier n’est pas le vôtre."
    editor.set_writable(False)
    assert not editor.pending_bar.take.isEnabled()
    assert editor.pending_bar.take.toolTip() == "Ce papier n’est pas le vôtre."
    assert not editor.take_pending()
    assert pieces.get_piece(store, piece).body == "Le texte du bureau."


def test_keep_hides_the_bar_for_this_session(window, store, piece):
    keep_conflict(store, piece)
    editor = open_editor(window, piece)
    editor.pending_bar.keep.click()
    assert not editor.pending_bar.isVisible()
    assert pieces.get_piece(store, piece).body == "Le texte du bureau."
    editor.load(piece)  # read again: still hidden
    assert not editor.pending_bar.isVisible()
    # Another sync keeps a newer version: that one is shown.
    keep_conflict(store, piece, "Encore.", after=2)
    editor.load(piece)
    assert editor.pending_bar.isVisible()


def test_the_bar_comes_when_a_sync_writes_and_goes_after_a_save(window, store, piece, qtbot):
    editor = open_editor(window, piece)
    assert not editor.pending_bar.isVisible()
    keep_conflict(store, piece)  # the version stays, only a revision is added
    window.storeChanged.emit()
    assert editor.pending_bar.isVisible()
    editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text_edit, " Suite")
    assert editor.save()
    assert not editor.pending_bar.isVisible()


def test_no_bar_for_an_ordinary_history(window, store, piece):
    editor = open_editor(window, piece)
    assert len(list_revisions(store, piece)) >= 2
    assert not editor.pending_bar.isVisible()


def test_no_second_bar_for_a_conflict_between_two_windows(window, store, piece, qtbot):
    editor = open_editor(window, piece)
    editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text_edit, " Ma version")
    stored = pieces.get_piece(store, piece)
    pieces.update_piece(store, piece, expected_version=stored.version, body="Leur version")
    assert not editor.save()
    assert editor.conflict_bar.isVisible() and not editor.pending_bar.isVisible()
    editor.conflict_bar.reload.click()  # chosen: theirs; the window's own copy is not asked
    assert not editor.conflict_bar.isVisible() and not editor.pending_bar.isVisible()


def test_on_a_team_store_the_server_text_is_named_and_a_writer_may_not_take(
    team_store, open_as, publication_on_team, tmp_path, qtbot
):
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow

    piece_id = pieces.create_piece(team_store, publication_on_team, "edito", "Édito", body="A.")
    claire = open_as("claire", "redacteur", "Claire Martin")
    when = utcnow().replace(microsecond=0) + timedelta(seconds=1)
    team_store.query(
        "INSERT INTO revision (piece_id, created_at, title, standfirst, body, note, author) "
        "VALUES (?, ?, 'Édito', '', 'Le texte du train.', ?, '')",
        (piece_id, when.isoformat(sep=" "), CONFLICT_NOTE),
    )
    settings = QSettings(str(tmp_path / "claire.ini"), QSettings.Format.IniFormat)
    window = MainWindow(claire, settings)
    qtbot.addWidget(window)
    window.show()
    editor = open_editor(window, piece_id)
    bar = editor.pending_bar
    assert bar.isVisible()
    text = bar.message.text()
    # Signed by whoever wrote it (the server signs with the connected login).
    assert "sync of" in text and ", by " in text and "the text shown is the server" in text
    assert not bar.take.isEnabled()
    assert bar.take.toolTip().startswith("Ce papier ne vous est pas attribué")
    assert bar.compare.isEnabled() and bar.keep.isEnabled()
    window.close()


@pytest.fixture
def publication_on_team(team_store) -> int:
    from workbench.catalog import create_publication

    return create_publication(team_store, "En-Contact")
