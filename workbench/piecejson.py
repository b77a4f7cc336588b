"""The public field names of a piece: ``workbench list --json``, ``show --json``, and the
YAML front matter of exported Markdown all use this one mapping."""

from __future__ import annotations

from typing import Any

from workbench.records import PieceDetail
from workbench.text.counting import piece_figures


def piece_to_dict(piece: PieceDetail, *, with_body: bool = False) -> dict[str, Any]:
    counts, notes = piece_figures(piece.body, piece.standfirst)
    data: dict[str, Any] = {
        "id": piece.id,
        "title": piece.title,
        "kind": piece.kind,
        "status": piece.status,
        "issue": piece.issue_number,
        "publication": piece.publication,
        "contributors": [{"name": c.name, "role": c.role} for c in piece.contributors],
        "published_at": piece.published_at.isoformat() if piece.published_at else None,
        "signs": counts.signs,
        "footnotes": notes,
        "standfirst": piece.standfirst,
        "target_signs": piece.target_signs,
        "due_date": piece.due_date.isoformat() if piece.due_date else None,
        "first_page": piece.first_page,
        "page_count": piece.page_count,
        "position": piece.position,
        "signature_note": piece.signature_note,
        "edito_number": piece.edito_number,
        "version": piece.version,
        "deleted": piece.deleted,
    }
    if with_body:
        data["body"] = piece.body
        data["created_at"] = piece.created_at.isoformat() if piece.created_at else None
        data["updated_at"] = piece.updated_at.isoformat() if piece.updated_at else None
    return data
