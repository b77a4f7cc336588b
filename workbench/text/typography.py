"""French typography as the magazine's proofreader wants it.

Two entry points apply the same rules:

* :func:`autocorrect`, called by the editor after each typed character;
* :func:`fix_typography`, the « Corriger la typographie » command: it lists the changes
  (so a dialog can show them) and :func:`apply_changes` applies them.

The rules: ``"`` becomes « » with a no-break space inside, ``'`` after a letter becomes ’,
``...`` becomes …, and a no-break space goes before ; : ! ? and », and between a number and
% or ‰ (« 100 % »). Before ; ! ? % ‰ the space is narrow (U+202F) when the publication's
``narrow_nbsp`` setting says so; before : and inside « » it is always U+00A0.

Why % takes a space, and which one: French typography separates the percent sign from its
number like a unit symbol (the Lexique des règles typographiques de l'Imprimerie nationale
and the SI brochure both write « 20 % »), with a space that must not break the line. The
espace fine insécable is what the French house styles that can set it prefer for % as for
; ! ?, so % follows the same ``narrow_nbsp`` setting: a publication that sets fines gets
« 20 % » with U+202F, one that does not gets U+00A0. « 100%20 » (no space, a digit or letter
right after) is left alone, like 14:20.

Only prose is touched: :mod:`workbench.text.prose` tells which characters of a body are prose,
and URLs written in prose are left alone too. Times (14:20), decimals (2.35), numbers
followed by a quote (5') and « word:word » without a space are left as they are. A change
that would stop an emphasis marker from working is not proposed, and the changes of a
paragraph are dropped together if they would alter its markdown structure. The command is
idempotent: on its own result it proposes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from workbench.text.markdown import parse
from workbench.text.prose import ProseBlock, Segment, prose_blocks

NBSP = "\u00a0"
NNBSP = "\u202f"
_HSPACES = " \t\u00a0\u202f"
# Characters after which a straight quote opens: start of a quotation.
_OPENERS = "([{\u2014\u2013/-"
_DOUBLE_PUNCT = ";:!?"
_PERCENT = "%‰"
# Characters after which :func:`autocorrect` may have something to do (a field that types
# French typography can skip calling it for any other character, except after a «).
AUTOCORRECT_TRIGGERS = frozenset("\"'.;:!?»" + _PERCENT)
URL_PATTERN = re.compile(
    r"(?:\b(?:https?|ftp|file)://|\bmailto:|\bwww\.)[^\s\ufffc«»\"<>]*"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.IGNORECASE,
)
_EVENTS = re.compile(
    r"(?P<ellipsis>(?<!\.)\.\.\.(?!\.))"
    r"|(?P<apostrophe>(?<=[^\W\d_])')"
    # A quote cluster: quotes and guillemets with the spaces around and between them,
    # rendered as a whole so that fixing it twice gives the same result.
    r"|(?P<cluster>[ \t\u00a0\u202f]*[\"«»][ \t\u00a0\u202f\"«»]*)"
    r"|(?P<punct>[ \t\u00a0\u202f]*[;:!?])"
    r"|(?P<percent>(?<=\d)[ \t\u00a0\u202f]*[%‰])"
)
_MARK = re.compile(r"[\"«»]")

RULE_ELLIPSIS = "Points de suspension : ... devient …"
RULE_APOSTROPHE = "Apostrophe typographique : ' devient ’"
RULE_QUOTES = "Guillemets français « » avec espaces insécables"
RULE_GUILLEMET_SPACES = "Espaces insécables à l’intérieur des guillemets « »"
RULE_SPACE_BEFORE_PUNCT = "Espace insécable avant {}"
RULE_SPACE_BEFORE_PERCENT = "Espace insécable entre le nombre et {}"


@dataclass(frozen=True, slots=True)
class Replacement:
    """Remove ``remove`` characters before the cursor (the typed one included), insert ``text``."""

    remove: int
    text: str


@dataclass(frozen=True, slots=True)
class TypoChange:
    """Replace ``old`` at ``body[start:end]`` by ``new``; ``rule`` says why, in French."""

    start: int
    end: int
    old: str
    new: str
    rule: str


def punctuation_space(mark: str, narrow: bool) -> str:
    """The no-break space that goes before a high punctuation mark or a percent sign."""
    return NNBSP if narrow and mark in ";!?" + _PERCENT else NBSP


# As you type -------------------------------------------------------------------------


_FENCE = re.compile(r"^ {0,3}(?:```|~~~)", re.MULTILINE)
_URL_SCHEMES = frozenset({"http", "https", "ftp", "file", "mailto"})
_LABEL_LINE = re.compile(r"^\s*\[[^\]]*\]$")


def _in_protected_context(before: str, typed: str) -> bool:
    """Whether the cursor is in code, a URL, a link destination or markdown syntax."""
    line = before[before.rfind("\n") + 1 :]
    if line.lstrip().startswith(":::"):
        return True
    if line.count("`") % 2 == 1:
        return True
    if len(_FENCE.findall(before)) % 2 == 1 and not _FENCE.match(line):
        return True
    if line.rfind("](") > line.rfind(")"):
        return True
    if line.rfind("<") > line.rfind(">"):
        return True
    word = re.split(r"\s", line)[-1].lstrip("([{<«\"'*_")
    if "://" in word or word.lower().startswith("www.") or "@" in word:
        return True
    return typed == ":" and (word.lower() in _URL_SCHEMES or bool(_LABEL_LINE.match(line)))


def _trailing_spaces(text: str) -> int:
    return len(text) - len(text.rstrip(_HSPACES))


def autocorrect(text_before_cursor: str, typed: str, narrow: bool) -> Replacement | None:
    """What to do after ``typed`` was typed, or None to leave it.

    ``text_before_cursor`` is the text before the typed character (at least the current
    paragraph, ideally the whole body up to the cursor so that code fences are seen). The
    typed character is already in the document, just before the cursor.
    """
    if len(typed) != 1 or _in_protected_context(text_before_cursor, typed):
        return None
    before = text_before_cursor
    prev = before[-1] if before else None
    if typed in _HSPACES and before.endswith("«" + NBSP):
        return Replacement(1, "")  # the no-break space is already there
    if prev == "«" and typed not in '\n"':
        return Replacement(1, NBSP if typed.isspace() else NBSP + typed)
    if typed == '"':
        paragraph = before[before.rfind("\n\n") + 1 :]
        open_quote = paragraph.count("«") > paragraph.count("»")
        if prev is None or prev in _OPENERS or (prev.isspace() and not open_quote):
            return Replacement(1, "«" + NBSP)
        spaces = _trailing_spaces(before)
        return Replacement(1 + spaces, NBSP + "»")
    if typed == "'":
        return Replacement(1, "’") if prev is not None and prev.isalpha() else None
    if typed == ".":
        if before.endswith("..") and not before.endswith("..."):
            return Replacement(3, "…")
        return None
    spaces = _trailing_spaces(before)
    anchor = before[-spaces - 1] if len(before) > spaces else "\n"
    if typed in _PERCENT:
        space = punctuation_space(typed, narrow)
        if not anchor.isdigit() or before[len(before) - spaces :] == space:
            return None
        return Replacement(1 + spaces, space + typed)
    if typed == "»":
        if anchor == "\n" or before[len(before) - spaces :] == NBSP:
            return None  # a » opening a line continues a quotation
        return Replacement(1 + spaces, NBSP + "»")
    if typed in _DOUBLE_PUNCT:
        if anchor == "\n" or anchor in _DOUBLE_PUNCT or anchor in "«" + _OPENERS:
            return None
        if typed == ":" and spaces == 0 and anchor.isdigit():
            return None
        space = punctuation_space(typed, narrow)
        if before[len(before) - spaces :] == space:
            return None
        return Replacement(1 + spaces, space + typed)
    return None


# Whole piece ------------------------------------------------------------------------


def _char(text: str, index: int) -> str | None:
    return text[index] if 0 <= index < len(text) else None


def _is_space(char: str | None) -> bool:
    return char is None or char.isspace()


class _Fixer:
    """Finds the changes one prose block needs; keeps the quotation depth across events."""

    def __init__(
        self, text: str, narrow: bool, accept: Callable[[int, int, str], tuple[int, int] | None]
    ) -> None:
        self.text = text
        self.narrow = narrow
        # Maps a change of the block's text to the body, or refuses it (None).
        self.accept = accept
        self.depth = 0
        # End of the previous match and its replacement: the context is the fixed text.
        self.last_end = -1
        self.last_new = ""

    def events(self) -> Iterator[tuple[int, int, str, str]]:
        """(source start, source end, new text, rule), changes only.

        A change that would cross markup is not made, and the next rules see it unmade.
        """
        protected = [m.span() for m in URL_PATTERN.finditer(self.text)]
        for match in _EVENTS.finditer(self.text):
            start, end = match.span()
            if any(s < end and start < e for s, e in protected):
                continue
            fixed = self._fix(match)
            mapped = None
            if fixed is not None and fixed[0] != match.group():
                mapped = self.accept(start, end, fixed[0])
            self.last_end = end
            self.last_new = fixed[0] if mapped is not None else match.group()
            if mapped is not None:
                yield mapped[0], mapped[1], fixed[0], fixed[1]

    def _fix(self, match: re.Match[str]) -> tuple[str, str] | None:
        kind = match.lastgroup
        found = match.group()
        start, end = match.span()
        before, after = _char(self.text, start - 1), _char(self.text, end)
        if start == self.last_end and self.last_new:
            before = self.last_new[-1]
        if kind == "ellipsis":
            return "…", RULE_ELLIPSIS
        if kind == "apostrophe":
            return "’", RULE_APOSTROPHE
        if kind == "cluster":
            return self._cluster(found, before, after)
        mark = found[-1]
        if kind == "percent":
            if found == mark and after is not None and after.isalnum():
                return None  # 100%20, a code rather than a percentage
            return punctuation_space(mark, self.narrow) + mark, RULE_SPACE_BEFORE_PERCENT.format(
                mark
            )
        if _is_space(before) or before in _DOUBLE_PUNCT + "«" + _OPENERS:
            return None
        if mark in ":;" and found == mark and after is not None and after.isalnum():
            return None  # word:word, 14:20, a;b: not prose punctuation
        if mark in ":;" and after in (")", "("):
            return None  # emoticons
        space = punctuation_space(mark, self.narrow)
        return space + mark, RULE_SPACE_BEFORE_PUNCT.format(mark)

    def _cluster(self, found: str, before: str | None, after: str | None) -> tuple[str, str] | None:
        """Render quotes and guillemets with the spaces around them.

        Straight quotes are told opening or closing by their neighbours (a space or an
        opening bracket before, a word after: opening), or else by the quotation depth.
        « is followed and » preceded by a no-break space; a closing » followed by ; : ! ?
        takes that mark's space after it.
        """
        marks = [(m.start(), m.group()) for m in _MARK.finditer(found)]
        gaps = [found[: marks[0][0]]]
        gaps += [found[a + 1 : b] for (a, _), (b, _) in zip(marks, marks[1:], strict=False)]
        gaps.append(found[marks[-1][0] + 1 :])
        kinds: list[str] = []
        for i, (_, mark) in enumerate(marks):
            if mark == '"':
                left = kinds[-1] if kinds else before
                right = marks[i + 1][1] if i + 1 < len(marks) else after
                mark = self._straight_kind(left, bool(gaps[i]), right, bool(gaps[i + 1]))
            self.depth = self.depth + 1 if mark == "«" else max(0, self.depth - 1)
            kinds.append(mark)
        parts: list[str] = []
        for i, mark in enumerate(kinds):
            if i == 0:
                if mark == "«":
                    parts.append(gaps[0] + "«")
                elif before is None or before == "\n":
                    parts.append(gaps[0] + "»")  # a » opening a line continues a quotation
                else:
                    parts.append(NBSP + "»")
                continue
            previous = kinds[i - 1]
            if previous == "»" and mark == "«":
                parts.append(gaps[i] + "«")
            else:
                parts.append(NBSP + mark)
        last, trail = kinds[-1], gaps[-1]
        if last == "«":
            parts.append(trail if _is_space(after) else NBSP)
        elif after is not None and after in _DOUBLE_PUNCT:
            parts.append(punctuation_space(after, self.narrow))
        else:
            parts.append(trail)
        rule = RULE_QUOTES if '"' in found else RULE_GUILLEMET_SPACES
        return "".join(parts), rule

    def _straight_kind(
        self, left: str | None, space_left: bool, right: str | None, space_right: bool
    ) -> str:
        opens_after = space_left or left is None or left.isspace() or left in _OPENERS + "«"
        closes_before = space_right or _is_space(right) or right in ",.;:!?)]…»"
        if opens_after and not closes_before:
            return "«"
        if closes_before and not opens_after:
            return "»"
        return "«" if self.depth == 0 else "»"


def _delimiter_flags(before: str, marker: str, after: str) -> tuple[bool, bool]:
    """Whether an emphasis marker run can open and close, as markdown-it decides it."""
    from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace  # noqa: PLC0415 - start-up: markdown-it loads on first use

    last_punct = isMdAsciiPunct(ord(before)) or isPunctChar(before)
    next_punct = isMdAsciiPunct(ord(after)) or isPunctChar(after)
    last_space, next_space = isWhiteSpace(ord(before)), isWhiteSpace(ord(after))
    left = not (next_space or (next_punct and not (last_space or last_punct)))
    right = not (last_space or (last_punct and not (next_space or next_punct)))
    split = marker == "*"
    return (
        left and (split or not right or last_punct),
        right and (split or not left or next_punct),
    )


class _BlockEditor:
    """Accepts the changes of one block that keep emphasis markers around them working.

    A space put right after ``*`` can stop it from opening an emphasis; such a change is
    refused. Decisions use the body as modified by the changes accepted so far, so running
    the command again sees the same neighbours and takes the same decisions.
    """

    def __init__(self, block: ProseBlock, body: str, markdown: bool = True) -> None:
        self.block = block
        self.body = body
        self.markdown = markdown
        self.ends: dict[int, str] = {}  # body end of an accepted change → its new text

    def _char(self, index: int) -> str:
        if index < 0 or index >= len(self.body):
            return " "
        new = self.ends.get(index + 1)
        return new[-1] if new else self.body[index]

    def accept(self, start: int, end: int, new: str) -> tuple[int, int] | None:
        mapped = self.block.to_source(start, end)
        if mapped is None or not new:
            return None
        if not self.markdown:
            return mapped
        source_start, source_end = mapped
        body = self.body
        old = body[source_start:source_end]
        marker = body[source_start - 1] if source_start > 0 else ""
        if marker in ("*", "_"):
            run_start = source_start - 1
            while run_start > 0 and body[run_start - 1] == marker:
                run_start -= 1
            before = self._char(run_start - 1)
            if _delimiter_flags(before, marker, old[0]) != _delimiter_flags(before, marker, new[0]):
                return None
        marker = body[source_end] if source_end < len(body) else ""
        if marker in ("*", "_"):
            run_end = source_end
            while run_end < len(body) and body[run_end] == marker:
                run_end += 1
            after = body[run_end] if run_end < len(body) else " "
            if _delimiter_flags(old[-1], marker, after) != _delimiter_flags(new[-1], marker, after):
                return None
        self.ends[source_end] = new
        return mapped


def _block_changes(
    block: ProseBlock, source: str, narrow: bool, markdown: bool = True
) -> list[TypoChange]:
    editor = _BlockEditor(block, source, markdown)
    return [
        TypoChange(start, end, source[start:end], new, rule)
        for start, end, new, rule in _Fixer(block.text, narrow, editor.accept).events()
    ]


def _shape(markdown: str) -> list[tuple[str, tuple[str, ...]]]:
    """The structure of a parse, text aside: what a typography change must never alter."""
    return [
        (token.type, tuple(c.type for c in token.children or () if c.type != "text"))
        for token in parse(markdown)
    ]


_MARKUP_CHARS = frozenset("*_`[]!<>#\\&")


def _touches_markup(body: str, change: TypoChange) -> bool:
    """Whether a change sits right against a character that may be markdown syntax."""
    before = body[change.start - 1] if change.start > 0 else ""
    after = body[change.end] if change.end < len(body) else ""
    return before in _MARKUP_CHARS or after in _MARKUP_CHARS


def _keeping_structure(block: ProseBlock, body: str, changes: list[TypoChange]) -> list[TypoChange]:
    """The block's changes if together they leave its markdown structure as it was."""
    if not any(_touches_markup(body, c) for c in changes):
        return changes
    start, end = block.source_start, block.source_end
    snippet = body[start:end]
    shape = _shape(snippet)

    def applied(subset: list[TypoChange]) -> str:
        shifted = [replace(c, start=c.start - start, end=c.end - start) for c in subset]
        return apply_changes(snippet, shifted)

    # A safety net: all or nothing, so that running the command twice agrees.
    return changes if _shape(applied(changes)) == shape else []


def fix_typography(body: str, narrow: bool) -> list[TypoChange]:
    """Every change the body's prose needs, in order; markup, code and URLs are left alone."""
    changes: list[TypoChange] = []
    for block in prose_blocks(body):
        block_changes = _block_changes(block, body, narrow)
        changes.extend(_keeping_structure(block, body, block_changes))
    # Footnote definitions come last in the token stream, not in the body.
    changes.sort(key=lambda change: change.start)
    return changes


def fix_plain_typography(text: str, narrow: bool) -> list[TypoChange]:
    """The same rules for a field that is plain text (title, chapô, signature note)."""
    changes: list[TypoChange] = []
    offset = 0
    for line in text.split("\n"):
        block = ProseBlock(line, (Segment(0, offset, len(line)),))
        changes.extend(_block_changes(block, text, narrow, markdown=False))
        offset += len(line) + 1
    return changes


def apply_changes(text: str, changes: Iterable[TypoChange]) -> str:
    """``text`` with the changes applied (the ones a dialog kept, for instance).

    Raises ValueError when a change does not match the text any more or overlaps another.
    """
    ordered = sorted(changes, key=lambda c: c.start)
    parts: list[str] = []
    cursor = 0
    for change in ordered:
        if change.start < cursor:
            raise ValueError("Deux corrections se chevauchent.")
        if text[change.start : change.end] != change.old:
            raise ValueError("Le texte a changé depuis le calcul des corrections.")
        parts.append(text[cursor : change.start])
        parts.append(change.new)
        cursor = change.end
    parts.append(text[cursor:])
    return "".join(parts)


def fix_piece(title: str, standfirst: str, body: str, narrow: bool) -> dict[str, list[TypoChange]]:
    """Changes for each text field of a piece that needs some: « title », « standfirst »
    (plain text) and « body » (markdown). Apply each list to its own field."""
    changes = {
        "title": fix_plain_typography(title, narrow),
        "standfirst": fix_plain_typography(standfirst, narrow),
        "body": fix_typography(body, narrow),
    }
    return {name: found for name, found in changes.items() if found}
