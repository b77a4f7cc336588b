"""Folding text for comparisons that ignore case and accents (« Expérience » ~ « experience »)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


@lru_cache(maxsize=4096)
def fold(text: str | None) -> str:
    """Lower-case, accent-free form of ``text``; None folds to the empty string."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
