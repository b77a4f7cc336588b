"""Who did what: the activity log of a database.

On a team store the pieces' triggers (migration 0004) record every save, move, placement,
status change, creation and trashing with the login that did it, whatever program wrote;
the services record what no trigger sees, such as an export. A SQLite file records the
exports too (its one person's login).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from workbench.store import Store, StoreError, parse_datetime, utcnow

log = logging.getLogger(__name__)

# The actions, as stored (codes) and as people read them.
ACTIONS = {
    "create": "création",
    "save": "enregistrement",
    "move": "déplacement",
    "place": "placement au chemin de fer",
    "status": "changement de statut",
    "trash": "mise à la corbeille",
    "restore": "restauration",
    "export": "export",
}


@dataclass(frozen=True, slots=True)
class Activity:
    at: datetime  # UTC
    login: str
    action: str  # a key of ACTIONS
    piece_id: int | None
    issue_id: int | None
    detail: str


def record(
    store: Store,
    action: str,
    *,
    piece_id: int | None = None,
    issue_id: int | None = None,
    detail: str = "",
) -> None:
    """Add one line to the log, under this store's person. A log that cannot be written
    (a read-only base) never stops the work it describes."""
    if action not in ACTIONS:
        raise ValueError(f"unknown activity {action!r}")
    try:
        with store.raw_transaction() as conn:
            conn.execute(
                "INSERT INTO activity (at, login, action, piece_id, issue_id, detail) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (utcnow(), store.user, action, piece_id, issue_id, detail),
            )
    except StoreError as exc:
        log.warning("activity %s not recorded: %s", action, exc)
    except Exception as exc:  # noqa: BLE001 - sqlite3's own errors: the log is not the work
        log.warning("activity %s not recorded: %s", action, exc)


def of_piece(store: Store, piece_id: int) -> list[Activity]:
    """What happened to a piece, newest first."""
    return [
        Activity(
            at=parse_datetime(row["at"]) or utcnow(),
            login=row["login"],
            action=row["action"],
            piece_id=row["piece_id"],
            issue_id=row["issue_id"],
            detail=row["detail"],
        )
        for row in store.query(
            "SELECT at, login, action, piece_id, issue_id, detail FROM activity "
            "WHERE piece_id = ? ORDER BY at DESC, id DESC",
            (piece_id,),
        )
    ]
