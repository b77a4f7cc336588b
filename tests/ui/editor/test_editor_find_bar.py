"""The find bar: accent-insensitive matches, count, navigation, replace and replace all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from ui.editor.find_bar import FIND_MARK, FindBar
from ui.editor.textops import document_text

TEXT = (
    "L’expérience client d’abord.\n\n"
    "Une EXPERIENCE réussie\u00a0: l’expérience du centre.\n\n"
    "Inexpérienced n’est pas un mot ; experiences non plus."
)


@pytest.fixture
def editor(app, qtbot):
    host = QWidget()
    edit = QPlainTextEdit(host)
    edit.setPlainText(TEXT)
    bar = FindBar(host)
    bar.attach(edit)
    layout = QVBoxLayout(host)
    layout.addWidget(edit)
    layout.addWidget(bar)
    qtbot.addWidget(host)
    host.resize(900, 500)
    host.show()
    qtbot.waitExposed(host)
    edit.host = host  # keep the window alive (qtbot holds weak references)
    return edit, bar


def found(edit, bar):
    text = document_text(edit)
    return [text[s:e] for s, e in bar.matches()]


def test_accent_insensitive_by_default(editor):
    edit, bar = editor
    bar.show_find()
    bar.find_field.setText("experience")
    assert found(edit, bar) == [
        "expérience",
        "EXPERIENCE",
        "expérience",
        "expérience",
        "experience",
    ]
    bar.whole_word.setChecked(True)
    assert found(edit, bar) == ["expérience", "EXPERIENCE", "expérience"]
    bar.case_sensitive.setChecked(True)
    assert found(edit, bar) == ["expérience", "expérience"]
    bar.accent_sensitive.setChecked(True)
    assert found(edit, bar) == []
    assert bar.count_label.text() == "No match"


def test_count_and_navigation(editor, qtbot):
    edit, bar = editor
    bar.show_find()
    assert bar.isVisible() and bar.find_field.hasFocus()
    bar.find_field.setText("experience")
    bar.whole_word.setChecked(True)
    # Typing moves to the first match after the cursor.
    assert bar.count_label.text() == "1 of 3"
    assert edit.textCursor().selectedText() == "expérience"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)
    assert bar.count_label.text() == "2 of 3"
    assert edit.textCursor().selectedText() == "EXPERIENCE"
    bar.find_next()
    bar.find_next()  # wraps around
    assert bar.count_label.text() == "1 of 3"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == "3 of 3"
    marked = [s for s in edit.extraSelections() if s.format.property(FIND_MARK)]
    assert len(marked) == 3


def test_escape_closes_and_removes_highlights(editor, qtbot):
    edit, bar = editor
    bar.show_find()
    bar.find_field.setText("centre")
    assert any(s.format.property(FIND_MARK) for s in edit.extraSelections())
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert not any(s.format.property(FIND_MARK) for s in edit.extraSelections())


def test_shortcuts_open_the_bar_from_the_editor(editor, qtbot):
    edit, bar = editor
    edit.setFocus()
    cursor = edit.textCursor()
    cursor.setPosition(2)
    cursor.setPosition(12, cursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    bar.find_action.trigger()
    assert bar.isVisible() and not bar.replace_field.isVisible()
    assert bar.find_field.text() == "expérience"  # the selection is searched for
    bar.replace_action.trigger()
    assert bar.replace_field.isVisible()
    assert {a.shortcut().toString() for a in edit.actions()} >= {"Ctrl+F", "Ctrl+H", "F3"}


def test_replace_all_is_one_undo_step(editor):
    edit, bar = editor
    bar.show_replace()
    bar.find_field.setText("experience")
    bar.whole_word.setChecked(True)
    bar.replace_field.setText("relation")
    assert bar.replace_all() == 3
    text = document_text(edit)
    assert text.count("relation") == 3 and "\u00a0:" in text  # no-break spaces are kept
    assert "Inexpérienced" in text and "experiences" in text
    edit.undo()  # one undo brings everything back, and nothing is left to undo
    assert document_text(edit) == TEXT
    assert not edit.document().isUndoAvailable()


def test_replace_one_then_go_to_the_next(editor):
    edit, bar = editor
    bar.show_replace()
    bar.find_field.setText("l’expérience")
    bar.replace_field.setText("la relation")
    assert edit.textCursor().selectedText() == "L’expérience"
    assert bar.replace_current()
    assert document_text(edit).startswith("la relation client")
    assert edit.textCursor().selectedText() == "l’expérience"
    assert bar.count_label.text() == "1 of 1"


def test_plain_apostrophe_finds_the_typographic_one(editor):
    edit, bar = editor
    bar.show_find()
    bar.find_field.setText("n'est")
    assert found(edit, bar) == ["n’est"]


def test_keeps_the_editors_own_extra_selections(editor):
    edit, bar = editor
    own = QTextEdit.ExtraSelection()
    own.cursor = edit.textCursor()
    own.format.setBackground(QColor("#eeeeee"))
    own.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
    edit.setExtraSelections([own])
    bar.show_find()
    bar.find_field.setText("centre")
    assert len(edit.extraSelections()) == 2
    bar.close_bar()
    remaining = edit.extraSelections()
    assert len(remaining) == 1 and not remaining[0].format.property(FIND_MARK)


def test_attach_again_after_a_new_document(editor):
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QPlainTextDocumentLayout

    edit, bar = editor
    bar.show_find()
    bar.find_field.setText("centre")
    assert len(bar.matches()) == 1
    document = QTextDocument("centre, centre et centre", edit)
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    bar.detach()
    assert not any(s.format.property(FIND_MARK) for s in edit.extraSelections())
    edit.setDocument(document)
    bar.attach(edit)
    assert len(bar.matches()) == 3
    edit.setPlainText("Un autre papier : centre et centre.")  # loading another piece
    assert len(bar.matches()) == 2
