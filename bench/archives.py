"""Demo archives for the benchmark, built once and cached in ``.bench-cache/``.

A cached archive is named by its parameters, the schema revision and the version of the
demo generator (a digest of :mod:`bench.demo` and :mod:`bench.demo_words`): change
any of them and the archive is built again. Scenarios only read an archive; those that
write (the editor) work on a copy.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.config import Archive


@dataclass(frozen=True)
class BuiltArchive:
    spec: Archive
    path: Path
    publication_id: int
    long_interview_id: int | None
    issue_ids: tuple[int, ...]  # newest first
    build_seconds: float | None  # None when it came from the cache


def generator_version() -> str:
    """A digest of the demo generator's source: a new generator means new archives."""
    from bench import demo, demo_words

    digest = hashlib.sha256()
    for module in (demo, demo_words):
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()[:10]


def cache_key(spec: Archive) -> str:
    from db.engine import head_revision

    return f"archive-{spec.name}-r{head_revision()}-g{generator_version()}"


def _remove(path: Path) -> None:
    for extra in ("", "-wal", "-shm", ".lock", ".json"):
        target = path.with_name(path.name + extra) if extra else path
        target.unlink(missing_ok=True)


def _prune(cache_dir: Path, spec: Archive, keep: str) -> None:
    """Older builds of the same archive (another revision or generator) are deleted."""
    for old in cache_dir.glob(f"archive-{spec.name}-r*.sqlite"):
        if old.stem != keep:
            _remove(old)


def ensure_archive(
    spec: Archive, cache_dir: Path, log: Callable[[str], object] = print
) -> BuiltArchive:
    """The archive for ``spec``, from the cache or built now."""
    from bench.demo import add_long_interview, build_demo_archive
    from workbench.store import Store

    cache_dir.mkdir(parents=True, exist_ok=True)
    key = cache_key(spec)
    path = cache_dir / f"{key}.sqlite"
    meta_path = cache_dir / f"{key}.sqlite.json"
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        return BuiltArchive(
            spec,
            path,
            meta["publication_id"],
            meta["long_interview_id"],
            tuple(meta["issue_ids"]),
            None,
        )
    _prune(cache_dir, spec, key)
    log(f"  building the archive {spec.issues} numéros / {spec.pieces} papiers (cached)…")
    partial = cache_dir / f"{key}.partial.sqlite"
    _remove(partial)
    started = time.perf_counter()
    with Store.open(partial) as store:
        result = build_demo_archive(store, spec.issues, spec.pieces, seed=spec.seed)
        long_id = (
            add_long_interview(
                store, result.publication_id, seed=spec.seed, signs=spec.long_interview_signs
            )
            if spec.long_interview_signs
            else None
        )
        issue_ids = [
            r[0]
            for r in store.query(
                "SELECT id FROM issue WHERE publication_id = ? ORDER BY number DESC",
                (result.publication_id,),
            )
        ]
        store.query("PRAGMA wal_checkpoint(TRUNCATE)")
    elapsed = time.perf_counter() - started
    for extra in ("-wal", "-shm"):
        Path(str(partial) + extra).unlink(missing_ok=True)
    os.replace(partial, path)
    meta = {
        "publication_id": result.publication_id,
        "long_interview_id": long_id,
        "issue_ids": issue_ids,
        "build_seconds": round(elapsed, 2),
    }
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    log(f"  … built in {elapsed:.1f} s")
    return BuiltArchive(spec, path, result.publication_id, long_id, tuple(issue_ids), elapsed)


def working_copy(archive: BuiltArchive, folder: Path) -> Path:
    """A copy of an archive that a scenario may write to."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / archive.path.name
    _remove(target)
    shutil.copyfile(archive.path, target)
    return target
