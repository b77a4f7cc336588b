"""Recognising a piece in a web page of the magazine saved as plain text.

Each rule is a small pure function over lines of text; :func:`read_webpage` chains them.
A page looks, at most, like::

    tagline                                  (site furniture)
    Title
    Publié le 03 mai 2024 à 03:37 par Magazine En-Contact
    Title                                    (repeated)
    Édito N°82 /                             (édito only)
    chapô, then paragraphs or questions and answers
    signature (« Par X », « X, » + note, « Signé : X… »)
    *, ** footnote definitions
    A lire aussi / subscription trailer      (site furniture)

Any of these may be missing; whatever is not recognised stays in the body, and what
could not be told is listed in the piece's ``undetermined``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from db.vocabulary import ContributorRole, PieceKind
from workbench.importers import mdtext
from workbench.importers.model import ParsedPiece

MONTHS = {
    "janvier": 1, "fevrier": 2, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "aout": 8, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "decembre": 12, "décembre": 12,
}  # fmt: skip

# A person's name as signed: 1 to 4 capitalised words (« H Caufield », « Jean de La Tour »).
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
NAME = rf"{_CAP}(?:[ \u00a0](?:(?:de|du|des|van|von|le|la|d’|d')[ \u00a0]?)?{_CAP}){{0,3}}"

_DATE_LINE = re.compile(
    r"^Publié le (\d{1,2})(?:er)? (\w+) (\d{4})"
    r"(?: à (\d{1,2})\s*[:h]\s*(\d{2}))?(?: par (.+?))?\s*$",
    re.IGNORECASE,
)
_EDITO_LINE = re.compile(r"^[ÉE]dito\s*N\s*[°º]\s*(\d+)[\s/.,:–—-]*$", re.IGNORECASE)
_TAGLINE = re.compile(r"^Le magazine\b.{10,}\.$", re.IGNORECASE)
_PROMO = re.compile(r"^Le magazine\b[^.!?]{0,50}$", re.IGNORECASE)
_READ_ALSO = re.compile(r"^[AÀ] lire aussi\s*:?$", re.IGNORECASE)
_TRAILER = re.compile(r"^(Abonnez-vous\b|Profitez d.un accès\b|[×✕✖x]$|Partager\b)", re.IGNORECASE)
_PAR = re.compile(rf"^Par\s+({NAME})\s*\.?$")
_SIGNED = re.compile(rf"^Sign[ée]\s*:\s*({NAME})\s*(?:[,.]\s*(.*))?$")
_NAME_COMMA = re.compile(rf"^({NAME})\s*,\s*(.*)$")
_NAME_ONLY = re.compile(rf"^({NAME})\s*,?$")
_ENVOYE = re.compile(
    rf"^(.*?)[\s,]*\b((?:[Dd]e notre )?[Ee]nvoyée? spéciale?\s+({NAME})(?:\s*/\s*.*)?)$"
)
_TITLE_PAR = re.compile(rf"^(.*?)[\s,]+(par\s+({NAME}))$")
_FOOTNOTE_DEF = re.compile(r"^(\*{1,3})\s*(?=\S)(?!\*)(.+)$")
_MARKER = re.compile(r"(?<=[\w)\]».…!?’'\"])(\*{1,3})(?![\w*])")
_OPENING_STARS = re.compile(r"(?:^|(?<=\s))(\*{1,3})(?=[^\s*])")
_LABEL = re.compile(r"^([A-ZÀ-Þ][\w’'.-]*(?:[ \u00a0-][\w’'.-]+){0,3})\s*:\s+(\S.*)$")
_AUDIO = re.compile(r"^\[audio:\s*(\S+)\s*(?:\|\s*title=([^\]]*))?\]$")
_GENERIC_LABELS = {"q", "r", "question", "réponse", "reponse", "questions", "réponses"}
_ENDS_QUESTION = re.compile(r"\?\s*[»”\"]?$")
_MAX_TITLE = 250


# Lines -----------------------------------------------------------------------


def clean_lines(text: str) -> list[str]:
    """Lines with their ends trimmed (no-break spaces included); blank lines become ""."""
    return [line.strip() for line in text.split("\n")]


def blocks_of(lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


# Furniture -------------------------------------------------------------------


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


# Header ----------------------------------------------------------------------


@dataclass(slots=True)
class DateLine:
    published_at: datetime
    account: str  # who posted the page (« Magazine En-Contact »), not the author


def parse_date_line(line: str) -> DateLine | None:
    """« Publié le 03 mai 2024 à 03:37 par Magazine En-Contact »."""
    match = _DATE_LINE.match(line)
    if not match:
        return None
    day, month_name, year, hour, minute, account = match.groups()
    month = MONTHS.get(month_name.lower())
    if month is None:
        return None
    try:
        when = datetime(int(year), month, int(day), int(hour or 0), int(minute or 0))
    except ValueError:
        return None
    return DateLine(when, (account or "").strip())


def publication_from_account(account: str) -> str | None:
    """« Magazine En-Contact » → « En-Contact »: the publication that posted the page."""
    name = re.sub(r"^(le\s+)?magazine\s+", "", account.strip(), flags=re.IGNORECASE).strip()
    return name or None


@dataclass(slots=True)
class Header:
    title: str = ""
    date: DateLine | None = None
    body_start: int = 0


def find_header(lines: list[str]) -> Header:
    """The title and date line at the top of a page, and where the text starts.

    With a date line, the title is the line repeated after it (or the line before it);
    without one, the first line is the title when it is short enough to be one.
    """
    filled = [i for i, line in enumerate(lines) if line][:8]
    for position, index in enumerate(filled):
        date = parse_date_line(lines[index])
        if date is None:
            continue
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
    """« …, de notre envoyé spécial H Caufield / 5 février 2013 » or « … par X » ending a title."""
    match = _ENVOYE.match(title)
    if match and match.group(1).strip():
        return Byline(match.group(1).strip(" ,"), match.group(3), match.group(2).strip())
    match = _TITLE_PAR.match(title)
    if match and match.group(1).strip():
        return Byline(match.group(1).strip(" ,"), match.group(3), "")
    return Byline(title)


# Signatures ------------------------------------------------------------------


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
    match = _ENVOYE.match(lines[0])
    if match and not match.group(1).strip():
        return Signature(match.group(3), match.group(2))
    return None


def signature_at_end(lines: list[str]) -> Signature | None:
    """The signature closing a text, looked for in its last two lines.

    « Par X »; « X, » then a note line (« Édito rédigé en octobre 2014 »); « X, note »;
    a bare name; « Signé : X » (a long « Signé : X, … » paragraph stays in the body:
    only the author is taken from it, ``lines`` is then 0).
    """
    if not lines:
        return None
    last = lines[-1]
    if len(lines) >= 2:
        first = _NAME_ONLY.match(lines[-2])
        if first and lines[-2].endswith(",") and len(last) <= 80 and not _PAR.match(last):
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
    if match and 0 < len(match.group(2)) <= 80 and match.group(2)[0].isupper():
        return Signature(match.group(1), match.group(2).strip())
    match = _NAME_ONLY.match(last)
    if match and len(last.split()) >= 2:
        return Signature(match.group(1))
    return None


# Footnotes -------------------------------------------------------------------


def take_footnote_definitions(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """Lines starting with ``*``, ``**``… after the text: their definitions, by star count."""
    definitions: dict[int, str] = {}
    kept: list[str] = []
    seen_text = False
    for line in lines:
        match = _FOOTNOTE_DEF.match(line) if seen_text else None
        if match and len(match.group(1)) not in definitions and not match.group(2).endswith("*"):
            definitions[len(match.group(1))] = match.group(2).strip()
        else:
            kept.append(line)
            seen_text = seen_text or bool(line)
    return kept, definitions


def _marker_matches(text: str) -> list[re.Match[str]]:
    """Footnote markers, leaving out stars that close an emphasis opened earlier (« **gras** »)."""
    openers = {len(m.group(1)) for m in _OPENING_STARS.finditer(text)}
    found = []
    for match in _MARKER.finditer(text):
        stars = len(match.group(1))
        if stars in openers:
            openers.discard(stars)
            continue
        found.append(match)
    return found


def markers_in(text: str) -> list[int]:
    """Star counts of the footnote markers in a line (« client* », « libre** »)."""
    return [len(m.group(1)) for m in _marker_matches(text)]


def to_markdown(text: str, defined: set[int]) -> str:
    """Escape a line, turning markers that have a definition into ``[^n]``."""
    parts: list[str] = []
    position = 0
    for match in _marker_matches(text):
        parts.append(mdtext.escape_inline(text[position : match.start()]))
        stars = len(match.group(1))
        parts.append(f"[^{stars}]" if stars in defined else mdtext.escape_inline(match.group(1)))
        position = match.end()
    parts.append(mdtext.escape_inline(text[position:]))
    return mdtext.protect_block_start("".join(parts))


def audio_link(line: str) -> str | None:
    """A WordPress ``[audio:URL | title=T]`` embed as a markdown link."""
    match = _AUDIO.match(line)
    if not match:
        return None
    url, title = match.group(1), (match.group(2) or "").strip()
    return f"[{mdtext.escape(title or url)}](<{url}>)"


# Interviews ------------------------------------------------------------------


def is_question(line: str) -> bool:
    return bool(_ENDS_QUESTION.search(line)) and len(line) <= 400


@dataclass(slots=True)
class Interview:
    questions: set[int] = field(default_factory=set)  # indexes of question lines
    labels: dict[int, str] = field(default_factory=dict)  # line index -> text without label
    interviewee: str | None = None
    first_question: int = 0


def detect_labelled(lines: list[str]) -> Interview | None:
    """« Speaker : text » paragraphs from two alternating speakers."""
    speakers: dict[str, list[int]] = {}
    texts: dict[int, str] = {}
    for index, line in enumerate(lines):
        match = _LABEL.match(line)
        if match and len(match.group(1)) <= 40:
            speakers.setdefault(match.group(1), []).append(index)
            texts[index] = match.group(2)
    frequent = {name: idx for name, idx in speakers.items() if len(idx) >= 2}
    filled = sum(1 for line in lines if line)
    if len(frequent) != 2 or sum(len(i) for i in frequent.values()) * 2 < filled:
        return None

    def asking(name: str) -> int:
        return sum(is_question(texts[i]) for i in frequent[name])

    interviewer, interviewee = sorted(frequent, key=asking, reverse=True)
    questions = set(frequent[interviewer])
    labelled = {i: texts[i] for idx in frequent.values() for i in idx}
    name = None if interviewee.casefold() in _GENERIC_LABELS else interviewee
    return Interview(questions, labelled, name, min(questions))


def detect_plain(lines: list[str]) -> Interview | None:
    """Questions and answers without labels.

    Compact form: a question line directly followed by its answer, blocks separated by
    blank lines (at least two). Spaced form: one-line question paragraphs each followed
    by an answer paragraph (at least three, a quarter of the paragraphs).
    """
    positions: list[int] = []
    index = 0
    block_starts: list[tuple[int, int]] = []  # (first line index, length)
    while index < len(lines):
        if not lines[index]:
            index += 1
            continue
        start = index
        while index < len(lines) and lines[index]:
            index += 1
        block_starts.append((start, index - start))
    compact = [s for s, n in block_starts if n >= 2 and is_question(lines[s])]
    if len(compact) >= 2:
        positions = compact
    else:
        spaced = [
            s
            for k, (s, n) in enumerate(block_starts[:-1])
            if n == 1
            and is_question(lines[s])
            and len(lines[s]) <= 300
            and not is_question(lines[block_starts[k + 1][0]])
        ]
        if len(spaced) >= 3 and len(spaced) * 4 >= len(block_starts):
            positions = spaced
    if not positions:
        return None
    return Interview(set(positions), {}, None, min(positions))


def interviewee_from_notes(definitions: dict[int, str]) -> tuple[str, str] | None:
    """« Charles-Emmanuel Berc est fondateur de… »: a note presenting a person.

    ``definitions`` are footnote texts by star count; the caller may add the closing
    paragraph under key 0, checked last."""
    for _, text in sorted(definitions.items(), key=lambda item: item[0] == 0):
        match = re.match(rf"^({NAME})(?:,| est | a été | dirige )", text)
        if match:
            return match.group(1), text
    return None


# The whole page --------------------------------------------------------------


def read_webpage(text: str, taglines: tuple[str, ...] = ()) -> ParsedPiece:
    """Recognise a piece in the text of a saved web page (already decoded)."""
    piece = ParsedPiece()
    lines = clean_lines(text)
    lines, removed_tail = strip_trailer(lines)
    lines, tagline = strip_tagline(lines, taglines)
    if tagline:
        piece.tagline = tagline
        piece.removed.append(tagline)
    header = find_header(lines)
    lines = lines[header.body_start :]
    _apply_header(piece, header)
    lines, edito_number = take_edito_line(lines)
    lines, promos = strip_promos(lines)
    piece.removed += promos + removed_tail
    lines, definitions = take_footnote_definitions(lines)
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)

    authors: list[str] = []
    byline = split_title_byline(piece.title)
    if byline.author:
        piece.title = byline.title
        authors.append(byline.author)
        piece.signature_note = byline.note
        piece.recognise("title", piece.title)
    start = signature_at_start(lines)
    if start:
        lines = lines[1:]
        authors.append(start.author)
        piece.signature_note = piece.signature_note or start.note
    end = signature_at_end(lines)
    if end:
        if end.lines:
            lines = lines[: -end.lines]
        authors.append(end.author)
        piece.signature_note = piece.signature_note or end.note
    authors = list(dict.fromkeys(authors))
    if authors:
        piece.recognise("authors", authors)
    if piece.signature_note:
        piece.recognise("signature_note", piece.signature_note)

    interview = (
        None if edito_number is not None else (detect_labelled(lines) or detect_plain(lines))
    )
    _apply_kind(piece, edito_number, interview)
    credits = [(name, ContributorRole.AUTHOR.value) for name in authors]
    standfirst_lines: list[str] = []
    if interview is not None:
        standfirst_lines = [line for line in lines[: interview.first_question] if line]
        if len(standfirst_lines) == 1 and len(standfirst_lines[0]) <= 800:
            piece.standfirst = standfirst_lines[0]
            piece.recognise("standfirst", piece.standfirst)
            lines = lines[interview.first_question :]
            interview = _shift(interview, interview.first_question)
        else:
            piece.undetermined.append("chapô : aucun paragraphe avant la première question")
            standfirst_lines = []
        name = interview.interviewee
        closing = [line for line in lines if line][-1:]
        note = interviewee_from_notes({**definitions, 0: closing[0]} if closing else definitions)
        if name is None and note is not None:
            name = note[0]
        if name:
            credits.append((name, ContributorRole.INTERVIEWEE.value))
            piece.recognise("interviewee", name)
            if note is not None and note[0] == name:
                piece.bios[name] = note[1]
        else:
            piece.undetermined.append("personne interviewée : aucun nom trouvé")
    piece.contributors = credits
    if not authors:
        piece.undetermined.append("auteur : aucune signature trouvée")

    piece.body = _body(piece, lines, definitions, interview)
    if not piece.title:
        piece.title = _fallback_title(lines)
        piece.guess("title", piece.title)
        piece.undetermined.append("titre : aucune ligne de titre reconnue")
    elif "title" not in piece.recognised:
        piece.recognise("title", piece.title)
    return piece


def _apply_header(piece: ParsedPiece, header: Header) -> None:
    piece.title = header.title
    if header.date is not None:
        piece.published_at = header.date.published_at
        piece.recognise("published_at", piece.published_at)
        publication = publication_from_account(header.date.account)
        if publication:
            piece.publication = publication
            piece.recognise("publication", publication)
    else:
        piece.undetermined.append("date de publication : pas de ligne « Publié le … »")


def _apply_kind(piece: ParsedPiece, edito_number: int | None, interview: Interview | None) -> None:
    if edito_number is not None:
        piece.kind = PieceKind.EDITO.value
        piece.edito_number = piece.issue_number = edito_number
        piece.recognise("kind", piece.kind)
        piece.recognise("edito_number", edito_number)
        piece.recognise("issue", edito_number)
    elif interview is not None:
        piece.kind = PieceKind.INTERVIEW.value
        piece.recognise("kind", piece.kind)
        piece.recognise("questions", len(interview.questions))
    else:
        piece.kind = PieceKind.REPORTAGE.value
        piece.guess("kind", piece.kind)


def _shift(interview: Interview, offset: int) -> Interview:
    return Interview(
        {i - offset for i in interview.questions},
        {i - offset: t for i, t in interview.labels.items()},
        interview.interviewee,
        0,
    )


def _body(
    piece: ParsedPiece,
    lines: list[str],
    definitions: dict[int, str],
    interview: Interview | None,
) -> str:
    referenced = {stars for line in lines for stars in markers_in(line)}
    outside = {s for s in markers_in(piece.title) + markers_in(piece.standfirst)} - referenced
    defined = set(definitions) & referenced
    blocks: list[str] = []
    for index, line in enumerate(lines):
        if not line:
            continue
        link = audio_link(line)
        if link:
            blocks.append(link)
            continue
        text = interview.labels.get(index, line) if interview else line
        markdown = to_markdown(text, defined)
        is_q = interview is not None and index in interview.questions
        blocks.append(mdtext.bold(markdown) if is_q else markdown)
    for stars in sorted(referenced - set(definitions)):
        piece.warnings.append(f"appel de note {'*' * stars} sans définition : gardé tel quel")
    for stars, text in sorted(definitions.items()):
        if stars in defined:
            blocks.append(f"[^{stars}]: {mdtext.escape(text)}")
        else:
            where = "le titre ou le chapô" if stars in outside else "aucun endroit"
            piece.warnings.append(
                f"note {'*' * stars} appelée depuis {where} : gardée en fin de texte, sans renvoi"
            )
            blocks.append(mdtext.escape(f"{'*' * stars} {text}"))
    if definitions:
        piece.recognise("footnotes", len(definitions))
    return mdtext.join_blocks(blocks)


def _fallback_title(lines: list[str]) -> str:
    words = " ".join(line for line in lines if line).split()
    return " ".join(words[:8]) + ("…" if len(words) > 8 else "") if words else "Sans titre"
