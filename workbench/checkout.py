"""Check-out of pieces on a team store, as InCopy's assignments do it.

Opening a piece to write takes it; others read it and see who holds it (« Pris par Claire
Martin depuis 10:42 »). The holder's window says it is alive every :data:`HEARTBEAT`,
gives the piece back when its tab closes, when it quits, or after :data:`IDLE_RELEASE`
without typing. A holder whose window stopped saying it is alive (a crash, a lost
network) for :data:`VANISHED_AFTER` has vanished: the editor-in-chief may break the lock
after a confirmation naming them. A save from a window whose lock was broken is refused
(:class:`PieceTakenError`): its text becomes a « Version en conflit » revision, never lost.

A SQLite file has one person and one window: nothing is ever taken there, every call
here is a no-op. The optimistic version check of :mod:`workbench.revisions` stays the
last guard on both back-ends.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from db.errors import StoreError
from workbench.rights import Right, require
from workbench.store import Store, parse_datetime, utcnow

log = logging.getLogger(__name__)

IDLE_RELEASE = timedelta(minutes=10)
HEARTBEAT = timedelta(minutes=1)
VANISHED_AFTER = timedelta(minutes=3)


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds a piece, in whose window, since when."""

    piece_id: int
    login: str
    name: str  # the display name, or the login when the person has none
    session: str
    taken_at: datetime  # UTC
    seen_at: datetime  # UTC: the holder's last sign of life

    def vanished(self, now: datetime | None = None) -> bool:
        """Whether the holder's window stopped saying it is alive."""
        return (now or utcnow()) - self.seen_at > VANISHED_AFTER


class PieceTakenError(StoreError):
    """Someone else holds the piece: its text can be read, not written (a window that
    held it learns so this way when its hold was broken)."""

    def __init__(self, piece_id: int, holder: Holder) -> None:
        super().__init__(
            f"{holder.name} a pris ce papier pour l'écrire depuis "
            f"{holder.taken_at:%H:%M} (UTC) : vous pouvez le lire, pas modifier son texte ; "
            "rien n'a été enregistré."
        )
        self.piece_id = piece_id
        self.holder = holder


_HOLDER_SQL = (
    "SELECT l.piece_id, l.login, coalesce(p.display_name, '') AS name, l.session, "
    "l.taken_at, l.seen_at FROM piece_lock l LEFT JOIN person p ON p.login = l.login "
    "WHERE l.piece_id = ?"
)


def _holder(row: Any) -> Holder:
    """A holder from a row of :data:`_HOLDER_SQL` (read by column name)."""
    return Holder(
        piece_id=row["piece_id"],
        login=row["login"],
        name=row["name"] or row["login"],
        session=row["session"],
        taken_at=parse_datetime(row["taken_at"]) or utcnow(),
        seen_at=parse_datetime(row["seen_at"]) or utcnow(),
    )


def holder(store: Store, piece_id: int) -> Holder | None:
    """Who holds ``piece_id`` now (None: nobody, or a SQLite file)."""
    if not store.is_shared:
        return None
    row = store.query_one(_HOLDER_SQL, (piece_id,))
    return _holder(row) if row is not None else None


def take(store: Store, piece_id: int) -> Holder | None:
    """Take ``piece_id`` for writing in this window. Returns None when it is ours now,
    or the other holder when someone else has it (nothing changed then)."""
    require(store, Right.EDIT_PIECE, piece_ids=[piece_id])
    if not store.is_shared:
        return None
    now = utcnow()
    with store.raw_transaction() as conn:
        conn.execute(
            "INSERT INTO piece_lock (piece_id, login, session, taken_at, seen_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (piece_id) DO UPDATE SET seen_at = "
            "excluded.seen_at WHERE piece_lock.session = excluded.session",
            (piece_id, store.user, store.session_id, now, now),
        )
    found = holder(store, piece_id)
    if found is None or found.session == store.session_id:
        log.info("piece %s taken by %s", piece_id, store.user)
        return None
    return found


def holds(store: Store, piece_id: int) -> bool:
    """Whether this window holds ``piece_id`` (always True on a SQLite file)."""
    if not store.is_shared:
        return True
    found = holder(store, piece_id)
    return found is not None and found.session == store.session_id


def ensure_writable(store: Store, piece_id: int) -> None:
    """Refuse (PieceTakenError) a save of ``piece_id``'s text from this session unless it
    holds the piece or nobody does (a piece nobody holds is taken by the saver first; a
    command line's session gives it back when it ends)."""
    if not store.is_shared:
        return
    found = holder(store, piece_id)
    if found is None:
        found = take(store, piece_id)  # None: this session's now
    if found is not None and found.session != store.session_id:
        raise PieceTakenError(piece_id, found)


def heartbeat(store: Store, piece_ids: list[int]) -> list[int]:
    """Say this window is alive for the pieces it holds; returns those it no longer holds
    (broken by someone)."""
    if not store.is_shared or not piece_ids:
        return []
    with store.raw_transaction() as conn:
        conn.execute(
            f"UPDATE piece_lock SET seen_at = ? WHERE session = ? AND piece_id IN "
            f"({', '.join('?' * len(piece_ids))})",
            (utcnow(), store.session_id, *piece_ids),
        )
    held = {
        row[0]
        for row in store.query(
            "SELECT piece_id FROM piece_lock WHERE session = ?", (store.session_id,)
        )
    }
    return [piece_id for piece_id in piece_ids if piece_id not in held]


def release(store: Store, piece_id: int) -> None:
    """Give ``piece_id`` back (only if this window holds it)."""
    if not store.is_shared:
        return
    with store.raw_transaction() as conn:
        conn.execute(
            "DELETE FROM piece_lock WHERE piece_id = ? AND session = ?",
            (piece_id, store.session_id),
        )
    log.info("piece %s released by %s", piece_id, store.user)


def release_all(store: Store) -> None:
    """Give back everything this window holds (it quits)."""
    if not store.is_shared:
        return
    with store.raw_transaction() as conn:
        conn.execute("DELETE FROM piece_lock WHERE session = ?", (store.session_id,))


def break_lock(store: Store, piece_id: int, expected: Holder) -> bool:
    """Take the piece away from ``expected`` (after a confirmation naming them). False
    when the piece changed hands meanwhile (nothing done)."""
    require(store, Right.BREAK_LOCK)
    if not store.is_shared:
        return False
    with store.raw_transaction() as conn:
        deleted = conn.execute(
            "DELETE FROM piece_lock WHERE piece_id = ? AND session = ?",
            (piece_id, expected.session),
        ).rowcount
    if deleted:
        log.warning(
            "lock of piece %s held by %s broken by %s", piece_id, expected.login, store.user
        )
    return bool(deleted)
