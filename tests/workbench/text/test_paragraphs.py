"""One Enter is a new paragraph everywhere (editor, preview, counts, every export), and a
line break typed with Maj+Entrée stays a line break everywhere."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt

from ui.editor.piece_editor import PieceEditor
from workbench import pieces
from workbench.export.docx import write_docx
from workbench.export.html import body_fragment
from workbench.export.icml import LINE_BREAK, write_icml
from workbench.export.tokens import Role, body_document, build_document
from workbench.text.counting import count_signs
from workbench.text.markdown import render_html

pytestmark = pytest.mark.usefixtures("app")

TYPED = "Premier paragraphe.\nSecond paragraphe\\\nsur deux lignes."


def test_enter_and_shift_enter_in_the_editor(window, store, publication, qtbot):
    piece = pieces.create_piece(store, publication, "reportage", "Salon", body="")
    window.refresh()
    assert window.open_piece(piece)
    editor = window.workspace.currentWidget()
    assert isinstance(editor, PieceEditor)
    edit = editor.text_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Premier paragraphe.")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "Second paragraphe")
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, "sur deux lignes.")
    assert edit.plain_text() == TYPED
    assert editor.save()
    assert pieces.get_piece(store, piece).body == TYPED
    # The preview shows two paragraphs, the second with its line break.
    assert render_html(TYPED).count("<p>") == 2 and "<br />" in render_html(TYPED)


def paragraphs(body: str) -> list[str]:
    return ["".join(r.text for r in b.runs) for b in body_document(body).blocks]


def test_every_reader_sees_two_paragraphs_and_one_line_break(store, publication):
    assert paragraphs(TYPED) == ["Premier paragraphe.", "Second paragraphe\nsur deux lignes."]
    assert all(b.role == Role.BODY for b in body_document(TYPED).blocks)
    # Counts: no sign for a paragraph break, one (a space) for a line break.
    assert count_signs(TYPED) == len("Premier paragraphe.") + len(
        "Second paragraphe sur deux lignes."
    )
    piece_id = pieces.create_piece(store, publication, "reportage", "Salon", body=TYPED)
    document = build_document(pieces.get_piece(store, piece_id))
    icml = write_icml(document).decode()
    assert "Premier paragraphe.</Content>" in icml  # a paragraph of its own
    assert f"Second paragraphe{LINE_BREAK}sur deux lignes." in icml
    import docx

    written = docx.Document(io.BytesIO(write_docx(document)))
    texts = [p.text for p in written.paragraphs]
    assert "Premier paragraphe." in texts
    second = next(p for p in written.paragraphs if p.text.startswith("Second"))
    assert "\n" in second.text  # python-docx reads a w:br as a newline
    html = body_fragment(document)
    assert html.count("<p") >= 2 and "<br" in html


@pytest.mark.parametrize(
    ("old_body", "count"),
    [
        ("Un paragraphe.\n\nUn autre.", 2),  # imports and older pieces: blank lines
        ("Une ligne.\nUne autre ligne.", 2),  # typed with one Enter: now two paragraphs
        ("**Une question ?**\nUne réponse.", 2),  # interview typed without blank lines
    ],
)
def test_old_bodies_read_as_their_writer_meant(old_body, count):
    assert len(body_document(old_body).blocks) == count
