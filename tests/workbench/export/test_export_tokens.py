"""The shared walk of the token stream: roles, runs, footnotes, cleaning."""

from __future__ import annotations

from workbench.export.styles import CharRole, Role
from workbench.export.tokens import body_document, clean, footnote_marker, footnote_report


def roles(body: str, kind: str = "reportage") -> list[tuple[Role, str]]:
    return [(b.role, b.text) for b in body_document(body, kind=kind).body]


def test_house_conventions_give_roles() -> None:
    body = "Texte.\n\n## Intertitre\n\n> Une citation\n\n::: exergue\nUne exergue\n:::\n\n- un\n- deux\n"
    assert roles(body) == [
        (Role.BODY, "Texte."),
        (Role.SUBHEAD, "Intertitre"),
        (Role.QUOTE, "Une citation"),
        (Role.PULL_QUOTE, "Une exergue"),
        (Role.LIST_ITEM, "– un"),
        (Role.LIST_ITEM, "– deux"),
    ]


def test_interview_bold_paragraph_is_a_question_and_what_follows_the_answer() -> None:
    body = (
        "Chapeau.\n\n**Pourquoi ?**\n\nParce que.\n\nEt aussi.\n\n**Et *demain* ?**\n\nOn verra.\n"
    )
    assert roles(body, "interview") == [
        (Role.BODY, "Chapeau."),
        (Role.QUESTION, "Pourquoi ?"),
        (Role.ANSWER, "Parce que."),
        (Role.ANSWER, "Et aussi."),
        (Role.QUESTION, "Et demain ?"),
        (Role.ANSWER, "On verra."),
    ]
    question = body_document(body, kind="interview").body[1]
    assert not any(run.bold for run in question.runs)  # the paragraph style carries it


def test_bold_paragraph_outside_an_interview_stays_text() -> None:
    assert roles("**Tout en gras.**", "reportage") == [(Role.BODY, "Tout en gras.")]


def test_inline_runs_and_footnotes_in_reading_order() -> None:
    body = "Un *mot*[^b] et **fort**[^a].\n\n[^a]: Note A.\n[^b]: Note *B*.\n"
    document = body_document(body, footnote_style="symbols")
    runs = document.body[0].runs
    assert [(r.text, r.char_role) for r in runs] == [
        ("Un ", None),
        ("mot", CharRole.ITALIC),
        ("*", CharRole.NOTE_REF),
        (" et ", None),
        ("fort", CharRole.BOLD),
        ("**", CharRole.NOTE_REF),
        (".", None),
    ]
    assert [(n.number, n.marker, n.blocks[0].text) for n in document.footnotes] == [
        (1, "*", "Note B."),
        (2, "**", "Note A."),
    ]
    numbered = body_document(body, footnote_style="numbers")
    assert [n.marker for n in numbered.footnotes] == ["1", "2"]


def test_markers() -> None:
    assert [footnote_marker(n, "symbols") for n in (1, 2, 3)] == ["*", "**", "***"]
    assert footnote_marker(12, "numbers") == "12"


def test_no_break_spaces_and_line_breaks_are_kept() -> None:
    document = body_document("Bonjour\u202f! 12\u00a0544  \nfin")
    assert document.body[0].text == "Bonjour\u202f! 12\u00a0544\nfin"


def test_unsafe_links_keep_only_their_text() -> None:
    runs = body_document("[a](ftp://x.org/f) [b](https://example.org)").body[0].runs
    assert [(r.text, r.href) for r in runs] == [("a ", None), ("b", "https://example.org")]
    # markdown-it itself refuses javascript: links: they stay plain text, never a link
    runs = body_document("[a](javascript:alert(1))").body[0].runs
    assert all(r.href is None for r in runs)


def test_clean_drops_characters_xml_cannot_hold() -> None:
    assert clean("a\x00b\x0bc\ufffed\r\ne") == "abcd\ne"


def test_footnote_report() -> None:
    report = footnote_report("Un[^1] deux[^2].\n\n[^1]: ok\n[^3]: orpheline\n")
    assert report.undefined == ("2",)
    assert report.unused == ("3",)
