"""The history of a piece: its revisions, a word diff between two of them, and restore.

Select one revision to compare it with the text as saved, or two to compare them with each
other. « Restaurer cette version » saves the revision's text as a new revision (the history
is never rewritten) and emits ``restored(piece_id)`` so the editor reloads the piece.

Wiring: ``panel = HistoryPanel(store, piece_id)``; ``panel.set_piece(id)`` when another piece
opens; ``panel.reload()`` after each save that kept a revision; connect ``aboutToRestore`` to
a synchronous save of pending edits and ``restored`` to reloading the piece (text and
version).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.editor.diff_view import DiffView
from ui.icons import icon
from workbench import people, revisions
from workbench.pieces import get_piece
from workbench.revisions import RevisionInfo
from workbench.store import Store, StoreError
from workbench.text.counting import count_piece

RevisionIdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
SignsRole = Qt.ItemDataRole.UserRole + 3

_RESTORE_PREFIX = revisions.RESTORE_NOTE.split("{", 1)[0]
KIND_COLORS = {
    "autosave": "#757575",
    "manual": "#1565c0",
    "restore": "#2e7d32",
    "conflict": "#c62828",
    "initial": "#6d4c41",
}


def revision_kind(note: str) -> str:
    """autosave, manual, restore, conflict or initial, from a revision's note."""
    if note == revisions.AUTOSAVE_NOTE:
        return "autosave"
    if note == revisions.CONFLICT_NOTE:
        return "conflict"
    if note == revisions.INITIAL_NOTE:
        return "initial"
    if note.startswith(_RESTORE_PREFIX):
        return "restore"
    return "manual"


def local_time(when: datetime) -> datetime:
    """Revision times are stored in naive UTC; people read them in their own time zone."""
    return when.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def format_when(when: datetime) -> str:
    return local_time(when).strftime("%d/%m/%Y %H:%M")


_badge_icons: dict[str, QIcon] = {}


def badge_icon(kind: str) -> QIcon:
    """The kind's icon, drawn the same when its row is selected (not tinted into the
    selection colour, where it would vanish)."""
    found = _badge_icons.get(kind)
    if found is None:
        base = icon(f"revision-{kind}")
        found = QIcon(base)
        for size in (16, 24, 32):
            found.addPixmap(base.pixmap(size, size), QIcon.Mode.Selected)
        _badge_icons[kind] = found
    return found


def format_signs(signs: int) -> str:
    return f"{signs:,}".replace(",", "\u202f")


class RevisionListModel(QAbstractListModel):
    """The revisions of one piece, newest first."""

    def __init__(self, store: Store, piece_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.piece_id = piece_id
        self._revisions: list[RevisionInfo] = []
        self._signs: dict[int, int] = {}
        self._names: dict[str, str] = {}
        if piece_id is not None:
            self.reload()

    def set_piece(self, piece_id: int | None) -> None:
        """Show another piece's history (the same piece: :meth:`reload`)."""
        if piece_id is not None and piece_id == self.piece_id:
            self.reload()
            return
        self.piece_id = piece_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._revisions = (
            revisions.list_revisions(self.store, self.piece_id) if self.piece_id else []
        )
        # On a team store each version says who wrote it (a file has one person).
        self._names = people.display_names(self.store) if self.store.is_shared else {}
        self._signs = {}
        self.endResetModel()

    def revision(self, row: int) -> RevisionInfo:
        return self._revisions[row]

    def row_of(self, revision_id: int) -> int:
        return next((i for i, r in enumerate(self._revisions) if r.id == revision_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._revisions)

    def kind_label(self, kind: str) -> str:
        return {
            "autosave": self.tr("Autosave"),
            "manual": self.tr("Saved"),
            "restore": self.tr("Restore"),
            "conflict": self.tr("Conflict"),
            "initial": self.tr("Initial version"),
        }[kind]

    def signs(self, revision: RevisionInfo) -> int:
        """Signes of the revision's chapô and body (computed when first shown)."""
        found = self._signs.get(revision.id)
        if found is None:
            found = count_piece(revision.body, revision.standfirst).signs
            self._signs[revision.id] = found
        return found

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._revisions):
            return None
        revision = self._revisions[index.row()]
        kind = revision_kind(revision.note)
        if role == Qt.ItemDataRole.DisplayRole:
            signs = self.tr("%1 signs").replace("%1", format_signs(self.signs(revision)))
            text = f"{format_when(revision.created_at)}\n{self.kind_label(kind)} · {signs}"
            if self.store.is_shared and revision.author:
                text += " · " + self._names.get(revision.author, revision.author)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{revision.note}\n{revision.title}"
        if role == Qt.ItemDataRole.DecorationRole:
            return badge_icon(kind)
        if role == Qt.ItemDataRole.ForegroundRole and kind == "conflict":
            return QColor(KIND_COLORS["conflict"])
        if role == RevisionIdRole:
            return revision.id
        if role == KindRole:
            return kind
        if role == SignsRole:
            return self.signs(revision)
        return None


class HistoryPanel(QWidget):
    """Revisions of a piece, a diff between two of them, and « Restaurer cette version »."""

    # About to restore: the editor saves what it holds first (connect directly).
    aboutToRestore = Signal(int)
    # The piece's text was replaced by a revision: the editor reloads it.
    restored = Signal(int)
    statusMessage = Signal(str)

    def __init__(
        self, store: Store, piece_id: int | None = None, parent=None, *, lazy: bool = False
    ) -> None:
        """``lazy``: read the history only once the panel is shown (in the editor's side
        tabs, where it is usually hidden)."""
        super().__init__(parent)
        self.store = store
        self.lazy = lazy
        self.model = RevisionListModel(store, None, self)

        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformItemSizes(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.list.activated.connect(lambda _index: self._selection_changed())

        self.diff = DiffView(self)
        self.whole_text = QCheckBox(self.tr("Show the whole text"), self)
        self.whole_text.toggled.connect(lambda whole: self.diff.set_fold(not whole))
        self.restore_action = QAction(
            icon("restore-version"), self.tr("Restore this version"), self
        )
        self.restore_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.restore_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.restore_action.triggered.connect(self.restore_selected)
        self.addAction(self.restore_action)
        self.restore_button = QPushButton(self.restore_action.icon(), self.restore_action.text())
        self._restore_tip = self.tr("Bring this text back. The current text stays in the history.")
        self.restore_button.setToolTip(self._restore_tip)
        # Why restoring is not possible now (the piece is read only here), or None.
        self.restore_refusal: Callable[[], str | None] = lambda: None
        self.restore_button.clicked.connect(self.restore_selected)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #616161;")

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.title)
        top_layout.addWidget(self.list, 1)
        top_layout.addWidget(self.hint)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.diff, 1)
        row = QHBoxLayout()
        row.addWidget(self.whole_text)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        bottom_layout.addLayout(row)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self.piece_id: int | None = None
        self._pending: tuple[int | None] | None = None  # a piece to show once visible
        self.set_piece(piece_id)

    # Piece and refresh -----------------------------------------------------------------

    def showEvent(self, event) -> None:
        """The history is read when it is first looked at, not when the piece opens: its
        comparison of a long piece with its last revision takes time nobody asked for."""
        super().showEvent(event)
        if self._pending is not None:
            (piece_id,) = self._pending
            self._pending = None
            self._show_piece(piece_id)

    def set_piece(self, piece_id: int | None) -> None:
        """Show another piece's history (the same piece: :meth:`reload`)."""
        if self.lazy and not self.isVisible():
            self._pending = (piece_id,)
            return
        if piece_id is not None and piece_id == self.piece_id:
            self.reload()
            return
        self._show_piece(piece_id)

    def _show_piece(self, piece_id: int | None) -> None:
        self.piece_id = piece_id
        self.model.set_piece(piece_id)
        self._update_title()
        if self.model.rowCount():
            # The newest revision is usually the saved text: show what changed since the one
            # before it.
            self.list.setCurrentIndex(self.model.index(min(1, self.model.rowCount() - 1)))
        self._selection_changed()

    def reload(self) -> None:
        """Re-read the history (after a save), keeping the selected revisions selected."""
        if self.lazy and not self.isVisible():
            if self._pending is None:
                self._pending = (self.piece_id,)
            return
        selected = self.selected_revision_ids()
        current = self.list.currentIndex().data(RevisionIdRole)
        self.model.reload()
        self._update_title()
        self.select_revisions(selected, current)

    def _update_title(self) -> None:
        count = self.model.rowCount()
        if self.piece_id is None:
            text = self.tr("No piece open.")
        elif count == 0:
            text = self.tr("No revision yet: one is kept each time the text changes.")
        else:
            text = (
                self.tr("1 revision")
                if count == 1
                else self.tr("%1 revisions").replace("%1", str(count))
            )
        self.title.setText(text)

    # Selection ------------------------------------------------------------------------

    def selected_revision_ids(self) -> list[int]:
        """Selected revisions, newest first."""
        rows = sorted(index.row() for index in self.list.selectionModel().selectedIndexes())
        return [self.model.revision(row).id for row in rows]

    def select_revisions(self, revision_ids: list[int], current: int | None = None) -> None:
        selection = self.list.selectionModel()
        selection.clearSelection()
        for revision_id in revision_ids:
            row = self.model.row_of(revision_id)
            if row >= 0:
                selection.select(self.model.index(row), QItemSelectionModel.SelectionFlag.Select)
        row = self.model.row_of(current) if current is not None else -1
        if row >= 0:
            selection.setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self._selection_changed()

    def _selection_changed(self, *_args) -> None:
        ids = self.selected_revision_ids()
        self._allow_restore(len(ids) == 1)
        if self.piece_id is None or not self.model.rowCount():
            self.diff.show_message(self.tr("Nothing to compare yet."))
            self.hint.clear()
            return
        self.hint.setText(
            self.tr("Select one version to compare it with the saved text, or two (Ctrl+click).")
        )
        if not ids or len(ids) > 2:
            message = (
                self.tr("Select one or two versions to compare.")
                if not ids
                else self.tr("Select at most two versions.")
            )
            self.diff.show_message(message)
            return
        try:
            if len(ids) == 1:
                old = revisions.get_revision(self.store, ids[0])
                diffs = revisions.diff_revisions(self.store, ids[0], None)
                heading = self.tr("Changes from the version of %1 to the saved text").replace(
                    "%1", format_when(old.created_at)
                )
            else:
                new_id, old_id = ids  # newest first
                old = revisions.get_revision(self.store, old_id)
                new = revisions.get_revision(self.store, new_id)
                diffs = revisions.diff_revisions(self.store, old_id, new_id)
                heading = (
                    self.tr("Changes from the version of %1 to the version of %2")
                    .replace("%1", format_when(old.created_at))
                    .replace("%2", format_when(new.created_at))
                )
        except StoreError as exc:
            self.diff.show_message(str(exc))
            return
        self.diff.set_diffs(diffs, heading)
        if len(ids) == 1:
            # Restoring the text as saved would change nothing.
            same = all(op.kind == "equal" for ops in diffs.values() for op in ops)
            self._allow_restore(not same)

    def _allow_restore(self, possible: bool) -> None:
        """Restoring needs one version selected and a piece this window may write (greyed
        with why otherwise)."""
        reason = self.restore_refusal()
        self.restore_action.setEnabled(possible and reason is None)
        self.restore_button.setEnabled(possible and reason is None)
        self.restore_button.setToolTip(reason or self._restore_tip)

    def update_restore(self) -> None:
        """The piece became writable here or read only: restoring follows."""
        if self.restore_refusal() is not None:
            self._allow_restore(False)
        elif self.isVisible():
            self._selection_changed()
        else:
            self._allow_restore(len(self.selected_revision_ids()) == 1)

    # Restore --------------------------------------------------------------------------

    def restore_selected(self) -> bool:
        ids = self.selected_revision_ids()
        if len(ids) != 1 or self.piece_id is None or self.restore_refusal() is not None:
            return False
        return self.restore(ids[0])

    def restore(self, revision_id: int) -> bool:
        """Save the revision's text as the piece's text (a new revision); True when done."""

        piece_id = self.piece_id
        if piece_id is None:
            return False
        self.aboutToRestore.emit(piece_id)
        try:
            version = get_piece(self.store, piece_id).version
            result = revisions.restore_revision(self.store, revision_id, expected_version=version)
        except StoreError as exc:  # a ConflictError included
            QMessageBox.warning(self, self.tr("Restore this version"), str(exc))
            return False
        self.reload()
        if result.revision_id is not None:
            self.select_revisions([result.revision_id], result.revision_id)
            self.statusMessage.emit(
                self.tr("Version restored. The previous text stays in the history.")
            )
        else:
            self.statusMessage.emit(self.tr("This version is already the saved text."))
        self.restored.emit(piece_id)
        return True

    def _context_menu(self, pos) -> None:
        index = self.list.indexAt(pos)
        if not index.isValid():
            return
        if index.row() not in {i.row() for i in self.list.selectionModel().selectedIndexes()}:
            self.list.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.restore_action)
        menu.exec(self.list.viewport().mapToGlobal(pos))
