"""ICML: an InCopy snippet InDesign accepts, with our styles, notes and spaces."""

from __future__ import annotations

from lxml import etree

from workbench.export.icml import write_icml
from workbench.export.styles import CHARACTER_STYLES, PARAGRAPH_STYLES
from workbench.export.tokens import body_document


def parse(data: bytes) -> etree._Element:
    return etree.fromstring(data)


def paragraphs(root: etree._Element) -> list[tuple[str, str]]:
    story = root.find("Story")
    return [
        (p.get("AppliedParagraphStyle").split("/", 1)[1], "".join(p.itertext()))
        for p in story.findall("ParagraphStyleRange")
    ]


def test_snippet_has_the_processing_instructions_and_document_wrapper() -> None:
    data = write_icml(body_document("Texte."), title="T")
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>")
    root = parse(data)
    pis = []
    node = root.getprevious()
    while node is not None:
        pis.insert(0, (node.target, node.text))
        node = node.getprevious()
    assert pis[0][0] == "aid" and 'type="snippet"' in pis[0][1] and 'style="50"' in pis[0][1]
    assert pis[1] == ("aid", 'SnippetType="InCopyInterchange"')
    assert root.tag == "Document"
    assert root.find("RootParagraphStyleGroup") is not None
    assert root.find("RootCharacterStyleGroup") is not None
    assert root.find("Story") is not None


def test_every_style_used_is_declared_with_the_shared_names() -> None:
    body = (
        "Un *mot* **fort** ***tout***[^1].\n\n## Inter\n\n> Cite\n\n::: exergue\nEx\n:::\n\n"
        "[^1]: Note.\n"
    )
    root = parse(write_icml(body_document(body)))
    declared_p = {s.get("Self"): s.get("Name") for s in root.iter("ParagraphStyle")}
    declared_c = {s.get("Self"): s.get("Name") for s in root.iter("CharacterStyle")}
    used_p = {e.get("AppliedParagraphStyle") for e in root.iter("ParagraphStyleRange")}
    used_c = {e.get("AppliedCharacterStyle") for e in root.iter("CharacterStyleRange")}
    assert used_p <= set(declared_p)
    assert used_c <= set(declared_c)
    names = set(declared_p.values()) | set(declared_c.values())
    assert {s.name for s in PARAGRAPH_STYLES.values()} <= names
    assert {s.name for s in CHARACTER_STYLES.values()} <= names
    assert {
        "Titre",
        "Chapô",
        "Texte courant",
        "Intertitre",
        "Question",
        "Réponse",
        "Citation",
        "Exergue",
        "Signature",
        "Note",
        "Italique",
        "Gras",
        "Appel de note",
    } <= names
    assert {
        "CharacterStyle/Italique",
        "CharacterStyle/Gras",
        "CharacterStyle/Gras italique",
        "CharacterStyle/Appel de note",
    } <= used_c


def test_paragraphs_are_separated_by_br() -> None:
    root = parse(write_icml(body_document("Un.\n\nDeux.\n\nTrois.")))
    tags = [child.tag for child in root.find("Story") if child.tag != "StoryPreference"]
    assert tags == ["ParagraphStyleRange", "Br", "ParagraphStyleRange", "Br", "ParagraphStyleRange"]


def test_symbol_notes_are_typed_markers_and_end_notes() -> None:
    body = "Un[^1] deux[^2].\n\n[^1]: Premier.\n[^2]: Second.\n"
    root = parse(
        write_icml(body_document(body, footnote_style="symbols"), footnote_style="symbols")
    )
    assert root.find(".//Footnote") is None
    markers = [
        "".join(e.itertext())
        for e in root.iter("CharacterStyleRange")
        if e.get("AppliedCharacterStyle") == "CharacterStyle/Appel de note"
    ]
    assert markers == ["*", "**"]
    assert paragraphs(root)[-2:] == [("Note", "* Premier."), ("Note", "** Second.")]


def test_numbered_notes_are_indesign_footnotes() -> None:
    body = "Un[^1] deux.\n\n[^1]: Premier *note*.\n"
    root = parse(
        write_icml(body_document(body, footnote_style="numbers"), footnote_style="numbers")
    )
    footnotes = root.findall(".//Footnote")
    assert len(footnotes) == 1
    assert footnotes[0].getparent().get("AppliedCharacterStyle") == "CharacterStyle/Appel de note"
    assert "".join(footnotes[0].itertext()).strip() == "Premier note."
    aces = [pi for pi in footnotes[0].iter(etree.ProcessingInstruction) if pi.target == "ACE"]
    assert [pi.text for pi in aces] == ["4"]
    footnotes[0].getparent().remove(footnotes[0])
    assert paragraphs(root) == [("Texte courant", "Un deux.")]


def test_no_break_spaces_survive_and_line_breaks_become_forced() -> None:
    root = parse(write_icml(body_document("Quoi\u202f? 12\u00a0544  \nfin")))
    assert paragraphs(root) == [("Texte courant", "Quoi\u202f? 12\u00a0544\u2028fin")]


def test_markup_in_text_is_text() -> None:
    data = write_icml(body_document("a <Br/> & </Content> b"), title="<x> & y")
    root = parse(data)
    assert root.find("Story").get("StoryTitle") == "<x> & y"
    assert paragraphs(root) == [("Texte courant", "a <Br/> & </Content> b")]
