"""WordPress shortcodes left in a saved page: « [divider top="0"] », « [caption …]…[/caption] »…

A shortcode is ``[name attributes]``, or ``[name attributes]content[/name]`` for the
enclosing ones. Only the names below are read as shortcodes, so that « [sic] » or
« […] » in a text stay as they are. The scan is a plain left-to-right walk over each
line (``str.find``), linear in its length.

What happens to each:

- layout furniture (``divider``, ``gallery``…): removed;
- image captions (``caption``, ``wp_caption``): removed with their text, which is image
  furniture, not the piece's text; the verbatim caption goes to the import report, and a
  photo credit in it (« – © Prénom Nom ») is returned to the caller;
- ``embed``: turned into its content, the address; alone on its line it is left whole
  for the body, which makes a link of it (``footnotes.audio_link``);
- formatting wrappers (``dropcap``, ``highlight``…): turned into their content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DROPPED = frozenset(
    {
        "divider",
        "clear",
        "gap",
        "spacer",
        "separator",
        "hr",
        "gallery",
        "playlist",
        "video",
        "contact-form-7",
        "ad",
        "adsense",
        "share",
        "social",
    }
)
CAPTIONS = frozenset({"caption", "wp_caption"})
EMBEDS = frozenset({"embed"})
WRAPPERS = frozenset(
    {
        "dropcap",
        "highlight",
        "quote",
        "pullquote",
        "blockquote",
        "box",
        "note",
        "one_half",
        "one_half_last",
        "one_third",
        "one_third_last",
        "two_third",
        "two_third_last",
        "column",
        "row",
        "su_quote",
        "su_highlight",
        "su_note",
        "su_box",
        "su_column",
        "su_row",
    }
)
KNOWN = DROPPED | CAPTIONS | EMBEDS | WRAPPERS
_TAG = re.compile(r"\[(/?)([a-z][a-z0-9_-]{0,30})(?=[\s\]/])")


@dataclass(slots=True)
class Shortcodes:
    lines: list[str]
    removed: list[str] = field(default_factory=list)  # verbatim, for the import report
    captions: list[str] = field(default_factory=list)  # the text of removed captions


def strip_shortcodes(lines: list[str]) -> Shortcodes:
    """Remove or unwrap the known shortcodes of each line (see the module's docstring)."""
    result = Shortcodes([])
    for line in lines:
        if "[" not in line:
            result.lines.append(line)
            continue
        result.lines.append(_strip_line(line, result))
    return result


def _strip_line(line: str, result: Shortcodes) -> str:
    parts: list[str] = []
    position = 0
    while True:
        start = line.find("[", position)
        if start < 0:
            break
        match = _TAG.match(line, start)
        end = line.find("]", start) if match else -1
        if not match or end < 0 or match.group(2) not in KNOWN:
            parts.append(line[position : start + 1])
            position = start + 1
            continue
        parts.append(line[position:start])
        closing, name = match.group(1), match.group(2)
        tag = line[start : end + 1]
        position = end + 1
        if closing:  # a closing tag whose opening was elsewhere (another line)
            result.removed.append(tag)
            continue
        close_tag = f"[/{name}]"
        close = line.find(close_tag, position)
        content = line[position:close] if close >= 0 else ""
        if name in CAPTIONS:
            whole = line[start : close + len(close_tag)] if close >= 0 else tag
            result.removed.append(whole)
            if content.strip():
                result.captions.append(" ".join(content.split()))
        elif name in EMBEDS and close >= 0:
            result.removed += [tag, close_tag]
            whole_line = start == 0 and close + len(close_tag) == len(line)
            # Alone on its line, it stays for the body to make a link of (``audio_link``).
            parts.append(line if whole_line else content.strip())
            if whole_line:
                return line
        elif name in WRAPPERS or name in EMBEDS:
            result.removed += [tag, close_tag] if close >= 0 else [tag]
            parts.append(content)
        else:
            result.removed.append(line[start : close + len(close_tag)] if close >= 0 else tag)
        if close >= 0:
            position = close + len(close_tag)
    parts.append(line[position:])
    text = "".join(parts)
    return " ".join(text.split()) if text != line else line
