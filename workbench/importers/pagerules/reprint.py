"""A reprinted article: the byline it had in another paper.

« Par Jean DUPONT – La Gazette – 03-05-2016 »: the journalist, the paper, the date it
appeared there, separated by dashes with spaces around them. The journalist is not an
author of the magazine; the caller records the reprint and its source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from workbench.importers.pagerules.header import MONTHS
from workbench.importers.pagerules.patterns import NAME

_SEPARATOR = re.compile(r"\s+[–—-]\s+|\s*\|\s*")
_NAME = re.compile(NAME)
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_WORDS_DATE = re.compile(r"^(?:le\s+)?(\d{1,2})(?:er)?\s+(\w+)\s+(\d{4})$", re.IGNORECASE)
_MAX_LINE = 200


@dataclass(slots=True)
class Reprint:
    byline: str  # the journalist, as the other paper printed the name
    source: str  # the other paper
    date_text: str  # as written on the page
    date: date | None

    def note(self) -> str:
        """The piece's signature note: where and when it appeared first, and who signed it."""
        return f"Article de {self.byline} paru dans {self.source} le {self.date_text}"

    def summary(self) -> str:
        return f"{self.source}, {self.date_text} ({self.byline})"


def parse_reprint(line: str) -> Reprint | None:
    """« Par NOM – Le Journal – 03-05-2016 » (the date may be « 3 mai 2016 »), else None."""
    if len(line) > _MAX_LINE or line[:4].lower() != "par ":
        return None
    parts = [part.strip() for part in _SEPARATOR.split(line[4:].strip())]
    if len(parts) != 3 or not all(parts):
        return None
    name, source, when = parts
    if not _NAME.fullmatch(name) or not source[0].isupper():
        return None
    parsed = _parse_date(when)
    if parsed is None:
        return None
    return Reprint(name, source, when, parsed)


def _parse_date(text: str) -> date | None:
    match = _NUMERIC_DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _WORDS_DATE.match(text)
        month = MONTHS.get(match.group(2).lower(), 0) if match else 0
        if not match or not month:
            return None
        day, year = int(match.group(1)), int(match.group(3))
    try:
        return date(year, month, day)
    except ValueError:  # silent: not a date: no reprint line
        return None
