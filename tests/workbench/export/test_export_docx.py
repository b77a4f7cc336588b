"""DOCX: the shared style names, real Word footnotes, same bytes twice."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from datetime import datetime

import docx
import pytest
from lxml import etree

from workbench.export.docx import write_docx
from workbench.export.styles import CHARACTER_STYLES, PARAGRAPH_STYLES
from workbench.export.tokens import body_document

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BODY = "Un *mot*[^1] et **fort**[^2].\n\n## Inter\n\n> Cite\n\n[^1]: Premier *x*.\n[^2]: Second.\n"


def test_styles_are_the_shared_names() -> None:
    data = write_docx(body_document(BODY), title="Titre")
    document = docx.Document(io.BytesIO(data))
    names = {style.name for style in document.styles}
    assert {s.name for s in PARAGRAPH_STYLES.values()} <= names
    assert {s.name for s in CHARACTER_STYLES.values()} <= names
    assert [(p.style.name, p.text) for p in document.paragraphs] == [
        ("Texte courant", "Un mot* et fort**."),
        ("Intertitre", "Inter"),
        ("Citation", "Cite"),
    ]
    runs = document.paragraphs[0].runs
    assert [(r.text, r.style.name) for r in runs if r.style.name != "Default Paragraph Font"] == [
        ("mot", "Italique"),
        ("*", "Appel de note"),
        ("fort", "Gras"),
        ("**", "Appel de note"),
    ]


def test_footnotes_part_holds_the_notes_with_the_magazine_markers() -> None:
    package = zipfile.ZipFile(io.BytesIO(write_docx(body_document(BODY))))
    assert "footnotes+xml" in package.read("[Content_Types].xml").decode()
    assert "relationships/footnotes" in package.read("word/_rels/document.xml.rels").decode()
    notes = etree.fromstring(package.read("word/footnotes.xml"))
    real = [n for n in notes.findall(f"{W}footnote") if n.get(f"{W}type") is None]
    texts = ["".join(n.itertext()) for n in real]
    assert texts == ["* Premier x.", "** Second."]
    document = etree.fromstring(package.read("word/document.xml"))
    references = document.findall(f".//{W}footnoteReference")
    assert [(r.get(f"{W}id"), r.get(f"{W}customMarkFollows")) for r in references] == [
        ("1", "1"),
        ("2", "1"),
    ]
    assert {n.get(f"{W}id") for n in real} == {"1", "2"}


def test_same_bytes_twice_and_dates_from_the_data() -> None:
    moment = datetime(2014, 10, 26, 18, 23)
    first = write_docx(body_document(BODY), title="T", timestamp=moment)
    assert first == write_docx(body_document(BODY), title="T", timestamp=moment)
    properties = docx.Document(io.BytesIO(first)).core_properties
    assert properties.modified.replace(tzinfo=None) == moment
    assert {i.date_time for i in zipfile.ZipFile(io.BytesIO(first)).infolist()} == {
        (1980, 1, 1, 0, 0, 0)
    }


def test_no_break_spaces_are_kept() -> None:
    document = docx.Document(io.BytesIO(write_docx(body_document("Quoi\u202f? 12\u00a0544"))))
    assert document.paragraphs[0].text == "Quoi\u202f? 12\u00a0544"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice absent")
def test_libreoffice_renders_it(tmp_path) -> None:
    source = tmp_path / "piece.docx"
    source.write_bytes(write_docx(body_document(BODY)))
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True,
        timeout=120,
        capture_output=True,
    )
    assert (tmp_path / "piece.pdf").read_bytes().startswith(b"%PDF")


def test_a_piece_without_notes_still_has_the_separators_word_expects() -> None:
    package = zipfile.ZipFile(io.BytesIO(write_docx(body_document("Sans note."))))
    notes = etree.fromstring(package.read("word/footnotes.xml"))
    assert [n.get(f"{W}type") for n in notes] == ["separator", "continuationSeparator"]
    settings = etree.fromstring(package.read("word/settings.xml"))
    declared = settings.findall(f"{W}footnotePr/{W}footnote")
    assert [n.get(f"{W}id") for n in declared] == ["-1", "0"]
