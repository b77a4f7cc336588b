"""Colours of statuses and slot kinds, shared by the planner, its PDF and the tree, so that a
status looks the same everywhere (their names are in :mod:`workbench.vocabulary`).

Colours are ``#rrggbb`` strings (no Qt here): light fills that keep black text readable.
"""

from __future__ import annotations

from db.vocabulary import PieceStatus, SlotKind
from workbench.vocabulary import SLOT_KINDS, STATUSES, label

STATUS_COLORS: dict[str, str] = {
    PieceStatus.IDEA: "#e0e0e0",
    PieceStatus.COMMISSIONED: "#f6d3a8",
    PieceStatus.DRAFTING: "#fbe88c",
    PieceStatus.SUBMITTED: "#c9e4f6",
    PieceStatus.PROOFREADING: "#d7c9f2",
    PieceStatus.APPROVED: "#bfe6b8",
    PieceStatus.LAID_OUT: "#7fcf8a",
}


SLOT_COLORS: dict[str, str] = {
    SlotKind.COVER: "#5b6e8c",
    SlotKind.CONTENTS: "#8c9bb3",
    SlotKind.AD: "#9a9a9a",
    SlotKind.CAREERS: "#b39a7a",
    SlotKind.FIXED: "#b8b8c8",
}


UNKNOWN_COLOR = "#ffffff"
WARNING_COLOR = "#d0342c"


def status_color(status: str | None) -> str:
    return STATUS_COLORS.get(status or "", UNKNOWN_COLOR)


def slot_color(kind: str) -> str:
    return SLOT_COLORS.get(kind, UNKNOWN_COLOR)


def status_label(status: str | None) -> str:
    """The status's French name, as the PDF and the checklist write it."""
    return label(STATUSES, status)


def slot_label(kind: str) -> str:
    return label(SLOT_KINDS, kind)
