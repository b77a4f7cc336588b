"""List models of the chemin de fer's side panel: its warnings, and pieces to drag onto it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from ui.icons import icon
from ui.labels import status_color, status_label
from ui.tree.model import PIECES_MIME
from workbench.flatplan.rules import PlanWarning
from workbench.records import PieceSummary

WarningRole = Qt.ItemDataRole.UserRole + 1
PieceIdRole = Qt.ItemDataRole.UserRole + 2

SERIOUS = {"late_closing", "over_budget", "beyond_pages", "overlap", "overflows", "signature"}


class WarningsModel(QAbstractListModel):
    """``planning.issue_warnings`` of one numéro, most serious first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._warnings: list[PlanWarning] = []

    def set_warnings(self, warnings: Sequence[PlanWarning]) -> None:
        self.beginResetModel()
        self._warnings = list(warnings)
        self.endResetModel()

    def warnings(self) -> list[PlanWarning]:
        return list(self._warnings)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._warnings)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        warning = self._warnings[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return warning.message
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("plan-error" if warning.code in SERIOUS else "plan-warning")
        if role == WarningRole:
            return warning
        return None


class PieceListModel(QAbstractListModel):
    """Pieces that can be dragged onto the pages: the numéro's pieces without pages, the pool."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pieces: list[PieceSummary] = []
        self.today: date | None = None

    def set_pieces(self, pieces: Iterable[PieceSummary]) -> None:
        self.beginResetModel()
        self._pieces = list(pieces)
        self.endResetModel()

    def piece_ids(self) -> list[int]:
        return [p.id for p in self._pieces]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._pieces)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        piece = self._pieces[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            pages = self.tr("%1 p.").replace("%1", str(max(piece.page_count, 1)))
            return f"{piece.title}  ({pages})"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [piece.title]
            if piece.authors:
                lines.append(piece.authors)
            lines.append(status_label(piece.status))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(piece.kind)
        if role == Qt.ItemDataRole.BackgroundRole:
            color = status_color(piece.status)
            color.setAlpha(90)
            return color
        if role == PieceIdRole:
            return piece.id
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [PIECES_MIME]

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:
        ids = [self._pieces[i.row()].id for i in indexes if i.isValid()]
        data = QMimeData()
        data.setData(PIECES_MIME, json.dumps({"piece_ids": ids}).encode())
        return data
