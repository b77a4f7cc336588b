"""The house markdown parser: one configuration shared by the preview, counts and exporters.

CommonMark with raw HTML off, footnotes (``[^1]``) and the ``::: exergue`` container
for pull quotes (see DESIGN.md, « House markdown »).

Paragraphs (the storage rule of a body)
---------------------------------------
A body is stored as the writer typed it in the editor, where one Enter makes one line.
It is read with one rule on top of CommonMark, applied by :func:`paragraph_breaks` before
every parse (:func:`parse`, :func:`render_html`, the exporters' token walk, the counts):

* **a single newline ends a paragraph**, exactly like a blank line: ``"Un\\nDeux"`` is
  two paragraphs, as the editor shows it and as a writer coming from Word means it;
* a **line break inside a paragraph** (Maj+Entrée in the editor) is stored as a markdown
  hard break, a backslash at the end of the line (``"Un\\\\\\nDeux"``); two trailing spaces
  are read the same way. Every exporter prints it as a real line break;
* what CommonMark already reads line by line is left alone: the lines of a code block
  (fenced, or indented by four spaces), a setext heading's underline (``===``), and the
  lines of a quotation, which stay one quotation of several paragraphs.

Bodies written by the importers already separate paragraphs with blank lines and never
wrap a paragraph over several lines, so they read as before. A Markdown file from
elsewhere may wrap its paragraphs: the Markdown importer joins those lines first
(:func:`unwrap`), so that the file keeps the meaning any CommonMark reader gives it. The
Markdown export writes :func:`paragraph_breaks` of the body, plain CommonMark.

Notes
-----
A footnote definition is kept in the token stream even when nothing in the body calls
it: the title or the chapô may call it (``Titre[^1]``), and its text is part of the piece.
Such a note comes after the notes the body calls, with a ``count`` of 0 in the
parser's ``env["footnotes"]["list"]``; the export walk (export/tokens.py) decides where
it is called from and how it is numbered.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore
    from markdown_it.token import Token

PULL_QUOTE = "exergue"

# A hard break in the editor's storage: a backslash ending the line (Maj+Entrée).
HARD_BREAK = "\\\n"

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_QUOTE_PREFIX = re.compile(r"^(?: {0,3}>[ ]?)+")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_INDENTED = re.compile(r"^(?: {4}|\t)")
_THEMATIC = r"(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$"
# A line that is a block on its own (nothing continues it): heading, container, rule.
_LINE_BLOCK = re.compile(r"^ {0,3}(?:#{1,6}(?:[ \t]|$)|:::|(?:=+|-+)[ \t]*$|" + _THEMATIC + ")")
# A line that starts a block of its own (it never continues the paragraph above it).
_BLOCK_START = re.compile(
    r"^ {0,3}(?:#{1,6}(?:[ \t]|$)|>|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|```|~~~|:::"
    r"|\[\^[^\]\s]+\]:|" + _THEMATIC + ")"
)


def ends_with_hard_break(line: str) -> bool:
    """Whether a line ends with a markdown hard break (an unescaped ``\\``, or two spaces)."""
    if line.endswith("  "):
        return True
    trailing = len(line) - len(line.rstrip("\\"))
    return trailing % 2 == 1


def _is_blank(line: str) -> bool:
    """An empty line, or one holding only quotation marks (``>``): a paragraph break."""
    if not line.strip():
        return True
    prefix = _QUOTE_PREFIX.match(line)
    return prefix is not None and not line[prefix.end() :].strip()


class _Lines:
    """The lines of a body with what CommonMark reads line by line marked: fenced code."""

    def __init__(self, body: str) -> None:
        self.lines = body.split("\n")
        self.in_fence = [False] * len(self.lines)  # inside a fence (its lines stay together)
        fence: str | None = None
        for index, line in enumerate(self.lines):
            found = _FENCE.match(line)
            if fence is not None:
                self.in_fence[index] = True
                marker = found.group(1) if found else ""
                closing = marker[:1] == fence[0] and len(marker) >= len(fence)
                if closing and found and not line[found.end() :].strip():
                    fence = None
            elif found:
                fence = found.group(1)
                self.in_fence[index] = True

    def soft_break(self, index: int) -> bool:
        """Whether the newline after line ``index`` is one CommonMark reads as a soft break
        inside a paragraph, and the house rule as a paragraph break."""
        lines = self.lines
        if index + 1 >= len(lines) or self.in_fence[index] or self.in_fence[index + 1]:
            return False
        above, below = lines[index], lines[index + 1]
        if _is_blank(above) or _is_blank(below):
            return False
        quote_above, quote_below = _QUOTE_PREFIX.match(above), _QUOTE_PREFIX.match(below)
        if quote_below and not quote_above:
            return False  # a quotation starts
        if quote_above and quote_below:  # two lines of one quotation
            above, below = above[quote_above.end() :], below[quote_below.end() :]
        if _LINE_BLOCK.match(above) or _BLOCK_START.match(below) or _SETEXT.match(below):
            return False
        if ends_with_hard_break(above):
            return False
        return not (_INDENTED.match(above) and _INDENTED.match(below))


def paragraph_breaks(body: str) -> str:
    """The body in plain CommonMark under the house rule: every single newline that ends a
    paragraph becomes a blank line (``>`` inside a quotation). Idempotent; a body whose
    paragraphs are already separated by blank lines is returned as it is."""
    if "\n" not in body.strip("\n"):
        return body
    lines = _Lines(body)
    out: list[str] = []
    for index, line in enumerate(lines.lines):
        out.append(line)
        if lines.soft_break(index):
            above = _QUOTE_PREFIX.match(line)
            below = _QUOTE_PREFIX.match(lines.lines[index + 1])
            out.append(below.group(0).rstrip() if above and below else "")
    return "\n".join(out)


def unwrap(markdown: str) -> str:
    """A CommonMark text whose paragraphs may be wrapped over several lines, with each
    paragraph on one line (so that the house rule reads it as CommonMark does)."""
    if "\n" not in markdown.strip("\n"):
        return markdown
    lines = _Lines(markdown)
    out: list[str] = []
    joining = False
    for index, line in enumerate(lines.lines):
        if joining:
            prefix = _QUOTE_PREFIX.match(line)
            rest = line[prefix.end() :] if prefix else line
            out[-1] = out[-1].rstrip() + " " + rest.strip()
        else:
            out.append(line)
        joining = lines.soft_break(index)
    return "\n".join(out)


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """The shared, configured parser (do not mutate it: build one with :func:`new_parser`).

    It reads CommonMark: give it :func:`paragraph_breaks` of a body (as :func:`parse` does).
    """
    return new_parser()


def new_parser() -> MarkdownIt:
    """A fresh parser with the house configuration, for tools that instrument its rules."""
    from markdown_it import MarkdownIt  # noqa: PLC0415 - start-up: markdown-it loads on first use
    from mdit_py_plugins.container import container_plugin  # noqa: PLC0415 - start-up: markdown-it loads on first use
    from mdit_py_plugins.footnote import footnote_plugin  # noqa: PLC0415 - start-up: markdown-it loads on first use

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


def parse(body: str, env: dict | None = None) -> list[Token]:
    """The token stream of a body, read with the house paragraph rule."""
    return parser().parse(paragraph_breaks(body), env)


def render_html(body: str) -> str:
    return parser().render(paragraph_breaks(body))
