"""Editorial comments: on a whole piece, or on a passage of its body, with replies.

Anyone who may read a piece may comment on it (:mod:`workbench.rights`); the author
changes their own words; anyone of the team replies and marks a thread « résolu ».

A comment on a passage keeps its words' place while the text is edited around them:
every save of the body moves the anchors with the edit (:func:`follow_edit`, in the
save's own transaction, so the command line's saves keep them too). Words edited inside
stay anchored to what replaced them; words deleted leave the comment in place, marked
« passage supprimé », with the words it was about. Comments never go into an export
unless asked for (``--with-comments``: Word comments in a proofreading DOCX).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from db.errors import StoreError
from workbench import notices
from workbench.rights import Right, require
from workbench.store import Store, parse_datetime, utcnow

if TYPE_CHECKING:
    from sqlmodel import Session

log = logging.getLogger(__name__)

MAX_COMMENT_CHARS = 20_000
QUOTE_CHARS = 200  # the words kept with an anchor, for a comment whose words went


@dataclass(frozen=True, slots=True)
class Anchor:
    """A passage of a body: ``[start, end)`` in characters, and its words."""

    start: int
    end: int
    text: str
    lost: bool = False


@dataclass(frozen=True, slots=True)
class CommentInfo:
    id: int
    piece_id: int
    parent_id: int | None
    author: str
    author_name: str
    body: str
    created_at: datetime  # UTC
    updated_at: datetime  # UTC
    resolved: bool
    resolved_by: str
    anchor: Anchor | None

    @property
    def is_reply(self) -> bool:
        return self.parent_id is not None


# Anchors ------------------------------------------------------------------


def _changed_region(old: str, new: str) -> tuple[int, int, int]:
    """The one region an edit changed: its start, its end in ``old`` and in ``new``."""
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return prefix, len(old) - suffix, len(new) - suffix


def follow_anchor(old: str, new: str, anchor: Anchor) -> Anchor:
    """Where ``anchor`` (a passage of ``old``) is in ``new``.

    The text before and after the edited region keeps its words, shifted; an anchor the
    edit cut into keeps what remains of it and what was typed inside it; an anchor whose
    words were all deleted (or replaced by others) is ``lost``, with its old words.
    """
    if anchor.lost or old == new:
        return anchor
    begin, old_end, new_end = _changed_region(old, new)
    shift = new_end - old_end
    if anchor.end <= begin:  # before the edit
        return anchor
    if anchor.start >= old_end:  # after it
        return Anchor(anchor.start + shift, anchor.end + shift, anchor.text)
    if begin <= anchor.start and anchor.end <= old_end:  # inside what changed
        found = new.find(anchor.text, begin, new_end) if anchor.text else -1
        if found >= 0:
            return Anchor(found, found + len(anchor.text), anchor.text)
        return Anchor(anchor.start, anchor.start, anchor.text, lost=True)
    start = anchor.start if anchor.start < begin else begin
    end = anchor.end + shift if anchor.end > old_end else new_end
    if not new[start:end].strip():
        return Anchor(start, start, anchor.text, lost=True)
    return Anchor(start, end, new[start:end][:QUOTE_CHARS])


def follow_edit(session: Session, piece_id: int, old_body: str, new_body: str) -> int:
    """Move the anchors of ``piece_id``'s comments with a save of its body (in the save's
    session); returns how many moved or were lost."""
    from sqlmodel import select  # noqa: PLC0415 - start-up: SQLModel loads on first use

    from db.models import Comment  # noqa: PLC0415 - start-up: SQLModel loads on first use

    if old_body == new_body:
        return 0
    moved = 0
    anchored = select(Comment).where(
        Comment.piece_id == piece_id,
        Comment.anchor_start.is_not(None),  # type: ignore[union-attr]
        Comment.anchor_lost.is_(False),  # type: ignore[attr-defined]
    )
    for comment in session.exec(anchored):
        before = Anchor(comment.anchor_start or 0, comment.anchor_end or 0, comment.anchor_text)
        after = follow_anchor(old_body, new_body, before)
        if after != before:
            comment.anchor_start, comment.anchor_end = after.start, after.end
            comment.anchor_text, comment.anchor_lost = after.text, after.lost
            session.add(comment)
            moved += 1
    return moved


# Reading ------------------------------------------------------------------

_COLUMNS = (
    "c.id, c.piece_id, c.parent_id, c.author, coalesce(p.display_name, c.author) AS name, "
    "c.body, c.created_at, c.updated_at, c.resolved_at, c.resolved_by, c.anchor_start, "
    "c.anchor_end, c.anchor_text, c.anchor_lost"
)


def _info(row: Any) -> CommentInfo:
    anchor = None
    if row["anchor_start"] is not None:
        anchor = Anchor(
            row["anchor_start"], row["anchor_end"], row["anchor_text"], bool(row["anchor_lost"])
        )
    return CommentInfo(
        id=row["id"],
        piece_id=row["piece_id"],
        parent_id=row["parent_id"],
        author=row["author"],
        author_name=row["name"],
        body=row["body"],
        created_at=parse_datetime(row["created_at"]) or utcnow(),
        updated_at=parse_datetime(row["updated_at"]) or utcnow(),
        resolved=row["resolved_at"] is not None,
        resolved_by=row["resolved_by"],
        anchor=anchor,
    )


def list_comments(store: Store, piece_id: int) -> list[CommentInfo]:
    """A piece's comments, threads in the order they were opened, each followed by its
    replies."""
    rows = store.query(
        f"SELECT {_COLUMNS} FROM comment c LEFT JOIN person p ON p.login = c.author "
        "WHERE c.piece_id = ? ORDER BY c.created_at, c.id",
        (piece_id,),
    )
    found = [_info(row) for row in rows]
    replies: dict[int, list[CommentInfo]] = {}
    for comment in found:
        if comment.parent_id is not None:
            replies.setdefault(comment.parent_id, []).append(comment)
    ordered = []
    for comment in found:
        if comment.parent_id is None:
            ordered.append(comment)
            ordered.extend(replies.get(comment.id, []))
    return ordered


def get_comment(store: Store, comment_id: int) -> CommentInfo:
    row = store.query_one(
        f"SELECT {_COLUMNS} FROM comment c LEFT JOIN person p ON p.login = c.author WHERE c.id = ?",
        (comment_id,),
    )
    if row is None:
        raise StoreError(f"Aucun commentaire n'a l'identifiant {comment_id}.")
    return _info(row)


def open_counts(store: Store) -> dict[int, int]:
    """For each piece with comments, how many of its threads are not resolved."""
    return {
        row[0]: row[1]
        for row in store.query(
            "SELECT piece_id, count(*) FROM comment WHERE parent_id IS NULL "
            "AND resolved_at IS NULL GROUP BY piece_id"
        )
    }


# Writing ------------------------------------------------------------------


def _check_body(body: str) -> str:
    body = body.strip()
    if not body:
        raise StoreError("Un commentaire ne peut pas être vide.")
    if len(body) > MAX_COMMENT_CHARS:
        raise StoreError(f"Un commentaire ne peut pas dépasser {MAX_COMMENT_CHARS} caractères.")
    return body


def add_comment(
    store: Store,
    piece_id: int,
    body: str,
    *,
    start: int | None = None,
    end: int | None = None,
    parent_id: int | None = None,
) -> CommentInfo:
    """Comment on a piece, on the passage ``[start, end)`` of its body, or reply to the
    thread ``parent_id``. Tells the piece's people (and, for a reply, the thread's)."""
    require(store, Right.COMMENT)
    body = _check_body(body)
    text = store.scalar("SELECT body FROM piece WHERE id = ? AND deleted_at IS NULL", (piece_id,))
    if text is None:
        raise StoreError(f"Aucun papier n'a l'identifiant {piece_id}.")
    quote = ""
    if parent_id is not None:
        parent = get_comment(store, parent_id)
        if parent.piece_id != piece_id:
            raise StoreError("Une réponse doit porter sur le même papier que son commentaire.")
        parent_id = parent.parent_id or parent.id  # a reply to a reply joins its thread
        start = end = None
    elif start is not None or end is not None:
        if start is None or end is None or not 0 <= start < end <= len(text):
            raise StoreError(
                f"Passage invalide ({start}–{end}) : le texte du papier a {len(text)} caractères."
            )
        quote = text[start:end][:QUOTE_CHARS]
    now = utcnow()
    with store.raw_transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO comment (piece_id, parent_id, author, body, created_at, updated_at, "
            "resolved_by, anchor_start, anchor_end, anchor_text, anchor_lost) "
            "VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?) RETURNING id",
            (piece_id, parent_id, store.user, body, now, now, start, end, quote, False),
        )
        comment_id = int(cursor.fetchone()[0])
    concerned = notices.piece_people(store, piece_id)
    kind = "comment"
    if parent_id is not None:
        kind = "reply"
        concerned += [
            c.author for c in list_comments(store, piece_id) if parent_id in (c.id, c.parent_id)
        ]
    notices.notify(
        store, concerned, kind, piece_id=piece_id, comment_id=comment_id, detail=_excerpt(body)
    )
    log.info("comment %s on piece %s", comment_id, piece_id)
    return get_comment(store, comment_id)


def _excerpt(body: str) -> str:
    line = " ".join(body.split())
    return line if len(line) <= 80 else line[:79] + "…"


def edit_comment(store: Store, comment_id: int, body: str) -> CommentInfo:
    """Change the words of one's own comment."""
    comment = get_comment(store, comment_id)
    if comment.author != store.user and store.is_shared:
        raise StoreError("Seul l'auteur d'un commentaire peut en changer le texte.")
    with store.raw_transaction() as conn:
        conn.execute(
            "UPDATE comment SET body = ?, updated_at = ? WHERE id = ?",
            (_check_body(body), utcnow(), comment_id),
        )
    return get_comment(store, comment_id)


def resolve(store: Store, comment_id: int, resolved: bool = True) -> CommentInfo:
    """Mark a thread « résolu » (or open it again)."""
    require(store, Right.COMMENT)
    thread = get_comment(store, comment_id)
    thread_id = thread.parent_id or thread.id
    with store.raw_transaction() as conn:
        conn.execute(
            "UPDATE comment SET resolved_at = ?, resolved_by = ? WHERE id = ?",
            (utcnow() if resolved else None, store.user if resolved else "", thread_id),
        )
    return get_comment(store, thread_id)


def delete_comment(store: Store, comment_id: int) -> None:
    """Delete a comment (and, for a thread, its replies): its author's or the chief's."""
    comment = get_comment(store, comment_id)
    if comment.author != store.user:
        require(store, Right.MANAGE_TEAM)
    with store.raw_transaction() as conn:
        conn.execute("DELETE FROM comment WHERE parent_id = ?", (comment_id,))
        conn.execute("DELETE FROM comment WHERE id = ?", (comment_id,))
    log.info("comment %s deleted", comment_id)
