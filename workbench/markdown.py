"""The house markdown parser: one configuration shared by the preview, counts and exporters.

CommonMark with raw HTML off, footnotes (``[^1]``) and the ``::: exergue`` container
for pull quotes (see DESIGN.md, « House markdown »), and one house rule: **a line is a
paragraph**. A writer presses Enter once for a new paragraph, as in a word processor, and
the editor stores one newline; CommonMark would join the two lines into one paragraph
(a « soft break »), so :func:`_line_paragraphs` splits paragraphs at their soft breaks,
for the editor's preview, the counts and every export alike. Bodies with blank lines
between paragraphs (imports, older pieces) read exactly as before. A deliberate line break
inside a paragraph (Maj+Entrée) is CommonMark's hard break, a backslash at the end of the
line (``\\``), and stays a line break everywhere.
"""

from __future__ import annotations

from copy import copy
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

PULL_QUOTE = "exergue"


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """The shared, configured parser (do not mutate it: build one with :func:`new_parser`)."""
    return new_parser()


def new_parser() -> MarkdownIt:
    """A fresh parser with the house configuration, for tools that instrument its rules."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.container import container_plugin
    from mdit_py_plugins.footnote import footnote_plugin

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.use(footnote_plugin)
    md.use(container_plugin, name=PULL_QUOTE)
    md.core.ruler.after("inline", "line_paragraphs", _line_paragraphs)
    return md


def _line_paragraphs(state) -> None:  # state: markdown_it.rules_core.StateCore
    """Split each paragraph at its soft breaks: one line, one paragraph (see the module).

    A soft break inside an emphasis that goes on to the next line is left as it is (the
    two lines stay one paragraph), so no emphasis is ever cut in two.
    """
    tokens = state.tokens
    result = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if (
            token.type == "paragraph_open"
            and index + 2 < len(tokens)
            and tokens[index + 1].type == "inline"
            and any(child.type == "softbreak" for child in tokens[index + 1].children or [])
        ):
            result.extend(_split_paragraph(token, tokens[index + 1], tokens[index + 2]))
            index += 3
            continue
        result.append(token)
        index += 1
    state.tokens = result


def _split_paragraph(opening, inline, closing) -> list:
    lines: list[list] = [[]]
    depth = 0
    for child in inline.children or []:
        if child.type == "softbreak" and depth == 0:
            lines.append([])
            continue
        depth += child.nesting
        lines[-1].append(child)
    sources = inline.content.split("\n")
    if len(sources) != len(lines):  # an emphasis kept two lines together
        sources = _group_sources(sources, inline.children or [])
    first_line = opening.map[0] if opening.map else None
    tokens = []
    line_number = first_line
    for children, source in zip(lines, sources, strict=True):
        span = source.count("\n") + 1
        line_map = [line_number, line_number + span] if line_number is not None else None
        for template, extra in (
            (opening, {}),
            (inline, {"children": children, "content": source}),
            (closing, {}),
        ):
            token = copy(template)
            token.map = line_map
            for name, value in extra.items():
                setattr(token, name, value)
            tokens.append(token)
        if line_number is not None:
            line_number += span
    return tokens


def _group_sources(sources: list[str], children: list) -> list[str]:
    """The source lines joined as the children were: a soft break kept inside an
    emphasis keeps its two lines in one paragraph."""
    grouped = [sources[0]]
    depth = 0
    line = 1
    for child in children:
        if child.type == "softbreak":
            if depth == 0:
                grouped.append(sources[line])
            else:
                grouped[-1] += "\n" + sources[line]
            line += 1
            continue
        depth += child.nesting
    return grouped


def parse(body: str) -> list[Token]:
    """The token stream of a body."""
    return parser().parse(body)


def render_html(body: str) -> str:
    return parser().render(body)
