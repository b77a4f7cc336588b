"""HTML: escaped, no script, well-formed for any body (property tests)."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from workbench.export.html import Figure, IndexEntry, write_html, write_index
from workbench.export.icml import write_icml
from workbench.export.tokens import Document, body_document

ALLOWED_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "nav",
    "a",
    "article",
    "h1",
    "h2",
    "p",
    "blockquote",
    "em",
    "strong",
    "sup",
    "span",
    "br",
    "aside",
    "figure",
    "img",
    "figcaption",
    "table",
    "tr",
    "td",
}
VOID = {"meta", "br", "img"}


class Checker(HTMLParser):
    """Collects tags and checks that every element is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.stack: list[str] = []
        self.text: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)
        self.attrs += attrs
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag) -> None:
        assert self.stack and self.stack[-1] == tag, (tag, self.stack)
        self.stack.pop()

    def handle_data(self, data) -> None:
        self.text.append(data)


def check(data: bytes) -> Checker:
    checker = Checker()
    checker.feed(data.decode("utf-8"))
    checker.close()
    assert not checker.stack
    assert set(checker.tags) <= ALLOWED_TAGS
    return checker


def page(body: str, title: str = "Titre") -> bytes:
    document = body_document(body, kind="interview")
    return write_html(Document((), document.body, (), document.footnotes), title=title)


def test_script_in_title_and_body_is_escaped() -> None:
    data = page("<script>alert(1)</script> **<img src=x onerror=y>**", title="<script>x</script>")
    checker = check(data)
    assert "script" not in checker.tags
    assert b"<script" not in data and b"<img src=x" not in data
    assert "<script>alert(1)</script>" in "".join(checker.text)
    assert b"Content-Security-Policy" in data


def test_notes_links_and_figures() -> None:
    document = body_document(
        'Un[^1] [lien](https://ex.org/?a="b") et [mauvais](javascript:x).\n\n[^1]: Note.\n'
    )
    data = write_html(
        document, title="T", issue_label="N°82", figures=[Figure("../images/a.png", '"<l>"', "C")]
    )
    checker = check(data)
    hrefs = [value for name, value in checker.attrs if name == "href"]
    assert hrefs == ["index.html", "#note-1", "https://ex.org/?a=%22b%22"]
    assert ("id", "note-1") in checker.attrs
    assert ("src", "../images/a.png") in checker.attrs
    assert '"<l>"' in "".join(checker.text)


def test_index_lists_pieces() -> None:
    data = write_index(
        "N°82 <b>", [IndexEntry("p. 3", "À <vous>", "Édito", "M. J.", "p003-a.html")]
    )
    checker = check(data)
    assert ("href", "p003-a.html") in checker.attrs
    assert "À <vous>" in "".join(checker.text)


bodies = st.text(
    alphabet=st.sampled_from(list("ab <>&\"'*_#>[]^:()!`\\-\n \u00a0\u202f\x00\x01\x0b"))
    | st.characters(),
    max_size=300,
)


@settings(max_examples=200, deadline=None)
@given(body=bodies, title=st.text(max_size=40))
def test_any_body_gives_well_formed_escaped_html(body: str, title: str) -> None:
    data = page(body, title=title)
    checker = check(data)
    assert "script" not in checker.tags
    assert all(
        name
        in {
            "href",
            "id",
            "class",
            "title",
            "lang",
            "charset",
            "http-equiv",
            "content",
            "src",
            "alt",
            "rel",
        }
        for name, _ in checker.attrs
    )


@settings(max_examples=200, deadline=None)
@given(body=bodies, title=st.text(max_size=40), style=st.sampled_from(["symbols", "numbers"]))
def test_any_body_gives_well_formed_icml(body: str, title: str, style: str) -> None:
    document = body_document(body, kind="interview", footnote_style=style)
    root = etree.fromstring(write_icml(document, footnote_style=style, title=title))
    assert root.tag == "Document"
    allowed = {
        "Document",
        "RootCharacterStyleGroup",
        "RootParagraphStyleGroup",
        "CharacterStyle",
        "ParagraphStyle",
        "Properties",
        "BasedOn",
        "Story",
        "StoryPreference",
        "ParagraphStyleRange",
        "CharacterStyleRange",
        "Content",
        "Br",
        "Footnote",
    }
    assert {e.tag for e in root.iter() if isinstance(e.tag, str)} <= allowed
    # every character of text that reached the story is in Content elements
    text = "".join("".join(c.itertext()) for c in root.iter("Content"))
    for block in document.body:
        assert block.text.replace("\n", "\u2028") in text
