"""Text helpers shared by the editor tools: the document's real text, Qt positions, and
replacing a document's text as one undo step.

Qt counts positions in UTF-16 code units, Python in code points: they differ only after a
character outside the Basic Multilingual Plane (an emoji). The helpers here convert when
needed, so the tools can use the pure functions of :mod:`workbench` on Python strings.
"""

from __future__ import annotations

import re

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


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def has_astral(text: str) -> bool:
    """Whether ``text`` has a character Qt counts as two positions (an emoji)."""
    return not text.isascii() and _ASTRAL.search(text) is not None


def python_index(text: str, qt_position: int) -> int:
    """Qt position in ``text`` → Python index (identity when there is no astral character;
    a position inside a surrogate pair counts as the character's start)."""
    if not has_astral(text):
        return min(qt_position, len(text))
    units = 0
    for index, ch in enumerate(text):
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > qt_position:
            return index
    return len(text)


def replace_range(edit: QPlainTextEdit, start: int, end: int, text: str) -> None:
    """Replace Qt positions [start, end) by ``text`` as one undo step (not in a read-only
    editor: a piece someone else holds)."""
    if edit.isReadOnly():
        return
    cursor = QTextCursor(edit.document())
    cursor.beginEditBlock()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(text)
    cursor.endEditBlock()


def _common_ends(old: str, new: str) -> tuple[int, int]:
    """Lengths of the common prefix and of the common suffix (not overlapping it)."""
    limit = min(len(old), len(new))
    head = 0
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return head, tail


def text_edits(old: str, new: str) -> list[tuple[int, int, str]]:
    """Small (start, end, replacement) edits, Python indices into ``old``, that turn it
    into ``new``: lines are matched first, then each changed line keeps its common ends."""
    import difflib

    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    starts = [0]
    for line in old_lines:
        starts.append(starts[-1] + len(line))
    edits: list[tuple[int, int, str]] = []

    def edit(start: int, before: str, after: str) -> None:
        head, tail = _common_ends(before, after)
        edits.append((start + head, start + len(before) - tail, after[head : len(after) - tail]))

    # Unchanged lines at both ends; a fix that keeps the lines (typography) pairs the rest
    # one to one. Otherwise difflib matches lines (autojunk keeps repeated blank lines cheap).
    first = 0
    while first < min(len(old_lines), len(new_lines)) and old_lines[first] == new_lines[first]:
        first += 1
    last = 0
    while (
        last < min(len(old_lines), len(new_lines)) - first
        and old_lines[-1 - last] == new_lines[-1 - last]
    ):
        last += 1
    old_end, new_end = len(old_lines) - last, len(new_lines) - last
    if old_end - first == new_end - first:
        opcodes = [("replace", first, old_end, first, new_end)]
    else:
        middle = difflib.SequenceMatcher(
            None, old_lines[first:old_end], new_lines[first:new_end]
        ).get_opcodes()
        opcodes = [
            (t, i1 + first, i2 + first, j1 + first, j2 + first) for t, i1, i2, j1, j2 in middle
        ]
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            continue
        if tag == "replace" and i2 - i1 == j2 - j1:
            for k in range(i2 - i1):
                if old_lines[i1 + k] != new_lines[j1 + k]:
                    edit(starts[i1 + k], old_lines[i1 + k], new_lines[j1 + k])
        else:
            edit(starts[i1], "".join(old_lines[i1:i2]), "".join(new_lines[j1:j2]))
    return edits


def apply_text_preserving_undo(edit: QPlainTextEdit, new_text: str) -> bool:
    """Make the document's text ``new_text`` in one undo step; False when it already was.

    Only what differs is edited (each changed line keeps its unchanged start and end), so
    the writer's cursor, selection and scroll position stay where they were.
    """
    old_text = document_text(edit)
    if old_text == new_text or edit.isReadOnly():
        return False
    position = PositionMap(old_text)
    scroll = edit.verticalScrollBar().value()
    cursor = QTextCursor(edit.document())
    cursor.beginEditBlock()
    for start, end, replacement in reversed(text_edits(old_text, new_text)):
        cursor.setPosition(position(start))
        cursor.setPosition(position(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)
    cursor.endEditBlock()
    edit.verticalScrollBar().setValue(scroll)
    return True
