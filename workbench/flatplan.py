"""The chemin de fer in the store: loading it, and every planning change, each saved at once
in one transaction.

Rules live in ``workbench.planning``; this module reads rows into its dataclasses, asks the
rules, and writes the result. Two invariants hold after every function here:

- a numéro's tree order (``piece.position``) follows its pages: placed pieces by first page,
  then the pieces without pages;
- nothing here deletes a piece: taking one out of a numéro sends it back au marbre.

Repositioning a piece (tree order, pages) does not bump its ``version``: the version guards
the text against concurrent edits, and an editor open on the piece must still be able to
save after the editor-in-chief moved it. Changes of numéro, pages or status do bump it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from db.vocabulary import PIECE_STATUSES, IssueStatus, PieceKind, SlotKind
from workbench.catalog import (
    IssueFields,
    ValidationError,
    find_issue,
    get_issue,
    validate_issue_fields,
)
from workbench.counting import count_signs
from workbench.planning import (
    PIECE,
    Conflict,
    Flatplan,
    FlatplanEntry,
    PlannerRow,
    PlanRuleError,
    Ref,
    check_placement,
    check_swap,
    planner_rows,
    reflow_for_order,
    tree_order_from_flatplan,
    validate_extent,
)
from workbench.records import IssueInfo
from workbench.store import Store, StoreError, parse_date, utcnow

if TYPE_CHECKING:
    from sqlmodel import Session

    from db.models import Issue, Piece

SLOT = "slot"
SLOT_KINDS: tuple[str, ...] = tuple(k.value for k in SlotKind)

# Rubrique printed in the sommaire for a piece without one, by kind of piece.
KIND_SECTIONS: dict[str, str] = {
    PieceKind.EDITO: "Édito",
    PieceKind.INTERVIEW: "Interview",
    PieceKind.REPORTAGE: "Reportage",
    PieceKind.CHRONIQUE: "Chronique",
    PieceKind.DOSSIER: "Dossier",
    PieceKind.BREVE: "Brèves",
    PieceKind.COURRIER: "Courrier des lecteurs",
}
DEFAULT_SIGNS_PER_PAGE = 4500


class PlacementConflict(StoreError):
    """Pages asked for are held by another piece or slot; names the holder."""

    def __init__(self, conflict: Conflict) -> None:
        super().__init__(conflict.message)
        self.conflict = conflict

    @property
    def holder(self) -> FlatplanEntry:
        return self.conflict.holder


# Reads -----------------------------------------------------------------------

_AUTHORS = """(SELECT group_concat(name, ', ') FROM (
        SELECT c.name AS name FROM piece_contributor pc JOIN contributor c ON c.id = pc.contributor_id
        WHERE pc.piece_id = p.id AND pc.role = 'author' ORDER BY pc.position))"""


def _piece_sql(with_text: bool, where: str) -> str:
    text = ", p.body, p.standfirst" if with_text else ""
    return (
        f"SELECT p.id, p.issue_id, p.kind, p.title, p.status, p.first_page, p.page_count, "
        f"p.position, p.due_date, p.target_signs, p.section_id, s.name AS section, "
        f"s.signs_per_page, {_AUTHORS} AS authors{text} "
        f"FROM piece p LEFT JOIN section s ON s.id = p.section_id "
        f"WHERE p.deleted_at IS NULL AND {where}"
    )


def estimated_signs(body: str, standfirst: str, target_signs: int | None) -> int | None:
    """The text's length when there is one (body and chapô), else the length ordered."""
    if body.strip():
        return count_signs(body) + len(standfirst.strip())
    return target_signs or None


def _section_defaults(store: Store, publication_id: int) -> dict[str, int]:
    rows = store.query(
        "SELECT name, signs_per_page FROM section WHERE publication_id = ?", (publication_id,)
    )
    return {r["name"]: r["signs_per_page"] for r in rows}


def _piece_entry(row, with_text: bool, sections: dict[str, int]) -> FlatplanEntry:
    section = row["section"] or KIND_SECTIONS.get(row["kind"], "")
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


def _slot_entry(row) -> FlatplanEntry:
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
    from workbench.catalog import list_issues

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


# Writes: helpers -------------------------------------------------------------


def _issue_info(issue: Issue) -> IssueInfo:
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


def _live_issue(session: Session, issue_id: int) -> Issue:
    from db.models import Issue

    issue = session.get(Issue, issue_id)
    if issue is None or issue.deleted_at is not None:
        raise StoreError(f"Aucun numéro n'a l'identifiant {issue_id}.")
    return issue


def _live_piece(session: Session, piece_id: int) -> Piece:
    from db.models import Piece

    piece = session.get(Piece, piece_id)
    if piece is None:
        raise StoreError(f"Aucun papier n'a l'identifiant {piece_id}.")
    if piece.deleted_at is not None:
        raise ValidationError(f"Le papier {piece_id} est à la corbeille.")
    return piece


def _issue_pieces(session: Session, issue_id: int) -> list[Piece]:
    from sqlmodel import select

    from db.models import Piece

    query = select(Piece).where(Piece.issue_id == issue_id, Piece.deleted_at.is_(None))  # type: ignore[union-attr]
    return list(session.exec(query).all())


def _session_plan(session: Session, issue: Issue) -> Flatplan:
    """The numéro's plan as the transaction sees it (titles and pages; no authors, no signes)."""
    from sqlmodel import select

    from db.models import FlatplanSlot

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
        for p in _issue_pieces(session, issue.id)  # type: ignore[arg-type]
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
    return Flatplan(_issue_info(issue), tuple(entries))


def _renumber(session: Session, issue_id: int, unplaced_order: Sequence[int] = ()) -> None:
    """Give the numéro's pieces positions that follow the pages (see module docstring)."""
    pieces = {p.id: p for p in _issue_pieces(session, issue_id)}
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
    order = tree_order_from_flatplan(Flatplan(_placeholder_issue(issue_id), entries))
    for position, piece_id in enumerate(order):
        piece = pieces[piece_id]
        if piece.position != position:
            piece.position = position


def _placeholder_issue(issue_id: int) -> IssueInfo:
    return IssueInfo(issue_id, 0, 0, "", 0, None, None, IssueStatus.PLANNED)


def _touch(piece: Piece) -> None:
    piece.version += 1
    piece.updated_at = utcnow()


def _checked(plan: Flatplan, ref: Ref | None, first_page: int, page_count: int) -> None:
    try:
        validate_extent(first_page, page_count, plan.page_count)
    except PlanRuleError as exc:
        raise ValidationError(str(exc)) from exc
    conflict = check_placement(plan, ref, first_page, page_count)
    if conflict:
        raise PlacementConflict(conflict)


# Writes: pieces --------------------------------------------------------------


def place_piece(
    store: Store, piece_id: int, issue_id: int, first_page: int, page_count: int | None = None
) -> None:
    """Put a piece on pages ``first_page``… of a numéro, bringing it into the numéro if needed.

    Keeps its page count unless ``page_count`` is given. Refuses with PlacementConflict when
    any of the pages is held by something else (the message names it).
    """
    with store.session() as session:
        piece = _live_piece(session, piece_id)
        issue = _live_issue(session, issue_id)
        if piece.publication_id != issue.publication_id:
            raise ValidationError("Un papier ne peut pas changer de publication.")
        count = page_count if page_count is not None else max(piece.page_count, 1)
        _checked(_session_plan(session, issue), (PIECE, piece_id), first_page, count)
        old_issue = piece.issue_id
        piece.issue_id = issue_id
        piece.first_page = first_page
        piece.page_count = count
        _touch(piece)
        session.flush()
        _renumber(session, issue_id)
        if old_issue is not None and old_issue != issue_id:
            _renumber(session, old_issue)


def resize_piece(store: Store, piece_id: int, page_count: int) -> None:
    """Give a piece more or fewer pages, from the same first page."""
    with store.session() as session:
        piece = _live_piece(session, piece_id)
        if page_count < 1:
            raise ValidationError("Un papier occupe au moins une page.")
        if piece.issue_id is not None and piece.first_page is not None:
            issue = _live_issue(session, piece.issue_id)
            _checked(_session_plan(session, issue), (PIECE, piece_id), piece.first_page, page_count)
        piece.page_count = page_count
        _touch(piece)


def swap_entries(store: Store, a: Ref, b: Ref) -> tuple[int, int]:
    """Swap two placed things of one numéro (pieces or slots); returns their new first pages.

    See ``planning.swap_extents`` for the rule; refused (ValidationError) when the swap
    would land on something else.
    """
    from db.models import FlatplanSlot

    with store.session() as session:
        rows: list[Any] = []
        for kind, ident in (a, b):
            if kind == PIECE:
                rows.append(_live_piece(session, ident))
            else:
                slot = session.get(FlatplanSlot, ident)
                if slot is None:
                    raise StoreError(f"Aucun emplacement n'a l'identifiant {ident}.")
                rows.append(slot)
        issue_ids = {r.issue_id for r in rows}
        if len(issue_ids) != 1 or None in issue_ids:
            raise ValidationError("Seuls deux éléments d'un même numéro peuvent être permutés.")
        issue = _live_issue(session, issue_ids.pop())
        plan = _session_plan(session, issue)
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
                _touch(row)
        session.flush()
        _renumber(session, issue.id)  # type: ignore[arg-type]
        return first_a, first_b


def swap_pieces(store: Store, piece_a: int, piece_b: int) -> tuple[int, int]:
    return swap_entries(store, (PIECE, piece_a), (PIECE, piece_b))


def unplace_piece(store: Store, piece_id: int) -> None:
    """Take a piece off its pages; it stays in its numéro, after the placed pieces."""
    with store.session() as session:
        piece = _live_piece(session, piece_id)
        if piece.first_page is None:
            return
        piece.first_page = None
        _touch(piece)
        if piece.issue_id is not None:
            session.flush()
            _renumber(session, piece.issue_id)


def remove_from_issue(store: Store, piece_ids: Iterable[int]) -> None:
    """Send pieces back au marbre (the pool), at its end. Never deletes them."""
    from sqlmodel import func, select

    from db.models import Piece

    with store.session() as session:
        touched_issues: set[int] = set()
        for piece_id in dict.fromkeys(piece_ids):
            piece = _live_piece(session, piece_id)
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
            _touch(piece)
            session.flush()
        for issue_id in touched_issues:
            _renumber(session, issue_id)


def reorder_pieces(store: Store, issue_id: int, order: Sequence[int]) -> dict[int, int]:
    """The tree put the numéro's pieces in ``order``: make the pages follow.

    Placed pieces whose order changed are repacked (``planning.reflow_for_order``): each
    keeps its length, slots stay put. Pieces without pages keep none and their relative
    order is kept, after the placed ones. Returns the new first pages of the pieces that
    moved. Refused (ValidationError) when the new order cannot fit; nothing changes then.
    """
    with store.session() as session:
        issue = _live_issue(session, issue_id)
        plan = _session_plan(session, issue)
        try:
            moves = reflow_for_order(plan, order)
        except PlanRuleError as exc:
            raise ValidationError(str(exc)) from exc
        pieces = {p.id: p for p in _issue_pieces(session, issue_id)}
        for piece_id, first in moves.items():
            pieces[piece_id].first_page = first
            _touch(pieces[piece_id])
        session.flush()
        _renumber(
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
    from workbench.pieces import move_pieces

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
        issue = _live_issue(session, issue_id)
        old_issues: set[int] = set()
        for piece_id in moving:
            piece = _live_piece(session, piece_id)
            if piece.publication_id != issue.publication_id:
                raise ValidationError("Un papier ne peut pas changer de publication.")
            if piece.issue_id != issue_id:
                if piece.issue_id is not None:
                    old_issues.add(piece.issue_id)
                piece.issue_id = issue_id
                piece.first_page = None
                _touch(piece)
        session.flush()
        unplaced = [p for p in _issue_pieces(session, issue_id) if p.first_page is None]
        unplaced.sort(key=lambda p: (p.position, p.id))
        staying = [p.id for p in unplaced if p.id not in moving]
        index = staying.index(before_piece_id) if before_piece_id in staying else len(staying)
        _renumber(session, issue_id, staying[:index] + moving + staying[index:])
        for old in old_issues:
            _renumber(session, old)


def follow_pages(store: Store, issue_id: int) -> None:
    """Renumber a numéro's tree order from its pages, for code that changed pages directly
    (``pieces.update_piece(first_page=...)``, imports)."""
    with store.session() as session:
        _live_issue(session, issue_id)
        _renumber(session, issue_id)


def set_status(store: Store, piece_ids: Iterable[int], status: str) -> None:
    """Move pieces to a workflow status (any status: editors may also step back)."""
    if status not in PIECE_STATUSES:
        raise ValidationError(f"Statut inconnu : « {status} ».")
    with store.session() as session:
        for piece_id in dict.fromkeys(piece_ids):
            piece = _live_piece(session, piece_id)
            if piece.status != status:
                piece.status = status
                _touch(piece)


def set_due_date(store: Store, piece_ids: Iterable[int], due: date | None) -> None:
    with store.session() as session:
        for piece_id in dict.fromkeys(piece_ids):
            piece = _live_piece(session, piece_id)
            if piece.due_date != due:
                piece.due_date = due
                _touch(piece)


# Writes: slots ---------------------------------------------------------------


def _check_slot_kind(kind: str) -> None:
    if kind not in SLOT_KINDS:
        raise ValidationError(f"Type d'emplacement inconnu : « {kind} ».")


def add_slot(
    store: Store, issue_id: int, kind: str, first_page: int, page_count: int = 1, label: str = ""
) -> int:
    """Reserve pages for a cover, sommaire, ad, careers or fixed page; returns the slot id."""
    from db.models import FlatplanSlot

    _check_slot_kind(kind)
    with store.session() as session:
        issue = _live_issue(session, issue_id)
        _checked(_session_plan(session, issue), None, first_page, page_count)
        slot = FlatplanSlot(
            issue_id=issue_id,
            kind=kind,
            label=label.strip(),
            first_page=first_page,
            page_count=page_count,
        )
        session.add(slot)
        session.flush()
        return slot.id  # type: ignore[return-value]


def update_slot(
    store: Store,
    slot_id: int,
    *,
    kind: str | None = None,
    label: str | None = None,
    first_page: int | None = None,
    page_count: int | None = None,
) -> None:
    from db.models import FlatplanSlot

    if kind is not None:
        _check_slot_kind(kind)
    with store.session() as session:
        slot = session.get(FlatplanSlot, slot_id)
        if slot is None:
            raise StoreError(f"Aucun emplacement n'a l'identifiant {slot_id}.")
        new_first = slot.first_page if first_page is None else first_page
        new_count = slot.page_count if page_count is None else page_count
        if (new_first, new_count) != (slot.first_page, slot.page_count):
            plan = _session_plan(session, _live_issue(session, slot.issue_id))
            _checked(plan, (SLOT, slot_id), new_first, new_count)
        slot.first_page, slot.page_count = new_first, new_count
        if kind is not None:
            slot.kind = kind
        if label is not None:
            slot.label = label.strip()


def remove_slot(store: Store, slot_id: int) -> None:
    """Free the slot's pages (a slot is a reservation, not written work: it is deleted)."""
    from db.models import FlatplanSlot

    with store.session() as session:
        slot = session.get(FlatplanSlot, slot_id)
        if slot is None:
            raise StoreError(f"Aucun emplacement n'a l'identifiant {slot_id}.")
        session.delete(slot)


# Planning ahead --------------------------------------------------------------


def duplicate_issue_structure(
    store: Store,
    issue_id: int,
    new_number: int,
    *,
    theme: str = "",
    closing_date: date | None = None,
    release_date: date | None = None,
) -> int:
    """Start numéro ``new_number`` from another one's structure: page count and slots
    (couverture, sommaire, ads, fixed pages). Pieces are not copied; rubriques belong to the
    publication, so the new numéro has them already. Returns the new numéro's id."""
    from sqlmodel import select

    from db.models import FlatplanSlot, Issue

    source = get_issue(store, issue_id)
    if source.deleted:
        raise StoreError(f"Aucun numéro n'a l'identifiant {issue_id}.")
    fields = IssueFields(new_number, theme, source.page_count, closing_date, release_date)
    validate_issue_fields(fields)
    if find_issue(store, source.publication_id, new_number):
        raise ValidationError(f"Le numéro {new_number} existe déjà dans cette publication.")
    now = utcnow()
    with store.session() as session:
        issue = Issue(
            publication_id=source.publication_id,
            number=new_number,
            theme=theme.strip(),
            page_count=source.page_count,
            closing_date=closing_date,
            release_date=release_date,
            created_at=now,
            updated_at=now,
        )
        session.add(issue)
        session.flush()
        for slot in session.exec(
            select(FlatplanSlot).where(FlatplanSlot.issue_id == issue_id)
        ).all():
            session.add(
                FlatplanSlot(
                    issue_id=issue.id,  # type: ignore[arg-type]
                    kind=slot.kind,
                    label=slot.label,
                    first_page=slot.first_page,
                    page_count=slot.page_count,
                )
            )
        return issue.id  # type: ignore[return-value]


# Undo ------------------------------------------------------------------------


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
    from sqlmodel import select

    from db.models import FlatplanSlot, Piece

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
                _touch(piece)
        for piece in _issue_pieces(session, snapshot.issue_id):
            if piece.id not in known:
                piece.issue_id = None
                piece.first_page = None
                _touch(piece)
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
