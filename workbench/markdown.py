"""The house markdown parser: one configuration shared by the preview, counts and exporters.

CommonMark with raw HTML off, footnotes (``[^1]``) and the ``::: exergue`` container
for pull quotes (see DESIGN.md, « House markdown »).

A footnote definition is kept in the token stream even when nothing in the body calls
it: the title or the chapô may call it (``Titre[^1]``), and its text is part of the piece.
Such a note comes after the notes the body calls, with a ``count`` of 0 in the
parser's ``env["footnotes"]["list"]``; the export walk (export/tokens.py) decides where
it is called from and how it is numbered.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore
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
    md.core.ruler.before("footnote_tail", "footnote_keep_uncalled", _keep_uncalled_notes)
    md.use(container_plugin, name=PULL_QUOTE)
    return md


def _keep_uncalled_notes(state: StateCore) -> None:
    """Give every definition the body does not call a place in the footnote list, so that
    the plugin's tail rule keeps its text (it drops such definitions otherwise)."""
    data = state.env.get("footnotes")
    if not data:
        return
    notes = data.setdefault("list", {})
    refs = data.setdefault("refs", {})
    for key, index in list(refs.items()):
        if index < 0:
            refs[key] = len(notes)
            notes[len(notes)] = {"label": key[1:], "count": 0}


def parse(body: str) -> list[Token]:
    """The token stream of a body."""
    return parser().parse(body)


def render_html(body: str) -> str:
    return parser().render(body)
