"""Labels for the codes stored in the database, through Qt's translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from db.vocabulary import ContributorRole, IssueStatus, PieceKind, PieceStatus
from workbench.flatplan import legend


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


def issue_status_label(status: str) -> str:
    return {
        IssueStatus.PLANNED: QCoreApplication.translate("Vocabulary", "Planned"),
        IssueStatus.IN_PROGRESS: QCoreApplication.translate("Vocabulary", "In progress"),
        IssueStatus.CLOSED: QCoreApplication.translate("Vocabulary", "Closed (sent to print)"),
        IssueStatus.PUBLISHED: QCoreApplication.translate("Vocabulary", "Published"),
    }.get(status, status)


def role_label(role: str) -> str:
    return {
        ContributorRole.AUTHOR: QCoreApplication.translate("Vocabulary", "Author"),
        ContributorRole.INTERVIEWEE: QCoreApplication.translate("Vocabulary", "Interviewee"),
        ContributorRole.PHOTOGRAPHER: QCoreApplication.translate("Vocabulary", "Photographer"),
        ContributorRole.ILLUSTRATOR: QCoreApplication.translate("Vocabulary", "Illustrator"),
        ContributorRole.TRANSLATOR: QCoreApplication.translate("Vocabulary", "Translator"),
    }.get(role, role)


def status_color(status: str) -> QColor:
    """The status's colour, the same in the tree, the planner and the flatplan PDF."""
    return QColor(legend.status_color(status))
