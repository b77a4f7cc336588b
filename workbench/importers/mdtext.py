"""Turning plain text into house markdown that reads back as the same text."""

from __future__ import annotations

import re

_INLINE = re.compile(r"([\\`*_\[\]<>])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_BLOCK_START = re.compile(r"^(#{1,6}(?=\s|$)|[>+\-=|~:]|\d{1,9}(?=[.)]))")


def escape_inline(text: str) -> str:
    """Escape what CommonMark would read as inline syntax (emphasis, links, code…)."""
    return _ENTITY.sub("&amp;", _INLINE.sub(r"\\\1", text))


def escape(text: str) -> str:
    """Escape what CommonMark (and the house plugins) would read as syntax in one paragraph."""
    return protect_block_start(escape_inline(text))


def protect_block_start(text: str) -> str:
    """Escape a line start that would open a heading, list, quote, fence or container."""
    match = _BLOCK_START.match(text)
    if match:
        token = match.group(1)
        return f"{token}\\{text[len(token) :]}" if token[0].isdigit() else "\\" + text
    return text


def paragraph(text: str) -> str:
    """One line of plain text as one paragraph: inner whitespace kept, ends trimmed."""
    return escape(" ".join(text.split()) if "\n" in text else text.strip())


def bold(markdown: str) -> str:
    """A paragraph entirely in bold (an interview question)."""
    return f"**{markdown}**"


def join_blocks(blocks: list[str]) -> str:
    return "\n\n".join(b for b in blocks if b) + "\n" if blocks else ""
