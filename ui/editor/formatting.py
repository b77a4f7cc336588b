"""Formatting commands as text transformations, free of Qt so they are tested on strings.

Each command takes the body and a selection (``start``, ``end``: character offsets, start
<= end) and returns a :class:`Change`: the edits to make, in the coordinates of the text it
was given, and the selection to set afterwards, in the coordinates of the result. The editor
applies a change as one undo step. The markup written is the house markdown (DESIGN.md):
``**gras**``, ``*italique*``, ``## intertitre``, ``> citation``, a paragraph entirely in bold
for an interview question, ``::: exergue`` … ``:::`` and footnotes ``[^1]`` … ``[^1]: texte``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from workbench.text.markdown import ends_with_hard_break

EXERGUE_OPEN = "::: exergue"
CONTAINER_CLOSE = ":::"
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)")
_INTERTITRE = re.compile(r"^ {0,3}##(?:[ \t]+|$)")
_QUOTE = re.compile(r"^ {0,3}> ?")
_QUESTION = re.compile(r"^(\s*)\*\*(.+)\*\*(\s*)$", re.DOTALL)
_LABEL = re.compile(r"\[\^([^\]\s]+)\]")
_WORD_CHARS = re.compile(r"[\w’'-]")


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` by ``new``."""

    start: int
    end: int
    new: str


@dataclass(frozen=True, slots=True)
class Change:
    """Non-overlapping edits of the original text, and the selection of the result."""

    edits: tuple[Edit, ...]
    anchor: int
    position: int
    # Emphasis to put on what is typed next at the cursor (1 italic, 2 bold, 0 none): a
    # toggle at a cursor outside a word changes nothing yet, as in a word processor.
    pending: int = 0


def apply(text: str, change: Change) -> str:
    """The text with a change's edits made (what the editor does with a QTextCursor)."""
    for edit in sorted(change.edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.new + text[edit.end :]
    return text


def _shift(edits: tuple[Edit, ...], offset: int) -> int:
    """Where ``offset`` of the original text lands once the edits are made."""
    delta = 0
    for edit in edits:
        if edit.end <= offset:
            delta += len(edit.new) - (edit.end - edit.start)
        elif edit.start < offset:
            delta += max(0, len(edit.new) - (offset - edit.start))
    return offset + delta


# Selections ------------------------------------------------------------------------


def word_at(text: str, position: int) -> tuple[int, int]:
    """The word around ``position`` (empty range when there is none)."""
    start = end = position
    while start > 0 and _WORD_CHARS.match(text[start - 1]):
        start -= 1
    while end < len(text) and _WORD_CHARS.match(text[end]):
        end += 1
    while start < end and text[start] in "'’-":
        start += 1
    while end > start and text[end - 1] in "'’-":
        end -= 1
    return start, end


def line_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Start of the first line and end of the last line the selection touches.

    A selection ending at the very start of a line does not take that line.
    """
    if end > start and end > 0 and text[end - 1] == "\n":
        end -= 1
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return first, len(text) if last < 0 else last


def block_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The lines of the selection widened up to blank lines (a whole container…)."""
    first, last = line_span(text, start, end)
    while first > 0:
        previous = text.rfind("\n", 0, first - 1) + 1
        if not text[previous : first - 1].strip():
            break
        first = previous
    while last < len(text):
        following = text.find("\n", last + 1)
        following = len(text) if following < 0 else following
        if not text[last + 1 : following].strip():
            break
        last = following
    return first, last


def paragraph_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The lines of the selection widened to the whole paragraph(s): a line is a paragraph
    (one Enter, see :mod:`workbench.text.markdown`) unless it ends with a line break."""
    first, last = line_span(text, start, end)
    while first > 0:
        previous = text.rfind("\n", 0, first - 1) + 1
        line = text[previous : first - 1]
        if not line.strip() or not ends_with_hard_break(line):
            break
        first = previous
    while last < len(text):
        if not ends_with_hard_break(text[text.rfind("\n", 0, last) + 1 : last]):
            break
        following = text.find("\n", last + 1)
        following = len(text) if following < 0 else following
        if not text[last + 1 : following].strip():
            break
        last = following
    return first, last


def _lines(text: str, first: int, last: int) -> list[tuple[int, str]]:
    """(offset, line) of the lines between ``first`` and ``last``."""
    result = []
    offset = first
    for line in text[first:last].split("\n"):
        result.append((offset, line))
        offset += len(line) + 1
    return result


# Inline emphasis -----------------------------------------------------------------------


def _run(text: str, index: int, step: int) -> int:
    """Length of the run of ``*`` starting at ``index`` and going by ``step`` (±1)."""
    count = 0
    while 0 <= index < len(text) and text[index] == "*":
        count += 1
        index += step
    return count


def _has(run: int, size: int) -> bool:
    """Whether a run of asterisks holds the marker of ``size`` (1 italic, 2 bold)."""
    return run == size or run == 3


@dataclass(frozen=True, slots=True)
class Span:
    """One emphasis run of a line: ``text[open:inner]`` and ``text[inner_end:close]`` are
    its markers, ``text[inner:inner_end]`` the emphasised text."""

    open: int
    inner: int
    inner_end: int
    close: int


def _line_bounds(text: str, position: int) -> tuple[int, int]:
    first = text.rfind("\n", 0, position) + 1
    last = text.find("\n", position)
    return first, len(text) if last < 0 else last


def spans(text: str, first: int, last: int, size: int) -> list[Span]:
    """The emphasis runs of ``size`` (1 italic, 2 bold; a run of three asterisks is both)
    in ``text[first:last]``, one line: markers paired left to right as CommonMark pairs
    simple cases (an opener before a non-space, a closer after one)."""
    result: list[Span] = []
    opener: tuple[int, int] | None = None
    index = first
    while index < last:
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char != "*":
            index += 1
            continue
        length = _run(text, index, 1)
        length = min(length, last - index)
        before = text[index - 1] if index > first else " "
        after = text[index + length] if index + length < last else " "
        if length in (size, 3):
            can_close = not before.isspace()
            can_open = not after.isspace()
            if opener is not None and can_close:
                start, count = opener
                result.append(Span(start, start + count, index, index + length))
                opener = None
            elif can_open:
                opener = (index, length)
        index += length
    return result


def _is_word_char(text: str, index: int) -> bool:
    return 0 <= index < len(text) and bool(_WORD_CHARS.match(text[index]))


def empty_pair(text: str, position: int, size: int) -> bool:
    """Whether the cursor sits between two markers of ``size`` with nothing between them."""
    return _run(text, position - 1, -1) == size and _run(text, position, 1) == size


def _unformat(
    text: str, span: Span, start: int, end: int, size: int, cursor: int | None = None
) -> Change:
    """Take ``text[start:end]`` (inside ``span``) out of the emphasis; the rest of the run
    keeps it: ``**un deux trois**`` less « deux » is ``**un** deux **trois**``."""
    marker = "*" * size
    left, middle, right = text[span.inner : start], text[start:end], text[end : span.inner_end]
    left_out = left
    if left.strip():
        stripped = left.rstrip()
        left_out = marker + stripped + marker + left[len(stripped) :]
    right_out = right
    if right.strip():
        stripped = right.lstrip()
        right_out = right[: len(right) - len(stripped)] + marker + stripped + marker
    # What a run of three asterisks keeps of its markers (the other emphasis).
    other = text[span.open + size : span.inner]
    other_end = text[span.inner_end : span.close - size]
    new = other + left_out + middle + right_out + other_end
    new_start = span.open + len(other) + len(left_out)
    edits = (Edit(span.open, span.close, new),)
    if cursor is not None:
        position = new_start + cursor - start
        return Change(edits, position, position)
    return Change(edits, new_start, new_start + len(middle))


def _format_range(text: str, start: int, end: int, size: int, cursor: int | None = None) -> Change:
    """Emphasis on ``text[start:end]`` (one line), merged with the runs it overlaps."""
    marker = "*" * size
    first, last = _line_bounds(text, start)
    overlapping = [s for s in spans(text, first, last, size) if s.open < end and start < s.close]
    new_start = min([start, *(s.open for s in overlapping)])
    new_end = max([end, *(s.close for s in overlapping)])
    removed = sorted(
        r for s in overlapping for r in ((s.open, s.open + size), (s.close - size, s.close))
    )
    pieces, at = [], new_start
    for a, b in removed:
        pieces.append(text[at:a])
        at = b
    pieces.append(text[at:new_end])
    new = marker + "".join(pieces) + marker

    def moved(offset: int) -> int:
        gone = sum(min(b, offset) - a for a, b in removed if a < offset)
        return offset - gone + size

    edits = (Edit(new_start, new_end, new),)
    if cursor is not None:
        return Change(edits, moved(cursor), moved(cursor))
    return Change(edits, moved(start), moved(end))


def _toggle_at_cursor(text: str, position: int, size: int) -> Change:
    """A toggle with no selection, as a word processor does it: inside a word, the word;
    at the inner edge of a run, the cursor steps over its marker (typing goes on the other
    side); elsewhere, what is typed next (``pending``)."""
    if empty_pair(text, position, size):  # markers left with nothing in them
        edits = (Edit(position - size, position + size, ""),)
        return Change(edits, position - size, position - size)
    first, last = _line_bounds(text, position)
    runs = spans(text, first, last, size)
    in_word = _is_word_char(text, position - 1) and _is_word_char(text, position)
    for span in runs:
        if position == span.inner_end:  # at the end of the run: typing goes after it
            return Change((), span.close, span.close)
        if position == span.inner:
            return Change((), span.open, span.open)
        if span.inner < position < span.inner_end:
            if in_word:
                word_start, word_end = word_at(text, position)
                word_start, word_end = max(word_start, span.inner), min(word_end, span.inner_end)
                return _unformat(text, span, word_start, word_end, size, cursor=position)
            return Change((), position, position, pending=size)
        if position == span.close and not in_word:  # just after a run: continue it
            return Change((), span.inner_end, span.inner_end)
    if in_word:
        word_start, word_end = word_at(text, position)
        return _format_range(text, word_start, word_end, size, cursor=position)
    return Change((), position, position, pending=size)


def toggle_emphasis(text: str, start: int, end: int, size: int) -> Change:
    """Bold (``size`` 2) or italic (1) on the selection, or off when it already has it.

    Like a word processor: a selection inside a run takes that part out of it, one that
    overlaps runs makes one run of them all; with no selection, see :func:`_toggle_at_cursor`.
    The selection stays on the same text; no text is ever selected that was not.
    """
    if start == end:
        return _toggle_at_cursor(text, start, size)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return Change((), start, end)
    if "\n" in text[start:end]:
        return _per_line(text, start, end, lambda s, e: toggle_emphasis(text, s, e, size))
    before, after = _run(text, start - 1, -1), _run(text, end, 1)
    if _has(before, size) and _has(after, size):
        edits = (Edit(start - size, start, ""), Edit(end, end + size, ""))
        return Change(edits, start - size, end - size)
    lead, trail = _run(text, start, 1), _run(text, end - 1, -1)
    if end - start > 2 * size and _has(lead, size) and _has(trail, size):
        edits = (Edit(start, start + size, ""), Edit(end - size, end, ""))
        return Change(edits, start, end - 2 * size)
    first, last = _line_bounds(text, start)
    for span in spans(text, first, last, size):
        if span.inner <= start and end <= span.inner_end:
            return _unformat(text, span, start, end, size)
    return _format_range(text, start, end, size)


def _per_line(text: str, start: int, end: int, command: Callable[[int, int], Change]) -> Change:
    """A command made on each non-empty line of the selection."""
    edits: list[Edit] = []
    for offset, line in _lines(text, start, end):
        stripped = line.strip()
        if not stripped:
            continue
        line_start = offset + line.index(stripped[0])
        edits.extend(command(line_start, line_start + len(stripped)).edits)
    result = tuple(edits)
    return Change(result, _shift(result, start), _shift(result, end))


def toggle_bold(text: str, start: int, end: int) -> Change:
    return toggle_emphasis(text, start, end, 2)


def toggle_italic(text: str, start: int, end: int) -> Change:
    return toggle_emphasis(text, start, end, 1)


# Line prefixes --------------------------------------------------------------------------


def _prefix_lines(
    text: str,
    start: int,
    end: int,
    pattern: re.Pattern[str],
    prefix: str,
    blank: str,
    replaces: re.Pattern[str] | None = None,
) -> Change:
    """Toggle a line prefix: removed when every non-empty line has it, else put on all.

    ``blank`` is what an empty line inside the selection gets (``>`` keeps a quotation
    in one piece). ``replaces`` matches a prefix of the same family that is replaced.
    """
    replaces = replaces or pattern
    first, last = line_span(text, start, end)
    lines = _lines(text, first, last)
    filled = [(offset, line) for offset, line in lines if line.strip()]
    edits: list[Edit] = []
    if filled and all(pattern.match(line) for _offset, line in filled):
        for offset, line in lines:
            found = pattern.match(line)
            if found:
                edits.append(Edit(offset, offset + found.end(), ""))
    else:
        for offset, line in lines:
            found = replaces.match(line)
            if not line.strip():
                if len(lines) > 1:
                    edits.append(Edit(offset, offset + len(line), blank))
                else:
                    edits.append(Edit(offset, offset + len(line), prefix))
                continue
            edits.append(Edit(offset, offset + (found.end() if found else 0), prefix))
    result = tuple(edits)
    if start == end:
        position = _shift(result, start)
        if not text[first:last].strip():
            position = first + len(prefix)
        return Change(result, position, position)
    return Change(result, _shift(result, start), _shift(result, end))


def toggle_intertitre(text: str, start: int, end: int) -> Change:
    """``## `` in front of the lines (an intertitre), or off when they are one already."""
    return _prefix_lines(text, start, end, _INTERTITRE, "## ", "", _HEADING)


def toggle_quotation(text: str, start: int, end: int) -> Change:
    """``> `` in front of the lines (a quotation), or off."""
    return _prefix_lines(text, start, end, _QUOTE, "> ", ">")


def toggle_question(text: str, start: int, end: int) -> Change:
    """Interview question: each paragraph of the selection entirely in bold, or back."""
    first, last = paragraph_span(text, start, end) if start == end else line_span(text, start, end)
    lines: list[tuple[int, str]] = []  # paragraphs: lines joined by line breaks
    for offset, line in _lines(text, first, last):
        if not line.strip():
            continue
        joined = lines and lines[-1][0] + len(lines[-1][1]) + 1 == offset
        if joined and ends_with_hard_break(lines[-1][1]):
            lines[-1] = (lines[-1][0], lines[-1][1] + "\n" + line)
        else:
            lines.append((offset, line))
    if not lines:  # an empty line: what is typed next is bold (no empty markers)
        return Change((), start, start, pending=2)
    if all(_QUESTION.match(line) for _o, line in lines):
        edits = []
        for offset, line in lines:
            found = _QUESTION.match(line)
            assert found is not None
            inner_start = offset + found.start(2)
            edits += [
                Edit(inner_start - 2, inner_start, ""),
                Edit(found.end(2) + offset, found.end(2) + offset + 2, ""),
            ]
    else:
        edits = []
        for offset, line in lines:
            stripped = line.strip()
            lead = offset + line.index(stripped[0])
            tail = lead + len(stripped)
            edits += [Edit(lead, lead, "**"), Edit(tail, tail, "**")]
    result = tuple(edits)
    return Change(result, _shift(result, start), _shift(result, end))


# Blocks ---------------------------------------------------------------------------------


def toggle_exergue(text: str, start: int, end: int) -> Change:
    """Put the paragraph(s) of the selection in a pull quote (``::: exergue`` … ``:::``), or
    take them out when they are in one. On an empty line, an empty pull quote to fill."""
    first, last = paragraph_span(text, start, end)
    if not text[first:last].strip():
        block = f"{EXERGUE_OPEN}\n\n{CONTAINER_CLOSE}"
        position = first + len(EXERGUE_OPEN) + 1
        return Change((Edit(first, last, block),), position, position)
    if first > 0 and last < len(text):  # the paragraph alone in a container: take it out
        opening = text.rfind("\n", 0, first - 1) + 1
        closing = text.find("\n", last + 1)
        closing = len(text) if closing < 0 else closing
        above, below = text[opening : first - 1].strip(), text[last + 1 : closing].strip()
        if above.startswith(":::") and above != CONTAINER_CLOSE and below == CONTAINER_CLOSE:
            edits = (Edit(opening, first, ""), Edit(last, closing, ""))
            return Change(edits, _shift(edits, start), _shift(edits, end))
    if text[first:last].lstrip().startswith(":::"):
        first, last = block_span(text, start, end)
    lines = _lines(text, first, last)
    in_container = len(lines) >= 2 and lines[0][1].strip().startswith(":::")
    if in_container and lines[-1][1].strip() == CONTAINER_CLOSE:
        # The selection is in a container: take its paragraphs out of it.
        if len(lines) == 2:
            edits: tuple[Edit, ...] = (Edit(first, last, ""),)
        else:
            edits = (
                Edit(first, lines[1][0], ""),
                Edit(lines[-1][0] - 1, last, ""),
            )
        return Change(edits, _shift(edits, start), _shift(edits, end))
    edits = (Edit(first, first, EXERGUE_OPEN + "\n"), Edit(last, last, "\n" + CONTAINER_CLOSE))
    return Change(edits, _shift(edits, start), _shift(edits, end))


def next_footnote_label(text: str) -> str:
    """One more than the highest numbered footnote of the text (``1`` when there is none)."""
    numbers = [int(label) for label in _LABEL.findall(text) if label.isdigit()]
    return str(max(numbers, default=0) + 1)


def insert_footnote(text: str, start: int, end: int) -> Change:
    """A reference ``[^n]`` after the selection and its definition ``[^n]: `` at the end of
    the text; the cursor goes to the definition, ready to type the note."""
    label = next_footnote_label(text)
    reference = f"[^{label}]"
    if start < end:  # after the closing emphasis markers of a selected word
        while end < len(text) and text[end] in "*_":
            end += 1
    body = text.rstrip("\n")
    if end > len(body):
        end = len(body)
    separator = "\n\n" if body else ""
    definition = f"{separator}[^{label}]: "
    edits = (Edit(end, end, reference), Edit(len(body), len(text), definition))
    if end == len(body):
        edits = (Edit(end, len(text), reference + definition),)
    position = len(body) + len(reference) + len(definition)
    return Change(edits, position, position)


def insert_link(text: str, start: int, end: int, url: str, placeholder: str) -> Change:
    """``[selection](url)``; with no selection the placeholder is written and selected."""
    label = text[start:end] or placeholder
    if "\n" in label:
        label = " ".join(label.split())
    new = f"[{label}]({url})"
    edits = (Edit(start, end, new),)
    return Change(edits, start + 1, start + 1 + len(label))
