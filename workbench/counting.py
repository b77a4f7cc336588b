"""Length of a piece as a French magazine counts it.

Signes are characters including spaces of the text as it will print: markdown syntax
(``**``, ``##``, footnote markers) is not counted, the text of footnotes is.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.markdown import parse

SIGNS_PER_FEUILLET = 1500


def printed_text(body: str) -> str:
    """The body as it reads: paragraphs separated by a newline, no markdown syntax."""
    blocks: list[str] = []
    for token in parse(body):
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
    """Characters including spaces of the printed text (paragraph breaks not counted)."""
    return sum(len(line) for line in printed_text(body).split("\n"))


def count_footnotes(body: str) -> int:
    return sum(1 for token in parse(body) if token.type == "footnote_open")


@dataclass(frozen=True, slots=True)
class Counts:
    signs: int
    words: int

    @property
    def feuillets(self) -> float:
        return self.signs / SIGNS_PER_FEUILLET


def count(body: str) -> Counts:
    text = printed_text(body)
    return Counts(signs=sum(len(line) for line in text.split("\n")), words=len(text.split()))
