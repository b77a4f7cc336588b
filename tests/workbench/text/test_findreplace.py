"""Find and replace with whole word, case and accent options."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.text.findreplace import find_all, replace_all

TEXT = "L’Expérience client, l’expérience collaborateur et les expériences."


def found(text: str, needle: str, **kw) -> list[str]:
    return [text[s:e] for s, e in find_all(text, needle, **kw)]


def test_default_ignores_case_and_accents():
    assert found(TEXT, "experience") == ["Expérience", "expérience", "expérience"]


def test_accent_sensitive():
    assert found(TEXT, "experience", accent_sensitive=True) == []
    assert found(TEXT, "expérience", accent_sensitive=True) == [
        "Expérience",
        "expérience",
        "expérience",
    ]


def test_case_sensitive():
    assert found(TEXT, "Experience", case_sensitive=True) == ["Expérience"]


def test_whole_word():
    assert found(TEXT, "experience", whole_word=True) == ["Expérience", "expérience"]
    assert found("client clients", "client", whole_word=True) == ["client"]


def test_positions_map_back_through_ligatures_and_decomposed_accents():
    text = "Un cœur et un coeur, puis e\u0301te\u0301 et été."
    assert found(text, "coeur") == ["cœur", "coeur"]
    assert found(text, "ete") == ["e\u0301te\u0301", "été"]
    assert found("STRASSE und straße", "strasse") == ["STRASSE", "straße"]


def test_plain_space_and_apostrophe_find_typographic_ones():
    text = "Pourquoi\u202f? l’aube"
    assert found(text, "Pourquoi ?") == ["Pourquoi\u202f?"]
    assert found(text, "l'aube", accent_sensitive=True, case_sensitive=True) == ["l’aube"]


def test_empty_needle_finds_nothing():
    assert find_all(TEXT, "") == []


def test_replace_all_counts_and_replaces():
    result, count = replace_all(TEXT, "experience", "relation", whole_word=True)
    assert count == 2
    assert result == "L’relation client, l’relation collaborateur et les expériences."


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="aéEÉœ eu\u0301ßs’'", max_size=30),
    st.text(alphabet="aeEéœs'", min_size=1, max_size=3),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_matches_are_ordered_disjoint_ranges(text, needle, whole, case, accent):
    ranges = find_all(text, needle, whole_word=whole, case_sensitive=case, accent_sensitive=accent)
    previous_end = 0
    for start, end in ranges:
        assert previous_end <= start < end <= len(text)
        previous_end = end
    replaced, count = replace_all(
        text, needle, "X", whole_word=whole, case_sensitive=case, accent_sensitive=accent
    )
    assert count == len(ranges)
    assert len(replaced) == len(text) - sum(e - s for s, e in ranges) + count
