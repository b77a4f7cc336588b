"""Where the prose is in a markdown body: the source ranges a typography or spelling rule may read.

The house parser's inline rules are instrumented (on a private copy of the parser) to record
which source characters the ``text`` rule, or the fallback that takes a single character, put
into a text token. Everything else (code spans, autolinks, link destinations, footnote
references, escapes, entities, emphasis markers, block markup such as ``##``, ``>``, ``[^1]:``
or ``::: exergue``, code blocks) is not prose and is never handed to a rule.

Each paragraph, heading or footnote paragraph becomes a :class:`ProseBlock`: its printed text
(``text``) where each non-prose piece is replaced by a stand-in (a line break, or one
OPAQUE character) so that rules looking at neighbours keep their context, and the
``segments`` of that text that map one to one to the source.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from workbench.text.markdown import new_parser

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline

# Stand-in for a printed but opaque piece of a paragraph (code span, footnote marker, URL…).
OPAQUE = "\ufffc"
_SPANS_KEY = "_workbench_prose_spans"


@dataclass(frozen=True, slots=True)
class Segment:
    """``length`` characters of prose found at ``text_start`` in the block and ``source_start``
    in the body."""

    text_start: int
    source_start: int
    length: int

    @property
    def text_end(self) -> int:
        return self.text_start + self.length


@dataclass(frozen=True, slots=True)
class ProseBlock:
    """``source_start``/``source_end``: the body range of the block's source lines."""

    text: str
    segments: tuple[Segment, ...]
    source_start: int = 0
    source_end: int = 0

    def to_source(self, start: int, end: int) -> tuple[int, int] | None:
        """The body range of ``text[start:end]``, or None when it is not inside a single
        segment (it would touch markup). ``start < end`` is required."""
        starts = [s.text_start for s in self.segments]
        index = bisect.bisect_right(starts, start) - 1
        if index < 0 or start >= end:
            return None
        segment = self.segments[index]
        if end > segment.text_end:
            return None
        offset = segment.source_start - segment.text_start
        return start + offset, end + offset


def _instrument(md: MarkdownIt) -> MarkdownIt:
    """Wrap the inline rules so that the source ranges put into text tokens are recorded."""

    def record(state: StateInline, start: int) -> None:
        spans = state.env.setdefault(_SPANS_KEY, {})
        # The list is kept with its spans so that its id cannot be reused during the parse.
        entry = spans.setdefault(id(state.tokens), (state.tokens, []))
        entry[1].append((start, state.pos))

    original_text = None
    for rule in md.inline.ruler.__rules__:
        if rule.name == "text":
            original_text = rule.fn
    assert original_text is not None

    def text_rule(state: StateInline, silent: bool) -> bool:
        start = state.pos
        ok = original_text(state, silent)
        if ok and not silent:
            record(state, start)
        return ok

    def single_character(state: StateInline, silent: bool) -> bool:
        # What ParserInline.tokenize does when no rule matches, made visible.
        start = state.pos
        if not silent:
            state.append_pending(state.src[start])
        state.pos += 1
        if not silent:
            record(state, start)
        return True

    md.inline.ruler.at("text", text_rule)
    md.inline.ruler.push("workbench_single_character", single_character)
    # text_join swaps each inline token's children for a new list, which would break the
    # link between recorded spans (keyed by the list) and their token.
    md.core.ruler.disable("text_join")
    return md


@lru_cache(maxsize=1)
def _prose_parser() -> MarkdownIt:
    return _instrument(new_parser())


def _line_starts(body: str) -> list[int]:
    starts = [0]
    index = body.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = body.find("\n", index + 1)
    return starts


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _gap_stand_in(gap: str) -> str:
    """A line break stays a line break; anything else (even an emphasis marker, which a rule
    must not see as a space) is one opaque character."""
    if "\n" not in gap:
        return OPAQUE
    first, *_, last = gap.split("\n")
    return (OPAQUE if first.strip() else "") + "\n" + (OPAQUE if last.strip() else "")


def _content_lines(
    content: str, first_line: int, body: str, line_starts: list[int]
) -> tuple[list[int], list[int | None]]:
    """Where each line of an inline token's content starts, in the content and in the body
    (None when the line cannot be found verbatim in its source line)."""
    content_starts: list[int] = []
    body_starts: list[int | None] = []
    position = 0
    for i, line in enumerate(content.split("\n")):
        line_no = first_line + i
        found = -1
        if line_no < len(line_starts):
            source_start = line_starts[line_no]
            source_end = line_starts[line_no + 1] if line_no + 1 < len(line_starts) else len(body)
            found = body.find(line, source_start, source_end)
        content_starts.append(position)
        body_starts.append(None if found == -1 else found)
        position += len(line) + 1
    return content_starts, body_starts


def prose_blocks(body: str) -> list[ProseBlock]:
    """The prose of every paragraph, heading and footnote of ``body``, in token order."""
    env: dict = {}
    tokens = _prose_parser().parse(body, env)
    spans_by_list: dict[int, tuple[list, list[tuple[int, int]]]] = env.get(_SPANS_KEY, {})
    line_starts = _line_starts(body)
    blocks: list[ProseBlock] = []
    for token in tokens:
        if token.type != "inline" or token.map is None:
            continue
        entry = spans_by_list.get(id(token.children))
        if entry is None or entry[0] is not token.children:
            continue
        spans = entry[1]
        content = token.content
        content_starts, body_starts = _content_lines(content, token.map[0], body, line_starts)
        parts: list[str] = []
        segments: list[Segment] = []
        length = 0
        cursor = 0
        for start, end in _merge(spans):
            if start > cursor:
                stand_in = _gap_stand_in(content[cursor:start])
                parts.append(stand_in)
                length += len(stand_in)
            # A span never holds a newline: it lies within one content line.
            line = bisect.bisect_right(content_starts, start) - 1
            body_start = body_starts[line]
            if body_start is not None:
                segments.append(
                    Segment(length, body_start + start - content_starts[line], end - start)
                )
            parts.append(content[start:end])
            length += end - start
            cursor = end
        if cursor < len(content):
            parts.append(_gap_stand_in(content[cursor:]))
        first, last = token.map
        source_start = line_starts[first] if first < len(line_starts) else len(body)
        source_end = line_starts[last] if last < len(line_starts) else len(body)
        blocks.append(ProseBlock("".join(parts), tuple(segments), source_start, source_end))
    return blocks


def prose_ranges(body: str) -> list[tuple[int, int]]:
    """Body ranges that are prose (what a spelling or typography rule may look at)."""
    ranges: list[tuple[int, int]] = []
    for block in prose_blocks(body):
        for segment in block.segments:
            start = segment.source_start
            ranges.append((start, start + segment.length))
    return ranges
