"""Writing in the body as a writer would (issue 12, points 1-3): one Enter is a paragraph
everywhere, Maj+Entrée a line break; Ctrl+B / Ctrl+I toggle as in a word processor; the
markdown marks are drawn discreetly, the text underneath stays markdown."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication

from ui.editor.highlighter import DIM_COLOR, HIDDEN_SIZE
from ui.editor.piece_editor import PieceEditor
from ui.main_window import MainWindow
from workbench import pieces
from workbench.export.tokens import body_document
from workbench.text.counting import count_signs
from workbench.text.markdown import paragraph_breaks, render_html, unwrap

pytestmark = pytest.mark.usefixtures("app")

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(store, settings, qtbot):
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def piece(store, publication) -> int:
    return pieces.create_piece(store, publication, "reportage", "Reportage", body="")


def open_editor(window, piece_id, qtbot) -> PieceEditor:
    window.refresh()
    assert window.open_piece(piece_id)
    editor = window.workspace.currentWidget()
    assert isinstance(editor, PieceEditor)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    editor.text_edit.setFocus()
    return editor


def bold(qtbot, edit):
    qtbot.keyClick(edit, Qt.Key.Key_B, CTRL)


def italic(qtbot, edit):
    qtbot.keyClick(edit, Qt.Key.Key_I, CTRL)


# 1. Enter makes a paragraph ----------------------------------------------------------------


def test_one_enter_is_a_paragraph_and_shift_enter_a_line_break(window, piece, store, qtbot):
    editor = open_editor(window, piece, qtbot)
    edit = editor.text_edit
    qtbot.keyClicks(edit, "Un")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "Deux, vers")
    qtbot.keyClick(edit, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClicks(edit, "suite")
    body = edit.plain_text()
    assert body == "Un\nDeux, vers\\\nsuite"
    assert edit.document().blockCount() == 3  # one line per Enter, as typed
    # Every reader says the same: two paragraphs, the second with a line break.
    document = body_document(body)
    assert [b.text for b in document.body] == ["Un", "Deux, vers\nsuite"]
    assert render_html(body).count("<p>") == 2 and "<br />" in render_html(body)
    assert count_signs(body) == len("Un") + len("Deux, vers suite")
    assert editor.save()
    assert pieces.get_piece(store, piece).body == body
    editor.set_preview_visible(True)
    html = editor.preview.rendered_html
    assert ">Un</p>" in html and ">Deux, vers<br>suite</p>" in html


def test_exports_break_lines_and_paragraphs():
    import io
    import zipfile

    from workbench.export.docx import write_docx
    from workbench.export.html import body_fragment
    from workbench.export.icml import LINE_BREAK, write_icml

    document = body_document("Un\nDeux, vers\\\nsuite\n")
    assert [b.text for b in document.body] == ["Un", "Deux, vers\nsuite"]
    html = body_fragment(document)
    assert html.count("<p ") == 2 and "Deux, vers<br>suite" in html
    icml = write_icml(document).decode("utf-8")
    assert icml.count("Texte courant") >= 2 and f"vers{LINE_BREAK}suite" in icml
    with zipfile.ZipFile(io.BytesIO(write_docx(document))) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    assert xml.count("<w:p>") + xml.count("<w:p ") >= 2 and "<w:br/>" in xml


@pytest.mark.parametrize(
    ("old", "paragraphs"),
    [
        ("Un.\n\nDeux.\n", ["Un.", "Deux."]),  # what the importers write: unchanged
        ("**Question ?**\nRéponse.", ["Question ?", "Réponse."]),
        ("> Une citation\n> sur deux lignes", ["Une citation", "sur deux lignes"]),
        ("::: exergue\nFort.\n:::\nSuite.", ["Fort.", "Suite."]),
        ("- un\n- deux", ["– un", "– deux"]),
        ("```\ncode\nsuite\n```", ["code\nsuite"]),
        ("Titre\n===\nTexte", ["Titre", "Texte"]),
    ],
)
def test_old_bodies_read_with_the_paragraph_rule(old, paragraphs):
    assert [b.text for b in body_document(old, kind="interview").body] == paragraphs
    assert paragraph_breaks(paragraph_breaks(old)) == paragraph_breaks(old)


def test_counts_of_imported_bodies_do_not_change():
    imported = "Premier paragraphe, assez long.\n\n## Intertitre\n\nSecond[^1].\n\n[^1]: Note.\n"
    assert paragraph_breaks(imported) == imported
    assert count_signs(imported) == len("Premier paragraphe, assez long.IntertitreSecond.Note.")


def test_wrapped_markdown_files_keep_their_paragraphs_on_import():
    wrapped = "Un paragraphe\ncoupé en deux lignes.\n\n> Citation\n> longue\n\nFin  \nligne"
    assert unwrap(wrapped) == (
        "Un paragraphe coupé en deux lignes.\n\n> Citation longue\n\nFin  \nligne"
    )
    from workbench.importers.markdown_file import read_markdown

    piece = read_markdown("---\ntitle: T\n---\n" + wrapped)
    assert [b.text for b in body_document(piece.body).body] == [
        "Un paragraphe coupé en deux lignes.",
        "Citation longue",
        "Fin\nligne",
    ]


# 2. Formatting toggles like a word processor ---------------------------------------------


def test_bold_then_plain_while_typing(window, piece, qtbot):
    edit = open_editor(window, piece, qtbot).text_edit
    bold(qtbot, edit)
    assert edit.plain_text() == ""  # nothing yet: what is typed next is bold
    qtbot.keyClicks(edit, "gras")
    assert edit.plain_text() == "**gras**"
    bold(qtbot, edit)
    qtbot.keyClicks(edit, " normal")
    assert edit.plain_text() == "**gras** normal"
    italic(qtbot, edit)
    qtbot.keyClicks(edit, " penche")
    italic(qtbot, edit)
    qtbot.keyClicks(edit, " fin")
    assert edit.plain_text() == "**gras** normal *penche* fin"
    assert not edit.textCursor().hasSelection()


def test_italic_typed_after_a_space(window, piece, qtbot):
    edit = open_editor(window, piece, qtbot).text_edit
    qtbot.keyClicks(edit, "Un ")
    italic(qtbot, edit)
    qtbot.keyClicks(edit, "mot")
    italic(qtbot, edit)
    qtbot.keyClicks(edit, " fin.")
    assert edit.plain_text() == "Un *mot* fin."


def test_ctrl_b_twice_leaves_nothing(window, piece, qtbot):
    edit = open_editor(window, piece, qtbot).text_edit
    qtbot.keyClicks(edit, "Texte ")
    bold(qtbot, edit)
    bold(qtbot, edit)
    qtbot.keyClicks(edit, "suite")
    assert edit.plain_text() == "Texte suite"


def test_bold_then_moving_away_leaves_no_markers(window, piece, qtbot):
    edit = open_editor(window, piece, qtbot).text_edit
    qtbot.keyClicks(edit, "Texte ")
    bold(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClicks(edit, "A")
    assert edit.plain_text() == "ATexte "


def test_deleting_what_was_typed_in_bold_removes_the_empty_markers(window, piece, qtbot):
    edit = open_editor(window, piece, qtbot).text_edit
    qtbot.keyClicks(edit, "Un ")
    bold(qtbot, edit)
    qtbot.keyClicks(edit, "x")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.plain_text() == "Un "  # no **** left behind
    qtbot.keyClicks(edit, "y")  # still bold, as in Writer
    assert edit.plain_text() == "Un **y**"


def test_bold_on_a_selection_keeps_it_selected_and_toggles_back(window, piece, qtbot):
    edit = open_editor(window, piece, qtbot).text_edit
    qtbot.keyClicks(edit, "Un mot fort")
    edit.select_range(3, 6)
    bold(qtbot, edit)
    assert edit.plain_text() == "Un **mot** fort"
    assert edit.textCursor().selectedText() == "mot"
    bold(qtbot, edit)
    assert edit.plain_text() == "Un mot fort"
    assert edit.textCursor().selectedText() == "mot"


def test_inside_a_bold_run_ctrl_b_unbolds_the_word_only(window, piece, qtbot):
    edit = open_editor(window, piece, qtbot).text_edit
    qtbot.keyClicks(edit, "**tres gras**")
    edit.select_range(len("**tres gr"), len("**tres gr"))
    bold(qtbot, edit)
    assert edit.plain_text() == "**tres** gras"
    assert not edit.textCursor().hasSelection()
    qtbot.keyClicks(edit, "x")  # the next key inserts, it deletes nothing
    assert edit.plain_text() == "**tres** grxas"


def test_at_the_edge_of_a_bold_run_ctrl_b_steps_out(window, piece, qtbot):
    edit = open_editor(window, piece, qtbot).text_edit
    qtbot.keyClicks(edit, "**gras** et")
    edit.select_range(len("**gras"), len("**gras"))
    bold(qtbot, edit)
    qtbot.keyClicks(edit, " puis")
    assert edit.plain_text() == "**gras** puis et"


def test_a_selection_inside_a_bold_run_is_taken_out(window, piece, qtbot):
    edit = open_editor(window, piece, qtbot).text_edit
    qtbot.keyClicks(edit, "**un deux trois**")
    edit.select_range(len("**un "), len("**un deux"))
    bold(qtbot, edit)
    assert edit.plain_text() == "**un** deux **trois**"
    assert edit.textCursor().selectedText() == "deux"


def test_no_key_deletes_unselected_text_after_a_toggle(window, piece, qtbot):
    edit = open_editor(window, piece, qtbot).text_edit
    qtbot.keyClicks(edit, "Le plateau ouvre")
    edit.select_range(len("Le plat"), len("Le plat"))
    bold(qtbot, edit)
    assert edit.plain_text() == "Le **plateau** ouvre"
    qtbot.keyClicks(edit, "X")
    assert edit.plain_text() == "Le **platXeau** ouvre"
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert edit.plain_text() == "Le **plateau** ouvre"


# 3. Less markup in the writer's face ----------------------------------------------------------


def formats_at(block, position) -> list[QTextCharFormat]:
    ranges = block.layout().formats()
    return [QTextCharFormat(r.format) for r in ranges if r.start <= position < r.start + r.length]


def is_dim(fmt: QTextCharFormat, base: float) -> bool:
    return fmt.foreground().color().name() == DIM_COLOR and 0 < fmt.fontPointSize() < base


def test_marks_are_dimmed_outside_the_cursor_block(window, piece, store, qtbot):
    body = (
        "## Un intertitre\n"
        "Du **gras**, une note[^1], un \\*astérisque\\* et un [lien](https://exemple.fr).\n"
        "Ici le curseur.\n"
        "[^1]: La note."
    )
    editor = open_editor(window, piece, qtbot)
    edit = editor.text_edit
    edit.set_body(body)
    qtbot.waitUntil(editor.highlighting_done)
    cursor = edit.textCursor()
    cursor.setPosition(body.index("Ici"))  # the cursor in the third block
    edit.setTextCursor(cursor)
    base = edit.font().pointSizeF()
    document = edit.document()
    heading, line = document.findBlockByNumber(0), document.findBlockByNumber(1)
    assert edit.plain_text() == body  # the text stays markdown
    assert all(is_dim(f, base) for f in formats_at(heading, 0))  # ##
    text = line.text()
    assert any(is_dim(f, base) for f in formats_at(line, text.index("**")))
    note = text.index("[^1]")
    label = formats_at(line, note + 2)
    assert any(
        f.verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignSuperScript for f in label
    )
    assert any(f.fontPointSize() == HIDDEN_SIZE for f in formats_at(line, note))  # [^
    escape = text.index("\\*")
    assert any(
        f.fontPointSize() == HIDDEN_SIZE and f.foreground().color().alpha() == 0
        for f in formats_at(line, escape)
    )
    target = text.index("https")
    assert any(is_dim(f, base) for f in formats_at(line, target))
    link_text = text.index("lien")
    assert not any(is_dim(f, base) for f in formats_at(line, link_text))
    # The cursor comes in: the marks of that block are shown again (grey, full size).
    cursor.setPosition(line.position() + 3)
    edit.setTextCursor(cursor)
    marks = formats_at(line, text.index("**"))
    assert marks and not any(is_dim(f, base) for f in marks)
    assert any(is_dim(f, base) for f in formats_at(document.findBlockByNumber(0), 0))
    assert edit.plain_text() == body
