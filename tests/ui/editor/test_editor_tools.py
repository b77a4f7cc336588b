"""The editor tools inside the real piece editor (runs once ``ui.editor.piece_editor`` and
``ui.editor.tools`` are both in FEATURES; skipped before the editor is merged)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMenu

pytest.importorskip("ui.editor.piece_editor")

from ui.editor.piece_editor import PieceEditor  # noqa: E402
from ui.main_window import FEATURES, MainWindow  # noqa: E402
from workbench import pieces  # noqa: E402
from workbench.revisions import list_revisions, save_piece  # noqa: E402
from workbench.text.typography import NBSP  # noqa: E402

pytestmark = [
    pytest.mark.usefixtures("app"),
    pytest.mark.skipif("ui.editor.tools" not in FEATURES, reason="editor tools not installed"),
]


@pytest.fixture
def window(store, settings, qtbot):
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def piece(store, publication) -> int:
    return pieces.create_piece(
        store, publication, "reportage", "Le salon", body="Une expérience client réussie."
    )


def open_editor(window, piece_id) -> PieceEditor:
    window.refresh()
    assert window.open_piece(piece_id)
    editor = window.workspace.currentWidget()
    assert isinstance(editor, PieceEditor)
    return editor


def test_opening_a_piece_leaves_it_clean(window, piece, qtbot):
    editor = open_editor(window, piece)
    assert not editor.is_dirty  # attaching the tools re-highlights nothing
    assert editor.text_edit.highlighter.spell_checker is window.editor_tools.spell()


def test_ctrl_f_opens_the_find_bar_of_the_current_editor(window, piece, qtbot):
    editor = open_editor(window, piece)
    editor.text_edit.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is editor.text_edit)
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert editor.find_bar.isVisible()
    qtbot.keyClicks(editor.find_bar.find_field, "experience")
    assert editor.find_bar.count_label.text() == "1 of 1"
    qtbot.keyClick(editor.find_bar.find_field, Qt.Key.Key_Escape)
    assert not editor.find_bar.isVisible()
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_F3)
    assert editor.text_edit.textCursor().selectedText() == "expérience"


def test_history_panel_follows_saves_and_restore_reloads_the_editor(window, piece, store, qtbot):
    editor = open_editor(window, piece)
    editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text_edit, " Bravo")
    assert editor.save("manual")
    history = editor.history_panel
    assert history.model.rowCount() == 0  # hidden: not read when the piece opened
    window.editor_tools.act_history.trigger()
    assert history.model.rowCount() == 2  # the initial text and the save
    initial = list_revisions(store, piece)[-1]
    history.select_revisions([initial.id])
    history.restore_action.trigger()
    assert pieces.get_piece(store, piece).body == "Une expérience client réussie."
    assert editor.text_edit.plain_text() == "Une expérience client réussie."
    assert history.model.rowCount() == 3


def test_typography_command_fixes_the_whole_piece(window, piece, store, qtbot, monkeypatch):
    editor = open_editor(window, piece)
    editor.fields.title.setText('Le "salon"')
    editor.text_edit.set_body("Pourquoi ? Parce que...")
    monkeypatch.setattr(
        "ui.editor.typography_dialog.TypographyDialog.exec",
        lambda dialog: QDialog.DialogCode.Accepted,
    )
    assert window.editor_tools.fix_typography() == 4
    assert editor.fields.title.text() == f"Le «{NBSP}salon{NBSP}»"
    assert editor.text_edit.plain_text().endswith("Parce que…")
    editor.text_edit.undo()
    assert editor.text_edit.plain_text() == "Pourquoi ? Parce que..."


def test_spelling_underlines_and_context_menu(window, piece, qtbot):
    editor = open_editor(window, piece)
    spell = window.editor_tools.spell()
    if not spell.available:
        pytest.skip(spell.unavailable_reason)
    editor.text_edit.set_body("Une expérinece client.")
    cursor = editor.text_edit.textCursor()
    cursor.setPosition(6)
    menu = QMenu()
    for hook in editor.text_edit.context_menu_hooks:
        hook(menu, cursor)
    assert menu.actions()[0].text() == "expérience"
    menu.actions()[0].trigger()
    assert editor.text_edit.plain_text() == "Une expérience client."


def test_conflict_compare_shows_the_kept_copy_in_the_history(window, piece, store, qtbot):
    editor = open_editor(window, piece)
    editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text_edit, " Ma version.")
    other = pieces.get_piece(store, piece)
    save_piece(
        store,
        piece,
        expected_version=other.version,
        title=other.title,
        standfirst="",
        body="Une autre version, enregistrée ailleurs.",
        autosave=False,
    )
    assert not editor.save("manual")
    assert editor.conflict is not None
    assert window.editor_tools.show_conflict_in_history(editor, editor.conflict)
    history = editor.history_panel
    assert history.selected_revision_ids() == [editor.conflict.mine_revision_id]
    shown = history.diff.toPlainText()
    assert "Ma" in shown and "ailleurs" in shown
