"""French typography wherever text is typed: the dialogs' fields and the tree's rename
type « », ’, … and the house no-break spaces like the body, with the publication's setting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ui.dialogs import IssueDialog, PieceDialog, PublicationDialog
from ui.planner.dialogs import DuplicateDialog, SlotDialog
from ui.typography_edit import TypographyLineEdit
from workbench import catalog
from workbench.text.typography import NBSP, NNBSP

pytestmark = pytest.mark.usefixtures("app")

TYPED = "Le \"BPO\" d'aujourd'hui : 100% en ligne ?"


def expected(narrow: bool) -> str:
    fine = NNBSP if narrow else NBSP
    return f"Le «{NBSP}BPO{NBSP}» d’aujourd’hui{NBSP}: 100{fine}% en ligne{fine}?"


def typed_into(qtbot, field, text: str = TYPED) -> str:
    field.setFocus()
    qtbot.keyClicks(field, text)
    return field.text()


@pytest.mark.parametrize("narrow", [True, False])
def test_new_piece_title(qtbot, narrow):
    dialog = PieceDialog(None, [], narrow=narrow)
    qtbot.addWidget(dialog)
    assert typed_into(qtbot, dialog.title) == expected(narrow)
    assert dialog.values()[1] == expected(narrow)


@pytest.mark.parametrize("narrow", [True, False])
def test_new_issue_theme(qtbot, narrow):
    dialog = IssueDialog(None, narrow=narrow)
    qtbot.addWidget(dialog)
    assert typed_into(qtbot, dialog.theme) == expected(narrow)
    assert dialog.fields().theme == expected(narrow)


def test_duplicate_issue_theme_slot_label_and_publication_name(qtbot):
    duplicate = DuplicateDialog(None, 82, 83, {82}, narrow=False)
    slot = SlotDialog(None, 68, narrow=False)
    publication = PublicationDialog(None)
    for dialog in (duplicate, slot, publication):
        qtbot.addWidget(dialog)
    assert typed_into(qtbot, duplicate.theme) == expected(False)
    assert typed_into(qtbot, slot.label) == expected(False)
    assert typed_into(qtbot, publication.name, "L'Express !") == f"L’Express{NNBSP}!"


def test_the_typed_character_and_its_correction_undo_together(qtbot):
    field = TypographyLineEdit(text="20 ")
    qtbot.addWidget(field)
    assert typed_into(qtbot, field, "%") == f"20{NNBSP}%"
    field.undo()
    assert field.text() == "20 "


def test_shortcuts_and_selections_are_not_corrected(qtbot):
    field = TypographyLineEdit(text="Vraiment")
    qtbot.addWidget(field)
    field.selectAll()
    qtbot.keyClick(field, "?")  # replaces the selection, as a plain field does
    assert field.text() == "?"
    qtbot.keyClick(field, "a", Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "?"


def set_narrow(store, publication_id: int, narrow: bool) -> None:
    from db.models import Publication

    with store.session() as session:
        session.get(Publication, publication_id).narrow_nbsp = narrow
        session.commit()


@pytest.fixture
def window(store, settings, qtbot):
    from ui.main_window import MainWindow

    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_windows_dialogs_use_the_publications_setting(
    window, store, publication, qtbot, monkeypatch
):
    set_narrow(store, publication, False)
    window.refresh()
    window.select_key(("publication", publication))

    def issue_exec(dialog):
        typed_into(qtbot, dialog.theme)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("ui.dialogs.IssueDialog.exec", issue_exec)
    window.act_new_issue.trigger()
    issue = catalog.list_issues(store, publication)[0]
    assert issue.theme == expected(False)

    def piece_exec(dialog):
        typed_into(qtbot, dialog.title)
        dialog.from_template.setChecked(False)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("ui.dialogs.PieceDialog.exec", piece_exec)
    window.act_new_piece.trigger()
    from workbench import pieces

    (created,) = pieces.all_pieces(store)
    assert created.title == expected(False)


def test_renaming_in_the_tree_types_typography(window, store, publication, issue82, qtbot):
    from workbench import pieces

    piece_id = pieces.create_piece(store, publication, "edito", "Brouillon", issue_id=issue82)
    window.refresh()
    assert window.select_key(("piece", piece_id))
    view = window.tree
    view.edit(view.currentIndex())
    editor = view.findChild(TypographyLineEdit)
    assert editor is not None and editor.narrow
    editor.selectAll()
    qtbot.keyClicks(editor, "À vous de jouer!")
    assert editor.text() == f"À vous de jouer{NNBSP}!"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pieces.get_piece(store, piece_id).title == f"À vous de jouer{NNBSP}!")


def test_the_body_and_the_fiche_type_the_percent_space_too(qtbot):
    from ui.editor.fields_panel import FieldsPanel
    from ui.editor.text_edit import MarkdownTextEdit

    body = MarkdownTextEdit()
    fields = FieldsPanel()
    for widget in (body, fields):
        qtbot.addWidget(widget)
    fields.set_narrow(False)
    qtbot.keyClicks(body, "Une hausse de 100 %")
    assert body.plain_text() == f"Une hausse de 100{NNBSP}%"
    qtbot.keyClicks(fields.standfirst, "20%")
    assert fields.standfirst.plain_text() == f"20{NBSP}%"
    assert typed_into(qtbot, fields.title) == expected(False)
