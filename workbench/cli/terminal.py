"""Text from pieces never reaches a terminal raw.

A title imported from a hostile file may hold escape sequences (ESC, CSI) that move the
cursor, rewrite earlier lines or change the window's title, or bidi overrides that make a
line read backwards. Everything the command line prints goes through :class:`SafeStream`,
which writes such characters as visible ``\\u001b``-style escapes — also valid inside JSON
strings, so ``--json`` output stays parseable.
"""

from __future__ import annotations

import re
from typing import Any, TextIO

# C0 controls but tab and newline, DEL, C1 controls, and the bidi embeddings, overrides
# and isolates.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with every unsafe character written as ``\\u`` and four hex digits."""
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


class SafeStream:
    """A text stream that writes :func:`printable` text to the stream it wraps."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(printable(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:  # flush, fileno, isatty, encoding…
        return getattr(self.stream, name)
