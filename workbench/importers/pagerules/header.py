"""The top of a page: title, « Publié le … » line, édito number, byline in the title."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from workbench.importers.pagerules.patterns import ENVOYE, NAME
from workbench.text.fold import fold

MONTHS = {
    "janvier": 1, "fevrier": 2, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "aout": 8, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "decembre": 12, "décembre": 12,
}  # fmt: skip

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

# « Publié le 03 mai 2024 à 03:37 par X », « Le 3 mars 2015 par X », « Mardi 3 mars 2015 »,
# « 2 juillet 2018 »: the whole line, each part optional except the date itself.
_DATE_LINE = re.compile(
    r"^(?:(?:Publié\s+)?le\s+)?(?:(\w+)\s+)?(\d{1,2})(?:er)?\s+(\w+)\s+(\d{4})"
    r"(?:\s*(?:à|,|-|–)\s*(\d{1,2})\s*[:h]\s*(\d{2}))?(?:\s*,?\s+par\s+(\S.*))?$",
    re.IGNORECASE,
)
_EDITO_LINE = re.compile(r"^[ÉE]dito\s*N\s*[°º]\s*(\d+)[\s/.,:–—-]*$", re.IGNORECASE)
_TITLE_PAR = re.compile(rf"^(.*?)[\s,]+(par\s+({NAME}))$")
_MAX_TITLE = 250


@dataclass(slots=True)
class DateLine:
    published_at: datetime
    account: str  # who posted the page (« Magazine En-Contact »), not the author


def parse_date_line(line: str) -> DateLine | None:
    """A date line heading a page, the whole line.

    « Publié le 03 mai 2024 à 03:37 par Magazine En-Contact », and the short forms
    « Le 3 mars 2015 par Magazine En-Contact », « Mardi 3 mars 2015 », « 02 juillet 2018 ».
    """
    match = _DATE_LINE.match(line.strip())
    if not match:
        return None
    weekday, day, month_name, year, hour, minute, account = match.groups()
    if weekday is not None and weekday.lower() not in WEEKDAYS:
        return None
    month = MONTHS.get(month_name.lower())
    if month is None:
        return None
    try:
        when = datetime(int(year), month, int(day), int(hour or 0), int(minute or 0))
    except ValueError:  # silent: not a date (31 February): the line is no date line
        return None
    return DateLine(when, (account or "").strip())


def publication_from_account(account: str) -> str | None:
    """« Magazine En-Contact » → « En-Contact »: the publication that posted the page."""
    name = re.sub(r"^(le\s+)?magazine\s+", "", account.strip(), flags=re.IGNORECASE).strip()
    return name or None


_NAME = re.compile(NAME)
# First words of an account that is an organisation, not a person (« Magazine X »).
_ORGANISATION_WORDS = {
    "magazine", "le", "la", "les", "l", "revue", "journal", "redaction", "editions", "groupe",
    "equipe", "service", "agence", "admin", "administrateur",
}  # fmt: skip
_MEDIA_WORDS = {
    "mag", "magazine", "news", "hebdo", "journal", "revue", "redaction", "info", "infos",
    "actu", "actus", "media", "medias", "presse", "tv", "radio", "online", "web",
}  # fmt: skip


def person_from_account(account: str, publications: tuple[str, ...] = ()) -> str | None:
    """« Le 3 mars 2015 par Jeanne Dufour »: an account that is a person signs the piece.

    Two to four capitalised words, not a known publication, not starting with a word
    such as « Magazine », « La », « Rédaction »; else None (the account is the
    publication's)."""
    account = account.strip()
    words = account.split()
    if not 2 <= len(words) <= 4 or not _NAME.fullmatch(account):
        return None
    first = fold(re.split(r"[’'-]", words[0])[0])
    if first in _ORGANISATION_WORDS or fold(account) in {fold(p) for p in publications}:
        return None
    if any(fold(word) in _MEDIA_WORDS for word in words):
        return None
    return account


@dataclass(slots=True)
class Header:
    title: str = ""
    date: DateLine | None = None
    body_start: int = 0


def find_header(lines: list[str]) -> Header:
    """The title and date line at the top of a page, and where the text starts.

    With a date line, the title is the line repeated after it (or the line before it);
    without one, the first line is the title when it is short enough to be one. A short
    date line (« Le 3 mars 2015 par … », « Mardi 3 mars 2015 ») counts only as the first
    or second line: lower down, it is part of the text.
    """
    filled = [i for i, line in enumerate(lines) if line][:8]
    for position, index in enumerate(filled):
        date = parse_date_line(lines[index])
        if date is None:
            continue
        if position > 1 and not lines[index].lower().startswith("publié"):
            continue  # a bare date further down is the text's (a diary, a dateline)
        before = [lines[i] for i in filled[:position]]
        after = filled[position + 1] if position + 1 < len(filled) else None
        if after is not None and lines[after] in before:
            return Header(lines[after], date, after + 1)
        if before:
            return Header(before[-1], date, index + 1)
        if after is not None and _could_be_title(lines[after]):  # date line first
            return Header(lines[after], date, after + 1)
        return Header("", date, index + 1)
    if filled and _could_be_title(lines[filled[0]]):
        return Header(lines[filled[0]], None, filled[0] + 1)
    return Header("", None, 0)


def _could_be_title(line: str) -> bool:
    """Short enough, and not a long sentence ending with a full stop."""
    return len(line) <= _MAX_TITLE and not (len(line) > 120 and line.endswith("."))


def take_edito_line(lines: list[str]) -> tuple[list[str], int | None]:
    """« Édito N°82 / » among the first lines: the édito number, line removed."""
    for index, line in enumerate(lines[:12]):
        match = _EDITO_LINE.match(line)
        if match:
            return lines[:index] + lines[index + 1 :], int(match.group(1))
    return lines, None


@dataclass(slots=True)
class Byline:
    title: str
    author: str | None = None
    note: str = ""


def split_title_byline(title: str) -> Byline:
    """« …, de notre envoyé spécial H Caufield / 5 février 2013 » or « … par X » ending a title.

    « par X » right after a quoted title (« « Le client roi », par X ») names the author of
    that work (a book under review), not the piece's: it is left in the title."""
    match = ENVOYE.match(title)
    if match and match.group(1).strip():
        return Byline(match.group(1).strip(" ,"), match.group(3), match.group(2).strip())
    match = _TITLE_PAR.match(title)
    if match and match.group(1).strip() and not _names_a_work(match.group(1)):
        return Byline(match.group(1).strip(" ,"), match.group(3), "")
    return Byline(title)


def _names_a_work(before: str) -> bool:
    """« Lu pour vous : « Le client n'attend plus », par X »: X wrote the quoted work."""
    return before.rstrip(" ,").endswith(("»", "”", '"'))
