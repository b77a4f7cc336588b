"""HTML: one page per piece and an index, safe to open from any bundle.

Everything from a piece goes through ``html.escape``; links keep only http(s)/mailto
targets (tokens.py); pages carry a small inline style sheet, no script, and a content
security policy that forbids scripts and remote loads anyway.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from workbench.export.styles import PARAGRAPH_STYLES, Role
from workbench.export.tokens import Block, Document, Run, clean

CSS = """
body { font-family: Georgia, serif; max-width: 40em; margin: 2em auto; padding: 0 1em;
       line-height: 1.5; color: #222; }
.kicker { text-transform: uppercase; letter-spacing: .1em; font-size: .8em; }
.standfirst, .question { font-weight: bold; }
blockquote { margin: 1em 2em; font-style: italic; }
blockquote.pull_quote { font-size: 1.4em; font-weight: bold; border-left: 4px solid #c00;
       padding-left: .6em; }
.signature { font-style: italic; text-align: right; }
.notes { border-top: 1px solid #999; margin-top: 2em; font-size: .85em; }
figure { margin: 1em 0; } figure img { max-width: 100%; }
figcaption { font-size: .85em; } .credit { color: #666; }
table.sommaire td { padding: .2em .8em .2em 0; vertical-align: top; }
""".strip()

CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"

_BLOCK_TAGS = {Role.TITLE: "h1", Role.SUBHEAD: "h2"}
_QUOTED = (Role.QUOTE, Role.PULL_QUOTE)


def text(value: str) -> str:
    """Escaped text, with forced line breaks kept."""
    return escape(clean(value), quote=True).replace("\n", "<br>")


def _run(run: Run) -> str:
    if run.note is not None:
        return f'<sup class="note-ref"><a href="#note-{run.note}">{text(run.text)}</a></sup>'
    html = text(run.text)
    if run.italic:
        html = f"<em>{html}</em>"
    if run.bold:
        html = f"<strong>{html}</strong>"
    if run.href:
        html = f'<a href="{escape(run.href, quote=True)}" rel="noopener noreferrer">{html}</a>'
    return html


def _runs(runs: tuple[Run, ...]) -> str:
    return "".join(_run(run) for run in runs)


def _block(block: Block) -> str:
    css = block.role.value
    inner = _runs(block.runs)
    title = escape(PARAGRAPH_STYLES[block.role].name, quote=True)
    if block.role in _QUOTED:
        return f'<blockquote class="{css}" title="{title}"><p>{inner}</p></blockquote>'
    tag = _BLOCK_TAGS.get(block.role, "p")
    return f'<{tag} class="{css}" title="{title}">{inner}</{tag}>'


def _page(title: str, body: list[str]) -> bytes:
    lines = [
        "<!DOCTYPE html>",
        '<html lang="fr">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>{text(' '.join(title.split()))}</title>",
        f"<style>\n{CSS}\n</style>",
        "</head>",
        "<body>",
        *body,
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines).encode("utf-8")


@dataclass(frozen=True, slots=True)
class Figure:
    """An image of the piece: its path relative to the HTML page, caption and credit."""

    src: str
    caption: str
    credit: str


def write_html(
    document: Document,
    *,
    title: str,
    issue_label: str = "",
    figures: Sequence[Figure] = (),
) -> bytes:
    """The page of one piece."""
    body: list[str] = []
    if issue_label:
        body.append(f'<nav><a href="index.html">{text(issue_label)}</a></nav>')
    body.append("<article>")
    body += [_block(block) for block in document.head]
    body += [_block(block) for block in document.body]
    for figure in figures:
        credit = f' <span class="credit">© {text(figure.credit)}</span>' if figure.credit else ""
        body.append(
            f'<figure><img src="{escape(figure.src, quote=True)}" alt="{text(figure.caption)}">'
            f"<figcaption>{text(figure.caption)}{credit}</figcaption></figure>"
        )
    body += [_block(block) for block in document.signature]
    body += _notes(document)
    body.append("</article>")
    return _page(title, body)


def _notes(document: Document) -> list[str]:
    """The footnotes, each with the magazine's marker (*, ** … or a number)."""
    if not document.footnotes:
        return []
    lines = ['<aside class="notes">']
    for note in document.footnotes:
        for index, block in enumerate(note.blocks):
            anchor = f' id="note-{note.number}"' if index == 0 else ""
            marker = f'<span class="note-marker">{text(note.marker)}</span> ' if not index else ""
            lines.append(f'<p class="note"{anchor}>{marker}{_runs(block.runs)}</p>')
    lines.append("</aside>")
    return lines


def head_fragment(document: Document) -> str:
    """The head (title, chapô) as HTML, their note calls linked to the notes: what the
    editor's preview shows above the body."""
    return "\n".join(_block(block) for block in document.head)


def body_fragment(document: Document) -> str:
    """The body and its notes as HTML, without page or fields: what the editor's preview
    shows, from the same token walk as every export."""
    return "\n".join([*(_block(block) for block in document.body), *_notes(document)])


@dataclass(frozen=True, slots=True)
class IndexEntry:
    page: str  # « p. 12 » or empty
    title: str
    kind: str
    authors: str
    href: str


def write_index(issue_label: str, entries: Sequence[IndexEntry]) -> bytes:
    """index.html: the sommaire, each title linking to its page."""
    body = [f"<h1>{text(issue_label)}</h1>", '<table class="sommaire">']
    for entry in entries:
        body.append(
            f"<tr><td>{text(entry.page)}</td>"
            f'<td><a href="{escape(entry.href, quote=True)}">{text(entry.title)}</a></td>'
            f"<td>{text(entry.kind)}</td><td>{text(entry.authors)}</td></tr>"
        )
    body.append("</table>")
    return _page(issue_label, body)
