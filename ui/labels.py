"""Labels for the codes stored in the database, through Qt's translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from db.vocabulary import ContributorRole, PieceKind, PieceStatus


def _t(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def kind_label(kind: str) -> str:
    return {
        PieceKind.EDITO: _t("Editorial"),
        PieceKind.INTERVIEW: _t("Interview"),
        PieceKind.REPORTAGE: _t("Report"),
        PieceKind.CHRONIQUE: _t("Column"),
        PieceKind.DOSSIER: _t("Feature"),
        PieceKind.BREVE: _t("Brief"),
        PieceKind.COURRIER: _t("Letters"),
    }.get(kind, kind)


def status_label(status: str) -> str:
    return {
        PieceStatus.IDEA: _t("Idea"),
        PieceStatus.COMMISSIONED: _t("Commissioned"),
        PieceStatus.DRAFTING: _t("Drafting"),
        PieceStatus.SUBMITTED: _t("Submitted"),
        PieceStatus.PROOFREADING: _t("Proofreading"),
        PieceStatus.APPROVED: _t("Approved"),
        PieceStatus.LAID_OUT: _t("Laid out"),
    }.get(status, status)


def role_label(role: str) -> str:
    return {
        ContributorRole.AUTHOR: _t("Author"),
        ContributorRole.INTERVIEWEE: _t("Interviewee"),
        ContributorRole.PHOTOGRAPHER: _t("Photographer"),
        ContributorRole.ILLUSTRATOR: _t("Illustrator"),
        ContributorRole.TRANSLATOR: _t("Translator"),
    }.get(role, role)


# Status badge colours, from cold (idea) to done (laid out).
STATUS_COLORS: dict[str, str] = {
    PieceStatus.IDEA: "#9e9e9e",
    PieceStatus.COMMISSIONED: "#8d6e63",
    PieceStatus.DRAFTING: "#ef6c00",
    PieceStatus.SUBMITTED: "#f9a825",
    PieceStatus.PROOFREADING: "#1e88e5",
    PieceStatus.APPROVED: "#43a047",
    PieceStatus.LAID_OUT: "#00695c",
}


def status_color(status: str) -> QColor:
    return QColor(STATUS_COLORS.get(status, "#9e9e9e"))
