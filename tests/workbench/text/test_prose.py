"""Which characters of a body are prose: the ground for typography and spelling."""

from __future__ import annotations

from workbench.text.prose import OPAQUE, prose_blocks, prose_ranges


def prose(body: str) -> list[str]:
    return [body[start:end] for start, end in prose_ranges(body)]


def test_segments_map_back_to_the_body_exactly():
    body = "> Il dit *oui*\n> encore [lien](http://a.b) ici\n\n1. un `code` point\n"
    for block in prose_blocks(body):
        for segment in block.segments:
            source = body[segment.source_start : segment.source_start + segment.length]
            assert source == block.text[segment.text_start : segment.text_end]


def test_markup_code_and_urls_are_not_prose():
    body = (
        "## Titre\n\nUn `code` et <http://x.y> puis [texte](http://dest) et **gras**[^1].\n\n"
        "[^1]: La note.\n\n::: exergue\nCitation\n:::\n\n```\nprogramme\n```\n"
    )
    found = prose(body)
    assert "Titre" in found and "La note." in found and "Citation" in found
    joined = "".join(found)
    for never in ("##", "code", "http", "dest", "**", "[^1]", ":::", "exergue", "programme"):
        assert never not in joined


def test_printed_text_keeps_context_with_stand_ins():
    (block,) = prose_blocks("Un `code`, une *emphase*\net la suite.")
    assert block.text == f"Un {OPAQUE}, une {OPAQUE}emphase{OPAQUE}\net la suite."


def test_to_source_refuses_a_range_that_crosses_markup():
    body = "*mot*?"
    (block,) = prose_blocks(body)
    assert block.text == f"{OPAQUE}mot{OPAQUE}?"
    assert block.to_source(5, 6) == (5, 6)
    assert block.to_source(3, 6) is None
