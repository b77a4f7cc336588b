"""The article tree: publication → numéros (newest first) → pieces, « Au marbre », « Corbeille ».

One QAbstractItemModel over workbench services. Numéros are read at once (a few hundred
rows at most); the pieces of a node are read only when the view asks for them
(canFetchMore/fetchMore), so an archive of 10,000 pieces opens without loading them.
Writes are not done here: the model emits requests that the window turns into undoable
commands, then calls :meth:`refresh`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ui.icons import icon
from workbench import assignments, catalog, comments, pieces
from workbench.pieces import POOL, TRASH, PieceFilter
from workbench.records import IssueInfo, PieceSummary, PublicationInfo
from workbench.rights import Right, Role, may
from workbench.store import Store

PIECES_MIME = "application/x-workbench-pieces"

# Node kinds
PUBLICATION = "publication"
ISSUE = "issue"
POOL_NODE = "pool"
TRASH_NODE = "trash"
PIECE = "piece"

# Custom roles
KeyRole = Qt.ItemDataRole.UserRole + 1  # ("piece", id), ("issue", id)…
RecordRole = Qt.ItemDataRole.UserRole + 2  # the record behind the row
CountRole = Qt.ItemDataRole.UserRole + 3  # number of pieces under a container
CommentCountRole = Qt.ItemDataRole.UserRole + 4  # a piece's unresolved comment threads


# Item flags by node kind, combined once: Python enum arithmetic is slow, and the view
# asks for the flags of every visible row at every paint.
_DROP = Qt.ItemFlag.ItemIsDropEnabled
_BASE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_FLAGS = {
    PUBLICATION: _BASE | Qt.ItemFlag.ItemIsEditable,
    ISSUE: _BASE | Qt.ItemFlag.ItemIsEditable | _DROP,
    POOL_NODE: _BASE | _DROP,
    TRASH_NODE: _BASE | _DROP,
    PIECE: _BASE | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled | _DROP,
    "root": _DROP,
}
# What a role that may not plan (move, trash) nor change the settings may do with a node:
# select it; rename a piece it may write (see ArticleTreeModel.flags).
_READ_FLAGS = {kind: _BASE for kind in (PUBLICATION, ISSUE, POOL_NODE, TRASH_NODE, PIECE)}
_READ_FLAGS["root"] = Qt.ItemFlag.NoItemFlags


@dataclass(eq=False)
class Node:
    kind: str
    key: tuple
    record: Any = None
    parent: Node | None = None
    children: list[Node] | None = None  # None: not loaded yet
    count: int = 0  # pieces under a container, known before loading them
    extra: dict = field(default_factory=dict)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent and self.parent.children else 0

    @property
    def publication_id(self) -> int:
        node: Node | None = self
        while node is not None and node.kind != PUBLICATION:
            node = node.parent
        return node.key[1] if node else 0

    @property
    def container(self) -> int | str | None:
        """The piece container this node is (a numéro id, POOL or TRASH), if any."""
        if self.kind == ISSUE:
            return self.key[1]
        if self.kind == POOL_NODE:
            return POOL
        if self.kind == TRASH_NODE:
            return TRASH
        return None


class ArticleTreeModel(QAbstractItemModel):
    """Rows: publications; under each, its numéros, then « Au marbre » and « Corbeille »."""

    # piece ids, target container (issue id or POOL or TRASH), before piece id or None
    moveRequested = Signal(list, object, object)
    renameRequested = Signal(tuple, str)  # node key, new text
    filesDropped = Signal(list, object)  # local paths, target container key or None

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._root = Node("root", ("root",), children=[])
        self._filter = PieceFilter()
        self._today = None
        self._read_state()
        self._load_root()

    # Loading -------------------------------------------------------------

    @property
    def store(self) -> Store:
        return self._store

    @property
    def piece_filter(self) -> PieceFilter:
        return self._filter

    def _read_state(self) -> None:
        """What the rows show besides the pieces, read once per load or refresh (never per
        row): the open comment counts, the person's rights, the pieces assigned to them."""
        store = self._store
        self._comment_counts: dict[int, int] = comments.open_counts(store)
        role = store.role
        # A SQLite file's person is the editor-in-chief: everything as it always was.
        self._flags = _FLAGS if role == Role.CHIEF else self._role_flags(role)
        self._edit_assigned = role != Role.CHIEF and may(role, Right.EDIT_PIECE, assigned=True)
        self._assigned: set[int] = assignments.pieces_of(store) if self._edit_assigned else set()

    @staticmethod
    def _role_flags(role: str | None) -> dict[str, Qt.ItemFlag]:
        """The item flags by node kind for ``role``: no drag and drop without the right to
        plan, no renaming of what the role may not change."""
        flags = dict(_READ_FLAGS)
        editable = Qt.ItemFlag.ItemIsEditable
        if may(role, Right.PLAN):
            flags.update({kind: _FLAGS[kind] & ~editable for kind in flags})
            flags[ISSUE] |= editable
        if may(role, Right.SETTINGS):
            flags[PUBLICATION] |= editable
        if may(role, Right.EDIT_PIECE):
            flags[PIECE] |= editable
        return flags

    def may_plan(self) -> bool:
        """Whether the person may move pieces (drag and drop, trash): the tree's drops."""
        return bool(self._flags["root"] & _DROP)

    def _load_root(self) -> None:
        self._root.children = [
            self._publication_node(p, self._root) for p in catalog.list_publications(self._store)
        ]

    def _publication_node(self, info: PublicationInfo, parent: Node) -> Node:
        node = Node(PUBLICATION, (PUBLICATION, info.id), info, parent)
        node.children = self._publication_children(node)
        return node

    def _publication_children(self, node: Node) -> list[Node]:
        publication_id = node.key[1]
        issues = catalog.list_issues(self._store, publication_id)
        children: list[Node] = []
        if self._filter.is_empty():
            counts = {i.id: i.piece_count for i in issues}
        else:
            matching = pieces.matching_issue_ids(self._store, publication_id, self._filter)
            issues = [i for i in issues if i.id in matching]
            counts = {
                i.id: pieces.count_pieces(self._store, publication_id, i.id, self._filter)
                for i in issues
            }
        for info in issues:
            children.append(Node(ISSUE, (ISSUE, info.id), info, node, count=counts[info.id]))
        for kind, container in ((POOL_NODE, POOL), (TRASH_NODE, TRASH)):
            count = pieces.count_pieces(self._store, publication_id, container, self._filter)
            children.append(Node(kind, (kind, publication_id), None, node, count=count))
        return children

    def _piece_nodes(self, parent: Node) -> list[Node]:
        summaries = pieces.list_pieces(
            self._store, parent.publication_id, parent.container, self._filter
        )
        return [Node(PIECE, (PIECE, s.id), s, parent) for s in summaries]

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        node = self.node(parent)
        return node.container is not None and node.children is None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        node = self.node(parent)
        if node.container is None or node.children is not None:
            return
        loaded = self._piece_nodes(node)
        if not loaded:
            node.children = []
            return
        self.beginInsertRows(parent, 0, len(loaded) - 1)
        node.children = loaded
        node.count = len(loaded)
        self.endInsertRows()

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        node = self.node(parent)
        if node.children is None:
            return node.count > 0
        return bool(node.children)

    # Structure -----------------------------------------------------------

    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node:
        if index.isValid():
            return index.internalPointer()
        return self._root

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()
    ) -> QModelIndex:
        node = self.node(parent)
        if column != 0 or node.children is None or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self.node(parent)
        return len(node.children) if node.children is not None else 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 1

    def index_for_key(self, key: tuple, *, load: bool = True) -> QModelIndex:
        """The index of a node by key; with ``load``, pieces are fetched to find it."""
        if key[0] == PIECE and load:
            try:
                summary = pieces.get_summary(self._store, key[1])
            except Exception:
                return QModelIndex()
            container_key = (
                (TRASH_NODE, summary.publication_id)
                if summary.deleted
                else (ISSUE, summary.issue_id)
                if summary.issue_id is not None
                else (POOL_NODE, summary.publication_id)
            )
            container = self.index_for_key(container_key, load=False)
            if container.isValid() and self.canFetchMore(container):
                self.fetchMore(container)
        found = self._find(self._root, key)
        if found is None or found.parent is None:
            return QModelIndex()
        return self.createIndex(found.row(), 0, found)

    def _find(self, node: Node, key: tuple) -> Node | None:
        for child in node.children or []:
            if child.key == key:
                return child
            hit = self._find(child, key)
            if hit is not None:
                return hit
        return None

    # Data ----------------------------------------------------------------

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node)
        if role == Qt.ItemDataRole.EditRole:
            if node.kind == PIECE:
                return node.record.title
            if node.kind == ISSUE:
                return node.record.theme
            if node.kind == PUBLICATION:
                return node.record.name
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == Qt.ItemDataRole.DecorationRole:
            if node.kind == PIECE:
                return icon("lock" if self._held_elsewhere(node.record) else node.record.kind)
            if node.kind == ISSUE and self._issue_is_late(node.record):
                return icon("issue-late")
            return icon(node.kind)
        if role == Qt.ItemDataRole.ForegroundRole and node.kind == PIECE and node.record.deleted:
            from PySide6.QtGui import QColor

            return QColor("#9e9e9e")  # in the Corbeille: greyed
        if role == KeyRole:
            return node.key
        if role == RecordRole:
            return node.record
        if role == CountRole:
            return len(node.children) if node.children is not None else node.count
        if role == CommentCountRole:
            return self._comment_counts.get(node.key[1], 0) if node.kind == PIECE else 0
        return None

    def _display(self, node: Node) -> str:
        if node.kind == PIECE:
            return node.record.title
        if node.kind == ISSUE:
            info: IssueInfo = node.record
            label = self.tr("No. %1").replace("%1", str(info.number))
            return f"{label} — {info.theme}" if info.theme else label
        if node.kind == POOL_NODE:
            return self.tr("Pool (au marbre)")
        if node.kind == TRASH_NODE:
            return self.tr("Trash")
        if node.kind == PUBLICATION:
            return node.record.name
        return ""

    def _held_elsewhere(self, summary: PieceSummary) -> bool:
        """Whether someone else's window holds the piece for writing (a team store)."""
        return bool(summary.holder) and summary.holder_session != self.store.session_id

    def _tooltip(self, node: Node) -> str:
        if node.kind == PIECE:
            s: PieceSummary = node.record
            lines = [s.title]
            if self._held_elsewhere(s):
                lines.append(self.tr("Taken by %1 to write it").replace("%1", s.holder))
            open_comments = self._comment_counts.get(s.id, 0)
            if open_comments:
                lines.append(
                    (
                        self.tr("1 open comment")
                        if open_comments == 1
                        else self.tr("%1 open comments")
                    ).replace("%1", str(open_comments))
                )
            if s.authors:
                lines.append(s.authors)
            if s.first_page:
                last = s.first_page + s.page_count - 1
                pages = (
                    f"p. {s.first_page}" if last == s.first_page else f"p. {s.first_page}–{last}"
                )
                lines.append(pages)
            return "\n".join(lines)
        if node.kind == ISSUE:
            info: IssueInfo = node.record
            parts = [self._display(node)]
            if info.closing_date:
                parts.append(
                    self.tr("Closing: %1").replace("%1", info.closing_date.strftime("%d/%m/%Y"))
                )
            if info.release_date:
                parts.append(
                    self.tr("On sale: %1").replace("%1", info.release_date.strftime("%d/%m/%Y"))
                )
            parts.append(
                self.tr("%1 of %2 pieces ready")
                .replace("%1", str(info.ready_count))
                .replace("%2", str(info.piece_count))
            )
            return "\n".join(parts)
        return self._display(node)

    def _issue_is_late(self, info: IssueInfo) -> bool:
        today = self._today or date.today()
        return bool(
            info.closing_date and info.closing_date < today and info.ready_count < info.piece_count
        )

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return self._flags["root"]
        node: Node = index.internalPointer()
        flags = self._flags[node.kind]
        if node.kind == PIECE and self._edit_assigned and node.key[1] in self._assigned:
            flags |= Qt.ItemFlag.ItemIsEditable  # a writer retitles their own pieces
        return flags

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        node: Node = index.internalPointer()
        text = str(value).strip()
        if node.kind not in (PIECE, ISSUE, PUBLICATION) or (not text and node.kind != ISSUE):
            return False
        if text == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        self.renameRequested.emit(node.key, text)
        return True

    # Drag and drop ---------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [PIECES_MIME, "text/uri-list"]

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:
        ids: list[int] = []
        titles: list[str] = []
        for index in indexes:
            node = self.node(index)
            if node.kind == PIECE and node.key[1] not in ids:
                ids.append(node.key[1])
                titles.append(node.record.title)
        data = QMimeData()
        import json

        data.setData(PIECES_MIME, json.dumps({"piece_ids": ids}).encode())
        data.setText("\n".join(titles))
        return data

    @staticmethod
    def piece_ids_from_mime(data: QMimeData) -> list[int]:
        if not data.hasFormat(PIECES_MIME):
            return []
        import json

        try:
            payload = json.loads(bytes(data.data(PIECES_MIME).data()).decode())
            return [int(i) for i in payload.get("piece_ids", [])]
        except (ValueError, TypeError, AttributeError):
            return []

    def drop_target(self, row: int, parent: QModelIndex) -> tuple[Any, int | None] | None:
        """Where a drop at (row, parent) sends pieces: (container, before piece id)."""
        node = self.node(parent)
        if node.kind == PIECE:  # dropped onto a piece: before it, in its container
            return node.parent.container, node.key[1]
        container = node.container
        if container is None:
            return None
        before = None
        if node.children is not None and 0 <= row < len(node.children):
            before = node.children[row].key[1]
        return container, before

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: QModelIndex
    ) -> bool:
        if not self.may_plan():  # moves and imports: the plan's
            return False
        if data.hasUrls() and any(url.isLocalFile() for url in data.urls()):
            return True
        if not data.hasFormat(PIECES_MIME):
            return False
        target = self.drop_target(row, parent)
        return target is not None and not (target[0] == TRASH and target[1] is not None)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: QModelIndex
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.may_plan():
            return False
        if data.hasUrls():
            paths = [url.toLocalFile() for url in data.urls() if url.isLocalFile()]
            if paths:
                target = self.drop_target(row, parent)
                self.filesDropped.emit(paths, target[0] if target else None)
                return True
        ids = self.piece_ids_from_mime(data)
        target = self.drop_target(row, parent)
        if not ids or target is None:
            return False
        container, before = target
        if before in ids:
            before = None if len(ids) > 1 else before
            if before is not None:
                return False
        self.moveRequested.emit(ids, container, before)
        # The move is done by the window through the store, then the model refreshes:
        # returning False stops the view from removing the dragged rows itself.
        return False

    # Refresh after changes ---------------------------------------------------

    def set_filter(self, piece_filter: PieceFilter) -> None:
        if piece_filter == self._filter:
            return
        self._filter = piece_filter
        self.refresh()

    def refresh(self) -> None:
        """Bring every loaded node in line with the store, keeping expansion and selection."""
        self._read_state()
        publications = catalog.list_publications(self._store)
        specs = []
        for info in publications:
            existing = self._find_child(self._root, (PUBLICATION, info.id))
            node = existing or Node(PUBLICATION, (PUBLICATION, info.id), info, self._root)
            node.record = info
            specs.append(node)
        self._sync_children(self._root, specs)
        for node in list(self._root.children or []):
            self._refresh_publication(node)

    def _refresh_publication(self, node: Node) -> None:
        fresh = self._publication_children(node)
        specs: list[Node] = []
        for candidate in fresh:
            existing = self._find_child(node, candidate.key)
            if existing is not None:
                existing.record = candidate.record
                existing.count = candidate.count
                specs.append(existing)
            else:
                specs.append(candidate)
        self._sync_children(node, specs)
        for child in node.children or []:
            if child.children is not None:
                self._refresh_container(child)

    def _refresh_container(self, node: Node) -> None:
        fresh = self._piece_nodes(node)
        specs = []
        for candidate in fresh:
            existing = self._find_child(node, candidate.key)
            if existing is not None:
                existing.record = candidate.record
                specs.append(existing)
            else:
                specs.append(candidate)
        self._sync_children(node, specs)
        node.count = len(specs)

    @staticmethod
    def _find_child(node: Node, key: tuple) -> Node | None:
        for child in node.children or []:
            if child.key == key:
                return child
        return None

    def _node_index(self, node: Node) -> QModelIndex:
        if node is self._root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def _sync_children(self, parent: Node, wanted: list[Node]) -> None:
        """Turn parent's children into ``wanted`` with row removals, moves and insertions,
        so that views keep their expanded nodes and selection."""
        parent_index = self._node_index(parent)
        if parent.children is None:
            parent.children = []
        wanted_keys = {n.key for n in wanted}
        for row in range(len(parent.children) - 1, -1, -1):
            if parent.children[row].key not in wanted_keys:
                self.beginRemoveRows(parent_index, row, row)
                del parent.children[row]
                self.endRemoveRows()
        for target_row, node in enumerate(wanted):
            current = parent.children
            if target_row < len(current) and current[target_row] is node:
                continue
            if node in current:
                source_row = current.index(node)
                self.beginMoveRows(parent_index, source_row, source_row, parent_index, target_row)
                current.pop(source_row)
                current.insert(target_row, node)
                self.endMoveRows()
            else:
                node.parent = parent
                self.beginInsertRows(parent_index, target_row, target_row)
                current.insert(target_row, node)
                self.endInsertRows()
        if parent_index.isValid() or parent is self._root:
            first, last = 0, len(parent.children) - 1
            if last >= first:
                self.dataChanged.emit(
                    self.index(first, 0, parent_index), self.index(last, 0, parent_index)
                )
        if parent is not self._root and parent_index.isValid():
            self.dataChanged.emit(parent_index, parent_index)

    def publication_ids(self) -> list[int]:
        return [n.key[1] for n in self._root.children or []]
