"""Site furniture: the tagline, « A lire aussi », the subscription trailer, plugs."""

from __future__ import annotations

import re

_TAGLINE = re.compile(r"^Le magazine\b.{10,}\.$", re.IGNORECASE)
_PROMO = re.compile(r"^Le magazine\b[^.!?]{0,50}$", re.IGNORECASE)
_READ_ALSO = re.compile(r"^[AÀ] lire aussi\s*:?$", re.IGNORECASE)
_TRAILER = re.compile(r"^(Abonnez-vous\b|Profitez d.un accès\b|[×✕✖x]$|Partager\b)", re.IGNORECASE)


def clean_lines(text: str) -> list[str]:
    """Lines with their ends trimmed (no-break spaces included); blank lines become ""."""
    return [line.strip() for line in text.split("\n")]


def strip_trailer(lines: list[str]) -> tuple[list[str], list[str]]:
    """Cut « A lire aussi » and the subscription trailer at the end of a page."""
    lines = list(lines)
    removed: list[str] = []
    for index in range(len(lines) - 1, -1, -1):
        if _READ_ALSO.match(lines[index]):
            tail = [line for line in lines[index:] if line]
            if len(tail) <= 12 and all(len(line) <= 200 for line in tail):
                removed = tail
                lines = lines[:index]
            break
    while lines and (not lines[-1] or _TRAILER.match(lines[-1])):
        if lines[-1]:
            removed.insert(0, lines[-1])
        lines.pop()
    return lines, removed


def strip_tagline(lines: list[str], taglines: tuple[str, ...] = ()) -> tuple[list[str], str]:
    """Remove the site's tagline when it is the first line; returns it ("" if none)."""
    for index, line in enumerate(lines):
        if not line:
            continue
        if _TAGLINE.match(line) or line in taglines:
            return lines[index + 1 :], line
        break
    return lines, ""


def strip_promos(lines: list[str]) -> tuple[list[str], list[str]]:
    """Remove short « Le magazine … » plugs standing alone between paragraphs."""
    kept: list[str] = []
    removed: list[str] = []
    for index, line in enumerate(lines):
        alone = (index == 0 or not lines[index - 1]) and (
            index + 1 == len(lines) or not lines[index + 1]
        )
        if line and alone and _PROMO.match(line):
            removed.append(line)
        else:
            kept.append(line)
    return kept, removed
