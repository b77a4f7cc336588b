"""Undoable planning changes for the window: each builds the core command
(:mod:`workbench.flatplan.commands`) in the Qt adapter (:class:`ui.undo.StoreUndoCommand`).

The names and arguments are the planner controller's: ``PlanCommand(store, changed, text,
issue_ids, action, piece_ids)`` where ``changed`` re-reads the store after each step and
``text`` is the translated label the Edit menu shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from ui.undo import StoreUndoCommand
from workbench.flatplan import commands
from workbench.flatplan.commands import PlanAction
from workbench.store import Store

Changed = Callable[[], None]


def PlanCommand(  # noqa: N802 (kept as the callers' class-like name)
    store: Store,
    changed: Changed,
    text: str,
    issue_ids: Iterable[int],
    action: PlanAction,
    piece_ids: Iterable[int] = (),
) -> StoreUndoCommand:
    """Run ``action(store)`` on numéros ``issue_ids``; undo restores them as they were."""
    command = commands.PlanChange(issue_ids, action, piece_ids)
    return StoreUndoCommand(store, changed, text, command)


def StatusCommand(  # noqa: N802
    store: Store, changed: Changed, text: str, piece_ids: Iterable[int], status: str
) -> StoreUndoCommand:
    """Set the workflow status of pieces (placed or not)."""
    return StoreUndoCommand(store, changed, text, commands.SetStatus(piece_ids, status))


def DueDateCommand(  # noqa: N802
    store: Store, changed: Changed, text: str, piece_ids: Iterable[int], due: date | None
) -> StoreUndoCommand:
    """Set the due date (échéance) of pieces."""
    return StoreUndoCommand(store, changed, text, commands.SetDueDate(piece_ids, due))


def DuplicateStructureCommand(  # noqa: N802
    store: Store,
    changed: Changed,
    text: str,
    source_issue_id: int,
    number: int,
    theme: str = "",
) -> StoreUndoCommand:
    """Start a numéro from another one's structure; undo puts the new numéro in the trash.
    ``.issue_id`` once executed."""
    command = commands.DuplicateStructure(source_issue_id, number, theme)
    return StoreUndoCommand(store, changed, text, command)
