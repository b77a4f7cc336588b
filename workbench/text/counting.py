"""Length of a piece as a French magazine counts it.

Signes are characters including spaces of the text as it will print: markdown syntax
(``**``, ``##``, footnote markers) is not counted, the text of footnotes is.

A piece's length is :func:`count_piece` and nothing else: the editor's counts bar, the
overview, the chemin de fer (fit badges and alerts), the export checklist and the
``signs`` field of the manifest, ``list --json`` and the Markdown front matter all read it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from workbench.text.markdown import parse

if TYPE_CHECKING:
    from markdown_it.token import Token

SIGNS_PER_FEUILLET = 1500


def printed_text(body: str) -> str:
    """The body as it reads: paragraphs separated by a newline, no markdown syntax."""
    return _printed(parse(body))


def _printed(tokens: list[Token]) -> str:
    blocks: list[str] = []
    for token in tokens:
        if token.type == "inline":
            parts: list[str] = []
            for child in token.children or []:
                if child.type in ("text", "code_inline"):
                    parts.append(child.content)
                elif child.type in ("softbreak", "hardbreak"):
                    parts.append(" ")
            blocks.append("".join(parts))
        elif token.type in ("code_block", "fence"):
            blocks.append(token.content.rstrip("\n"))
    return "\n".join(b for b in blocks if b)


def count_signs(body: str) -> int:
    """Characters including spaces of a markdown text alone (paragraph breaks not counted).

    Not a piece's length: that is :func:`count_piece`, which adds the chapô."""
    return count(body).signs


def count_footnotes(body: str) -> int:
    """How many notes the body holds (``[^1]`` references and ``^[…]`` inline notes)."""
    if not _has_note_syntax(body):
        return 0  # nothing to parse
    return _notes(parse(body))


def _has_note_syntax(text: str) -> bool:
    return "[^" in text or "^[" in text


def _notes(tokens: list[Token]) -> int:
    return sum(1 for token in tokens if token.type == "footnote_open")


def piece_figures(body: str, standfirst: str = "") -> tuple[Counts, int]:
    """:func:`count_piece` and :func:`count_footnotes` of the body from one parse, for
    listings of every piece (``list --json``): parsing is most of their time."""
    tokens = parse(_piece_text(body, standfirst))
    # A note called from the chapô is the chapô's: the body's notes are then counted alone.
    notes = count_footnotes(body) if _has_note_syntax(standfirst) else _notes(tokens)
    return _counts(_printed(tokens)), notes


# Target length: « over » past 5 % above the target, « far under » below 80 % of it.
OVER_RATIO = 1.05
FAR_UNDER_RATIO = 0.8

# A word: a run of non-spaces holding at least one letter or digit (« 100 % » is one word,
# « — » none). Found on the split text, linear in its length: the pattern
# ``\S*[^\W_]\S*`` backtracked quadratically over long runs of punctuation.
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


class TargetState(StrEnum):
    OVER = "over"
    FAR_UNDER = "far_under"
    OK = "ok"


class TargetGap(NamedTuple):
    """``delta`` is signs minus target: positive when the piece is too long."""

    delta: int
    state: TargetState


@dataclass(frozen=True, slots=True)
class Counts:
    """What the status bar shows. ``words`` counts runs of non-space holding a letter or digit
    (a lone « ? » or « — » is not a word; « l’expérience » is one)."""

    signs: int
    words: int

    @property
    def feuillets(self) -> float:
        return self.signs / SIGNS_PER_FEUILLET

    def pages(self, signs_per_page: int) -> float:
        return estimated_pages(self.signs, signs_per_page)

    def gap(self, target: int | None) -> TargetGap | None:
        return target_gap(self.signs, target)


def _counts(text: str) -> Counts:
    signs = len(text) - text.count("\n")
    words = sum(1 for token in text.split() if _LETTER_OR_DIGIT.search(token))
    return Counts(signs=signs, words=words)


@lru_cache(maxsize=1024)
def count(body: str) -> Counts:
    """Signs and words of a body (cached: the editor recounts the same text often, and the
    chemin de fer recounts every piece of a numéro after each change)."""
    return _counts(printed_text(body))


def count_piece(body: str, standfirst: str = "") -> Counts:
    """The length of a piece: the one count every place shows (signes and words).

    What is counted is what layout sets in the piece's text block and what the writer was
    asked to write, as the magazine counts a commissioned length:

    * the **chapô**: it is written by the writer, set on the page in the text's column and
      eats the page's room (a rubrique's signs per page assumes it is there);
    * the **body**, intertitres, questions and quotations included;
    * the **notes** (``[^1]: …``), set at the foot of the text; a note called from the chapô
      counts too, which is why chapô and body are read as one text.

    Not counted: the **title** (set in display type by layout, it does not fill the text's
    room and is often rewritten by the desk), the credits and the signature note (a line
    of furniture, like the byline), markdown syntax and note markers.
    """
    return count(_piece_text(body, standfirst))


def _piece_text(body: str, standfirst: str) -> str:
    """What a piece's length is counted on: the chapô, then the body."""
    return f"{standfirst.strip()}\n\n{body}" if standfirst.strip() else body


def estimated_pages(signs: int, signs_per_page: int) -> float:
    """Pages the text fills at ``signs_per_page`` (a rubrique's setting, 4 500 by default)."""
    if signs_per_page <= 0:
        raise ValueError("Le nombre de signes par page doit être positif.")
    return signs / signs_per_page


def target_gap(signs: int, target: int | None) -> TargetGap | None:
    """How far ``signs`` is from the target length; None when the piece has no target.

    Over when signs > target × 1.05, far under when signs < target × 0.8, ok in between.
    """
    if not target:
        return None
    delta = signs - target
    if signs > target * OVER_RATIO:
        state = TargetState.OVER
    elif signs < target * FAR_UNDER_RATIO:
        state = TargetState.FAR_UNDER
    else:
        state = TargetState.OK
    return TargetGap(delta, state)
