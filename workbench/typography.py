"""French typography as the magazine's proofreader wants it.

Two entry points share the same rules:

* :func:`autocorrect`, called by the editor after each typed character;
* :func:`fix_typography`, the « Corriger la typographie » command: it lists the changes
  (so a dialog can show them) and :func:`apply_changes` applies them.

The rules: ``"`` becomes « » with a no-break space inside, ``'`` after a letter becomes ’,
``...`` becomes …, and a no-break space goes before ; : ! ? and ». Before ; ! ? the space is
narrow (U+202F) when the publication's ``narrow_nbsp`` setting says so; before : and inside
« » it is always U+00A0.

Only prose is touched: :mod:`workbench.prose` tells which characters of a body are prose,
and URLs written in prose are left alone too. Times (14:20), decimals (2.35), numbers
followed by a quote (5') and « word:word » without a space are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from workbench.markdown import parse
from workbench.prose import ProseBlock, Segment, prose_blocks

NBSP = "\u00a0"
NNBSP = "\u202f"
_HSPACES = " \t\u00a0\u202f"
# Characters after which a straight quote opens: start of a quotation.
_OPENERS = "([{\u2014\u2013/-"
_DOUBLE_PUNCT = ";:!?"
URL_PATTERN = re.compile(
    r"(?:\b(?:https?|ftp|file)://|\bmailto:|\bwww\.)[^\s\ufffc«»\"<>]*"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.IGNORECASE,
)
_EVENTS = re.compile(
    r"(?P<ellipsis>(?<!\.)\.\.\.(?!\.))"
    r"|(?P<apostrophe>(?<=[^\W\d_])')"
    # Spaces after a quote are taken only when a word follows (the opening case).
    r"|(?P<straight>[ \t\u00a0\u202f]*\"(?:[ \t\u00a0\u202f]+(?=[^\s;:!?»]))?)"
    r"|(?P<open>«(?:[ \t\u00a0\u202f]+(?=[^\s;:!?»]))?)"
    r"|(?P<close>[ \t\u00a0\u202f]*»)"
    r"|(?P<punct>[ \t\u00a0\u202f]*[;:!?])"
)

RULE_ELLIPSIS = "Points de suspension : ... devient …"
RULE_APOSTROPHE = "Apostrophe typographique : ' devient ’"
RULE_QUOTES = "Guillemets français « » avec espaces insécables"
RULE_SPACE_AFTER_OPEN = "Espace insécable après «"
RULE_SPACE_BEFORE_CLOSE = "Espace insécable avant »"
RULE_SPACE_BEFORE_PUNCT = "Espace insécable avant {}"


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
    """The no-break space that goes before a high punctuation mark."""
    return NNBSP if narrow and mark in ";!?" else NBSP


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
    if typed in _DOUBLE_PUNCT or typed == "»":
        spaces = _trailing_spaces(before)
        anchor = before[-spaces - 1] if len(before) > spaces else "\n"
        if anchor == "\n" or anchor in _DOUBLE_PUNCT or anchor in "«" + _OPENERS:
            return None
        if typed == ":" and spaces == 0 and anchor.isdigit():
            return None
        space = NBSP if typed == "»" else punctuation_space(typed, narrow)
        if before[len(before) - spaces :] == space:
            return None
        return Replacement(1 + spaces, space + typed)
    if prev == "«" and typed != "\n":
        return Replacement(1, NBSP if typed.isspace() else NBSP + typed)
    return None


# Whole piece ------------------------------------------------------------------------


def _char(text: str, index: int) -> str | None:
    return text[index] if 0 <= index < len(text) else None


def _is_space(char: str | None) -> bool:
    return char is None or char.isspace()


class _Fixer:
    """Finds the changes one prose block needs; keeps the quotation depth across events."""

    def __init__(self, text: str, narrow: bool) -> None:
        self.text = text
        self.narrow = narrow
        self.depth = 0
        # End of the previous match and its replacement: the context is the fixed text.
        self.last_end = -1
        self.last_new = ""

    def events(self) -> Iterator[tuple[int, int, str, str]]:
        """(start, end, new text, rule) in the block's text, changes only."""
        protected = [m.span() for m in URL_PATTERN.finditer(self.text)]
        for match in _EVENTS.finditer(self.text):
            start, end = match.span()
            if any(s < end and start < e for s, e in protected):
                continue
            fixed = self._fix(match)
            self.last_end = end
            self.last_new = match.group() if fixed is None else fixed[0]
            if fixed is not None and fixed[0] != match.group():
                yield start, end, fixed[0], fixed[1]

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
        if kind == "straight":
            return self._straight(found, before, after)
        if kind == "open":
            self.depth += 1
            if _is_space(after):
                return None
            return "«" + NBSP, RULE_SPACE_AFTER_OPEN
        if kind == "close":
            self.depth = max(0, self.depth - 1)
            if _is_space(before):
                # Line-initial », or the space is already there (made by the previous rule).
                return None if before is None else ("»", RULE_SPACE_BEFORE_CLOSE)
            return NBSP + "»", RULE_SPACE_BEFORE_CLOSE
        mark = found[-1]
        if _is_space(before) or before in _DOUBLE_PUNCT + "«" + _OPENERS:
            return None
        if mark in ":;" and found == mark and after is not None and after.isalnum():
            return None  # word:word, 14:20, a;b: not prose punctuation
        if mark in ":;" and after in (")", "("):
            return None  # emoticons
        space = punctuation_space(mark, self.narrow)
        return space + mark, RULE_SPACE_BEFORE_PUNCT.format(mark)

    def _straight(
        self, found: str, before: str | None, after: str | None
    ) -> tuple[str, str] | None:
        quote = found.index('"')
        lead, trail = found[:quote], found[quote + 1 :]
        opens_after = before is None or before.isspace() or before in _OPENERS or bool(lead)
        closes_before = _is_space(after) or bool(trail) or after in ",.;:!?)]…"
        if opens_after and not closes_before:
            opening = True
        elif closes_before and not opens_after:
            opening = False
        else:
            opening = self.depth == 0
        if opening:
            self.depth += 1
            return lead + "«" + NBSP, RULE_QUOTES
        self.depth = max(0, self.depth - 1)
        space = "" if not lead and _is_space(before) else NBSP
        return space + "»" + trail, RULE_QUOTES


def _block_changes(block: ProseBlock, source: str, narrow: bool) -> list[TypoChange]:
    changes = []
    for start, end, new, rule in _Fixer(block.text, narrow).events():
        mapped = block.to_source(start, end)
        if mapped is None:
            continue
        old = source[mapped[0] : mapped[1]]
        changes.append(TypoChange(mapped[0], mapped[1], old, new, rule))
    return changes


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
    """The changes that leave the block's markdown structure as it was.

    A space put after an emphasis marker, for instance, can turn ``*;*`` from emphasis into
    plain text: such a change is dropped.
    """
    if not any(_touches_markup(body, c) for c in changes):
        return changes
    start, end = block.source_start, block.source_end
    snippet = body[start:end]
    shape = _shape(snippet)

    def applied(subset: list[TypoChange]) -> str:
        shifted = [replace(c, start=c.start - start, end=c.end - start) for c in subset]
        return apply_changes(snippet, shifted)

    if _shape(applied(changes)) == shape:
        return changes
    kept = [c for c in changes if _shape(applied([c])) == shape]
    return kept if _shape(applied(kept)) == shape else []


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
        changes.extend(_block_changes(block, text, narrow))
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
