"""The house markdown parser: one configuration shared by the preview, counts and exporters.

CommonMark with raw HTML off, footnotes (``[^1]``) and the ``::: exergue`` container
for pull quotes (see DESIGN.md, « House markdown »).
"""

from __future__ import annotations

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
    return md


def parse(body: str) -> list[Token]:
    """The token stream of a body."""
    return parser().parse(body)


def render_html(body: str) -> str:
    return parser().render(body)
