"""Writing a bundle so that nothing half-written ever carries its final name.

A zip is written under a temporary name beside it and renamed when whole; a folder is
built beside its final place and renamed into it. A killed export leaves at most a hidden
``.NAME.partial-PID`` beside the target, removed by the next export to the same place. A
forced export over an earlier bundle replaces the files that bundle listed and keeps any
other file the person put in the folder.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from pathlib import Path

from workbench.export.names import inside

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"


def _staging(target: Path, kind: str) -> Path:
    return target.with_name(f".{target.name}.{kind}-{os.getpid()}")


def clean_leftovers(target: Path) -> None:
    """Remove what an export to ``target`` killed half-way left beside it."""
    for leftover in target.parent.glob(f".{target.name}.partial-*"):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)
    for leftover in target.parent.glob(f".{target.name}.old-*"):
        shutil.rmtree(leftover, ignore_errors=True)


def _fsync(path: Path) -> None:
    with open(path, "rb") as written:
        os.fsync(written.fileno())


def write_file_atomically(target: Path, data: bytes) -> None:
    """``target`` holds ``data`` whole, or is as it was (a symlink there is replaced, never
    written through)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(target)
    partial = _staging(target, "partial")
    try:
        partial.write_bytes(data)
        _fsync(partial)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _listed(folder: Path) -> set[str]:
    """The files an earlier bundle in ``folder`` listed in its manifest."""
    try:
        previous = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return {str(entry["path"]) for entry in previous.get("files", [])} | {MANIFEST}
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        log.warning("previous manifest in %s unreadable, nothing removed: %s", folder, exc)
        return set()


def write_folder_atomically(out: Path, files: dict[str, bytes]) -> None:
    """``out`` becomes a folder holding ``files`` (its manifest included) in one rename."""
    out.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(out)
    staging = _staging(out, "partial")
    try:
        staging.mkdir()
        for relative in sorted(files):
            path = inside(staging, relative)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(files[relative])
        _fsync(staging / MANIFEST) if MANIFEST in files else None
        if out.is_dir() and not out.is_symlink():
            _keep_other_files(out, staging, replaced=_listed(out) | set(files))
            old = _staging(out, "old")
            os.replace(out, old)
            os.replace(staging, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            if out.is_symlink():
                out.unlink()
            os.replace(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _keep_other_files(old: Path, new: Path, replaced: set[str]) -> None:
    """Copy into the new folder the files of the old one no bundle wrote (a person's notes)."""
    for path in old.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        relative = path.relative_to(old).as_posix()
        if relative in replaced:
            continue
        copy = new / relative
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, copy)
