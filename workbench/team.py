"""The newsroom: who is in it and with which role (``workbench team``, Outils › Équipe…).

On a team store each person is a real PostgreSQL login with its own password, so the
server enforces their role (migration 0005): adding someone creates the login if the
server has none of that name (its password sent already hashed, SCRAM-SHA-256, never
in clear and never kept by Workbench), lets it connect to this database, and records
their name and role in ``person``. Removing someone takes the right to connect away;
the login stays (it may belong to another newsroom on the same server) and so does
what they wrote, under their name.

On a SQLite file (one machine, one person) the team is a list of names to assign
pieces to: there are no logins and the person at the machine may do everything.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from db.errors import StoreError
from db.vocabulary import PIECE_STATUSES
from workbench.flatplan.rules import HANDED_IN_FROM
from workbench.limits import MAX_NAME_CHARS
from workbench.rights import Right, Role, parse_role, require, role_label
from workbench.store import Store

log = logging.getLogger(__name__)

# A login as PostgreSQL and people type it: no quotes, no spaces, no capitals.
_LOGIN = re.compile(r"[a-z_][a-z0-9_.-]{0,62}")


@dataclass(frozen=True, slots=True)
class Member:
    login: str
    name: str
    role: str
    assigned: int  # pieces assigned to them and not handed in

    @property
    def role_label(self) -> str:
        return role_label(self.role)


def check_login(login: str) -> str:
    login = login.strip()
    if not _LOGIN.fullmatch(login):
        raise StoreError(
            f"Identifiant invalide : « {login} » (lettres minuscules sans accent, chiffres, "
            "« _ », « . » ou « - », 63 caractères au plus, commençant par une lettre)."
        )
    return login


def _check_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise StoreError("Le nom affiché ne peut pas être vide.")
    if len(name) > MAX_NAME_CHARS:
        raise StoreError(f"Le nom affiché dépasse {MAX_NAME_CHARS} caractères.")
    return name


def members(store: Store) -> list[Member]:
    """The team, by name."""
    handed_in = PIECE_STATUSES[HANDED_IN_FROM:]  # flatplan.rules.is_handed_in
    rows = store.query(
        "SELECT p.login, p.display_name, p.role, (SELECT count(DISTINCT a.piece_id) "
        "FROM assignment a JOIN piece x ON x.id = a.piece_id WHERE a.login = p.login "
        f"AND x.deleted_at IS NULL AND x.status NOT IN ({', '.join('?' * len(handed_in))})) "
        "AS assigned FROM person p ORDER BY p.display_name, p.login",
        handed_in,
    )
    return [Member(row[0], row[1], row[2], row[3]) for row in rows]


def member(store: Store, login: str) -> Member:
    for found in members(store):
        if found.login == login:
            return found
    raise StoreError(f"« {login} » ne fait pas partie de l'équipe.")


def add_member(
    store: Store, login: str, name: str, role: str, password: str | None = None
) -> Member:
    """Add a person to the team (or give an existing login of the server a place in it)."""
    require(store, Right.MANAGE_TEAM)
    login, name, role = check_login(login), _check_name(name), parse_role(role)
    if store.scalar("SELECT 1 FROM person WHERE login = ?", (login,)):
        raise StoreError(f"« {login} » fait déjà partie de l'équipe (team set pour le changer).")
    if store.is_shared:
        from db import postgres  # noqa: PLC0415 - only a team store loads the driver

        postgres.open_login(store.raw, login, password, chief=role == Role.CHIEF)
    with store.raw_transaction() as conn:
        conn.execute(
            "INSERT INTO person (login, display_name, role) VALUES (?, ?, ?)",
            (login, name, role.value),
        )
    log.info("team: %s added as %s", login, role.value)
    return member(store, login)


def change_member(
    store: Store,
    login: str,
    *,
    role: str | None = None,
    name: str | None = None,
    password: str | None = None,
) -> Member:
    """Change a person's role, name or password (one's own name and password are one's
    own to change; everything else is the editor-in-chief's)."""
    login = login.strip()
    current = member(store, login)
    if role is not None or login != store.user:
        require(store, Right.MANAGE_TEAM)
    new_role = parse_role(role) if role is not None else Role(current.role)
    if login == store.user and new_role != current.role:
        raise StoreError("Vous ne pouvez pas changer votre propre rôle.")
    if store.is_shared and (password is not None or new_role != current.role):
        from db import postgres  # noqa: PLC0415 - only a team store loads the driver

        postgres.open_login(store.raw, login, password, chief=new_role == Role.CHIEF)
    with store.raw_transaction() as conn:
        conn.execute(
            "UPDATE person SET display_name = ?, role = ? WHERE login = ?",
            (_check_name(name) if name is not None else current.name, new_role.value, login),
        )
    log.info("team: %s changed", login)
    store.refresh_role()
    return member(store, login)


def remove_member(store: Store, login: str) -> None:
    """Take a person out of the team: they cannot connect any more; what they wrote
    stays, under their name; their assignments go."""
    require(store, Right.MANAGE_TEAM)
    login = member(store, login.strip()).login
    if login == store.user:
        raise StoreError("Vous ne pouvez pas vous retirer vous-même de l'équipe.")
    with store.raw_transaction() as conn:
        conn.execute("DELETE FROM assignment WHERE login = ?", (login,))
        conn.execute("DELETE FROM piece_lock WHERE login = ?", (login,))
        conn.execute("DELETE FROM person WHERE login = ?", (login,))
    if store.is_shared:
        from db import postgres  # noqa: PLC0415 - only a team store loads the driver

        postgres.close_login(store.raw, login)
    log.info("team: %s removed", login)
