"""Notes from the writer's side: a note called from the title or the chapô is a real note,
and the magazine's markers « * », « ** », « *** » stay distinct notes in every output.

Every text here is invented; the seed test at the end skips when the seeds are absent.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from workbench.export.bundle import export_issue
from workbench.export.checklist import check_piece
from workbench.export.docx import write_docx
from workbench.export.html import write_html
from workbench.export.icml import write_icml
from workbench.export.markdown import read_markdown
from workbench.export.reimport import import_bundle
from workbench.export.tokens import build_document, footnote_report, text_document
from workbench.importers.textfile import read_text
from workbench.importers.webpage import read_webpage
from workbench.pieces import create_piece, get_piece

DATA = Path(__file__).resolve().parents[1] / "data" / "notes"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NOTE_STYLE = "CharacterStyle/Appel de note"

# Title, chapô and body each call their own note.
HEADED = {
    "title": "Les casques du salon[^t]",
    "standfirst": "Une journée avec Jeanne Lefort[^c], superviseuse.",
    "body": (
        "Le plateau ouvre à huit heures[^b].\n\n"
        "[^b]: Heure de Paris.\n\n"
        "[^t]: Le salon des métiers du contact, à Lyon.\n\n"
        "[^c]: Jeanne Lefort encadre trente conseillers.\n"
    ),
}
# The body alone calls « * » and « ** », the second one twice.
TWO_STARS = (
    "Une première précision[^1] puis une seconde[^2].\n\n"
    "On revient à la seconde[^2].\n\n"
    "[^1]: Premier renvoi.\n"
    "[^2]: Second renvoi.\n"
)


def _icml(data: bytes) -> list[tuple[str, list[tuple[str, str]]]]:
    """(paragraph style, [(character style, text)]) of each paragraph, footnotes left out."""
    root = etree.fromstring(data)
    paragraphs = []
    for paragraph in root.find("Story").iter("ParagraphStyleRange"):
        if paragraph.getparent().tag == "Footnote":
            continue
        ranges = [
            (r.get("AppliedCharacterStyle"), "".join(c.text or "" for c in r.iter("Content")))
            for r in paragraph.findall("CharacterStyleRange")
        ]
        paragraphs.append((paragraph.get("AppliedParagraphStyle").split("/", 1)[1], ranges))
    return paragraphs


def _calls(ranges: list[tuple[str, str]]) -> list[str]:
    return [text for style, text in ranges if style == NOTE_STYLE]


def _docx(data: bytes) -> tuple[list[tuple[str, list[tuple[str, str]]]], dict[str, str]]:
    """(paragraph style id, [(footnote id, marker)]) of the document, and each footnote's
    text (marker included) by id."""
    package = zipfile.ZipFile(io.BytesIO(data))
    document = etree.fromstring(package.read("word/document.xml"))
    paragraphs = []
    for paragraph in document.iter(f"{W}p"):
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        calls = [
            (
                ref.get(f"{W}id"),
                "".join(t.text or "" for t in ref.getparent().iter(f"{W}t")),
            )
            for ref in paragraph.iter(f"{W}footnoteReference")
        ]
        paragraphs.append((style.get(f"{W}val") if style is not None else "", calls))
    notes = etree.fromstring(package.read("word/footnotes.xml"))
    texts = {
        note.get(f"{W}id"): "".join(t.text or "" for t in note.iter(f"{W}t"))
        for note in notes.iter(f"{W}footnote")
        if note.get(f"{W}type") is None
    }
    return paragraphs, texts


def _add(store, publication, issue, fields: dict, first_page: int) -> int:
    fields = dict(fields)
    return create_piece(
        store,
        publication,
        "reportage",
        fields.pop("title"),
        issue_id=issue,
        status="valide",
        first_page=first_page,
        contributors=[("Anne Martin", "author")],
        **fields,
    )


def _set_numbers(store, publication: int) -> None:
    from db.models import Publication

    with store.session() as session:
        session.get(Publication, publication).footnote_style = "numbers"


# The token walk ---------------------------------------------------------------------


def test_title_and_chapo_notes_come_first_in_reading_order() -> None:
    document = text_document(HEADED["title"], HEADED["standfirst"], HEADED["body"])
    title, chapo = document.head
    assert [(r.text, r.note) for r in title.runs] == [("Les casques du salon", None), ("*", 1)]
    assert [(r.text, r.note) for r in chapo.runs] == [
        ("Une journée avec Jeanne Lefort", None),
        ("**", 2),
        (", superviseuse.", None),
    ]
    assert [(r.text, r.note) for r in document.body[0].runs if r.note] == [("***", 3)]
    assert [(n.marker, n.blocks[0].text) for n in document.footnotes] == [
        ("*", "Le salon des métiers du contact, à Lyon."),
        ("**", "Jeanne Lefort encadre trente conseillers."),
        ("***", "Heure de Paris."),
    ]


def test_a_call_with_no_text_stays_as_typed_and_a_note_nothing_calls_is_left_out() -> None:
    document = text_document("Titre[^x]", "", "Texte.\n\n[^y]: Orpheline.\n")
    assert document.head[0].text == "Titre[^x]" and document.footnotes == ()


def test_checklist_reads_the_calls_of_the_title_and_chapo(store, publication, issue82) -> None:
    report = footnote_report(HEADED["body"], HEADED["title"], HEADED["standfirst"])
    assert report.undefined == () and report.unused == ()
    # Without the title and chapô, their notes are called from nowhere.
    assert footnote_report(HEADED["body"]).unused == ("t", "c")
    piece = get_piece(
        store,
        _add(
            store,
            publication,
            issue82,
            {
                "title": "Titre[^t][^z]",
                "standfirst": "",
                "body": "Texte[^1].\n\n[^1]: Un.\n\n[^t]: Du titre.\n\n[^u]: Nulle part.\n",
            },
            3,
        ),
    )
    codes = [(f.code, f.message.rsplit(" : ", 1)[-1]) for f in check_piece(piece, None)]
    assert ("footnote_undefined", "l'appel de note [^z] n'a pas de texte.") in codes
    assert ("footnote_unused", "la note [^u] n'est appelée nulle part.") in codes
    assert not any("[^t]" in message or "[^1]" in message for _, message in codes)


# Every export -------------------------------------------------------------------------


@pytest.fixture
def notes_issue(qapp, store, publication, issue82) -> dict[str, int]:
    # qapp: the bundle's flatplan PDF needs Qt, and one QApplication serves every test.
    return {
        "headed": _add(store, publication, issue82, HEADED, 3),
        "stars": _add(
            store,
            publication,
            issue82,
            {"title": "Deux renvois", "standfirst": "", "body": TWO_STARS},
            5,
        ),
    }


def _exported(out: Path, kind: str, piece_index: int) -> bytes:
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return (out / manifest["pieces"][piece_index]["files"][kind]["path"]).read_bytes()


def test_icml_with_symbols(store, notes_issue, issue82, tmp_path) -> None:
    export_issue(store, issue82, tmp_path / "out")
    headed = _icml(_exported(tmp_path / "out", "icml", 0))
    assert [(style, _calls(ranges)) for style, ranges in headed[:3]] == [
        ("Titre", ["*"]),
        ("Chapô", ["**"]),
        ("Texte courant", ["***"]),
    ]
    notes = [("".join(t for _, t in ranges)) for style, ranges in headed if style == "Note"]
    assert notes == [
        "* Le salon des métiers du contact, à Lyon.",
        "** Jeanne Lefort encadre trente conseillers.",
        "*** Heure de Paris.",
    ]
    stars = _icml(_exported(tmp_path / "out", "icml", 1))
    assert [_calls(ranges) for style, ranges in stars if style == "Texte courant"] == [
        ["*", "**"],
        ["**"],
    ]
    assert [ranges[0][1] for style, ranges in stars if style == "Note"] == ["* ", "** "]
    # The story's title leaves the call out.
    root = etree.fromstring(_exported(tmp_path / "out", "icml", 0))
    assert root.find("Story").get("StoryTitle") == "Les casques du salon"


def test_icml_with_numbers_puts_real_footnotes_in_the_title_and_chapo(
    store, publication, notes_issue, issue82, tmp_path
) -> None:
    _set_numbers(store, publication)
    export_issue(store, issue82, tmp_path / "out")
    root = etree.fromstring(_exported(tmp_path / "out", "icml", 0))
    holders = [
        (
            footnote.getparent().getparent().get("AppliedParagraphStyle").split("/", 1)[1],
            "".join(footnote.itertext()).strip(),
        )
        for footnote in root.iter("Footnote")
    ]
    assert holders == [
        ("Titre", "Le salon des métiers du contact, à Lyon."),
        ("Chapô", "Jeanne Lefort encadre trente conseillers."),
        ("Texte courant", "Heure de Paris."),
    ]
    assert not any(style == "Note" for style, _ in _icml(etree.tostring(root)))


def test_docx_footnotes_are_called_from_title_and_chapo(
    store, notes_issue, issue82, tmp_path
) -> None:
    export_issue(store, issue82, tmp_path / "out")
    paragraphs, notes = _docx(_exported(tmp_path / "out", "docx", 0))
    import docx

    document = docx.Document(io.BytesIO(_exported(tmp_path / "out", "docx", 0)))
    style_names = {s.style_id: s.name for s in document.styles}
    called = [(style_names[style], calls) for style, calls in paragraphs if calls]
    assert called == [
        ("Titre", [("1", "*")]),
        ("Chapô", [("2", "**")]),
        ("Texte courant", [("3", "***")]),
    ]
    assert notes == {
        "1": "* Le salon des métiers du contact, à Lyon.",
        "2": "** Jeanne Lefort encadre trente conseillers.",
        "3": "*** Heure de Paris.",
    }
    # The marker follows the reference in the title's paragraph (w:customMarkFollows).
    assert document.paragraphs[0].text == "Les casques du salon*"
    assert document.core_properties.title == "Les casques du salon"
    paragraphs, notes = _docx(_exported(tmp_path / "out", "docx", 1))
    assert [calls for _, calls in paragraphs if calls] == [
        [("1", "*"), ("2", "**")],
        [("2", "**")],
    ]
    assert notes == {"1": "* Premier renvoi.", "2": "** Second renvoi."}


def test_html_links_title_and_chapo_calls_to_their_notes(
    store, notes_issue, issue82, tmp_path
) -> None:
    export_issue(store, issue82, tmp_path / "out")
    page = _exported(tmp_path / "out", "html", 0).decode()
    assert (
        '<h1 class="title" title="Titre">Les casques du salon'
        '<sup class="note-ref"><a href="#note-1">*</a></sup></h1>'
    ) in page
    assert '<sup class="note-ref"><a href="#note-2">**</a></sup>, superviseuse.</p>' in page
    assert '<a href="#note-3">***</a>' in page
    assert (
        '<p class="note" id="note-1"><span class="note-marker">*</span> '
        "Le salon des métiers du contact, à Lyon.</p>"
    ) in page
    assert '<span class="note-marker">***</span> Heure de Paris.' in page
    assert "<title>Les casques du salon</title>" in page and "[^" not in page
    stars = _exported(tmp_path / "out", "html", 1).decode()
    assert stars.count('<a href="#note-1">*</a>') == 1
    assert stars.count('<a href="#note-2">**</a>') == 2
    assert '<span class="note-marker">**</span> Second renvoi.' in stars
    index = (tmp_path / "out" / "html" / "index.html").read_text(encoding="utf-8")
    assert "Les casques du salon</a>" in index and "[^" not in index


def test_markdown_keeps_the_calls_and_reads_back_through_import_bundle(
    store, notes_issue, issue82, tmp_path
) -> None:
    from workbench.store import Store

    export_issue(store, issue82, tmp_path / "out")
    meta, body = read_markdown(_exported(tmp_path / "out", "markdown", 0).decode())
    assert meta["title"] == HEADED["title"] and meta["standfirst"] == HEADED["standfirst"]
    assert body == HEADED["body"]
    meta, body = read_markdown(_exported(tmp_path / "out", "markdown", 1).decode())
    assert body == TWO_STARS
    other = Store.open(tmp_path / "other.sqlite")
    try:
        result = import_bundle(other, tmp_path / "out")
        back = [get_piece(other, piece_id) for piece_id in result.piece_ids]
        original = [get_piece(store, notes_issue[key]) for key in ("headed", "stars")]
        for mine, theirs in zip(original, back, strict=True):
            assert (theirs.title, theirs.standfirst, theirs.body) == (
                mine.title,
                mine.standfirst,
                mine.body,
            )
            assert build_document(theirs) == build_document(mine)
    finally:
        other.close()


def test_preview_shows_the_title_and_chapo_calls(qtbot) -> None:
    from ui.editor.preview import PreviewPane

    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.schedule(
        lambda: (HEADED["title"], HEADED["standfirst"], HEADED["body"], "Anne Martin", "")
    )
    pane.render_now()
    html = pane.rendered_html
    assert 'Les casques du salon<sup class="note-ref"><a href="#note-1">*</a></sup>' in html
    assert 'Lefort<sup class="note-ref"><a href="#note-2">**</a></sup>' in html
    assert '<span class="note-marker">***</span> Heure de Paris.' in html
    assert "[^" not in html
    text = pane.toPlainText()
    assert text.startswith("Les casques du salon*")
    assert "Jeanne Lefort**, superviseuse." in text
    pane.schedule(lambda: ("Deux renvois", "", TWO_STARS, "", ""))
    pane.render_now()
    assert pane.rendered_html.count('<a href="#note-2">**</a>') == 2
    assert '<span class="note-marker">*</span> Premier renvoi.' in pane.rendered_html
    assert '<span class="note-marker">**</span> Second renvoi.' in pane.rendered_html


# The importer --------------------------------------------------------------------------


def test_import_a_star_after_a_word_of_the_title() -> None:
    piece = read_webpage(read_text(DATA / "star-in-title.txt").text)
    assert piece.title == "Les nouveaux métiers du plateau[^1]"
    assert piece.kind == "reportage"
    assert piece.contributors == [("Anne Martin", "author")]
    assert piece.standfirst == ""
    assert piece.recognised["footnotes"] == 3 and piece.warnings == []
    assert "omnicanale[^2] devant" in piece.body and "chiffrée[^3] sur" in piece.body
    assert "[^1]: Le salon se tenait au palais des congrès" in piece.body
    assert "\\*" not in piece.body
    document = text_document(piece.title, piece.standfirst, piece.body)
    assert [r.text for r in document.head[0].runs] == ["Les nouveaux métiers du plateau", "*"]
    assert [n.marker for n in document.footnotes] == ["*", "**", "***"]
    assert document.footnotes[0].blocks[0].text.startswith("Le salon se tenait")


def test_import_a_star_after_a_name_in_the_chapo() -> None:
    piece = read_webpage(read_text(DATA / "star-in-standfirst.txt").text)
    assert piece.title == "Entretien avec une superviseuse de plateau"
    assert piece.kind == "interview" and piece.recognised["questions"] == 2
    assert piece.contributors == [("Jeanne Lefort", "interviewee")]
    assert piece.bios["Jeanne Lefort"].startswith("Jeanne Lefort est superviseuse")
    assert piece.standfirst.endswith(
        "Réponses de Jeanne Lefort[^1], qui encadre trente conseillers."
    )
    assert piece.recognised["standfirst"] == piece.standfirst
    assert piece.recognised["footnotes"] == 2 and piece.warnings == []
    assert "manque le plus[^2] ?**" in piece.body
    document = text_document(piece.title, piece.standfirst, piece.body, kind="interview")
    assert [r.text for r in document.head[1].runs if r.note] == ["*"]
    assert [(n.marker, n.blocks[0].text[:13]) for n in document.footnotes] == [
        ("*", "Jeanne Lefort"),
        ("**", "Question posé"),
    ]


def test_seed_reportage_prints_its_two_notes_with_two_markers(store, seeds) -> None:
    from workbench.importers.service import import_paths

    report = import_paths(store, [seeds / "report-davos-2013.txt"])
    piece = get_piece(store, report.files[0].piece_id)
    document = build_document(piece)
    assert [r.text for r in document.head[0].runs if r.note] == ["*"]
    assert [r.text for b in document.body for r in b.runs if r.note] == ["**"]
    assert [n.marker for n in document.footnotes] == ["*", "**"]
    assert document.footnotes[0].blocks[0].text.startswith("Un forum Davos")
    assert document.footnotes[1].blocks[0].text.startswith("Stabulation libre")
    assert not any(b.text.startswith("*") for b in document.body)
    markers = [t for s, r in _icml(write_icml(document)) for t in _calls(r)]
    assert markers == ["*", "**"]
    paragraphs, notes = _docx(write_docx(document))
    assert [calls for _, calls in paragraphs if calls] == [[("1", "*")], [("2", "**")]]
    assert notes["1"].startswith("* Un forum") and notes["2"].startswith("** Stabulation")
    page = write_html(document, title=piece.title).decode()
    assert '<a href="#note-1">*</a></sup></h1>' in page and '<a href="#note-2">**</a>' in page
    assert [f.code for f in check_piece(piece, None) if f.code.startswith("footnote")] == []
