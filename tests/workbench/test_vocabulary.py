"""One table names every stored code, in French and in English."""

from __future__ import annotations

import pytest

from db import vocabulary as codes
from workbench import vocabulary
from workbench.flatplan.legend import slot_label, status_label


@pytest.mark.parametrize(
    ("enum", "table"),
    [
        (codes.PieceKind, vocabulary.KINDS),
        (codes.PieceStatus, vocabulary.STATUSES),
        (codes.IssueStatus, vocabulary.ISSUE_STATUSES),
        (codes.ContributorRole, vocabulary.ROLES),
        (codes.SlotKind, vocabulary.SLOT_KINDS),
    ],
)
def test_every_code_has_a_name_in_each_language(enum, table):
    assert list(table) == list(enum), "one term per code, in the workflow's order"
    for term in table.values():
        assert term.fr and term.en
        assert term.fr == term.fr.strip() and term.en == term.en.strip()


def test_every_slot_kind_has_a_noun_for_sentences():
    assert set(vocabulary.SLOT_NOUNS) == set(codes.SlotKind)


def test_the_core_writes_the_french_name_as_it_stands():
    assert status_label("redaction") == "en rédaction"
    assert slot_label("ad") == "publicité"
    assert vocabulary.label(vocabulary.ISSUE_STATUSES, "closed", "en", detailed=True) == (
        "closed (sent to print)"
    )
    assert vocabulary.label(vocabulary.STATUSES, "not-a-code") == "not-a-code"
    assert vocabulary.capitalised("pages carrières") == "Pages carrières"
