"""French typography: as-you-type replacements and the whole-piece command."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from workbench.text.typography import (
    NBSP,
    NNBSP,
    Replacement,
    TypoChange,
    apply_changes,
    autocorrect,
    fix_plain_typography,
    fix_typography,
)


def fixed(body: str, narrow: bool = True) -> str:
    return apply_changes(body, fix_typography(body, narrow))


def typed(text: str, narrow: bool = True) -> str:
    """Type ``text`` character by character, applying each autocorrection like the editor."""
    document = ""
    for char in text:
        before = document
        document += char
        replacement = autocorrect(before, char, narrow)
        if replacement is not None:
            document = document[: len(document) - replacement.remove] + replacement.text
    return document


# As you type -----------------------------------------------------------------------


def test_typing_quotes_gives_guillemets_with_nbsp_inside():
    assert typed('Il dit "oui" hier') == f"Il dit «{NBSP}oui{NBSP}» hier"


def test_typing_closing_quote_after_a_space_removes_the_space():
    assert typed('"oui "') == f"«{NBSP}oui{NBSP}»"


def test_typing_apostrophe_and_ellipsis():
    assert typed("l'expérience...") == "l’expérience…"
    assert autocorrect("rien", ".", True) is None
    assert autocorrect("x...", ".", True) is None  # four dots: left alone


@pytest.mark.parametrize(
    ("narrow", "mark", "space"),
    [
        (True, "?", NNBSP),
        (True, "!", NNBSP),
        (True, ";", NNBSP),
        (True, ":", NBSP),
        (False, "?", NBSP),
        (False, ";", NBSP),
    ],
)
def test_typing_high_punctuation_puts_the_house_space(narrow, mark, space):
    assert typed(f"Pourquoi {mark}", narrow) == f"Pourquoi{space}{mark}"
    assert typed(f"Pourquoi{mark}", narrow) == f"Pourquoi{space}{mark}"


@pytest.mark.parametrize(("narrow", "space"), [(True, NNBSP), (False, NBSP)])
def test_percent_takes_the_house_no_break_space_typed_and_fixed(narrow, space):
    for text in ("Une hausse de 100%.", "Une hausse de 100 %.", f"Une hausse de 100{NBSP}%."):
        assert typed(text, narrow) == f"Une hausse de 100{space}%."
        assert fixed(text, narrow) == f"Une hausse de 100{space}%."
    assert typed("30‰", narrow) == f"30{space}‰"
    assert fixed(f"100{space}%", narrow) == f"100{space}%"  # nothing left to do


@pytest.mark.parametrize("text", ["100%20", "le signe % seul", "http://exemple.fr/?q=100%", "`5%`"])
def test_percent_left_alone_without_a_number_before_it_or_in_code(text):
    assert fix_typography(text, narrow=True) == []


def test_the_percent_change_says_why():
    (change,) = fix_typography("100%", narrow=True)
    assert change.rule == "Espace insécable entre le nombre et %"
    assert fix_plain_typography("Plus 20% de clients", True)[0].new == f"{NNBSP}%"


def test_typing_punctuation_after_a_correct_space_changes_nothing():
    assert autocorrect(f"Pourquoi{NNBSP}", "?", True) is None


def test_second_mark_of_a_pair_gets_no_space():
    assert typed("Quoi ?!") == f"Quoi{NNBSP}?!"


def test_typing_after_an_opening_guillemet():
    assert autocorrect("«", "m", True) == Replacement(1, NBSP + "m")
    assert typed("« mot »") == f"«{NBSP}mot{NBSP}»"


@pytest.mark.parametrize(
    ("before", "char"),
    [
        ("voir http", ":"),  # a URL being typed
        ("voir (https", ":"),
        ("voir https://exemple.fr/page", "?"),
        ("voir www.exemple.fr/a", "'"),
        ("du `code", '"'),  # inline code
        ("```\nprint(", '"'),  # fenced code
        ("[^1]", ":"),  # footnote definition label
        ("[ref]", ":"),  # link reference definition
        ("::", ":"),  # container fence
        ("::: exergue", "!"),
        ("[lien](http://a.b/c", "?"),  # link destination
        ("il est 14", ":"),  # time
        ("écrire à jean@exemple", "."),
    ],
)
def test_autocorrect_leaves_code_urls_and_syntax_alone(before, char):
    assert autocorrect(before, char, True) is None


def test_autocorrect_works_again_after_a_closed_code_fence():
    assert autocorrect("```\ncode\n```\nEt alors", "?", True) == Replacement(1, NNBSP + "?")


# Whole piece -----------------------------------------------------------------------


def test_fix_lists_changes_with_french_reasons_and_applies_them():
    body = 'Il dit "oui" et s\'en va... Pourquoi ?'
    changes = fix_typography(body, narrow=True)
    assert all(isinstance(c, TypoChange) and body[c.start : c.end] == c.old for c in changes)
    assert {c.rule for c in changes} >= {
        "Points de suspension : ... devient …",
        "Apostrophe typographique : ' devient ’",
    }
    assert apply_changes(body, changes) == (
        f"Il dit «{NBSP}oui{NBSP}» et s’en va… Pourquoi{NNBSP}?"
    )


def test_colon_always_takes_a_full_nbsp():
    assert fixed("Note : ici", narrow=True) == f"Note{NBSP}: ici"
    assert fixed("Note: ici", narrow=True) == f"Note{NBSP}: ici"


def test_wrong_kind_of_space_is_replaced():
    assert fixed(f"Quoi{NBSP}?", narrow=True) == f"Quoi{NNBSP}?"
    assert fixed(f"Quoi{NNBSP}?", narrow=False) == f"Quoi{NBSP}?"


def test_guillemets_get_their_spaces():
    assert fixed("«mal» et « bien »") == f"«{NBSP}mal{NBSP}» et «{NBSP}bien{NBSP}»"


def test_quotes_around_emphasis_and_footnote_markers():
    body = 'Il a dit "*non*"[^1] !\n\n[^1]: Source: "Le Monde".\n'
    assert fixed(body) == (
        f"Il a dit «{NBSP}*non*{NBSP}»[^1]{NNBSP}!\n\n[^1]: Source{NBSP}: «{NBSP}Le Monde{NBSP}».\n"
    )


@pytest.mark.parametrize(
    "body",
    [
        "Voir http://exemple.fr/a?b=1;c=2 ou www.exemple.fr/x?y",
        "Écrire à redaction@exemple.fr",
        'Le `code "x" : y` reste.',
        '```\nprint("x")...\nif a : b\n```',
        '    code indenté "x" ?',
        'Un [lien](http://a.b/?q=1 "titre") ici.',
        "Une adresse <http://x.y/?z=1> ici.",
        "À 14:20 et 14H20, le taux était de 2.35 et 1.5.",
        "Le ratio 3:1 et a;b.",
        "::: exergue\nTexte\n:::",
        'Un escape \\"ici\\" reste.',
        "Les années 80' et 5'.",
        '![une image "x"](photo.jpg)',
        "## Intertitre",
        "Texte[^1].\n\n[^1]: Note.",
    ],
)
def test_fix_leaves_urls_code_numbers_and_syntax_alone(body):
    assert fix_typography(body, narrow=True) == []


def test_fix_never_touches_markdown_syntax_around_prose():
    body = '## Pourquoi?\n\n> Il dit "non" !\n\n- un "item"\n\n**Question?**\n'
    result = fixed(body)
    assert result.startswith(f"## Pourquoi{NNBSP}?\n\n> Il dit «{NBSP}non{NBSP}»{NNBSP}!")
    assert f"- un «{NBSP}item{NBSP}»" in result
    assert f"**Question{NNBSP}?**" in result


def test_fix_plain_text_fields():
    title = 'Pourquoi "bluffé"?'
    changes = fix_plain_typography(title, narrow=True)
    assert apply_changes(title, changes) == f"Pourquoi «{NBSP}bluffé{NBSP}»{NNBSP}?"


def test_apply_refuses_stale_changes():
    changes = fix_typography("Quoi ?", narrow=True)
    with pytest.raises(ValueError):
        apply_changes("Qui ?", changes)


def test_a_dialog_can_apply_only_some_changes():
    body = "Quoi ? Et ça..."
    changes = fix_typography(body, narrow=True)
    kept = [c for c in changes if c.old == "..."]
    assert apply_changes(body, kept) == "Quoi ? Et ça…"


@pytest.mark.parametrize("page", ["edito_file", "interview_file", "report_file"])
def test_fix_is_idempotent_on_the_real_pieces(page_set, page):
    body = page_set.path(getattr(page_set, page)).read_text(encoding="utf-8")
    once = fixed(body)
    assert once != body
    assert fix_typography(once, narrow=True) == []
    assert fix_typography(fixed(body, narrow=False), narrow=False) == []


# Properties --------------------------------------------------------------------------

ALLOWED = set(" \t\u00a0\u202f\"'’«».…")
_alphabet = st.sampled_from(
    list("abcé Z19.,;:!?%'\"«»()*_`[]^#>-:/\n\u00a0\u202f") + ["http://a.b/?c", "[^1]", "::: "]
)
prose_like = st.lists(_alphabet, max_size=60).map("".join)


def _without_allowed(text: str) -> str:
    return "".join(ch for ch in text if ch not in ALLOWED)


@pytest.mark.parametrize("body", ['"* "', '""" "', '"\t"a', '*;\n"*;*', "`*;*", '";', '" »'])
def test_fix_is_idempotent_on_tricky_inputs(body):
    for narrow in (True, False):
        assert fix_typography(fixed(body, narrow), narrow) == []


@settings(max_examples=400, deadline=None)
@given(prose_like, st.booleans())
def test_fix_is_idempotent(body, narrow):
    once = fixed(body, narrow)
    assert fix_typography(once, narrow) == []


@settings(max_examples=400, deadline=None)
@given(prose_like, st.booleans())
def test_fix_only_changes_spaces_quotes_and_ellipses(body, narrow):
    for change in fix_typography(body, narrow):
        assert body[change.start : change.end] == change.old
        assert _without_allowed(change.old) == _without_allowed(change.new)
        assert change.old.count(".") in (0, 3)


@settings(max_examples=200, deadline=None)
@given(prose_like, st.booleans())
def test_fix_keeps_the_document_structure(body, narrow):
    from workbench.text.markdown import parse

    def shape(text: str) -> list[str]:
        return [t.type for t in parse(text) if t.type != "inline"]

    assert shape(fixed(body, narrow)) == shape(body)


@pytest.mark.parametrize("body", ["`*;*", "*;*", "_!_ et *?*"])
def test_a_change_that_would_break_emphasis_is_dropped(body):
    from workbench.text.markdown import parse

    def shape(text: str) -> list:
        return [
            (t.type, [c.type for c in t.children or [] if c.type != "text"]) for t in parse(text)
        ]

    assert shape(fixed(body)) == shape(body)


def test_the_structure_guard_keeps_the_harmless_changes():
    assert fixed("**Question**? et *;*") == f"**Question**{NNBSP}? et *;*"


def test_fix_piece_lists_changes_per_field():
    from workbench.text.typography import fix_piece

    found = fix_piece('Le "titre"', "Un chapô !", "Un corps sans faute.", narrow=True)
    assert set(found) == {"title", "standfirst"}
    assert apply_changes("Un chapô !", found["standfirst"]) == f"Un chapô{NNBSP}!"


typing_alphabet = st.sampled_from(list("ab é.;:!?%'\"«»()1\n-") + [" mot", "...", "\u00a0"])


@settings(max_examples=400, deadline=None)
@given(st.lists(typing_alphabet, max_size=30).map("".join), st.booleans())
def test_what_autocorrect_produces_needs_no_fixing(text, narrow):
    # Autocorrect is only more careful than the command in two places: a line starting
    # with ::: (a container fence being typed) and a colon right after a digit (a time).
    assume(":::" not in text and "1:" not in text)
    assert fix_typography(typed(text, narrow), narrow) == []


def test_typing_a_space_after_an_opening_guillemet_is_absorbed():
    assert typed('" mot"') == f"«{NBSP}mot{NBSP}»"
    assert typed("«»") == f"«{NBSP}»"
