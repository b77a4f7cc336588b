"""Notices in the window: a bell in the status bar with the number of unread ones, and
the list it opens (newest first, unread in bold); a click opens the piece and marks the
notice read.

A notice is written for the person concerned by what someone else did (a piece assigned,
a comment, a reply, a status changed: :mod:`workbench.notices`). On a SQLite file nobody
else writes, so the bell is only shown on a team store; there the count follows the
window's re-reads (:meth:`ui.main_window.MainWindow.refresh`, which the live refresh
calls when others changed something).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon
from workbench import notices
from workbench.notices import Notice
from workbench.store import Store, StoreError

if TYPE_CHECKING:
    from ui.main_window import MainWindow

NoticeRole = Qt.ItemDataRole.UserRole + 1  # the Notice behind a row
WhenRole = Qt.ItemDataRole.UserRole + 2  # when it happened, in local time

KIND_ICONS = {
    "assigned": "notice-assigned",
    "comment": "notice-comment",
    "reply": "notice-reply",
    "status": "notice-status",
}


def format_when(when: datetime) -> str:
    """Notices are stamped in naive UTC; people read them in their own time zone."""
    local = when.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    return local.strftime("%d/%m/%Y %H:%M")


class NoticeListModel(QAbstractListModel):
    """The person's notices, newest first (:func:`workbench.notices.list_notices`)."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._notices: list[Notice] = []

    def reload(self) -> None:
        self.beginResetModel()
        try:
            self._notices = notices.list_notices(self.store)
        finally:
            self.endResetModel()

    def notice(self, row: int) -> Notice | None:
        return self._notices[row] if 0 <= row < len(self._notices) else None

    def unread_ids(self) -> list[int]:
        return [n.id for n in self._notices if not n.read]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._notices)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        found = self.notice(index.row()) if index.isValid() else None
        if found is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return found.sentence
        if role == WhenRole:
            return format_when(found.at)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{found.sentence}\n{format_when(found.at)}"
        if role == Qt.ItemDataRole.FontRole and not found.read:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(KIND_ICONS.get(found.kind, "notices"))
        if role == NoticeRole:
            return found
        return None


class NoticeDelegate(QStyledItemDelegate):
    """A notice as: its kind's icon, the sentence (wrapped; bold while unread), and when
    it happened below, in grey."""

    MARGIN = 6
    ICON = 20

    def _text_width(self) -> int:
        view = self.parent()
        available = view.viewport().width() if isinstance(view, QListView) else 400
        return max(80, available - self.ICON - 3 * self.MARGIN)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        width = self._text_width()
        flags = int(Qt.TextFlag.TextWordWrap)
        sentence = QFontMetrics(font).boundingRect(
            QRect(0, 0, width, 10_000), flags, index.data() or ""
        )
        height = sentence.height() + option.fontMetrics.height() + 3 * self.MARGIN
        return QSize(width + self.ICON + 3 * self.MARGIN, max(height, self.ICON + 2 * self.MARGIN))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())
        elif index.row() % 2:
            painter.fillRect(option.rect, option.palette.alternateBase())
        rect = option.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        decoration = index.data(Qt.ItemDataRole.DecorationRole)
        if decoration is not None:
            decoration.paint(painter, QRect(rect.left(), rect.top(), self.ICON, self.ICON))
        text_rect = QRect(rect)
        text_rect.setLeft(rect.left() + self.ICON + self.MARGIN)
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        painter.setFont(font)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(text_role))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
            Qt.TextFlag.TextWordWrap
        )
        used = painter.boundingRect(text_rect, flags, index.data() or "")
        painter.drawText(text_rect, flags, index.data() or "")
        painter.setFont(option.font)
        when_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.setPen(option.palette.color(when_role))
        when_rect = QRect(text_rect)
        when_rect.setTop(used.bottom() + 2)
        painter.drawText(when_rect, flags, index.data(WhenRole) or "")
        painter.restore()


class NoticesPopup(QFrame):
    """The list the bell opens: click a notice to open its piece; « Tout marquer comme lu »."""

    noticeChosen = Signal(object)  # the Notice clicked (or Enter)
    markAllRequested = Signal()
    markRequested = Signal(object, bool)  # a Notice, read or unread

    def __init__(self, model: NoticeListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.model = model
        title = QLabel(self.tr("Notifications"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.mark_all = QPushButton(icon("mark-read"), self.tr("&Mark all as read"), self)
        self.mark_all.setFlat(True)
        self.mark_all.clicked.connect(self.markAllRequested)
        self.view = QListView(self)
        self.view.setModel(model)
        self.view.setItemDelegate(NoticeDelegate(self.view))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.clicked.connect(self._chosen)
        self.view.activated.connect(self._chosen)
        self.empty = QLabel(self.tr("Nothing concerns you for now."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #757575; padding: 24px;")
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.mark_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        model.modelReset.connect(self._update)
        self.resize(460, 380)
        self._update()

    def _update(self) -> None:
        has_any = self.model.rowCount() > 0
        self.view.setVisible(has_any)
        self.empty.setVisible(not has_any)
        self.mark_all.setEnabled(bool(self.model.unread_ids()))

    def _chosen(self, index: QModelIndex) -> None:
        if not self.isVisible():  # a click and its activation: once
            return
        found = index.data(NoticeRole)
        if found is not None:
            self.noticeChosen.emit(found)

    def _context_menu(self, position: QPoint) -> None:
        found = self.view.indexAt(position).data(NoticeRole)
        if found is None:
            return
        menu = QMenu(self)
        if found.read:
            action = menu.addAction(self.tr("Mark as &unread"))
        else:
            action = menu.addAction(icon("mark-read"), self.tr("Mark as &read"))
        action.triggered.connect(lambda: self.markRequested.emit(found, not found.read))
        menu.exec(self.view.viewport().mapToGlobal(position))

    def show_near(self, anchor: QWidget) -> None:
        """Show above ``anchor`` (the bell, at the bottom right), kept on its screen."""
        corner = anchor.mapToGlobal(QPoint(anchor.width(), 0))
        position = QPoint(corner.x() - self.width(), corner.y() - self.height())
        screen = anchor.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            position.setX(max(area.left(), min(position.x(), area.right() - self.width())))
            position.setY(max(area.top(), min(position.y(), area.bottom() - self.height())))
        self.move(position)
        self.show()
        self.view.setFocus()


class NoticesBadge(QObject):
    """The window's notices: the bell in the status bar and its list."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.store = window.store
        self.count = 0
        self.button = QToolButton(window)
        self.button.setObjectName("NoticesButton")
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setIcon(icon("notices"))
        self.button.clicked.connect(self.show_list)
        self.model = NoticeListModel(self.store, self)
        self.popup: NoticesPopup | None = None
        window.add_status_widget(self.button)
        # Nobody else writes to a SQLite file: nobody leaves notices there.
        self.available = self.store.is_shared
        self.button.setVisible(self.available)
        self.update_count()

    def update_count(self) -> None:
        """Read the number of unread notices again and show it on the bell."""
        if not self.available:
            return
        try:
            count = notices.unread_count(self.store)
        except StoreError:  # the server is away: the status bar says so already
            return
        self.count = count
        self.button.setIcon(icon("notices-unread" if count else "notices"))
        self.button.setText(str(count) if count else "")
        font = self.button.font()
        font.setBold(bool(count))
        self.button.setFont(font)
        tip = (
            self.tr("No unread notification")
            if count == 0
            else self.tr("1 unread notification")
            if count == 1
            else self.tr("%1 unread notifications").replace("%1", str(count))
        )
        self.button.setToolTip(tip)
        self.button.setStatusTip(tip)
        if self.popup is not None and self.popup.isVisible():
            self.model.reload()

    def show_list(self) -> None:
        if not self.available:
            return
        if self.popup is None:
            self.popup = NoticesPopup(self.model, self.window)
            self.popup.noticeChosen.connect(self.open_notice)
            self.popup.markAllRequested.connect(self.mark_all_read)
            self.popup.markRequested.connect(self.mark)
        try:
            self.model.reload()
        except StoreError as exc:
            self.window.show_status(str(exc), 5000)
            return
        self.popup.show_near(self.button)

    def open_notice(self, found: Notice) -> None:
        """Open the notice's piece and mark the notice read."""
        if self.popup is not None:
            self.popup.hide()
        self.mark(found, True)
        if found.piece_id is None or not self.window.open_piece(found.piece_id):
            self.window.show_status(self.tr("This piece is no longer there."), 5000)

    def mark(self, found: Notice, read: bool) -> None:
        self._write(lambda: notices.mark_read(self.store, [found.id], read=read))

    def mark_all_read(self) -> None:
        self._write(lambda: notices.mark_read(self.store))

    def _write(self, change) -> None:
        try:
            change()
        except StoreError as exc:
            self.window.show_status(str(exc), 5000)
        if self.popup is not None and self.popup.isVisible():
            self.model.reload()
        self.update_count()
