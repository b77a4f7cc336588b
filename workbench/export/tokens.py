"""The one walk of the house markdown token stream shared by every exporter.

A piece becomes a small document model: blocks with a style role (see styles.py) holding
inline runs (bold, italic, link, footnote marker), and its footnotes numbered in reading
order and marked in the publication's style (``*``, ``**``… or ``1``, ``2``…). Writers
never look at markdown again.

Notes called from the title or the chapô: those fields are plain text but may hold calls
``[^label]`` whose definitions live with the body's (``[^label]: text``). They come first
in reading order, so a title's note is ``*`` and the body's first own note ``**``. The
labels themselves are never printed: a note's marker is its place in reading order.

Run text may hold ``"\\n"``: a forced line break inside the paragraph. Text is cleaned of
characters XML cannot carry; everything else, no-break spaces included, is kept as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from db.vocabulary import ContributorRole, FootnoteStyle, PieceKind
from workbench.export.styles import CharRole, Role
from workbench.text.markdown import PULL_QUOTE, parse

if TYPE_CHECKING:
    from markdown_it.token import Token

    from workbench.records import PieceDetail

# Characters XML 1.0 forbids (C0 controls but tab/newline/CR, surrogates, U+FFFE/U+FFFF).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# What the footnote plugin leaves as text when a reference has no definition; also a
# note call in a plain field (title, chapô).
_DANGLING_REF = re.compile(r"\[\^([^\]\s]+)\]")
# Link schemes a reader may follow; anything else (javascript:, data:…) keeps its text only.
_SAFE_SCHEMES = ("http://", "https://", "mailto:")


def clean(text: str) -> str:
    """``text`` without the characters no XML document can hold, line ends as ``\\n``."""
    return _XML_ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def note_calls(text: str) -> list[str]:
    """Labels of the note calls ``[^label]`` in a plain field (title, chapô), in order."""
    return _DANGLING_REF.findall(text)


def without_note_calls(text: str) -> str:
    """A plain field without its note calls: for file names, story titles, indexes."""
    return _DANGLING_REF.sub("", text)


def footnote_marker(number: int, style: str) -> str:
    """The printed marker of footnote ``number`` (1-based): ``*``, ``**``… or ``1``, ``2``…"""
    if style == FootnoteStyle.NUMBERS:
        return str(number)
    return "*" * number


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    note: int | None = None  # this run is the marker of footnote ``note`` (1-based)
    href: str | None = None

    @property
    def char_role(self) -> CharRole | None:
        if self.note is not None:
            return CharRole.NOTE_REF
        if self.bold and self.italic:
            return CharRole.BOLD_ITALIC
        if self.bold:
            return CharRole.BOLD
        if self.italic:
            return CharRole.ITALIC
        return None


@dataclass(frozen=True, slots=True)
class Block:
    role: Role
    runs: tuple[Run, ...]

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True, slots=True)
class Footnote:
    number: int
    marker: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class Document:
    """A piece ready for a writer: head (surtitre, title, chapô), body, signature, notes."""

    head: tuple[Block, ...]
    body: tuple[Block, ...]
    signature: tuple[Block, ...]
    footnotes: tuple[Footnote, ...] = field(default=())

    @property
    def blocks(self) -> tuple[Block, ...]:
        return self.head + self.body + self.signature

    def roles(self) -> set[Role]:
        used = {block.role for block in self.blocks}
        if self.footnotes:
            used.add(Role.NOTE)
        return used

    def char_roles(self) -> set[CharRole]:
        blocks = list(self.blocks) + [b for note in self.footnotes for b in note.blocks]
        roles = {run.char_role for block in blocks for run in block.runs}
        if self.footnotes:
            roles.add(CharRole.NOTE_REF)
        roles.discard(None)
        return roles  # type: ignore[return-value]


# Inline ---------------------------------------------------------------------------------


def _safe_href(href: str | None) -> str | None:
    if href and href.strip().lower().startswith(_SAFE_SCHEMES):
        return href.strip()
    return None


def _merge(runs: Iterable[Run]) -> tuple[Run, ...]:
    """Adjacent runs with the same formatting become one; empty runs go."""
    merged: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        last = merged[-1] if merged else None
        if (
            last is not None
            and run.note is None
            and last.note is None
            and (last.bold, last.italic, last.href) == (run.bold, run.italic, run.href)
        ):
            merged[-1] = replace(last, text=last.text + run.text)
        else:
            merged.append(run)
    return tuple(merged)


def inline_runs(
    children: Sequence[Token], style: str, numbers: Mapping[int, int] | None = None
) -> tuple[Run, ...]:
    """The runs of one inline token's children; ``numbers`` maps the parser's footnote ids
    to the notes' numbers (by default, the parser's order)."""
    runs: list[Run] = []
    bold = italic = 0
    links: list[str | None] = []
    for child in children:  # images are left out: they travel as assets
        kind = child.type
        href = links[-1] if links else None
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold = max(0, bold - 1)
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic = max(0, italic - 1)
        elif kind == "link_open":
            links.append(_safe_href(str(child.attrs.get("href", ""))))
        elif kind == "link_close":
            if links:
                links.pop()
        elif kind in ("text", "code_inline"):
            runs.append(Run(clean(child.content), bool(bold), bool(italic), None, href))
        elif kind == "softbreak":
            runs.append(Run(" ", bool(bold), bool(italic), None, href))
        elif kind == "hardbreak":
            runs.append(Run("\n", bool(bold), bool(italic), None, href))
        elif kind == "footnote_ref":
            note_id = int(child.meta["id"])
            number = numbers.get(note_id, note_id + 1) if numbers is not None else note_id + 1
            runs.append(Run(footnote_marker(number, style), note=number))
    return _merge(runs)


def _is_question(runs: tuple[Run, ...]) -> bool:
    """A paragraph entirely in bold (footnote markers aside)."""
    text_runs = [r for r in runs if r.note is None and r.text.strip()]
    return bool(text_runs) and all(r.bold for r in text_runs)


def plain_runs(text: str) -> tuple[Run, ...]:
    return _merge([Run(clean(text).strip())])


def field_runs(text: str, labels: Mapping[str, int], style: str) -> tuple[Run, ...]:
    """A plain field (title, chapô) whose calls ``[^label]`` of a defined note (``labels``:
    label to number) become note markers; any other text stays as typed."""
    text = clean(text).strip()
    runs: list[Run] = []
    position = 0
    for match in _DANGLING_REF.finditer(text):
        number = labels.get(match.group(1))
        if number is None:
            continue
        runs.append(Run(text[position : match.start()]))
        runs.append(Run(footnote_marker(number, style), note=number))
        position = match.end()
    runs.append(Run(text[position:]))
    return _merge(runs)


def _note_numbers(
    tokens: Sequence[Token], field_labels: Sequence[str]
) -> tuple[dict[int, int], dict[str, int]]:
    """Numbers of the notes in reading order: those the fields call (title, chapô) first,
    then those the body calls. Returns (parser id to number, label to number); a note
    nothing calls has no number."""
    ids: dict[str, int] = {}
    called: list[int] = []
    for token in tokens:
        if token.type == "footnote_open" and token.meta.get("label") is not None:
            ids[str(token.meta["label"])] = int(token.meta["id"])
        elif token.type == "inline":
            called += [int(c.meta["id"]) for c in token.children or [] if c.type == "footnote_ref"]
    numbers: dict[int, int] = {}
    for note_id in [ids[label] for label in field_labels if label in ids] + called:
        numbers.setdefault(note_id, len(numbers) + 1)
    labels = {label: numbers[note_id] for label, note_id in ids.items() if note_id in numbers}
    return numbers, labels


# Blocks ---------------------------------------------------------------------------------


def body_document(body: str, *, kind: str = "", footnote_style: str = "symbols") -> Document:
    """The body of a piece as blocks and footnotes (no head, no signature)."""
    return text_document("", "", body, kind=kind, footnote_style=footnote_style)


def text_document(
    title: str, standfirst: str, body: str, *, kind: str = "", footnote_style: str = "symbols"
) -> Document:
    """Title and chapô (as head blocks, when not empty) and the body, with every note
    called from any of them: what the editor's preview shows, and the core of an export."""
    tokens = parse(body)
    numbers, labels = _note_numbers(tokens, note_calls(title) + note_calls(standfirst))
    head = [
        Block(role, field_runs(text, labels, footnote_style))
        for role, text in ((Role.TITLE, title), (Role.STANDFIRST, standfirst))
        if text.strip()
    ]
    blocks: list[Block] = []
    notes: dict[int, list[Block]] = {}
    interview = kind == PieceKind.INTERVIEW
    in_answer = False
    quote = exergue = 0
    lists: list[list[int | None]] = []  # per open list: [next number or None for bullets]
    item_prefix: str | None = None
    heading = False
    note_id: int | None = None
    for token in tokens:
        kind_ = token.type
        if kind_ == "blockquote_open":
            quote += 1
        elif kind_ == "blockquote_close":
            quote -= 1
        elif kind_ == f"container_{PULL_QUOTE}_open":
            exergue += 1
        elif kind_ == f"container_{PULL_QUOTE}_close":
            exergue -= 1
        elif kind_ == "bullet_list_open":
            lists.append([None])
        elif kind_ == "ordered_list_open":
            lists.append([int(token.attrs.get("start", 1) or 1)])
        elif kind_ in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind_ == "list_item_open" and lists:
            number = lists[-1][0]
            item_prefix = "– " if number is None else f"{number}. "
            if number is not None:
                lists[-1][0] = number + 1
        elif kind_ == "heading_open":
            heading = True
        elif kind_ == "heading_close":
            heading = False
        elif kind_ == "footnote_open":
            note_id = int(token.meta["id"])
            notes.setdefault(note_id, [])
        elif kind_ == "footnote_close":
            note_id = None
        elif kind_ in ("code_block", "fence"):
            text = clean(token.content.rstrip("\n"))
            if text.strip():
                blocks.append(Block(Role.BODY, (Run(text),)))
        elif kind_ == "inline":
            runs = inline_runs(token.children or [], footnote_style, numbers)
            if item_prefix is not None:
                runs = _merge([Run(item_prefix), *runs])
                item_prefix = None
            if not any(run.text.strip() for run in runs):
                continue
            if note_id is not None:
                notes[note_id].append(Block(Role.NOTE, runs))
                continue
            if heading:
                role, in_answer = Role.SUBHEAD, False
            elif exergue:
                role = Role.PULL_QUOTE
            elif quote:
                role = Role.QUOTE
            elif lists:
                role = Role.LIST_ITEM
            elif interview and _is_question(runs):
                role, in_answer = Role.QUESTION, True
                runs = _merge(replace(r, bold=False) for r in runs)
            elif in_answer:
                role = Role.ANSWER
            else:
                role = Role.BODY
            blocks.append(Block(role, runs))
    footnotes = tuple(
        Footnote(number, footnote_marker(number, footnote_style), tuple(notes[note_id]))
        for note_id, number in sorted(numbers.items(), key=lambda item: item[1])
        if note_id in notes
    )
    return Document(
        head=tuple(b for b in head if b.runs), body=tuple(blocks), signature=(), footnotes=footnotes
    )


def authors(piece: PieceDetail) -> list[str]:
    return [c.name for c in piece.contributors if c.role == ContributorRole.AUTHOR]


def build_document(piece: PieceDetail, footnote_style: str = "symbols") -> Document:
    """A whole piece: surtitre, title, chapô, body, signature (byline, note), footnotes."""
    head: list[Block] = []
    if piece.edito_number is not None:
        head.append(Block(Role.KICKER, (Run(f"Édito N°{piece.edito_number}"),)))
    text = text_document(
        piece.title, piece.standfirst, piece.body, kind=piece.kind, footnote_style=footnote_style
    )
    head += text.head
    signature: list[Block] = []
    names = authors(piece)
    if names:
        signature.append(Block(Role.SIGNATURE, plain_runs(", ".join(names))))
    if piece.signature_note.strip():
        signature.append(Block(Role.SIGNATURE, plain_runs(piece.signature_note)))
    return Document(
        head=tuple(b for b in head if b.runs),
        body=text.body,
        signature=tuple(signature),
        footnotes=text.footnotes,
    )


# Footnote checks (for the checklist) ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FootnoteReport:
    undefined: tuple[str, ...]  # labels referenced with no definition
    unused: tuple[str, ...]  # labels defined but never referenced


def footnote_report(body: str, *fields: str) -> FootnoteReport:
    """Calls with no definition and definitions nothing calls, in the body and in the plain
    ``fields`` (title, chapô) whose calls ``[^label]`` are notes of the body too."""
    env: dict = {}
    tokens = parse(body, env)
    field_labels = [label for text in fields for label in note_calls(text)]
    notes = env.get("footnotes", {}).get("list", {})
    defined = {str(note["label"]) for note in notes.values() if "label" in note}
    undefined = [label for label in field_labels if label not in defined]
    for token in tokens:
        if token.type != "inline":
            continue
        for child in token.children or []:
            if child.type == "text":
                undefined.extend(_DANGLING_REF.findall(child.content))
    unused = [
        str(note["label"])
        for note in notes.values()
        if "label" in note and note.get("count", 0) == 0 and note["label"] not in field_labels
    ]
    return FootnoteReport(tuple(dict.fromkeys(undefined)), tuple(unused))
