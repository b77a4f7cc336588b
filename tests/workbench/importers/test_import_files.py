"""Reading files: encodings and refusals, Markdown front matter, DOCX."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest

from workbench.importers.docx_file import read_docx
from workbench.importers.markdown_file import read_markdown, split_front_matter
from workbench.importers.textfile import (
    RefusedFile,
    check_size,
    decode,
    looks_binary,
    plausible_text,
    read_text,
)

FRENCH = "L’expérience client, « à la française » : 3 € le café… Œuvre !"

# Text files ---------------------------------------------------------------------


def test_utf8_with_and_without_bom():
    assert decode(FRENCH.encode()).encoding == "utf-8"
    decoded = decode(b"\xef\xbb\xbf" + FRENCH.encode())
    assert (decoded.text, decoded.encoding) == (FRENCH, "utf-8-sig")


def test_utf16_with_bom():
    assert decode(FRENCH.encode("utf-16")).text == FRENCH


def test_windows_1252():
    decoded = decode(FRENCH.encode("cp1252"))
    assert (decoded.text, decoded.encoding) == (FRENCH, "cp1252")


def test_latin1_when_not_cp1252():
    # 0x81 is undefined in Windows-1252: only Latin-1 reads it (as a C1 control, refused).
    with pytest.raises(RefusedFile, match="encodage"):
        decode("Élan".encode("latin-1") + b"\x81\x8d\x8f")
    decoded = decode("Très bien, été".encode("latin-1"))
    assert decoded.text == "Très bien, été"


def test_line_ends_are_normalised():
    assert decode(b"a\r\nb\rc").text == "a\nb\nc"


def test_binary_is_refused():
    with pytest.raises(RefusedFile, match="pas un fichier texte"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert looks_binary(bytes(range(32)) * 10)
    assert not looks_binary(FRENCH.encode())


def test_mojibake_from_another_code_page_is_refused():
    with pytest.raises(RefusedFile, match="encodage"):
        decode("日本語のテキストです。".encode("shift_jis") * 5)
    assert not plausible_text("\u0080\u0081")
    assert plausible_text(FRENCH)


def test_empty_and_blank_are_refused(tmp_path):
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")
    with pytest.raises(RefusedFile, match="vide"):
        read_text(empty)
    with pytest.raises(RefusedFile, match="vide"):
        decode(b" \n\t\n")


def test_too_large_is_refused_before_reading(tmp_path):
    with pytest.raises(RefusedFile, match="trop volumineux"):
        check_size(6 * 1024 * 1024)
    big = tmp_path / "gros.txt"
    big.write_bytes(b"a" * 2048)
    with pytest.raises(RefusedFile, match="trop volumineux"):
        read_text(big, limit=1024)


# Markdown ----------------------------------------------------------------------


def test_front_matter_with_list_json_field_names():
    text = (
        "---\n"
        "title: À vous de jouer !\n"
        "kind: edito\n"
        "status: valide\n"
        "issue: 82\n"
        "publication: En-Contact\n"
        "contributors:\n  - {name: Manuel Jacquinet, role: author}\n"
        "published_at: 2014-10-26T18:23:00\n"
        "standfirst: Un chapô.\n"
        "signature_note: Édito rédigé en octobre 2014\n"
        "edito_number: 82\n"
        "target_signs: 3500\n"
        "due_date: 2014-10-01\n"
        "first_page: 3\n"
        "page_count: 1\n"
        "signs: 1234\n"
        "---\n"
        "Le texte, **en gras**.\n"
    )
    piece = read_markdown(text)
    assert piece.title == "À vous de jouer !"
    assert (piece.kind, piece.status, piece.issue_number, piece.edito_number) == (
        "edito",
        "valide",
        82,
        82,
    )
    assert piece.publication == "En-Contact"
    assert piece.contributors == [("Manuel Jacquinet", "author")]
    assert piece.published_at == datetime(2014, 10, 26, 18, 23)
    assert piece.standfirst == "Un chapô."
    assert piece.signature_note == "Édito rédigé en octobre 2014"
    assert (piece.target_signs, piece.due_date, piece.first_page, piece.page_count) == (
        3500,
        date(2014, 10, 1),
        3,
        1,
    )
    assert piece.body == "Le texte, **en gras**.\n"
    assert piece.recognised["contributors"] == [{"name": "Manuel Jacquinet", "role": "author"}]
    assert piece.warnings == []  # « signs » is a computed field: silently ignored


def test_markdown_without_front_matter_uses_heading_and_guesses():
    piece = read_markdown("# Mon titre\n\n**Question ?**\n\nRéponse.\n\n**Autre ?**\n\nOui.\n")
    assert piece.title == "Mon titre"
    assert piece.kind == "interview" and piece.guessed == {"kind": "interview"}
    assert piece.body.startswith("**Question ?**")
    assert "auteur : pas de champ « contributors »" in piece.undetermined


def test_unknown_front_matter_key_is_reported():
    piece = read_markdown("---\ntitle: T\ncouleur: bleu\n---\nTexte\n")
    assert piece.warnings == ["champ d'en-tête inconnu ignoré : « couleur »"]


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ("kind: poeme", "genre inconnu"),
        ("status: fini", "statut inconnu"),
        ("issue: douze", "n'est pas un nombre"),
        ("published_at: hier", "n'est pas une date"),
        ("contributors: [{name: X, role: chef}]", "rôle inconnu"),
        ("title: [unclosed", "YAML illisible"),
    ],
)
def test_bad_front_matter_is_refused(front, message):
    with pytest.raises(RefusedFile, match=message):
        read_markdown(f"---\n{front}\n---\nTexte\n")


def test_front_matter_must_be_a_mapping():
    with pytest.raises(RefusedFile, match="clé: valeur"):
        split_front_matter("---\n- a\n- b\n---\nTexte\n")


def test_edito_number_places_in_issue():
    piece = read_markdown("---\ntitle: T\nkind: edito\nedito_number: 90\n---\nx\n")
    assert piece.issue_number == 90 and piece.guessed["issue"] == 90


# DOCX ---------------------------------------------------------------------------


def make_docx(build) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_headings_runs_and_signature():
    def build(document):
        document.add_heading("Le centre d'appels de demain", level=1)
        paragraph = document.add_paragraph("Un texte avec ")
        paragraph.add_run("du gras").bold = True
        paragraph.add_run(" et ")
        paragraph.add_run("de l'italique").italic = True
        paragraph.add_run(" et une *étoile*.")
        document.add_heading("Un intertitre", level=2)
        document.add_paragraph("Suite du texte.")
        document.add_paragraph("Par Anne Martin")

    piece = read_docx(make_docx(build))
    assert piece.title == "Le centre d'appels de demain"
    assert piece.contributors == [("Anne Martin", "author")]
    assert piece.kind == "reportage"
    assert piece.body == (
        "Un texte avec **du gras** et *de l'italique* et une \\*étoile\\*.\n\n"
        "## Un intertitre\n\nSuite du texte.\n"
    )


def test_docx_bold_paragraphs_make_an_interview():
    def build(document):
        document.add_paragraph("Titre", style="Title")
        for question, answer in (("Pourquoi ?", "Parce que."), ("Comment ?", "Ainsi.")):
            document.add_paragraph().add_run(question).bold = True
            document.add_paragraph(answer)

    piece = read_docx(make_docx(build))
    assert piece.kind == "interview"
    assert piece.body == "**Pourquoi ?**\n\nParce que.\n\n**Comment ?**\n\nAinsi.\n"


def test_broken_docx_is_refused():
    with pytest.raises(RefusedFile, match="pas un document Word"):
        read_docx(b"ceci n'est pas un zip")
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("autre.txt", "rien")
    with pytest.raises(RefusedFile, match="illisible"):
        read_docx(buffer.getvalue())
