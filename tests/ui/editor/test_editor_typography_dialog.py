"""« Corriger la typographie »: the dialog lists the changes and applies the checked ones."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPlainTextEdit

from ui.editor import typography_dialog
from ui.editor.textops import apply_text_preserving_undo, document_text
from ui.editor.typography_dialog import HtmlRole, TypographyDialog
from workbench.text.typography import NBSP, NNBSP, apply_changes, fix_typography

BODY = (
    'Il a dit "bonjour" puis il est parti...\n\n'
    "Voir http://exemple.fr/a?b=c et `x: y`.\n\n"
    "Pourquoi ? C'est simple : la relation client."
)


@pytest.fixture
def dialog(app, qtbot):
    widget = TypographyDialog(BODY, True)
    qtbot.addWidget(widget)
    return widget


def test_lists_every_change_with_its_rule_and_line(dialog):
    model = dialog.model
    changes = fix_typography(BODY, True)
    assert model.rowCount() == len(changes) >= 5
    rules = [model.index(r, model.RULE).data() for r in range(model.rowCount())]
    assert "Guillemets français « » avec espaces insécables" in rules
    assert "Points de suspension : ... devient …" in rules
    lines = [model.index(r, model.LINE).data() for r in range(model.rowCount())]
    assert lines[0] == "1" and lines[-1] == "5"
    extract = model.index(0, model.CHANGE).data(HtmlRole)
    assert "&quot;" in extract and "«" in extract and "°" in extract  # escaped, spaces shown
    # URLs and code are never touched.
    assert all("exemple" not in c.old and "x:" not in c.old for c in changes)


def test_applies_only_the_checked_changes(dialog):
    model = dialog.model
    rows = model.rowCount()
    ellipsis = next(
        r for r in range(rows) if model.changes[r].rule.startswith("Points de suspension")
    )
    for row in range(rows):
        if row != ellipsis:
            model.setData(
                model.index(row, model.LINE),
                Qt.CheckState.Unchecked,
                Qt.ItemDataRole.CheckStateRole,
            )
    dialog.apply_selected_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_text() == BODY.replace("parti...", "parti…")


def test_apply_all_gives_an_idempotent_result(dialog):
    model = dialog.model
    model.set_all_checked(False)
    assert not dialog.apply_selected_button.isEnabled()
    dialog.apply_all_button.click()
    fixed = dialog.result_text()
    assert fixed == apply_changes(BODY, fix_typography(BODY, True))
    assert f"«{NBSP}bonjour{NBSP}»" in fixed and f"Pourquoi{NNBSP}?" in fixed
    assert fix_typography(fixed, True) == []


def test_nothing_to_change(app, qtbot):
    widget = TypographyDialog(
        "Tout est « juste » déjà.".replace(" juste ", f"{NBSP}juste{NBSP}"), True
    )
    qtbot.addWidget(widget)
    assert not widget.has_changes()
    assert widget.summary.text() == "Typography is already correct."


def test_command_on_an_editor_is_one_undo_step_and_keeps_the_cursor(app, qtbot, monkeypatch):
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText(BODY)
    cursor = edit.textCursor()
    anchor = BODY.index("Pourquoi")
    cursor.setPosition(anchor)
    edit.setTextCursor(cursor)

    def accept_all(dialog):
        dialog.model.set_all_checked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TypographyDialog, "exec", accept_all)
    applied = typography_dialog.correct_typography(edit, True)
    fixed = apply_changes(BODY, fix_typography(BODY, True))
    assert applied == len(fix_typography(BODY, True))
    assert document_text(edit) == fixed
    # The cursor stayed before « Pourquoi », which moved with the changes before it.
    assert fixed[edit.textCursor().position() :].startswith("Pourquoi")
    edit.undo()
    assert document_text(edit) == BODY
    assert not edit.document().isUndoAvailable()

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    edit.setPlainText(fixed)
    assert typography_dialog.correct_typography(edit, True) == 0
    assert told == ["Typography is already correct."]


def test_apply_text_preserving_undo_with_emoji_and_no_break_spaces(app, qtbot):
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    old = f"Un 😀 sourire{NBSP}: oui...\n\nFin."
    edit.setPlainText(old)
    new = f"Un 😀 grand sourire{NBSP}: oui…\n\nFin !"
    assert apply_text_preserving_undo(edit, new)
    assert document_text(edit) == new
    assert not apply_text_preserving_undo(edit, new)
    edit.undo()
    assert document_text(edit) == old


def test_whole_piece_lists_every_field_and_applies_the_checked_changes(app, qtbot):
    dialog = TypographyDialog.for_piece('Le "copilote"', "Une salle pleine...", BODY, True)
    qtbot.addWidget(dialog)
    model = dialog.model
    fields = [row.field for row in model.rows]
    assert fields[0] == "title" and "standfirst" in fields and fields[-1] == "body"
    wheres = [model.index(r, model.LINE).data() for r in range(model.rowCount())]
    assert wheres[0] == "Title" and "Standfirst" in wheres and "Body, line 5" in wheres
    for row, proposed in enumerate(model.rows):
        if proposed.field == "title":
            model.setData(
                model.index(row, model.LINE),
                Qt.CheckState.Unchecked,
                Qt.ItemDataRole.CheckStateRole,
            )
    dialog.apply_selected_button.click()
    result = dialog.result_fields()
    assert set(result) == {"standfirst", "body"}
    assert result["standfirst"] == "Une salle pleine…"
    assert result["body"] == apply_changes(BODY, fix_typography(BODY, True))


def test_command_on_a_piece_editor(app, qtbot, monkeypatch):
    from PySide6.QtWidgets import QLineEdit

    title, standfirst, body = QLineEdit('Le "copilote"'), QPlainTextEdit(), QPlainTextEdit()
    for widget in (title, standfirst, body):
        qtbot.addWidget(widget)
    standfirst.setPlainText("Rien à dire.")
    body.setPlainText(BODY)
    monkeypatch.setattr(TypographyDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    applied = typography_dialog.correct_piece_typography(title, standfirst, body, True)
    assert applied == 2 + len(fix_typography(BODY, True))  # two quotes in the title
    assert title.text() == f"Le «{NBSP}copilote{NBSP}»"
    assert document_text(standfirst) == "Rien à dire."
    title.undo()
    assert title.text() == 'Le "copilote"'
