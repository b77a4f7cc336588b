"""The « Activité » tab of a piece on a team store: who saved, moved, placed it, changed
its status or exported its numéro, and when (workbench.activity)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

from ui.editor.history_panel import format_when
from ui.labels import status_label
from workbench import activity, people
from workbench.store import Store, StoreError


class ActivityListModel(QAbstractListModel):
    """What happened to one piece, newest first, one line each."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.piece_id: int | None = None
        self._rows: list[activity.Activity] = []
        self._names: dict[str, str] = {}

    def set_piece(self, piece_id: int | None) -> None:
        self.piece_id = piece_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        try:
            self._rows = activity.of_piece(self.store, self.piece_id) if self.piece_id else []
            self._names = people.display_names(self.store)
        except StoreError:  # the server is away: the list stays empty until the next read
            self._rows = []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def action_label(self, entry: activity.Activity) -> str:
        labels = {
            "create": self.tr("created"),
            "save": self.tr("saved"),
            "move": self.tr("moved"),
            "place": self.tr("placed in the flatplan"),
            "status": self.tr("status changed"),
            "trash": self.tr("put in the trash"),
            "restore": self.tr("restored"),
            "export": self.tr("exported"),
        }
        text = labels.get(entry.action, entry.action)
        if entry.action == "status" and " -> " in entry.detail:
            before, after = entry.detail.split(" -> ", 1)
            text += f" — {status_label(before)} → {status_label(after)}"
        return text

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            who = self._names.get(entry.login, entry.login)
            return f"{format_when(entry.at)} · {who}\n{self.action_label(entry)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.login
        return None


class ActivityPanel(QWidget):
    """The list, re-read when the piece or the store changes."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ActivityListModel(store, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QListView.SelectionMode.NoSelection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
