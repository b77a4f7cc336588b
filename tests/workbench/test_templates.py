"""Templates for a new piece, per kind."""

from __future__ import annotations

from datetime import date

import pytest

from db.vocabulary import PIECE_KINDS, ContributorRole
from workbench.catalog import ValidationError
from workbench.templates import NAME, PLACE, PLACEHOLDERS, month_year, placeholder_in, template_for
from workbench.text.counting import count_footnotes
from workbench.text.markdown import parse
from workbench.text.typography import NBSP, NNBSP, fix_plain_typography, fix_typography


def questions(body: str) -> list[str]:
    """Paragraphs that are entirely bold: the house markdown's interview questions."""
    found = []
    tokens = parse(body)
    for i, token in enumerate(tokens):
        if token.type != "inline" or tokens[i - 1].type != "paragraph_open":
            continue
        kids = [k for k in token.children or [] if k.type != "text" or k.content]
        if len(kids) >= 3 and kids[0].type == "strong_open" and kids[-1].type == "strong_close":
            found.append("".join(k.content for k in kids[1:-1]))
    return found


def test_edito_has_its_number_and_signature_note():
    template = template_for("edito", edito_number=82, when=date(2014, 10, 1))
    assert template.edito_number == 82
    assert template.signature_note == "Édito rédigé en octobre 2014"
    assert template.standfirst == ""
    assert template_for("edito", issue_number=112).edito_number == 112


def test_interview_has_three_bold_questions_and_a_bio_footnote():
    template = template_for("interview", interviewee="Jeanne Martin")
    asked = questions(template.body)
    assert len(asked) == 3
    assert all(q.endswith("?") for q in asked)
    assert count_footnotes(template.body) == 1
    assert "[^1]: Jeanne Martin" in template.body
    assert template.standfirst
    assert ContributorRole.INTERVIEWEE in template.contributor_roles


def test_reportage_has_the_envoye_special_byline_and_footnotes():
    template = template_for("reportage", author="H. Caufield", place="Davos")
    assert template.byline == "De notre envoyé spécial à Davos, H. Caufield"
    assert template.signature_note == template.byline
    assert count_footnotes(template.body) == 2


@pytest.mark.parametrize("kind", PIECE_KINDS)
@pytest.mark.parametrize("narrow", [True, False])
def test_every_kind_has_a_template_already_in_house_typography(kind, narrow):
    template = template_for(kind, narrow=narrow)
    assert template.kind == kind
    assert template.title and template.body
    assert fix_typography(template.body, narrow) == []
    for text in (template.title, template.standfirst, template.signature_note):
        assert fix_plain_typography(text, narrow) == []
    assert "'" not in template.body and '"' not in template.body


def test_narrow_setting_reaches_the_placeholder_text():
    assert f"{NNBSP}?" in template_for("interview", narrow=True).body
    assert f"{NBSP}?" in template_for("interview", narrow=False).body


def test_unknown_kind_is_refused_in_french():
    with pytest.raises(ValidationError, match="Aucun modèle"):
        template_for("roman")


def test_a_template_creates_a_piece(store, publication):
    from workbench.pieces import create_piece, get_piece

    template = template_for("edito", edito_number=82, when=date(2014, 10, 1))
    piece_id = create_piece(
        store, publication, template.kind, template.title, **template.piece_fields()
    )
    piece = get_piece(store, piece_id)
    assert piece.body == template.body
    assert piece.edito_number == 82
    assert piece.signature_note == "Édito rédigé en octobre 2014"


def test_month_year_in_french():
    assert month_year(date(2013, 2, 5)) == "février 2013"


@pytest.mark.parametrize("narrow", [True, False])
def test_the_placeholders_are_data_that_find_every_template_field(narrow):
    context = {"interviewee": "Jeanne Martin", "reader": "Paul Durand, DRH, Lyon"}
    for kind in PIECE_KINDS:
        for template in (template_for(kind, narrow=narrow), template_for(kind, **context)):
            for field in ("title", "standfirst"):
                text = getattr(template, field)
                assert not text or placeholder_in(field, text), (kind, field, text)
    reportage = template_for("reportage", narrow=narrow, author="Jeanne Martin")
    assert placeholder_in("signature_note", reportage.signature_note) == PLACE
    assert (
        placeholder_in("signature_note", template_for("edito").signature_note) == "(mois et année)"
    )
    assert NAME in PLACEHOLDERS["standfirst"] and NAME in PLACEHOLDERS["signature_note"]


def test_a_piece_left_with_its_template_text_stops_the_export(
    store, publication, issue82, tmp_path
):
    from workbench.export.bundle import ExportRefused, check_export, export_issue
    from workbench.pieces import create_piece

    template = template_for("reportage", author="Jeanne Martin")
    fields = template.piece_fields() | {"status": "valide"}
    create_piece(store, publication, "reportage", "Davos 2013", issue_id=issue82, **fields)
    found = [f for f in check_export(store, issue82) if f.code == "template_text"]
    assert [f.message for f in found] == [
        "« Davos 2013 » : le chapô contient encore le texte du modèle "
        "« Le chapô résume l'événement et ce que le lecteur va en apprendre. ».",
        "« Davos 2013 » : la mention de signature contient encore le texte du modèle « (lieu) ».",
    ]
    with pytest.raises(ExportRefused):
        export_issue(store, issue82, tmp_path / "out")
