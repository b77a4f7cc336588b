"""Who may do what in a newsroom: the one table of rules.

Four roles, as a magazine's team is organised:

* ``redaction-en-chef`` does everything (plans, assigns, manages the team, breaks locks);
* ``redacteur`` writes the pieces assigned to them (text, chapô, fields, status up to
  « remis ») and reads the rest;
* ``maquettiste`` reads everything, exports, and sets « en maquette »;
* ``lecteur`` reads.

Everyone who reads may comment. The same rules are applied three times: here, by the
interface (an action greyed with :func:`refusal` as its tooltip), by the services
(:func:`require` before they write) and, on a team store, by the server itself (grants,
row-level security and triggers written by migration 0005, so a script or ``psql`` gets
no more). A SQLite file has one person and no logins: its person is the editor-in-chief.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from db.errors import RightsError, StoreError
from db.vocabulary import PieceStatus

__all__ = ["RightsError", "Right", "Role", "may", "refusal", "require"]

if TYPE_CHECKING:
    from workbench.store import Store


class Role(StrEnum):
    CHIEF = "redaction-en-chef"
    WRITER = "redacteur"
    LAYOUT = "maquettiste"
    READER = "lecteur"


ROLES: tuple[str, ...] = tuple(role.value for role in Role)

ROLE_LABELS: dict[str, str] = {
    Role.CHIEF: "rédaction en chef",
    Role.WRITER: "rédacteur",
    Role.LAYOUT: "maquettiste",
    Role.READER: "lecteur",
}


class Right(StrEnum):
    """What a person may want to do."""

    READ = "read"
    COMMENT = "comment"
    EDIT_PIECE = "edit-piece"  # text, chapô, fields, contributors of one piece
    SET_STATUS = "set-status"  # to one status (see STATUS_RIGHTS)
    PLAN = "plan"  # chemin de fer, numéros, slots, moves, due dates, new pieces, trash
    SETTINGS = "settings"  # publications and their rubriques, house rules
    EXPORT = "export"
    ASSIGN = "assign"
    MANAGE_TEAM = "manage-team"
    BREAK_LOCK = "break-lock"


class Scope(StrEnum):
    """Over which pieces a right holds."""

    ALL = "all"
    ASSIGNED = "assigned"  # only the pieces assigned to the person


_EVERYTHING = {right: Scope.ALL for right in Right}

# The table: each role's rights and over which pieces. A right not listed is refused.
RULES: dict[Role, dict[Right, Scope]] = {
    Role.CHIEF: _EVERYTHING,
    Role.WRITER: {
        Right.READ: Scope.ALL,
        Right.COMMENT: Scope.ALL,
        Right.EDIT_PIECE: Scope.ASSIGNED,
        Right.SET_STATUS: Scope.ASSIGNED,
    },
    Role.LAYOUT: {
        Right.READ: Scope.ALL,
        Right.COMMENT: Scope.ALL,
        Right.EXPORT: Scope.ALL,
        Right.SET_STATUS: Scope.ALL,
    },
    Role.READER: {Right.READ: Scope.ALL, Right.COMMENT: Scope.ALL},
}

# The statuses each role may set (and, but for the editor-in-chief, take a piece from).
STATUS_RIGHTS: dict[Role, frozenset[str]] = {
    Role.CHIEF: frozenset(PieceStatus),
    Role.WRITER: frozenset(
        {PieceStatus.IDEA, PieceStatus.COMMISSIONED, PieceStatus.DRAFTING, PieceStatus.SUBMITTED}
    ),
    Role.LAYOUT: frozenset({PieceStatus.LAID_OUT}),
    Role.READER: frozenset(),
}

_WHAT: dict[Right, str] = {
    Right.READ: "lire les papiers",
    Right.COMMENT: "commenter",
    Right.EDIT_PIECE: "modifier ce papier",
    Right.SET_STATUS: "changer le statut de ce papier",
    Right.PLAN: "changer le chemin de fer, les numéros ou les papiers qui y sont",
    Right.SETTINGS: "changer les réglages de la publication",
    Right.EXPORT: "exporter",
    Right.ASSIGN: "attribuer les papiers",
    Right.MANAGE_TEAM: "gérer l'équipe",
    Right.BREAK_LOCK: "reprendre un papier pris par quelqu'un d'autre",
}


def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role)


def parse_role(value: str) -> Role:
    """A role from its code, or StoreError naming the codes there are."""
    try:
        return Role(value.strip())
    except ValueError:
        raise StoreError(f"Rôle inconnu : « {value} » (rôles : {', '.join(ROLES)}).") from None


def refusal(
    role: str | None,
    right: Right,
    *,
    assigned: bool = False,
    status: str | None = None,
    from_status: str | None = None,
) -> str | None:
    """Why ``role`` may not do ``right`` (one French sentence), or None when it may.

    ``assigned`` says whether the piece concerned is assigned to the person; ``status``
    is the status to set and ``from_status`` the piece's status now (SET_STATUS).
    """
    if role is None or role not in ROLES:
        return "Vous ne faites pas partie de l'équipe de cette base : lecture seule."
    rules = RULES[Role(role)]
    scope = rules.get(right)
    label = role_label(role)
    if scope is None:
        return f"Votre rôle ({label}) ne permet pas de {_WHAT[right]}."
    if scope is Scope.ASSIGNED and not assigned:
        return f"Ce papier ne vous est pas attribué : votre rôle ({label}) permet de le lire."
    if right is Right.SET_STATUS:
        allowed = STATUS_RIGHTS[Role(role)]
        if status is not None and status not in allowed:
            return f"Votre rôle ({label}) ne permet pas de donner ce statut à un papier."
        if role == Role.WRITER and from_status is not None and from_status not in allowed:
            return (
                f"Ce papier est déjà au-delà de « remis » : votre rôle ({label}) ne permet "
                "plus d'en changer le statut."
            )
    return None


def may(role: str | None, right: Right, **context: object) -> bool:
    return refusal(role, right, **context) is None  # type: ignore[arg-type]


def settable_statuses(role: str | None) -> frozenset[str]:
    """The statuses ``role`` may give a piece (empty when none)."""
    if role is None or role not in ROLES:
        return frozenset()
    return STATUS_RIGHTS[Role(role)]


def is_assigned(store: Store, piece_id: int, login: str | None = None) -> bool:
    """Whether the piece is assigned to ``login`` (the store's person by default)."""
    login = store.user if login is None else login
    return bool(
        store.scalar("SELECT 1 FROM assignment WHERE piece_id = ? AND login = ?", (piece_id, login))
    )


def require(
    store: Store,
    right: Right,
    *,
    piece_ids: tuple[int, ...] | list[int] = (),
    status: str | None = None,
) -> None:
    """Raise RightsError unless the store's person may do ``right`` (on each piece of
    ``piece_ids`` when it concerns pieces). Free on a SQLite file: everything is allowed."""
    role = store.role
    if role == Role.CHIEF:
        return
    if not piece_ids:
        reason = refusal(role, right, assigned=True, status=status)
        if reason:
            raise RightsError(reason)
        return
    for piece_id in piece_ids:
        from_status = None
        if right is Right.SET_STATUS:
            from_status = store.scalar("SELECT status FROM piece WHERE id = ?", (piece_id,))
        reason = refusal(
            role,
            right,
            assigned=is_assigned(store, piece_id),
            status=status,
            from_status=from_status,
        )
        if reason:
            raise RightsError(reason)
