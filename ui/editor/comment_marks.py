"""Passages with a comment, highlighted in the text and kept on their words while typing.

The store moves anchors with every save (:func:`workbench.comments.follow_edit`); between
two saves the editor's text runs ahead of the stored body, so the marks follow each edit
here with the same rule, :func:`workbench.comments.follow_anchor`, and are replaced by the
stored anchors once the comments are read again after the save.

Anchors are Python offsets (code points) into the text; Qt positions are UTF-16 units: the
two differ after a character outside the Basic Multilingual Plane, converted here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from ui.editor.textops import PositionMap, document_text, has_astral
from workbench.comments import Anchor, follow_anchor

# Extra selections of the comment marks carry this property (the find bar keeps them).
COMMENT_MARK = QTextFormat.Property.UserProperty + 72
MARK_COLOR = QColor("#fff4c2")  # a soft yellow, paler than the find bar's matches
CURRENT_COLOR = QColor("#ffd54f")  # the thread selected in the list


def changed_region(old: str, new: str) -> tuple[int, int, int]:
    """The one region an edit changed: its start, its end in ``old`` and in ``new`` (the
    region :func:`workbench.comments.follow_anchor` finds, by slice comparisons)."""
    limit = min(len(old), len(new))
    low, high = 0, limit  # longest common prefix, by bisection
    while low < high:
        middle = (low + high + 1) // 2
        if old[:middle] == new[:middle]:
            low = middle
        else:
            high = middle - 1
    prefix = low
    low, high = 0, limit - prefix  # longest common suffix not overlapping the prefix
    while low < high:
        middle = (low + high + 1) // 2
        if old[len(old) - middle :] == new[len(new) - middle :]:
            low = middle
        else:
            high = middle - 1
    return prefix, len(old) - low, len(new) - low


def follow(old: str, new: str, region: tuple[int, int, int], anchor: Anchor) -> Anchor:
    """:func:`follow_anchor` for one edit whose ``region`` is known, on the slices of the
    texts around the anchor and the edit (the same answer, without scanning the whole
    text for every anchor)."""
    begin, old_end, new_end = region
    if anchor.lost or anchor.end <= begin:
        return anchor
    shift = new_end - old_end
    if anchor.start >= old_end:
        return Anchor(anchor.start + shift, anchor.end + shift, anchor.text)
    low = min(begin, anchor.start)
    high = max(old_end, anchor.end)
    moved = follow_anchor(
        old[low:high],
        new[low : high + shift],
        Anchor(anchor.start - low, anchor.end - low, anchor.text),
    )
    return Anchor(moved.start + low, moved.end + low, moved.text, moved.lost)


class CommentMarks(QObject):
    """The anchored passages of one text edit: ``anchors`` (comment id → live anchor in the
    edit's text) and the highlights; ``moved`` is emitted when an edit moved or lost one."""

    moved = Signal()

    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.anchors: dict[int, Anchor] = {}
        self.current: int | None = None
        self._text = document_text(edit)
        edit.document().contentsChange.connect(self._contents_change)

    def set_anchors(self, anchors: dict[int, Anchor], text: str) -> None:
        """Show ``anchors``, passages of ``text`` (the stored body they were read with),
        moved onto what the edit holds now when it differs (typing not saved yet)."""
        now = document_text(self.edit)
        if text != now:
            region = changed_region(text, now)
            anchors = {key: follow(text, now, region, a) for key, a in anchors.items()}
        self._text = now
        self.anchors = dict(anchors)
        self.refresh()

    def set_current(self, comment_id: int | None) -> None:
        if comment_id != self.current:
            self.current = comment_id
            self.refresh()

    def qt_range(self, comment_id: int) -> tuple[int, int] | None:
        """The passage of a comment in Qt positions (None: no passage, or its words went)."""
        anchor = self.anchors.get(comment_id)
        if anchor is None or anchor.lost:
            return None
        position = PositionMap(self._text) if has_astral(self._text) else None
        if position is None:
            return anchor.start, anchor.end
        return position(anchor.start), position(anchor.end)

    def _contents_change(self, _position: int, removed: int, added: int) -> None:
        """Follow an edit (the highlighter's format changes leave the text alone)."""
        if removed == added == 0:
            return
        new = document_text(self.edit)
        old = self._text
        if new == old:
            return
        self._text = new
        if not self.anchors:
            return
        region = changed_region(old, new)
        changed = False
        for key, anchor in self.anchors.items():
            moved = follow(old, new, region, anchor)
            if moved != anchor:
                self.anchors[key] = moved
                changed = True
        if changed:
            self.refresh()
            self.moved.emit()

    # Highlights ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Set the highlights (keeping the other tools' extra selections, the find bar's)."""
        others = [s for s in self.edit.extraSelections() if not s.format.property(COMMENT_MARK)]
        self.edit.setExtraSelections(self.selections() + others)

    def selections(self) -> list[QTextEdit.ExtraSelection]:
        document = self.edit.document()
        last = document.characterCount() - 1
        position = PositionMap(self._text) if has_astral(self._text) else None
        found = []
        # The current thread last: drawn over the others where passages overlap.
        for key in sorted(self.anchors, key=lambda k: k == self.current):
            anchor = self.anchors[key]
            if anchor.lost or anchor.start >= anchor.end:
                continue
            start, end = anchor.start, anchor.end
            if position is not None:
                start, end = position(start), position(end)
            fmt = QTextCharFormat()
            fmt.setBackground(CURRENT_COLOR if key == self.current else MARK_COLOR)
            fmt.setProperty(COMMENT_MARK, key)
            cursor = QTextCursor(document)
            cursor.setPosition(min(start, last))
            cursor.setPosition(min(end, last), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            found.append(selection)
        return found
