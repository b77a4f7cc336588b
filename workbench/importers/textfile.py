"""Reading a file that should hold text: size and content checks, then decoding.

UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; anything else is
tried as Windows-1252, then Latin-1, and kept only if it looks like a human language
rather than bytes of another kind.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from db.errors import WorkbenchError

MAX_BYTES = 5 * 1024 * 1024

# A well-formed multi-byte UTF-8 character (é is C3 A9): a file made mostly of them is
# UTF-8, so a byte that does not decode there is damage to report, not another encoding.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# Non-ASCII characters that are not letters but are common in French text.
_USUAL_SYMBOLS = set("«»€–—’‘“”…°·•²³½¼¾§©®™×÷±µ\u00a0\u202f")


class RefusedFile(WorkbenchError):
    """A file the importer will not read; the message says why, in French."""


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str


def check_size(size: int, limit: int = MAX_BYTES) -> None:
    if size == 0:
        raise RefusedFile("le fichier est vide")
    if size > limit:
        raise RefusedFile(
            f"le fichier est trop volumineux ({size / 1024 / 1024:.1f} Mo ; "
            f"maximum {limit / 1024 / 1024:.0f} Mo)"
        )


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes, after refusing empty and oversized files without reading them."""
    try:
        check_size(path.stat().st_size, limit)
        return path.read_bytes()
    except OSError as exc:
        raise RefusedFile(f"lecture impossible ({exc.strerror or exc})") from exc


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters: not a text file."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(2, len(sample) // 100)


def plausible_text(text: str) -> bool:
    """Whether text decoded with a single-byte code page reads as a language.

    Wrong guesses show up as C1 control characters or as a large share of non-ASCII
    symbols that are not letters.
    """
    odd = 0
    non_ascii = 0
    for ch in text:
        if ord(ch) < 128:
            continue
        non_ascii += 1
        if 0x80 <= ord(ch) <= 0x9F:
            return False
        if not unicodedata.category(ch).startswith("L") and ch not in _USUAL_SYMBOLS:
            odd += 1
    return non_ascii == 0 or odd <= max(3, non_ascii // 5)


def decode(data: bytes) -> DecodedText:
    """Text of ``data``; raises RefusedFile when it is not text in a known encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)
    else:
        if looks_binary(data):
            raise RefusedFile("ce n'est pas un fichier texte (contenu binaire)")
        encodings = ("utf-8", "cp1252", "latin-1")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            if encoding == "utf-8" and _damaged_utf8(data):
                raise RefusedFile(_bad_utf8_byte(data, exc.start)) from exc
            continue
        if encoding in ("cp1252", "latin-1") and not plausible_text(text):
            continue
        text = normalise(text)
        if not text.strip():
            raise RefusedFile("le fichier est vide (il ne contient que des espaces)")
        return DecodedText(text, encoding)
    raise RefusedFile(
        "encodage non reconnu (ni UTF-8, ni Windows-1252, ni Latin-1) : "
        "réenregistrez le fichier en UTF-8"
    )


def _damaged_utf8(data: bytes) -> bool:
    """More well-formed UTF-8 characters than bytes that do not decode: UTF-8 with damage
    (another encoding makes well-formed sequences only by chance, and few of them)."""
    bad = data.decode("utf-8", "replace").count("\ufffd")
    return len(_UTF8_SEQUENCE.findall(data)) > bad


def _bad_utf8_byte(data: bytes, offset: int) -> str:
    """Where a file that is UTF-8 elsewhere has a byte that is not: one line for people."""
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return (
        f"octet invalide en UTF-8 (0x{data[offset]:02X}, ligne {line}, colonne {column}) : le "
        "fichier est en UTF-8 mais abîmé à cet endroit ; corrigez ce caractère ou "
        "réenregistrez le fichier en UTF-8"
    )


def normalise(text: str) -> str:
    """NFC, Unix line ends, no BOM."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return unicodedata.normalize("NFC", text)


def read_text(path: Path, limit: int = MAX_BYTES) -> DecodedText:
    return decode(read_bytes(path, limit))
