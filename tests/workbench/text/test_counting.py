"""Counts for the status bar: signes, words, feuillets, pages, distance to the target."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.text.counting import (
    FAR_UNDER_RATIO,
    OVER_RATIO,
    Counts,
    TargetGap,
    TargetState,
    count,
    count_piece,
    count_signs,
    estimated_pages,
    target_gap,
)


def test_signs_include_spaces_and_skip_markdown_syntax():
    assert count_signs("## Un titre") == len("Un titre")
    assert count_signs("Du **gras** et *rien*.") == len("Du gras et rien.")
    assert count_signs("Un [lien](http://exemple.fr/tres/long) ici") == len("Un lien ici")


def test_footnote_text_counts_but_not_its_marker():
    body = "Texte[^1].\n\n[^1]: La note."
    assert count_signs(body) == len("Texte.") + len("La note.")


def test_paragraph_breaks_are_not_signs_but_line_breaks_are_spaces():
    assert count_signs("Un\n\nDeux") == 6
    assert count_signs("Un\nDeux") == 6  # one Enter: a new paragraph (workbench.text.markdown)
    assert count_signs("Un\\\nDeux") == 7  # Maj+Entrée: a line break, one sign


def test_nbsp_are_signs():
    assert count_signs("Quoi\u202f?") == 6


def test_words_need_a_letter_or_digit():
    counts = count("L’expérience « client » — en 2014 ?")
    assert counts.words == 4


def test_feuillets_and_pages():
    counts = Counts(signs=4500, words=700)
    assert counts.feuillets == 3
    assert counts.pages(4500) == 1
    assert estimated_pages(6750, 4500) == 1.5
    with pytest.raises(ValueError):
        estimated_pages(100, 0)


@pytest.mark.parametrize(
    ("signs", "state"),
    [
        (3000, TargetState.OK),
        (3150, TargetState.OK),
        (3151, TargetState.OVER),
        (2400, TargetState.OK),
        (2399, TargetState.FAR_UNDER),
        (0, TargetState.FAR_UNDER),
    ],
)
def test_target_gap_thresholds(signs, state):
    assert OVER_RATIO == 1.05 and FAR_UNDER_RATIO == 0.8
    assert target_gap(signs, 3000) == TargetGap(signs - 3000, state)


def test_no_target_no_gap():
    assert target_gap(1200, None) is None
    assert target_gap(1200, 0) is None
    assert Counts(10, 2).gap(None) is None


def test_piece_counts_add_the_standfirst():
    assert count_piece("Corps.", standfirst="Chapô **gras**.") == Counts(
        signs=len("Corps.") + len("Chapô gras."), words=3
    )


def test_real_piece_counts(page_set):
    body = page_set.path(page_set.edito_file).read_text(encoding="utf-8")
    counts = count(body)
    assert counts.signs > 2000
    assert counts.words > 300


def test_counting_a_100k_body(page_set):
    """How fast is the benchmark's business (``typing``, ``open_piece``): no test fails
    on time."""
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(page_set.folder.iterdir()))
    body = (text * (100_000 // len(text) + 1))[:100_000] + "\n\n*fin*"
    counts = count(body)
    assert counts.signs > 90_000


def test_counting_is_linear_on_long_runs_of_punctuation():
    """100,000 « = » took 95 s with a backtracking pattern; a linear pass counts 400,000
    at once (the suite's timeout would stop a quadratic one)."""
    from workbench.text.counting import count

    body = "Avant " + "=" * 400_000 + " après."
    counts = count(body)
    assert counts.words == 2 and counts.signs == len(body)


NOTE_TEXTS = st.lists(
    st.sampled_from(
        [
            "Un paragraphe.",
            "Une note[^1] ici.",
            "[^1]: La note.",
            "Une autre[^2].",
            "[^2]: Seconde note.",
            "Inline ^[une note en ligne] aussi.",
            "**Question ?**",
            "> Citation",
            "## Intertitre",
            "",
            "[^orpheline]: une note que rien n'appelle.",
        ]
    ),
    max_size=8,
).map("\n".join)


@given(body=NOTE_TEXTS, standfirst=NOTE_TEXTS)
def test_one_parse_gives_the_same_figures_as_two(body, standfirst):
    """``list --json`` counts a piece from one parse: the same signes, words and notes."""
    from workbench.text.counting import count_footnotes, count_piece, piece_figures

    assert piece_figures(body, standfirst) == (count_piece(body, standfirst), count_footnotes(body))
