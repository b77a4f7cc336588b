"""Undoable tree operations. Each command calls workbench services, never SQL.

A command is executed once before it is pushed (so a refused operation never reaches the
undo stack); QUndoStack's first call to redo() is then skipped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from workbench import catalog, pieces
from workbench.catalog import IssueFields
from workbench.pieces import POOL, TRASH, PieceLocation
from workbench.store import Store


class StoreCommand(QUndoCommand):
    def __init__(self, store: Store, changed: Callable[[], None], text: str) -> None:
        super().__init__(text)
        self.store = store
        self.changed = changed
        self._pushed = False

    def execute(self) -> None:
        """Do the operation for the first time; raises StoreError when refused."""
        self.do()
        self.changed()

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self.do()
        self.changed()

    def undo(self) -> None:
        self.undo_it()
        self.changed()

    def do(self) -> None:
        """The operation; subclasses override it."""

    def undo_it(self) -> None:
        """Its reverse; subclasses override it."""


class MovePiecesCommand(StoreCommand):
    """Move pieces to a numéro, au marbre, or the trash; undo puts every piece back."""

    def __init__(
        self,
        store: Store,
        changed: Callable[[], None],
        text: str,
        publication_id: int,
        piece_ids: list[int],
        target: int | str,
        before: int | None = None,
    ) -> None:
        super().__init__(store, changed, text)
        self.publication_id = publication_id
        self.piece_ids = piece_ids
        self.target = target
        self.before = before
        self.snapshot: list[PieceLocation] = []

    def do(self) -> None:
        containers = {
            pieces.container_of(pieces.get_summary(self.store, pid)) for pid in self.piece_ids
        }
        containers.add(self.target)
        self.snapshot = pieces.snapshot_locations(self.store, self.publication_id, containers)
        if self.target == TRASH:
            pieces.trash_pieces(self.store, self.piece_ids)
        else:
            from workbench.flatplan.changes import move_in_tree

            # The tree's order and the chemin de fer follow each other (issue pages repack).
            issue_id = None if self.target == POOL else int(self.target)
            move_in_tree(self.store, self.piece_ids, issue_id, before_piece_id=self.before)

    def undo_it(self) -> None:
        pieces.restore_locations(self.store, self.snapshot)


class RestorePiecesCommand(StoreCommand):
    def __init__(
        self,
        store: Store,
        changed: Callable[[], None],
        text: str,
        publication_id: int,
        piece_ids: list[int],
    ) -> None:
        super().__init__(store, changed, text)
        self.publication_id = publication_id
        self.piece_ids = piece_ids
        self.snapshot: list[PieceLocation] = []

    def do(self) -> None:
        self.snapshot = [
            loc
            for loc in pieces.snapshot_locations(self.store, self.publication_id, [TRASH])
            if loc.piece_id in self.piece_ids
        ]
        pieces.restore_pieces(self.store, self.piece_ids)

    def undo_it(self) -> None:
        pieces.restore_locations(self.store, self.snapshot)


class RenameCommand(StoreCommand):
    """Rename a piece (title), a numéro (theme) or a publication (name)."""

    def __init__(
        self, store: Store, changed: Callable[[], None], text: str, key: tuple, old: str, new: str
    ) -> None:
        super().__init__(store, changed, text)
        self.key = key
        self.old = old
        self.new = new

    def _apply(self, value: str) -> None:
        kind, ident = self.key
        if kind == "piece":
            pieces.update_piece(self.store, ident, title=value)
        elif kind == "issue":
            catalog.set_issue_theme(self.store, ident, value)
        elif kind == "publication":
            catalog.rename_publication(self.store, ident, value)

    def do(self) -> None:
        self._apply(self.new)

    def undo_it(self) -> None:
        self._apply(self.old)


class CreatePieceCommand(StoreCommand):
    """Create a piece; undo puts it in the trash (nothing typed is ever destroyed)."""

    def __init__(
        self,
        store: Store,
        changed: Callable[[], None],
        text: str,
        publication_id: int,
        kind: str,
        title: str,
        issue_id: int | None,
        fields: dict | None = None,
    ) -> None:
        super().__init__(store, changed, text)
        self.publication_id = publication_id
        self.kind = kind
        self.title = title
        self.issue_id = issue_id
        self.fields = fields or {}  # more fields of the new piece (a template's body…)
        self.piece_id: int | None = None

    def do(self) -> None:
        if self.piece_id is None:
            self.piece_id = pieces.create_piece(
                self.store,
                self.publication_id,
                self.kind,
                self.title,
                issue_id=self.issue_id,
                **self.fields,
            )
        else:
            pieces.restore_pieces(self.store, [self.piece_id])

    def undo_it(self) -> None:
        assert self.piece_id is not None
        pieces.trash_pieces(self.store, [self.piece_id])


class CreateIssueCommand(StoreCommand):
    def __init__(
        self,
        store: Store,
        changed: Callable[[], None],
        text: str,
        publication_id: int,
        fields: IssueFields,
    ) -> None:
        super().__init__(store, changed, text)
        self.publication_id = publication_id
        self.fields = fields
        self.issue_id: int | None = None

    def do(self) -> None:
        if self.issue_id is None:
            self.issue_id = catalog.create_issue(self.store, self.publication_id, self.fields)
        else:
            catalog.restore_issue(self.store, self.issue_id)

    def undo_it(self) -> None:
        assert self.issue_id is not None
        catalog.trash_issue(self.store, self.issue_id)


class EditIssueCommand(StoreCommand):
    def __init__(
        self,
        store: Store,
        changed: Callable[[], None],
        text: str,
        issue_id: int,
        old: IssueFields,
        new: IssueFields,
    ) -> None:
        super().__init__(store, changed, text)
        self.issue_id = issue_id
        self.old = old
        self.new = new

    def do(self) -> None:
        catalog.update_issue(self.store, self.issue_id, self.new)

    def undo_it(self) -> None:
        catalog.update_issue(self.store, self.issue_id, self.old)


class TrashIssueCommand(StoreCommand):
    """Trash a numéro: its pieces go au marbre. Undo brings both back as they were."""

    def __init__(
        self,
        store: Store,
        changed: Callable[[], None],
        text: str,
        publication_id: int,
        issue_id: int,
    ) -> None:
        super().__init__(store, changed, text)
        self.publication_id = publication_id
        self.issue_id = issue_id
        self.snapshot: list[PieceLocation] = []

    def do(self) -> None:
        self.snapshot = pieces.snapshot_locations(self.store, self.publication_id, [self.issue_id])
        catalog.trash_issue(self.store, self.issue_id)

    def undo_it(self) -> None:
        catalog.restore_issue(self.store, self.issue_id)
        pieces.restore_locations(self.store, self.snapshot)


class RestoreIssueCommand(StoreCommand):
    def __init__(self, store: Store, changed: Callable[[], None], text: str, issue_id: int) -> None:
        super().__init__(store, changed, text)
        self.issue_id = issue_id

    def do(self) -> None:
        catalog.restore_issue(self.store, self.issue_id)

    def undo_it(self) -> None:
        catalog.trash_issue(self.store, self.issue_id)
