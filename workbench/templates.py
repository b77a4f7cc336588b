"""Templates to start a new piece, one per kind (genre).

A template gives the fields of a new piece with French placeholder text the writer replaces.
The placeholder text goes through the house typography rules (with the publication's
``narrow_nbsp`` setting), so « Corriger la typographie » has nothing to do on a fresh piece.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from db.vocabulary import ContributorRole, PieceKind
from workbench.catalog import ValidationError
from workbench.typography import apply_changes, fix_plain_typography, fix_typography

_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class PieceTemplate:
    """The starting fields of a piece. ``byline`` has no column yet: the UI shows it with the
    credits (for a reportage it is also the signature note)."""

    kind: str
    title: str
    standfirst: str
    body: str
    signature_note: str = ""
    edito_number: int | None = None
    byline: str = ""
    target_signs: int | None = None
    contributor_roles: tuple[str, ...] = (ContributorRole.AUTHOR,)

    def piece_fields(self) -> dict[str, Any]:
        """Keyword arguments for ``workbench.pieces.create_piece`` (besides kind and title)."""
        fields: dict[str, Any] = {"standfirst": self.standfirst, "body": self.body}
        if self.signature_note:
            fields["signature_note"] = self.signature_note
        if self.edito_number is not None:
            fields["edito_number"] = self.edito_number
        if self.target_signs is not None:
            fields["target_signs"] = self.target_signs
        return fields


def month_year(when: date) -> str:
    """« octobre 2014 »."""
    return f"{_MONTHS[when.month - 1]} {when.year}"


def _edito(ctx: dict[str, Any]) -> PieceTemplate:
    number = ctx.get("edito_number") or ctx.get("issue_number")
    when: date | None = ctx.get("when")
    note = f"Édito rédigé en {month_year(when)}" if when else "Édito rédigé en (mois et année)"
    body = (
        "Une première phrase qui accroche le lecteur et pose le sujet du numéro.\n\n"
        "Un deuxième paragraphe développe l'idée, avec un exemple tiré de l'actualité du "
        "secteur.\n\n"
        "Une conclusion qui ouvre sur le dossier du numéro !\n"
    )
    return PieceTemplate(
        kind=PieceKind.EDITO,
        title="Titre de l'édito",
        standfirst="",
        body=body,
        signature_note=note,
        edito_number=int(number) if number is not None else None,
        target_signs=ctx.get("target_signs", 3000),
    )


def _interview(ctx: dict[str, Any]) -> PieceTemplate:
    who = ctx.get("interviewee") or "Prénom Nom"
    pairs = (
        (
            "Première question : comment présentez-vous votre parcours ?",
            f"La réponse de {who}[^1], en quelques paragraphes.",
        ),
        (
            "Deuxième question, sur l'actualité de votre entreprise ?",
            "La réponse, avec des faits et des chiffres précis.",
        ),
        (
            "Troisième question, pour conclure : quelles sont vos priorités ?",
            "La réponse, qui laisse le dernier mot à la personne interviewée.",
        ),
    )
    body = "".join(f"**{question}**\n\n{answer}\n\n" for question, answer in pairs)
    body += f"[^1]: {who} : fonction, entreprise, parcours en deux lignes.\n"
    return PieceTemplate(
        kind=PieceKind.INTERVIEW,
        title=f'"Une phrase forte de l\'entretien" {who}',
        standfirst=(
            f"Le chapô présente {who} et dit en deux ou trois phrases pourquoi "
            "cet entretien compte pour le lecteur."
        ),
        body=body,
        target_signs=ctx.get("target_signs", 6000),
        contributor_roles=(ContributorRole.AUTHOR, ContributorRole.INTERVIEWEE),
    )


def _reportage(ctx: dict[str, Any]) -> PieceTemplate:
    author = ctx.get("author") or "Prénom Nom"
    place = ctx.get("place") or "(lieu)"
    byline = f"De notre envoyé spécial à {place}, {author}"
    body = (
        "Une scène d'ouverture : l'heure, le lieu, ce que l'on voit et ce que l'on entend.\n\n"
        '"Une citation d\'un intervenant", dit-il, avant de préciser '
        "le contexte de l'événement[^1].\n\n"
        "## Un intertitre\n\n"
        "La suite du récit, avec les chiffres et les témoignages recueillis sur place[^2].\n\n"
        "[^1]: Le nom complet de l'événement, sa date et son organisateur.\n\n"
        "[^2]: La source des chiffres cités.\n"
    )
    return PieceTemplate(
        kind=PieceKind.REPORTAGE,
        title="Titre du reportage",
        standfirst="Le chapô résume l'événement et ce que le lecteur va en apprendre.",
        body=body,
        signature_note=byline,
        byline=byline,
        target_signs=ctx.get("target_signs", 9000),
        contributor_roles=(ContributorRole.AUTHOR, ContributorRole.PHOTOGRAPHER),
    )


def _chronique(ctx: dict[str, Any]) -> PieceTemplate:
    return PieceTemplate(
        kind=PieceKind.CHRONIQUE,
        title="Titre de la chronique",
        standfirst="",
        body=(
            "L'angle de la chronique en une phrase.\n\n"
            "L'argument, illustré par un exemple.\n\n"
            "Et la question que le lecteur se posera en refermant le magazine ?\n"
        ),
        target_signs=ctx.get("target_signs", 3500),
    )


def _dossier(ctx: dict[str, Any]) -> PieceTemplate:
    return PieceTemplate(
        kind=PieceKind.DOSSIER,
        title="Titre du dossier",
        standfirst="Le chapô annonce l'enjeu du dossier et ses différentes parties.",
        body=(
            "L'introduction du dossier.\n\n"
            "## Premier intertitre\n\n"
            "Le premier volet.\n\n"
            "## Deuxième intertitre\n\n"
            "Le deuxième volet.\n\n"
            '::: exergue\n"Une citation forte à mettre en exergue."\n:::\n\n'
            "## Troisième intertitre\n\n"
            "Le dernier volet et la conclusion.\n"
        ),
        target_signs=ctx.get("target_signs", 15000),
    )


def _breve(ctx: dict[str, Any]) -> PieceTemplate:
    return PieceTemplate(
        kind=PieceKind.BREVE,
        title="Titre de la brève",
        standfirst="",
        body="Qui, quoi, où, quand : l'information en quelques lignes.\n",
        target_signs=ctx.get("target_signs", 800),
    )


def _courrier(ctx: dict[str, Any]) -> PieceTemplate:
    reader = ctx.get("reader") or "Prénom Nom, fonction, ville"
    return PieceTemplate(
        kind=PieceKind.COURRIER,
        title="Titre de la lettre",
        standfirst="",
        body=(
            '"Le texte de la lettre du lecteur, tel qu\'il a été reçu."\n\n'
            f"*{reader}*\n\n"
            "**La réponse de la rédaction.**\n\n"
            "La réponse, courte et précise.\n"
        ),
        target_signs=ctx.get("target_signs", 2000),
    )


def _typeset(template: PieceTemplate, narrow: bool) -> PieceTemplate:
    """The placeholder text through the house typography rules."""

    def plain(text: str) -> str:
        return apply_changes(text, fix_plain_typography(text, narrow))

    return replace(
        template,
        title=plain(template.title),
        standfirst=plain(template.standfirst),
        body=apply_changes(template.body, fix_typography(template.body, narrow)),
        signature_note=plain(template.signature_note),
        byline=plain(template.byline),
    )


_BUILDERS: dict[str, Callable[[dict[str, Any]], PieceTemplate]] = {
    PieceKind.EDITO: _edito,
    PieceKind.INTERVIEW: _interview,
    PieceKind.REPORTAGE: _reportage,
    PieceKind.CHRONIQUE: _chronique,
    PieceKind.DOSSIER: _dossier,
    PieceKind.BREVE: _breve,
    PieceKind.COURRIER: _courrier,
}


def template_for(kind: str, *, narrow: bool = True, **context: Any) -> PieceTemplate:
    """The template of a kind. Context: edito_number or issue_number and when (édito),
    interviewee (interview), author and place (reportage), reader (courrier), target_signs.
    ``narrow`` is the publication's ``narrow_nbsp`` setting."""
    builder = _BUILDERS.get(kind)
    if builder is None:
        raise ValidationError(f"Aucun modèle pour le genre « {kind} ».")
    return _typeset(builder(context), narrow)
