"""French spell checking in the editor: red wavy underline and a context menu. Never
corrects anything by itself.

:class:`SpellSupport` wraps :class:`workbench.text.spelling.SpellChecker` with the personal word
list in the user's data folder (``Workbench/dictionnaire-personnel.txt``). The highlighter
asks :meth:`SpellSupport.misspelled_ranges` for each block (cached per block text, so
re-highlighting is cheap); the editor's context menu calls :meth:`context_actions`.

Wiring: at the end of ``highlightBlock(text)``: ``SpellSupport.shared().underline(self, text)``
(skip code blocks); in ``contextMenuEvent``: ``menu = self.createStandardContextMenu()``,
``SpellSupport.shared().context_actions(menu, self, self.cursorForPosition(pos).position())``.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from ui.editor.textops import PositionMap
from workbench.paths import data_dir
from workbench.text.spelling import ELISION, SpellChecker

MAX_SUGGESTIONS = 6
CACHE_SIZE = 4096
WORD_LIST_NAME = "dictionnaire-personnel.txt"


def personal_word_list_path() -> Path:

    return data_dir() / WORD_LIST_NAME


class SpellSupport(QObject):
    """Spell checking for the editors of the application (one instance is enough)."""

    # The personal dictionary or the ignored words changed: highlighters re-highlight.
    dictionaryChanged = Signal()
    # Said once, when spell checking turns out to be unavailable.
    statusMessage = Signal(str)

    _shared: SpellSupport | None = None

    def __init__(self, checker=None, parent: QObject | None = None, *, word_list=None) -> None:
        super().__init__(parent)
        self._checker = checker
        self._word_list = Path(word_list) if word_list else None
        self._cache: OrderedDict[tuple[str, bool], list[tuple[int, int]]] = OrderedDict()
        self._ignored: set[str] = set()
        self._reported = False
        self.enabled = True

    @classmethod
    def shared(cls) -> SpellSupport:
        """The application's instance (created on first use)."""
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    # The checker ----------------------------------------------------------------------

    @property
    def checker(self):
        if self._checker is None:
            self._checker = SpellChecker(self._word_list or personal_word_list_path())
        if not self._checker.available and not self._reported:
            self._reported = True
            self.statusMessage.emit(self._checker.unavailable_reason)
        return self._checker

    @property
    def available(self) -> bool:
        return self.checker.available

    @property
    def unavailable_reason(self) -> str:
        return self.checker.unavailable_reason

    def underline_format(self) -> QTextCharFormat:
        """What the highlighter merges onto a misspelt word: a red wavy underline."""
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        fmt.setUnderlineColor(QColor("#d32f2f"))
        return fmt

    def underline(self, highlighter: QSyntaxHighlighter, text: str) -> None:
        """Call at the end of ``highlightBlock(text)``: adds the wavy underline to the
        misspelt words, keeping the formats the highlighter already set (bold, headings…).
        Skip it for blocks that are not prose (inside a code fence)."""
        ranges = self.misspelled_ranges(text)
        if not ranges:
            return
        underline = self.underline_format()
        for start, end in ranges:
            run_start = start
            while run_start < end:
                current = highlighter.format(run_start)
                run_end = run_start + 1
                while run_end < end and highlighter.format(run_end) == current:
                    run_end += 1
                merged = QTextCharFormat(current)
                merged.merge(underline)
                highlighter.setFormat(run_start, run_end - run_start, merged)
                run_start = run_end

    # Checking -------------------------------------------------------------------------

    def cached_ranges(self, text: str, *, markdown: bool = True) -> list[tuple[int, int]] | None:
        """The ranges of a text already checked, or None when it must still be checked
        (the highlighter then checks it in idle time)."""
        if not self.enabled or not text:
            return []
        if self._checker is not None and not self._checker.available:
            return []
        found = self._cache.get((text, markdown))
        if found is not None:
            self._cache.move_to_end((text, markdown))
        return found

    def misspelled_ranges(self, text: str, *, markdown: bool = True) -> list[tuple[int, int]]:
        """(start, end) of the misspelt words of one block's text, in Qt positions (ready
        for ``QSyntaxHighlighter.setFormat``). Empty when spelling is off or unavailable."""
        if not self.enabled or not text or not self.available:
            return []
        key = (text, markdown)
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        position = PositionMap(text)
        found = [
            (position(s), position(e))
            for s, e in self.checker.misspelled_ranges(text, markdown=markdown)
            if text[s:e] not in self._ignored
        ]
        self._cache[key] = found
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return found

    def word_at(self, edit: QPlainTextEdit, position: int) -> tuple[int, int, str] | None:
        """The misspelt word at a document position: (start, end, word), Qt positions."""
        block = edit.document().findBlock(position)
        if not block.isValid():
            return None
        text = block.text()
        offset = position - block.position()
        for start, end in self.misspelled_ranges(text):
            if start <= offset <= end:
                cursor = QTextCursor(block)
                cursor.setPosition(block.position() + start)
                cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
                return block.position() + start, block.position() + end, cursor.selectedText()
        return None

    def suggestions(self, word: str) -> list[str]:
        return self.checker.suggest(word, limit=MAX_SUGGESTIONS) if self.available else []

    def add_to_dictionary(self, word: str) -> None:
        """Accept the word for good (its form without elision: « l’Xyz » adds « Xyz »)."""

        elided = ELISION.match(word)
        self.checker.add_to_dictionary(word[elided.end() :] if elided else word)
        self._changed()

    def ignore(self, word: str) -> None:
        """Accept the word until the application closes."""
        self._ignored.add(word)
        self._changed()

    def _changed(self) -> None:
        self._cache.clear()
        self.dictionaryChanged.emit()

    # Context menu ---------------------------------------------------------------------

    def context_actions(self, menu: QMenu, edit: QPlainTextEdit, cursor_position: int) -> bool:
        """Put suggestions, « Ajouter au dictionnaire » and « Ignorer » at the top of ``menu``
        when the word at ``cursor_position`` is misspelt; True when something was added."""
        found = self.word_at(edit, cursor_position)
        if found is None:
            return False
        start, end, word = found
        first = menu.actions()[0] if menu.actions() else None
        added: list[QAction] = []
        suggestions = self.suggestions(word)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            font = QFont(action.font())
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(
                lambda _=False, s=suggestion: self.replace_word(edit, start, end, word, s)
            )
            added.append(action)
        if not suggestions:
            none = QAction(self.tr("(no suggestion)"), menu)
            none.setEnabled(False)
            added.append(none)
        add = QAction(self.tr("Add to dictionary"), menu)
        add.triggered.connect(lambda: self._accept(edit, word, permanent=True))
        ignore = QAction(self.tr("Ignore"), menu)
        ignore.setToolTip(self.tr("Accept this word until Workbench is closed."))
        ignore.triggered.connect(lambda: self._accept(edit, word, permanent=False))
        readonly = edit.isReadOnly()
        for action in added:
            action.setEnabled(action.isEnabled() and not readonly)
        separator = QAction(menu)
        separator.setSeparator(True)
        added += [separator, add, ignore]
        if first is not None:
            closing = QAction(menu)
            closing.setSeparator(True)
            added.append(closing)
        for action in added:
            menu.insertAction(first, action) if first is not None else menu.addAction(action)
        return True

    def replace_word(self, edit: QPlainTextEdit, start: int, end: int, old: str, new: str) -> bool:
        """Replace the word at [start, end) by ``new``, as one undo step, if it is still there."""
        if edit.isReadOnly():  # a piece someone else holds
            return False
        cursor = QTextCursor(edit.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != old:
            return False
        cursor.beginEditBlock()
        cursor.insertText(new)
        cursor.endEditBlock()
        edit.setTextCursor(cursor)
        return True

    def _accept(self, edit: QPlainTextEdit, word: str, *, permanent: bool) -> None:
        try:
            if permanent:
                self.add_to_dictionary(word)
            else:
                self.ignore(word)
        except (ValueError, OSError) as exc:
            self.statusMessage.emit(str(exc))
            return
        for highlighter in edit.document().findChildren(QSyntaxHighlighter):
            highlighter.rehighlight()
