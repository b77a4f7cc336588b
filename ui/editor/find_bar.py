"""Find and replace in the piece: a bar under the editor, as in every text editor.

Matching is :func:`workbench.text.findreplace.find_all` (whole word, case and accent options;
accents are ignored by default, so « experience » finds « expérience »). Every match is
highlighted with an extra selection; « Tout remplacer » is one undo step.

Wiring: put ``bar = FindBar(container)`` under the editor and call ``bar.attach(edit)``; add
``bar.editor_actions()`` to a menu or to the editor's container for Ctrl+F, Ctrl+H, F3 and
Shift+F3. An editor that sets extra selections itself keeps the ones whose format has the
``FIND_MARK`` property (or appends ``bar.extra_selections()``).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from ui.editor.textops import PositionMap, document_text
from ui.icons import icon
from workbench.text.findreplace import find_all

# Extra selections made by the find bar carry this property, so that the editor's own
# (current line, brackets…) are kept when the bar updates its highlights, and vice versa.
FIND_MARK = QTextFormat.Property.UserProperty + 71
MAX_HIGHLIGHTS = 2000
MATCH_COLOR = QColor("#fff59d")
CURRENT_COLOR = QColor("#ffb74d")
NOT_FOUND_STYLE = "QLineEdit { background: #ffebee; }"


class _KeyFilter(QObject):
    """Enter / Shift+Enter in the fields: next / previous (replace in the replace field)."""

    def __init__(self, bar: FindBar) -> None:
        super().__init__(bar)
        self.bar = bar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            backwards = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if watched is self.bar.replace_field and not backwards:
                self.bar.replace_current()
            elif backwards:
                self.bar.find_previous()
            else:
                self.bar.find_next()
            return True
        return False


class FindBar(QWidget):
    """Find (and replace) in one QPlainTextEdit. Call :meth:`attach` with the editor."""

    closed = Signal()
    statusMessage = Signal(str)
    # (match count, index of the current match or -1) after each search
    matchesChanged = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit: QPlainTextEdit | None = None
        self._document = None
        self._matches: list[tuple[int, int]] = []  # Qt positions
        self._current = -1
        self._stale = True

        self.find_field = QLineEdit(self)
        self.find_field.setPlaceholderText(self.tr("Find"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.setMinimumWidth(220)
        self.replace_field = QLineEdit(self)
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        self.replace_field.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(110)
        self.whole_word = QCheckBox(self.tr("&Whole word"), self)
        self.case_sensitive = QCheckBox(self.tr("Match &case"), self)
        self.accent_sensitive = QCheckBox(self.tr("Match &accents"), self)
        self.whole_word.setToolTip(self.tr("Only whole words: « port » does not find « support »."))
        self.accent_sensitive.setToolTip(self.tr("Off: « experience » also finds « expérience »."))

        self.find_action = self._action(self.tr("&Find…"), "find", QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.show_find)
        self.replace_action = self._action(self.tr("&Replace…"), "find-replace", "Ctrl+H")
        self.replace_action.triggered.connect(self.show_replace)
        self.next_action = self._action(
            self.tr("Find &next"), "find-next", QKeySequence.StandardKey.FindNext
        )
        self.next_action.triggered.connect(self.find_next)
        self.previous_action = self._action(
            self.tr("Find &previous"), "find-previous", QKeySequence.StandardKey.FindPrevious
        )
        self.previous_action.triggered.connect(self.find_previous)
        self.close_action = QAction(self.tr("Close"), self)
        self.close_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.close_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.close_action.triggered.connect(self.close_bar)
        self.addAction(self.close_action)

        previous = self._tool_button(self.previous_action)
        following = self._tool_button(self.next_action)
        close = QToolButton(self)
        close.setIcon(icon("close-bar"))
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close (Esc)"))
        close.clicked.connect(self.close_bar)
        self.replace_button = QPushButton(self.tr("Replace"), self)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button = QPushButton(self.tr("Replace all"), self)
        self.replace_all_button.clicked.connect(self.replace_all)

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 3, 6, 3)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        grid.addWidget(self.find_field, 0, 0)
        navigation = QHBoxLayout()
        navigation.setSpacing(2)
        navigation.addWidget(previous)
        navigation.addWidget(following)
        navigation.addWidget(self.count_label)
        grid.addLayout(navigation, 0, 1)
        options = QHBoxLayout()
        options.addWidget(self.whole_word)
        options.addWidget(self.case_sensitive)
        options.addWidget(self.accent_sensitive)
        options.addStretch(1)
        options.addWidget(close)
        grid.addLayout(options, 0, 2)
        grid.addWidget(self.replace_field, 1, 0)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.replace_all_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 1, 1, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 3)

        keys = _KeyFilter(self)
        self.find_field.installEventFilter(keys)
        self.replace_field.installEventFilter(keys)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh)
        self.find_field.textChanged.connect(self._search_changed)
        for option in (self.whole_word, self.case_sensitive, self.accent_sensitive):
            option.toggled.connect(self._search_changed)
        self.replace_field.textChanged.connect(self._update_buttons)
        self._set_replace_visible(False)
        self.hide()

    def _action(self, text: str, icon_name: str, shortcut) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return action

    def _tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setToolTip(
            f"{action.text().replace('&', '')} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        return button

    # Wiring ---------------------------------------------------------------------------

    def editor_actions(self) -> list[QAction]:
        """Ctrl+F, Ctrl+H, F3, Shift+F3: add them to the editor (or its container widget)."""
        return [self.find_action, self.replace_action, self.next_action, self.previous_action]

    def attach(self, edit: QPlainTextEdit, *, shortcuts: bool = True) -> None:
        """Search in ``edit``; its shortcuts (Ctrl+F, Ctrl+H, F3, Shift+F3) are added to it.

        ``shortcuts`` False: the window has its own actions for these keys (two actions on
        one key would cancel each other); they call :meth:`show_find`, :meth:`find_next`…

        Loading another piece with ``setPlainText`` needs nothing more. Before giving the
        editor another document (``setDocument``), call :meth:`detach`, then attach again:
        Qt crashes on highlights left on a deleted document.
        """
        self.detach()
        self.edit = edit
        self._document = edit.document()
        if shortcuts:
            edit.addActions(self.editor_actions())
            self.addActions([self.next_action, self.previous_action])
        else:
            self.removeAction(self.next_action)
            self.removeAction(self.previous_action)
        self._document.contentsChanged.connect(self._document_changed)
        self._stale = True
        if self.isVisible():
            self.refresh()

    def detach(self) -> None:
        """Stop searching in the editor: its highlights and shortcuts are removed."""
        if self.edit is None:
            return
        self._set_highlights([])
        with contextlib.suppress(RuntimeError):
            self._document.contentsChanged.disconnect(self._document_changed)
        for action in self.editor_actions():
            self.edit.removeAction(action)
        self.edit = None
        self._document = None
        self._matches = []
        self._current = -1

    # Showing --------------------------------------------------------------------------

    def show_find(self) -> None:
        self._open(replace=False)

    def show_replace(self) -> None:
        self._open(replace=True)

    def _open(self, replace: bool) -> None:
        if self.edit is not None:
            selected = self.edit.textCursor().selectedText()
            if selected and "\u2029" not in selected and len(selected) < 200:
                self.find_field.setText(selected.replace("\u00a0", " "))
        self._set_replace_visible(replace)
        self.show()
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()
        self.refresh()

    def _set_replace_visible(self, visible: bool) -> None:
        for widget in (self.replace_field, self.replace_button, self.replace_all_button):
            widget.setVisible(visible)
        self._update_buttons()

    def close_bar(self) -> None:
        self._set_highlights([])
        self.hide()
        if self.edit is not None:
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    # Searching ------------------------------------------------------------------------

    def options(self) -> dict[str, bool]:
        return {
            "whole_word": self.whole_word.isChecked(),
            "case_sensitive": self.case_sensitive.isChecked(),
            "accent_sensitive": self.accent_sensitive.isChecked(),
        }

    def matches(self) -> list[tuple[int, int]]:
        """(start, end) Qt positions of every match, refreshed if the text changed."""
        if self._stale:
            self.refresh()
        return list(self._matches)

    def _search_changed(self, *_args) -> None:
        self._stale = True
        self.refresh()
        if self._matches and self.edit is not None:
            # Searching as you type: move to the first match from where the cursor is.
            start = self.edit.textCursor().selectionStart()
            self._go(self._index_from(start, forwards=True))

    def _document_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Recompute matches and highlights from the document's current text."""

        self._stale = False
        needle = self.find_field.text()
        if self.edit is None or not needle:
            self._matches = []
        else:
            text = document_text(self.edit)
            position = PositionMap(text)
            self._matches = [
                (position(s), position(e)) for s, e in find_all(text, needle, **self.options())
            ]
        self._current = self._current_from_selection()
        self._show_state()

    def _current_from_selection(self) -> int:
        if self.edit is None:
            return -1
        cursor = self.edit.textCursor()
        span = (cursor.selectionStart(), cursor.selectionEnd())
        try:
            return self._matches.index(span)
        except ValueError:
            return -1

    def _index_from(self, position: int, forwards: bool) -> int:
        """The match at or after ``position`` (before it, going backwards), wrapping."""
        if not self._matches:
            return -1
        if forwards:
            for i, (start, _end) in enumerate(self._matches):
                if start >= position:
                    return i
            return 0
        for i in range(len(self._matches) - 1, -1, -1):
            if self._matches[i][1] <= position:
                return i
        return len(self._matches) - 1

    def find_next(self) -> bool:
        return self._step(forwards=True)

    def find_previous(self) -> bool:
        return self._step(forwards=False)

    def _step(self, forwards: bool) -> bool:
        if not self.isVisible() and not self.find_field.text():
            self.show_find()
            return False
        if self._stale:
            self.refresh()
        if self.edit is None or not self._matches:
            self._show_state()
            return False
        cursor = self.edit.textCursor()
        if forwards:
            index = self._index_from(cursor.selectionEnd(), True)
            wrapped = self._matches[index][0] < cursor.selectionEnd()
        else:
            index = self._index_from(cursor.selectionStart(), False)
            wrapped = self._matches[index][1] > cursor.selectionStart()
        self._go(index)
        if wrapped:
            self.statusMessage.emit(
                self.tr("Search continued from the start.")
                if forwards
                else self.tr("Search continued from the end.")
            )
        return True

    def _go(self, index: int) -> None:
        if self.edit is None or index < 0:
            return
        start, end = self._matches[index]
        cursor = self.edit.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.edit.setTextCursor(cursor)
        self.edit.ensureCursorVisible()
        self._current = index
        self._show_state()

    # Replacing ------------------------------------------------------------------------

    def replace_current(self) -> bool:
        """Replace the selected match (if the selection is one) and go to the next one."""
        if self.edit is None or self.edit.isReadOnly():
            return False
        if self._stale:
            self.refresh()
        index = self._current_from_selection()
        if index < 0:
            self.find_next()
            return False
        cursor = self.edit.textCursor()
        cursor.beginEditBlock()
        cursor.insertText(self.replace_field.text())
        cursor.endEditBlock()
        self.edit.setTextCursor(cursor)
        self.refresh()
        if self._matches:
            self._go(self._index_from(cursor.position(), True))
        return True

    def replace_all(self) -> int:
        """Replace every match as one undo step; returns how many were replaced."""
        if self.edit is None or self.edit.isReadOnly():
            return 0
        self.refresh()
        matches = list(self._matches)
        if not matches:
            self.statusMessage.emit(self.tr("Nothing to replace."))
            return 0
        replacement = self.replace_field.text()
        cursor = QTextCursor(self.edit.document())
        cursor.beginEditBlock()
        for start, end in reversed(matches):
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(replacement)
        cursor.endEditBlock()
        self.refresh()
        count = len(matches)
        self.statusMessage.emit(
            self.tr("1 replacement.")
            if count == 1
            else self.tr("%1 replacements.").replace("%1", str(count))
        )
        return count

    # Display --------------------------------------------------------------------------

    def _show_state(self) -> None:
        count = len(self._matches)
        if not self.find_field.text():
            self.count_label.clear()
            self.find_field.setStyleSheet("")
        elif count == 0:
            self.count_label.setText(self.tr("No match"))
            self.find_field.setStyleSheet(NOT_FOUND_STYLE)
        else:
            self.find_field.setStyleSheet("")
            if self._current >= 0:
                self.count_label.setText(
                    self.tr("%1 of %2")
                    .replace("%1", str(self._current + 1))
                    .replace("%2", str(count))
                )
            else:
                self.count_label.setText(
                    self.tr("1 match")
                    if count == 1
                    else self.tr("%1 matches").replace("%1", str(count))
                )
        self._set_highlights(self._matches if self.isVisible() else [])
        self._update_buttons()
        self.matchesChanged.emit(count, self._current)

    def _update_buttons(self, *_args) -> None:
        found = bool(self._matches)
        writable = self.edit is not None and not self.edit.isReadOnly()
        self.replace_button.setEnabled(found and writable)
        self.replace_all_button.setEnabled(found and writable)
        self.next_action.setEnabled(True)
        self.previous_action.setEnabled(True)

    def extra_selections(self) -> list[QTextEdit.ExtraSelection]:
        """The find bar's highlights (for an editor that sets its extra selections itself)."""
        if self.edit is None or not self.isVisible():
            return []
        selections = []
        document = self.edit.document()
        for i, (start, end) in enumerate(self._matches[:MAX_HIGHLIGHTS]):
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(CURRENT_COLOR if i == self._current else MATCH_COLOR)
            fmt.setProperty(FIND_MARK, True)
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        return selections

    def _set_highlights(self, matches: list[tuple[int, int]]) -> None:
        if self.edit is None:
            return
        others = [s for s in self.edit.extraSelections() if not s.format.property(FIND_MARK)]
        mine = self.extra_selections() if matches else []
        self.edit.setExtraSelections(others + mine)
