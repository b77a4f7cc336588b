"""The one walk of the house markdown token stream shared by every exporter.

A piece becomes a small document model: blocks with a style role (see styles.py) holding
inline runs (bold, italic, link, footnote marker), and its footnotes numbered in reading
order and marked in the publication's style (``*``, ``**``… or ``1``, ``2``…). Writers
never look at markdown again.

Run text may hold ``"\\n"``: a forced line break inside the paragraph. Text is cleaned of
characters XML cannot carry; everything else, no-break spaces included, is kept as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from db.vocabulary import ContributorRole, FootnoteStyle, PieceKind
from workbench.export.styles import CharRole, Role
from workbench.markdown import PULL_QUOTE, parse

if TYPE_CHECKING:
    from markdown_it.token import Token

    from workbench.records import PieceDetail

# Characters XML 1.0 forbids (C0 controls but tab/newline/CR, surrogates, U+FFFE/U+FFFF).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# What the footnote plugin leaves as text when a reference has no definition.
_DANGLING_REF = re.compile(r"\[\^([^\]\s]+)\]")
# Link schemes a reader may follow; anything else (javascript:, data:…) keeps its text only.
_SAFE_SCHEMES = ("http://", "https://", "mailto:")


def clean(text: str) -> str:
    """``text`` without the characters no XML document can hold, line ends as ``\\n``."""
    return _XML_ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


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


def marker_counts(labels: dict[int, str]) -> dict[int, int]:
    """Which marker each note prints with (its count of ``*`` with the symbols style), by
    note id: the magazine's own marker when the label gives it (``[^2]`` is the ``**``
    note, as the importer labels a page's ``**`` note), else the reading order. When two
    notes would share a marker, the reading order for all."""
    counts = {
        note_id: int(label) if label.isdigit() and int(label) > 0 else note_id + 1
        for note_id, label in labels.items()
    }
    if len(set(counts.values())) != len(counts):
        return {note_id: note_id + 1 for note_id in labels}
    return counts


def inline_runs(
    children: Sequence[Token], style: str, counts: dict[int, int] | None = None
) -> tuple[Run, ...]:
    """The runs of one inline token's children (``counts``: see :func:`marker_counts`)."""
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
            marker = footnote_marker((counts or {}).get(note_id, note_id + 1), style)
            runs.append(Run(marker, note=note_id + 1))
    return _merge(runs)


def _is_question(runs: tuple[Run, ...]) -> bool:
    """A paragraph entirely in bold (footnote markers aside)."""
    text_runs = [r for r in runs if r.note is None and r.text.strip()]
    return bool(text_runs) and all(r.bold for r in text_runs)


def plain_runs(text: str) -> tuple[Run, ...]:
    return _merge([Run(clean(text).strip())])


# Blocks ---------------------------------------------------------------------------------


def body_document(body: str, *, kind: str = "", footnote_style: str = "symbols") -> Document:
    """The body of a piece as blocks and footnotes (no head, no signature)."""
    tokens = parse(body)
    labels = {
        int(t.meta["id"]): str(t.meta.get("label", "")) for t in tokens if t.type == "footnote_open"
    }
    # Numbers are counted in reading order (Word and InDesign number notes themselves).
    counts = marker_counts(labels) if footnote_style == "symbols" else {i: i + 1 for i in labels}
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
            runs = inline_runs(token.children or [], footnote_style, counts)
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
        Footnote(number + 1, footnote_marker(counts[number], footnote_style), tuple(notes[number]))
        for number in sorted(notes)
    )
    return Document(head=(), body=tuple(blocks), signature=(), footnotes=footnotes)


def authors(piece: PieceDetail) -> list[str]:
    return [c.name for c in piece.contributors if c.role == ContributorRole.AUTHOR]


def build_document(piece: PieceDetail, footnote_style: str = "symbols") -> Document:
    """A whole piece: surtitre, title, chapô, body, signature (byline, note), footnotes."""
    head: list[Block] = []
    if piece.edito_number is not None:
        head.append(Block(Role.KICKER, (Run(f"Édito N°{piece.edito_number}"),)))
    head.append(Block(Role.TITLE, plain_runs(piece.title)))
    if piece.standfirst.strip():
        head.append(Block(Role.STANDFIRST, plain_runs(piece.standfirst)))
    signature: list[Block] = []
    names = authors(piece)
    if names:
        signature.append(Block(Role.SIGNATURE, plain_runs(", ".join(names))))
    if piece.signature_note.strip():
        signature.append(Block(Role.SIGNATURE, plain_runs(piece.signature_note)))
    body = body_document(piece.body, kind=piece.kind, footnote_style=footnote_style)
    return Document(
        head=tuple(b for b in head if b.runs),
        body=body.body,
        signature=tuple(signature),
        footnotes=body.footnotes,
    )


# Footnote checks (for the checklist) ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FootnoteReport:
    undefined: tuple[str, ...]  # labels referenced with no definition
    unused: tuple[str, ...]  # labels defined but never referenced


def footnote_report(body: str) -> FootnoteReport:
    env: dict = {}
    tokens = parse(body, env)
    undefined: list[str] = []
    for token in tokens:
        if token.type != "inline":
            continue
        for child in token.children or []:
            if child.type == "text":
                undefined.extend(_DANGLING_REF.findall(child.content))
    refs = env.get("footnotes", {}).get("refs", {})
    unused = [label[1:] for label, index in refs.items() if index == -1]
    return FootnoteReport(tuple(dict.fromkeys(undefined)), tuple(unused))
