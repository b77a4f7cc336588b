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
    signature (« Par X », « X, » + note, « X, envoyée spéciale », « Signé : X… »)
    *, ** footnote definitions
    A lire aussi / subscription trailer      (site furniture)

The date line may be short (« Le 3 mars 2015 par Magazine En-Contact », « Mardi 3 mars
2015 »). WordPress shortcodes and caption lines with a photo credit are furniture, taken
out and listed in ``removed``; a credit's name is the photographer. A byline from another
paper (« Par X – Le Journal – 03-05-2016 ») makes the piece a reprint: X is not its
author, the source goes to the signature note and the report (``recognised["reprint"]``).

Any of these may be missing; whatever is not recognised stays in the body, and what
could not be told is listed in the piece's ``undetermined``.
"""

from __future__ import annotations

from db.vocabulary import ContributorRole, PieceKind
from workbench.importers import mdtext
from workbench.importers.fieldnotes import call_field_notes
from workbench.importers.model import ParsedPiece
from workbench.importers.pagerules.credits import photo_credit, take_photo_credits
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
    person_from_account,
    publication_from_account,
    split_title_byline,
    take_edito_line,
)
from workbench.importers.pagerules.interview import (
    Interview,
    announced_interview,
    detect_labelled,
    detect_plain,
    fuller_name,
    interviewee_from_notes,
    is_question,
)
from workbench.importers.pagerules.reprint import Reprint, parse_reprint
from workbench.importers.pagerules.shortcodes import strip_shortcodes
from workbench.importers.pagerules.signature import signature_at_end, signature_at_start

__all__ = [
    "DateLine",
    "Header",
    "Interview",
    "Reprint",
    "announced_interview",
    "audio_link",
    "clean_lines",
    "detect_labelled",
    "detect_plain",
    "find_header",
    "fuller_name",
    "interviewee_from_notes",
    "is_question",
    "markers_in",
    "parse_date_line",
    "parse_reprint",
    "person_from_account",
    "photo_credit",
    "publication_from_account",
    "read_webpage",
    "signature_at_end",
    "signature_at_start",
    "split_title_byline",
    "strip_shortcodes",
    "strip_promos",
    "strip_tagline",
    "strip_trailer",
    "take_edito_line",
    "take_footnote_definitions",
    "take_photo_credits",
    "to_markdown",
]


def read_webpage(
    text: str, taglines: tuple[str, ...] = (), publications: tuple[str, ...] = ()
) -> ParsedPiece:
    """Recognise a piece in the text of a saved web page (already decoded).

    ``taglines`` and ``publications`` are those the store knows: a tagline line is site
    furniture, a publication's name labelling questions (« En-Contact : … ») marks an
    interview.
    """
    piece = ParsedPiece()
    codes = strip_shortcodes(clean_lines(text))
    lines, removed_tail = strip_trailer(codes.lines)
    lines, tagline = strip_tagline(lines, taglines)
    if tagline:
        piece.tagline = tagline
        piece.removed.append(tagline)
    piece.removed += codes.removed
    header = find_header(lines)
    lines = lines[header.body_start :]
    account_author = _apply_header(piece, header, publications)
    lines, edito_number = take_edito_line(lines)
    lines, promos = strip_promos(lines)
    credits = take_photo_credits(lines, codes.captions)
    lines = credits.lines
    piece.removed += credits.removed + promos + removed_tail
    lines, definitions = take_footnote_definitions(lines)
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)

    authors, reprint = _take_signatures(piece, lines, account_author)
    interview = None
    announced, announced_name = announced_interview(piece.title)
    if edito_number is None:
        house = tuple(dict.fromkeys(p for p in (piece.publication or "", *publications) if p))
        interview = detect_labelled(lines, house, announced) or detect_plain(lines, announced)
    _apply_kind(piece, edito_number, interview)
    credits_list = [(name, ContributorRole.AUTHOR.value) for name in authors]
    if interview is not None:
        lines, interview = _take_standfirst(piece, lines, interview)
        closing = [line for line in lines if line][-1:]
        note = interviewee_from_notes({**definitions, 0: closing[0]} if closing else definitions)
        name = interview.interviewee or announced_name or (note[0] if note else None)
        if name is not None:
            name = fuller_name(fuller_name(name, announced_name), note[0] if note else None)
        if name and name in authors:
            pass  # readers' questions answered by the piece's own author
        elif name:
            credits_list.append((name, ContributorRole.INTERVIEWEE.value))
            piece.recognise("interviewee", name)
            if note is not None and note[0] == name:
                piece.bios[name] = note[1]
        else:
            piece.undetermined.append("personne interviewée : aucun nom trouvé")
    for name in credits.photographers:
        credits_list.append((name, ContributorRole.PHOTOGRAPHER.value))
    if credits.photographers:
        piece.recognise("photographers", credits.photographers)
    piece.contributors = credits_list
    if not authors and reprint is not None:
        piece.undetermined.append(
            f"auteur : article repris de {reprint.source}, signé {reprint.byline} "
            "(pas un auteur du magazine)"
        )
    elif not authors:
        piece.undetermined.append("auteur : aucune signature trouvée")
    _warn_if_cut(piece, lines)

    piece.body = _body(piece, lines, definitions, interview)
    if not piece.title:
        piece.title = _fallback_title(lines)
        piece.guess("title", piece.title)
        piece.undetermined.append("titre : aucune ligne de titre reconnue")
    elif "title" not in piece.recognised:
        piece.recognise("title", piece.title)
    return piece


def _take_signatures(
    piece: ParsedPiece, lines: list[str], account_author: str | None
) -> tuple[list[str], Reprint | None]:
    """The authors signing the piece (date line, title byline, first line, last lines), taken
    out of ``lines`` (changed in place); a reprint's byline from another paper is not one."""
    authors: list[str] = [account_author] if account_author else []
    byline = split_title_byline(piece.title)
    if byline.author:
        piece.title = byline.title
        authors.append(byline.author)
        piece.signature_note = byline.note
        piece.recognise("title", piece.title)
    reprint = parse_reprint(lines[0]) if lines else None
    start = None if reprint else signature_at_start(lines)
    if reprint or start:
        del lines[0]
    if start:
        authors.append(start.author)
        piece.signature_note = piece.signature_note or start.note
    while lines and not lines[-1]:
        lines.pop()
    last_reprint = parse_reprint(lines[-1]) if lines and not reprint else None
    if last_reprint:
        reprint = last_reprint
        lines.pop()
    end = None if last_reprint else signature_at_end(lines)
    if end:
        if end.lines:
            del lines[-end.lines :]
        authors.append(end.author)
        piece.signature_note = piece.signature_note or end.note
    if reprint:
        piece.signature_note = piece.signature_note or reprint.note()
        piece.recognise("reprint", reprint.summary())
        piece.warnings.append(
            f"article repris : paru dans {reprint.source} le {reprint.date_text}, signé "
            f"{reprint.byline} ; pas pris comme auteur, la source est dans la note de signature"
        )
    authors = list(dict.fromkeys(authors))
    if authors:
        piece.recognise("authors", authors)
    if piece.signature_note:
        piece.recognise("signature_note", piece.signature_note)
    return authors, reprint


def _take_standfirst(
    piece: ParsedPiece, lines: list[str], interview: Interview
) -> tuple[list[str], Interview]:
    """The chapô of an interview: the one paragraph before the first question, or the
    first of a longer introduction (a guess: the rest of it stays in the body)."""
    before = [i for i, line in enumerate(lines[: interview.first_question]) if line]
    if len(before) == 1 and len(lines[before[0]]) <= 800:
        piece.standfirst = lines[before[0]]
        piece.recognise("standfirst", piece.standfirst)
        return lines[interview.first_question :], _shift(interview, interview.first_question)
    first = lines[before[0]] if before else ""
    if len(before) >= 2 and len(first) <= 600 and not first.endswith(":"):
        piece.standfirst = first
        piece.guess("standfirst", first)
        return ["", *lines[before[0] + 1 :]], _shift(interview, before[0])
    piece.undetermined.append("chapô : aucun paragraphe avant la première question")
    return lines, interview


_CUT_WORDS = 8  # a shorter last line may be a name, a reference, a heading
_ENDS_SENTENCE = tuple('.!?…»”")]*:;')


def _warn_if_cut(piece: ParsedPiece, lines: list[str]) -> None:
    """A page whose text stops in the middle of a sentence (cut by a paywall)."""
    last = next((line for line in reversed(lines) if line), "")
    if len(last.split()) >= _CUT_WORDS and not last.endswith(_ENDS_SENTENCE):
        words = " ".join(last.split()[-6:])
        piece.warnings.append(
            f"la page semble coupée : le texte s'arrête au milieu d'une phrase (« …{words} »)"
        )


def _apply_header(piece: ParsedPiece, header: Header, publications: tuple[str, ...]) -> str | None:
    """Title, date and publication from the page's header; the author when the account
    posting the page is a person (returned)."""
    piece.title = header.title
    if header.date is None:
        piece.undetermined.append("date de publication : pas de ligne « Publié le … »")
        return None
    piece.published_at = header.date.published_at
    piece.recognise("published_at", piece.published_at)
    person = person_from_account(header.date.account, publications)
    if person:
        return person
    publication = publication_from_account(header.date.account)
    if publication:
        piece.publication = publication
        piece.recognise("publication", publication)
    return None


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
