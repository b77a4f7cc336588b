"""The article tree dock: a filter bar over a tree view of :class:`ArticleTreeModel`."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QStyle,
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
from ui.tree_model import PIECE, ArticleTreeModel, CountRole, KeyRole, RecordRole
from workbench.pieces import PieceFilter


class PieceDelegate(QStyledItemDelegate):
    """Draws a piece as: icon, title, author in grey, and a status badge on the right;
    containers get their piece count on the right."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        key = index.data(KeyRole)
        record = index.data(RecordRole)
        is_piece = key is not None and key[0] == PIECE
        badge = status_label(record.status) if is_piece else ""
        count = index.data(CountRole)
        right_text = badge if is_piece else (str(count) if key and key[0] != "publication" else "")
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        fm = QFontMetrics(opt.font)
        badge_width = fm.horizontalAdvance(right_text) + 12 if right_text else 0
        author = record.authors if is_piece else ""
        text_rect = opt.rect.adjusted(0, 0, -badge_width - 4, 0)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
            text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
            text_rect.setRight(opt.rect.right() - badge_width - 4)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        if is_piece and record.deleted:
            painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
        title_width = min(fm.horizontalAdvance(title), text_rect.width())
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            fm.elidedText(title, Qt.TextElideMode.ElideRight, text_rect.width()),
        )
        if author and title_width + 20 < text_rect.width():
            author_rect = QRect(text_rect)
            author_rect.setLeft(text_rect.left() + title_width + 8)
            painter.setPen(
                opt.palette.color(role)
                if selected
                else opt.palette.color(QPalette.ColorRole.PlaceholderText)
            )
            painter.drawText(
                author_rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                fm.elidedText(author, Qt.TextElideMode.ElideRight, author_rect.width()),
            )
        if right_text:
            badge_rect = QRect(
                opt.rect.right() - badge_width - 2,
                opt.rect.top() + 2,
                badge_width,
                opt.rect.height() - 4,
            )
            if is_piece:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(status_color(record.status))
                painter.drawRoundedRect(badge_rect, 6, 6)
                painter.setPen(Qt.GlobalColor.black)
            else:
                painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, right_text)
        painter.restore()

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
    """Text, status, kind and author filters; emits the resulting PieceFilter."""

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
        layout.addWidget(self.author)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self._emit)
        self.text.textChanged.connect(self._debounce.start)
        self.author.editTextChanged.connect(self._debounce.start)
        self.status.currentIndexChanged.connect(self._emit)
        self.kind.currentIndexChanged.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)

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
        )

    def clear(self) -> None:
        for widget in (self.text, self.author, self.status, self.kind):
            widget.blockSignals(True)
        self.text.clear()
        self.author.setEditText("")
        self.status.setCurrentIndex(0)
        self.kind.setCurrentIndex(0)
        for widget in (self.text, self.author, self.status, self.kind):
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
        self.view = ArticleTreeView(self)
        self.view.setModel(model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view, 1)
        self.filter_bar.filterChanged.connect(self._apply_filter)

    def _apply_filter(self, piece_filter: PieceFilter) -> None:
        self.model.set_filter(piece_filter)
        if not piece_filter.is_empty():
            # Show what matched: expand numéros that hold matching pieces.
            for row in range(self.model.rowCount()):
                publication = self.model.index(row, 0)
                self.view.expand(publication)
                for child_row in range(self.model.rowCount(publication)):
                    child = self.model.index(child_row, 0, publication)
                    if self.model.data(child, CountRole):
                        self.view.expand(child)
