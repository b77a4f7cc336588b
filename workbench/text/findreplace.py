"""Find and replace in a piece, with whole word, case and accent options.

Matching runs on a folded copy of the text (accents and/or case removed) whose characters
keep the index of the original character they came from, so results are ranges of the
original text. No-break spaces always match a plain space and ’ always matches ', because
writers type the plain forms in the search box.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ALWAYS = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "’": "'"})
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})


@lru_cache(maxsize=8192)
def _fold_char(char: str, case_sensitive: bool, accent_sensitive: bool) -> str:
    folded = char.translate(_ALWAYS)
    if not accent_sensitive:
        decomposed = unicodedata.normalize("NFKD", folded.translate(_LIGATURES))
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    if not case_sensitive:
        folded = folded.casefold()
    return folded


def _fold(text: str, case_sensitive: bool, accent_sensitive: bool) -> tuple[str, list[int] | None]:
    """The folded text and, when its length differs, the original index of each character."""
    parts = [_fold_char(ch, case_sensitive, accent_sensitive) for ch in text]
    folded = "".join(parts)
    if len(folded) == len(text):
        return folded, None
    index: list[int] = []
    for position, part in enumerate(parts):
        index.extend([position] * len(part))
    return folded, index


def find_all(
    text: str,
    needle: str,
    *,
    whole_word: bool = False,
    case_sensitive: bool = False,
    accent_sensitive: bool = False,
) -> list[tuple[int, int]]:
    """(start, end) of each match of ``needle`` in ``text``, left to right, not overlapping."""
    folded_needle, _ = _fold(needle, case_sensitive, accent_sensitive)
    if not folded_needle:
        return []
    folded, index = _fold(text, case_sensitive, accent_sensitive)
    pattern = re.escape(folded_needle)
    if whole_word:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    found: list[tuple[int, int]] = []
    for match in re.finditer(pattern, folded):
        start, end = match.span()
        if index is not None:
            start, end = index[start], index[end - 1] + 1
            # A combining accent after the match belongs to its last letter.
            while end < len(text) and _fold_char(text[end], case_sensitive, accent_sensitive) == "":
                end += 1
        if found and start < found[-1][1]:
            continue  # two folded matches inside one original character
        found.append((start, end))
    return found


def replace_all(
    text: str,
    needle: str,
    replacement: str,
    *,
    whole_word: bool = False,
    case_sensitive: bool = False,
    accent_sensitive: bool = False,
) -> tuple[str, int]:
    """``text`` with every match replaced, and how many there were."""
    matches = find_all(
        text,
        needle,
        whole_word=whole_word,
        case_sensitive=case_sensitive,
        accent_sensitive=accent_sensitive,
    )
    parts: list[str] = []
    cursor = 0
    for start, end in matches:
        parts.append(text[cursor:start])
        parts.append(replacement)
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts), len(matches)
