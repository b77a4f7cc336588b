"""Signatures opening or closing a text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.importers.pagerules.credits import quotation_above
from workbench.importers.pagerules.patterns import ENVOYE, NAME

_PAR = re.compile(rf"^Par\s+({NAME})\s*\.?$")
_SIGNED = re.compile(rf"^Sign[ée]\s*:\s*({NAME})\s*(?:[,.]\s*(.*))?$")
_NAME_COMMA = re.compile(rf"^({NAME})\s*,\s*(.*)$")
_NAME_ONLY = re.compile(rf"^({NAME})\s*,?$")
# A work's reference after its author's name: a publisher, a page count, a price.
_WORK = re.compile(
    r"\b(?:[ÉE]ditions|Presses|pages|ISBN)\b|\b[ÉE]d\.|\d\s*(?:€|euros)", re.IGNORECASE
)
# What follows « Prénom Nom, » in a signature: a newsroom role, not a presentation
# (« Jeanne Dufour, directrice de… » presents an interviewee).
_ROLE = re.compile(
    r"^(?:notre\s+|de\s+notre\s+)?(?:envoyée?\s+spéciale?|correspondante?|journaliste"
    r"|rédact(?:eur|rice)(?:\s+en\s+chef(?:\s+adjointe?)?)?|chroniqueu(?:r|se))\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Signature:
    author: str
    note: str = ""
    lines: int = 1  # how many lines it took (removed from the body)


def signature_at_start(lines: list[str]) -> Signature | None:
    """« Par Manuel Jacquinet » or « De notre envoyé spécial X » as the first line."""
    if not lines:
        return None
    match = _PAR.match(lines[0])
    if match:
        return Signature(match.group(1))
    match = ENVOYE.match(lines[0])
    if match and not match.group(1).strip():
        return Signature(match.group(3), match.group(2))
    return None


def signature_at_end(lines: list[str]) -> Signature | None:
    """The signature closing a text, looked for in its last two lines.

    « Par X »; « X, » then a note line (« Édito rédigé en octobre 2014 »); « X, note »;
    « X, envoyée spéciale à Lisbonne »; a bare name; « Signé : X » (a long « Signé : X, … »
    paragraph stays in the body: only the author is taken from it, ``lines`` is then 0).
    Not signatures: a name under a quotation (« Gaston Lemarié, Chants du quai » under a
    poem: its author), a book's reference (« X, Le client roi, Éditions Y, 19 € »).
    """
    if not lines:
        return None
    last = lines[-1]
    if len(lines) >= 2:
        first = _NAME_ONLY.match(lines[-2])
        if (
            first
            and lines[-2].endswith(",")
            and len(last) <= 80
            and not _PAR.match(last)
            and not _WORK.search(last)
        ):
            return Signature(first.group(1), last, 2)
    match = _PAR.match(last)
    if match:
        return Signature(match.group(1))
    match = _SIGNED.match(last)
    if match:
        rest = (match.group(2) or "").strip()
        if len(rest) > 80:
            return Signature(match.group(1), "", 0)
        return Signature(match.group(1), rest)
    match = _NAME_COMMA.match(last)
    if match and 0 < len(match.group(2)) <= 80:
        rest = match.group(2).strip()
        if _ROLE.match(rest):
            return Signature(match.group(1), rest)
        if rest[0].isupper() and not _WORK.search(rest) and not quotation_above(lines):
            return Signature(match.group(1), rest)
    match = _NAME_ONLY.match(last)
    if match and len(last.split()) >= 2 and not quotation_above(lines):
        return Signature(match.group(1))
    return None
