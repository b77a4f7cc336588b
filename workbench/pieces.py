"""Pieces (papiers): create, read, edit, move between numéros and the pool, trash, restore."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from db.vocabulary import CONTRIBUTOR_ROLES, PIECE_KINDS, PIECE_STATUSES
from workbench import comments, notices
from workbench.catalog import ValidationError
from workbench.limits import LimitError, check_field_lengths
from workbench.records import ContributorCredit, PieceDetail, PieceSummary
from workbench.rights import Right, Role, require
from workbench.store import Store, StoreError, parse_date, parse_datetime, utcnow
from workbench.text.fold import fold

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from sqlmodel import Session

POOL = "pool"
TRASH = "trash"
Container = int | str  # an issue id, POOL or TRASH

# The authors of piece ``p``, in credit order: one SQL expression shared by every list.
AUTHORS_SQL = """(SELECT group_concat(name, ', ') FROM (
        SELECT c.name AS name FROM piece_contributor pc JOIN contributor c ON c.id = pc.contributor_id
        WHERE pc.piece_id = p.id AND pc.role = 'author' ORDER BY pc.position) AS credited)"""

# Who holds piece ``p`` for writing on a team store (the window's session, and the name
# to show): one primary-key lookup; nothing is ever held on a SQLite file.
_HOLDER_SQL = """(SELECT l.session || ' ' || coalesce(pe.display_name, l.login)
    FROM piece_lock l LEFT JOIN person pe ON pe.login = l.login WHERE l.piece_id = p.id)"""

_SUMMARY_COLUMNS = f"""
    p.id, p.publication_id, p.issue_id, p.kind, p.title, p.status, {AUTHORS_SQL} AS authors,
    p.position, p.first_page, p.page_count, p.due_date, p.deleted_at IS NOT NULL AS deleted,
    {_HOLDER_SQL} AS holder
"""


@dataclass(frozen=True, slots=True)
class PieceFilter:
    """What the tree's filter bar asks for. Empty fields match everything."""

    text: str = ""
    status: str = ""
    kind: str = ""
    author: str = ""
    assigned_to: str = ""  # a login: only the pieces assigned to them (« Mes papiers »)

    def is_empty(self) -> bool:
        return not (
            self.text.strip() or self.status or self.kind or self.author.strip() or self.assigned_to
        )

    def sql(self) -> tuple[str, list[Any]]:
        """A WHERE fragment (starting with AND) and its parameters, for alias ``p``."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.text.strip():
            clauses.append(f"(wb_fold(p.title) LIKE ? OR wb_fold({AUTHORS_SQL}) LIKE ?)")
            needle = f"%{fold_text(self.text.strip())}%"
            params += [needle, needle]
        if self.status:
            clauses.append("p.status = ?")
            params.append(self.status)
        if self.kind:
            clauses.append("p.kind = ?")
            params.append(self.kind)
        if self.author.strip():
            clauses.append(f"wb_fold({AUTHORS_SQL}) LIKE ?")
            params.append(f"%{fold_text(self.author.strip())}%")
        if self.assigned_to:
            clauses.append(
                "EXISTS (SELECT 1 FROM assignment a WHERE a.piece_id = p.id AND a.login = ?)"
            )
            params.append(self.assigned_to)
        return "".join(f" AND {c}" for c in clauses), params


def fold_text(text: str) -> str:

    return fold(text)


def _summary(row: sqlite3.Row) -> PieceSummary:
    return PieceSummary(
        id=row["id"],
        publication_id=row["publication_id"],
        issue_id=row["issue_id"],
        kind=row["kind"],
        title=row["title"],
        status=row["status"],
        authors=row["authors"] or "",
        position=row["position"],
        first_page=row["first_page"],
        page_count=row["page_count"],
        due_date=parse_date(row["due_date"]),
        deleted=bool(row["deleted"]),
        holder_session=(row["holder"] or " ").split(" ", 1)[0],
        holder=(row["holder"] or " ").split(" ", 1)[1],
    )


def _container_where(container: Container) -> tuple[str, list[Any]]:
    if container == TRASH:
        return "p.deleted_at IS NOT NULL", []
    if container == POOL:
        return "p.deleted_at IS NULL AND p.issue_id IS NULL", []
    return "p.deleted_at IS NULL AND p.issue_id = ?", [int(container)]


def _container_order(container: Container) -> str:
    if container == TRASH:
        return "p.deleted_at DESC, p.id DESC"
    return "p.position, p.id"


def list_pieces(
    store: Store,
    publication_id: int,
    container: Container,
    piece_filter: PieceFilter | None = None,
) -> list[PieceSummary]:
    """Pieces of one tree node, in the tree's order (page order within a numéro)."""
    where, params = _container_where(container)
    extra, extra_params = (piece_filter or PieceFilter()).sql()
    rows = store.query(
        f"SELECT {_SUMMARY_COLUMNS} FROM piece p WHERE p.publication_id = ? AND {where}{extra} "
        f"ORDER BY {_container_order(container)}",
        [publication_id, *params, *extra_params],
    )
    return [_summary(r) for r in rows]


def count_pieces(
    store: Store, publication_id: int, container: Container, piece_filter: PieceFilter | None = None
) -> int:
    where, params = _container_where(container)
    extra, extra_params = (piece_filter or PieceFilter()).sql()
    return store.scalar(
        f"SELECT count(*) FROM piece p WHERE p.publication_id = ? AND {where}{extra}",
        [publication_id, *params, *extra_params],
    )


def matching_issue_ids(store: Store, publication_id: int, piece_filter: PieceFilter) -> set[int]:
    """Numéros holding at least one piece that passes the filter."""
    extra, params = piece_filter.sql()
    rows = store.query(
        f"SELECT DISTINCT p.issue_id FROM piece p WHERE p.publication_id = ? "
        f"AND p.deleted_at IS NULL AND p.issue_id IS NOT NULL{extra}",
        [publication_id, *params],
    )
    return {r[0] for r in rows}


def list_authors(store: Store) -> list[str]:
    rows = store.query(
        "SELECT c.name FROM contributor c WHERE EXISTS (SELECT 1 FROM piece_contributor pc "
        "WHERE pc.contributor_id = c.id AND pc.role = 'author') ORDER BY lower(c.name), c.name"
    )
    return [r[0] for r in rows]


def get_summary(store: Store, piece_id: int) -> PieceSummary:
    row = store.query_one(f"SELECT {_SUMMARY_COLUMNS} FROM piece p WHERE p.id = ?", (piece_id,))
    if row is None:
        raise StoreError(f"Aucun papier n'a l'identifiant {piece_id}.")
    return _summary(row)


_DETAIL_SQL = """
    SELECT p.*, pub.name AS publication, i.number AS issue_number
    FROM piece p JOIN publication pub ON pub.id = p.publication_id
    LEFT JOIN issue i ON i.id = p.issue_id
"""


def _contributors(store: Store, piece_ids: Sequence[int]) -> dict[int, list[ContributorCredit]]:
    result: dict[int, list[ContributorCredit]] = {pid: [] for pid in piece_ids}
    if not piece_ids:
        return result
    rows = store.query(
        "SELECT pc.piece_id, c.name, pc.role FROM piece_contributor pc "
        "JOIN contributor c ON c.id = pc.contributor_id "
        "ORDER BY pc.piece_id, pc.position, c.name"
        if len(piece_ids) > 500
        else "SELECT pc.piece_id, c.name, pc.role FROM piece_contributor pc "
        "JOIN contributor c ON c.id = pc.contributor_id "
        f"WHERE pc.piece_id IN ({','.join('?' * len(piece_ids))}) "
        "ORDER BY pc.piece_id, pc.position, c.name",
        () if len(piece_ids) > 500 else tuple(piece_ids),
    )
    for row in rows:
        if row["piece_id"] in result:
            result[row["piece_id"]].append(ContributorCredit(row["name"], row["role"]))
    return result


def _detail(row: sqlite3.Row, contributors: list[ContributorCredit]) -> PieceDetail:
    return PieceDetail(
        id=row["id"],
        publication_id=row["publication_id"],
        publication=row["publication"],
        issue_id=row["issue_id"],
        issue_number=row["issue_number"],
        section_id=row["section_id"],
        kind=row["kind"],
        title=row["title"],
        standfirst=row["standfirst"],
        body=row["body"],
        status=row["status"],
        target_signs=row["target_signs"],
        due_date=parse_date(row["due_date"]),
        position=row["position"],
        first_page=row["first_page"],
        page_count=row["page_count"],
        published_at=parse_datetime(row["published_at"]),
        signature_note=row["signature_note"],
        edito_number=row["edito_number"],
        version=row["version"],
        deleted=row["deleted_at"] is not None,
        created_at=parse_datetime(row["created_at"]),
        updated_at=parse_datetime(row["updated_at"]),
        contributors=tuple(contributors),
        updated_by=row["updated_by"],
    )


def get_piece(store: Store, piece_id: int) -> PieceDetail:
    row = store.query_one(f"{_DETAIL_SQL} WHERE p.id = ?", (piece_id,))
    if row is None:
        raise StoreError(f"Aucun papier n'a l'identifiant {piece_id}.")
    return _detail(row, _contributors(store, [piece_id])[piece_id])


def all_pieces(store: Store, *, include_deleted: bool = False) -> list[PieceDetail]:
    """Every piece, ordered by publication, numéro (newest first), then tree order."""
    return list(iter_pieces(store, include_deleted=include_deleted))


def iter_pieces(
    store: Store, *, include_deleted: bool = False, batch: int = 500
) -> Iterator[PieceDetail]:
    """:func:`all_pieces` one batch at a time: on an archive of 100,000 pieces the bodies of
    ``batch`` pieces are in memory at once, not all of them."""
    where = "" if include_deleted else " WHERE p.deleted_at IS NULL"
    ids = [
        row[0]
        for row in store.query(
            "SELECT p.id FROM piece p JOIN publication pub ON pub.id = p.publication_id "
            f"LEFT JOIN issue i ON i.id = p.issue_id{where} "
            "ORDER BY pub.name, i.number IS NULL, i.number DESC, p.position, p.id"
        )
    ]
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        marks = ",".join("?" * len(chunk))
        rows = {r["id"]: r for r in store.query(f"{_DETAIL_SQL} WHERE p.id IN ({marks})", chunk)}
        credits = _contributors(store, chunk)
        for piece_id in chunk:
            if piece_id in rows:  # deleted by another program since the list of ids was read
                yield _detail(rows[piece_id], credits[piece_id])


# Writes ----------------------------------------------------------------------

EDITABLE_FIELDS = frozenset(
    {
        "kind",
        "title",
        "standfirst",
        "body",
        "status",
        "target_signs",
        "due_date",
        "section_id",
        "first_page",
        "page_count",
        "published_at",
        "signature_note",
        "edito_number",
    }
)


def validate_piece_fields(fields: dict[str, Any]) -> None:
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise ValidationError(f"Champs inconnus : {', '.join(sorted(unknown))}.")
    if "kind" in fields and fields["kind"] not in PIECE_KINDS:
        raise ValidationError(f"Genre inconnu : « {fields['kind']} ».")
    if "status" in fields and fields["status"] not in PIECE_STATUSES:
        raise ValidationError(f"Statut inconnu : « {fields['status']} ».")
    if "title" in fields and not str(fields["title"]).strip():
        raise ValidationError("Le titre ne peut pas être vide.")
    try:
        check_field_lengths(
            title=fields.get("title"),
            standfirst=fields.get("standfirst"),
            signature_note=fields.get("signature_note"),
        )
    except LimitError as exc:
        raise ValidationError(exc.sentence()) from exc
    if fields.get("page_count") is not None and fields["page_count"] < 1:
        raise ValidationError("Un papier occupe au moins une page.")
    if fields.get("target_signs") is not None and fields["target_signs"] < 0:
        raise ValidationError("La longueur visée ne peut pas être négative.")


def create_piece(
    store: Store,
    publication_id: int,
    kind: str,
    title: str,
    *,
    issue_id: int | None = None,
    contributors: Iterable[tuple[str, str]] = (),
    **fields: Any,
) -> int:
    """Create a piece at the end of its numéro (or of the pool) and return its id."""
    require(store, Right.PLAN)
    from db.models import Piece  # noqa: PLC0415 - start-up: SQLModel loads on first use

    fields = {"kind": kind, "title": title.strip(), **fields}
    validate_piece_fields(fields)
    if issue_id is not None:
        _require_issue(store, issue_id, publication_id)
    now = utcnow()
    with store.session() as session:
        piece = Piece(
            publication_id=publication_id,
            issue_id=issue_id,
            position=_end_position(store, publication_id, issue_id),
            created_at=now,
            updated_at=now,
            **fields,
        )
        session.add(piece)
        session.flush()
        replace_contributors(session, piece.id, list(contributors))
        return piece.id


def update_piece(
    store: Store, piece_id: int, *, expected_version: int | None = None, **fields: Any
) -> int:
    """Change fields of a piece; returns its new version.

    With ``expected_version``, refuses (ConflictError) when someone saved the piece since.
    """
    _require_for_fields(store, piece_id, fields)
    from db.models import Piece  # noqa: PLC0415 - start-up: SQLModel loads on first use

    validate_piece_fields(fields)
    if "title" in fields:
        fields["title"] = fields["title"].strip()
    with store.session() as session:
        # FOR UPDATE: on a team store, two saves of the same version wait for each other
        # and the second sees the first's version (SQLite's BEGIN IMMEDIATE already does).
        piece = session.get(Piece, piece_id, with_for_update=expected_version is not None)
        if piece is None:
            raise StoreError(f"Aucun papier n'a l'identifiant {piece_id}.")
        if expected_version is not None and piece.version != expected_version:
            log.warning(
                "piece %s saved elsewhere: version %s, expected %s",
                piece_id,
                piece.version,
                expected_version,
            )
            raise ConflictError(piece_id, expected_version, piece.version)
        if "body" in fields and fields["body"] != piece.body:  # comments keep their words
            comments.follow_edit(session, piece_id, piece.body, fields["body"])
        status_before = piece.status
        for name, value in fields.items():
            setattr(piece, name, value)
        piece.version += 1
        piece.updated_at = utcnow()
        version = piece.version
    if "status" in fields and fields["status"] != status_before:
        notices.status_changed(store, piece_id, status_before, fields["status"])
    return version


# Fields of a piece that are its place in the plan: the editor-in-chief's (rights.PLAN).
PLAN_FIELDS = frozenset(
    {"publication_id", "issue_id", "section_id", "position", "first_page", "page_count"}
    | {"due_date", "deleted_at"}
)


def _require_for_fields(store: Store, piece_id: int, fields: dict[str, Any]) -> None:
    """Refuse (RightsError) a change of fields the person's role does not allow."""
    if store.role == Role.CHIEF:
        return
    if fields.keys() & PLAN_FIELDS:
        require(store, Right.PLAN)
    if "status" in fields:
        require(store, Right.SET_STATUS, piece_ids=[piece_id], status=fields["status"])
    if fields.keys() - PLAN_FIELDS - {"status"}:
        require(store, Right.EDIT_PIECE, piece_ids=[piece_id])


class ConflictError(StoreError):
    """The piece was saved by someone else since it was loaded."""

    def __init__(self, piece_id: int, expected: int, found: int) -> None:
        super().__init__(
            f"Le papier {piece_id} a été modifié ailleurs (version {found}, "
            f"vous éditiez la version {expected})."
        )
        self.piece_id = piece_id
        self.expected = expected
        self.found = found


def set_contributors(store: Store, piece_id: int, contributors: Sequence[tuple[str, str]]) -> None:
    """Replace the credits of a piece by ``(name, role)`` pairs, in order."""
    require(store, Right.EDIT_PIECE, piece_ids=[piece_id])
    from db.models import Piece  # noqa: PLC0415 - start-up: SQLModel loads on first use

    with store.session() as session:
        piece = session.get(Piece, piece_id)
        if piece is None:
            raise StoreError(f"Aucun papier n'a l'identifiant {piece_id}.")
        replace_contributors(session, piece_id, list(contributors))
        piece.version += 1
        piece.updated_at = utcnow()


def replace_contributors(
    session: Session, piece_id: int, contributors: list[tuple[str, str]]
) -> None:
    from sqlmodel import delete, select  # noqa: PLC0415 - start-up: SQLModel loads on first use

    from db.models import Contributor, PieceContributor  # noqa: PLC0415 - start-up: SQLModel loads on first use

    seen: set[tuple[str, str]] = set()
    for name, role in contributors:
        if role not in CONTRIBUTOR_ROLES:
            raise ValidationError(f"Rôle inconnu : « {role} ».")
        if not name.strip():
            raise ValidationError("Le nom d'un contributeur ne peut pas être vide.")
    session.exec(delete(PieceContributor).where(PieceContributor.piece_id == piece_id))
    for position, (name, role) in enumerate(contributors):
        name = " ".join(name.split())
        if (name.casefold(), role) in seen:
            continue
        seen.add((name.casefold(), role))
        contributor = session.exec(select(Contributor).where(Contributor.name == name)).first()
        if contributor is None:
            contributor = Contributor(name=name)
            session.add(contributor)
            session.flush()
        session.add(
            PieceContributor(
                piece_id=piece_id, contributor_id=contributor.id, role=role, position=position
            )
        )


def _require_issue(store: Store, issue_id: int, publication_id: int) -> None:
    row = store.query_one("SELECT publication_id, deleted_at FROM issue WHERE id = ?", (issue_id,))
    if row is None or row["deleted_at"] is not None:
        raise StoreError(f"Aucun numéro n'a l'identifiant {issue_id}.")
    if row["publication_id"] != publication_id:
        raise ValidationError("Un papier ne peut pas changer de publication.")


def _end_position(store: Store, publication_id: int, issue_id: int | None) -> int:
    if issue_id is None:
        value = store.scalar(
            "SELECT max(position) FROM piece WHERE publication_id = ? AND issue_id IS NULL",
            (publication_id,),
        )
    else:
        value = store.scalar("SELECT max(position) FROM piece WHERE issue_id = ?", (issue_id,))
    return 0 if value is None else value + 1


def move_pieces(
    store: Store,
    piece_ids: Sequence[int],
    issue_id: int | None,
    *,
    before_piece_id: int | None = None,
) -> None:
    """Move pieces into a numéro (or au marbre with None), before a given piece or at the end.

    Positions in the target are renumbered so the tree's order is exactly the result.
    A piece that changes numéro loses its page placement, which belonged to the old one.
    """
    require(store, Right.PLAN)
    from sqlmodel import select  # noqa: PLC0415 - start-up: SQLModel loads on first use

    from db.models import Piece  # noqa: PLC0415 - start-up: SQLModel loads on first use

    if not piece_ids:
        return
    moving = list(dict.fromkeys(piece_ids))
    with store.session() as session:
        pieces = {p.id: p for p in session.exec(select(Piece).where(Piece.id.in_(moving))).all()}
        missing = [pid for pid in moving if pid not in pieces]
        if missing:
            raise StoreError(f"Aucun papier n'a l'identifiant {missing[0]}.")
        publication_ids = {p.publication_id for p in pieces.values()}
        if len(publication_ids) != 1:
            raise ValidationError(
                "Des papiers de publications différentes ne peuvent pas être déplacés ensemble."
            )
        publication_id = publication_ids.pop()
        if issue_id is not None:
            _require_issue(store, issue_id, publication_id)
        target_query = select(Piece).where(
            Piece.publication_id == publication_id,
            Piece.deleted_at.is_(None),  # type: ignore[union-attr]
            Piece.issue_id == issue_id if issue_id is not None else Piece.issue_id.is_(None),  # type: ignore[union-attr]
        )
        staying = [
            p
            for p in session.exec(target_query.order_by(Piece.position, Piece.id)).all()
            if p.id not in pieces
        ]
        index = len(staying)
        if before_piece_id is not None:
            for i, piece in enumerate(staying):
                if piece.id == before_piece_id:
                    index = i
                    break
        ordered = staying[:index] + [pieces[pid] for pid in moving] + staying[index:]
        now = utcnow()
        for position, piece in enumerate(ordered):
            changed_issue = piece.issue_id != issue_id or piece.deleted_at is not None
            if piece.position == position and not changed_issue:
                continue
            if changed_issue:
                piece.first_page = None
                piece.issue_id = issue_id
                piece.deleted_at = None
            piece.position = position
            piece.version += 1
            piece.updated_at = now


def trash_pieces(store: Store, piece_ids: Sequence[int]) -> None:
    """Put pieces in the Corbeille; they keep their numéro to be restored into it."""
    require(store, Right.PLAN)
    _set_deleted(store, piece_ids, deleted=True)
    log.info("%s pieces trashed: %s", len(piece_ids), list(piece_ids)[:20])


def restore_pieces(store: Store, piece_ids: Sequence[int]) -> None:
    """Take pieces out of the Corbeille, back into their numéro (or au marbre if it is gone)."""
    require(store, Right.PLAN)
    _set_deleted(store, piece_ids, deleted=False)
    log.info("%s pieces restored from the trash: %s", len(piece_ids), list(piece_ids)[:20])


def _set_deleted(store: Store, piece_ids: Sequence[int], *, deleted: bool) -> None:
    from sqlmodel import select  # noqa: PLC0415 - start-up: SQLModel loads on first use

    from db.models import Issue, Piece  # noqa: PLC0415 - start-up: SQLModel loads on first use

    now = utcnow()
    with store.session() as session:
        for piece in session.exec(select(Piece).where(Piece.id.in_(list(piece_ids)))).all():
            if deleted:
                piece.deleted_at = now
            else:
                piece.deleted_at = None
                issue = session.get(Issue, piece.issue_id) if piece.issue_id else None
                if issue is None or issue.deleted_at is not None:
                    piece.issue_id = None
                    piece.first_page = None
                piece.position = _end_position(store, piece.publication_id, piece.issue_id)
            piece.version += 1
            piece.updated_at = now


def purge_trash(store: Store, publication_id: int) -> int:
    """Delete for good every piece in the publication's Corbeille. Returns how many."""
    require(store, Right.PLAN)
    with store.raw_transaction() as conn:
        cursor = conn.execute(
            "DELETE FROM piece WHERE publication_id = ? AND deleted_at IS NOT NULL",
            (publication_id,),
        )
        purged = cursor.rowcount
    log.info("trash of publication %s emptied: %s pieces deleted for good", publication_id, purged)
    return purged


@dataclass(frozen=True, slots=True)
class PieceLocation:
    """Where a piece sits: enough to put it back exactly (undo of a move or a deletion)."""

    piece_id: int
    issue_id: int | None
    position: int
    first_page: int | None
    deleted: bool


def snapshot_locations(
    store: Store, publication_id: int, containers: Iterable[Container]
) -> list[PieceLocation]:
    """Locations of every piece in the given containers (numéro ids, POOL, TRASH)."""
    result: list[PieceLocation] = []
    for container in dict.fromkeys(containers):
        where, params = _container_where(container)
        rows = store.query(
            f"SELECT p.id, p.issue_id, p.position, p.first_page, p.deleted_at IS NOT NULL "
            f"FROM piece p WHERE p.publication_id = ? AND {where}",
            [publication_id, *params],
        )
        result.extend(PieceLocation(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows)
    return result


def restore_locations(store: Store, locations: Sequence[PieceLocation]) -> None:
    """Put pieces back where a snapshot saw them, in one transaction."""
    require(store, Right.PLAN)
    from db.models import Piece  # noqa: PLC0415 - start-up: SQLModel loads on first use

    now = utcnow()
    with store.session() as session:
        for location in locations:
            piece = session.get(Piece, location.piece_id)
            if piece is None:
                continue
            was_deleted = piece.deleted_at is not None
            if (
                piece.issue_id == location.issue_id
                and piece.position == location.position
                and piece.first_page == location.first_page
                and was_deleted == location.deleted
            ):
                continue
            piece.issue_id = location.issue_id
            piece.position = location.position
            piece.first_page = location.first_page
            if location.deleted != was_deleted:
                piece.deleted_at = now if location.deleted else None
            piece.version += 1
            piece.updated_at = now


def container_of(summary: PieceSummary) -> Container:
    if summary.deleted:
        return TRASH
    return summary.issue_id if summary.issue_id is not None else POOL
