"""What every stored code is called, in French and in English: the one table of labels.

The interface capitalises them (« En rédaction »), the core writes them in sentences and
lists as they are (« en rédaction », the flatplan PDF's legend, the checklist, the command
line). Codes themselves live in :mod:`db.vocabulary`; colours in
:mod:`workbench.flatplan.legend`.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.vocabulary import ContributorRole, IssueStatus, PieceKind, PieceStatus, SlotKind

LANGUAGES = ("fr", "en")


@dataclass(frozen=True, slots=True)
class Term:
    """A code's name in each language; ``detail`` is shown after it where there is room
    (« bouclé (parti à l’imprimeur) »)."""

    fr: str
    en: str
    detail_fr: str = ""
    detail_en: str = ""

    def name(self, lang: str = "fr", *, detailed: bool = False) -> str:
        english = lang == "en"
        text = self.en if english else self.fr
        detail = self.detail_en if english else self.detail_fr
        return f"{text} ({detail})" if detailed and detail else text


KINDS: dict[str, Term] = {
    PieceKind.EDITO: Term("édito", "editorial"),
    PieceKind.INTERVIEW: Term("interview", "interview"),
    PieceKind.REPORTAGE: Term("reportage", "report"),
    PieceKind.CHRONIQUE: Term("chronique", "column"),
    PieceKind.DOSSIER: Term("dossier", "feature"),
    PieceKind.BREVE: Term("brève", "brief"),
    PieceKind.COURRIER: Term("courrier des lecteurs", "letters"),
}

STATUSES: dict[str, Term] = {
    PieceStatus.IDEA: Term("idée", "idea"),
    PieceStatus.COMMISSIONED: Term("commandé", "commissioned"),
    PieceStatus.DRAFTING: Term("en rédaction", "drafting"),
    PieceStatus.SUBMITTED: Term("remis", "submitted"),
    PieceStatus.PROOFREADING: Term("en relecture", "proofreading"),
    PieceStatus.APPROVED: Term("validé", "approved"),
    PieceStatus.LAID_OUT: Term("maquetté", "laid out"),
}

ISSUE_STATUSES: dict[str, Term] = {
    IssueStatus.PLANNED: Term("prévu", "planned"),
    IssueStatus.IN_PROGRESS: Term("en cours", "in progress"),
    IssueStatus.CLOSED: Term("bouclé", "closed", "parti à l’imprimeur", "sent to print"),
    IssueStatus.PUBLISHED: Term("paru", "published"),
}

ROLES: dict[str, Term] = {
    ContributorRole.AUTHOR: Term("auteur", "author"),
    ContributorRole.INTERVIEWEE: Term("interviewé", "interviewee"),
    ContributorRole.PHOTOGRAPHER: Term("photographe", "photographer"),
    ContributorRole.ILLUSTRATOR: Term("illustrateur", "illustrator"),
    ContributorRole.TRANSLATOR: Term("traducteur", "translator"),
}

SLOT_KINDS: dict[str, Term] = {
    SlotKind.COVER: Term("couverture", "cover"),
    SlotKind.CONTENTS: Term("sommaire", "contents"),
    SlotKind.AD: Term("publicité", "advertisement"),
    SlotKind.CAREERS: Term("pages carrières", "careers pages"),
    SlotKind.FIXED: Term("page fixe", "fixed page"),
}

# How a French sentence names a slot kind, article included (« occupée par la publicité »).
SLOT_NOUNS: dict[str, str] = {
    SlotKind.COVER: "la couverture",
    SlotKind.CONTENTS: "le sommaire",
    SlotKind.AD: "la publicité",
    SlotKind.CAREERS: "les pages carrières",
    SlotKind.FIXED: "la page fixe",
}


def label(table: dict[str, Term], code: str | None, lang: str = "fr", **options: bool) -> str:
    """``code``'s name in ``lang``; an unknown code is shown as it is stored."""
    term = table.get(code or "")
    return term.name(lang, **options) if term is not None else (code or "")


def names(table: dict[str, Term], lang: str = "fr") -> dict[str, str]:
    """Every code of ``table`` with its name, in the table's order."""
    return {code: term.name(lang) for code, term in table.items()}


def capitalised(text: str) -> str:
    """« en rédaction » → « En rédaction » (only the first letter: « pages carrières »)."""
    return text[:1].upper() + text[1:]
