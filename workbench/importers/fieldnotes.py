"""Notes called from the title or the chapô of an imported page (« … la relation client* »).

The magazine puts a star after a word of the title or after a name in the chapô, and the
note's text with the other notes at the end. The plain field keeps its text and gets a
call ``[^n]`` (``n`` the star count, as in the body) in place of each star that has a
definition; the definition goes with the body's (``[^n]: text``), and the export walk
numbers the note first, before the body's own (see workbench/export/tokens.py).
"""

from __future__ import annotations

from collections.abc import Mapping

from workbench.importers.model import ParsedPiece
from workbench.importers.pagerules.footnotes import marker_matches


def call_notes(text: str, definitions: Mapping[int, str]) -> tuple[str, set[int]]:
    """``text`` with each star marker that has a definition written ``[^n]``, and the
    star counts it calls. Stars without a definition stay as they are."""
    parts: list[str] = []
    called: set[int] = set()
    position = 0
    for match in marker_matches(text):
        stars = len(match.group(1))
        if stars not in definitions:
            continue
        parts += [text[position : match.start()], f"[^{stars}]"]
        called.add(stars)
        position = match.end()
    parts.append(text[position:])
    return "".join(parts), called


def call_field_notes(piece: ParsedPiece, definitions: Mapping[int, str]) -> set[int]:
    """Write the title's and the chapô's note calls into ``piece`` (and into what the
    report says was recognised); returns the star counts they call."""
    called: set[int] = set()
    for name in ("title", "standfirst"):
        text, calls = call_notes(getattr(piece, name), definitions)
        if calls:
            setattr(piece, name, text)
            called |= calls
            if name in piece.recognised:
                piece.recognise(name, text)
    return called
