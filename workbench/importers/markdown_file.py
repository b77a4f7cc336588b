"""Reading a Markdown piece, with or without YAML front matter.

Front matter keys are the field names of ``workbench list --json`` (``piecejson``):
title, kind, status, issue, publication, contributors ([{name, role}] or names),
published_at, standfirst, signature_note, edito_number, target_signs, due_date,
first_page, page_count. Other keys are reported and ignored. Without a title key, a
leading ``# Heading`` is the title.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from db.vocabulary import CONTRIBUTOR_ROLES, PIECE_KINDS, PIECE_STATUSES, ContributorRole
from workbench.importers.model import ParsedPiece
from workbench.importers.textfile import RefusedFile
from workbench.limits import LimitError, load_front_matter
from workbench.text.markdown import unwrap

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_HEADING = re.compile(r"\A\s*#[ \t]+(.+?)[ \t#]*(?:\n|\Z)")
_IGNORED = {
    "id",
    "signs",
    "footnotes",
    "position",
    "version",
    "deleted",
    "created_at",
    "updated_at",
}
_INT_FIELDS = ("issue", "edito_number", "target_signs", "first_page", "page_count")


def split_front_matter(text: str) -> tuple[dict[str, Any] | None, str]:
    """The front matter as a mapping (None when there is none) and the body after it."""
    match = _FRONT.match(text)
    if not match:
        return None, text
    import yaml  # noqa: PLC0415 - start-up: PyYAML loads on first use

    try:
        data = load_front_matter(match.group(1) or "") or {}
    except LimitError as exc:
        raise RefusedFile(str(exc)) from exc
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f" (ligne {line + 2})" if line is not None else ""
        raise RefusedFile(f"en-tête YAML illisible{where}") from exc
    if not isinstance(data, dict):
        raise RefusedFile("l'en-tête YAML n'est pas une liste de champs « clé: valeur »")
    return data, text[match.end() :]


def _as_int(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise RefusedFile(f"champ « {name} » : un nombre entier est attendu")
    try:
        return int(value)
    except ValueError as exc:
        raise RefusedFile(f"champ « {name} » : « {value} » n'est pas un nombre entier") from exc


def _as_datetime(name: str, value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    try:
        return datetime.fromisoformat(str(value)).replace(tzinfo=None)
    except ValueError as exc:
        raise RefusedFile(
            f"champ « {name} » : « {value} » n'est pas une date (AAAA-MM-JJ)"
        ) from exc


def _as_date(name: str, value: Any) -> date:
    return (
        value
        if isinstance(value, date) and not isinstance(value, datetime)
        else _as_datetime(name, value).date()
    )


def _contributors(value: Any) -> list[tuple[str, str]]:
    items = value if isinstance(value, list) else [value]
    credits: list[tuple[str, str]] = []
    for item in items:
        if isinstance(item, str):
            name, role = item, ContributorRole.AUTHOR.value
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            name, role = item["name"], str(item.get("role") or ContributorRole.AUTHOR.value)
        else:
            raise RefusedFile("champ « contributors » : une liste de {name, role} est attendue")
        if role not in CONTRIBUTOR_ROLES:
            raise RefusedFile(f"champ « contributors » : rôle inconnu « {role} »")
        if name.strip():
            credits.append((" ".join(name.split()), role))
    return credits


def apply_front_matter(piece: ParsedPiece, data: dict[str, Any]) -> None:
    """Copy front matter fields onto ``piece``, checking their values."""
    for key, value in data.items():
        if value is None or value == "":
            continue
        if key in ("title", "standfirst", "signature_note", "publication"):
            setattr(piece, key, str(value).strip())
        elif key == "kind":
            if value not in PIECE_KINDS:
                raise RefusedFile(f"champ « kind » : genre inconnu « {value} »")
            piece.kind = value
        elif key == "status":
            if value not in PIECE_STATUSES:
                raise RefusedFile(f"champ « status » : statut inconnu « {value} »")
            piece.status = value
        elif key in _INT_FIELDS:
            setattr(piece, "issue_number" if key == "issue" else key, _as_int(key, value))
        elif key == "published_at":
            piece.published_at = _as_datetime(key, value)
        elif key == "due_date":
            piece.due_date = _as_date(key, value)
        elif key == "contributors":
            piece.contributors = _contributors(value)
        elif key in _IGNORED:
            continue
        else:
            piece.warnings.append(f"champ d'en-tête inconnu ignoré : « {key} »")
            continue
        piece.recognise(key, value if key != "contributors" else piece.contributors)


def read_markdown(text: str) -> ParsedPiece:
    piece = ParsedPiece()
    data, body = split_front_matter(text)
    if data is not None:
        apply_front_matter(piece, data)
    if not piece.title:
        match = _HEADING.match(body)
        if match:
            piece.title = match.group(1).strip()
            body = body[match.end() :]
            piece.recognise("title", piece.title)
    # CommonMark wraps paragraphs over lines; a body keeps each paragraph on one line.
    piece.body = unwrap(body.strip("\n")) + "\n" if body.strip() else ""
    if piece.kind is None:
        questions = sum(1 for line in piece.body.split("\n\n") if _is_bold_paragraph(line))
        piece.kind = "interview" if questions >= 2 else "reportage"
        piece.guess("kind", piece.kind)
    if piece.kind == "edito" and piece.edito_number is not None and piece.issue_number is None:
        piece.issue_number = piece.edito_number
        piece.guess("issue", piece.issue_number)
    if piece.published_at is None:
        piece.undetermined.append("date de publication : pas de champ « published_at »")
    if not any(role == ContributorRole.AUTHOR.value for _, role in piece.contributors):
        piece.undetermined.append("auteur : pas de champ « contributors »")
    return piece


def _is_bold_paragraph(block: str) -> bool:
    block = block.strip()
    return len(block) > 4 and block.startswith("**") and block.endswith("**") and "\n" not in block
