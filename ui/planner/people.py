"""Who works on which piece, for the planner's cards (issue 15): few queries per refresh."""

from __future__ import annotations

from collections.abc import Iterable

from workbench import assignments, team
from workbench.store import Store, StoreError


def assignee_names(store: Store, piece_ids: Iterable[int]) -> dict[int, list[str]]:
    """Piece id → the names of the people it is assigned to (each once), for ``piece_ids``.

    One query with ``workbench.assignments.of_pieces`` when it exists; until then one
    for the team and one per person in it (a team is smaller than a numéro), never one
    per piece."""
    wanted = set(piece_ids)
    if not wanted:
        return {}
    names: dict[int, list[str]] = {}
    try:
        bulk = getattr(assignments, "of_pieces", None)
        if bulk is not None:
            for piece_id, found in bulk(store, wanted).items():
                for assignment in found:
                    if assignment.name not in names.setdefault(piece_id, []):
                        names[piece_id].append(assignment.name)
            return names
        for member in team.members(store):
            for piece_id in sorted(assignments.pieces_of(store, member.login) & wanted):
                names.setdefault(piece_id, []).append(member.name)
    except StoreError:
        return {}
    return names
