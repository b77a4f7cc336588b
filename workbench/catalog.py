"""Publications, numéros and rubriques: creating, editing, listing."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from db.vocabulary import FootnoteStyle, IssueStatus, PieceStatus
from workbench.limits import MAX_ISSUE_NUMBER, MAX_ISSUE_PAGES, MAX_TITLE_CHARS
from workbench.records import IssueInfo, PublicationInfo
from workbench.rights import Right, require
from workbench.store import Store, StoreError, parse_date, utcnow

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from sqlmodel import Session

READY_STATUSES = (PieceStatus.APPROVED.value, PieceStatus.LAID_OUT.value)

DEFAULT_SECTIONS: tuple[tuple[str, int, bool], ...] = (
    # name, signes per page, wants a chapô
    ("Édito", 3500, False),
    ("Interview", 4500, True),
    ("Reportage", 4500, True),
    ("Dossier", 4500, True),
    ("Chronique", 5000, False),
    ("Brèves", 6000, False),
    ("Courrier des lecteurs", 6000, False),
)

# The rubrique a piece of each kind belongs to in a publication with the default rubriques.
KIND_SECTION: dict[str, str] = {
    "edito": "Édito",
    "interview": "Interview",
    "reportage": "Reportage",
    "dossier": "Dossier",
    "chronique": "Chronique",
    "breve": "Brèves",
    "courrier": "Courrier des lecteurs",
}
MIN_SIGNS_PER_PAGE, MAX_SIGNS_PER_PAGE = 500, 20_000


class ValidationError(StoreError):
    """Input a person typed that cannot be stored as it is."""


@dataclass(slots=True)
class IssueFields:
    number: int
    theme: str = ""
    page_count: int = 0
    closing_date: date | None = None
    release_date: date | None = None
    status: str = IssueStatus.PLANNED.value

    @classmethod
    def of(cls, info: IssueInfo) -> IssueFields:
        """The editable fields of an existing numéro."""
        return cls(
            info.number, info.theme, info.page_count, info.closing_date, info.release_date,
            info.status,
        )  # fmt: skip


ISSUE_STATUSES: tuple[str, ...] = tuple(s.value for s in IssueStatus)


def validate_issue_fields(fields: IssueFields) -> None:
    if fields.number <= 0:
        raise ValidationError("Le numéro doit être un entier positif.")
    if fields.number > MAX_ISSUE_NUMBER:
        raise ValidationError(f"Le numéro ne peut pas dépasser {MAX_ISSUE_NUMBER}.")
    if fields.page_count < 0:
        raise ValidationError("Le nombre de pages ne peut pas être négatif.")
    if fields.page_count > MAX_ISSUE_PAGES:
        raise ValidationError(f"Un numéro compte au plus {MAX_ISSUE_PAGES} pages.")
    if len(fields.theme) > MAX_TITLE_CHARS:
        raise ValidationError(f"Le thème est trop long (au plus {MAX_TITLE_CHARS} caractères).")
    if fields.status not in ISSUE_STATUSES:
        raise ValidationError(f"Statut de numéro inconnu : « {fields.status} ».")
    if fields.closing_date and fields.release_date and fields.release_date < fields.closing_date:
        raise ValidationError("La date de parution doit suivre la date de bouclage.")


# Publications ---------------------------------------------------------------


def list_publications(store: Store) -> list[PublicationInfo]:
    rows = store.query(
        "SELECT id, name, footnote_style, narrow_nbsp FROM publication ORDER BY lower(name), name"
    )
    return [
        PublicationInfo(r["id"], r["name"], r["footnote_style"], bool(r["narrow_nbsp"]))
        for r in rows
    ]


def get_publication(store: Store, publication_id: int) -> PublicationInfo:
    row = store.query_one(
        "SELECT id, name, footnote_style, narrow_nbsp FROM publication WHERE id = ?",
        (publication_id,),
    )
    if row is None:
        raise StoreError(f"Aucune publication n'a l'identifiant {publication_id}.")
    return PublicationInfo(row["id"], row["name"], row["footnote_style"], bool(row["narrow_nbsp"]))


def create_publication(store: Store, name: str, *, with_sections: bool = True) -> int:
    require(store, Right.SETTINGS)
    from db.models import Publication  # noqa: PLC0415 - start-up: SQLModel loads on first use

    name = name.strip()
    if not name:
        raise ValidationError("Le nom de la publication ne peut pas être vide.")
    if store.scalar("SELECT 1 FROM publication WHERE lower(name) = lower(?)", (name,)):
        raise ValidationError(f"Une publication « {name} » existe déjà.")
    now = utcnow()
    with store.session() as session:
        publication = Publication(name=name, created_at=now, updated_at=now)
        session.add(publication)
        session.flush()
        if with_sections:
            add_default_sections(session, publication.id)
        publication_id = publication.id
    log.info("publication %s created", publication_id)
    return publication_id


def add_default_sections(session: Session, publication_id: int) -> None:
    """Give a new publication the usual rubriques (inside the caller's session)."""
    from db.models import Section  # noqa: PLC0415 - start-up: SQLModel loads on first use

    for position, (section, signs, standfirst) in enumerate(DEFAULT_SECTIONS):
        session.add(
            Section(
                publication_id=publication_id,
                name=section,
                position=position,
                signs_per_page=signs,
                wants_standfirst=standfirst,
            )
        )


def find_publication(store: Store, name: str) -> PublicationInfo | None:
    """The publication called ``name`` (case ignored), if there is one."""
    wanted = name.strip().casefold()
    return next((p for p in list_publications(store) if p.name.casefold() == wanted), None)


def set_footnote_style(store: Store, publication_id: int, style: str) -> None:
    """How notes are marked in print: ``symbols`` (*, **, ***) or ``numbers``."""
    require(store, Right.SETTINGS)
    from db.models import Publication  # noqa: PLC0415 - start-up: SQLModel loads on first use

    styles = [s.value for s in FootnoteStyle]
    if style not in styles:
        raise ValidationError(
            f"Style de notes inconnu : « {style} » (attendu : {', '.join(styles)})."
        )
    with store.session() as session:
        publication = session.get(Publication, publication_id)
        if publication is None:
            raise StoreError(f"Aucune publication n'a l'identifiant {publication_id}.")
        publication.footnote_style = style
        publication.updated_at = utcnow()


def section_for_kind(store: Store, publication_id: int, kind: str) -> int | None:
    """The id of the rubrique pieces of ``kind`` go to in the publication, if it has one."""
    name = KIND_SECTION.get(kind)
    if name is None:
        return None
    return store.scalar(
        "SELECT id FROM section WHERE publication_id = ? AND name = ? ORDER BY id LIMIT 1",
        (publication_id, name),
    )


def check_signs_per_page(kind: str, signs: int) -> None:
    if kind not in KIND_SECTION:
        raise ValidationError(f"Genre inconnu : « {kind} » (attendu : {', '.join(KIND_SECTION)}).")
    if not MIN_SIGNS_PER_PAGE <= signs <= MAX_SIGNS_PER_PAGE:
        raise ValidationError(
            f"Signes par page : {signs} n'est pas entre {MIN_SIGNS_PER_PAGE} et "
            f"{MAX_SIGNS_PER_PAGE}."
        )


def set_signs_per_page(store: Store, publication_id: int, kind: str, signs: int) -> None:
    """How many signes fill a page for pieces of ``kind`` (their rubrique's setting)."""
    require(store, Right.SETTINGS)
    from db.models import Section  # noqa: PLC0415 - start-up: SQLModel loads on first use

    check_signs_per_page(kind, signs)
    section_id = section_for_kind(store, publication_id, kind)
    with store.session() as session:
        if section_id is None:
            position = store.scalar(
                "SELECT coalesce(max(position) + 1, 0) FROM section WHERE publication_id = ?",
                (publication_id,),
            )
            session.add(
                Section(
                    publication_id=publication_id,
                    name=KIND_SECTION[kind],
                    position=position,
                    signs_per_page=signs,
                )
            )
            return
        section = session.get(Section, section_id)
        section.signs_per_page = signs


def signs_per_page_by_kind(store: Store, publication_id: int) -> dict[str, int]:
    """The signes per page of each kind whose rubrique the publication has."""
    found = {}
    for kind in KIND_SECTION:
        section_id = section_for_kind(store, publication_id, kind)
        if section_id is not None:
            found[kind] = store.scalar(
                "SELECT signs_per_page FROM section WHERE id = ?", (section_id,)
            )
    return found


def rename_publication(store: Store, publication_id: int, name: str) -> None:
    require(store, Right.SETTINGS)
    from db.models import Publication  # noqa: PLC0415 - start-up: SQLModel loads on first use

    name = name.strip()
    if not name:
        raise ValidationError("Le nom de la publication ne peut pas être vide.")
    clash = store.scalar(
        "SELECT id FROM publication WHERE lower(name) = lower(?) AND id != ?",
        (name, publication_id),
    )
    if clash:
        raise ValidationError(f"Une publication « {name} » existe déjà.")
    with store.session() as session:
        publication = session.get(Publication, publication_id)
        if publication is None:
            raise StoreError(f"Aucune publication n'a l'identifiant {publication_id}.")
        publication.name = name
        publication.updated_at = utcnow()


# Numéros ---------------------------------------------------------------------

_ISSUE_COLUMNS = """
    i.id, i.publication_id, i.number, i.theme, i.page_count, i.closing_date, i.release_date,
    i.status, i.deleted_at IS NOT NULL AS deleted,
    (SELECT count(*) FROM piece p WHERE p.issue_id = i.id AND p.deleted_at IS NULL) AS piece_count,
    (SELECT count(*) FROM piece p WHERE p.issue_id = i.id AND p.deleted_at IS NULL
        AND p.status IN ('valide', 'maquette')) AS ready_count
"""


def _issue_from_row(row: sqlite3.Row) -> IssueInfo:
    return IssueInfo(
        id=row["id"],
        publication_id=row["publication_id"],
        number=row["number"],
        theme=row["theme"],
        page_count=row["page_count"],
        closing_date=parse_date(row["closing_date"]),
        release_date=parse_date(row["release_date"]),
        status=row["status"],
        piece_count=row["piece_count"],
        ready_count=row["ready_count"],
        deleted=bool(row["deleted"]),
    )


def list_issues(store: Store, publication_id: int, *, deleted: bool = False) -> list[IssueInfo]:
    """Numéros of a publication, newest (highest number) first."""
    rows = store.query(
        f"SELECT {_ISSUE_COLUMNS} FROM issue i WHERE i.publication_id = ? "
        f"AND (i.deleted_at IS NOT NULL) = ? ORDER BY i.number DESC",
        (publication_id, deleted),
    )
    return [_issue_from_row(r) for r in rows]


def get_issue(store: Store, issue_id: int) -> IssueInfo:
    row = store.query_one(f"SELECT {_ISSUE_COLUMNS} FROM issue i WHERE i.id = ?", (issue_id,))
    if row is None:
        raise StoreError(f"Aucun numéro n'a l'identifiant {issue_id}.")
    return _issue_from_row(row)


def find_issue(store: Store, publication_id: int, number: int) -> IssueInfo | None:
    row = store.query_one(
        f"SELECT {_ISSUE_COLUMNS} FROM issue i WHERE i.publication_id = ? AND i.number = ? "
        "AND i.deleted_at IS NULL",
        (publication_id, number),
    )
    return _issue_from_row(row) if row else None


def issues_by_number(store: Store, number: int) -> list[IssueInfo]:
    rows = store.query(
        f"SELECT {_ISSUE_COLUMNS} FROM issue i WHERE i.number = ? AND i.deleted_at IS NULL",
        (number,),
    )
    return [_issue_from_row(r) for r in rows]


def create_issue(store: Store, publication_id: int, fields: IssueFields) -> int:
    require(store, Right.PLAN)
    from db.models import Issue  # noqa: PLC0415 - start-up: SQLModel loads on first use

    validate_issue_fields(fields)
    get_publication(store, publication_id)
    if find_issue(store, publication_id, fields.number):
        raise ValidationError(f"Le numéro {fields.number} existe déjà dans cette publication.")
    now = utcnow()
    with store.session() as session:
        issue = Issue(
            publication_id=publication_id,
            number=fields.number,
            theme=fields.theme.strip(),
            page_count=fields.page_count,
            closing_date=fields.closing_date,
            release_date=fields.release_date,
            status=fields.status,
            created_at=now,
            updated_at=now,
        )
        session.add(issue)
        session.flush()
        issue_id = issue.id
    log.info(
        "issue %s (number %s) created in publication %s", issue_id, fields.number, publication_id
    )
    return issue_id


def last_planned_page(store: Store, issue_id: int) -> int:
    """The last page a piece or a slot holds in the numéro's chemin de fer (0: none)."""
    return (
        store.scalar(
            "SELECT max(last) FROM ("
            "SELECT first_page + page_count - 1 AS last FROM piece "
            "WHERE issue_id = ? AND first_page IS NOT NULL AND deleted_at IS NULL "
            "UNION ALL SELECT first_page + page_count - 1 FROM flatplan_slot WHERE issue_id = ?) "
            "AS held",
            (issue_id, issue_id),
        )
        or 0
    )


def update_issue(store: Store, issue_id: int, fields: IssueFields) -> None:
    require(store, Right.PLAN)
    from db.models import Issue  # noqa: PLC0415 - start-up: SQLModel loads on first use

    validate_issue_fields(fields)
    current = get_issue(store, issue_id)
    planned = last_planned_page(store, issue_id)
    if fields.page_count < planned:
        raise ValidationError(
            f"Le chemin de fer du numéro {current.number} occupe déjà les pages jusqu'à la "
            f"page {planned} : impossible de passer à {fields.page_count} pages."
        )
    other = find_issue(store, current.publication_id, fields.number)
    if other and other.id != issue_id:
        raise ValidationError(f"Le numéro {fields.number} existe déjà dans cette publication.")
    with store.session() as session:
        issue = session.get(Issue, issue_id)
        issue.number = fields.number
        issue.theme = fields.theme.strip()
        issue.page_count = fields.page_count
        issue.closing_date = fields.closing_date
        issue.release_date = fields.release_date
        issue.status = fields.status
        issue.updated_at = utcnow()


def set_issue_theme(store: Store, issue_id: int, theme: str) -> None:
    require(store, Right.PLAN)
    fields = IssueFields.of(get_issue(store, issue_id))
    fields.theme = theme
    update_issue(store, issue_id, fields)


def trash_issue(store: Store, issue_id: int) -> list[int]:
    """Put a numéro in the trash. Its pieces go back au marbre: they are never deleted with it.

    Returns the ids of the pieces that went back to the pool.
    """
    require(store, Right.PLAN)
    from sqlmodel import select  # noqa: PLC0415 - start-up: SQLModel loads on first use

    from db.models import Issue, Piece  # noqa: PLC0415 - start-up: SQLModel loads on first use

    now = utcnow()
    with store.session() as session:
        issue = session.get(Issue, issue_id)
        if issue is None:
            raise StoreError(f"Aucun numéro n'a l'identifiant {issue_id}.")
        issue.deleted_at = now
        issue.updated_at = now
        pool_end = _pool_end(store, issue.publication_id)
        pieces = session.exec(
            select(Piece).where(Piece.issue_id == issue_id).order_by(Piece.position, Piece.id)
        ).all()
        for offset, piece in enumerate(pieces):
            piece.issue_id = None
            piece.first_page = None
            piece.position = pool_end + offset
            piece.updated_at = now
            piece.version += 1
        freed = [p.id for p in pieces if p.id is not None]  # stored rows: ids are set
    log.info("issue %s trashed, %s pieces back in the pool", issue_id, len(freed))
    return freed


def restore_issue(store: Store, issue_id: int) -> None:
    require(store, Right.PLAN)
    from db.models import Issue  # noqa: PLC0415 - start-up: SQLModel loads on first use

    current = get_issue(store, issue_id)
    if find_issue(store, current.publication_id, current.number):
        raise ValidationError(
            f"Impossible de restaurer : un autre numéro {current.number} existe déjà."
        )
    with store.session() as session:
        issue = session.get(Issue, issue_id)
        issue.deleted_at = None
        issue.updated_at = utcnow()
    log.info("issue %s restored from the trash", issue_id)


def _pool_end(store: Store, publication_id: int) -> int:
    value = store.scalar(
        "SELECT max(position) FROM piece WHERE publication_id = ? AND issue_id IS NULL",
        (publication_id,),
    )
    return 0 if value is None else value + 1


def list_sections(store: Store, publication_id: int) -> list[tuple[int, str]]:
    rows = store.query(
        "SELECT id, name FROM section WHERE publication_id = ? ORDER BY position, id",
        (publication_id,),
    )
    return [(r["id"], r["name"]) for r in rows]
