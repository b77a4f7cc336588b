"""The piece editor driven as a writer would: typing, typography, counts, autosave,
formatting, conflicts, opening with --open, preview."""

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.editor.piece_editor import PieceEditor
from ui.main_window import MainWindow
from workbench import pieces
from workbench.revisions import CONFLICT_NOTE, list_revisions
from workbench.text.typography import NBSP

pytestmark = pytest.mark.usefixtures("app")


@pytest.fixture
def piece(store, publication) -> int:
    return pieces.create_piece(
        store, publication, "interview", "Entretien", body="Premier jet.", target_signs=100
    )


def open_editor(window, piece_id) -> PieceEditor:
    window.refresh()
    assert window.open_piece(piece_id)
    editor = window.workspace.currentWidget()
    assert isinstance(editor, PieceEditor)
    return editor


def type_at_end(qtbot, editor, text):
    editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text_edit, text)


def test_open_piece_puts_the_cursor_in_the_body(window, piece, qtbot):
    editor = open_editor(window, piece)
    assert window.workspace.keys() == [("piece", piece)]
    assert window.central.currentWidget() is window.workspace
    assert editor.text_edit.plain_text() == "Premier jet."
    assert editor.text_edit.textCursor().position() == 0
    qtbot.waitUntil(lambda: window.focusWidget() is editor.text_edit)
    assert window.menu_format.menuAction().isVisible()
    # Activating it again focuses the same tab.
    window.pieceActivated.emit(piece)
    assert window.workspace.count() == 1


def test_typing_then_autosave_stores_the_body(window, piece, store, qtbot):
    editor = open_editor(window, piece)
    type_at_end(qtbot, editor, " Second jet")
    assert editor.is_dirty
    assert editor.autosave_timer.isActive()
    assert editor.autosave_timer.interval() == 2000
    assert editor.save_state.text() == "Modified"
    qtbot.waitUntil(lambda: not editor.is_dirty, timeout=4000)
    assert editor.save_state.text().startswith("Saved at")
    assert pieces.get_piece(store, piece).body == "Premier jet. Second jet"
    assert list_revisions(store, piece)[0].body == "Premier jet. Second jet"


def test_french_quotes_typed(window, piece, store, qtbot):
    editor = open_editor(window, piece)
    editor.text_edit.set_body("")
    qtbot.keyClicks(editor.text_edit, 'Il dit "bonjour" et l\'autre: oui...')
    expected = f"Il dit «{NBSP}bonjour{NBSP}» et l’autre{NBSP}: oui…"
    assert editor.text_edit.plain_text() == expected
    # The typed character and its correction are one undo step.
    editor.text_edit.undo()
    assert editor.text_edit.plain_text().endswith("oui..")


def test_question_mark_gets_a_narrow_space(window, piece, qtbot):
    editor = open_editor(window, piece)
    editor.text_edit.set_body("")
    qtbot.keyClicks(editor.text_edit, "Vraiment ?")
    assert editor.text_edit.plain_text() == "Vraiment\u202f?"


def test_counts_bar_after_typing(window, piece, qtbot):
    editor = open_editor(window, piece)
    bar = window.editor.counts_bar
    assert bar.isVisible()
    editor.text_edit.set_body("")
    qtbot.keyClicks(editor.text_edit, "Un deux trois")
    qtbot.waitUntil(lambda: "13" in bar.signs.text(), timeout=2000)
    assert "3" in bar.words.text()
    # 13 signes for a target of 100: far under, coloured.
    assert "87" in bar.gap.text()
    assert "#ef6c00" in bar.gap.styleSheet()
    editor.fields.target.setValue(10)
    bar.update_now()
    assert "3" in bar.gap.text() and "#c62828" in bar.gap.styleSheet()


def test_format_actions_act_on_the_selection(window, piece, qtbot):
    editor = open_editor(window, piece)
    editor.text_edit.select_range(0, 7)
    window.editor.act_bold.trigger()
    assert editor.text_edit.plain_text() == "**Premier** jet."
    window.editor.act_footnote.trigger()
    text = editor.text_edit.plain_text()
    assert text == "**Premier**[^1] jet.\n\n[^1]: "
    assert editor.text_edit.textCursor().position() == len(text)
    qtbot.keyClicks(editor.text_edit, "La source.")
    window.editor.act_footnote.trigger()
    assert editor.text_edit.plain_text().endswith("[^1]: La source.[^2]\n\n[^2]: ")
    # One undo step per command.
    editor.text_edit.undo()
    assert editor.text_edit.plain_text().endswith("[^1]: La source.")


def test_ctrl_z_in_the_editor_undoes_typing_not_the_tree(window, piece, store, publication, qtbot):
    other = pieces.create_piece(store, publication, "breve", "Brève")
    window.refresh()
    window.select_key(("piece", other))
    window.act_delete.trigger()
    assert window.undo_stack.canUndo()
    editor = open_editor(window, piece)
    type_at_end(qtbot, editor, " x")
    editor.text_edit.setFocus()
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.text_edit.plain_text() == "Premier jet."
    assert pieces.get_summary(store, other).deleted  # the tree's undo did not run
    qtbot.keyClick(editor.fields.status, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pieces.get_summary(store, other).deleted


def test_fields_are_saved_with_the_body(window, piece, store, qtbot):
    editor = open_editor(window, piece)
    editor.fields.title.setText("Entretien avec une DRH")
    editor.fields.title.textEdited.emit("Entretien avec une DRH")
    editor.fields.status.setCurrentIndex(editor.fields.status.findData("relecture"))
    editor.fields.contributors.add("Marie Curie", "interviewee")
    editor.fields.target.setValue(4500)
    assert editor.save()
    saved = pieces.get_piece(store, piece)
    assert saved.title == "Entretien avec une DRH"
    assert saved.status == "relecture"
    assert saved.target_signs == 4500
    assert [(c.name, c.role) for c in saved.contributors] == [("Marie Curie", "interviewee")]
    assert editor.version == saved.version
    index = window.workspace.indexOf(editor)
    assert window.workspace.tabText(index) == "Entretien avec une DRH"
    # The tree shows the new title.
    assert window.select_key(("piece", piece))
    assert window.tree.currentIndex().data().startswith("Entretien avec une DRH")


def test_moving_to_an_issue_from_the_form(window, piece, store, issue82):
    editor = open_editor(window, piece)
    editor.fields.issue.setCurrentIndex(editor.fields.issue.findData(issue82))
    assert editor.save()
    assert pieces.get_summary(store, piece).issue_id == issue82
    # A later save does not conflict with the version bump of the move.
    editor.text_edit.set_body("Autre.")
    editor._edited()
    assert editor.save()
    assert pieces.get_piece(store, piece).body == "Autre."


def test_conflict_keeps_both_texts(window, piece, store, qtbot):
    editor = open_editor(window, piece)
    type_at_end(qtbot, editor, " Ma version")
    # Someone else saves the piece meanwhile (another window, another instance).
    stored = pieces.get_piece(store, piece)
    pieces.update_piece(
        store, piece, expected_version=stored.version, body="Premier jet. Leur version"
    )
    assert not editor.save()
    assert editor.conflict_bar.isVisible()
    assert editor.text_edit.plain_text() == "Premier jet. Ma version"
    assert pieces.get_piece(store, piece).body == "Premier jet. Leur version"
    conflicts = [r for r in list_revisions(store, piece) if r.note == CONFLICT_NOTE]
    assert conflicts and conflicts[0].body == "Premier jet. Ma version"
    # Autosave does not hammer the conflict; « Garder la mienne » overwrites.
    assert not editor.autosave_timer.isActive()
    editor.conflict_bar.keep.click()
    assert not editor.conflict_bar.isVisible()
    assert pieces.get_piece(store, piece).body == "Premier jet. Ma version"
    # Their text, overwritten, is in the history too.
    assert "Premier jet. Leur version" in [r.body for r in list_revisions(store, piece)]


def test_conflict_reload_and_compare(window, piece, store, qtbot, monkeypatch):
    editor = open_editor(window, piece)
    type_at_end(qtbot, editor, " Ma version")
    stored = pieces.get_piece(store, piece)
    pieces.update_piece(store, piece, expected_version=stored.version, body="Leur version")
    editor.save()
    shown = []
    monkeypatch.setattr("ui.editor.message_bar.ConflictDialog.show", lambda d: shown.append(d))
    editor.conflict_bar.compare.click()
    assert shown and "Ma version" in shown[0].view.toPlainText()
    editor.conflict_bar.reload.click()
    assert editor.text_edit.plain_text() == "Leur version"
    assert not editor.conflict_bar.isVisible() and not editor.is_dirty


def test_a_rename_in_the_tree_merges_with_typing(window, piece, store, qtbot):
    editor = open_editor(window, piece)
    type_at_end(qtbot, editor, " Suite")
    window.rename(("piece", piece), "Nouveau titre")
    assert editor.save()
    saved = pieces.get_piece(store, piece)
    assert (saved.title, saved.body) == ("Nouveau titre", "Premier jet. Suite")
    assert editor.fields.title.text() == "Nouveau titre"


def test_store_changes_reload_a_clean_editor(window, piece, store):
    editor = open_editor(window, piece)
    stored = pieces.get_piece(store, piece)
    pieces.update_piece(store, piece, expected_version=stored.version, status="valide")
    window.refresh()
    assert editor.fields.status.currentData() == "valide"
    assert editor.version == stored.version + 1


def test_tab_switch_and_close_save(window, piece, store, publication, qtbot):
    other = pieces.create_piece(store, publication, "breve", "Brève", body="Court.")
    editor = open_editor(window, piece)
    type_at_end(qtbot, editor, " A")
    open_editor(window, other)
    assert pieces.get_piece(store, piece).body == "Premier jet. A"
    second = window.workspace.currentWidget()
    type_at_end(qtbot, second, " B")
    assert window.workspace.close_index(window.workspace.currentIndex())
    assert pieces.get_piece(store, other).body == "Court. B"
    type_at_end(qtbot, editor, "C")
    window.close()
    assert pieces.get_piece(store, piece).body == "Premier jet. AC"


def test_preview_shows_rendered_html(window, piece, qtbot):
    editor = open_editor(window, piece)
    editor.text_edit.set_body("## Un intertitre\n\nDu **gras**[^1].\n\n[^1]: Une note.")
    window.editor.act_preview.trigger()
    assert editor.preview.isVisible()
    assert '<h2 class="subhead"' in editor.preview.rendered_html
    assert "<strong>gras</strong>" in editor.preview.rendered_html
    text = editor.preview.toPlainText()
    assert "Un intertitre" in text
    # Notes print with the magazine's markers, as in the exports (not numbered by markdown-it).
    assert "gras*" in text and "* Une note." in text
    window.editor.act_preview.trigger()
    assert not editor.preview.isVisible()


def test_highlight_query_selects_an_accent_insensitive_match(window, piece):
    editor = open_editor(window, piece)
    editor.text_edit.set_body("L’été est chaud. Un ETE de plus.")
    assert editor.highlight_query("ete")
    assert editor.text_edit.textCursor().selectedText() == "été"
    assert not editor.highlight_query("hiver")


def test_new_piece_from_a_template(window, store, publication, monkeypatch):
    window.refresh()
    window.select_key(("publication", publication))

    def fake_exec(dialog):
        dialog.title.setText("Entretien avec un DSI")
        dialog.kind.setCurrentIndex(dialog.kind.findData("interview"))
        assert dialog.from_template.isChecked()
        return True

    monkeypatch.setattr("ui.dialogs.PieceDialog.exec", fake_exec)
    window.act_new_piece.trigger()
    editor = window.workspace.currentWidget()
    assert isinstance(editor, PieceEditor)
    saved = pieces.get_piece(store, editor.piece_id)
    assert saved.title == "Entretien avec un DSI"
    assert saved.body.startswith("**Première question")
    assert editor.text_edit.plain_text() == saved.body
    assert saved.target_signs == 6000


def test_per_key_time_in_a_long_piece(window, store, publication, qtbot):
    """Measured, not asserted: per-key time typing in a 100 000-character interview."""
    from PySide6.QtWidgets import QPlainTextEdit

    from bench.demo import add_long_interview

    piece_id = add_long_interview(store, publication)
    body = pieces.get_piece(store, piece_id).body
    bare = QPlainTextEdit()
    start = time.perf_counter()
    bare.setPlainText(body)
    bare_time = time.perf_counter() - start
    start = time.perf_counter()
    editor = open_editor(window, piece_id)
    QApplication.processEvents()  # the full highlighting pass happens here
    open_time = time.perf_counter() - start
    cursor = editor.text_edit.textCursor()
    cursor.setPosition(len(body) // 2)
    editor.text_edit.setTextCursor(cursor)
    times = []
    for char in "Une phrase tapée au milieu du texte, avec « des guillemets » ! " * 3:
        start = time.perf_counter()
        qtbot.keyClick(editor.text_edit, char)
        QApplication.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95)]
    print(
        f"\nlong piece: {len(body)} chars; bare setPlainText {bare_time * 1000:.1f} ms, "
        f"editor open {open_time * 1000:.1f} ms; per key median {times[len(times) // 2]:.2f} ms,"
        f" p95 {p95:.2f} ms, max {times[-1]:.2f} ms"
    )


def test_store_changes_leave_local_edits_alone(window, piece, store, qtbot):
    editor = open_editor(window, piece)
    type_at_end(qtbot, editor, " a moi")
    stored = pieces.get_piece(store, piece)
    pieces.update_piece(store, piece, expected_version=stored.version, status="valide")
    window.refresh()
    assert editor.text_edit.plain_text() == "Premier jet. a moi"
    assert editor.is_dirty
    # The next save merges: their status, my text.
    assert editor.save()
    saved = pieces.get_piece(store, piece)
    assert (saved.status, saved.body) == ("valide", "Premier jet. a moi")


def test_an_empty_title_is_refused_with_a_message(window, piece, store):
    editor = open_editor(window, piece)
    editor.fields.title.setText("")
    editor.fields.title.textEdited.emit("")
    assert not editor.save()
    assert editor.error_line.isVisible() and "titre" in editor.error_line.text()
    assert pieces.get_piece(store, piece).title == "Entretien"
    editor.fields.title.setText("Entretien")  # so that the window can close


def test_highlighter_block_kinds_and_spelling_hook(window, piece, qtbot):
    from ui.editor import highlighter as hl

    editor = open_editor(window, piece)
    editor.text_edit.set_body(
        "## Titre\n\n**Une question ?**\n\n> Citée\n\n::: exergue\nForte\n:::\n\n[^1]: Note"
    )
    QApplication.processEvents()
    document = editor.text_edit.document()
    kinds = [
        hl.block_kind(document.findBlockByNumber(i).userState())
        for i in range(document.blockCount())
    ]
    assert kinds == [
        hl.HEADING, hl.PLAIN, hl.QUESTION, hl.PLAIN, hl.QUOTE, hl.PLAIN,
        hl.EXERGUE_FENCE, hl.EXERGUE, hl.EXERGUE_FENCE, hl.PLAIN, hl.FOOTNOTE,
    ]  # fmt: skip

    class Checker:
        def misspelled_ranges(self, text):
            return [(0, 5)] if text.startswith("Forte") else []

    editor.text_edit.set_spell_checker(Checker())
    block = document.findBlockByNumber(7)
    formats = block.layout().formats()
    assert any(
        f.format.underlineStyle() == f.format.UnderlineStyle.SpellCheckUnderline for f in formats
    )


def test_format_shortcuts_work_in_the_editor(window, piece, qtbot):
    editor = open_editor(window, piece)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    editor.text_edit.setFocus()
    editor.text_edit.select_range(0, 7)
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.text_edit.plain_text() == "**Premier** jet."
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert editor.text_edit.plain_text() == "***Premier*** jet."
    # In the tree, Ctrl+B does nothing to the piece.
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.text_edit.plain_text() == "***Premier*** jet."


def test_manual_save_keeps_its_own_revision(window, piece, store, qtbot):
    from workbench.revisions import SAVE_NOTE

    editor = open_editor(window, piece)
    type_at_end(qtbot, editor, " Fin")
    window.editor.act_save.trigger()
    assert not editor.is_dirty
    assert list_revisions(store, piece)[0].note == SAVE_NOTE
    assert pieces.get_piece(store, piece).body == "Premier jet. Fin"


def test_changing_the_kind_updates_the_tab(window, piece, store):
    editor = open_editor(window, piece)
    editor.fields.kind.setCurrentIndex(editor.fields.kind.findData("edito"))
    assert editor.is_dirty
    assert editor.save()
    assert pieces.get_piece(store, piece).kind == "edito"
    assert editor.fields.form.isRowVisible(editor.fields.edito_number)


def test_conflict_diff_cuts_long_unchanged_text():
    from ui.editor.message_bar import diff_html
    from workbench.revisions import word_diff

    old = "Début. " + "Mot " * 500 + "fin ancienne."
    new = "Début. " + "Mot " * 500 + "fin nouvelle."
    html = diff_html(word_diff(old, new))
    assert "[…]" in html and "nouvelle" in html and "line-through" in html
    assert html.count("Mot") < 100


def test_open_before_the_window_shows_like_the_command_line(store, settings, piece, qtbot):
    """workbench --open ID: open_piece runs before show(); the body gets the focus."""
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    assert win.open_piece(piece)
    win.show()
    editor = win.workspace.currentWidget()
    qtbot.waitUntil(lambda: win.focusWidget() is editor.text_edit)
    assert editor.text_edit.textCursor().position() == 0


def test_restore_a_revision_from_the_editor(window, piece, store, qtbot):
    editor = open_editor(window, piece)
    type_at_end(qtbot, editor, " v2")
    assert editor.save()
    first = [r for r in list_revisions(store, piece) if r.body == "Premier jet."][0]
    type_at_end(qtbot, editor, " v3")
    assert editor.restore_revision(first.id)
    assert editor.text_edit.plain_text() == "Premier jet."
    assert pieces.get_piece(store, piece).body == "Premier jet."
    assert "Premier jet. v2 v3" in [r.body for r in list_revisions(store, piece)]
    assert not editor.is_dirty


def test_spelling_is_checked_in_idle_time_then_underlined(window, piece, qtbot):
    """A checker with a cache (like SpellSupport) is asked later, not while highlighting."""
    editor = open_editor(window, piece)
    asked = []

    class CachingChecker:
        def __init__(self):
            self.known = {}

        def cached_ranges(self, text):
            return self.known.get(text)

        def misspelled_ranges(self, text):
            asked.append(text)
            self.known[text] = [(0, 7)] if text.startswith("Premier") else []
            return self.known[text]

    highlighter = editor.text_edit.highlighter
    highlighter.spell_checker = CachingChecker()
    highlighter.rehighlight()
    assert asked == []  # nothing checked while highlighting
    assert highlighter.spelling_pending()
    qtbot.waitUntil(lambda: not highlighter.spelling_pending(), timeout=5000)
    assert asked
    block = editor.text_edit.document().firstBlock()
    wavy = block.layout().formats()[0].format.UnderlineStyle.SpellCheckUnderline
    assert any(f.format.underlineStyle() == wavy for f in block.layout().formats())


@pytest.mark.parametrize(
    ("key", "marker"), [(Qt.Key.Key_B, "**"), (Qt.Key.Key_I, "*")], ids=["bold", "italic"]
)
def test_format_key_type_format_key_type_as_in_a_word_processor(window, piece, qtbot, key, marker):
    editor = open_editor(window, piece)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    editor.text_edit.setFocus()
    editor.text_edit.set_body("")
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(editor.text_edit, key, ctrl)
    qtbot.keyClicks(editor.text_edit, "gras")
    qtbot.keyClick(editor.text_edit, key, ctrl)
    qtbot.keyClicks(editor.text_edit, " normal")
    assert editor.text_edit.plain_text() == f"{marker}gras{marker} normal"
    # The format key twice with nothing typed in between leaves no marker behind.
    qtbot.keyClick(editor.text_edit, key, ctrl)
    qtbot.keyClick(editor.text_edit, key, ctrl)
    qtbot.keyClicks(editor.text_edit, ".")
    assert editor.text_edit.plain_text() == f"{marker}gras{marker} normal."
    # Nothing is ever selected by the key: no typed key replaces text.
    assert not editor.text_edit.textCursor().hasSelection()
