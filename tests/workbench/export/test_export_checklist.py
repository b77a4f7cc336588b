"""The checklist: pure findings for what is wrong before layout."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from db.vocabulary import PIECE_KINDS
from workbench.export.checklist import (
    ERROR,
    AssetNote,
    SectionRule,
    check_issue,
    check_piece,
    format_findings,
    has_errors,
)
from workbench.records import ContributorCredit, PieceDetail
from workbench.templates import template_for
from workbench.text.typography import NBSP, NNBSP


def piece(**fields) -> PieceDetail:
    base = dict(
        id=1,
        publication_id=1,
        publication="P",
        issue_id=1,
        issue_number=82,
        section_id=None,
        kind="reportage",
        title="Un titre",
        standfirst="Chapô.",
        body="Texte.",
        status="valide",
        target_signs=None,
        due_date=None,
        position=0,
        first_page=3,
        page_count=1,
        published_at=None,
        signature_note="",
        edito_number=None,
        version=1,
        deleted=False,
        created_at=datetime(2020, 1, 1),
        updated_at=datetime(2020, 1, 1),
        contributors=(ContributorCredit("A", "author"),),
    )
    base.update(fields)
    return PieceDetail(**base)


def codes(findings) -> list[tuple[str, str]]:
    return [(f.severity, f.code) for f in findings]


def test_a_clean_piece_has_no_finding() -> None:
    assert check_piece(piece(), SectionRule("Reportage", 4500, True)) == []


def test_each_problem_is_found() -> None:
    bad = piece(
        status="redaction",
        standfirst="",
        contributors=(ContributorCredit("B", "interviewee"),),
        body="x" * 5000 + " [^1] [^2]\n\n[^1]: ok\n[^9]: orpheline\n",
        first_page=None,
    )
    found = check_piece(
        bad,
        SectionRule("Interview", 4500, True),
        [AssetNote("a.jpg", "", ""), AssetNote("b.jpg", "L", "C")],
    )
    assert codes(found) == [
        ("error", "not_validated"),
        ("warning", "not_placed"),
        ("warning", "no_author"),
        ("warning", "no_standfirst"),
        ("warning", "over_pages"),
        ("error", "footnote_undefined"),
        ("warning", "footnote_unused"),
        ("warning", "image_no_credit"),
        ("warning", "image_no_caption"),
    ]
    assert all(f.piece_id == 1 for f in found)
    assert "« Un titre »" in found[0].message and "en rédaction" in found[0].message
    assert has_errors(found)


def test_a_rubrique_without_chapo_does_not_ask_for_one() -> None:
    assert check_piece(piece(standfirst=""), SectionRule("Édito", 3500, False)) == []


def test_pages_overlapping_and_past_the_end() -> None:
    pieces = [
        piece(id=1, first_page=3, page_count=2),
        piece(id=2, first_page=4, position=1),
        piece(id=3, first_page=70, position=2),
    ]
    found = check_issue(pieces, {}, {}, issue_pages=68)
    assert codes(found) == [("warning", "pages_overlap"), ("warning", "past_last_page")]
    assert [f.piece_id for f in found] == [2, 3]


def test_an_empty_issue_is_an_error_and_the_text_file_says_it() -> None:
    found = check_issue([], {}, {})
    assert has_errors(found)
    text = format_findings(found)
    assert text.startswith("1 erreur(s), 0 avertissement(s).")
    assert "ERREUR : Le numéro ne contient aucun papier." in text
    assert format_findings([]) == "Rien à signaler.\n"


@pytest.mark.parametrize("narrow", [True, False])
@pytest.mark.parametrize("kind", PIECE_KINDS)
def test_a_fresh_template_cannot_go_to_layout(kind, narrow) -> None:
    template = template_for(kind, narrow=narrow)
    fresh = piece(
        kind=kind,
        title=template.title,
        standfirst=template.standfirst,
        body=template.body,
        signature_note=template.signature_note,
    )
    found = [f for f in check_piece(fresh, None) if f.code == "template_text"]
    fields = [template.title, template.standfirst, template.signature_note]
    assert len(found) == sum(1 for text in fields if text) > 0
    assert all(f.severity == ERROR and f.piece_id == 1 for f in found)
    assert has_errors(found)


def test_the_finding_names_the_piece_the_field_and_the_placeholder() -> None:
    template = template_for("reportage", author="Jeanne Martin")  # the place left to fill
    found = check_piece(
        piece(
            title="Davos 2013",
            standfirst="Un vrai chapô.",
            signature_note=template.signature_note,
        ),
        None,
    )
    assert codes(found) == [("error", "template_text")]
    assert found[0].message == (
        "« Davos 2013 » (p. 3) : la mention de signature contient encore le texte du modèle "
        "« (lieu) »."
    )


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("title", "Titre du reportage"),
        ("title", "titre  du REPORTAGE"),  # case and spaces do not hide it
        ("title", f"«{NNBSP}Une phrase forte de l’entretien{NNBSP}» Jeanne Martin"),
        ("standfirst", "Le chapô présente Jeanne Martin et dit en deux ou trois phrases …"),
        ("standfirst", "Jeanne Martin, DRH de Prénom Nom SA"),
        ("signature_note", f"Édito rédigé en{NBSP}(mois et année)"),
    ],
)
def test_placeholders_are_found_whatever_the_typography(field, text) -> None:
    found = check_piece(piece(**{field: text}), None)
    assert [f.code for f in found] == ["template_text"]
    label = {"title": "le titre", "standfirst": "le chapô", "signature_note": "la mention"}[field]
    assert f" : {label}" in found[0].message


def test_the_filled_in_template_is_clean() -> None:
    filled = template_for("reportage", author="H. Caufield", place="Davos", narrow=True)
    assert filled.signature_note.startswith("De notre envoyé spécial à Davos")
    edito = template_for("edito", when=date(2014, 10, 1))
    for text in (filled.signature_note, edito.signature_note):
        assert check_piece(piece(signature_note=text), None) == []
    assert check_piece(piece(title="Le titre du reportage de Davos"), None) == []
    assert codes(check_piece(piece(title="Titre du reportage : Davos"), None)) == [
        ("error", "template_text")
    ]
