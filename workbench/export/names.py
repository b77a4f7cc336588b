"""File names inside a bundle: ASCII slugs, page prefixes, no collisions, no escape."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from db.errors import WorkbenchError
from workbench.text.fold import fold

MAX_SLUG = 60
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_EXTENSION = re.compile(r"^\.[a-z0-9]{1,5}$")
MEDIA_EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/tiff": ".tif",
    "image/webp": ".webp",
    "image/svg+xml": ".svg",
    "application/pdf": ".pdf",
}


class UnsafePathError(WorkbenchError, ValueError):
    """A path that would leave the bundle folder."""


def slugify(text: str, fallback: str = "papier") -> str:
    """« À vous de jouer ! » → ``a-vous-de-jouer``: ASCII letters, digits and hyphens."""
    slug = _NOT_SLUG.sub("-", fold(text)).strip("-")
    if len(slug) > MAX_SLUG:
        cut = slug[: MAX_SLUG + 1]
        word_end = cut.rfind("-")  # stop at the end of a word when there is one
        slug = (cut[:word_end] if word_end > MAX_SLUG // 2 else cut[:MAX_SLUG]).rstrip("-")
    return slug or fallback


def page_prefix(first_page: int | None) -> str:
    """``p012`` for a piece starting page 12, ``hors-page`` for one not placed yet."""
    return "hors-page" if first_page is None else f"p{first_page:03d}"


def piece_basename(first_page: int | None, title: str, taken: set[str]) -> str:
    """A base name unique within ``taken`` (which it joins): ``p012-a-vous-de-jouer``."""
    base = f"{page_prefix(first_page)}-{slugify(title)}"
    name, counter = base, 2
    while name in taken:
        name = f"{base}-{counter}"
        counter += 1
    taken.add(name)
    return name


def extension(filename: str, media_type: str) -> str:
    """A safe extension for an asset, from its file name or else its media type."""
    suffix = PurePosixPath(filename.replace("\\", "/")).suffix.lower()
    if suffix == ".jpeg":
        suffix = ".jpg"
    if _EXTENSION.match(suffix):
        return suffix
    return MEDIA_EXTENSIONS.get(media_type.lower(), ".bin")


def check_relative(relative: str) -> str:
    """``relative`` if it is a plain relative POSIX path inside the bundle, else raise."""
    path = PurePosixPath(relative)
    if (
        not relative
        or "\\" in relative
        or "\x00" in relative
        or path.is_absolute()
        or any(part in ("", ".", "..") for part in relative.split("/"))
    ):
        raise UnsafePathError(relative)
    return relative


def inside(root: Path, relative: str) -> Path:
    """The path of ``relative`` under ``root``; raises if it would resolve outside it."""
    target = root / check_relative(relative)
    resolved_root = root.resolve()
    resolved = target.resolve()
    if resolved != resolved_root and resolved_root not in resolved.parents:
        raise UnsafePathError(relative)
    return target
