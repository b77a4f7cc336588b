"""The house markdown shown with its formatting while typing, fast on long pieces.

Each block (paragraph line) is classified from its own text and the state the previous
block left (inside a code fence, inside a ``::: exergue`` container), then inline spans are
found with a few regular expressions on that line only. Nothing here parses the whole
document: a keystroke costs the highlighting of one line (and of the next ones only when
the line's state changes, which Qt handles). The display is an approximation of what
markdown-it reads; exporters and the preview use the real parser.

The block's kind is kept in the upper bits of its user state, so the text edit can paint
the pull-quote frames, quotation bars and question bands without re-reading the text.

Less markup in the writer's face: the text stays markdown, only its formats change. The
marks (``**``, ``*``, ``##``, ``>``, a link's brackets and target, the brackets of a
footnote call) are drawn grey in the block that holds the cursor, and dimmed and small
(``dim``) everywhere else; a footnote call is a superscript marker; a backslash escape
(``\\*``) is never shown (``hidden``: transparent and tiny). Moving the cursor to another
block re-highlights the two blocks concerned, nothing more (:meth:`set_active_block`).
"""

from __future__ import annotations

import re
import time
from typing import Protocol

from PySide6.QtCore import QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
)

from workbench.text.markdown import ends_with_hard_break

# Container state carried from block to block (low 4 bits of the user state).
NORMAL, IN_FENCE, IN_EXERGUE, IN_CONTAINER = 0, 1, 2, 3
# Block kinds (the bits above).
PLAIN, HEADING, QUOTE, QUESTION, EXERGUE, EXERGUE_FENCE, FOOTNOTE, CODE = range(8)
KIND_SHIFT = 4

_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_CONTAINER = re.compile(r"^ {0,3}:::\s*(\S*)")
_HEADING = re.compile(r"^( {0,3}(#{1,6}))(?:[ \t]+|$)")
_QUOTE = re.compile(r"^ {0,3}>[ ]?")
_QUESTION = re.compile(r"^\s*\*\*(?=\S).*\S\*\*\s*$")
_FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^[^\]\s]+\]:")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])(?=\s)")
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(
    r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])|(?<![_\w])_(?=\S)(.+?)(?<=\S)_(?!\w)"
)
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]")
_LINK = re.compile(r"(\[)([^\]\n]+)(\]\()([^)\s]*)(\))")
_GUILLEMETS = re.compile(r"«[^«»]*»")
_ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")  # a backslash escaping ASCII punctuation

DIM_COLOR = "#c8c8c8"
DIM_RATIO = 0.7  # size of a dimmed mark against the text
HIDDEN_SIZE = 1.0


class SpellChecker(Protocol):
    """What the highlighter asks a spell checker: ranges of misspelled words of a line.

    A checker may also offer ``cached_ranges(text) -> list | None`` (None: not known yet);
    the highlighter then checks unknown lines later, in small slices of idle time, so that
    opening a long piece or typing never waits for the dictionary.
    """

    def misspelled_ranges(self, text: str) -> list[tuple[int, int]]: ...


SPELL_SLICE_SECONDS = 0.006  # idle-time spelling work done at once, between events


def block_kind(state: int) -> int:
    """The kind of a block from its user state (PLAIN for an unhighlighted block)."""
    return PLAIN if state < 0 else state >> KIND_SHIFT


def _format(
    color: str | None = None,
    *,
    bold: bool = False,
    italic: bool = False,
    background: str | None = None,
    size: float | None = None,
    family: str | None = None,
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if color:
        fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if background:
        fmt.setBackground(QColor(background))
    if size:
        fmt.setFontPointSize(size)
    if family:
        fmt.setFontFamilies([family])
    return fmt


class MarkdownHighlighter(QSyntaxHighlighter):
    """Formats of the house markdown. ``spell_checker``, when set, underlines its ranges."""

    def __init__(self, document: QTextDocument | None, base_size: float = 12.0) -> None:
        super().__init__(document)
        self.spell_checker: SpellChecker | None = None
        self._spell_pending: dict[int, None] = {}  # block numbers, in the order met
        self._spell_timer = QTimer(self)
        self._spell_timer.setSingleShot(True)
        self._spell_timer.setInterval(0)
        self._spell_timer.timeout.connect(self._check_pending_spelling)
        self.active_block = -1  # number of the block holding the cursor: marks shown there
        self.set_base_size(base_size)

    def set_active_block(self, block: QTextBlock, previous: int = -1) -> None:
        """The cursor is now in ``block`` (it was in block number ``previous``): its marks
        are shown, the previous block's dimmed again."""
        self.active_block = block.blockNumber()
        document = self.document()
        if document is None:
            return
        if previous >= 0 and previous != self.active_block:
            old = document.findBlockByNumber(previous)
            if old.isValid():
                self.rehighlightBlock(old)
        if block.isValid():
            self.rehighlightBlock(block)

    def set_base_size(self, size: float) -> None:
        self.marker = _format("#9e9e9e")
        self.dim = _format(DIM_COLOR, size=size * DIM_RATIO)
        self.hidden = _format(size=HIDDEN_SIZE)
        self.hidden.setForeground(QColor(0, 0, 0, 0))
        self.superscript = _format("#ad1457", bold=True)
        self.superscript.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        self.bold = _format(bold=True)
        self.italic = _format(italic=True)
        self.heading = {
            1: _format("#263238", bold=True, size=size * 1.6),
            2: _format("#263238", bold=True, size=size * 1.3),
            3: _format("#37474f", bold=True, size=size * 1.1),
        }
        self.heading_marker = {
            level: _format("#b0bec5", size=fmt.fontPointSize())
            for level, fmt in self.heading.items()
        }
        self.quote = _format("#5d4037", italic=True)
        self.question = _format("#0d47a1", bold=True)
        self.exergue = _format("#006064", italic=True, size=size * 1.15)
        self.container_line = _format("#90a4ae", size=size * 0.85)
        self.footnote_ref = _format("#ad1457", background="#fce4ec")
        self.footnote_label = _format("#ad1457", bold=True)
        self.footnote_text = _format("#546e7a")
        self.link = _format("#1565c0")
        self.link.setFontUnderline(True)
        self.code = _format("#37474f", background="#eceff1", family="monospace")
        self.guillemets = _format("#33691e")
        self.list_marker = _format("#ef6c00", bold=True)
        self.spelling = QTextCharFormat()
        self.spelling.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.spelling.setUnderlineColor(QColor("#d32f2f"))

    # Highlighting ------------------------------------------------------------------------

    def highlightBlock(self, text: str) -> None:
        previous = self.previousBlockState()
        container = previous & 0xF if previous >= 0 else NORMAL
        runs = _Runs(len(text))
        kind = PLAIN
        inline = True
        if container == IN_FENCE:
            runs.set(0, len(text), self.code)
            kind, inline = CODE, False
            if _FENCE.match(text):
                container = NORMAL
        elif _FENCE.match(text):
            runs.set(0, len(text), self.code)
            kind, inline, container = CODE, False, IN_FENCE
        elif (found := _CONTAINER.match(text)) is not None:
            runs.set(0, len(text), self.container_line)
            inline = False
            name = found.group(1)
            if container in (IN_EXERGUE, IN_CONTAINER) and not name:
                kind = EXERGUE_FENCE if container == IN_EXERGUE else PLAIN
                container = NORMAL
            elif name:
                kind = EXERGUE_FENCE if name == "exergue" else PLAIN
                container = IN_EXERGUE if name == "exergue" else IN_CONTAINER
        elif container == IN_EXERGUE:
            kind = EXERGUE
            runs.set(0, len(text), self.exergue)
        if inline:
            active = self.currentBlock().blockNumber() == self.active_block
            mark = self.marker if active else self.dim
            kind = self._line(text, kind, runs, active)
            self._inline(text, runs, mark)
        if self.spell_checker is not None and kind != CODE:
            for start, end in self._spelling_ranges(text):
                runs.merge(start, end - start, self.spelling)
        for start, end, fmt in runs.runs:
            if fmt is not None:
                self.setFormat(start, end - start, fmt)
        self.setCurrentBlockState(container | (kind << KIND_SHIFT))

    def _spelling_ranges(self, text: str) -> list[tuple[int, int]]:
        peek = getattr(self.spell_checker, "cached_ranges", None)
        if peek is None:
            return self.spell_checker.misspelled_ranges(text)
        found = peek(text)
        if found is None:  # not checked yet: underline it once idle time has checked it
            self._spell_pending[self.currentBlock().blockNumber()] = None
            if not self._spell_timer.isActive():
                self._spell_timer.start()
            return []
        return found

    def spelling_pending(self) -> bool:
        """Whether lines still wait for their spell check (tests and the benchmark)."""
        return bool(self._spell_pending)

    def _check_pending_spelling(self) -> None:
        document = self.document()
        if document is None or self.spell_checker is None:
            self._spell_pending.clear()
            return
        deadline = time.perf_counter() + SPELL_SLICE_SECONDS
        while self._spell_pending and time.perf_counter() < deadline:
            number = next(iter(self._spell_pending))
            del self._spell_pending[number]
            block = document.findBlockByNumber(number)
            if block.isValid():
                self.spell_checker.misspelled_ranges(block.text())
                self.rehighlightBlock(block)
        if self._spell_pending:
            self._spell_timer.start()

    def _line(self, text: str, kind: int, runs: _Runs, active: bool) -> int:
        """Formats of the line as a whole; returns its kind."""
        if (found := _HEADING.match(text)) is not None:
            level = min(len(found.group(2)), 3)
            runs.set(0, len(text), self.heading[level])
            runs.set(0, found.end(), self.heading_marker[level] if active else self.dim)
            return HEADING
        if (found := _QUOTE.match(text)) is not None:
            runs.set(0, len(text), self.quote)
            runs.set(0, found.end(), self.marker if active else self.dim)
            return QUOTE
        if (found := _FOOTNOTE_DEF.match(text)) is not None:
            runs.set(0, len(text), self.footnote_text)
            runs.set(0, found.end(), self.footnote_label)
            return FOOTNOTE
        if kind == PLAIN and _QUESTION.match(text):
            runs.set(0, len(text), self.question)
            return QUESTION
        if (found := _LIST.match(text)) is not None:
            runs.set(0, found.end(), self.list_marker)
        return kind

    def _inline(self, text: str, runs: _Runs, mark: QTextCharFormat) -> None:
        """Inline spans; ``mark`` is the format of their markup (grey, or dimmed)."""
        if not any(c in text for c in "*_`[«\\"):
            return
        code_spans: list[tuple[int, int]] = []
        if "`" in text:
            for match in _CODE_SPAN.finditer(text):
                code_spans.append(match.span())
                runs.set(match.start(), match.end() - match.start(), self.code)

        def free(start: int, end: int) -> bool:
            return not any(s < end and start < e for s, e in code_spans)

        merge = runs.merge
        escaped: list[int] = []  # escaped characters: never a marker
        if "\\" in text:
            for match in _ESCAPE.finditer(text):
                if free(*match.span()):
                    escaped.append(match.start() + 1)

        def plain(start: int, end: int) -> bool:
            return free(start, end) and not any(start <= i < end for i in escaped)

        if "«" in text:
            for match in _GUILLEMETS.finditer(text):
                if free(*match.span()):
                    merge(match.start(), match.end() - match.start(), self.guillemets)
        if "*" in text or "_" in text:
            for match in _ITALIC.finditer(text):
                if plain(match.start(), match.start() + 1) and plain(match.end() - 1, match.end()):
                    merge(match.start(), match.end() - match.start(), self.italic)
                    runs.set(match.start(), 1, mark)
                    runs.set(match.end() - 1, 1, mark)
            for match in _BOLD.finditer(text):
                if plain(match.start(), match.start() + 2) and plain(match.end() - 2, match.end()):
                    merge(match.start(), match.end() - match.start(), self.bold)
                    runs.set(match.start(), 2, mark)
                    runs.set(match.end() - 2, 2, mark)
        if "[" in text:
            for match in _FOOTNOTE_REF.finditer(text):
                if plain(*match.span()) and text[match.end() : match.end() + 1] != ":":
                    # A superscript marker: the label shows, the brackets follow ``mark``.
                    runs.set(match.start(), match.end() - match.start(), self.superscript)
                    if mark is self.dim:
                        runs.set(match.start(), 2, self.hidden)
                        runs.set(match.end() - 1, 1, self.hidden)
                    else:
                        runs.merge(match.start(), match.end() - match.start(), self.footnote_ref)
            for match in _LINK.finditer(text):
                if plain(*match.span()):
                    merge(match.start(2), match.end(2) - match.start(2), self.link)
                    for group in (1, 3, 4, 5):
                        runs.set(match.start(group), match.end(group) - match.start(group), mark)
        for index in escaped:  # the backslash of an escape, never shown
            runs.set(index - 1, 1, self.hidden)
        if text.endswith("\\") and ends_with_hard_break(text) and free(len(text) - 1, len(text)):
            runs.set(len(text) - 1, 1, mark)  # Maj+Entrée: a line break


class _Runs:
    """The formats of one line as a few runs, layered in Python and set on Qt once."""

    __slots__ = ("runs",)

    def __init__(self, length: int) -> None:
        self.runs: list[list] = [[0, length, None]]

    def _split(self, at: int) -> None:
        for i, run in enumerate(self.runs):
            if run[0] < at < run[1]:
                self.runs.insert(i + 1, [at, run[1], run[2]])
                run[1] = at
                return

    def set(self, start: int, length: int, fmt: QTextCharFormat) -> None:
        self._apply(start, length, fmt, replace=True)

    def merge(self, start: int, length: int, fmt: QTextCharFormat) -> None:
        self._apply(start, length, fmt, replace=False)

    def _apply(self, start: int, length: int, fmt: QTextCharFormat, replace: bool) -> None:
        end = start + length
        if length <= 0:
            return
        self._split(start)
        self._split(end)
        for run in self.runs:
            if run[0] >= start and run[1] <= end:
                if replace or run[2] is None:
                    run[2] = fmt
                else:
                    merged = QTextCharFormat(run[2])
                    merged.merge(fmt)
                    run[2] = merged
