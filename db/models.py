"""SQLModel tables: the whole editorial domain.

Datetimes are naive: ``created_at``/``updated_at``/``deleted_at`` hold UTC, ``published_at``
holds the wall-clock time printed by the publication.

Codes stored in the database (kinds, statuses, roles) are plain ASCII strings so
that the CLI's JSON and the database speak the same words; labels for people
live in the UI's translations.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import DateTime, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from db.vocabulary import ContributorRole, FootnoteStyle, IssueStatus, PieceStatus, SlotKind


def new_uid() -> str:
    """A row's id that stays the same in every copy of it (offline files, sync)."""
    return str(uuid.uuid4())


class Publication(SQLModel, table=True):
    __tablename__ = "publication"

    id: int | None = Field(default=None, primary_key=True)
    # The same in every copy of the row (migration 0006: offline files and their sync).
    uid: str | None = Field(default_factory=new_uid, unique=True, index=True)
    name: str = Field(index=True, unique=True)
    tagline: str = ""
    footnote_style: str = Field(default=FootnoteStyle.SYMBOLS)
    # House style: narrow no-break space (U+202F) before ; ! ? instead of U+00A0.
    narrow_nbsp: bool = True
    created_at: datetime = Field(sa_type=DateTime)
    updated_at: datetime = Field(sa_type=DateTime)


class Issue(SQLModel, table=True):
    """A numéro."""

    __tablename__ = "issue"

    id: int | None = Field(default=None, primary_key=True)
    # The same in every copy of the row (migration 0006: offline files and their sync).
    uid: str | None = Field(default_factory=new_uid, unique=True, index=True)
    publication_id: int = Field(foreign_key="publication.id", index=True)
    number: int
    theme: str = ""
    page_count: int = 0
    closing_date: date | None = None
    release_date: date | None = None
    status: str = Field(default=IssueStatus.PLANNED)
    deleted_at: datetime | None = Field(default=None, sa_type=DateTime)
    created_at: datetime = Field(sa_type=DateTime)
    updated_at: datetime = Field(sa_type=DateTime)


class Section(SQLModel, table=True):
    """A rubrique."""

    __tablename__ = "section"

    id: int | None = Field(default=None, primary_key=True)
    # The same in every copy of the row (migration 0006: offline files and their sync).
    uid: str | None = Field(default_factory=new_uid, unique=True, index=True)
    publication_id: int = Field(foreign_key="publication.id", index=True)
    name: str
    position: int = 0
    signs_per_page: int = 4500
    wants_standfirst: bool = True


class Piece(SQLModel, table=True):
    """A papier: one piece of writing, placed in a numéro or au marbre (issue_id NULL)."""

    __tablename__ = "piece"
    # Covering indexes for the tree's counts (migration 0003): no body is read to count.
    __table_args__ = (
        Index("ix_piece_issue_state", "issue_id", "deleted_at", "status"),
        Index("ix_piece_publication_state", "publication_id", "deleted_at", "issue_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # The same in every copy of the row (migration 0006: offline files and their sync).
    uid: str | None = Field(default_factory=new_uid, unique=True, index=True)
    publication_id: int = Field(foreign_key="publication.id", index=True)
    issue_id: int | None = Field(default=None, foreign_key="issue.id", index=True)
    section_id: int | None = Field(default=None, foreign_key="section.id")
    kind: str
    title: str
    standfirst: str = ""
    body: str = ""
    status: str = Field(default=PieceStatus.IDEA)
    target_signs: int | None = None
    due_date: date | None = None
    position: int = 0
    first_page: int | None = None
    page_count: int = 1
    published_at: datetime | None = Field(default=None, sa_type=DateTime)
    signature_note: str = ""
    edito_number: int | None = None
    source_hash: str | None = Field(default=None, index=True)
    # Bumped on every save: lets a second writer detect that the piece changed under them.
    version: int = 1
    # The login that saved it last (a team store's trigger sets it; "" on a SQLite file).
    updated_by: str = Field(default="", sa_column_kwargs={"server_default": ""})
    deleted_at: datetime | None = Field(default=None, sa_type=DateTime)
    created_at: datetime = Field(sa_type=DateTime)
    updated_at: datetime = Field(sa_type=DateTime)


class Contributor(SQLModel, table=True):
    __tablename__ = "contributor"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)
    bio: str = ""


class PieceContributor(SQLModel, table=True):
    __tablename__ = "piece_contributor"

    piece_id: int = Field(foreign_key="piece.id", primary_key=True, ondelete="CASCADE")
    contributor_id: int = Field(foreign_key="contributor.id", primary_key=True)
    role: str = Field(primary_key=True)
    position: int = 0


class Revision(SQLModel, table=True):
    __tablename__ = "revision"

    id: int | None = Field(default=None, primary_key=True)
    # The same in every copy of the row (migration 0006: offline files and their sync).
    uid: str | None = Field(default_factory=new_uid, unique=True, index=True)
    piece_id: int = Field(foreign_key="piece.id", index=True, ondelete="CASCADE")
    created_at: datetime = Field(sa_type=DateTime)
    title: str
    standfirst: str = ""
    body: str = ""
    note: str = ""
    # The login that wrote this version ("" on a SQLite file: one person).
    author: str = Field(default="", sa_column_kwargs={"server_default": ""})


class Asset(SQLModel, table=True):
    """An image attached to a piece, with its caption and credit."""

    __tablename__ = "asset"

    id: int | None = Field(default=None, primary_key=True)
    # The same in every copy of the row (migration 0006: offline files and their sync).
    uid: str | None = Field(default_factory=new_uid, unique=True, index=True)
    piece_id: int = Field(foreign_key="piece.id", index=True, ondelete="CASCADE")
    filename: str
    media_type: str = "image/jpeg"
    data: bytes = b""
    caption: str = ""
    credit: str = ""
    position: int = 0


class FlatplanSlot(SQLModel, table=True):
    """A page range of a numéro held by something that is not a piece: cover, ad, sommaire…"""

    __tablename__ = "flatplan_slot"

    id: int | None = Field(default=None, primary_key=True)
    # The same in every copy of the row (migration 0006: offline files and their sync).
    uid: str | None = Field(default_factory=new_uid, unique=True, index=True)
    issue_id: int = Field(foreign_key="issue.id", index=True, ondelete="CASCADE")
    kind: str = Field(default=SlotKind.AD)
    label: str = ""
    first_page: int
    page_count: int = 1


class Person(SQLModel, table=True):
    """A login of the team store and the name people know its owner by."""

    __tablename__ = "person"

    login: str = Field(primary_key=True)
    display_name: str
    # What they may do (workbench.rights.Role); a SQLite file's one person does everything.
    role: str = Field(
        default="redaction-en-chef", sa_column_kwargs={"server_default": "redaction-en-chef"}
    )


class Activity(SQLModel, table=True):
    """Who did what: a save, move, placement, status change, creation, trashing, export."""

    __tablename__ = "activity"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_type=DateTime)  # UTC
    login: str
    action: str
    piece_id: int | None = Field(default=None, index=True)
    issue_id: int | None = None
    detail: str = ""


class PieceLock(SQLModel, table=True):
    """A piece checked out for writing on a team store (one holder at a time)."""

    __tablename__ = "piece_lock"

    piece_id: int = Field(foreign_key="piece.id", primary_key=True, ondelete="CASCADE")
    login: str
    session: str  # the holder's window (Store.session_id)
    taken_at: datetime = Field(sa_type=DateTime)  # UTC
    seen_at: datetime = Field(sa_type=DateTime)  # the holder's last sign of life, UTC


class Assignment(SQLModel, table=True):
    """A piece given to a person to write (or photograph…), by a date."""

    __tablename__ = "assignment"
    __table_args__ = (
        UniqueConstraint("piece_id", "login", "role", name="uq_assignment_piece_login_role"),
    )

    id: int | None = Field(default=None, primary_key=True)
    piece_id: int = Field(foreign_key="piece.id", ondelete="CASCADE")
    login: str = Field(index=True)
    role: str = Field(default=ContributorRole.AUTHOR)
    due_date: date | None = None
    created_at: datetime = Field(sa_type=DateTime)  # UTC


class Comment(SQLModel, table=True):
    """An editorial comment on a piece, or on a passage of its body (``anchor_*``), or a
    reply to one (``parent_id``)."""

    __tablename__ = "comment"

    id: int | None = Field(default=None, primary_key=True)
    # The same in every copy of the row (migration 0006: offline files and their sync).
    uid: str | None = Field(default_factory=new_uid, unique=True, index=True)
    piece_id: int = Field(foreign_key="piece.id", index=True, ondelete="CASCADE")
    parent_id: int | None = Field(default=None, foreign_key="comment.id", ondelete="CASCADE")
    author: str
    body: str
    created_at: datetime = Field(sa_type=DateTime)  # UTC
    updated_at: datetime = Field(sa_type=DateTime)  # UTC
    resolved_at: datetime | None = Field(default=None, sa_type=DateTime)
    resolved_by: str = ""
    # The passage of the body it is about: offsets, and its words when anchored.
    anchor_start: int | None = None
    anchor_end: int | None = None
    anchor_text: str = ""
    # Its words were deleted from the text: the comment stays and says so.
    anchor_lost: bool = False


class Notice(SQLModel, table=True):
    """Something that concerns a person: an assignment, a comment, a status change."""

    __tablename__ = "notice"

    id: int | None = Field(default=None, primary_key=True)
    login: str = Field(index=True)  # to whom
    kind: str
    piece_id: int | None = Field(default=None, foreign_key="piece.id", ondelete="CASCADE")
    comment_id: int | None = Field(default=None, foreign_key="comment.id", ondelete="CASCADE")
    actor: str  # who did it
    at: datetime = Field(sa_type=DateTime)  # UTC
    detail: str = ""
    read_at: datetime | None = Field(default=None, sa_type=DateTime)


class OfflineOrigin(SQLModel, table=True):
    """In an offline file: the team store and the numéro it was taken from."""

    __tablename__ = "offline_origin"

    id: int | None = Field(default=None, primary_key=True)
    server: str  # the address, without password
    server_id: str  # the server's database, as it names itself (a uid)
    issue_uid: str
    # The pieces taken (a JSON list of uids), or "" for the whole numéro.
    pieces: str = Field(sa_type=Text)
    taken_by: str
    taken_at: datetime = Field(sa_type=DateTime)  # UTC
    synced_at: datetime | None = Field(default=None, sa_type=DateTime)


class OfflineBase(SQLModel, table=True):
    """In an offline file: a travelling record as each side held it at the last sync."""

    __tablename__ = "offline_base"

    uid: str = Field(primary_key=True)
    kind: str = Field(primary_key=True)  # text, fields, place, slot, comment…
    server_digest: str  # the record on the server at the end of the last sync
    offline_digest: str  # and in this file


class SyncJournal(SQLModel, table=True):
    """In an offline file: the sync under way, finished by the next one if cut short."""

    __tablename__ = "sync_journal"

    sync_id: str = Field(primary_key=True)
    started_at: datetime = Field(sa_type=DateTime)
    plan: str = Field(sa_type=Text)


class SyncReceipt(SQLModel, table=True):
    """On a team store: a sync whose server part is committed."""

    __tablename__ = "sync_receipt"

    sync_id: str = Field(primary_key=True)
    at: datetime = Field(sa_type=DateTime)
    login: str
