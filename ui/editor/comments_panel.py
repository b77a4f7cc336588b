"""The « Commentaires » tab of a piece: editorial comments beside the text.

Threads are listed in the order they were opened, their replies under them (a tree
model), each with its author, local time, words and the passage it is about (« passage
supprimé » with the old words when they were deleted). Resolved threads hide behind
« Afficher les résolus ». Anyone who may read the piece comments, replies and marks a
thread resolved; one changes and deletes one's own words (the editor-in-chief deletes
anyone's) — :mod:`workbench.comments` and :mod:`workbench.rights` decide, this only shows.

A comment on a passage takes the text's selection. What is typed and not saved yet is
saved first, so the passage's offsets are those of the stored body the service checks.
The passages are highlighted in the text (:class:`~ui.editor.comment_marks.CommentMarks`);
clicking a thread selects its words.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.editor.comment_marks import CommentMarks
from ui.editor.history_panel import format_when
from ui.editor.message_bar import ErrorLine
from ui.editor.textops import python_index
from ui.icons import icon
from workbench import comments, editing, people
from workbench.comments import Anchor, CommentInfo, follow_anchor
from workbench.rights import Right, may, refusal
from workbench.store import StoreError

if TYPE_CHECKING:
    from ui.editor.piece_editor import PieceEditor

Index = QModelIndex | QPersistentModelIndex

CommentRole = Qt.ItemDataRole.UserRole + 1  # the CommentInfo
HtmlRole = Qt.ItemDataRole.UserRole + 2  # what the delegate draws
LostRole = Qt.ItemDataRole.UserRole + 3  # True: the passage's words were deleted

QUOTE_SHOWN = 140  # characters of a passage shown in the list
RESOLVED_COLOR = "#9e9e9e"


def _one_line(text: str, limit: int = QUOTE_SHOWN) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class CommentTreeModel(QAbstractItemModel):
    """Threads as top-level rows, their replies as children. ``live`` holds the anchors
    as the editor's text has them now (they move with typing before the next save)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.show_resolved = False
        self._all: list[CommentInfo] = []
        self._threads: list[CommentInfo] = []
        self._replies: dict[int, list[CommentInfo]] = {}
        self.live: dict[int, Anchor] = {}
        self.names: dict[str, str] = {}

    # Filling ---------------------------------------------------------------------------

    def set_comments(self, found: list[CommentInfo], names: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self._all = list(found)
        if names is not None:
            self.names = names
        self._arrange()
        self.endResetModel()

    def set_show_resolved(self, shown: bool) -> None:
        if shown != self.show_resolved:
            self.beginResetModel()
            self.show_resolved = shown
            self._arrange()
            self.endResetModel()

    def _arrange(self) -> None:
        self._replies = {}
        for comment in self._all:
            if comment.parent_id is not None:
                self._replies.setdefault(comment.parent_id, []).append(comment)
        self._threads = [
            c for c in self._all if c.parent_id is None and (self.show_resolved or not c.resolved)
        ]

    def set_live_anchors(self, anchors: dict[int, Anchor]) -> None:
        """The passages moved in the editor's text: redraw the threads whose words changed."""
        before, self.live = self.live, dict(anchors)
        for row, thread in enumerate(self._threads):
            if before.get(thread.id) != self.live.get(thread.id):
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    # Reading ----------------------------------------------------------------------------

    def comments(self) -> list[CommentInfo]:
        """Every comment of the piece (resolved and hidden ones too)."""
        return list(self._all)

    def open_count(self) -> int:
        return sum(1 for c in self._all if c.parent_id is None and not c.resolved)

    def resolved_count(self) -> int:
        return sum(1 for c in self._all if c.parent_id is None and c.resolved)

    def comment(self, index: Index) -> CommentInfo | None:
        if not index.isValid():
            return None
        parent = index.internalId()
        if parent == 0:
            return self._threads[index.row()] if index.row() < len(self._threads) else None
        thread = self._threads[parent - 1]
        replies = self._replies.get(thread.id, [])
        return replies[index.row()] if index.row() < len(replies) else None

    def replies_of(self, thread_id: int) -> list[CommentInfo]:
        return list(self._replies.get(thread_id, []))

    def thread_of(self, comment: CommentInfo) -> CommentInfo | None:
        thread_id = comment.parent_id or comment.id
        return next((c for c in self._all if c.id == thread_id), None)

    def index_of(self, comment_id: int) -> QModelIndex:
        for row, thread in enumerate(self._threads):
            if thread.id == comment_id:
                return self.index(row, 0)
            for reply_row, reply in enumerate(self._replies.get(thread.id, [])):
                if reply.id == comment_id:
                    return self.index(reply_row, 0, self.index(row, 0))
        return QModelIndex()

    def anchor(self, comment: CommentInfo) -> Anchor | None:
        """The passage as the editor's text has it now (the stored one otherwise)."""
        return self.live.get(comment.id, comment.anchor)

    # QAbstractItemModel ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._threads) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()  # replies have no children
        thread = self._threads[parent.row()]
        if row >= len(self._replies.get(thread.id, [])):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._threads)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self._replies.get(self._threads[parent.row()].id, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        comment = self.comment(index)
        if comment is None:
            return None
        if role == CommentRole:
            return comment
        if role == Qt.ItemDataRole.DisplayRole:
            return self.plain(comment)
        if role == HtmlRole:
            return self.html(comment)
        if role == LostRole:
            anchor = self.anchor(comment)
            return anchor is not None and anchor.lost
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Written by %1 (%2)")
                .replace("%1", comment.author_name)
                .replace("%2", comment.author)
            )
        return None

    # What a comment shows ------------------------------------------------------------------

    def _when(self, comment: CommentInfo) -> str:
        when = format_when(comment.created_at)
        if (comment.updated_at - comment.created_at).total_seconds() > 1:
            when += " " + self.tr("(edited)")
        return when

    def _resolved_line(self, comment: CommentInfo) -> str:
        who = self.names.get(comment.resolved_by, comment.resolved_by)
        return self.tr("Resolved by %1").replace("%1", who) if who else self.tr("Resolved")

    def plain(self, comment: CommentInfo) -> str:
        """The comment as lines of text: who and when, the passage, the words."""
        lines = [f"{comment.author_name} · {self._when(comment)}"]
        anchor = self.anchor(comment)
        if anchor is not None and not comment.is_reply:
            if anchor.lost:
                lines.append(
                    self.tr("Deleted passage: « %1 »").replace("%1", _one_line(anchor.text))
                )
            else:
                lines.append(f"« {_one_line(anchor.text)} »")
        lines.append(comment.body)
        if comment.resolved and not comment.is_reply:
            lines.append(self._resolved_line(comment))
        return "\n".join(lines)

    def html(self, comment: CommentInfo) -> str:
        thread = self.thread_of(comment) or comment
        greyed = thread.resolved
        text_color = RESOLVED_COLOR if greyed else "#212121"
        parts = [
            f"<div style='color:{text_color}'>"
            f"<b>{escape(comment.author_name)}</b>"
            f"<span style='color:#757575'> · {escape(self._when(comment))}</span>"
        ]
        if comment.resolved and not comment.is_reply:
            parts.append(
                f"<span style='color:#2e7d32'> · ✓ {escape(self._resolved_line(comment))}</span>"
            )
        parts.append("</div>")
        anchor = self.anchor(comment)
        if anchor is not None and not comment.is_reply:
            if anchor.lost:
                words = f"<s>{escape(_one_line(anchor.text))}</s>"
                line = escape(self.tr("Deleted passage: « %1 »")).replace("%1", words)
                parts.append(
                    f"<div style='color:{RESOLVED_COLOR if greyed else '#c62828'}'>{line}</div>"
                )
            else:
                quote_color = RESOLVED_COLOR if greyed else "#6d4c41"
                parts.append(
                    f"<div style='color:{quote_color}; font-style:italic; "
                    f"background-color:{'#fafafa' if greyed else '#fff8e1'}'>"
                    f"« {escape(_one_line(anchor.text))} »</div>"
                )
        body = escape(comment.body).replace("\n", "<br>")
        parts.append(f"<div style='color:{text_color}'>{body}</div>")
        return "".join(parts)


class CommentDelegate(QStyledItemDelegate):
    """Draws a comment as a small card: rich text, wrapped to the list's width."""

    PADDING = 6

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def _document(self, option, index: Index, width: float) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HtmlRole) or "")
        document.setTextWidth(max(60.0, width))
        return document

    def _text_width(self, index: Index) -> float:
        depth = 1 if index.parent().isValid() else 0
        return self.view.viewport().width() - self.view.indentation() * depth - 2 * self.PADDING - 4

    def sizeHint(self, option, index: Index) -> QSize:
        document = self._document(option, index, self._text_width(index))
        return QSize(int(document.textWidth()), int(document.size().height()) + 2 * self.PADDING)

    def paint(self, painter, option, index: Index) -> None:
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, QColor("#e3f2fd"))
            painter.fillRect(rect.x(), rect.y(), 3, rect.height(), QColor("#1976d2"))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, QColor("#f5f5f5"))
        painter.setPen(QColor("#e0e0e0"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        width = rect.width() - 2 * self.PADDING - 4
        document = self._document(option, index, width)
        painter.translate(rect.x() + self.PADDING + 4, rect.y() + self.PADDING)
        document.drawContents(painter, QRectF(0, 0, width, rect.height()))
        painter.restore()


class CommentView(QTreeView):
    """The threads; Delete deletes the selected comment (after a confirmation)."""

    deleteRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(False)
        self.setIndentation(18)
        self.setMouseTracking(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setItemDelegate(CommentDelegate(self))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # rows wrap to the new width

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Delete:
            event.accept()  # the comment's, not the window's « Move to trash »
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.deleteRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class CommentComposer(QFrame):
    """Where a comment, a reply or a change of words is typed: Ctrl+Entrée sends,
    Échap cancels."""

    sendRequested = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CommentComposer")
        self.setStyleSheet(
            "#CommentComposer { background: #fffde7; border: 1px solid #ffe082; "
            "border-radius: 3px; }"
        )
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(90)
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setToolTip(self.tr("Send the comment (Ctrl+Enter)"))
        self.send_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.edit)
        layout.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            send = QShortcut(QKeySequence(keys), self.edit)
            send.setContext(Qt.ShortcutContext.WidgetShortcut)
            send.activated.connect(self.sendRequested)
        cancel = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.edit)
        cancel.setContext(Qt.ShortcutContext.WidgetShortcut)
        cancel.activated.connect(self.cancel)
        self.send_button.clicked.connect(self.sendRequested)
        self.cancel_button.clicked.connect(self.cancel)
        self.edit.textChanged.connect(self._update)
        self.hide()

    def start(self, title: str, text: str = "") -> None:
        self.title.setText(title)
        self.edit.setPlainText(text)
        self.edit.moveCursor(QTextCursor.MoveOperation.End)
        self._update()
        self.show()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        return self.edit.toPlainText()

    def cancel(self) -> None:
        self.hide()
        self.edit.clear()
        self.cancelled.emit()

    def _update(self) -> None:
        self.send_button.setEnabled(bool(self.edit.toPlainText().strip()))


class CommentsPanel(QWidget):
    """The comments of the editor's piece, and what one can do with them.

    ``changed`` is emitted after a comment was written here (the window re-reads: the
    tree's count); ``countChanged(open threads)`` for the tab's title."""

    changed = Signal()
    countChanged = Signal(int)

    PIECE, PASSAGE, REPLY, EDIT = "piece", "passage", "reply", "edit"

    def __init__(self, editor: PieceEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.store = editor.store
        self.model = CommentTreeModel(self)
        self.marks = CommentMarks(editor.text_edit)
        self._mode: str | None = None
        self._target: CommentInfo | None = None  # the thread replied to, the comment edited
        self._passage: QTextCursor | None = None  # the words commented on, kept by Qt
        self._resetting = False
        self.comment_refusal: str | None = None

        self.act_comment = QAction(icon("comments"), self.tr("Comment"), self)
        self.act_comment.setToolTip(self.tr("Comment on the whole piece"))
        self.act_comment_passage = QAction(
            icon("comment-passage"), self.tr("Comment on the passage"), self
        )
        self.act_comment_passage.setToolTip(self.tr("Comment on the words selected in the text"))
        self.act_reply = QAction(icon("comment-reply"), self.tr("Reply"), self)
        self.act_resolve = QAction(icon("comment-resolve"), self.tr("Resolved"), self)
        self.act_edit = QAction(icon("rename"), self.tr("Edit"), self)
        self.act_delete = QAction(icon("delete"), self.tr("Delete…"), self)
        self.act_comment.triggered.connect(self.start_comment)
        self.act_comment_passage.triggered.connect(self.start_passage_comment)
        self.act_reply.triggered.connect(self.start_reply)
        self.act_resolve.triggered.connect(self.toggle_resolved)
        self.act_edit.triggered.connect(self.start_edit)
        self.act_delete.triggered.connect(self.delete_selected)
        self.thread_actions = [self.act_reply, self.act_resolve, self.act_edit, self.act_delete]

        self.show_resolved = QCheckBox(self.tr("Show resolved"), self)
        self.show_resolved.toggled.connect(self._toggle_resolved_shown)
        self.view = CommentView(self)
        self.view.setModel(self.model)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #757575; padding: 16px;")
        self.empty.setText(
            self.tr(
                "No comments yet. Select words in the text and choose « Comment on the "
                "passage » (Ctrl+Alt+M), or comment on the whole piece."
            )
        )
        self.error_line = ErrorLine(self)
        self.composer = CommentComposer(self)

        top = QHBoxLayout()
        top.setSpacing(4)
        for action in (self.act_comment, self.act_comment_passage):
            top.addWidget(self._button(action))
        top.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(2)
        for action in self.thread_actions:
            row.addWidget(self._button(action, flat=True))
        row.addStretch(1)
        row.addWidget(self.show_resolved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.error_line)
        layout.addWidget(self.composer)

        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.clicked.connect(self._clicked)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.deleteRequested.connect(self.delete_selected)
        self.composer.sendRequested.connect(self.send)
        self.composer.cancelled.connect(self._composer_closed)
        self.marks.moved.connect(lambda: self.model.set_live_anchors(self.marks.anchors))
        editor.text_edit.selectionChanged.connect(self._update_actions)
        self._update_actions()
        self._show_empty()

    def _button(self, action: QAction, flat: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(flat)
        return button

    # Reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the piece's comments again (after a save: the anchors the store moved)."""
        piece_id = self.editor.piece_id
        selected = self.selected()
        try:
            found = comments.list_comments(self.store, piece_id) if piece_id else []
            names = people.display_names(self.store)
        except StoreError as exc:  # the server is away: what is shown stays
            self.error_line.show_error(str(exc))
            return
        self.comment_refusal = refusal(self.store.role, Right.COMMENT)
        if found == self.model.comments() and names == self.model.names:
            self._set_marks()
            self._update_actions()
            return
        self._resetting = True
        try:
            self.model.set_comments(found, names)
            self._set_marks()
            self.view.expandAll()
            if selected is not None:
                index = self.model.index_of(selected.id)
                if index.isValid():
                    self.view.setCurrentIndex(index)
        finally:
            self._resetting = False
        self._show_empty()
        self._update_actions()
        self.countChanged.emit(self.model.open_count())

    def _set_marks(self) -> None:
        """Highlight the passages of the threads still open, moved onto the editor's text
        when it holds typing the store has not seen yet."""
        base = self.editor.base
        stored = base.body if base is not None else self.editor.text_edit.plain_text()
        anchors = {
            c.id: c.anchor
            for c in self.model.comments()
            if c.parent_id is None and c.anchor is not None and not c.resolved
        }
        self.marks.set_anchors(anchors, stored)
        self.model.set_live_anchors(self.marks.anchors)

    def _show_empty(self) -> None:
        empty = self.model.rowCount() == 0
        self.view.setVisible(not empty)
        self.empty.setVisible(empty)
        resolved = self.model.resolved_count()
        if empty and resolved and not self.model.show_resolved:
            self.empty.setText(
                self.tr("Every thread is resolved (%1): « Show resolved » lists them.").replace(
                    "%1", str(resolved)
                )
            )
        elif empty:
            self.empty.setText(
                self.tr(
                    "No comments yet. Select words in the text and choose « Comment on the "
                    "passage » (Ctrl+Alt+M), or comment on the whole piece."
                )
            )

    def selected(self) -> CommentInfo | None:
        return self.model.comment(self.view.currentIndex())

    def select_comment(self, comment_id: int) -> bool:
        """Select a comment in the list (and its passage in the text)."""
        index = self.model.index_of(comment_id)
        if not index.isValid():
            thread = next((c for c in self.model.comments() if c.id == comment_id), None)
            if thread is None or not thread.resolved:
                return False
            self.show_resolved.setChecked(True)
            index = self.model.index_of(comment_id)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.show_passage(self.model.comment(index))
        return True

    def _toggle_resolved_shown(self, shown: bool) -> None:
        selected = self.selected()
        self._resetting = True
        try:
            self.model.set_show_resolved(shown)
            self.view.expandAll()
            if selected is not None and (index := self.model.index_of(selected.id)).isValid():
                self.view.setCurrentIndex(index)
        finally:
            self._resetting = False
        self._show_empty()
        self._update_actions()

    # The passage in the text ---------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        comment = self.model.comment(current)
        thread = self.model.thread_of(comment) if comment is not None else None
        self.marks.set_current(thread.id if thread is not None else None)
        self._update_actions()
        if not self._resetting and comment is not None:
            self.show_passage(comment)

    def _clicked(self, index: QModelIndex) -> None:
        self.show_passage(self.model.comment(index))

    def show_passage(self, comment: CommentInfo | None) -> bool:
        """Select the thread's words in the text; False when it has none (any more)."""
        if comment is None:
            return False
        thread = self.model.thread_of(comment) or comment
        found = self.marks.qt_range(thread.id)
        if found is None:
            return False
        self.editor.text_edit.select_range(*found)
        return True

    # Actions -------------------------------------------------------------------------------

    def _update_actions(self) -> None:
        piece = self.editor.piece_id is not None
        refused = self.comment_refusal
        has_selection = self.editor.text_edit.textCursor().hasSelection()
        self.act_comment.setEnabled(piece and refused is None)
        self.act_comment_passage.setEnabled(piece and refused is None and has_selection)
        self.act_comment.setToolTip(refused or self.tr("Comment on the whole piece"))
        self.act_comment_passage.setToolTip(
            refused
            or (
                self.tr("Comment on the words selected in the text (Ctrl+Alt+M)")
                if has_selection
                else self.tr("Select words in the text to comment on them")
            )
        )
        comment = self.selected()
        thread = self.model.thread_of(comment) if comment is not None else None
        for action in self.thread_actions:
            action.setEnabled(comment is not None)
        if comment is None or thread is None:
            self.act_resolve.setText(self.tr("Resolved"))
            for action in self.thread_actions:
                action.setToolTip(self.tr("Select a comment in the list"))
            return
        self.act_reply.setEnabled(refused is None)
        self.act_reply.setToolTip(refused or self.tr("Reply to this thread"))
        self.act_resolve.setText(self.tr("Reopen") if thread.resolved else self.tr("Resolved"))
        self.act_resolve.setIcon(icon("comment-reopen" if thread.resolved else "comment-resolve"))
        self.act_resolve.setEnabled(refused is None)
        self.act_resolve.setToolTip(
            refused
            or (
                self.tr("Open this thread again")
                if thread.resolved
                else self.tr("Mark this thread as resolved")
            )
        )
        edit_refused = self.edit_refusal(comment)
        self.act_edit.setEnabled(edit_refused is None)
        self.act_edit.setToolTip(edit_refused or self.tr("Change the words of your comment"))
        delete_refused = self.delete_refusal(comment)
        self.act_delete.setEnabled(delete_refused is None)
        self.act_delete.setToolTip(
            delete_refused
            or (
                self.tr("Delete this thread and its replies")
                if not comment.is_reply
                else self.tr("Delete this reply")
            )
        )

    def _own(self, comment: CommentInfo) -> bool:
        return comment.author == self.store.user or not self.store.is_shared

    def edit_refusal(self, comment: CommentInfo) -> str | None:
        if self.comment_refusal is not None:
            return self.comment_refusal
        if not self._own(comment):
            return self.tr("Only its author can change a comment.")
        return None

    def delete_refusal(self, comment: CommentInfo) -> str | None:
        if self._own(comment) or may(self.store.role, Right.MANAGE_TEAM):
            return None
        return self.tr("Only its author and the editor-in-chief can delete a comment.")

    def _context_menu(self, position) -> None:
        index = self.view.indexAt(position)
        if index.isValid():
            self.view.setCurrentIndex(index)
        menu = QMenu(self)
        if index.isValid():
            menu.addActions(self.thread_actions)
            menu.addSeparator()
        menu.addActions([self.act_comment, self.act_comment_passage])
        menu.exec(self.view.viewport().mapToGlobal(position))
        menu.deleteLater()

    # Writing -------------------------------------------------------------------------------

    def start_comment(self) -> None:
        """« Commenter »: a comment on the whole piece."""
        if self.editor.piece_id is None or self.comment_refusal is not None:
            return
        self._begin(self.PIECE, None, self.tr("New comment on the piece"))

    def start_passage_comment(self) -> bool:
        """« Commenter le passage »: a comment on the words selected in the text."""
        if self.editor.piece_id is None or self.comment_refusal is not None:
            return False
        selection = self.editor.text_edit.textCursor()
        if not selection.hasSelection():
            self.error_line.show_error(self.tr("Select the words to comment on in the text."))
            return False
        self._passage = QTextCursor(selection)  # Qt keeps it on its words while typing
        words = selection.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
        self._begin(
            self.PASSAGE,
            None,
            self.tr("New comment on « %1 »").replace("%1", escape(_one_line(words, 80))),
        )
        return True

    def start_reply(self) -> None:
        comment = self.selected()
        thread = self.model.thread_of(comment) if comment is not None else None
        if thread is None or self.comment_refusal is not None:
            return
        self._begin(
            self.REPLY, thread, self.tr("Reply to %1").replace("%1", escape(thread.author_name))
        )

    def start_edit(self) -> None:
        comment = self.selected()
        if comment is None or self.edit_refusal(comment) is not None:
            return
        self._begin(self.EDIT, comment, self.tr("Edit your comment"), comment.body)

    def _begin(self, mode: str, target: CommentInfo | None, title: str, text: str = "") -> None:
        self._mode, self._target = mode, target
        if mode != self.PASSAGE:
            self._passage = None
        self.error_line.hide()
        self.editor.show_side_panel(self)
        self.composer.start(f"<b>{title}</b>", text)

    def _composer_closed(self) -> None:
        self._mode = self._target = self._passage = None

    def send(self) -> CommentInfo | None:
        """Write what the composer holds; None (and the reason shown) when refused."""
        body = self.composer.text()
        piece_id = self.editor.piece_id
        if not body.strip() or piece_id is None or self._mode is None:
            return None
        try:
            if self._mode == self.EDIT and self._target is not None:
                written = comments.edit_comment(self.store, self._target.id, body)
            elif self._mode == self.REPLY and self._target is not None:
                written = comments.add_comment(
                    self.store, piece_id, body, parent_id=self._target.id
                )
            elif self._mode == self.PASSAGE:
                anchor = self._stored_passage(piece_id)
                if anchor is None:
                    return None
                written = comments.add_comment(
                    self.store, piece_id, body, start=anchor.start, end=anchor.end
                )
            else:
                written = comments.add_comment(self.store, piece_id, body)
        except StoreError as exc:
            self.error_line.show_error(str(exc))
            return None
        self.composer.hide()
        self.composer.edit.clear()
        self._composer_closed()
        self.error_line.hide()
        self._written(written.id)
        return written

    def _stored_passage(self, piece_id: int) -> Anchor | None:
        """The selected words as offsets in the stored body: what is typed is saved first;
        a body saved meanwhile by someone else moves them (or says they went)."""
        cursor = self._passage
        if cursor is None or not cursor.hasSelection():
            self.error_line.show_error(
                self.tr("The words to comment on are no longer in the text.")
            )
            return None
        edit = self.editor.text_edit
        text = edit.plain_text()
        start = python_index(text, cursor.selectionStart())
        end = python_index(text, cursor.selectionEnd())
        anchor = Anchor(start, end, text[start:end])
        if self.editor.is_dirty and not self.editor.save():
            self.error_line.show_error(
                self.tr("The text could not be saved: comment on it once it is.")
            )
            return None
        saved = edit.plain_text()
        if saved != text:  # the save merged someone else's words into the editor
            anchor = follow_anchor(text, saved, anchor)
        stored = editing.stored_text(self.store, piece_id).body
        if stored != saved:  # a read-only editor a little behind the store
            anchor = follow_anchor(saved, stored, anchor)
        if anchor.lost or anchor.start >= anchor.end:
            self.error_line.show_error(
                self.tr("The words to comment on are no longer in the text.")
            )
            return None
        return anchor

    def toggle_resolved(self) -> bool:
        comment = self.selected()
        thread = self.model.thread_of(comment) if comment is not None else None
        if thread is None:
            return False
        try:
            comments.resolve(self.store, thread.id, not thread.resolved)
        except StoreError as exc:
            self.error_line.show_error(str(exc))
            return False
        self._written(thread.id)
        return True

    def delete_selected(self) -> bool:
        """Delete the selected comment (a thread with its replies), after a confirmation."""
        comment = self.selected()
        if comment is None or self.delete_refusal(comment) is not None:
            return False
        replies = 0 if comment.is_reply else len(self.model.replies_of(comment.id))
        if replies > 1:
            question = self.tr("Delete this comment and its %1 replies?").replace(
                "%1", str(replies)
            )
        elif replies:
            question = self.tr("Delete this comment and its reply?")
        else:
            question = self.tr("Delete this comment?")
        answer = QMessageBox.question(
            self,
            self.tr("Delete a comment"),
            question + "\n\n« " + _one_line(comment.body, 200) + " »",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            comments.delete_comment(self.store, comment.id)
        except StoreError as exc:
            self.error_line.show_error(str(exc))
            return False
        self._written(None)
        return True

    def _written(self, select: int | None) -> None:
        self.reload()
        if select is not None:
            index = self.model.index_of(select)
            if index.isValid():
                self._resetting = True
                try:
                    self.view.setCurrentIndex(index)
                    self.view.scrollTo(index)
                finally:
                    self._resetting = False
        self.changed.emit()
