"""What a reader makes of a file, before anything is stored."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(slots=True)
class ParsedPiece:
    """A piece read from a file, with an account of how each field was found.

    ``recognised`` holds fields read from explicit marks in the file (a date line, a
    front matter key), ``guessed`` fields chosen by default or by a weaker clue,
    ``undetermined`` the fields the reader could not tell (in French, for the report).
    """

    title: str = ""
    kind: str | None = None
    standfirst: str = ""
    body: str = ""
    status: str | None = None
    issue_number: int | None = None
    edito_number: int | None = None
    published_at: datetime | None = None
    signature_note: str = ""
    contributors: list[tuple[str, str]] = field(default_factory=list)  # (name, role)
    bios: dict[str, str] = field(default_factory=dict)  # name -> bio, for new contributors
    publication: str | None = None
    tagline: str = ""
    target_signs: int | None = None
    due_date: date | None = None
    first_page: int | None = None
    page_count: int | None = None
    recognised: dict[str, Any] = field(default_factory=dict)
    guessed: dict[str, Any] = field(default_factory=dict)
    undetermined: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # site furniture taken out, verbatim

    def recognise(self, name: str, value: Any) -> None:
        self.recognised[name] = _jsonable(value)

    def guess(self, name: str, value: Any) -> None:
        self.guessed[name] = _jsonable(value)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, tuple):
        return {"name": value[0], "role": value[1]} if len(value) == 2 else list(value)
    return value
