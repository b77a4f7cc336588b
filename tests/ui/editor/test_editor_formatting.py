"""Formatting commands of the editor, on plain strings."""

import pytest

from ui.editor.formatting import (
    apply,
    insert_footnote,
    insert_link,
    next_footnote_label,
    toggle_bold,
    toggle_exergue,
    toggle_intertitre,
    toggle_italic,
    toggle_question,
    toggle_quotation,
    word_at,
)


def run(command, marked, *args):
    """Apply a command to a text where [ and ] mark the selection (| a cursor)."""
    if "|" in marked:
        start = end = marked.index("|")
        text = marked.replace("|", "")
    else:
        start = marked.index("[")
        end = marked.index("]") - 1
        text = marked.replace("[", "", 1).replace("]", "", 1)
    change = command(text, start, end, *args)
    result = apply(text, change)
    return (
        result,
        result[min(change.anchor, change.position) : max(change.anchor, change.position)],
        change,
    )


def test_bold_wraps_and_unwraps_the_selection():
    result, selected, _ = run(toggle_bold, "Un [centre d’appels] moderne")
    assert result == "Un **centre d’appels** moderne"
    assert selected == "centre d’appels"
    again, _, _ = run(toggle_bold, "Un **[centre d’appels]** moderne")
    assert again == "Un centre d’appels moderne"
    inside, _, _ = run(toggle_bold, "Un [**centre**] moderne")
    assert inside == "Un centre moderne"


def test_bold_takes_the_word_at_the_cursor_and_trims_spaces():
    assert run(toggle_bold, "Le plat|eau ouvre")[0] == "Le **plateau** ouvre"
    assert run(toggle_bold, "Le [plateau ]ouvre")[0] == "Le **plateau** ouvre"
    result, selected, change = run(toggle_bold, "Le plat|eau ouvre")
    assert selected == "" and change.position == len("Le **plat")  # the cursor stays
    result, _, change = run(toggle_bold, "Fin. |")
    # Outside a word nothing changes yet: what is typed next is bold (the editor does it).
    assert result == "Fin. " and change.pending == 2 and change.position == 5


@pytest.mark.parametrize(
    ("marked", "expected", "cursor"),
    [
        ("**gras|** normal", "**gras** normal", len("**gras**")),  # steps out of the run
        ("**gras**| normal", "**gras** normal", len("**gras")),  # steps back in
        ("Un **|**", "Un ", 3),  # empty markers go
        ("**très gr|as**", "**très** gras", len("**très** gr")),  # the word only
        ("**gr|as**", "gras", 2),
        ("***gr|as***", "*gras*", 3),
    ],
)
def test_bold_at_the_cursor_like_a_word_processor(marked, expected, cursor):
    result, selected, change = run(toggle_bold, marked)
    assert (result, selected, change.pending) == (expected, "", 0)
    assert change.position == cursor


@pytest.mark.parametrize(
    ("marked", "expected", "selected"),
    [
        ("**un [deux] trois**", "**un** deux **trois**", "deux"),
        ("**[un] deux**", "un **deux**", "un"),
        ("**un [deux]**", "**un** deux", "deux"),
        ("**un** [deux]", "**un** **deux**", "deux"),  # the space between stays plain
        ("**u[n** de]ux", "**un de**ux", "n de"),
        ("[un **deux** trois]", "**un deux trois**", "un deux trois"),
    ],
)
def test_bold_on_a_selection_inside_or_across_runs(marked, expected, selected):
    result, got, change = run(toggle_bold, marked)
    assert (result, got) == (expected, selected)


def test_italic_is_not_confused_with_bold():
    assert run(toggle_italic, "un **[mot]** fort")[0] == "un ***mot*** fort"
    assert run(toggle_italic, "un ***[mot]*** fort")[0] == "un **mot** fort"
    assert run(toggle_bold, "un ***[mot]*** fort")[0] == "un *mot* fort"
    assert run(toggle_italic, "un *[mot]* fort")[0] == "un mot fort"


def test_emphasis_over_two_paragraphs_marks_each_line():
    assert run(toggle_italic, "[Un\n\nDeux]")[0] == "*Un*\n\n*Deux*"


def test_intertitre_toggles():
    assert (
        run(toggle_intertitre, "Texte.\n\nLe tit|re\n\nSuite")[0]
        == "Texte.\n\n## Le titre\n\nSuite"
    )
    assert run(toggle_intertitre, "## Le tit|re")[0] == "Le titre"
    assert run(toggle_intertitre, "# Le tit|re")[0] == "## Le titre"


def test_quotation_keeps_blank_lines_inside():
    assert run(toggle_quotation, "[Un\n\nDeux]")[0] == "> Un\n>\n> Deux"
    assert run(toggle_quotation, "[> Un\n>\n> Deux]")[0] == "Un\n\nDeux"


def test_question_is_a_paragraph_in_bold():
    result, _, _ = run(toggle_question, "Que pense|z-vous du BPO ?\n\nBeaucoup.")
    assert result == "**Que pensez-vous du BPO ?**\n\nBeaucoup."
    back, _, _ = run(toggle_question, "**Que pense|z-vous du BPO ?**\n\nBeaucoup.")
    assert back == "Que pensez-vous du BPO ?\n\nBeaucoup."


def test_one_enter_bounds_a_question_and_a_pull_quote():
    result, _, _ = run(toggle_question, "Que pense|z-vous ?\nBeaucoup.")
    assert result == "**Que pensez-vous ?**\nBeaucoup."
    result, _, _ = run(toggle_question, "Un vers,\\\nun autre| ?\nRéponse.")
    assert result == "**Un vers,\\\nun autre ?**\nRéponse."
    result, _, _ = run(toggle_exergue, "Avant.\nUne phrase| forte.\nAprès.")
    assert result == "Avant.\n::: exergue\nUne phrase forte.\n:::\nAprès."
    back, _, _ = run(toggle_exergue, result.replace("phrase", "phr|ase"))
    assert back == "Avant.\nUne phrase forte.\nAprès."


def test_exergue_wraps_and_unwraps_a_paragraph():
    result, _, _ = run(toggle_exergue, "Avant.\n\nUne phrase| forte.\n\nAprès.")
    assert result == "Avant.\n\n::: exergue\nUne phrase forte.\n:::\n\nAprès."
    back, _, _ = run(toggle_exergue, "Avant.\n\n::: exergue\nUne phrase| forte.\n:::\n\nAprès.")
    assert back == "Avant.\n\nUne phrase forte.\n\nAprès."
    empty, _, change = run(toggle_exergue, "Avant.\n\n|")
    assert empty == "Avant.\n\n::: exergue\n\n:::"
    assert change.position == len("Avant.\n\n::: exergue\n")


def test_footnote_reference_definition_and_cursor():
    text = "Selon Gartner| les chiffres montent.\n"
    result, _, change = run(insert_footnote, text)
    assert result == "Selon Gartner[^1] les chiffres montent.\n\n[^1]: "
    assert change.position == len(result)
    second, _, change = run(insert_footnote, result.replace("montent", "mont|ent"))
    assert second == "Selon Gartner[^1] les chiffres mont[^2]ent.\n\n[^1]: \n\n[^2]: "
    assert change.position == len(second)
    assert next_footnote_label("a[^1] b[^7] c[^x]") == "8"


def test_footnote_at_the_end_of_the_text():
    result, _, change = run(insert_footnote, "Fin|")
    assert result == "Fin[^1]\n\n[^1]: "
    assert change.position == len(result)


def test_link():
    result, selected, _ = run(insert_link, "Voir [le site] ici", "https://example.org", "texte")
    assert result == "Voir [le site](https://example.org) ici"
    assert selected == "le site"
    result, selected, _ = run(insert_link, "Voir |", "https://example.org", "texte du lien")
    assert result == "Voir [texte du lien](https://example.org)"
    assert selected == "texte du lien"


@pytest.mark.parametrize(
    "text, position, word",
    [("l’expérience client", 3, "l’expérience"), ("a  b", 2, ""), ("peut-être.", 9, "peut-être")],
)
def test_word_at(text, position, word):
    start, end = word_at(text, position)
    assert text[start:end] == word


def at_cursor(command, marked):
    """The result with the cursor shown as |, and what is selected (never anything)."""
    result, selected, change = run(command, marked)
    assert change.anchor == change.position, "a toggle with no selection selects nothing"
    return result[: change.position] + "|" + result[change.position :]


@pytest.mark.parametrize(
    ("marked", "expected"),
    [
        ("Un **|**", "Un |"),
        # At the end of a bold run: step out, the next key types plain text.
        ("Un **gras|** suite", "Un **gras**| suite"),
        # Inside a word: the whole word, the cursor stays where it was.
        ("Le plat|eau ouvre", "Le **plat|eau** ouvre"),
        ("x **gr|as** y", "x gr|as y"),
        # Inside a longer run: only that word leaves it, the rest stays bold.
        ("Un **deux mo|ts** fin", "Un **deux** mo|ts fin"),
        ("Un **deu|x mots** fin", "Un deu|x **mots** fin"),
    ],
)
def test_bold_without_a_selection_acts_like_a_word_processor(marked, expected):
    assert at_cursor(toggle_bold, marked) == expected


def test_italic_without_a_selection():
    assert at_cursor(toggle_italic, "un *|*") == "un |"
    assert at_cursor(toggle_italic, "un *ital|ique* fin") == "un ital|ique fin"
    assert at_cursor(toggle_italic, "un **gr|as** fin") == "un ***gr|as*** fin"


def test_part_of_a_bold_run_selected_leaves_it():
    result, selected, _ = run(toggle_bold, "Un **d[eux m]ots** fin")
    assert (result, selected) == ("Un **d**eux m**ots** fin", "eux m")
    assert run(toggle_bold, "Un **[deux] mots** fin")[0] == "Un deux **mots** fin"
    assert run(toggle_bold, "Un **deux [mots]** fin")[0] == "Un **deux** mots fin"
