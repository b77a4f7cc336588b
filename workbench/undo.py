"""Undoable operations as plain objects: what a step does to the store and how to take it back.

A :class:`Command` holds ids and values only and calls the workbench services (never SQL,
never Qt). ``apply`` does the step (the first time, and again on redo); ``revert`` takes it
back. The interface wraps each command in one Qt adapter (``ui.undo``) that gives it its
translated label and puts it on the window's undo stack; the tests run them headless.

A command is applied once before it reaches any undo stack, so a step the store refuses
(``StoreError``) is never recorded. A refused ``apply`` leaves the store as it was.

The tree's operations are here; the flatplan's live in ``workbench.flatplan.commands``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar

from workbench import catalog, pieces
from workbench.catalog import IssueFields
from workbench.pieces import POOL, TRASH, Container, PieceLocation
from workbench.store import Store


class Command(ABC):
    """One undoable step on the store.

    ``kind`` is a stable code naming the operation (for logs and for the interface, which
    chooses the words the user reads). ``apply`` may be called again after ``revert``
    (redo); a command keeps between the calls whatever it needs to do so exactly.
    """

    kind: ClassVar[str]
    mergeable: ClassVar[bool] = False  # True when consecutive steps may become one

    @abstractmethod
    def apply(self, store: Store) -> None:
        """Do the step; raises ``StoreError`` when the store refuses it."""

    @abstractmethod
    def revert(self, store: Store) -> None:
        """Take the step back, after ``apply``."""

    def merge(self, other: Command) -> bool:
        """Absorb ``other``, applied just after this one, into one step; True when done.

        Only asked of commands of the same ``kind`` whose class is ``mergeable``."""
        return False


class MovePieces(Command):
    """Move pieces to a numéro, au marbre (``POOL``) or the trash (``TRASH``), before the
    piece ``before`` or at the end; revert puts every piece back where it was."""

    kind = "move_pieces"

    def __init__(
        self,
        publication_id: int,
        piece_ids: list[int],
        target: Container,
        before: int | None = None,
    ) -> None:
        self.publication_id = publication_id
        self.piece_ids = list(piece_ids)
        self.target = target
        self.before = before
        self.snapshot: list[PieceLocation] = []

    def apply(self, store: Store) -> None:
        containers = {pieces.container_of(pieces.get_summary(store, pid)) for pid in self.piece_ids}
        containers.add(self.target)
        self.snapshot = pieces.snapshot_locations(store, self.publication_id, containers)
        if self.target == TRASH:
            pieces.trash_pieces(store, self.piece_ids)
            return
        # Deferred: the flatplan's rules load on the first move, not at the window's start.
        from workbench.flatplan.changes import move_in_tree  # noqa: PLC0415 - start-up, see above

        # The tree's order and the chemin de fer follow each other (issue pages repack).
        issue_id = None if self.target == POOL else int(self.target)
        move_in_tree(store, self.piece_ids, issue_id, before_piece_id=self.before)

    def revert(self, store: Store) -> None:
        pieces.restore_locations(store, self.snapshot)


class RestorePieces(Command):
    """Bring pieces back from the trash; revert puts them back in it, where they were."""

    kind = "restore_pieces"

    def __init__(self, publication_id: int, piece_ids: list[int]) -> None:
        self.publication_id = publication_id
        self.piece_ids = list(piece_ids)
        self.snapshot: list[PieceLocation] = []

    def apply(self, store: Store) -> None:
        self.snapshot = [
            location
            for location in pieces.snapshot_locations(store, self.publication_id, [TRASH])
            if location.piece_id in self.piece_ids
        ]
        pieces.restore_pieces(store, self.piece_ids)

    def revert(self, store: Store) -> None:
        pieces.restore_locations(store, self.snapshot)


class Rename(Command):
    """Rename a piece (its title), a numéro (its theme) or a publication (its name).

    ``key`` is the tree's key: ``("piece" | "issue" | "publication", id)``."""

    kind = "rename"
    KINDS: ClassVar[tuple[str, ...]] = ("piece", "issue", "publication")

    def __init__(self, key: tuple[str, int], old: str, new: str) -> None:
        if key[0] not in self.KINDS:
            raise ValueError(f"cannot rename a {key[0]!r}")
        self.key = key
        self.old = old
        self.new = new

    def _write(self, store: Store, value: str) -> None:
        kind, ident = self.key
        if kind == "piece":
            pieces.update_piece(store, ident, title=value)
        elif kind == "issue":
            catalog.set_issue_theme(store, ident, value)
        else:
            catalog.rename_publication(store, ident, value)

    def apply(self, store: Store) -> None:
        self._write(store, self.new)

    def revert(self, store: Store) -> None:
        self._write(store, self.old)


class CreatePiece(Command):
    """Create a piece; revert puts it in the trash (nothing typed is ever destroyed) and
    apply again brings the same piece back. ``piece_id`` is known after the first apply."""

    kind = "create_piece"

    def __init__(
        self,
        publication_id: int,
        piece_kind: str,
        title: str,
        issue_id: int | None,
        fields: dict[str, Any] | None = None,
    ) -> None:
        self.publication_id = publication_id
        self.piece_kind = piece_kind
        self.title = title
        self.issue_id = issue_id
        self.fields = dict(fields or {})  # more fields of the new piece (a template's body…)
        self.piece_id: int | None = None

    def apply(self, store: Store) -> None:
        if self.piece_id is None:
            self.piece_id = pieces.create_piece(
                store,
                self.publication_id,
                self.piece_kind,
                self.title,
                issue_id=self.issue_id,
                **self.fields,
            )
        else:
            pieces.restore_pieces(store, [self.piece_id])

    def revert(self, store: Store) -> None:
        assert self.piece_id is not None, "reverted before it was applied"
        pieces.trash_pieces(store, [self.piece_id])


class CreateIssue(Command):
    """Create a numéro; revert puts it in the trash, apply again restores it.
    ``issue_id`` is known after the first apply."""

    kind = "create_issue"

    def __init__(self, publication_id: int, fields: IssueFields) -> None:
        self.publication_id = publication_id
        self.fields = fields
        self.issue_id: int | None = None

    def apply(self, store: Store) -> None:
        if self.issue_id is None:
            self.issue_id = catalog.create_issue(store, self.publication_id, self.fields)
        else:
            catalog.restore_issue(store, self.issue_id)

    def revert(self, store: Store) -> None:
        assert self.issue_id is not None, "reverted before it was applied"
        catalog.trash_issue(store, self.issue_id)


class EditIssue(Command):
    """Give a numéro new fields; revert gives it the old ones back."""

    kind = "edit_issue"

    def __init__(self, issue_id: int, old: IssueFields, new: IssueFields) -> None:
        self.issue_id = issue_id
        self.old = old
        self.new = new

    def apply(self, store: Store) -> None:
        catalog.update_issue(store, self.issue_id, self.new)

    def revert(self, store: Store) -> None:
        catalog.update_issue(store, self.issue_id, self.old)


class TrashIssue(Command):
    """Put a numéro in the trash; its pieces go au marbre. Revert brings both back as they
    were."""

    kind = "trash_issue"

    def __init__(self, publication_id: int, issue_id: int) -> None:
        self.publication_id = publication_id
        self.issue_id = issue_id
        self.snapshot: list[PieceLocation] = []

    def apply(self, store: Store) -> None:
        self.snapshot = pieces.snapshot_locations(store, self.publication_id, [self.issue_id])
        catalog.trash_issue(store, self.issue_id)

    def revert(self, store: Store) -> None:
        catalog.restore_issue(store, self.issue_id)
        pieces.restore_locations(store, self.snapshot)


class RestoreIssue(Command):
    """Bring a numéro back from the trash; revert puts it back there."""

    kind = "restore_issue"

    def __init__(self, issue_id: int) -> None:
        self.issue_id = issue_id

    def apply(self, store: Store) -> None:
        catalog.restore_issue(store, self.issue_id)

    def revert(self, store: Store) -> None:
        catalog.trash_issue(store, self.issue_id)
