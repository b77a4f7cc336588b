"""Who works on which piece, for the planner's cards (issue 15): few queries per refresh."""

from __future__ import annotations

from collections.abc import Iterable

from workbench import assignments
from workbench.store import Store, StoreError


def assignee_names(store: Store, piece_ids: Iterable[int]) -> dict[int, list[str]]:
    """Piece id → the names of the people it is assigned to (each once, by name), for
    ``piece_ids``, in one query."""
    wanted = set(piece_ids)
    if not wanted:
        return {}
    try:
        found = assignments.of_pieces(store, wanted)
    except StoreError:
        return {}
    return {
        piece_id: sorted({assignment.name for assignment in items})
        for piece_id, items in found.items()
    }
