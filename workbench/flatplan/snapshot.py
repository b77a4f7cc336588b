"""Undo for the planner: a snapshot of one numéro's chemin de fer, and putting it back."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workbench.flatplan.transaction import issue_pieces, touch
from workbench.rights import Right, require
from workbench.store import Store


@dataclass(frozen=True, slots=True)
class PlanSnapshot:
    """Everything a planning change can alter in one numéro, to undo it exactly.

    ``pieces`` rows are ``(piece_id, issue_id, position, first_page, page_count, status)``;
    ``slots`` rows are ``(slot_id, kind, label, first_page, page_count)``.
    """

    issue_id: int
    pieces: tuple[tuple[int, int | None, int, int | None, int, str], ...]
    slots: tuple[tuple[int, str, str, int, int], ...]


def snapshot_plan(store: Store, issue_id: int, extra_piece_ids: Iterable[int] = ()) -> PlanSnapshot:
    """Take before a change; ``extra_piece_ids`` are pieces the change may bring in (from
    the pool or another numéro)."""
    extra = list(dict.fromkeys(extra_piece_ids))
    marks = ",".join("?" * len(extra))
    rows = store.query(
        "SELECT id, issue_id, position, first_page, page_count, status FROM piece "
        f"WHERE issue_id = ? {f'OR id IN ({marks})' if extra else ''} ORDER BY id",
        (issue_id, *extra),
    )
    slots = store.query(
        "SELECT id, kind, label, first_page, page_count FROM flatplan_slot WHERE issue_id = ? "
        "ORDER BY id",
        (issue_id,),
    )
    return PlanSnapshot(issue_id, tuple(tuple(r) for r in rows), tuple(tuple(r) for r in slots))  # type: ignore[arg-type]


def restore_plan(store: Store, snapshot: PlanSnapshot) -> None:
    """Put the numéro's pieces and slots back as ``snapshot`` saw them, in one transaction.

    Pieces that entered the numéro since go back where they were if the snapshot knows
    them, else au marbre: undo never deletes a piece.
    """
    require(store, Right.PLAN)
    from sqlmodel import select  # noqa: PLC0415 - start-up: SQLModel loads on first use

    from db.models import FlatplanSlot, Piece  # noqa: PLC0415 - start-up: SQLModel loads on first use

    known = {row[0] for row in snapshot.pieces}
    with store.session() as session:
        for piece_id, issue_id, position, first_page, page_count, status in snapshot.pieces:
            piece = session.get(Piece, piece_id)
            if piece is None:
                continue
            before = (piece.issue_id, piece.first_page, piece.page_count, piece.status)
            piece.issue_id, piece.position = issue_id, position
            piece.first_page, piece.page_count, piece.status = first_page, page_count, status
            if before != (issue_id, first_page, page_count, status):
                touch(piece)
        for piece in issue_pieces(session, snapshot.issue_id):
            if piece.id not in known:
                piece.issue_id = None
                piece.first_page = None
                touch(piece)
        current = {
            s.id: s
            for s in session.exec(
                select(FlatplanSlot).where(FlatplanSlot.issue_id == snapshot.issue_id)
            ).all()
        }
        wanted = {row[0]: row for row in snapshot.slots}
        for slot_id, slot in current.items():
            if slot_id not in wanted:
                session.delete(slot)
        session.flush()
        for slot_id, kind, label, first_page, page_count in snapshot.slots:
            slot = current.get(slot_id)
            if slot is None:
                slot = FlatplanSlot(id=slot_id, issue_id=snapshot.issue_id)
                session.add(slot)
            slot.kind, slot.label, slot.first_page, slot.page_count = (
                kind,
                label,
                first_page,
                page_count,
            )
