"""Reading a Word document (DOCX) with python-docx.

The first « Title » or level-1 heading is the piece's title, other headings become
intertitres (``##``); bold and italic runs are kept; a paragraph entirely in bold is an
interview question (house markdown), and two or more of them make an interview. A
signature (« Par X ») opening or closing the text gives the author.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

from db.vocabulary import ContributorRole, PieceKind
from workbench.importers import mdtext
from workbench.importers.model import ParsedPiece
from workbench.importers.pagerules.signature import signature_at_end, signature_at_start
from workbench.importers.textfile import RefusedFile
from workbench.limits import (
    MAX_DOCX_UNCOMPRESSED,
    LimitError,
    check_archive,
    refuse_xml_entities,
)

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph


def _runs_markdown(paragraph: Paragraph) -> tuple[str, bool]:
    """The paragraph as inline markdown, and whether all its text is bold."""
    parts: list[str] = []
    all_bold = True
    has_text = False
    for run in paragraph.runs:
        text = run.text
        if not text:
            continue
        bold = bool(run.bold) or bool(paragraph.style is not None and paragraph.style.font.bold)
        italic = bool(run.italic)
        if text.strip():
            has_text = True
            all_bold = all_bold and bold
        core = mdtext.escape_inline(text.strip())
        if not core:
            parts.append(text)
            continue
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        if italic:
            core = f"*{core}*"
        if bold:
            core = f"**{core}**"
        parts.append(f"{lead}{core}{trail}")
    markdown = "".join(parts).strip().replace("****", "")
    return markdown, has_text and all_bold


def _heading_level(paragraph: Paragraph) -> int | None:
    name = (paragraph.style.name if paragraph.style is not None else "") or ""
    lowered = name.lower()
    if lowered in ("title", "titre"):
        return 0
    for prefix in ("heading ", "titre "):
        if lowered.startswith(prefix) and lowered[len(prefix) :].isdigit():
            return int(lowered[len(prefix) :])
    return None


def _refuse_bombs(data: bytes) -> None:
    """A zip bomb or an XML part with entities is refused before python-docx reads it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_archive(archive, max_total=MAX_DOCX_UNCOMPRESSED)
            for info in archive.infolist():
                if info.filename.lower().endswith((".xml", ".rels")):
                    refuse_xml_entities(archive.read(info), info.filename)
    except LimitError as exc:
        raise RefusedFile(f"document Word refusé : {exc}") from exc
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
        raise RefusedFile(f"document Word illisible ({type(exc).__name__})") from exc


def read_docx(data: bytes) -> ParsedPiece:
    """A piece from the bytes of a .docx file; RefusedFile when it cannot be read."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise RefusedFile("ce n’est pas un document Word (.docx) valide")
    _refuse_bombs(data)
    try:
        import docx  # noqa: PLC0415 - start-up: python-docx loads on first use

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on broken files
        raise RefusedFile(f"document Word illisible ({type(exc).__name__})") from exc

    piece = ParsedPiece()
    blocks: list[str] = []
    plain: list[str] = []  # plain text of each block, for signatures
    questions = 0
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        level = _heading_level(paragraph)
        if level is not None and level <= 1 and not piece.title:
            piece.title = " ".join(text.split())
            piece.recognise("title", piece.title)
            continue
        if level is not None:
            blocks.append(f"## {mdtext.escape_inline(text)}")
        else:
            markdown, all_bold = _runs_markdown(paragraph)
            questions += all_bold
            blocks.append(mdtext.protect_block_start(markdown))
        plain.append(text)

    start = signature_at_start(plain)
    end = signature_at_end(plain)
    authors: list[str] = []
    if start:
        authors.append(start.author)
        blocks, plain = blocks[1:], plain[1:]
    if end and end.lines:
        blocks, plain = blocks[: -end.lines], plain[: -end.lines]
    if end:
        authors.append(end.author)
        piece.signature_note = end.note
    piece.contributors = [(name, ContributorRole.AUTHOR.value) for name in dict.fromkeys(authors)]
    if authors:
        piece.recognise("authors", list(dict.fromkeys(authors)))
    else:
        piece.undetermined.append("auteur : aucune signature trouvée")
    core_title = document.core_properties.title
    if not piece.title and core_title:
        piece.title = core_title.strip()
        piece.recognise("title", piece.title)
    if questions >= 2:
        piece.kind = PieceKind.INTERVIEW.value
        piece.recognise("kind", piece.kind)
        piece.recognise("questions", questions)
    else:
        piece.kind = PieceKind.REPORTAGE.value
        piece.guess("kind", piece.kind)
    piece.undetermined.append("date de publication : absente d'un document Word")
    piece.body = mdtext.join_blocks(blocks)
    return piece
