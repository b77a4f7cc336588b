"""What is wrong with a numéro before it goes to layout. Pure: data in, findings out.

Errors stop an export unless drafts are included (a piece not validated, a footnote
reference with no text, template text left in a title, chapô or signature); warnings never do, and every finding is written into the bundle.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from db.vocabulary import PieceStatus
from workbench.export.tokens import authors, footnote_report
from workbench.flatplan.legend import status_label
from workbench.records import PieceDetail
from workbench.templates import placeholder_in
from workbench.text.counting import count_piece

ERROR = "error"
WARNING = "warning"
READY_STATUSES = frozenset({PieceStatus.APPROVED.value, PieceStatus.LAID_OUT.value})
DEFAULT_SIGNS_PER_PAGE = 4500


@dataclass(frozen=True, slots=True)
class Finding:
    severity: str  # ERROR or WARNING
    code: str  # stable, for programs: not_validated, over_pages…
    message: str  # French, for people
    piece_id: int | None = None


@dataclass(frozen=True, slots=True)
class SectionRule:
    """What the piece's rubrique asks of it."""

    name: str
    signs_per_page: int = DEFAULT_SIGNS_PER_PAGE
    wants_standfirst: bool = False


@dataclass(frozen=True, slots=True)
class AssetNote:
    filename: str
    caption: str
    credit: str


def _name(piece: PieceDetail) -> str:
    page = f" (p. {piece.first_page})" if piece.first_page is not None else ""
    return f"« {' '.join(piece.title.split())} »{page}"


def _thousands(value: int) -> str:
    return f"{value:,}".replace(",", "\u202f")


# The fields that go to layout as they are, with their name in a finding.
_TEMPLATE_FIELDS = (
    ("title", "le titre"),
    ("standfirst", "le chapô"),
    ("signature_note", "la mention de signature"),
)


def check_template_text(piece: PieceDetail, name: str) -> list[Finding]:
    """An error for each of the title, chapô and signature note still holding text of the
    kind's template (« Prénom Nom », « (lieu) », « Titre du reportage »…): placeholder text
    must never reach layout unnoticed."""
    found: list[Finding] = []
    for field, label in _TEMPLATE_FIELDS:
        placeholder = placeholder_in(field, getattr(piece, field))
        if placeholder is not None:
            found.append(
                Finding(
                    ERROR,
                    "template_text",
                    f"{name} : {label} contient encore le texte du modèle « {placeholder} ».",
                    piece.id,
                )
            )
    return found


def check_piece(
    piece: PieceDetail, rule: SectionRule | None, assets: Sequence[AssetNote] = ()
) -> list[Finding]:
    found: list[Finding] = []
    name = _name(piece)

    def add(severity: str, code: str, message: str) -> None:
        found.append(Finding(severity, code, message, piece.id))

    if piece.status not in READY_STATUSES:
        add(
            ERROR,
            "not_validated",
            f"{name} n’est pas validé (statut : {status_label(piece.status)}).",
        )
    if not piece.body.strip():
        add(ERROR, "empty_body", f"{name} n'a pas de texte.")
    found += check_template_text(piece, name)
    if piece.first_page is None:
        add(WARNING, "not_placed", f"{name} n'est placé sur aucune page du chemin de fer.")
    if not authors(piece):
        add(WARNING, "no_author", f"{name} n'a pas d'auteur.")
    if rule is not None and rule.wants_standfirst and not piece.standfirst.strip():
        add(
            WARNING,
            "no_standfirst",
            f"{name} n'a pas de chapô (la rubrique {rule.name} en veut un).",
        )
    per_page = rule.signs_per_page if rule is not None else DEFAULT_SIGNS_PER_PAGE
    signs = count_piece(piece.body, piece.standfirst).signs
    room = per_page * max(piece.page_count, 1)
    if signs > room:
        add(
            WARNING,
            "over_pages",
            f"{name} fait {_thousands(signs)} signes pour {piece.page_count} page(s) "
            f"(au plus {_thousands(room)}).",
        )
    report = footnote_report(piece.body, piece.title, piece.standfirst)
    for label in report.undefined:
        add(ERROR, "footnote_undefined", f"{name} : l'appel de note [^{label}] n'a pas de texte.")
    for label in report.unused:
        add(WARNING, "footnote_unused", f"{name} : la note [^{label}] n'est appelée nulle part.")
    for asset in assets:
        if not asset.credit.strip():
            add(
                WARNING,
                "image_no_credit",
                f"{name} : l'image « {asset.filename} » n'a pas de crédit.",
            )
        if not asset.caption.strip():
            add(
                WARNING,
                "image_no_caption",
                f"{name} : l'image « {asset.filename} » n'a pas de légende.",
            )
    return found


def check_pages(pieces: Sequence[PieceDetail], issue_pages: int) -> list[Finding]:
    """Pieces sharing a page, or running past the last page of the numéro."""
    found: list[Finding] = []
    placed = sorted(
        (p for p in pieces if p.first_page is not None), key=lambda p: (p.first_page, p.position)
    )
    for before, after in zip(placed, placed[1:], strict=False):
        if before.first_page + max(before.page_count, 1) > after.first_page:  # type: ignore[operator]
            found.append(
                Finding(
                    WARNING,
                    "pages_overlap",
                    f"{_name(before)} et {_name(after)} se chevauchent.",
                    after.id,
                )
            )
    for piece in placed:
        last = piece.first_page + max(piece.page_count, 1) - 1  # type: ignore[operator]
        if issue_pages and last > issue_pages:
            found.append(
                Finding(
                    WARNING,
                    "past_last_page",
                    f"{_name(piece)} finit page {last}, le numéro n'a que {issue_pages} pages.",
                    piece.id,
                )
            )
    return found


def check_issue(
    pieces: Sequence[PieceDetail],
    rules: Mapping[int, SectionRule | None],
    assets: Mapping[int, Sequence[AssetNote]],
    *,
    issue_pages: int = 0,
) -> list[Finding]:
    """Every finding for a numéro's pieces, piece by piece in the order given."""
    found: list[Finding] = []
    if not pieces:
        found.append(Finding(ERROR, "no_pieces", "Le numéro ne contient aucun papier."))
    for piece in pieces:
        found += check_piece(piece, rules.get(piece.id), assets.get(piece.id, ()))
    return found + check_pages(pieces, issue_pages)


def has_errors(findings: Sequence[Finding]) -> bool:
    return any(f.severity == ERROR for f in findings)


def format_findings(findings: Sequence[Finding]) -> str:
    """The checklist as a text file for people (checklist.txt)."""
    if not findings:
        return "Rien à signaler.\n"
    errors = sum(f.severity == ERROR for f in findings)
    lines = [f"{errors} erreur(s), {len(findings) - errors} avertissement(s).", ""]
    lines += [f"{'ERREUR' if f.severity == ERROR else 'attention'} : {f.message}" for f in findings]
    return "\n".join(lines) + "\n"
