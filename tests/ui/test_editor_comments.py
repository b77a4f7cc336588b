"""Editorial comments beside the editor (SQLite): comments on a passage of the selection,
the highlight that keeps its words while typing and after saving, « passage supprimé »,
replies, resolved threads, editing and deleting one's own."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from ui.editor.comment_marks import COMMENT_MARK, CURRENT_COLOR, changed_region, follow
from ui.editor.comments_panel import LostRole
from ui.editor.piece_editor import PieceEditor
from workbench import comments, pieces
from workbench.comments import Anchor, follow_anchor

pytestmark = pytest.mark.usefixtures("app")

BODY = "Premier paragraphe du papier.\nLe directeur a parlé longtemps."


@pytest.fixture
def piece(store, publication) -> int:
    return pieces.create_piece(store, publication, "reportage", "Reportage", body=BODY)


def open_editor(window, piece_id) -> PieceEditor:
    window.refresh()
    assert window.open_piece(piece_id)
    editor = window.workspace.currentWidget()
    assert isinstance(editor, PieceEditor)
    return editor


def select_words(editor: PieceEditor, words: str) -> None:
    """Select ``words`` in the text (Qt positions: the text has no emoji unless said)."""
    text = editor.text_edit.plain_text()
    start = text.index(words)
    editor.text_edit.select_range(start, start + len(words))


def comment_on_selection(window, editor, qtbot, body: str):
    """Ctrl+Alt+M on the text's selection, type, Ctrl+Entrée."""
    editor.text_edit.setFocus()
    qtbot.keyClick(
        editor.text_edit,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    composer = editor.comments.composer
    assert composer.isVisible()
    composer.edit.insertPlainText(body)  # QTest types ASCII only
    qtbot.keyClick(composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not composer.isVisible()


def marked(editor: PieceEditor) -> dict[int, tuple[str, bool]]:
    """The comment highlights in the text: comment id → (their words, current thread)."""
    found = {}
    for selection in editor.text_edit.extraSelections():
        key = selection.format.property(COMMENT_MARK)
        if key is not None:
            current = selection.format.background().color() == CURRENT_COLOR
            found[key] = (selection.cursor.selectedText(), current)
    return found


def test_a_comment_on_the_selected_passage_is_stored_with_its_words(window, piece, store, qtbot):
    editor = open_editor(window, piece)
    select_words(editor, "Le directeur")
    assert window.editor.act_comment_passage.isEnabled()
    comment_on_selection(window, editor, qtbot, "Son prénom ?")

    [stored] = comments.list_comments(store, piece)
    assert stored.body == "Son prénom ?"
    assert stored.anchor == Anchor(
        BODY.index("Le directeur"), BODY.index("Le directeur") + 12, "Le directeur"
    )
    panel = editor.comments
    assert panel.model.rowCount() == 1
    shown = panel.model.index(0, 0).data()
    assert "« Le directeur »" in shown and "Son prénom ?" in shown
    assert marked(editor) == {stored.id: ("Le directeur", True)}  # selected after sending
    index = editor.side.indexOf(panel)
    assert editor.side.tabText(index) == "Comments (1)"


def test_the_highlight_keeps_its_words_while_typing_and_after_saving(window, piece, store, qtbot):
    editor = open_editor(window, piece)
    select_words(editor, "directeur")
    comment_on_selection(window, editor, qtbot, "Lequel ?")
    [stored] = comments.list_comments(store, piece)
    editor.focus_body(0)
    qtbot.keyClicks(editor.text_edit, "Reportage. ")
    # Between saves: the highlight moved with the typing, the store's anchor not yet.
    assert marked(editor)[stored.id][0] == "directeur"
    assert comments.list_comments(store, piece)[0].anchor.start == stored.anchor.start
    assert editor.save()
    [after] = comments.list_comments(store, piece)
    assert after.anchor.text == "directeur"
    assert after.anchor.start == stored.anchor.start + len("Reportage. ")
    assert marked(editor)[stored.id][0] == "directeur"
    # Typing after the passage leaves it alone too.
    editor.move_cursor_to_end()
    qtbot.keyClicks(editor.text_edit, " Fin")
    assert editor.save()
    assert comments.list_comments(store, piece)[0].anchor == after.anchor
    assert marked(editor)[stored.id][0] == "directeur"


def test_offsets_are_characters_even_after_an_emoji(window, store, publication, qtbot):
    body = "Bravo 🎉 pour ce 🎉 reportage sur le port."
    piece = pieces.create_piece(store, publication, "reportage", "Emoji", body=body)
    editor = open_editor(window, piece)
    # Qt counts the emoji as two positions: select « le port » the way a mouse would.
    cursor = editor.text_edit.document().find("le port")
    editor.text_edit.setTextCursor(cursor)
    comment_on_selection(window, editor, qtbot, "Lequel ?")
    [stored] = comments.list_comments(store, piece)
    assert stored.anchor.start == body.index("le port")
    assert stored.anchor.text == "le port"
    assert list(marked(editor).values()) == [("le port", True)]
    # Typing an emoji before it: the highlight stays on its words.
    editor.focus_body(0)
    editor.text_edit.textCursor().insertText("🎉")
    assert list(marked(editor).values())[0][0] == "le port"
    assert editor.save()
    assert comments.list_comments(store, piece)[0].anchor.start == body.index("le port") + 1


def test_deleting_the_words_shows_the_passage_as_deleted(window, piece, store, qtbot):
    editor = open_editor(window, piece)
    select_words(editor, "a parlé longtemps")
    comment_on_selection(window, editor, qtbot, "Combien de temps ?")
    [stored] = comments.list_comments(store, piece)
    select_words(editor, " a parlé longtemps")
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Delete)
    model = editor.comments.model
    index = model.index(0, 0)
    assert index.data(LostRole)  # at once, before any save
    assert "Deleted passage: « a parlé longtemps »" in index.data()
    assert stored.id not in marked(editor)
    assert editor.save()
    [after] = comments.list_comments(store, piece)
    assert after.anchor.lost and after.anchor.text == "a parlé longtemps"
    assert model.index(0, 0).data(LostRole)
    assert "Deleted passage" in model.index(0, 0).data()
    assert stored.id not in marked(editor)
    # The comment is still there, and clicking it selects nothing in the text.
    assert not editor.comments.show_passage(after)


def test_reply_resolve_reopen_edit_and_delete(window, piece, store, qtbot, monkeypatch):
    editor = open_editor(window, piece)
    panel = editor.comments
    window.editor.act_comment.trigger()  # on the whole piece
    qtbot.keyClicks(panel.composer.edit, "Trop long de 2 000 signes.")
    panel.composer.send_button.click()
    [thread] = comments.list_comments(store, piece)
    assert thread.anchor is None
    # Échap closes the composer without writing anything.
    window.editor.act_comment.trigger()
    qtbot.keyClicks(panel.composer.edit, "Brouillon")
    qtbot.keyClick(panel.composer.edit, Qt.Key.Key_Escape)
    assert not panel.composer.isVisible()
    assert len(comments.list_comments(store, piece)) == 1

    panel.view.setCurrentIndex(panel.model.index_of(thread.id))
    panel.act_reply.trigger()
    assert "Reply to" in panel.composer.title.text()
    qtbot.keyClicks(panel.composer.edit, "Je coupe.")
    panel.composer.send_button.click()
    found = comments.list_comments(store, piece)
    assert [(c.body, c.parent_id) for c in found] == [
        ("Trop long de 2 000 signes.", None),
        ("Je coupe.", thread.id),
    ]
    top = panel.model.index_of(thread.id)
    assert panel.model.rowCount(top) == 1
    assert panel.model.index(0, 0, top).data().endswith("Je coupe.")

    # Resolved: hidden unless « Show resolved ».
    panel.view.setCurrentIndex(top)
    assert panel.act_resolve.text() == "Resolved"
    panel.act_resolve.trigger()
    assert comments.get_comment(store, thread.id).resolved
    assert panel.model.rowCount() == 0 and panel.empty.isVisible()
    assert editor.side.tabText(editor.side.indexOf(panel)) == "Comments"
    panel.show_resolved.setChecked(True)
    assert panel.model.rowCount() == 1
    assert "Resolved by" in panel.model.index(0, 0).data()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    assert panel.act_resolve.text() == "Reopen"
    panel.act_resolve.trigger()
    assert not comments.get_comment(store, thread.id).resolved

    # Edit one's own words.
    reply = panel.model.index(0, 0, panel.model.index_of(thread.id))
    panel.view.setCurrentIndex(reply)
    panel.act_edit.trigger()
    assert panel.composer.text() == "Je coupe."
    panel.composer.edit.setPlainText("Je coupe 2 000 signes.")
    panel.composer.send_button.click()
    assert comments.list_comments(store, piece)[1].body == "Je coupe 2 000 signes."

    # Delete, after a confirmation: no, then yes.
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    panel.view.setCurrentIndex(panel.model.index_of(thread.id))
    assert not panel.delete_selected()
    assert len(comments.list_comments(store, piece)) == 2
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)  # the comment's Delete, not the tree's
    assert "Delete this comment and its reply?" in asked[0]
    assert comments.list_comments(store, piece) == []
    assert panel.model.rowCount() == 0
    assert not pieces.get_summary(store, piece).deleted


def test_clicking_a_thread_selects_its_passage(window, piece, store, qtbot):
    editor = open_editor(window, piece)
    select_words(editor, "Premier paragraphe")
    comment_on_selection(window, editor, qtbot, "Un")
    select_words(editor, "longtemps")
    comment_on_selection(window, editor, qtbot, "Deux")
    first, second = comments.list_comments(store, piece)
    editor.focus_body(0)
    panel = editor.comments
    view = panel.view
    rect = view.visualRect(panel.model.index_of(second.id))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.text_edit.textCursor().selectedText() == "longtemps"
    assert marked(editor) == {
        first.id: ("Premier paragraphe", False),
        second.id: ("longtemps", True),
    }
    rect = view.visualRect(panel.model.index_of(first.id))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.text_edit.textCursor().selectedText() == "Premier paragraphe"
    assert marked(editor)[first.id] == ("Premier paragraphe", True)


def test_unsaved_typing_is_saved_before_commenting_a_passage(window, piece, store, qtbot):
    editor = open_editor(window, piece)
    editor.move_cursor_to_end()
    qtbot.keyClicks(editor.text_edit, " Puis il est parti.")
    assert editor.is_dirty
    select_words(editor, "il est parti")
    comment_on_selection(window, editor, qtbot, "Où ?")
    assert not editor.is_dirty
    body = pieces.get_piece(store, piece).body
    [stored] = comments.list_comments(store, piece)
    assert body[stored.anchor.start : stored.anchor.end] == "il est parti"


def test_comment_actions_in_the_text_menu_and_without_selection(window, piece, qtbot):
    editor = open_editor(window, piece)
    menu = QMenu()
    editor.text_edit.extra_context_actions(menu, editor.text_edit.textCursor())
    assert window.editor.act_comment_passage in menu.actions()
    assert window.editor.act_comment in menu.actions()
    assert window.editor.act_comment_passage.shortcut().toString() == "Ctrl+Alt+M"
    # No words selected: greyed, and the tooltip says what to do.
    assert not window.editor.act_comment_passage.isEnabled()
    assert "Select words" in window.editor.act_comment_passage.toolTip()
    select_words(editor, "directeur")
    assert window.editor.act_comment_passage.isEnabled()
    menu.deleteLater()


def test_comments_follow_another_save_of_the_piece(window, piece, store, qtbot):
    """A save from elsewhere (the command line) moves the anchors; the editor shows them."""
    editor = open_editor(window, piece)
    select_words(editor, "directeur")
    comment_on_selection(window, editor, qtbot, "Nom ?")
    current = pieces.get_piece(store, piece)
    pieces.update_piece(
        store, piece, expected_version=current.version, body="Chapeau. " + current.body
    )
    window.refresh()
    assert editor.text_edit.plain_text().startswith("Chapeau. ")
    assert list(marked(editor).values())[0][0] == "directeur"


@given(
    old=st.text(alphabet="ab \n", min_size=1, max_size=14),
    cut=st.tuples(st.integers(0, 14), st.integers(0, 14)),
    typed=st.text(alphabet="ab \n", max_size=4),
    span=st.tuples(st.integers(0, 13), st.integers(1, 14)),
)
def test_the_live_follow_is_the_store_rule(old, cut, typed, span):
    """The editor's fast path gives what workbench.comments.follow_anchor gives."""
    i, j = sorted(min(x, len(old)) for x in cut)
    new = old[:i] + typed + old[j:]
    start = min(span[0], len(old) - 1)
    end = max(start + 1, min(span[1], len(old)))
    anchor = Anchor(start, end, old[start:end])
    assert follow(old, new, changed_region(old, new), anchor) == follow_anchor(old, new, anchor)
