"""Recognising a piece in a web page of the magazine saved as plain text.

Each rule is a small pure function over lines of text, in :mod:`workbench.importers.pagerules`;
:func:`read_webpage` chains them.
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

from db.vocabulary import ContributorRole, PieceKind
from workbench.importers import mdtext
from workbench.importers.fieldnotes import call_field_notes
from workbench.importers.model import ParsedPiece
from workbench.importers.pagerules.footnotes import (
    audio_link,
    markers_in,
    take_footnote_definitions,
    to_markdown,
)
from workbench.importers.pagerules.furniture import (
    clean_lines,
    strip_promos,
    strip_tagline,
    strip_trailer,
)
from workbench.importers.pagerules.header import (
    DateLine,
    Header,
    find_header,
    parse_date_line,
    publication_from_account,
    split_title_byline,
    take_edito_line,
)
from workbench.importers.pagerules.interview import (
    Interview,
    detect_labelled,
    detect_plain,
    interviewee_from_notes,
    is_question,
)
from workbench.importers.pagerules.signature import signature_at_end, signature_at_start

__all__ = [
    "DateLine",
    "Header",
    "Interview",
    "audio_link",
    "clean_lines",
    "detect_labelled",
    "detect_plain",
    "find_header",
    "interviewee_from_notes",
    "is_question",
    "markers_in",
    "parse_date_line",
    "publication_from_account",
    "read_webpage",
    "signature_at_end",
    "signature_at_start",
    "split_title_byline",
    "strip_promos",
    "strip_tagline",
    "strip_trailer",
    "take_edito_line",
    "take_footnote_definitions",
    "to_markdown",
]


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
    referenced |= call_field_notes(piece, definitions)  # « client* » in the title or chapô
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
            piece.warnings.append(
                f"note {'*' * stars} appelée depuis aucun endroit : gardée en fin de texte, "
                "sans renvoi"
            )
            blocks.append(mdtext.escape(f"{'*' * stars} {text}"))
    if definitions:
        piece.recognise("footnotes", len(definitions))
    return mdtext.join_blocks(blocks)


def _fallback_title(lines: list[str]) -> str:
    words = " ".join(line for line in lines if line).split()
    return " ".join(words[:8]) + ("…" if len(words) > 8 else "") if words else "Sans titre"
