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

EXERGUE_OPEN = "::: exergue"
CONTAINER_CLOSE = ":::"
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)")
_INTERTITRE = re.compile(r"^ {0,3}##(?:[ \t]+|$)")
_QUOTE = re.compile(r"^ {0,3}> ?")
_QUESTION = re.compile(r"^(\s*)\*\*(.+)\*\*(\s*)$")
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


def paragraph_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The lines of the selection widened to the whole paragraph(s) (up to blank lines)."""
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


def _emphasis_spans(text: str, first: int, last: int, size: int) -> list[tuple[int, int]]:
    """(content start, content end) of each emphasis of ``size`` in ``text[first:last]``
    (a paragraph): its marker runs paired in order, as a word processor reads its runs."""
    runs: list[tuple[int, int]] = []  # (start, length) of the runs holding the marker
    index = first
    while index < last:
        if text[index] != "*":
            index += 1
            continue
        length = _run(text, index, 1)
        if _has(length, size):
            runs.append((index, length))
        index += length
    spans = []
    for (open_at, open_len), (close_at, _close_len) in zip(runs[::2], runs[1::2], strict=False):
        spans.append((open_at + open_len, close_at))
    return spans


def _enclosing(text: str, start: int, end: int, size: int) -> tuple[int, int] | None:
    """The emphasis of ``size`` whose content holds ``start``…``end``, if any."""
    first, last = paragraph_span(text, start, end)
    for content_start, content_end in _emphasis_spans(text, first, last, size):
        if content_start <= start and end <= content_end:
            return content_start, content_end
    return None


def _remove_from(text: str, span: tuple[int, int], start: int, end: int, size: int) -> Change:
    """Take ``start``…``end`` out of the emphasis ``span``: the run is closed before it and
    opened again after it (markers kept off spaces, where markdown would not read them)."""
    content_start, content_end = span
    marker = "*" * size
    edits = []
    if start <= content_start:
        edits.append(Edit(content_start - size, content_start, ""))
    else:
        close = start
        while close > content_start and text[close - 1].isspace():
            close -= 1
        edits.append(Edit(close, close, marker))
    if end >= content_end:
        edits.append(Edit(content_end, content_end + size, ""))
    else:
        reopen = end
        while reopen < content_end and text[reopen].isspace():
            reopen += 1
        edits.append(Edit(reopen, reopen, marker))
    return Change(tuple(edits), 0, 0)


def _at_cursor(text: str, position: int, size: int) -> Change:
    """Bold or italic with no selection, as in a word processor: never selects anything.

    * in an empty pair of markers: the pair goes;
    * at the end of an emphasised run: the cursor steps out of it (what is typed next is
      plain);
    * inside a word: the whole word gets (or loses) the emphasis, the cursor stays;
    * elsewhere inside a run: the run is split there, for plain typing;
    * elsewhere: an empty pair of markers with the cursor inside, for emphasised typing.
    """
    marker = "*" * size
    if _run(text, position - 1, -1) == size and _run(text, position, 1) == size:
        return Change((Edit(position - size, position + size, ""),), *[position - size] * 2)
    span = _enclosing(text, position, position, size)
    start, end = word_at(text, position)
    inside_word = start < position < end
    if span is not None:
        content_start, content_end = span
        if content_start == content_end:
            return Change(
                (Edit(content_start - size, content_end + size, ""),), *[content_start - size] * 2
            )
        if position == content_end:
            return Change((), content_end + size, content_end + size)
        if inside_word:
            edits = _remove_from(text, span, start, end, size).edits
        else:
            edits = _remove_from(text, span, position, position, size).edits
        return Change(edits, *[_cursor_after(edits, position)] * 2)
    if inside_word:
        edits = (Edit(start, start, marker), Edit(end, end, marker))
        return Change(edits, *[_cursor_after(edits, position)] * 2)
    edits = (Edit(position, position, marker * 2),)
    return Change(edits, position + size, position + size)


def _cursor_after(edits: tuple[Edit, ...], position: int) -> int:
    """Where a cursor at ``position`` stands once ``edits`` are made (an insertion at the
    cursor itself goes before it when it closes a run, after it when it opens one)."""
    moved = position
    for edit in edits:
        if edit.end <= position and not (edit.start == edit.end == position):
            moved += len(edit.new) - (edit.end - edit.start)
        elif edit.start == edit.end == position and edit is edits[0]:
            moved += len(edit.new)
    return moved


def toggle_emphasis(text: str, start: int, end: int, size: int) -> Change:
    """Bold (``size`` 2) or italic (1) on the selection, or off when it already has it
    (also for part of a longer emphasised run, which is split around the selection).

    No selection: see :func:`_at_cursor`.
    """
    marker = "*" * size
    if start == end:
        return _at_cursor(text, start, size)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
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
    span = _enclosing(text, start, end, size)
    if span is not None:
        edits = _remove_from(text, span, start, end, size).edits
        before_end = tuple(e for e in edits if not (e.start == e.end == end))
        return Change(edits, _shift(edits, start), _shift(before_end, end))
    edits = (Edit(start, start, marker), Edit(end, end, marker))
    return Change(edits, start + size, end + size)


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
    lines = [(o, line) for o, line in _lines(text, first, last) if line.strip()]
    if not lines:
        return Change((Edit(start, start, "****"),), start + 2, start + 2)
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
