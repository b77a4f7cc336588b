"""Markdown: the piece as stored, its fields as YAML front matter.

The front matter uses the public field names of ``workbench list --json``
(workbench.piecejson) so that the Markdown importer reads an exported file back. Fields
that only make sense inside one database (``id``, ``deleted``) are left out; the body
follows the front matter as plain CommonMark: the body as stored, with each paragraph
break written as a blank line (:func:`workbench.text.markdown.paragraph_breaks`), so that any
Markdown reader sees the paragraphs and line breaks the editor shows.
"""

from __future__ import annotations

from typing import Any

import yaml

from db.errors import WorkbenchError
from workbench.limits import LimitError, load_front_matter
from workbench.piecejson import piece_to_dict
from workbench.records import PieceDetail
from workbench.text.markdown import paragraph_breaks

LOCAL_FIELDS = ("id", "deleted")
FENCE = "---"


# Characters YAML treats as line breaks or cannot carry raw: such strings are written
# double-quoted, where PyYAML escapes them, so they read back unchanged.
_NEEDS_QUOTING = frozenset("\x85\u2028\u2029\r") | {chr(c) for c in range(0x20) if c not in (9, 10)}


class _FrontMatterDumper(yaml.SafeDumper):
    pass


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if any(ch in _NEEDS_QUOTING for ch in value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_FrontMatterDumper.add_representer(str, _represent_str)


class FrontMatterError(WorkbenchError, ValueError):
    """A Markdown file whose front matter cannot be read."""


def front_matter(piece: PieceDetail) -> dict[str, Any]:
    """The fields of a piece under their public names, without body and local ids."""
    data = piece_to_dict(piece, with_body=True)
    for name in (*LOCAL_FIELDS, "body"):
        data.pop(name, None)
    return data


def write_markdown(piece: PieceDetail, meta: dict[str, Any] | None = None) -> bytes:
    """The file: front matter (``meta``, by default :func:`front_matter`), then the body."""
    fields = front_matter(piece) if meta is None else meta
    header = yaml.dump(
        fields, Dumper=_FrontMatterDumper, allow_unicode=True, sort_keys=False, width=1_000_000
    )
    return f"{FENCE}\n{header}{FENCE}\n\n{paragraph_breaks(piece.body)}".encode()


def read_markdown(text: str) -> tuple[dict[str, Any], str]:
    """Front matter and body of a file written by :func:`write_markdown`."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.startswith(FENCE + "\n"):
        return {}, text
    end = text.find(f"\n{FENCE}\n", len(FENCE))
    if end == -1:
        raise FrontMatterError("l'en-tête YAML n'est pas refermé par « --- »")
    try:
        meta = load_front_matter(text[len(FENCE) + 1 : end + 1]) or {}
    except LimitError as exc:
        raise FrontMatterError(str(exc)) from exc
    except yaml.YAMLError as exc:
        raise FrontMatterError(f"en-tête YAML illisible ({exc.__class__.__name__})") from exc
    if not isinstance(meta, dict):
        raise FrontMatterError("l'en-tête YAML n'est pas une liste de champs")
    body = text[end + len(FENCE) + 2 :]
    return meta, body[1:] if body.startswith("\n") else body
