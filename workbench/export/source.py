"""Reading what an export needs from the store, in flatplan order."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workbench.catalog import KIND_SECTION, get_issue
from workbench.export.checklist import AssetNote, SectionRule
from workbench.pieces import get_piece
from workbench.records import IssueInfo, PieceDetail
from workbench.store import Store, StoreError
from workbench.text.fold import fold


@dataclass(frozen=True, slots=True)
class Section:
    id: int
    name: str
    position: int
    signs_per_page: int
    wants_standfirst: bool

    @property
    def rule(self) -> SectionRule:
        return SectionRule(self.name, self.signs_per_page, self.wants_standfirst)


@dataclass(frozen=True, slots=True)
class Asset:
    filename: str
    media_type: str
    data: bytes
    caption: str
    credit: str
    position: int

    @property
    def note(self) -> AssetNote:
        return AssetNote(self.filename, self.caption, self.credit)


@dataclass(frozen=True, slots=True)
class Slot:
    kind: str
    label: str
    first_page: int
    page_count: int


@dataclass(frozen=True)
class IssueData:
    issue: IssueInfo
    publication: dict[str, Any]
    pieces: list[PieceDetail]
    sections: dict[int, Section]
    piece_sections: dict[int, Section | None]
    assets: dict[int, list[Asset]]
    slots: list[Slot] = field(default_factory=list)


def flatplan_key(piece: PieceDetail) -> tuple[bool, int, int, int]:
    """Flatplan order: by first page (pieces not placed last), then tree position."""
    return (piece.first_page is None, piece.first_page or 0, piece.position, piece.id)


def section_of(piece: PieceDetail, sections: dict[int, Section]) -> Section | None:
    if piece.section_id is not None and piece.section_id in sections:
        return sections[piece.section_id]
    default = KIND_SECTION.get(piece.kind)
    wanted = fold(default) if default is not None else None
    for section in sorted(sections.values(), key=lambda s: (s.position, s.id)):
        if wanted is not None and fold(section.name) == wanted:
            return section
    return None


def load_issue(store: Store, issue_id: int) -> IssueData:
    issue = get_issue(store, issue_id)
    if issue.deleted:
        raise StoreError(f"Le numéro {issue.number} est à la corbeille : restaurez-le d'abord.")
    row = store.query_one(
        "SELECT name, tagline, footnote_style, narrow_nbsp FROM publication WHERE id = ?",
        (issue.publication_id,),
    )
    publication = {
        "name": row["name"],
        "tagline": row["tagline"],
        "footnote_style": row["footnote_style"],
        "narrow_nbsp": bool(row["narrow_nbsp"]),
    }
    ids = [
        r["id"]
        for r in store.query(
            "SELECT id FROM piece WHERE issue_id = ? AND deleted_at IS NULL", (issue_id,)
        )
    ]
    pieces = sorted((get_piece(store, pid) for pid in ids), key=flatplan_key)
    sections = {
        r["id"]: Section(
            r["id"], r["name"], r["position"], r["signs_per_page"], bool(r["wants_standfirst"])
        )
        for r in store.query(
            "SELECT id, name, position, signs_per_page, wants_standfirst FROM section "
            "WHERE publication_id = ? ORDER BY position, id",
            (issue.publication_id,),
        )
    }
    assets: dict[int, list[Asset]] = {pid: [] for pid in ids}
    if ids:
        for r in store.query(
            "SELECT piece_id, filename, media_type, data, caption, credit, position FROM asset "
            f"WHERE piece_id IN ({','.join('?' * len(ids))}) ORDER BY piece_id, position, id",
            tuple(ids),
        ):
            assets[r["piece_id"]].append(
                Asset(
                    r["filename"],
                    r["media_type"],
                    bytes(r["data"] or b""),
                    r["caption"],
                    r["credit"],
                    r["position"],
                )
            )
    slots = [
        Slot(r["kind"], r["label"], r["first_page"], r["page_count"])
        for r in store.query(
            "SELECT kind, label, first_page, page_count FROM flatplan_slot WHERE issue_id = ? "
            "ORDER BY first_page, id",
            (issue_id,),
        )
    ]
    return IssueData(
        issue=issue,
        publication=publication,
        pieces=pieces,
        sections=sections,
        piece_sections={p.id: section_of(p, sections) for p in pieces},
        assets=assets,
        slots=slots,
    )
