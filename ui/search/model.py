"""The hits of one search, as a list model for the search dock."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.icons import icon
from workbench.search import split_snippet

if TYPE_CHECKING:
    from workbench.search import SearchHit

HitRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    """The hits of one search, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def row_of(self, piece_id: int) -> int:
        for row, hit in enumerate(self._hits):
            if hit.piece_id == piece_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == HitRole:
            return hit
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(hit.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return split_snippet(hit.snippet)[0]
        return None
