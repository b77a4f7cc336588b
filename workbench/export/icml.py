"""ICML (InCopy interchange): one story per piece that InDesign places with our style names.

The file is an InCopy snippet: the two ``<?aid …?>`` processing instructions InDesign
requires, then a ``<Document>`` that declares every paragraph and character style of
styles.py before the ``<Story>``. Paragraphs are ``<ParagraphStyleRange>`` elements
separated by ``<Br/>``, runs are ``<CharacterStyleRange>`` elements (the structure of
pandoc's ICML writer). Built with lxml, never by string concatenation.

Footnotes: with numbered notes (``footnote_style`` 'numbers') they are real InDesign
``<Footnote>`` elements, numbered by InDesign (``<?ACE 4?>``). InDesign cannot number
notes ``*``, ``**``, ``***``, so with the magazine's symbols the marker is typed in the
text in the « Appel de note » style and the notes follow the story as « Note »
paragraphs, exactly as the magazine prints them.
"""

from __future__ import annotations

from lxml import etree

from db.vocabulary import FootnoteStyle
from workbench.export.styles import CHARACTER_STYLES, PARAGRAPH_STYLES, CharRole, Role, StyleSpec
from workbench.export.tokens import Block, Document, Footnote, Run, clean

NORMAL_PARAGRAPH = "$ID/NormalParagraphStyle"
NORMAL_CHARACTER = "$ID/NormalCharacterStyle"
LINE_BREAK = "\u2028"  # InDesign's forced line break inside a paragraph


def paragraph_style_id(role: Role) -> str:
    return f"ParagraphStyle/{PARAGRAPH_STYLES[role].name}"


def character_style_id(role: CharRole | None) -> str:
    return NORMAL_CHARACTER if role is None else f"CharacterStyle/{CHARACTER_STYLES[role].name}"


def _font_style(spec: StyleSpec) -> str | None:
    if spec.bold and spec.italic:
        return "Bold Italic"
    if spec.bold:
        return "Bold"
    if spec.italic:
        return "Italic"
    return None


def _declare(
    parent: etree._Element, tag: str, self_id: str, spec: StyleSpec, based_on: str
) -> None:
    style = etree.SubElement(parent, tag, Self=self_id, Name=spec.name)
    font_style = _font_style(spec)
    if font_style:
        style.set("FontStyle", font_style)
    if spec.size is not None:
        style.set("PointSize", f"{spec.size:g}")
    if spec.superscript:
        style.set("Position", "Superscript")
    properties = etree.SubElement(style, "Properties")
    etree.SubElement(properties, "BasedOn", type="string").text = based_on


def _styles(document: etree._Element) -> None:
    characters = etree.SubElement(document, "RootCharacterStyleGroup", Self="wb_character_styles")
    etree.SubElement(characters, "CharacterStyle", Self=NORMAL_CHARACTER, Name=NORMAL_CHARACTER)
    for char_role, spec in CHARACTER_STYLES.items():
        _declare(
            characters, "CharacterStyle", character_style_id(char_role), spec, NORMAL_CHARACTER
        )
    paragraphs = etree.SubElement(document, "RootParagraphStyleGroup", Self="wb_paragraph_styles")
    etree.SubElement(paragraphs, "ParagraphStyle", Self=NORMAL_PARAGRAPH, Name=NORMAL_PARAGRAPH)
    for role, spec in PARAGRAPH_STYLES.items():
        _declare(paragraphs, "ParagraphStyle", paragraph_style_id(role), spec, NORMAL_PARAGRAPH)


def _content(parent: etree._Element, text: str) -> None:
    etree.SubElement(parent, "Content").text = text.replace("\n", LINE_BREAK)


def _character_range(parent: etree._Element, role: CharRole | None) -> etree._Element:
    return etree.SubElement(
        parent, "CharacterStyleRange", AppliedCharacterStyle=character_style_id(role)
    )


def _paragraph(parent: etree._Element, role: Role) -> etree._Element:
    return etree.SubElement(
        parent, "ParagraphStyleRange", AppliedParagraphStyle=paragraph_style_id(role)
    )


class _StoryWriter:
    def __init__(self, document: Document, footnote_style: str) -> None:
        self.document = document
        self.real_footnotes = footnote_style == FootnoteStyle.NUMBERS
        self.notes = {note.number: note for note in document.footnotes}

    def runs(self, paragraph: etree._Element, runs: tuple[Run, ...]) -> None:
        for run in runs:
            if run.note is not None and self.real_footnotes and run.note in self.notes:
                holder = _character_range(paragraph, CharRole.NOTE_REF)
                self.footnote(holder, self.notes[run.note])
            else:
                _content(_character_range(paragraph, run.char_role), run.text)

    def footnote(self, parent: etree._Element, note: Footnote) -> None:
        element = etree.SubElement(parent, "Footnote")
        for index, block in enumerate(note.blocks):
            if index:
                etree.SubElement(element, "Br")
            paragraph = _paragraph(element, Role.NOTE)
            if index == 0:
                marker = _character_range(paragraph, None)
                content = etree.SubElement(marker, "Content")
                content.append(etree.ProcessingInstruction("ACE", "4"))
                content[-1].tail = " "
            self.runs(paragraph, block.runs)

    def story(self, parent: etree._Element) -> None:
        blocks = list(self.document.blocks)
        end_notes: list[Block] = []
        if not self.real_footnotes:
            for note in self.document.footnotes:
                for index, block in enumerate(note.blocks):
                    prefix = (Run(f"{note.marker} "),) if index == 0 else ()
                    end_notes.append(Block(Role.NOTE, prefix + block.runs))
        for index, block in enumerate(blocks + end_notes):
            if index:
                etree.SubElement(parent, "Br")
            self.runs(_paragraph(parent, block.role), block.runs)


def write_icml(document: Document, *, footnote_style: str = "symbols", title: str = "") -> bytes:
    """The ICML snippet of one piece, as UTF-8 bytes."""
    root = etree.Element("Document", DOMVersion="8.0", Self="wb_document")
    _styles(root)
    story = etree.SubElement(
        root,
        "Story",
        Self="wb_story",
        AppliedTOCStyle="n",
        TrackChanges="false",
        StoryTitle=" ".join(clean(title).split()),
        AppliedNamedGrid="n",
    )
    etree.SubElement(
        story,
        "StoryPreference",
        OpticalMarginAlignment="false",
        OpticalMarginSize="12",
        FrameType="TextFrameType",
        StoryOrientation="Horizontal",
        StoryDirection="LeftToRightDirection",
    )
    _StoryWriter(document, footnote_style).story(story)
    tree = etree.ElementTree(root)
    root.addprevious(
        etree.ProcessingInstruction(
            "aid",
            'style="50" type="snippet" readerVersion="6.0" featureSet="513" product="8.0(370)"',
        )
    )
    root.addprevious(etree.ProcessingInstruction("aid", 'SnippetType="InCopyInterchange"'))
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", standalone=True)
