"""Codes stored in the database. Cheap to import: no SQLAlchemy here."""

from __future__ import annotations

from enum import StrEnum


class PieceKind(StrEnum):
    EDITO = "edito"
    INTERVIEW = "interview"
    REPORTAGE = "reportage"
    CHRONIQUE = "chronique"
    DOSSIER = "dossier"
    BREVE = "breve"
    COURRIER = "courrier"


class PieceStatus(StrEnum):
    """The workflow, in order."""

    IDEA = "idee"
    COMMISSIONED = "commande"
    DRAFTING = "redaction"
    SUBMITTED = "remis"
    PROOFREADING = "relecture"
    APPROVED = "valide"
    LAID_OUT = "maquette"


class ContributorRole(StrEnum):
    AUTHOR = "author"
    INTERVIEWEE = "interviewee"
    PHOTOGRAPHER = "photographer"
    ILLUSTRATOR = "illustrator"
    TRANSLATOR = "translator"


class IssueStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"
    PUBLISHED = "published"


class SlotKind(StrEnum):
    COVER = "cover"
    CONTENTS = "contents"
    AD = "ad"
    CAREERS = "careers"
    FIXED = "fixed"


class FootnoteStyle(StrEnum):
    SYMBOLS = "symbols"
    NUMBERS = "numbers"


PIECE_KINDS: tuple[str, ...] = tuple(k.value for k in PieceKind)
PIECE_STATUSES: tuple[str, ...] = tuple(s.value for s in PieceStatus)
CONTRIBUTOR_ROLES: tuple[str, ...] = tuple(r.value for r in ContributorRole)
