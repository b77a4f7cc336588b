"""Undoable planning changes as plain objects (see ``workbench.undo`` for the protocol).

Every change of the chemin de fer goes through :class:`PlanChange`: it snapshots the
numéros it may touch (``snapshot_plan``), runs the change (saved at once by the flatplan
services), and revert puts the snapshots back (``restore_plan``). A change refused by the
rules leaves the store exactly as it was: the snapshot is restored before the error goes
on to the caller.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable, Hashable, Iterable
from datetime import date
from typing import Any, ClassVar

from workbench import catalog, pieces
from workbench.flatplan import changes
from workbench.flatplan.snapshot import PlanSnapshot, restore_plan, snapshot_plan
from workbench.records import PieceSummary
from workbench.store import Store, StoreError
from workbench.undo import Command

PlanAction = Callable[[Store], object]


class PlanChange(Command):
    """Run ``action(store)`` on numéros ``issue_ids``; revert restores them as they were.

    ``action`` is a call of the flatplan services (``changes.place_piece``…), or a few of
    them in a row: the planner composes its gestures from them (place several pieces one
    after the other, take a piece off to put another in its place). ``piece_ids`` are
    pieces the action may bring in from elsewhere (the pool or another numéro): the
    snapshot remembers where they came from. Apply again (redo) puts back the state the
    first apply left, without running the action twice. ``result`` is what the action
    returned.
    """

    kind = "plan"

    def __init__(
        self,
        issue_ids: Iterable[int],
        action: PlanAction,
        piece_ids: Iterable[int] = (),
    ) -> None:
        self.issue_ids = list(dict.fromkeys(issue_ids))
        self.piece_ids = list(dict.fromkeys(piece_ids))
        self.action = action
        self.snapshots: list[PlanSnapshot] = []
        self.redo_snapshots: list[PlanSnapshot] = []
        self.result: object = None

    def _take(self, store: Store) -> list[PlanSnapshot]:
        return [snapshot_plan(store, issue_id, self.piece_ids) for issue_id in self.issue_ids]

    @staticmethod
    def _restore(store: Store, snapshots: list[PlanSnapshot]) -> None:
        # The numéro that received pieces is restored first, the ones they came from last,
        # so each piece ends where its own numéro's snapshot saw it.
        for snapshot in snapshots:
            restore_plan(store, snapshot)

    def apply(self, store: Store) -> None:
        if self.redo_snapshots:
            self._restore(store, self.redo_snapshots)
            return
        self.snapshots = self._take(store)
        try:
            self.result = self.action(store)
        except StoreError:
            self._restore(store, self.snapshots)
            raise
        self.redo_snapshots = self._take(store)

    def revert(self, store: Store) -> None:
        self._restore(store, self.snapshots)


class SetPieceValue(Command):
    """Give pieces one value of a field; revert gives each piece its own old value back.

    Subclasses name the field: ``read`` takes it from a piece's summary, ``write`` gives
    it to pieces through the flatplan services."""

    kind: ClassVar[str]

    def __init__(self, piece_ids: Iterable[int], value: Any) -> None:
        self.piece_ids = list(dict.fromkeys(piece_ids))
        self.value = value
        self.old: dict[Hashable, list[int]] = {}  # old value -> the pieces that had it

    @staticmethod
    @abstractmethod
    def read(summary: PieceSummary) -> Hashable: ...

    @staticmethod
    @abstractmethod
    def write(store: Store, piece_ids: list[int], value: Any) -> None: ...

    def apply(self, store: Store) -> None:
        if not self.old:
            for piece_id in self.piece_ids:
                old = self.read(pieces.get_summary(store, piece_id))
                self.old.setdefault(old, []).append(piece_id)
        self.write(store, self.piece_ids, self.value)

    def revert(self, store: Store) -> None:
        for value, ids in self.old.items():
            self.write(store, ids, value)


class SetStatus(SetPieceValue):
    """Set the workflow status of pieces (placed or not)."""

    kind = "set_status"

    def __init__(self, piece_ids: Iterable[int], status: str) -> None:
        super().__init__(piece_ids, status)
        self.status = status

    @staticmethod
    def read(summary: PieceSummary) -> Hashable:
        return summary.status

    @staticmethod
    def write(store: Store, piece_ids: list[int], value: Any) -> None:
        changes.set_status(store, piece_ids, value)


class SetDueDate(SetPieceValue):
    """Set the due date (échéance) of pieces, or clear it with None."""

    kind = "set_due_date"

    def __init__(self, piece_ids: Iterable[int], due: date | None) -> None:
        super().__init__(piece_ids, due)
        self.due = due

    @staticmethod
    def read(summary: PieceSummary) -> Hashable:
        return summary.due_date

    @staticmethod
    def write(store: Store, piece_ids: list[int], value: Any) -> None:
        changes.set_due_date(store, piece_ids, value)


class DuplicateStructure(Command):
    """Start numéro ``number`` from another one's structure; revert puts the new numéro in
    the trash, apply again restores it. ``issue_id`` is known after the first apply."""

    kind = "duplicate_structure"

    def __init__(self, source_issue_id: int, number: int, theme: str = "") -> None:
        self.source_issue_id = source_issue_id
        self.number = number
        self.theme = theme
        self.issue_id: int | None = None

    def apply(self, store: Store) -> None:
        if self.issue_id is None:
            self.issue_id = changes.duplicate_issue_structure(
                store, self.source_issue_id, self.number, theme=self.theme
            )
        else:
            catalog.restore_issue(store, self.issue_id)

    def revert(self, store: Store) -> None:
        assert self.issue_id is not None, "reverted before it was applied"
        catalog.trash_issue(store, self.issue_id)
