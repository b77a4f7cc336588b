"""Footnotes: ``*``, ``**`` markers and their definitions; embeds turned into links."""

from __future__ import annotations

import re

from workbench.importers import mdtext

_FOOTNOTE_DEF = re.compile(r"^(\*{1,3})\s*(?=\S)(?!\*)(.+)$")
_MARKER = re.compile(r"(?<=[\w)\]».…!?’'\"])(\*{1,3})(?![\w*])")
_OPENING_STARS = re.compile(r"(?:^|(?<=\s))(\*{1,3})(?=[^\s*])")
_AUDIO = re.compile(r"^\[audio:\s*(\S+)\s*(?:\|\s*title=([^\]]*))?\]$")
_EMBED = re.compile(r"^\[embed(?:\s[^\]]*)?\]\s*([^\s<>\[\]]+)\s*\[/embed\]()$")


def take_footnote_definitions(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """Lines starting with ``*``, ``**``… after the text: their definitions, by star count."""
    definitions: dict[int, str] = {}
    kept: list[str] = []
    seen_text = False
    for line in lines:
        match = _FOOTNOTE_DEF.match(line) if seen_text else None
        if match and len(match.group(1)) not in definitions and not match.group(2).endswith("*"):
            definitions[len(match.group(1))] = match.group(2).strip()
        else:
            kept.append(line)
            seen_text = seen_text or bool(line)
    return kept, definitions


def marker_matches(text: str) -> list[re.Match[str]]:
    """Footnote markers, leaving out stars that close an emphasis opened earlier (« **gras** »)."""
    openers = {len(m.group(1)) for m in _OPENING_STARS.finditer(text)}
    found = []
    for match in _MARKER.finditer(text):
        stars = len(match.group(1))
        if stars in openers:
            openers.discard(stars)
            continue
        found.append(match)
    return found


def markers_in(text: str) -> list[int]:
    """Star counts of the footnote markers in a line (« client* », « libre** »)."""
    return [len(m.group(1)) for m in marker_matches(text)]


def to_markdown(text: str, defined: set[int]) -> str:
    """Escape a line, turning markers that have a definition into ``[^n]``."""
    parts: list[str] = []
    position = 0
    for match in marker_matches(text):
        parts.append(mdtext.escape_inline(text[position : match.start()]))
        stars = len(match.group(1))
        parts.append(f"[^{stars}]" if stars in defined else mdtext.escape_inline(match.group(1)))
        position = match.end()
    parts.append(mdtext.escape_inline(text[position:]))
    return mdtext.protect_block_start("".join(parts))


def audio_link(line: str) -> str | None:
    """A WordPress ``[audio:URL | title=T]`` or ``[embed]URL[/embed]`` line as a markdown link."""
    match = _AUDIO.match(line) or _EMBED.match(line)
    if not match:
        return None
    url, title = match.group(1), (match.group(2) or "").strip()
    return f"[{mdtext.escape(title or url)}](<{url}>)"
