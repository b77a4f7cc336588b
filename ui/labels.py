"""Labels for the codes stored in the database, through Qt's translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from db.vocabulary import ContributorRole, PieceKind, PieceStatus


def kind_label(kind: str) -> str:
    return {
        PieceKind.EDITO: QCoreApplication.translate("Vocabulary", "Editorial"),
        PieceKind.INTERVIEW: QCoreApplication.translate("Vocabulary", "Interview"),
        PieceKind.REPORTAGE: QCoreApplication.translate("Vocabulary", "Report"),
        PieceKind.CHRONIQUE: QCoreApplication.translate("Vocabulary", "Column"),
        PieceKind.DOSSIER: QCoreApplication.translate("Vocabulary", "Feature"),
        PieceKind.BREVE: QCoreApplication.translate("Vocabulary", "Brief"),
        PieceKind.COURRIER: QCoreApplication.translate("Vocabulary", "Letters"),
    }.get(kind, kind)


def status_label(status: str) -> str:
    return {
        PieceStatus.IDEA: QCoreApplication.translate("Vocabulary", "Idea"),
        PieceStatus.COMMISSIONED: QCoreApplication.translate("Vocabulary", "Commissioned"),
        PieceStatus.DRAFTING: QCoreApplication.translate("Vocabulary", "Drafting"),
        PieceStatus.SUBMITTED: QCoreApplication.translate("Vocabulary", "Submitted"),
        PieceStatus.PROOFREADING: QCoreApplication.translate("Vocabulary", "Proofreading"),
        PieceStatus.APPROVED: QCoreApplication.translate("Vocabulary", "Approved"),
        PieceStatus.LAID_OUT: QCoreApplication.translate("Vocabulary", "Laid out"),
    }.get(status, status)


def role_label(role: str) -> str:
    return {
        ContributorRole.AUTHOR: QCoreApplication.translate("Vocabulary", "Author"),
        ContributorRole.INTERVIEWEE: QCoreApplication.translate("Vocabulary", "Interviewee"),
        ContributorRole.PHOTOGRAPHER: QCoreApplication.translate("Vocabulary", "Photographer"),
        ContributorRole.ILLUSTRATOR: QCoreApplication.translate("Vocabulary", "Illustrator"),
        ContributorRole.TRANSLATOR: QCoreApplication.translate("Vocabulary", "Translator"),
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
