"""Markdown export: front matter with the public names, the body as plain CommonMark."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.export.markdown import read_markdown, write_markdown
from workbench.records import ContributorCredit, PieceDetail
from workbench.text.markdown import paragraph_breaks, parse

PIECE = PieceDetail(
    id=7,
    publication_id=1,
    publication="En-Contact",
    issue_id=1,
    issue_number=82,
    section_id=None,
    kind="edito",
    title="À vous de jouer !",
    standfirst="",
    body="Texte.\n",
    status="valide",
    target_signs=3500,
    due_date=None,
    position=0,
    first_page=3,
    page_count=1,
    published_at=datetime(2014, 10, 26, 18, 23),
    signature_note="Édito rédigé en octobre 2014",
    edito_number=82,
    version=4,
    deleted=False,
    created_at=datetime(2014, 10, 1),
    updated_at=datetime(2014, 10, 26),
    contributors=(ContributorCredit("Manuel Jacquinet", "author"),),
)


def test_front_matter_fields_and_body() -> None:
    text = write_markdown(PIECE).decode("utf-8")
    assert text.startswith("---\ntitle: À vous de jouer !\nkind: edito\n")
    meta, body = read_markdown(text)
    assert body == "Texte.\n"
    assert "id" not in meta and "deleted" not in meta and "body" not in meta
    assert meta["contributors"] == [{"name": "Manuel Jacquinet", "role": "author"}]
    assert meta["published_at"] == "2014-10-26T18:23:00" and meta["edito_number"] == 82
    assert meta["issue"] == 82 and meta["publication"] == "En-Contact"


@settings(max_examples=150, deadline=None)
@given(
    title=st.text(min_size=1, max_size=60),
    body=st.text(max_size=200),
    note=st.text(max_size=40),
)
def test_anything_reads_back(title: str, body: str, note: str) -> None:
    piece = replace(PIECE, title=title, body=body, signature_note=note)
    meta, read_body = read_markdown(write_markdown(piece).decode("utf-8"))
    # The body as stored, each paragraph break a blank line: the same paragraphs.
    assert read_body == paragraph_breaks(body)
    assert paragraph_breaks(read_body) == read_body
    assert [t.type for t in parse(read_body)] == [t.type for t in parse(body)]
    assert meta["title"] == title and meta["signature_note"] == note


def test_one_enter_paragraphs_and_line_breaks_for_any_markdown_reader() -> None:
    piece = replace(PIECE, body="Un.\nDeux, ligne\\\nsuite.\n")
    _, body = read_markdown(write_markdown(piece).decode("utf-8"))
    assert body == "Un.\n\nDeux, ligne\\\nsuite.\n"
