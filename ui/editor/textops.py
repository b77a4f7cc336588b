"""Text helpers shared by the editor tools: the document's real text, Qt positions, and
replacing a document's text as one undo step.

Qt counts positions in UTF-16 code units, Python in code points: they differ only after a
character outside the Basic Multilingual Plane (an emoji). The helpers here convert when
needed, so the tools can use the pure functions of :mod:`workbench` on Python strings.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit


def document_text(edit: QPlainTextEdit) -> str:
    """The text as stored: unlike ``toPlainText()``, no-break spaces are kept."""
    return edit.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


def qt_length(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (Qt's positions)."""
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class PositionMap:
    """Python index → Qt position for one text (identity when there is no astral character)."""

    def __init__(self, text: str) -> None:
        self._offsets: list[int] | None = None
        if not text.isascii() and any(ord(ch) > 0xFFFF for ch in text):
            offsets, extra = [], 0
            for ch in text:
                offsets.append(extra)
                if ord(ch) > 0xFFFF:
                    extra += 1
            offsets.append(extra)
            self._offsets = offsets

    def __call__(self, index: int) -> int:
        if self._offsets is None:
            return index
        return index + self._offsets[min(index, len(self._offsets) - 1)]


def replace_range(edit: QPlainTextEdit, start: int, end: int, text: str) -> None:
    """Replace Qt positions [start, end) by ``text`` as one undo step."""
    cursor = QTextCursor(edit.document())
    cursor.beginEditBlock()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(text)
    cursor.endEditBlock()


def apply_text_preserving_undo(edit: QPlainTextEdit, new_text: str) -> bool:
    """Make the document's text ``new_text`` in one undo step; False when it already was.

    Only the words that differ are edited (a word diff of the old and new text), so the
    writer's cursor, selection and scroll position stay where they were.
    """
    from workbench.revisions import word_diff

    old_text = document_text(edit)
    if old_text == new_text:
        return False
    scroll = edit.verticalScrollBar().value()
    cursor = QTextCursor(edit.document())
    cursor.beginEditBlock()
    position = 0
    for op in word_diff(old_text, new_text):
        length = qt_length(op.text)
        if op.kind == "equal":
            position += length
        elif op.kind == "delete":
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        else:
            cursor.setPosition(position)
            cursor.insertText(op.text)
            position += length
    cursor.endEditBlock()
    edit.verticalScrollBar().setValue(scroll)
    return True
