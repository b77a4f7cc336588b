"""Notices: what concerns a person, kept until they read it.

A piece assigned to you, a comment on a piece of yours or a reply to you, a status
changed by someone else: each becomes one row of ``notice`` for the person concerned,
read and unread kept per person (on a team store, each sees only their own: row-level
security). Nobody is told about what they did themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from db.errors import StoreError
from workbench.store import Store, parse_datetime, utcnow

log = logging.getLogger(__name__)

KINDS: dict[str, str] = {
    "assigned": "vous a attribué",
    "comment": "a commenté",
    "reply": "a répondu sur",
    "status": "a changé le statut de",
}


@dataclass(frozen=True, slots=True)
class Notice:
    id: int
    kind: str
    piece_id: int | None
    piece_title: str
    comment_id: int | None
    actor: str
    actor_name: str
    at: datetime  # UTC
    detail: str
    read: bool

    @property
    def sentence(self) -> str:
        """« Claire Martin a commenté « Édito » : … »"""
        text = f"{self.actor_name} {KINDS.get(self.kind, self.kind)} « {self.piece_title} »"
        return f"{text} : {self.detail}" if self.detail else text


def notify(
    store: Store,
    logins: Iterable[str],
    kind: str,
    *,
    piece_id: int | None = None,
    comment_id: int | None = None,
    detail: str = "",
) -> None:
    """Tell each of ``logins`` (but the store's own person) about something. A notice
    that cannot be written never stops the work it is about."""
    if kind not in KINDS:
        raise ValueError(f"unknown notice {kind!r}")
    targets = [login for login in dict.fromkeys(logins) if login and login != store.user]
    if not targets:
        return
    now = utcnow()
    try:
        with store.raw_transaction() as conn:
            for login in targets:
                conn.execute(
                    "INSERT INTO notice (login, kind, piece_id, comment_id, actor, at, detail) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (login, kind, piece_id, comment_id, store.user, now, detail[:200]),
                )
    except StoreError as exc:
        log.warning("notice %s not written: %s", kind, exc)


def status_changed(store: Store, piece_id: int, before: str, after: str) -> None:
    """Tell a piece's people its status moved (« remis → en relecture »)."""
    from workbench.flatplan.legend import status_label  # noqa: PLC0415 - flatplan imports us

    notify(
        store,
        piece_people(store, piece_id),
        "status",
        piece_id=piece_id,
        detail=f"{status_label(before)} → {status_label(after)}",
    )


def piece_people(store: Store, piece_id: int) -> list[str]:
    """The logins a piece concerns: the people it is assigned to."""
    return [
        row[0]
        for row in store.query(
            "SELECT DISTINCT login FROM assignment WHERE piece_id = ? ORDER BY login", (piece_id,)
        )
    ]


def unread_count(store: Store) -> int:
    return int(
        store.scalar(
            "SELECT count(*) FROM notice WHERE login = ? AND read_at IS NULL", (store.user,)
        )
        or 0
    )


def list_notices(store: Store, *, limit: int = 200) -> list[Notice]:
    """The person's notices, newest first."""
    rows = store.query(
        "SELECT n.id, n.kind, n.piece_id, coalesce(p.title, '') AS title, n.comment_id, "
        "n.actor, coalesce(who.display_name, n.actor) AS actor_name, n.at, n.detail, "
        "n.read_at FROM notice n LEFT JOIN piece p ON p.id = n.piece_id "
        "LEFT JOIN person who ON who.login = n.actor WHERE n.login = ? "
        "ORDER BY n.at DESC, n.id DESC LIMIT ?",
        (store.user, limit),
    )
    return [
        Notice(
            id=row["id"],
            kind=row["kind"],
            piece_id=row["piece_id"],
            piece_title=row["title"],
            comment_id=row["comment_id"],
            actor=row["actor"],
            actor_name=row["actor_name"],
            at=parse_datetime(row["at"]) or utcnow(),
            detail=row["detail"],
            read=row["read_at"] is not None,
        )
        for row in rows
    ]


def mark_read(store: Store, notice_ids: Iterable[int] | None = None, *, read: bool = True) -> None:
    """Mark notices read (all of the person's when ``notice_ids`` is None) or unread."""
    stamp = utcnow() if read else None
    with store.raw_transaction() as conn:
        if notice_ids is None:
            conn.execute(
                "UPDATE notice SET read_at = ? WHERE login = ? AND read_at IS NULL",
                (stamp, store.user),
            )
            return
        for notice_id in notice_ids:
            conn.execute(
                "UPDATE notice SET read_at = ? WHERE id = ? AND login = ?",
                (stamp, notice_id, store.user),
            )
