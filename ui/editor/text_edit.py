"""The body editor: a QPlainTextEdit that types French typography and formats markdown.

Typography: after a typed character, :func:`workbench.text.typography.autocorrect` says what to
replace; the typed character and its correction are one undo step (Ctrl+Z takes both back).
Formatting commands come from :mod:`ui.editor.formatting` and are also one undo step each.
Bold and italic toggle as in a word processor: with no selection outside a word, Ctrl+B
changes nothing until the next typed character, which is then typed in bold (the markers
go around it), so that no empty ``****`` is left behind and no text is ever selected.

Paragraphs: one Enter makes a new line, which the house markdown reads as a new paragraph
(see :mod:`workbench.text.markdown`). With ``line_breaks`` on (the body), Maj+Entrée types a
line break inside the paragraph: a backslash at the end of the line, then a new line.

Hooks for other tools:

* ``highlighter.spell_checker``: an object with ``misspelled_ranges(text)`` (see
  :mod:`ui.editor.highlighter`); set it through :meth:`set_spell_checker`;
* ``context_menu_hooks``: callables ``(menu, cursor)`` run when the context menu opens
  (spelling suggestions…), before the formatting entries; override
  :meth:`extra_context_actions` for more control;
* ``comment_actions``: « Commenter le passage »… shown last in the context menu.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from ui.editor import formatting
from ui.editor.highlighter import (
    EXERGUE,
    EXERGUE_FENCE,
    IN_EXERGUE,
    QUESTION,
    QUOTE,
    MarkdownHighlighter,
    block_kind,
)
from workbench.text.markdown import HARD_BREAK
from workbench.text.typography import AUTOCORRECT_TRIGGERS, autocorrect

# Characters after which autocorrect may have something to do.
_TRIGGERS = AUTOCORRECT_TRIGGERS


class MarkdownTextEdit(QPlainTextEdit):
    """The body of a piece. ``narrow`` is the publication's ``narrow_nbsp`` setting."""

    formatApplied = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.narrow = True
        self.autocorrect_enabled = True
        self.context_menu_hooks: list[Callable[[QMenu, QTextCursor], None]] = []
        self.format_actions: list = []  # the window's Format actions, shown in the context menu
        self.comment_actions: list = []  # comment on the selection…, last in the context menu
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 11.0) + 1)
        self.setFont(font)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTabChangesFocus(False)
        self.document().setDocumentMargin(18)
        self.highlighter = MarkdownHighlighter(self.document(), font.pointSizeF())
        self.line_breaks = False  # Maj+Entrée types a markdown line break (the body)
        self._pending: dict[int, None] = {}  # emphasis sizes for the next typed character
        self._pending_at = -1
        self._active_block = -1
        self.cursorPositionChanged.connect(self._cursor_moved)

    # Content -------------------------------------------------------------------------------

    def plain_text(self) -> str:
        """The text as typed: unlike toPlainText(), no-break spaces are kept."""
        return self.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def setPlainText(self, text: str) -> None:
        """As fast as a bare QPlainTextEdit: the highlighting pass runs just after."""
        self.set_body(text)

    def set_body(self, text: str) -> None:
        """Replace the whole text (no undo history; highlighting happens just after)."""
        self.highlighter.setDocument(None)
        super().setPlainText(text)
        # Re-attaching schedules one full highlighting pass on the next event loop turn.
        self.highlighter.setDocument(self.document())
        self.document().setModified(False)

    def set_spell_checker(self, checker) -> None:
        """Underline the ranges ``checker.misspelled_ranges(text)`` gives (None to stop)."""
        self.highlighter.spell_checker = checker
        self.highlighter.rehighlight()

    # Typing -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = event.text()
        key = event.key()
        if (
            self.line_breaks
            and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            and not self.isReadOnly()
        ):
            self.textCursor().insertText(HARD_BREAK)
            self.ensureCursorVisible()
            event.accept()
            return
        if self._pending and self._type_pending(typed, event):
            event.accept()
            return
        if self.autocorrect_enabled and self._autocorrect(typed, event):
            event.accept()
            return
        super().keyPressEvent(event)
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self._drop_empty_markers()

    # Emphasis typed next (word-processor toggles) ---------------------------------------------

    def pending_emphasis(self) -> set[int]:
        """Emphasis (1 italic, 2 bold) the next typed character gets at the cursor."""
        return set(self._pending)

    def _set_pending(self, size: int) -> None:
        position = self.textCursor().position()
        if self._pending_at != position:
            self._pending.clear()
        self._pending_at = position
        if size in self._pending:
            del self._pending[size]  # the same toggle twice: nothing
        else:
            self._pending[size] = None

    def _type_pending(self, typed: str, event: QKeyEvent) -> bool:
        """Type ``typed`` with the pending emphasis toggled on it, as one undo step."""
        cursor = self.textCursor()
        if (
            len(typed) != 1
            or not typed.isprintable()
            or cursor.hasSelection()
            or cursor.position() != self._pending_at
            or self.isReadOnly()
            or event.modifiers()
            & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        ):
            return False
        if typed.isspace():  # a space is not emphasised: the next character will be
            self._pending_at = cursor.position() + 1  # before the widget's cursor moves
            cursor.insertText(typed)
            self.setTextCursor(cursor)
            return True
        sizes = list(self._pending)
        self._pending.clear()
        cursor.beginEditBlock()
        start = cursor.position()
        cursor.insertText(typed)
        selection = (start, start + 1)
        for size in sizes:
            change = formatting.toggle_emphasis(self.plain_text(), *selection, size)
            self._edit(cursor, change)
            selection = (min(change.anchor, change.position), max(change.anchor, change.position))
        cursor.endEditBlock()
        result = self.textCursor()
        result.setPosition(selection[1])
        self.setTextCursor(result)
        self.ensureCursorVisible()
        return True

    def _drop_empty_markers(self) -> None:
        """After a deletion, markers left with nothing between them go (``**|**``); what
        is typed next keeps their emphasis, as long as the cursor stays there."""
        text = self.plain_text()
        position = self.textCursor().position()
        for size in (2, 1):
            if formatting.empty_pair(text, position, size):
                cursor = self.textCursor()
                cursor.joinPreviousEditBlock()
                cursor.setPosition(position - size)
                cursor.setPosition(position + size, QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
                cursor.endEditBlock()
                self.setTextCursor(cursor)
                self._set_pending(size)
                return

    def _cursor_moved(self) -> None:
        cursor = self.textCursor()
        if self._pending and cursor.position() != self._pending_at:
            self._pending.clear()
        number = cursor.blockNumber()
        if number != self._active_block:
            previous, self._active_block = self._active_block, number
            self.highlighter.set_active_block(cursor.block(), previous)

    def _autocorrect(self, typed: str, event: QKeyEvent) -> bool:
        """Type ``typed`` with its correction as one edit; False when there is none."""
        if len(typed) != 1 or self.isReadOnly():
            return False
        modifiers = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if modifiers not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.GroupSwitchModifier,
        ):
            return False
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        block_before = cursor.block().text()[: cursor.positionInBlock()]
        if typed not in _TRIGGERS and not block_before.rstrip(" ").endswith("«"):
            return False
        if typed == "." and not block_before.endswith(".."):
            return False
        if typed == "'" and not (block_before and block_before[-1].isalpha()):
            return False
        before = self._text_before(cursor)
        replacement = autocorrect(before, typed, self.narrow)
        if replacement is None:
            return False
        cursor.beginEditBlock()
        cursor.movePosition(
            QTextCursor.MoveOperation.Left,
            QTextCursor.MoveMode.KeepAnchor,
            replacement.remove - 1,
        )
        cursor.insertText(replacement.text)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def _text_before(self, cursor: QTextCursor) -> str:
        """The body up to the cursor: the whole of it when it may hold a code fence."""
        text = self.plain_text()
        if "```" in text or "~~~" in text:
            return text[: cursor.position()]
        # Without code fences the paragraph is enough: it tells open quotes and markup apart.
        block = cursor.block()
        lines = [block.text()[: cursor.positionInBlock()]]
        previous = block.previous()
        while previous.isValid() and previous.text().strip() and len(lines) < 50:
            lines.append(previous.text())
            previous = previous.previous()
        if previous.isValid():
            lines.append("")
        return "\n".join(reversed(lines))

    # Formatting ---------------------------------------------------------------------------

    def selection(self) -> tuple[int, int]:
        cursor = self.textCursor()
        return cursor.selectionStart(), cursor.selectionEnd()

    @staticmethod
    def _edit(cursor: QTextCursor, change: formatting.Change) -> None:
        for edit in sorted(change.edits, key=lambda e: e.start, reverse=True):
            cursor.setPosition(edit.start)
            cursor.setPosition(edit.end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(edit.new)

    def apply_change(self, change: formatting.Change) -> None:
        """Make a formatting change as one undo step and set the selection it gives
        (nothing in a read-only editor: a piece someone else holds)."""
        if self.isReadOnly():
            return
        if change.edits:
            cursor = QTextCursor(self.document())
            cursor.beginEditBlock()
            self._edit(cursor, change)
            cursor.endEditBlock()
        result = self.textCursor()
        result.setPosition(change.anchor)
        result.setPosition(change.position, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(result)
        if change.pending:
            self._set_pending(change.pending)
        self.ensureCursorVisible()
        self.formatApplied.emit()

    def run_command(self, command: Callable[[str, int, int], formatting.Change]) -> None:
        start, end = self.selection()
        self.apply_change(command(self.plain_text(), start, end))

    def toggle_bold(self) -> None:
        self.run_command(formatting.toggle_bold)

    def toggle_italic(self) -> None:
        self.run_command(formatting.toggle_italic)

    def toggle_intertitre(self) -> None:
        self.run_command(formatting.toggle_intertitre)

    def toggle_quotation(self) -> None:
        self.run_command(formatting.toggle_quotation)

    def toggle_exergue(self) -> None:
        self.run_command(formatting.toggle_exergue)

    def toggle_question(self) -> None:
        self.run_command(formatting.toggle_question)

    def insert_footnote(self) -> None:
        self.run_command(formatting.insert_footnote)

    def insert_link(self, url: str, placeholder: str) -> None:
        start, end = self.selection()
        self.apply_change(formatting.insert_link(self.plain_text(), start, end, url, placeholder))

    def select_range(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()

    # Context menu --------------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        cursor = self.cursorForPosition(event.pos())
        self.extra_context_actions(menu, cursor)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def extra_context_actions(self, menu: QMenu, cursor: QTextCursor) -> None:
        """Add entries to the context menu: the hooks first (spelling…), then formatting."""
        for hook in self.context_menu_hooks:
            hook(menu, cursor)
        if self.format_actions:
            menu.addSeparator()
            for action in self.format_actions:
                menu.addAction(action)
        if self.comment_actions:
            menu.addSeparator()
            menu.addActions(self.comment_actions)

    # Painting: pull-quote frames, quotation bars, question bands -----------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        try:
            self._paint_blocks(painter, event)
        finally:
            painter.end()
        super().paintEvent(event)

    def _paint_blocks(self, painter: QPainter, event: QPaintEvent) -> None:
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        bottom_limit = event.rect().bottom()
        margin = self.document().documentMargin()
        width = self.viewport().width()
        frame = QPen(QColor("#80cbc4"))
        frame.setWidthF(1.5)
        while block.isValid():
            rect = self.blockBoundingGeometry(block).translated(offset)
            if rect.top() > bottom_limit:
                break
            kind = block_kind(block.userState())
            if kind in (EXERGUE, EXERGUE_FENCE):
                band = QRectF(margin / 2, rect.top(), width - margin, rect.height())
                painter.fillRect(band, QColor("#e0f2f1"))
                painter.setPen(frame)
                painter.drawLine(band.topLeft(), band.bottomLeft())
                painter.drawLine(band.topRight(), band.bottomRight())
                if kind == EXERGUE_FENCE and block.userState() & 0xF == IN_EXERGUE:
                    painter.drawLine(band.topLeft(), band.topRight())  # the opening line
                elif kind == EXERGUE_FENCE:
                    painter.drawLine(band.bottomLeft(), band.bottomRight())
            elif kind == QUOTE:
                painter.fillRect(
                    QRectF(margin / 2, rect.top(), 3, rect.height()), QColor("#a1887f")
                )
            elif kind == QUESTION:
                painter.fillRect(
                    QRectF(margin / 2, rect.top(), width - margin, rect.height()),
                    QColor("#e3f2fd"),
                )
                painter.fillRect(
                    QRectF(margin / 2, rect.top(), 3, rect.height()), QColor("#1565c0")
                )
            block = block.next()
