"""The chemin de fer in the store: loading it, and every planning change, each saved at once
in one transaction.

Rules live in ``workbench.flatplan.rules``; this module reads rows into its dataclasses, asks the
rules, and writes the result. Two invariants hold after every function here:

- a numéro's tree order (``piece.position``) follows its pages: placed pieces by first page,
  then the pieces without pages;
- nothing here deletes a piece: taking one out of a numéro sends it back au marbre.

Changes of numéro, pages, page count or status bump the piece's ``version`` (an editor open
on a stale copy must not write them back); renumbering its tree position alone does not.

Slots and duplication live in ``workbench.flatplan.slots``, undo snapshots in
``workbench.flatplan.snapshot``; both are re-exported here so callers need one import.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from db.vocabulary import PIECE_STATUSES
from workbench import notices
from workbench.catalog import KIND_SECTION, ValidationError, get_issue, list_issues
from workbench.flatplan.rules import (
    PIECE,
    Flatplan,
    FlatplanEntry,
    PlannerRow,
    PlanRuleError,
    Ref,
    check_swap,
    planner_rows,
    reflow_for_order,
)
from workbench.flatplan.slots import (
    SLOT_KINDS,
    add_slot,
    duplicate_issue_structure,
    remove_slot,
    update_slot,
)
from workbench.flatplan.snapshot import PlanSnapshot, restore_plan, snapshot_plan
from workbench.flatplan.transaction import (
    SLOT,
    PlacementConflict,
    checked,
    issue_pieces,
    live_issue,
    live_piece,
    renumber,
    session_plan,
    touch,
)
from workbench.pieces import AUTHORS_SQL, move_pieces
from workbench.rights import Right, require
from workbench.store import Store, StoreError, parse_date
from workbench.text.counting import count_piece

__all__ = [
    "DEFAULT_SIGNS_PER_PAGE",
    "SLOT",
    "SLOT_KINDS",
    "PlacementConflict",
    "PlanSnapshot",
    "add_slot",
    "duplicate_issue_structure",
    "estimated_signs",
    "follow_pages",
    "load_flatplan",
    "load_planner",
    "move_in_tree",
    "place_piece",
    "remove_from_issue",
    "remove_slot",
    "reorder_pieces",
    "resize_piece",
    "restore_plan",
    "set_due_date",
    "set_status",
    "snapshot_plan",
    "swap_entries",
    "swap_pieces",
    "unplace_piece",
    "update_slot",
]

DEFAULT_SIGNS_PER_PAGE = 4500


# Reads -----------------------------------------------------------------------


def _piece_sql(with_text: bool, where: str) -> str:
    text = ", p.body, p.standfirst" if with_text else ""
    return (
        f"SELECT p.id, p.issue_id, p.kind, p.title, p.status, p.first_page, p.page_count, "
        f"p.position, p.due_date, p.target_signs, p.section_id, s.name AS section, "
        f"s.signs_per_page, {AUTHORS_SQL} AS authors{text} "
        f"FROM piece p LEFT JOIN section s ON s.id = p.section_id "
        f"WHERE p.deleted_at IS NULL AND {where}"
    )


def estimated_signs(body: str, standfirst: str, target_signs: int | None) -> int | None:
    """The piece's length (:func:`workbench.text.counting.count_piece`) when it has a body, else
    the length ordered."""
    if body.strip():
        return count_piece(body, standfirst).signs
    return target_signs or None


def _section_defaults(store: Store, publication_id: int) -> dict[str, int]:
    rows = store.query(
        "SELECT name, signs_per_page FROM section WHERE publication_id = ?", (publication_id,)
    )
    return {r["name"]: r["signs_per_page"] for r in rows}


def _piece_entry(row: sqlite3.Row, with_text: bool, sections: dict[str, int]) -> FlatplanEntry:
    section = row["section"] or KIND_SECTION.get(row["kind"], "")
    signs_per_page = row["signs_per_page"] or sections.get(section) or DEFAULT_SIGNS_PER_PAGE
    signs = (
        estimated_signs(row["body"], row["standfirst"], row["target_signs"])
        if with_text
        else row["target_signs"]
    )
    return FlatplanEntry(
        kind=PIECE,
        first_page=row["first_page"],
        page_count=row["page_count"],
        title=row["title"],
        piece_id=row["id"],
        authors=row["authors"] or "",
        status=row["status"],
        section=section,
        section_id=row["section_id"],
        piece_kind=row["kind"],
        signs=signs,
        signs_per_page=signs_per_page,
        due_date=parse_date(row["due_date"]),
        position=row["position"],
    )


def _slot_entry(row: sqlite3.Row) -> FlatplanEntry:
    return FlatplanEntry(
        kind=row["kind"],
        first_page=row["first_page"],
        page_count=row["page_count"],
        title=row["label"],
        slot_id=row["id"],
    )


def load_flatplan(store: Store, issue_id: int, *, with_text: bool = True) -> Flatplan:
    """The chemin de fer of a numéro. ``with_text=False`` skips counting signes (the planner
    list does not need them) and falls back to the target length."""
    issue = get_issue(store, issue_id)
    sections = _section_defaults(store, issue.publication_id)
    rows = store.query(_piece_sql(with_text, "p.issue_id = ?"), (issue_id,))
    entries = [_piece_entry(r, with_text, sections) for r in rows]
    slots = store.query(
        "SELECT id, kind, label, first_page, page_count FROM flatplan_slot WHERE issue_id = ?",
        (issue_id,),
    )
    entries += [_slot_entry(r) for r in slots]
    publication = store.scalar("SELECT name FROM publication WHERE id = ?", (issue.publication_id,))
    return Flatplan(issue, tuple(entries), publication or "")


def load_planner(store: Store, publication_id: int, today: date) -> list[PlannerRow]:
    """The planner's list of numéros (not in the trash), newest first: three queries in all."""

    issues = list_issues(store, publication_id)
    sections = _section_defaults(store, publication_id)
    by_issue: dict[int, list[FlatplanEntry]] = {i.id: [] for i in issues}
    for row in store.query(
        _piece_sql(False, "p.publication_id = ? AND p.issue_id IS NOT NULL"), (publication_id,)
    ):
        if row["issue_id"] in by_issue:
            by_issue[row["issue_id"]].append(_piece_entry(row, False, sections))
    for row in store.query(
        "SELECT s.id, s.issue_id, s.kind, s.label, s.first_page, s.page_count "
        "FROM flatplan_slot s JOIN issue i ON i.id = s.issue_id WHERE i.publication_id = ?",
        (publication_id,),
    ):
        if row["issue_id"] in by_issue:
            by_issue[row["issue_id"]].append(_slot_entry(row))
    return planner_rows((Flatplan(i, tuple(by_issue[i.id])) for i in issues), today)


# Writes: pieces --------------------------------------------------------------


def place_piece(
    store: Store, piece_id: int, issue_id: int, first_page: int, page_count: int | None = None
) -> None:
    """Put a piece on pages ``first_page``… of a numéro, bringing it into the numéro if needed.

    Keeps its page count unless ``page_count`` is given. Refuses with PlacementConflict when
    any of the pages is held by something else (the message names it).
    """
    require(store, Right.PLAN)
    with store.session() as session:
        piece = live_piece(session, piece_id)
        issue = live_issue(session, issue_id)
        if piece.publication_id != issue.publication_id:
            raise ValidationError("Un papier ne peut pas changer de publication.")
        count = page_count if page_count is not None else max(piece.page_count, 1)
        checked(session_plan(session, issue), (PIECE, piece_id), first_page, count)
        old_issue = piece.issue_id
        piece.issue_id = issue_id
        piece.first_page = first_page
        piece.page_count = count
        touch(piece)
        session.flush()
        renumber(session, issue_id)
        if old_issue is not None and old_issue != issue_id:
            renumber(session, old_issue)


def resize_piece(store: Store, piece_id: int, page_count: int) -> None:
    """Give a piece more or fewer pages, from the same first page."""
    require(store, Right.PLAN)
    with store.session() as session:
        piece = live_piece(session, piece_id)
        if page_count < 1:
            raise ValidationError("Un papier occupe au moins une page.")
        if piece.issue_id is not None and piece.first_page is not None:
            issue = live_issue(session, piece.issue_id)
            checked(session_plan(session, issue), (PIECE, piece_id), piece.first_page, page_count)
        piece.page_count = page_count
        touch(piece)


def swap_entries(store: Store, a: Ref, b: Ref) -> tuple[int, int]:
    """Swap two placed things of one numéro (pieces or slots); returns their new first pages.

    See ``planning.swap_extents`` for the rule; refused (ValidationError) when the swap
    would land on something else.
    """
    require(store, Right.PLAN)
    from db.models import FlatplanSlot  # noqa: PLC0415 - start-up: SQLModel loads on first use

    with store.session() as session:
        rows: list[Any] = []
        for kind, ident in (a, b):
            if kind == PIECE:
                rows.append(live_piece(session, ident))
            else:
                slot = session.get(FlatplanSlot, ident)
                if slot is None:
                    raise StoreError(f"Aucun emplacement n'a l'identifiant {ident}.")
                rows.append(slot)
        issue_ids = {r.issue_id for r in rows}
        if len(issue_ids) != 1 or None in issue_ids:
            raise ValidationError("Seuls deux éléments d'un même numéro peuvent être permutés.")
        issue = live_issue(session, issue_ids.pop())
        plan = session_plan(session, issue)
        entry_a, entry_b = plan.find(a), plan.find(b)
        if entry_a is None or entry_b is None:
            raise ValidationError("Seuls deux éléments d'un même numéro peuvent être permutés.")
        try:
            first_a, first_b = check_swap(plan, entry_a, entry_b)
        except PlanRuleError as exc:
            raise ValidationError(str(exc)) from exc
        for row, ref, first in ((rows[0], a, first_a), (rows[1], b, first_b)):
            row.first_page = first
            if ref[0] == PIECE:
                touch(row)
        session.flush()
        renumber(session, issue.id)  # type: ignore[arg-type]
        return first_a, first_b


def swap_pieces(store: Store, piece_a: int, piece_b: int) -> tuple[int, int]:
    return swap_entries(store, (PIECE, piece_a), (PIECE, piece_b))


def unplace_piece(store: Store, piece_id: int) -> None:
    """Take a piece off its pages; it stays in its numéro, after the placed pieces."""
    require(store, Right.PLAN)
    with store.session() as session:
        piece = live_piece(session, piece_id)
        if piece.first_page is None:
            return
        piece.first_page = None
        touch(piece)
        if piece.issue_id is not None:
            session.flush()
            renumber(session, piece.issue_id)


def remove_from_issue(store: Store, piece_ids: Iterable[int]) -> None:
    """Send pieces back au marbre (the pool), at its end. Never deletes them."""
    require(store, Right.PLAN)
    from sqlmodel import func, select  # noqa: PLC0415 - start-up: SQLModel loads on first use

    from db.models import Piece  # noqa: PLC0415 - start-up: SQLModel loads on first use

    with store.session() as session:
        touched_issues: set[int] = set()
        for piece_id in dict.fromkeys(piece_ids):
            piece = live_piece(session, piece_id)
            if piece.issue_id is None:
                continue
            touched_issues.add(piece.issue_id)
            end = session.exec(
                select(func.max(Piece.position)).where(
                    Piece.publication_id == piece.publication_id,
                    Piece.issue_id.is_(None),  # type: ignore[union-attr]
                )
            ).one()
            piece.issue_id = None
            piece.first_page = None
            piece.position = 0 if end is None else end + 1
            touch(piece)
            session.flush()
        for issue_id in touched_issues:
            renumber(session, issue_id)


def reorder_pieces(store: Store, issue_id: int, order: Sequence[int]) -> dict[int, int]:
    """The tree put the numéro's pieces in ``order``: make the pages follow.

    Placed pieces whose order changed are repacked (``planning.reflow_for_order``): each
    keeps its length, slots stay put. Pieces without pages keep none and their relative
    order is kept, after the placed ones. Returns the new first pages of the pieces that
    moved. Refused (ValidationError) when the new order cannot fit; nothing changes then.
    """
    require(store, Right.PLAN)
    with store.session() as session:
        issue = live_issue(session, issue_id)
        plan = session_plan(session, issue)
        try:
            moves = reflow_for_order(plan, order)
        except PlanRuleError as exc:
            raise ValidationError(str(exc)) from exc
        pieces = {p.id: p for p in issue_pieces(session, issue_id)}
        for piece_id, first in moves.items():
            pieces[piece_id].first_page = first
            touch(pieces[piece_id])
        session.flush()
        renumber(
            session,
            issue_id,
            [pid for pid in order if pieces.get(pid) and pieces[pid].first_page is None],
        )
        return moves


def move_in_tree(
    store: Store,
    piece_ids: Sequence[int],
    issue_id: int | None,
    *,
    before_piece_id: int | None = None,
) -> None:
    """What the tree calls on a drop: like ``pieces.move_pieces``, keeping pages consistent.

    Within one numéro it is a reorder (pages follow, see ``reorder_pieces``). Pieces coming
    from elsewhere arrive without pages, after the placed pieces. To the pool: ``move_pieces``.
    """
    require(store, Right.PLAN)

    if issue_id is None:
        move_pieces(store, piece_ids, None, before_piece_id=before_piece_id)
        return
    moving = list(dict.fromkeys(piece_ids))
    current = [
        r["id"]
        for r in store.query(
            "SELECT id FROM piece WHERE issue_id = ? AND deleted_at IS NULL ORDER BY position, id",
            (issue_id,),
        )
    ]
    if set(moving) <= set(current):
        staying = [pid for pid in current if pid not in moving]
        index = staying.index(before_piece_id) if before_piece_id in staying else len(staying)
        reorder_pieces(store, issue_id, staying[:index] + moving + staying[index:])
        return
    with store.session() as session:
        issue = live_issue(session, issue_id)
        old_issues: set[int] = set()
        for piece_id in moving:
            piece = live_piece(session, piece_id)
            if piece.publication_id != issue.publication_id:
                raise ValidationError("Un papier ne peut pas changer de publication.")
            if piece.issue_id != issue_id:
                if piece.issue_id is not None:
                    old_issues.add(piece.issue_id)
                piece.issue_id = issue_id
                piece.first_page = None
                touch(piece)
        session.flush()
        unplaced = [p for p in issue_pieces(session, issue_id) if p.first_page is None]
        unplaced.sort(key=lambda p: (p.position, p.id))
        staying = [p.id for p in unplaced if p.id not in moving]
        index = staying.index(before_piece_id) if before_piece_id in staying else len(staying)
        renumber(session, issue_id, staying[:index] + moving + staying[index:])
        for old in old_issues:
            renumber(session, old)


def follow_pages(store: Store, issue_id: int) -> None:
    """Renumber a numéro's tree order from its pages, for code that changed pages directly
    (``pieces.update_piece(first_page=...)``, imports)."""
    require(store, Right.PLAN)
    with store.session() as session:
        live_issue(session, issue_id)
        renumber(session, issue_id)


def set_status(store: Store, piece_ids: Iterable[int], status: str) -> None:
    """Move pieces to a workflow status (any status: editors may also step back); the
    people the pieces are assigned to are told."""
    piece_ids = list(dict.fromkeys(piece_ids))
    if status not in PIECE_STATUSES:
        raise ValidationError(f"Statut inconnu : « {status} ».")
    require(store, Right.SET_STATUS, piece_ids=piece_ids, status=status)
    changed: dict[int, str] = {}
    with store.session() as session:
        for piece_id in piece_ids:
            piece = live_piece(session, piece_id)
            if piece.status != status:
                changed[piece_id] = piece.status
                piece.status = status
                touch(piece)
    for piece_id, before in changed.items():
        notices.status_changed(store, piece_id, before, status)


def set_due_date(store: Store, piece_ids: Iterable[int], due: date | None) -> None:
    require(store, Right.PLAN)
    with store.session() as session:
        for piece_id in dict.fromkeys(piece_ids):
            piece = live_piece(session, piece_id)
            if piece.due_date != due:
                piece.due_date = due
                touch(piece)
