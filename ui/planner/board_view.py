"""« Tableau par statut »: one numéro's pieces in columns by workflow status.

One small list model per column; dragging a card to another column sets its status
(undoable, through the planner controller), when the person's role may give that status.
Late pieces (past their due date, not handed in) are flagged in red; each card names the
people the piece is assigned to, and « My pieces » keeps only the person's own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from db.vocabulary import PIECE_STATUSES
from ui.labels import status_color, status_label
from ui.planner.people import assignee_names
from ui.planner.rereading import IssueTab
from ui.planner.rights import PlannerRights, grey
from ui.tree.model import PIECES_MIME, ArticleTreeModel
from workbench.flatplan import changes
from workbench.flatplan.legend import WARNING_COLOR
from workbench.flatplan.rules import FlatplanEntry, format_pages, is_late
from workbench.store import StoreError

EntryRole = Qt.ItemDataRole.UserRole + 1
LateRole = Qt.ItemDataRole.UserRole + 2
AssigneesRole = Qt.ItemDataRole.UserRole + 3  # names of the people the piece is assigned to

MINE_SETTING = "planner/boardMyPieces"
PEOPLE_COLOR = "#4527a0"


class BoardColumnModel(QAbstractListModel):
    """The pieces of one status; accepts pieces dropped from another column (or the tree)."""

    statusRequested = Signal(list, str)  # piece ids, this column's status
    dropRefused = Signal(str)  # why the role may not give this column's status

    def __init__(self, status: str, parent=None, rights: PlannerRights | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.today = date.today()
        self.rights = rights
        self.statuses: dict[int, str | None] = {}  # the board's pieces' statuses, for rights
        self._entries: list[FlatplanEntry] = []
        self._assignees: dict[int, list[str]] = {}

    def set_entries(
        self,
        entries: Iterable[FlatplanEntry],
        today: date,
        assignees: dict[int, list[str]] | None = None,
    ) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.today = today
        self._assignees = assignees or {}
        self.endResetModel()

    def entries(self) -> list[FlatplanEntry]:
        return list(self._entries)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [entry.title]
            if entry.authors:
                lines.append(entry.authors)
            people = self._assignees.get(entry.piece_id or 0)
            if people:
                lines.append(self.tr("Assigned to %1").replace("%1", ", ".join(people)))
            if entry.placed:
                lines.append(self.tr("Pages %1").replace("%1", format_pages(entry.pages)))
            if entry.due_date:
                lines.append(self.tr("Due %1").replace("%1", f"{entry.due_date:%d/%m/%Y}"))
            if is_late(entry, self.today):
                lines.append(self.tr("Late"))
            return "\n".join(lines)
        if role == EntryRole:
            return entry
        if role == LateRole:
            return is_late(entry, self.today)
        if role == AssigneesRole:
            return list(self._assignees.get(entry.piece_id or 0, ()))
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        entry = self._entries[index.row()]
        # A card is dragged to change its status: only when the role may change it.
        if self.rights is None or (
            entry.piece_id is not None
            and self.rights.any_status(entry.piece_id, entry.status) is None
        ):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def refusal(self, piece_ids: list[int]) -> str | None:
        """Why the role may not give this column's status to ``piece_ids``."""
        if self.rights is None:
            return None
        return self.rights.status_of_all(piece_ids, self.status, self.statuses)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [PIECES_MIME]

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:
        ids = [self._entries[i.row()].piece_id for i in indexes if i.isValid()]
        data = QMimeData()
        data.setData(PIECES_MIME, json.dumps({"piece_ids": ids}).encode())
        return data

    def _moving(self, data) -> list[int]:
        mine = {e.piece_id for e in self._entries}
        return [i for i in ArticleTreeModel.piece_ids_from_mime(data) if i not in mine]

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        moving = self._moving(data)
        if not moving:
            return bool(ArticleTreeModel.piece_ids_from_mime(data))
        reason = self.refusal(moving)
        if reason:
            self.dropRefused.emit(reason)
            return False
        return True

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        moving = self._moving(data)
        if not moving:
            return False
        reason = self.refusal(moving)
        if reason:
            self.dropRefused.emit(reason)
            return False
        self.statusRequested.emit(moving, self.status)
        return False  # the store changed: the board re-reads, nothing to remove by hand


class CardDelegate(QStyledItemDelegate):
    """A card: a status-coloured band, the title, author, pages and due date."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        height = 86
        if index.data(AssigneesRole):  # one more line: who it is assigned to
            font = QFont(option.font)
            font.setPointSizeF(max(font.pointSizeF() - 1, 7))
            height += QFontMetrics(font).lineSpacing()
        return QSize(max(self.view.viewport().width() - 2, 120), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        entry: FlatplanEntry = index.data(EntryRole)
        late = bool(index.data(LateRole))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(4, 3, -4, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(QColor("#1565c0" if selected else "#b0bec5"), 2 if selected else 1))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(rect, 4, 4)
        band = QRectF(rect.left(), rect.top(), 6, rect.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(WARNING_COLOR) if late else status_color(entry.status))
        painter.drawRoundedRect(band, 2, 2)
        inner = rect.adjusted(12, 4, -6, -4)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#212121"))
        metrics = painter.fontMetrics()
        title_rect = QRectF(inner.left(), inner.top(), inner.width(), metrics.lineSpacing() * 2)
        painter.drawText(
            title_rect, int(Qt.TextFlag.TextWordWrap), _two_lines(metrics, entry.title, title_rect)
        )
        font.setBold(False)
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        painter.setFont(font)
        small = painter.fontMetrics()
        line_h = small.lineSpacing()
        y = title_rect.bottom() + 2
        if entry.authors:
            painter.setPen(QColor("#455a64"))
            text = small.elidedText(entry.authors, Qt.TextElideMode.ElideRight, int(inner.width()))
            painter.drawText(QRectF(inner.left(), y, inner.width(), line_h), 0, text)
        y += line_h
        people = index.data(AssigneesRole)
        if people:
            painter.setPen(QColor(PEOPLE_COLOR))
            text = small.elidedText(
                "→ " + ", ".join(people), Qt.TextElideMode.ElideRight, int(inner.width())
            )
            painter.drawText(QRectF(inner.left(), y, inner.width(), line_h), 0, text)
            y += line_h
        line = QRectF(inner.left(), y, inner.width(), line_h)
        painter.setPen(QColor("#607d8b"))
        if entry.placed:
            painter.drawText(
                line, int(Qt.AlignmentFlag.AlignLeft), "p. " + format_pages(entry.pages)
            )
        if entry.due_date:
            painter.setPen(QColor(WARNING_COLOR) if late else QColor("#607d8b"))
            painter.drawText(line, int(Qt.AlignmentFlag.AlignRight), f"{entry.due_date:%d/%m/%Y}")
        painter.restore()


def _two_lines(metrics, text: str, rect: QRectF) -> str:
    """``text`` wrapped on at most two lines, the second one elided."""
    words = text.split()
    first = ""
    while words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= rect.width():
        first = (first + " " + words.pop(0)).strip()
    if not words:
        return first
    rest = metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, int(rect.width()))
    if not first:
        return rest
    return first + "\n" + rest


class BoardColumn(QWidget):
    def __init__(
        self, status: str, parent: QWidget | None = None, rights: PlannerRights | None = None
    ) -> None:
        super().__init__(parent)
        self.status = status
        self.model = BoardColumnModel(status, self, rights)
        self.title = QLabel(self)
        color = status_color(status)
        self.title.setStyleSheet(
            f"background: {color.name()}; color: #212121; padding: 4px 6px; border-radius: 3px;"
        )
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setStyleSheet("QListView { background: #eceff1; border: none; }")
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMinimumWidth(180)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3, 0, 3, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)

    def update_title(self) -> None:
        count = self.model.rowCount()
        late = sum(1 for e in self.model.entries() if is_late(e, self.model.today))
        text = f"<b>{escape(status_label(self.status))} ({count})</b><br>"
        if late:
            late_text = self.tr("%1 late").replace("%1", str(late))
            text += f"<span style='color:#b71c1c'>{escape(late_text)}</span>"
        else:
            text += "&nbsp;"
        self.title.setText(text)

    def selected_piece_ids(self) -> list[int]:
        return [i.data(EntryRole).piece_id for i in self.view.selectionModel().selectedIndexes()]


class BoardView(IssueTab, QWidget):
    """The board of one numéro, re-read on every ``storeChanged``."""

    titleChanged = Signal(str)

    def __init__(self, controller, issue_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.window_ = controller.window
        self.issue_id = issue_id
        self.today = date.today()
        self.header = QLabel(self)
        self.header.setContentsMargins(8, 6, 8, 6)
        # « My pieces »: only the pieces assigned to the person (kept between sessions),
        # a check box like the tree's filter, and like it on a team store only (a file
        # has one person, who assigns the pieces to others).
        self.mine_box = QCheckBox(self.tr("&My pieces"), self)
        self.mine_box.setToolTip(self.tr("Only the pieces assigned to you"))
        self.mine_box.setChecked(self._settings_mine())
        self.mine_box.setVisible(controller.store.is_shared)
        self.mine_box.toggled.connect(self._mine_toggled)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 8, 0)
        top.addWidget(self.header, 1)
        top.addWidget(self.mine_box)
        self.columns: dict[str, BoardColumn] = {}
        strip = QWidget(self)
        row = QHBoxLayout(strip)
        row.setContentsMargins(4, 4, 4, 4)
        row.setSpacing(4)
        for status in PIECE_STATUSES:
            column = BoardColumn(status, strip, controller.rights)
            column.model.statusRequested.connect(self.controller.set_status)
            column.model.dropRefused.connect(lambda reason: self.window_.show_status(reason, 8000))
            column.view.doubleClicked.connect(self._open)
            column.view.customContextMenuRequested.connect(
                lambda pos, c=column: self._context_menu(c, pos)
            )
            row.addWidget(column)
            self.columns[status] = column
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(strip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.window_.storeChanged.connect(self._store_changed)
        self.reload()

    def reload(self) -> None:
        try:
            plan = changes.load_flatplan(self.controller.store, self.issue_id, with_text=False)
        except StoreError:
            plan = None
        if plan is None or plan.issue.deleted:  # the numéro went to the trash
            self.window_.workspace.close_key(self.property("workspaceKey") or ())
            return
        by_status: dict[str, list[FlatplanEntry]] = {s: [] for s in PIECE_STATUSES}
        ordered: Sequence[FlatplanEntry] = [e for e in plan.placed if e.is_piece] + plan.unplaced
        mine = self.mine_box.isChecked() and self.controller.store.is_shared
        if mine:  # the person's pieces: read once per refresh with the rights
            own = self.controller.rights.assigned()
            ordered = [e for e in ordered if e.piece_id in own]
        for entry in ordered:
            by_status.setdefault(entry.status or PIECE_STATUSES[0], []).append(entry)
        names = assignee_names(
            self.controller.store, [e.piece_id for e in ordered if e.piece_id is not None]
        )
        statuses = {e.piece_id: e.status for e in plan.pieces if e.piece_id is not None}
        for status, column in self.columns.items():
            column.model.statuses = statuses
            column.model.set_entries(by_status.get(status, []), self.today, names)
            column.update_title()
        issue = plan.issue
        number = self.tr("No. %1").replace("%1", str(issue.number))
        shown = ordered if mine else plan.pieces
        late = sum(1 for e in shown if is_late(e, self.today))
        text = f"<b>{number}</b>" + (f" — {escape(issue.theme)}" if issue.theme else "")
        if mine:
            text += " · " + escape(
                self.tr("my pieces: %1 of %2")
                .replace("%1", str(len(ordered)))
                .replace("%2", str(len(plan.pieces)))
            )
        if late:
            text += (
                " · <span style='color:#c62828'>"
                + self.tr("%1 late pieces").replace("%1", str(late))
                + "</span>"
            )
        self.header.setText(text)
        self.titleChanged.emit(self.tr("Board No. %1").replace("%1", str(issue.number)))

    def _settings_mine(self) -> bool:
        value = self.window_.settings.value(MINE_SETTING, False)
        return value in (True, "true", "1", 1)

    def _mine_toggled(self, checked: bool) -> None:
        self.window_.settings.setValue(MINE_SETTING, checked)
        self.reload()

    def _open(self, index: QModelIndex) -> None:
        entry = index.data(EntryRole)
        if entry is not None:
            self.window_.open_piece(entry.piece_id)

    def _context_menu(self, column: BoardColumn, pos) -> None:
        ids = column.selected_piece_ids()
        index = column.view.indexAt(pos)
        if index.isValid() and index.data(EntryRole).piece_id not in ids:
            column.view.setCurrentIndex(index)
            ids = column.selected_piece_ids()
        if not ids:
            return
        menu = QMenu(self)
        menu.setToolTipsVisible(True)  # a greyed entry says why
        open_action = menu.addAction(self.tr("Open the piece"))
        open_action.triggered.connect(lambda: self.window_.open_piece(ids[0]))
        statuses = {i: column.status for i in ids}
        self.controller.add_status_menu(menu, ids, column.status, statuses)
        due = menu.addAction(self.tr("Due date…"))
        grey(due, self.controller.rights.plan())
        due.triggered.connect(lambda: self.controller.edit_due_date(ids))
        menu.exec(column.view.viewport().mapToGlobal(pos))
