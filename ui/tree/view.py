"""The article tree dock: a filter bar over a tree view of :class:`ArticleTreeModel`."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from db.vocabulary import PIECE_KINDS, PIECE_STATUSES
from ui.icons import icon
from ui.labels import kind_label, status_color, status_label
from ui.tree.model import (
    PIECE,
    ArticleTreeModel,
    CommentCountRole,
    CountRole,
    KeyRole,
    RecordRole,
)
from ui.typography_edit import TypographyLineEdit
from workbench.pieces import PieceFilter
from workbench.records import PublicationInfo

COMMENT_ICON_SIZE = 14


class PieceDelegate(QStyledItemDelegate):
    """Draws a piece as: icon, title, its open comments (a bubble and their number),
    author in grey, and a status badge on the right; containers get their piece count on
    the right."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        key = index.data(KeyRole)
        record = index.data(RecordRole)
        is_piece = key is not None and key[0] == PIECE
        count = index.data(CountRole)
        if is_piece:
            right_text = status_label(record.status)
        else:
            right_text = str(count) if key and key[0] != "publication" else ""
        fm = option.fontMetrics
        badge_width = fm.horizontalAdvance(right_text) + 12 if right_text else 0
        author = record.authors if is_piece else ""
        author_width = (
            min(fm.horizontalAdvance(author) + 10, option.rect.width() // 3) if author else 0
        )
        comments = index.data(CommentCountRole) if is_piece else 0
        comment_text = str(comments) if comments else ""
        comment_width = (
            COMMENT_ICON_SIZE + 2 + fm.horizontalAdvance(comment_text) + 6 if comments else 0
        )
        # Qt's own painting (background, selection, icon, elided title) in the left part;
        # the author and the badge in the part kept on the right. No QStyle from Python:
        # its first use costs milliseconds of start-up.
        left = QStyleOptionViewItem(option)
        left.rect = QRect(option.rect)
        left.rect.setRight(option.rect.right() - comment_width - author_width - badge_width - 4)
        super().paint(painter, left, index)
        rest = QRect(option.rect)
        rest.setLeft(left.rect.right() + 1)
        selected = self._selected(index)
        painter.save()
        if selected:
            painter.fillRect(rest, option.palette.highlight())
        if comment_width:
            self._paint_comments(painter, option, rest, comment_text, selected)
        if author_width:
            author_rect = QRect(
                rest.left() + comment_width + 6, rest.top(), author_width - 6, rest.height()
            )
            role = (
                QPalette.ColorRole.HighlightedText
                if selected
                else QPalette.ColorRole.PlaceholderText
            )
            painter.setPen(option.palette.color(role))
            painter.drawText(
                author_rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                fm.elidedText(author, Qt.TextElideMode.ElideRight, author_rect.width()),
            )
        if right_text:
            badge_rect = QRect(
                option.rect.right() - badge_width - 2,
                option.rect.top() + 2,
                badge_width,
                option.rect.height() - 4,
            )
            if is_piece:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(status_color(record.status))
                painter.drawRoundedRect(badge_rect, 6, 6)
                painter.setPen(Qt.GlobalColor.black)
            else:
                role = (
                    QPalette.ColorRole.HighlightedText
                    if selected
                    else QPalette.ColorRole.PlaceholderText
                )
                painter.setPen(option.palette.color(role))
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, right_text)
        painter.restore()

    @staticmethod
    def _paint_comments(
        painter: QPainter, option: QStyleOptionViewItem, rest: QRect, text: str, selected: bool
    ) -> None:
        """The open comment threads: a bubble and their number, just after the title."""
        top = rest.top() + (rest.height() - COMMENT_ICON_SIZE) // 2
        bubble = QRect(rest.left() + 4, top, COMMENT_ICON_SIZE, COMMENT_ICON_SIZE)
        icon("comments").paint(painter, bubble)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        number = QRect(bubble.right() + 2, rest.top(), rest.width(), rest.height())
        painter.drawText(number, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        """Renaming types French typography, with the setting of the item's publication."""
        editor = TypographyLineEdit(parent)
        editor.setFrame(False)
        ancestor = index
        while ancestor.isValid():
            record = ancestor.data(RecordRole)
            if isinstance(record, PublicationInfo):
                editor.narrow = record.narrow_nbsp
                break
            ancestor = ancestor.parent()
        return editor

    def _selected(self, index: QModelIndex) -> bool:
        view = self.parent()
        selection = view.selectionModel() if view is not None else None
        return bool(selection is not None and selection.isSelected(index))

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 80, max(size.height(), 24))


class ArticleTreeView(QTreeView):
    """The tree: multi-selection, drag and drop of pieces, rename with F2."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setItemDelegate(PieceDelegate(self))
        self.setAnimated(False)


class TreeFilterBar(QWidget):
    """Text, status, kind and author filters, and « Mes papiers » on a team store; emits
    the resulting :class:`PieceFilter`."""

    filterChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Filter by title or author…"))
        self.text.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("All statuses"), "")
        for code in PIECE_STATUSES:
            self.status.addItem(status_label(code), code)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("All kinds"), "")
        for code in PIECE_KINDS:
            self.kind.addItem(icon(code), kind_label(code), code)
        self.author = QComboBox(self)
        self.author.setEditable(True)
        self.author.lineEdit().setPlaceholderText(self.tr("Any author"))
        for combo in (self.status, self.kind, self.author):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.mine = QCheckBox(self.tr("&My pieces"), self)
        self.mine.setToolTip(self.tr("Only the pieces assigned to you"))
        self.mine.hide()  # a team store's (set_mine_available)
        self._login = ""  # whose pieces « Mes papiers » keeps (set_login)
        self.clear_button = QToolButton(self)
        self.clear_button.setIcon(icon("filter-clear"))
        self.clear_button.setToolTip(self.tr("Clear the filters"))
        self.clear_button.setAutoRaise(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.clear_button)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.kind, 1)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.author, 1)
        row.addWidget(self.mine)
        layout.addLayout(row)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self._emit)
        self.text.textChanged.connect(self._debounce.start)
        self.author.editTextChanged.connect(self._debounce.start)
        self.status.currentIndexChanged.connect(self._emit)
        self.kind.currentIndexChanged.connect(self._emit)
        self.mine.toggled.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)

    def set_login(self, login: str) -> None:
        """The store's person: « Mes papiers » keeps the pieces assigned to them."""
        self._login = login
        if not login:
            self.set_mine_available(False)

    def set_mine_available(self, available: bool) -> None:
        """Offer « Mes papiers » (a team store: each person has pieces of their own)."""
        available = available and bool(self._login)
        self.mine.setVisible(available)
        if not available and self.mine.isChecked():
            self.mine.setChecked(False)

    def set_authors(self, names: list[str]) -> None:
        current = self.author.currentText()
        self.author.blockSignals(True)
        self.author.clear()
        self.author.addItem("")
        self.author.addItems(names)
        self.author.setEditText(current)
        self.author.blockSignals(False)

    def current_filter(self) -> PieceFilter:
        return PieceFilter(
            text=self.text.text().strip(),
            status=self.status.currentData() or "",
            kind=self.kind.currentData() or "",
            author=self.author.currentText().strip(),
            assigned_to=self._login if self.mine.isChecked() else "",
        )

    def clear(self) -> None:
        widgets = (self.text, self.author, self.status, self.kind, self.mine)
        for widget in widgets:
            widget.blockSignals(True)
        self.text.clear()
        self.author.setEditText("")
        self.status.setCurrentIndex(0)
        self.kind.setCurrentIndex(0)
        self.mine.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self._debounce.stop()
        self.filterChanged.emit(self.current_filter())


class ArticleTreePanel(QWidget):
    """What the dock holds: the filter bar and the tree."""

    def __init__(self, model: ArticleTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter_bar = TreeFilterBar(self)
        self.filter_bar.set_login(model.store.user)
        self.view = ArticleTreeView(self)
        self.view.setModel(model)
        self.no_match = QLabel(self.tr("No piece matches the filter."), self)
        self.no_match.setStyleSheet("color: #757575; padding: 6px;")
        self.no_match.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.no_match)
        layout.addWidget(self.view, 1)
        self.filter_bar.filterChanged.connect(self._apply_filter)

    def _matches(self) -> bool:
        """Whether any node under the publications holds a piece that passes the filter."""
        for row in range(self.model.rowCount()):
            publication = self.model.index(row, 0)
            for child_row in range(self.model.rowCount(publication)):
                if self.model.data(self.model.index(child_row, 0, publication), CountRole):
                    return True
        return False

    def _apply_filter(self, piece_filter: PieceFilter) -> None:
        self.model.set_filter(piece_filter)
        self.no_match.setVisible(not piece_filter.is_empty() and not self._matches())
        if not piece_filter.is_empty():
            # Show what matched: expand numéros that hold matching pieces.
            for row in range(self.model.rowCount()):
                publication = self.model.index(row, 0)
                self.view.expand(publication)
                for child_row in range(self.model.rowCount(publication)):
                    child = self.model.index(child_row, 0, publication)
                    if self.model.data(child, CountRole):
                        self.view.expand(child)
