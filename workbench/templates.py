"""Templates to start a new piece, one per kind (genre).

A template gives the fields of a new piece with French placeholder text the writer replaces.
The placeholder text goes through the house typography rules (with the publication's
``narrow_nbsp`` setting), so « Corriger la typographie » has nothing to do on a fresh piece.

The placeholders of the fields that reach layout on their own (title, chapô, signature
note) are data, :data:`PLACEHOLDERS`: the export checklist refuses a piece where one is left
(:func:`placeholder_in`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from db.vocabulary import ContributorRole, PieceKind
from workbench.catalog import ValidationError
from workbench.text.typography import apply_changes, fix_plain_typography, fix_typography

_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


# Fill-in slots: what the template writes when its context does not give the value.
NAME = "Prénom Nom"
PLACE = "(lieu)"
MONTH_AND_YEAR = "(mois et année)"
SLOTS = (NAME, PLACE, MONTH_AND_YEAR)

TITLES = {
    PieceKind.EDITO: "Titre de l'édito",
    PieceKind.REPORTAGE: "Titre du reportage",
    PieceKind.CHRONIQUE: "Titre de la chronique",
    PieceKind.DOSSIER: "Titre du dossier",
    PieceKind.BREVE: "Titre de la brève",
    PieceKind.COURRIER: "Titre de la lettre",
}
INTERVIEW_QUOTE = "Une phrase forte de l'entretien"  # the title is « quote » Name
# The interview's chapô is START {name} END.
INTERVIEW_STANDFIRST = (
    "Le chapô présente",
    "et dit en deux ou trois phrases pourquoi cet entretien compte pour le lecteur.",
)
REPORTAGE_STANDFIRST = "Le chapô résume l'événement et ce que le lecteur va en apprendre."
DOSSIER_STANDFIRST = "Le chapô annonce l'enjeu du dossier et ses différentes parties."

PLACEHOLDERS: Mapping[str, tuple[str, ...]] = {
    "title": (INTERVIEW_QUOTE, *SLOTS),
    "standfirst": (*INTERVIEW_STANDFIRST, REPORTAGE_STANDFIRST, DOSSIER_STANDFIRST, *SLOTS),
    "signature_note": SLOTS,  # « De notre envoyé spécial à » is a real byline's wording
}
"""Per field of a piece, the template text that must not reach layout: any of these found
anywhere in the field (whatever its typography) means the writer did not replace it."""

OPENING_PLACEHOLDERS: Mapping[str, tuple[str, ...]] = {"title": tuple(TITLES.values())}
"""Template text that is only the template's when the field opens with it: « Titre du
dossier » is the placeholder, « Le titre du dossier qui fâche » may be a real title."""

_QUOTES = str.maketrans({"’": "'", "‘": "'", "«": None, "»": None, '"': None})


def _comparable(text: str) -> str:
    """Text as compared for placeholders: no quotes or guillemets, straight apostrophes,
    one plain space for any run of spaces, no case."""
    return " ".join(text.translate(_QUOTES).split()).casefold()


def placeholder_in(field: str, text: str) -> str | None:
    """The first template placeholder still in ``text`` (:data:`OPENING_PLACEHOLDERS` at its
    start, :data:`PLACEHOLDERS` anywhere), or None.

    ``field`` is « title », « standfirst » or « signature_note »."""
    found = _comparable(text)
    if not found:
        return None
    for placeholder in OPENING_PLACEHOLDERS.get(field, ()):
        if found.startswith(_comparable(placeholder)):
            return placeholder
    for placeholder in PLACEHOLDERS.get(field, ()):
        if _comparable(placeholder) in found:
            return placeholder
    return None


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
    note = f"Édito rédigé en {month_year(when) if when else MONTH_AND_YEAR}"
    body = (
        "Une première phrase qui accroche le lecteur et pose le sujet du numéro.\n\n"
        "Un deuxième paragraphe développe l'idée, avec un exemple tiré de l'actualité du "
        "secteur.\n\n"
        "Une conclusion qui ouvre sur le dossier du numéro !\n"
    )
    return PieceTemplate(
        kind=PieceKind.EDITO,
        title=TITLES[PieceKind.EDITO],
        standfirst="",
        body=body,
        signature_note=note,
        edito_number=int(number) if number is not None else None,
        target_signs=ctx.get("target_signs", 3000),
    )


def _interview(ctx: dict[str, Any]) -> PieceTemplate:
    who = ctx.get("interviewee") or NAME
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
        title=f'"{INTERVIEW_QUOTE}" {who}',
        standfirst=f"{INTERVIEW_STANDFIRST[0]} {who} {INTERVIEW_STANDFIRST[1]}",
        body=body,
        target_signs=ctx.get("target_signs", 6000),
        contributor_roles=(ContributorRole.AUTHOR, ContributorRole.INTERVIEWEE),
    )


def _reportage(ctx: dict[str, Any]) -> PieceTemplate:
    author = ctx.get("author") or NAME
    place = ctx.get("place") or PLACE
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
        title=TITLES[PieceKind.REPORTAGE],
        standfirst=REPORTAGE_STANDFIRST,
        body=body,
        signature_note=byline,
        byline=byline,
        target_signs=ctx.get("target_signs", 9000),
        contributor_roles=(ContributorRole.AUTHOR, ContributorRole.PHOTOGRAPHER),
    )


def _chronique(ctx: dict[str, Any]) -> PieceTemplate:
    return PieceTemplate(
        kind=PieceKind.CHRONIQUE,
        title=TITLES[PieceKind.CHRONIQUE],
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
        title=TITLES[PieceKind.DOSSIER],
        standfirst=DOSSIER_STANDFIRST,
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
        title=TITLES[PieceKind.BREVE],
        standfirst="",
        body="Qui, quoi, où, quand : l'information en quelques lignes.\n",
        target_signs=ctx.get("target_signs", 800),
    )


def _courrier(ctx: dict[str, Any]) -> PieceTemplate:
    reader = ctx.get("reader") or f"{NAME}, fonction, ville"
    return PieceTemplate(
        kind=PieceKind.COURRIER,
        title=TITLES[PieceKind.COURRIER],
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
