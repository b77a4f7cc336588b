"""People named on a page who are not its author: photo credits, a quotation's author.

A caption line ending with a photo credit (« Jeanne Dufour au salon – © Paul Roux »,
« © Paul Roux », « Crédit photo : Paul Roux ») is image furniture: it leaves the body
and its name is the photographer's. A bare name under a quotation (a poem, a maxim) is
the quotation's author, never the piece's signature.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from workbench.importers.pagerules.patterns import NAME

_MAX_CAPTION = 200
# « © X » after a space or a bracket; « Photo : X », « Crédit photo : X » opening the line
# or after a dash or a bracket (« regardez la photo : X » is a sentence, not a credit).
_CREDIT = re.compile(
    r"(?:(?:^|[\s(])(?:©|\(c\))|(?:^|[(]|[–—-]\s)\s*(?:[Cc]rédits?\s+photos?|[Pp]hotos?)\s*:\s*©?)"
    rf"\s*({NAME})\s*\)?\.?$"
)
_NOT_NAMES = {"DR", "D.R.", "Droits", "Photo", "Photos"}  # « © DR »: droits réservés
_OPENING_QUOTES = ("«", "“", '"', "„")
_CLOSING_QUOTES = ("»", "”", '"')


def photo_credit(line: str) -> str | None:
    """The photographer's name in a short line ending with a credit, else None."""
    if len(line) > _MAX_CAPTION or not ("©" in line or "hoto" in line or "(c)" in line):
        return None
    match = _CREDIT.search(line)
    if not match or match.group(1) in _NOT_NAMES:
        return None
    return match.group(1)


@dataclass(slots=True)
class Credits:
    lines: list[str]
    removed: list[str] = field(default_factory=list)  # the caption lines, verbatim
    photographers: list[str] = field(default_factory=list)


def take_photo_credits(lines: list[str], captions: Sequence[str] = ()) -> Credits:
    """Caption lines standing alone as a paragraph and ending with a credit leave the body.

    ``captions`` are caption texts already taken out (a ``[caption]`` shortcode's): only
    their credits are read."""
    result = Credits([])
    for text in captions:
        name = photo_credit(text)
        if name:
            result.photographers.append(name)
    for index, line in enumerate(lines):
        alone = (index == 0 or not lines[index - 1]) and (
            index + 1 == len(lines) or not lines[index + 1]
        )
        name = photo_credit(line) if line and alone else None
        if name:
            result.removed.append(line)
            result.photographers.append(name)
        else:
            result.lines.append(line)
    result.photographers = list(dict.fromkeys(result.photographers))
    return result


def quotation_above(lines: list[str]) -> bool:
    """Whether the paragraph ending just before the last line is entirely a quotation.

    ``lines`` ends with the line under examination (a bare name); the paragraph above is
    the run of non-blank lines before it, blank lines between them skipped.
    """
    end = len(lines) - 1
    while end > 0 and not lines[end - 1]:
        end -= 1
    start = end
    while start > 0 and lines[start - 1]:
        start -= 1
    block = lines[start:end]
    if not block:
        return False
    first, last = block[0].lstrip(), block[-1].rstrip(" .")
    return first.startswith(_OPENING_QUOTES) and last.endswith(_CLOSING_QUOTES)
