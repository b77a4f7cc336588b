"""Bounds on everything read from outside, checked before anything is stored.

A real magazine title is under 300 characters, a chapô under 2,000, and the longest
dossier about 40,000 signes: the limits below are far above what the magazine writes, so
they never refuse real work, and far below what exhausts memory or time (a title of 312
million characters built by a YAML alias bomb, a DOCX whose XML inflates to gigabytes).
Each refusal names the limit, in French.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from typing import Any

from db.errors import WorkbenchError

MAX_TITLE_CHARS = 500
MAX_STANDFIRST_CHARS = 5_000
MAX_SIGNATURE_NOTE_CHARS = 2_000
MAX_BODY_CHARS = 1_000_000  # 25 times the longest dossier
MAX_NOTES = 500
MAX_CONTRIBUTORS = 50
MAX_NAME_CHARS = 200  # a person's display name on a team store
MAX_FRONT_MATTER_BYTES = 64 * 1024
MAX_ISSUE_NUMBER = 1_000_000
MAX_ISSUE_PAGES = 1_000  # the thickest special issues run to a few hundred pages

# Archives: a DOCX, a bundle zip.
MAX_ARCHIVE_ENTRIES = 5_000
MAX_DOCX_UNCOMPRESSED = 100 * 1024 * 1024
MAX_BUNDLE_UNCOMPRESSED = 2 * 1024 * 1024 * 1024
MAX_BUNDLE_FILE = 200 * 1024 * 1024  # one picture or document of a bundle
MAX_COMPRESSION_RATIO = 200  # text compresses 5 to 20 times; bombs a thousand and more
RATIO_CHECKED_ABOVE = 1024 * 1024  # small entries (a tiny XML part) may compress well
NESTED_ARCHIVES = (".zip", ".docx", ".xlsx", ".odt", ".jar", ".gz", ".7z", ".rar")

# Characters no field of a piece should hold: C0 controls but tab and newline, DEL, C1
# controls, and the bidi embeddings, overrides and isolates (a title that reads backwards,
# or escape sequences that rewrite a terminal).
_INVISIBLE_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NOTE_DEFINITION = re.compile(r"^\[\^[^\]\n]{1,100}\]:", re.MULTILINE)


class LimitError(WorkbenchError, ValueError):
    """Something read from outside is larger than Workbench accepts; says which limit."""

    def sentence(self) -> str:
        """The message as a sentence of its own (« Le titre est trop long (…). »)."""
        text = str(self)
        return f"{text[:1].upper()}{text[1:]}."


def _chars(count: int) -> str:
    return f"{count:,}".replace(",", "\u202f") + " caractères"


def strip_controls(text: str) -> tuple[str, int]:
    """``text`` without control and bidi-override characters, and how many went."""
    cleaned, count = _INVISIBLE_CONTROLS.subn("", text)
    return cleaned, count


def check_field_lengths(
    *,
    title: str | None = None,
    standfirst: str | None = None,
    signature_note: str | None = None,
    body: str | None = None,
) -> None:
    """Refuse a field longer than its limit (None: not checked)."""
    for label, value, limit in (
        ("le titre", title, MAX_TITLE_CHARS),
        ("le chapô", standfirst, MAX_STANDFIRST_CHARS),
        ("la mention de signature", signature_note, MAX_SIGNATURE_NOTE_CHARS),
        ("le texte", body, MAX_BODY_CHARS),
    ):
        if value is not None and len(value) > limit:
            raise LimitError(
                f"{label} est trop long ({_chars(len(value))} ; maximum {_chars(limit)})"
            )


def check_piece_size(
    *,
    title: str,
    standfirst: str,
    body: str,
    signature_note: str = "",
    contributors: int = 0,
) -> None:
    """Every limit of one piece read from a file or a bundle."""
    check_field_lengths(
        title=title, standfirst=standfirst, signature_note=signature_note, body=body
    )
    notes = len(_NOTE_DEFINITION.findall(body))
    if notes > MAX_NOTES:
        raise LimitError(f"trop de notes ({notes} ; maximum {MAX_NOTES})")
    if contributors > MAX_CONTRIBUTORS:
        raise LimitError(f"trop de contributeurs ({contributors} ; maximum {MAX_CONTRIBUTORS})")


def check_archive(
    archive: zipfile.ZipFile, *, max_total: int, allow_nested: Iterable[str] = ()
) -> None:
    """Refuse a zip bomb before anything is inflated: too many entries, too much declared
    data in all, an entry that inflates far more than text does, or an archive inside.

    Python's zipfile never inflates an entry past its declared size (and then fails its
    CRC), so declared sizes bound what reading can cost.
    """
    entries = archive.infolist()
    if len(entries) > MAX_ARCHIVE_ENTRIES:
        raise LimitError(f"archive de {len(entries)} fichiers (maximum {MAX_ARCHIVE_ENTRIES})")
    total = 0
    nested_ok = tuple(s.lower() for s in allow_nested)
    for info in entries:
        total += info.file_size
        if total > max_total:
            raise LimitError(
                f"archive trop volumineuse une fois décompressée (plus de "
                f"{max_total // (1024 * 1024)} Mo)"
            )
        if info.file_size > RATIO_CHECKED_ABOVE and (
            info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
        ):
            raise LimitError(
                f"« {info.filename} » se décompresse {info.file_size // max(info.compress_size, 1)} "
                "fois plus gros que dans l'archive (bombe de décompression)"
            )
        lowered = info.filename.lower()
        if lowered.endswith(NESTED_ARCHIVES) and not lowered.endswith(nested_ok):
            raise LimitError(f"« {info.filename} » est une archive dans l'archive")


def refuse_xml_entities(data: bytes, name: str) -> None:
    """No document type declaration, hence no entity, internal or external: Word and
    Workbench never write one, and entities are how XML bombs and XXE work."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:  # XML keywords are case-sensitive
        raise LimitError(f"« {name} » déclare des entités XML (refusé par sécurité)")


def load_front_matter(source: str) -> Any:
    """YAML front matter, read with PyYAML's safe loader and without anchors or aliases:
    a front matter has no use for them, and nested aliases expand a few hundred bytes into
    gigabytes (« billion laughs »). Raises LimitError for a header over the size limit or
    using aliases, ``yaml.YAMLError`` for one that does not parse."""
    import yaml  # noqa: PLC0415 - start-up: PyYAML loads on first use

    if len(source.encode("utf-8")) > MAX_FRONT_MATTER_BYTES:
        raise LimitError(f"en-tête YAML trop long (plus de {MAX_FRONT_MATTER_BYTES // 1024} Ko)")

    class NoAliasLoader(yaml.SafeLoader):
        def compose_node(self, parent: Any, index: Any) -> Any:
            event = self.peek_event()
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                line = event.start_mark.line + 2  # the fence is line 1
                raise LimitError(
                    f"en-tête YAML refusé : ancres et alias (& et *) non acceptés (ligne {line})"
                )
            return super().compose_node(parent, index)

    return yaml.load(source, Loader=NoAliasLoader)  # a SafeLoader: no Python objects
