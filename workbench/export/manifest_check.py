"""Every value of a bundle's manifest checked before ``import-bundle`` stores anything.

A manifest comes from outside: it may have been edited by hand or forged. Its values go
through the rules the dialogs apply (numéro fields, page ranges, statuses, field lengths)
plus the types the store expects, and the first bad one is refused in one line naming
where it is (« pieces[3].version : un entier positif est attendu, pas « abc » »).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from db.errors import WorkbenchError
from workbench.catalog import IssueFields, ValidationError, validate_issue_fields
from workbench.flatplan.rules import PlanRuleError, validate_extent
from workbench.flatplan.slots import SLOT_KINDS
from workbench.limits import (
    MAX_CONTRIBUTORS,
    MAX_ISSUE_NUMBER,
    MAX_ISSUE_PAGES,
    MAX_TITLE_CHARS,
    LimitError,
    check_field_lengths,
)
from workbench.pieces import validate_piece_fields
from workbench.store import parse_date

MAX_POSITION = 1_000_000_000


class ManifestError(WorkbenchError, ValueError):
    """A manifest value that cannot be stored; the message says where and why."""


def _integer(where: str, value: Any, *, low: int, high: int, optional: bool = False) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ManifestError(
            f"{where} : un entier entre {low} et {high} est attendu, pas « {_shown(value)} »"
        )


def _text(where: str, value: Any, limit: int = MAX_TITLE_CHARS, optional: bool = True) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str) or len(value) > limit:
        raise ManifestError(f"{where} : un texte d'au plus {limit} caractères est attendu")


def _iso(where: str, value: Any, parse: Any) -> None:
    if value is None or value == "":
        return
    try:
        parse(value)
    except (TypeError, ValueError) as exc:
        raise ManifestError(f"{where} : « {_shown(value)} » n'est pas une date") from exc


def _list(where: str, value: Any) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ManifestError(f"{where} : une liste est attendue")
    return value


def _mapping(where: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ManifestError(f"{where} : un objet est attendu")
    return value


def _shown(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def check_manifest(manifest: dict[str, Any]) -> None:
    """Raise ManifestError at the first value the store must not take."""
    issue = _mapping("issue", manifest.get("issue"))
    _integer("issue.number", issue.get("number"), low=1, high=MAX_ISSUE_NUMBER)
    _integer("issue.page_count", issue.get("page_count", 0), low=0, high=MAX_ISSUE_PAGES)
    _text("issue.theme", issue.get("theme"))
    for name in ("closing_date", "release_date"):
        _iso(f"issue.{name}", issue.get(name), date.fromisoformat)
    try:
        validate_issue_fields(
            IssueFields(
                number=issue["number"],
                theme=issue.get("theme") or "",
                page_count=issue.get("page_count", 0),
                closing_date=parse_date(issue.get("closing_date")),
                release_date=parse_date(issue.get("release_date")),
                status=issue.get("status", "planned"),
            )
        )
    except ValidationError as exc:
        raise ManifestError(f"issue : {str(exc).rstrip('.')}") from exc
    pages = issue.get("page_count", 0)
    flatplan = _mapping("flatplan", manifest.get("flatplan") or {})
    for index, raw in enumerate(_list("flatplan.slots", flatplan.get("slots"))):
        where = f"flatplan.slots[{index}]"
        slot = _mapping(where, raw)
        if slot.get("kind") not in SLOT_KINDS:
            raise ManifestError(
                f"{where}.kind : type d'emplacement inconnu « {_shown(slot.get('kind'))} »"
            )
        _text(f"{where}.label", slot.get("label"))
        _extent(where, slot.get("first_page"), slot.get("page_count", 1), pages)
    for index, raw in enumerate(_list("pieces", manifest.get("pieces"))):
        _check_piece(f"pieces[{index}]", _mapping(f"pieces[{index}]", raw), pages)


def _extent(where: str, first_page: Any, page_count: Any, issue_pages: int) -> None:
    _integer(f"{where}.first_page", first_page, low=1, high=MAX_ISSUE_PAGES)
    _integer(f"{where}.page_count", page_count, low=1, high=MAX_ISSUE_PAGES)
    try:
        validate_extent(first_page, page_count, issue_pages)
    except PlanRuleError as exc:
        raise ManifestError(f"{where} : {str(exc).rstrip('.')}") from exc


def _check_piece(where: str, entry: dict[str, Any], issue_pages: int) -> None:
    _integer(f"{where}.version", entry.get("version", 1), low=1, high=2**31)
    _integer(f"{where}.position", entry.get("position", 0), low=0, high=MAX_POSITION)
    for name in ("target_signs", "edito_number"):
        _integer(f"{where}.{name}", entry.get(name), low=0, high=10**7, optional=True)
    for name in ("title", "standfirst", "signature_note", "section", "kind", "status"):
        _text(f"{where}.{name}", entry.get(name), limit=10**4)
    _iso(f"{where}.due_date", entry.get("due_date"), date.fromisoformat)
    for name in ("published_at", "created_at", "updated_at"):
        _iso(f"{where}.{name}", entry.get(name), datetime.fromisoformat)
    if entry.get("first_page") is not None:
        _extent(where, entry.get("first_page"), entry.get("page_count") or 1, issue_pages)
    else:
        _integer(
            f"{where}.page_count",
            entry.get("page_count"),
            low=1,
            high=MAX_ISSUE_PAGES,
            optional=True,
        )
    try:
        check_field_lengths(
            title=entry.get("title"),
            standfirst=entry.get("standfirst"),
            signature_note=entry.get("signature_note"),
        )
        fields = {name: entry[name] for name in ("kind", "title", "status") if name in entry}
        validate_piece_fields(fields)
    except (LimitError, ValidationError) as exc:
        raise ManifestError(f"{where} : {str(exc).rstrip('.')}") from exc
    contributors = _list(f"{where}.contributors", entry.get("contributors"))
    if len(contributors) > MAX_CONTRIBUTORS:
        raise ManifestError(f"{where}.contributors : au plus {MAX_CONTRIBUTORS} contributeurs")
    for number, raw in enumerate(contributors):
        credit = _mapping(f"{where}.contributors[{number}]", raw)
        _text(f"{where}.contributors[{number}].name", credit.get("name"), optional=False)
        _text(f"{where}.contributors[{number}].role", credit.get("role"), optional=False)
    _check_comments(f"{where}.comments", entry.get("comments"))
    for number, raw in enumerate(_list(f"{where}.assets", entry.get("assets"))):
        asset = _mapping(f"{where}.assets[{number}]", raw)
        for name in ("path", "filename"):
            _text(f"{where}.assets[{number}].{name}", asset.get(name), optional=False)
        _integer(
            f"{where}.assets[{number}].position", asset.get("position", 0), low=0, high=MAX_POSITION
        )


MAX_COMMENTS = 10_000


def _check_comments(where: str, value: Any) -> None:
    """The editorial comments of a piece (``--with-comments``), when present."""
    if value is None:
        return
    comments = _list(where, value)
    if len(comments) > MAX_COMMENTS:
        raise ManifestError(f"{where} : au plus {MAX_COMMENTS} commentaires")
    known: set[int] = set()
    for number, raw in enumerate(comments):
        at = f"{where}[{number}]"
        comment = _mapping(at, raw)
        _integer(f"{at}.id", comment.get("id"), low=1, high=2**31)
        parent = comment.get("parent")
        if parent is not None and parent not in known:
            raise ManifestError(f"{at}.parent : {_shown(parent)} ne précède pas cette réponse")
        known.add(comment["id"])
        for name in ("author", "author_name", "resolved_by"):
            _text(f"{at}.{name}", comment.get(name), limit=200)
        _text(f"{at}.text", comment.get("text"), limit=20_000, optional=False)
        _iso(f"{at}.created_at", comment.get("created_at"), datetime.fromisoformat)
        if not isinstance(comment.get("resolved", False), bool):
            raise ManifestError(
                f"{at}.resolved : {_shown(comment.get('resolved'))} n'est ni true ni false"
            )
        passage = comment.get("passage")
        if passage is not None:
            passage = _mapping(f"{at}.passage", passage)
            _integer(f"{at}.passage.start", passage.get("start"), low=0, high=10**8)
            _integer(f"{at}.passage.end", passage.get("end"), low=0, high=10**8)
            _text(f"{at}.passage.words", passage.get("words"), limit=1000)
