"""THE table of style names shared by the ICML and DOCX writers.

Layout staff map these names to their InDesign template and proofreaders see them in
Word: a style is renamed here, once, for every format.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """What a paragraph is, whatever the output format."""

    KICKER = "kicker"  # the surtitre: « Édito N°82 »
    TITLE = "title"
    STANDFIRST = "standfirst"
    BODY = "body"
    SUBHEAD = "subhead"
    QUESTION = "question"
    ANSWER = "answer"
    QUOTE = "quote"
    PULL_QUOTE = "pull_quote"
    LIST_ITEM = "list_item"
    SIGNATURE = "signature"
    NOTE = "note"


class CharRole(StrEnum):
    """How a run of text is set inside its paragraph."""

    ITALIC = "italic"
    BOLD = "bold"
    BOLD_ITALIC = "bold_italic"
    NOTE_REF = "note_ref"


@dataclass(frozen=True, slots=True)
class StyleSpec:
    """A named style and the little formatting it carries in a blank document."""

    name: str
    bold: bool = False
    italic: bool = False
    size: float | None = None  # points; None keeps the base size
    superscript: bool = False


PARAGRAPH_STYLES: dict[Role, StyleSpec] = {
    Role.KICKER: StyleSpec("Surtitre", size=10),
    Role.TITLE: StyleSpec("Titre", bold=True, size=24),
    Role.STANDFIRST: StyleSpec("Chapô", bold=True, size=12),
    Role.BODY: StyleSpec("Texte courant", size=10),
    Role.SUBHEAD: StyleSpec("Intertitre", bold=True, size=12),
    Role.QUESTION: StyleSpec("Question", bold=True, size=10),
    Role.ANSWER: StyleSpec("Réponse", size=10),
    Role.QUOTE: StyleSpec("Citation", italic=True, size=10),
    Role.PULL_QUOTE: StyleSpec("Exergue", bold=True, italic=True, size=16),
    Role.LIST_ITEM: StyleSpec("Liste", size=10),
    Role.SIGNATURE: StyleSpec("Signature", italic=True, size=10),
    Role.NOTE: StyleSpec("Note", size=8),
}

CHARACTER_STYLES: dict[CharRole, StyleSpec] = {
    CharRole.ITALIC: StyleSpec("Italique", italic=True),
    CharRole.BOLD: StyleSpec("Gras", bold=True),
    CharRole.BOLD_ITALIC: StyleSpec("Gras italique", bold=True, italic=True),
    CharRole.NOTE_REF: StyleSpec("Appel de note", superscript=True),
}


def paragraph_style(role: Role) -> str:
    return PARAGRAPH_STYLES[role].name


def character_style(role: CharRole) -> str:
    return CHARACTER_STYLES[role].name
