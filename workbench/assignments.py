"""Assignments: a piece given to people to write, photograph…, by a date.

The editor-in-chief assigns (``workbench piece assign``, the piece's « Attribution »);
a writer may write the pieces assigned to them (:mod:`workbench.rights`); « Mes
papiers » shows each person their own; the planning shows who is late.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from db.errors import StoreError
from db.vocabulary import CONTRIBUTOR_ROLES, ContributorRole
from workbench import notices
from workbench.flatplan.rules import is_handed_in
from workbench.rights import Right, require
from workbench.store import Store, parse_date, utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Assignment:
    piece_id: int
    login: str
    name: str
    role: str  # a ContributorRole code: author, photographer…
    due: date | None


@dataclass(frozen=True, slots=True)
class LateAssignment:
    """A piece its person has not handed in by its date."""

    login: str
    name: str
    piece_id: int
    title: str
    due: date
    status: str
    issue_number: int | None


def assign(
    store: Store,
    piece_id: int,
    login: str,
    *,
    role: str = ContributorRole.AUTHOR,
    due: date | None = None,
) -> Assignment:
    """Give ``piece_id`` to ``login`` (again: changes the date)."""
    require(store, Right.ASSIGN)
    if role not in CONTRIBUTOR_ROLES:
        raise StoreError(f"Rôle inconnu : « {role} » (rôles : {', '.join(CONTRIBUTOR_ROLES)}).")
    title = store.scalar("SELECT title FROM piece WHERE id = ? AND deleted_at IS NULL", (piece_id,))
    if title is None:
        raise StoreError(f"Aucun papier n'a l'identifiant {piece_id}.")
    if not store.scalar("SELECT 1 FROM person WHERE login = ?", (login,)):
        raise StoreError(f"« {login} » ne fait pas partie de l'équipe (workbench team add).")
    with store.raw_transaction() as conn:
        conn.execute(
            "INSERT INTO assignment (piece_id, login, role, due_date, created_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (piece_id, login, role) "
            "DO UPDATE SET due_date = excluded.due_date",
            (piece_id, login, role, due, utcnow()),
        )
    detail = f"à rendre le {due:%d/%m/%Y}" if due else ""
    notices.notify(store, [login], "assigned", piece_id=piece_id, detail=detail)
    log.info("piece %s assigned to %s (%s)", piece_id, login, role)
    return next(found for found in of_piece(store, piece_id) if found.login == login)


def unassign(store: Store, piece_id: int, login: str, role: str | None = None) -> int:
    """Take ``piece_id`` back from ``login`` (in one role, or all); returns how many
    assignments went."""
    require(store, Right.ASSIGN)
    with store.raw_transaction() as conn:
        if role is None:
            cursor = conn.execute(
                "DELETE FROM assignment WHERE piece_id = ? AND login = ?", (piece_id, login)
            )
        else:
            cursor = conn.execute(
                "DELETE FROM assignment WHERE piece_id = ? AND login = ? AND role = ?",
                (piece_id, login, role),
            )
        return int(cursor.rowcount)


def of_piece(store: Store, piece_id: int) -> list[Assignment]:
    return [
        Assignment(row[0], row[1], row[2], row[3], parse_date(_text(row[4])))
        for row in store.query(
            "SELECT a.piece_id, a.login, coalesce(p.display_name, a.login), a.role, a.due_date "
            "FROM assignment a LEFT JOIN person p ON p.login = a.login WHERE a.piece_id = ? "
            "ORDER BY a.role, a.login",
            (piece_id,),
        )
    ]


def of_pieces(store: Store, piece_ids: Iterable[int] | None = None) -> dict[int, list[Assignment]]:
    """Each piece's assignments in one query (every piece's when ``piece_ids`` is None),
    ordered as :func:`of_piece` orders them; pieces without any are left out."""
    wanted = None if piece_ids is None else set(piece_ids)
    found: dict[int, list[Assignment]] = {}
    for row in store.query(
        "SELECT a.piece_id, a.login, coalesce(p.display_name, a.login), a.role, a.due_date "
        "FROM assignment a LEFT JOIN person p ON p.login = a.login "
        "ORDER BY a.piece_id, a.role, a.login"
    ):
        if wanted is not None and row[0] not in wanted:
            continue
        found.setdefault(row[0], []).append(
            Assignment(row[0], row[1], row[2], row[3], parse_date(_text(row[4])))
        )
    return found


def pieces_of(store: Store, login: str | None = None) -> set[int]:
    """The pieces assigned to ``login`` (the store's person by default)."""
    login = store.user if login is None else login
    return {
        row[0]
        for row in store.query("SELECT DISTINCT piece_id FROM assignment WHERE login = ?", (login,))
    }


def late(store: Store, today: date, publication_id: int | None = None) -> list[LateAssignment]:
    """Who is late: assignments whose date (the assignment's, else the piece's) is past
    and whose piece is not handed in, by date."""
    rows = store.query(
        "SELECT a.login, coalesce(who.display_name, a.login) AS name, p.id, p.title, "
        "coalesce(a.due_date, p.due_date) AS due, p.status, i.number, p.publication_id "
        "FROM assignment a JOIN piece p ON p.id = a.piece_id "
        "LEFT JOIN person who ON who.login = a.login LEFT JOIN issue i ON i.id = p.issue_id "
        "WHERE p.deleted_at IS NULL AND coalesce(a.due_date, p.due_date) IS NOT NULL"
    )
    found = []
    for row in rows:
        due = parse_date(_text(row[4]))
        if due is None or due >= today or is_handed_in(row[5]):
            continue
        if publication_id is not None and row[7] != publication_id:
            continue
        found.append(LateAssignment(row[0], row[1], row[2], row[3], due, row[5], row[6]))
    return sorted(found, key=lambda item: (item.due, item.name, item.title))


def _text(value: object) -> str | None:
    return None if value is None else str(value)
