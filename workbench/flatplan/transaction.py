"""Shared steps of the planning transactions in ``workbench.flatplan.changes`` and its siblings:
fetching live rows, building the plan the transaction sees, checking a placement,
renumbering the tree order. Each takes the open SQLModel session of its caller."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from db.vocabulary import IssueStatus
from workbench.catalog import ValidationError
from workbench.flatplan.rules import (
    PIECE,
    Conflict,
    Flatplan,
    FlatplanEntry,
    PlanRuleError,
    Ref,
    check_placement,
    tree_order_from_flatplan,
    validate_extent,
)
from workbench.records import IssueInfo
from workbench.store import StoreError, utcnow

if TYPE_CHECKING:
    from sqlmodel import Session

    from db.models import Issue, Piece

SLOT = "slot"


class PlacementConflict(StoreError):
    """Pages asked for are held by another piece or slot; names the holder."""

    def __init__(self, conflict: Conflict) -> None:
        super().__init__(conflict.message)
        self.conflict = conflict

    @property
    def holder(self) -> FlatplanEntry:
        return self.conflict.holder


def issue_info(issue: Issue) -> IssueInfo:
    return IssueInfo(
        id=issue.id,  # type: ignore[arg-type]
        publication_id=issue.publication_id,
        number=issue.number,
        theme=issue.theme,
        page_count=issue.page_count,
        closing_date=issue.closing_date,
        release_date=issue.release_date,
        status=issue.status,
    )


def live_issue(session: Session, issue_id: int) -> Issue:
    from db.models import Issue  # noqa: PLC0415 - start-up: SQLModel loads on first use

    issue = session.get(Issue, issue_id)
    if issue is None or issue.deleted_at is not None:
        raise StoreError(f"Aucun numéro n'a l'identifiant {issue_id}.")
    return issue


def live_piece(session: Session, piece_id: int) -> Piece:
    from db.models import Piece  # noqa: PLC0415 - start-up: SQLModel loads on first use

    piece = session.get(Piece, piece_id)
    if piece is None:
        raise StoreError(f"Aucun papier n'a l'identifiant {piece_id}.")
    if piece.deleted_at is not None:
        raise ValidationError(f"Le papier {piece_id} est à la corbeille.")
    return piece


def issue_pieces(session: Session, issue_id: int) -> list[Piece]:
    from sqlmodel import select  # noqa: PLC0415 - start-up: SQLModel loads on first use

    from db.models import Piece  # noqa: PLC0415 - start-up: SQLModel loads on first use

    query = select(Piece).where(Piece.issue_id == issue_id, Piece.deleted_at.is_(None))  # type: ignore[union-attr]
    return list(session.exec(query).all())


def session_plan(session: Session, issue: Issue) -> Flatplan:
    """The numéro's plan as the transaction sees it (titles and pages; no authors, no signes)."""
    from sqlmodel import select  # noqa: PLC0415 - start-up: SQLModel loads on first use

    from db.models import FlatplanSlot  # noqa: PLC0415 - start-up: SQLModel loads on first use

    entries = [
        FlatplanEntry(
            kind=PIECE,
            first_page=p.first_page,
            page_count=p.page_count,
            title=p.title,
            piece_id=p.id,
            status=p.status,
            position=p.position,
        )
        for p in issue_pieces(session, issue.id)  # type: ignore[arg-type]
    ]
    slots = session.exec(select(FlatplanSlot).where(FlatplanSlot.issue_id == issue.id)).all()
    entries += [
        FlatplanEntry(
            kind=s.kind,
            first_page=s.first_page,
            page_count=s.page_count,
            title=s.label,
            slot_id=s.id,
        )
        for s in slots
    ]
    return Flatplan(issue_info(issue), tuple(entries))


def renumber(session: Session, issue_id: int, unplaced_order: Sequence[int] = ()) -> None:
    """Give the numéro's pieces positions that follow the pages (see module docstring)."""
    pieces = {p.id: p for p in issue_pieces(session, issue_id)}
    rank = {pid: i for i, pid in enumerate(unplaced_order)}
    entries = tuple(
        FlatplanEntry(
            kind=PIECE,
            first_page=p.first_page,
            page_count=p.page_count,
            title=p.title,
            piece_id=p.id,
            position=rank.get(p.id, len(rank) + p.position),  # type: ignore[arg-type]
        )
        for p in pieces.values()
    )
    order = tree_order_from_flatplan(Flatplan(placeholder_issue(issue_id), entries))
    for position, piece_id in enumerate(order):
        piece = pieces[piece_id]
        if piece.position != position:
            piece.position = position


def placeholder_issue(issue_id: int) -> IssueInfo:
    return IssueInfo(issue_id, 0, 0, "", 0, None, None, IssueStatus.PLANNED)


def touch(piece: Piece) -> None:
    piece.version += 1
    piece.updated_at = utcnow()


def checked(plan: Flatplan, ref: Ref | None, first_page: int, page_count: int) -> None:
    try:
        validate_extent(first_page, page_count, plan.page_count)
    except PlanRuleError as exc:
        raise ValidationError(str(exc)) from exc
    conflict = check_placement(plan, ref, first_page, page_count)
    if conflict:
        raise PlacementConflict(conflict)
