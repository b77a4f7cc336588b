"""What the person may do in the planner (issue 15): ``workbench.rights`` read once per
refresh, so that the views grey what the role refuses, with the reason as tooltip.

The services refuse anyway (RightsError); greying here only spares people a click that
would be refused. A SQLite file's person is the editor-in-chief: nothing is ever greyed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtGui import QAction

from db.vocabulary import PIECE_STATUSES
from workbench import assignments
from workbench.rights import RULES, Right, Role, Scope, refusal
from workbench.store import Store, StoreError

DEFAULT_TIP = "planner_default_tip"  # an action's own tooltip, kept while it is greyed


class PlannerRights:
    """The role of the store's person, and the pieces assigned to them (read when needed)."""

    def __init__(self, store: Callable[[], Store]) -> None:
        self._store = store
        self.role: str | None = store().role
        self._assigned: frozenset[int] | None = None

    def refresh(self) -> None:
        """Take the role again (the window reads it from the server before it tells its
        views to re-read: MainWindow.refresh) and forget the assigned pieces."""
        self.role = self._store().role
        self._assigned = None

    # Rules ------------------------------------------------------------------------

    def plan(self) -> str | None:
        """Why the chemin de fer, the numéros, slots and due dates may not be changed."""
        return refusal(self.role, Right.PLAN)

    def export(self) -> str | None:
        return refusal(self.role, Right.EXPORT)

    def _per_piece(self, right: Right) -> bool:
        role = self.role
        return role in RULES and RULES[Role(role)].get(right) is Scope.ASSIGNED

    def status_depends_on_piece(self) -> bool:
        """Whether setting a status depends on the piece (its person, its status now)."""
        return self._per_piece(Right.SET_STATUS)

    def assigned(self) -> frozenset[int]:
        """The person's pieces, read once per refresh and only for a role that needs them."""
        if self._assigned is None:
            try:
                self._assigned = frozenset(assignments.pieces_of(self._store()))
            except StoreError:
                self._assigned = frozenset()
        return self._assigned

    def status(self, piece_id: int, status: str, current: str | None = None) -> str | None:
        """Why ``piece_id`` (now at ``current``) may not be given ``status``."""
        assigned = self._per_piece(Right.SET_STATUS) and piece_id in self.assigned()
        return refusal(
            self.role, Right.SET_STATUS, assigned=assigned, status=status, from_status=current
        )

    def status_of_all(
        self, piece_ids: Iterable[int], status: str, current: Mapping[int, str | None]
    ) -> str | None:
        """The first reason why one of ``piece_ids`` may not be given ``status``."""
        for piece_id in piece_ids:
            reason = self.status(piece_id, status, current.get(piece_id))
            if reason:
                return reason
        return None

    def any_status(self, piece_id: int, current: str | None) -> str | None:
        """None when some other status may be given to the piece, else why not."""
        first = None
        for status in PIECE_STATUSES:
            if status == current:
                continue
            reason = self.status(piece_id, status, current)
            if reason is None:
                return None
            first = first or reason
        return first


def grey(action: QAction, reason: str | None, enabled: bool = True) -> None:
    """Enable ``action`` when ``enabled`` and nothing refuses it; a refused action is
    greyed with the reason as its tooltip and status tip (its own tip comes back after)."""
    default = action.property(DEFAULT_TIP)
    if default is None:
        default = action.toolTip()
        action.setProperty(DEFAULT_TIP, default)
    action.setEnabled(enabled and reason is None)
    action.setToolTip(reason or default)
    action.setStatusTip(reason or "")
