"""Read-side records handed to the CLI and the UI: plain, immutable, cheap."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class PublicationInfo:
    id: int
    name: str
    footnote_style: str
    narrow_nbsp: bool


@dataclass(frozen=True, slots=True)
class IssueInfo:
    id: int
    publication_id: int
    number: int
    theme: str
    page_count: int
    closing_date: date | None
    release_date: date | None
    status: str
    piece_count: int = 0
    ready_count: int = 0
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class PieceSummary:
    """What the tree and lists show of a piece."""

    id: int
    publication_id: int
    issue_id: int | None
    kind: str
    title: str
    status: str
    authors: str
    position: int
    first_page: int | None
    page_count: int
    due_date: date | None
    deleted: bool
    holder: str = ""  # on a team store: the name of whoever holds it for writing
    holder_session: str = ""  # … and their window's session (this window's own: not shown)


@dataclass(frozen=True, slots=True)
class ContributorCredit:
    name: str
    role: str


@dataclass(frozen=True, slots=True)
class PieceDetail:
    """Every field of a piece, with its body and contributors."""

    id: int
    publication_id: int
    publication: str
    issue_id: int | None
    issue_number: int | None
    section_id: int | None
    kind: str
    title: str
    standfirst: str
    body: str
    status: str
    target_signs: int | None
    due_date: date | None
    position: int
    first_page: int | None
    page_count: int
    published_at: datetime | None
    signature_note: str
    edito_number: int | None
    version: int
    deleted: bool
    created_at: datetime | None
    updated_at: datetime | None
    contributors: tuple[ContributorCredit, ...] = field(default=())
    updated_by: str = ""  # the login that saved it last (a team store's; "" on a file)
