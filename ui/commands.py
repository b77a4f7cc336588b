"""Undoable tree operations for the window: each builds the core command
(:mod:`workbench.undo`) in the Qt adapter (:class:`ui.undo.StoreUndoCommand`).

The names and arguments are the callers': ``MovePiecesCommand(store, changed, text, …)``
where ``changed`` re-reads the store after each step and ``text`` is the translated label
the Edit menu shows (« Annuler : Déplacer »).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ui.undo import StoreUndoCommand
from workbench import undo
from workbench.catalog import IssueFields
from workbench.pieces import Container
from workbench.store import Store

# The adapter under the name the window and the planner test for.
StoreCommand = StoreUndoCommand
Changed = Callable[[], None]


def MovePiecesCommand(  # noqa: N802 (kept as the callers' class-like name)
    store: Store,
    changed: Changed,
    text: str,
    publication_id: int,
    piece_ids: list[int],
    target: Container,
    before: int | None = None,
) -> StoreUndoCommand:
    """Move pieces to a numéro, au marbre, or the trash; undo puts every piece back."""
    command = undo.MovePieces(publication_id, piece_ids, target, before)
    return StoreUndoCommand(store, changed, text, command)


def RestorePiecesCommand(  # noqa: N802
    store: Store, changed: Changed, text: str, publication_id: int, piece_ids: list[int]
) -> StoreUndoCommand:
    command = undo.RestorePieces(publication_id, piece_ids)
    return StoreUndoCommand(store, changed, text, command)


def RenameCommand(  # noqa: N802
    store: Store, changed: Changed, text: str, key: tuple[str, int], old: str, new: str
) -> StoreUndoCommand:
    """Rename a piece (title), a numéro (theme) or a publication (name)."""
    return StoreUndoCommand(store, changed, text, undo.Rename(key, old, new))


def CreatePieceCommand(  # noqa: N802
    store: Store,
    changed: Changed,
    text: str,
    publication_id: int,
    kind: str,
    title: str,
    issue_id: int | None,
    fields: dict[str, Any] | None = None,
) -> StoreUndoCommand:
    """Create a piece; undo puts it in the trash. ``.piece_id`` once executed."""
    command = undo.CreatePiece(publication_id, kind, title, issue_id, fields)
    return StoreUndoCommand(store, changed, text, command)


def CreateIssueCommand(  # noqa: N802
    store: Store, changed: Changed, text: str, publication_id: int, fields: IssueFields
) -> StoreUndoCommand:
    """Create a numéro; undo puts it in the trash. ``.issue_id`` once executed."""
    return StoreUndoCommand(store, changed, text, undo.CreateIssue(publication_id, fields))


def EditIssueCommand(  # noqa: N802
    store: Store, changed: Changed, text: str, issue_id: int, old: IssueFields, new: IssueFields
) -> StoreUndoCommand:
    return StoreUndoCommand(store, changed, text, undo.EditIssue(issue_id, old, new))


def TrashIssueCommand(  # noqa: N802
    store: Store, changed: Changed, text: str, publication_id: int, issue_id: int
) -> StoreUndoCommand:
    """Trash a numéro: its pieces go au marbre. Undo brings both back as they were."""
    return StoreUndoCommand(store, changed, text, undo.TrashIssue(publication_id, issue_id))


def RestoreIssueCommand(  # noqa: N802
    store: Store, changed: Changed, text: str, issue_id: int
) -> StoreUndoCommand:
    return StoreUndoCommand(store, changed, text, undo.RestoreIssue(issue_id))
