"""DOCX for proofreaders (python-docx), with the style names of styles.py.

python-docx has no footnote API: the footnotes part (``word/footnotes.xml``) is written
here and related to the document, so Word and LibreOffice show real footnotes. Each
reference carries the magazine's own marker (``w:customMarkFollows``): ``*``, ``**``…
or numbers, as the publication prints them.

The package is re-zipped with fixed entry times so the same piece gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from docx import Document as new_document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

from workbench.export.styles import CHARACTER_STYLES, PARAGRAPH_STYLES, CharRole, Role
from workbench.export.tokens import Document, Footnote, clean

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.oxml.xmlchemy import BaseOxmlElement

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass(frozen=True, slots=True)
class WordComment:
    """An editorial comment for a proofreading DOCX: a Word comment on ``words`` (its
    passage; the title when it has none or its words are gone), its replies as
    paragraphs after it."""

    words: str
    paragraphs: tuple[str, ...]
    author: str
    at: datetime


ZIP_TIME = (1980, 1, 1, 0, 0, 0)
DEFAULT_TIME = datetime(2000, 1, 1)
# What follows w:footnotePr in w:settings (ECMA-376 order).
_AFTER_FOOTNOTE_PROPERTIES = (
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)


@lru_cache(maxsize=1)
def _template() -> tuple[bytes, dict[Role, str], dict[CharRole, str]]:
    """A blank document holding every style of the table, built once per process."""
    doc = new_document()
    paragraph_ids, character_ids = _add_styles(doc)
    # French spelling for proofreaders, whatever the machine's language.
    normal = doc.styles["Normal"].element.get_or_add_rPr()
    normal.append(_w("lang", val="fr-FR"))
    # The separator notes every footnotes part starts with, as Word itself declares them.
    settings = doc.settings.element
    footnote_properties = _w("footnotePr")
    footnote_properties.append(_w("footnote", id="-1"))
    footnote_properties.append(_w("footnote", id="0"))
    settings.insert_element_before(footnote_properties, *_AFTER_FOOTNOTE_PROPERTIES)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue(), paragraph_ids, character_ids


def _add_styles(doc: DocxDocument) -> tuple[dict[Role, str], dict[CharRole, str]]:
    """Create every style of the table; returns their style ids (for raw XML)."""
    styles = doc.styles
    paragraph_ids: dict[Role, str] = {}
    for role, spec in PARAGRAPH_STYLES.items():
        style = styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.font.bold = spec.bold or None
        style.font.italic = spec.italic or None
        if spec.size is not None:
            style.font.size = Pt(spec.size)
        paragraph_ids[role] = style.style_id
    character_ids: dict[CharRole, str] = {}
    for char_role, spec in CHARACTER_STYLES.items():
        style = styles.add_style(spec.name, WD_STYLE_TYPE.CHARACTER)
        style.font.bold = spec.bold or None
        style.font.italic = spec.italic or None
        style.font.superscript = spec.superscript or None
        character_ids[char_role] = style.style_id
    return paragraph_ids, character_ids


def _w(tag: str, **attrs: str) -> BaseOxmlElement:
    element = OxmlElement(f"w:{tag}")
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), value)
    return element


def _raw_run(text: str, style_id: str | None) -> BaseOxmlElement:
    """A ``w:r`` with ``text`` (``\\n`` as line breaks), for parts python-docx cannot edit."""
    run = _w("r")
    if style_id:
        properties = _w("rPr")
        properties.append(_w("rStyle", val=style_id))
        run.append(properties)
    for index, line in enumerate(text.split("\n")):
        if index:
            run.append(_w("br"))
        if line:
            text_element = _w("t")
            text_element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            text_element.text = line
            run.append(text_element)
    return run


@dataclass(slots=True)
class _Run:
    element: BaseOxmlElement
    text: str
    style: str | None


@dataclass(slots=True)
class _Paragraph:
    element: BaseOxmlElement
    runs: list[_Run]

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` as a passage is looked for (markdown's marks gone, every space one
    space), and where each of its characters came from."""
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char in "*_`":
            continue
        if char.isspace():
            if out and out[-1] == " ":
                continue
            char = " "
        out.append(char)
        origin.append(index)
    return "".join(out), origin


def _find_passage(paragraphs: list[_Paragraph], words: str) -> tuple[int, int, int] | None:
    """The paragraph holding ``words`` (as written in the stored text) and where."""
    wanted, _ = _folded(words.strip())
    if not wanted:
        return None
    for number, paragraph in enumerate(paragraphs):
        text, origin = _folded(paragraph.text)
        found = text.find(wanted)
        if found >= 0:
            return number, origin[found], origin[found + len(wanted) - 1] + 1
    return None


def _split(paragraph: _Paragraph, at: int) -> None:
    """Make ``at`` (an offset in the paragraph's text) fall between two runs."""
    offset = 0
    for index, run in enumerate(paragraph.runs):
        if offset < at < offset + len(run.text):
            cut = at - offset
            first = _raw_run(run.text[:cut], run.style)
            second = _raw_run(run.text[cut:], run.style)
            run.element.addprevious(first)
            run.element.addprevious(second)
            run.element.getparent().remove(run.element)
            paragraph.runs[index : index + 1] = [
                _Run(first, run.text[:cut], run.style),
                _Run(second, run.text[cut:], run.style),
            ]
            return
        offset += len(run.text)


def _runs_between(paragraph: _Paragraph, start: int, end: int) -> list[_Run]:
    _split(paragraph, start)
    _split(paragraph, end)
    chosen, offset = [], 0
    for run in paragraph.runs:
        if start <= offset and offset + len(run.text) <= end and run.text:
            chosen.append(run)
        offset += len(run.text)
    return chosen


def _add_comment(doc: DocxDocument, paragraphs: list[_Paragraph], comment: WordComment) -> None:
    from docx.text.run import Run  # noqa: PLC0415 - python-docx's own wrapper of a w:r

    found = _find_passage(paragraphs, comment.words) if comment.words else None
    if found is not None:
        number, start, end = found
        runs = _runs_between(paragraphs[number], start, end)
    else:  # on the whole piece, or its words are gone: on the title
        runs = [run for run in (paragraphs[0].runs if paragraphs else []) if run.text]
    if not runs:
        return
    first, last = Run(runs[0].element, doc), Run(runs[-1].element, doc)
    initials = "".join(part[:1] for part in comment.author.split()).upper()
    made = doc.add_comment(
        [first, last], text="\n".join(comment.paragraphs), author=comment.author, initials=initials
    )
    made._comment_elm.date = comment.at  # noqa: SLF001 - python-docx dates it now; the export is reproducible


def _reference_run(note: int, marker: str, style_id: str) -> BaseOxmlElement:
    run = _raw_run("", style_id)
    run.append(_w("footnoteReference", customMarkFollows="1", id=str(note)))
    text_element = _w("t")
    text_element.text = marker
    run.append(text_element)
    return run


def _separator(kind: str, note_id: int, child: str) -> BaseOxmlElement:
    footnote = _w("footnote", type=kind, id=str(note_id))
    paragraph = _w("p")
    run = _w("r")
    run.append(_w(child))
    paragraph.append(run)
    footnote.append(paragraph)
    return footnote


def _footnotes_xml(
    notes: tuple[Footnote, ...], paragraph_ids: dict[Role, str], character_ids: dict[CharRole, str]
) -> bytes:
    root = etree.Element(qn("w:footnotes"), nsmap={"w": W_NS})
    root.append(_separator("separator", -1, "separator"))
    root.append(_separator("continuationSeparator", 0, "continuationSeparator"))
    for note in notes:
        footnote = _w("footnote", id=str(note.number))
        for index, block in enumerate(note.blocks):
            paragraph = _w("p")
            properties = _w("pPr")
            properties.append(_w("pStyle", val=paragraph_ids[Role.NOTE]))
            paragraph.append(properties)
            if index == 0:
                paragraph.append(_raw_run(note.marker, character_ids[CharRole.NOTE_REF]))
                paragraph.append(_raw_run(" ", None))
            for run in block.runs:
                style = character_ids[run.char_role] if run.char_role else None
                paragraph.append(_raw_run(run.text, style))
            footnote.append(paragraph)
        root.append(footnote)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _repack(data: bytes) -> bytes:
    """The same package with fixed entry times and order-preserving, stable compression."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            entry.create_system = 3  # as on Unix, whatever the system writing it
            target.writestr(entry, source.read(info.filename), compresslevel=6)
    return out.getvalue()


def write_docx(
    document: Document,
    *,
    title: str = "",
    author: str = "",
    timestamp: datetime | None = None,
    comments: tuple[WordComment, ...] = (),
) -> bytes:
    """The DOCX of one piece. ``timestamp`` (from the data) dates the file's properties;
    ``comments`` become Word comments (a proofreading copy)."""
    template, paragraph_ids, character_ids = _template()
    doc = new_document(io.BytesIO(template))
    notes = {note.number: note for note in document.footnotes}
    body = doc.element.body
    written: list[_Paragraph] = []
    for block in document.blocks:
        # Raw elements with known style ids: python-docx's lookups by name are slow.
        paragraph = _w("p")
        properties = _w("pPr")
        properties.append(_w("pStyle", val=paragraph_ids[block.role]))
        paragraph.append(properties)
        runs: list[_Run] = []
        for run in block.runs:
            if run.note is not None and run.note in notes:
                paragraph.append(
                    _reference_run(run.note, run.text, character_ids[CharRole.NOTE_REF])
                )
            else:
                role = run.char_role
                style = character_ids[role] if role else None
                element = _raw_run(run.text, style)
                paragraph.append(element)
                runs.append(_Run(element, run.text, style))
        body.insert_element_before(paragraph, "w:sectPr")
        written.append(_Paragraph(paragraph, runs))
    for comment in comments:
        _add_comment(doc, written, comment)
    # Always present (separators at least): w:settings of the template declares them.
    part = Part(
        PackURI("/word/footnotes.xml"),
        CT.WML_FOOTNOTES,
        _footnotes_xml(document.footnotes, paragraph_ids, character_ids),
        doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES)
    properties = doc.core_properties
    moment = timestamp or DEFAULT_TIME
    properties.created = moment
    properties.modified = moment
    properties.last_printed = moment
    properties.revision = 1
    properties.title = " ".join(clean(title).split())
    properties.author = " ".join(clean(author).split())
    properties.last_modified_by = ""
    properties.language = "fr-FR"
    buffer = io.BytesIO()
    doc.save(buffer)
    return _repack(buffer.getvalue())
