"""Undoable planning changes.

Every change of the chemin de fer goes through :class:`PlanCommand`: it snapshots the
numéros it may touch (``changes.snapshot_plan``), runs the change (saved at once by the
workbench service), and undo puts the snapshots back (``changes.restore_plan``). A change
refused by the rules leaves the store exactly as it was: the snapshot is restored before
the error reaches the window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from ui.commands import StoreCommand
from workbench import catalog
from workbench.flatplan import changes
from workbench.flatplan.changes import PlanSnapshot
from workbench.store import Store, StoreError


class PlanCommand(StoreCommand):
    """Run ``action(store)`` on numéros ``issue_ids``; undo restores them as they were.

    ``piece_ids`` are pieces the action may bring in from elsewhere (the pool or another
    numéro): the snapshot remembers where they came from.
    """

    def __init__(
        self,
        store: Store,
        changed: Callable[[], None],
        text: str,
        issue_ids: Iterable[int],
        action: Callable[[Store], object],
        piece_ids: Iterable[int] = (),
    ) -> None:
        super().__init__(store, changed, text)
        self.issue_ids = list(dict.fromkeys(issue_ids))
        self.piece_ids = list(dict.fromkeys(piece_ids))
        self.action = action
        self.snapshots: list[PlanSnapshot] = []
        self.redo_snapshots: list[PlanSnapshot] = []
        self.result: object = None

    def _take(self) -> list[PlanSnapshot]:
        return [changes.snapshot_plan(self.store, i, self.piece_ids) for i in self.issue_ids]

    def _restore(self, snapshots: list[PlanSnapshot]) -> None:
        # The numéro that received pieces is restored first, the ones they came from last,
        # so each piece ends where its own numéro's snapshot saw it.
        for snapshot in snapshots:
            changes.restore_plan(self.store, snapshot)

    def do(self) -> None:
        if self.redo_snapshots:
            self._restore(self.redo_snapshots)
            return
        self.snapshots = self._take()
        try:
            self.result = self.action(self.store)
        except StoreError:
            self._restore(self.snapshots)
            raise
        self.redo_snapshots = self._take()

    def undo_it(self) -> None:
        self._restore(self.snapshots)


class PieceValueCommand(StoreCommand):
    """Give pieces one value of a field; undo gives each piece its own old value back."""

    def __init__(
        self,
        store: Store,
        changed: Callable[[], None],
        text: str,
        piece_ids: Iterable[int],
        value: Any,
        read: Callable[[Any], Any],
        write: Callable[[Store, list[int], Any], None],
    ) -> None:
        super().__init__(store, changed, text)
        self.piece_ids = list(dict.fromkeys(piece_ids))
        self.value = value
        self._read = read  # PieceSummary -> the field's value
        self._write = write  # (store, piece ids, value) -> None
        self.old: dict[Any, list[int]] = {}

    def do(self) -> None:
        from workbench import pieces

        if not self.old:
            for piece_id in self.piece_ids:
                old = self._read(pieces.get_summary(self.store, piece_id))
                self.old.setdefault(old, []).append(piece_id)
        self._write(self.store, self.piece_ids, self.value)

    def undo_it(self) -> None:
        for value, ids in self.old.items():
            self._write(self.store, ids, value)


class StatusCommand(PieceValueCommand):
    """Set the workflow status of pieces (placed or not)."""

    def __init__(
        self,
        store: Store,
        changed: Callable[[], None],
        text: str,
        piece_ids: Iterable[int],
        status: str,
    ) -> None:
        super().__init__(
            store, changed, text, piece_ids, status, lambda s: s.status, changes.set_status
        )
        self.status = status


class DueDateCommand(PieceValueCommand):
    """Set the due date (échéance) of pieces."""

    def __init__(
        self,
        store: Store,
        changed: Callable[[], None],
        text: str,
        piece_ids: Iterable[int],
        due: date | None,
    ) -> None:
        super().__init__(
            store, changed, text, piece_ids, due, lambda s: s.due_date, changes.set_due_date
        )
        self.due = due


class DuplicateStructureCommand(StoreCommand):
    """Start a numéro from another one's structure; undo puts the new numéro in the trash."""

    def __init__(
        self,
        store: Store,
        changed: Callable[[], None],
        text: str,
        source_issue_id: int,
        number: int,
        theme: str = "",
    ) -> None:
        super().__init__(store, changed, text)
        self.source_issue_id = source_issue_id
        self.number = number
        self.theme = theme
        self.issue_id: int | None = None

    def do(self) -> None:
        if self.issue_id is None:
            self.issue_id = changes.duplicate_issue_structure(
                self.store, self.source_issue_id, self.number, theme=self.theme
            )
        else:
            catalog.restore_issue(self.store, self.issue_id)

    def undo_it(self) -> None:
        assert self.issue_id is not None
        catalog.trash_issue(self.store, self.issue_id)
