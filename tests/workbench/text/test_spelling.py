"""French spell checking: what is checked, what is skipped, the personal word list."""

from __future__ import annotations

import sys

import pytest

from workbench.text.spelling import SpellChecker


@pytest.fixture
def checker(tmp_path) -> SpellChecker:
    checker = SpellChecker(tmp_path / "dictionnaire" / "mots.txt")
    if not checker.available:
        pytest.skip(checker.unavailable_reason)
    return checker


def misspelt(checker: SpellChecker, text: str, **kw) -> list[str]:
    return [text[start:end] for start, end in checker.misspelled_ranges(text, **kw)]


def test_finds_a_misspelt_word_and_suggests(checker):
    text = "Une expérinece client réussie."
    assert misspelt(checker, text) == ["expérinece"]
    assert "expérience" in checker.suggest("expérinece")


def test_elisions_and_hyphenated_words_are_french(checker):
    text = "L’expérience qu’il a vécue aujourd’hui, peut-être, dit-il ; jusqu’à l’aube."
    assert misspelt(checker, text) == []
    assert misspelt(checker, "l’expérinece") == ["l’expérinece"]
    assert misspelt(checker, "Jean-Expérinece") == ["Jean-Expérinece"]


def test_skips_numbers_acronyms_urls_and_markdown(checker):
    body = (
        "## Le CRM en 2014\n\n"
        "Voir http://exemple.fr/pagezz et `fonctionzz()` ou [le site](http://a.b/motzz) "
        "avec B2B, 3e, 14H20 et **gras**[^1].\n\n"
        "[^1]: Une note.\n\n"
        "```\nvariablezz = 1\n```\n"
    )
    assert misspelt(checker, body) == []


def test_ranges_point_into_the_markdown_body(checker):
    body = "Du **texte fautif: erreurr** ici."
    ((start, end),) = checker.misspelled_ranges(body)
    assert body[start:end] == "erreurr"


def test_plain_text_mode_for_titles(checker):
    assert misspelt(checker, "## erreurr", markdown=False) == ["erreurr"]


def test_add_to_dictionary_persists(checker, tmp_path):
    assert misspelt(checker, "Un doer.") == ["doer"]
    checker.add_to_dictionary("doer")
    assert misspelt(checker, "Un doer.") == []
    again = SpellChecker(checker.personal_word_list_path)
    assert misspelt(again, "Un doer.") == []
    assert again.personal_words() == ["doer"]


def test_add_to_dictionary_refuses_a_phrase(checker):
    with pytest.raises(ValueError):
        checker.add_to_dictionary("deux mots")


def test_real_piece_has_few_unknown_words(checker, page_set):
    body = page_set.path(page_set.edito_file).read_text(encoding="utf-8")
    words = len(body.split())
    assert len(checker.misspelled_ranges(body)) < words * 0.05


def test_missing_dictionary_is_reported_not_raised(tmp_path):
    checker = SpellChecker(tmp_path / "mots.txt", language="xx_XX")
    assert not checker.available
    assert "dictionnaire" in checker.unavailable_reason
    assert checker.misspelled_ranges("n’importe quoi") == []
    assert checker.suggest("quoi") == []
    assert checker.check("zzzz")
    checker.add_to_dictionary("doer")
    assert checker.personal_words() == ["doer"]


def test_missing_enchant_is_reported_not_raised(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "enchant", None)
    checker = SpellChecker(tmp_path / "mots.txt")
    assert not checker.available
    assert "enchant" in checker.unavailable_reason
    assert checker.misspelled_ranges("texte") == []


def test_words_of_the_trade_are_known(tmp_path):
    checker = SpellChecker(tmp_path / "perso.txt")
    if not checker.available:
        pytest.skip(checker.unavailable_reason)
    assert checker.misspelled_ranges("Le chapô et les intertitres du téléconseiller.") == []
    assert (tmp_path / "perso.txt").read_text() == ""  # not written to the personal list
