"""Automatic backups a person can use: taken with SQLite's online backup API, checked,
kept in a rolling set, listed and restored.

A backup is written under a temporary name, checked with ``PRAGMA quick_check`` and only
then renamed into place, so a backup killed half-way never looks like a usable one. They
live in a folder beside the database (``workbench.sqlite.backups/``), one file each,
named after the time (UTC) and the reason they were taken:

* ``migration-NNNN``: before the schema is upgraded from revision NNNN;
* ``daily``: the first time the window opens the database on a given day;
* ``import``: before an import of many files or of a bundle;
* ``restore``: before another backup is restored over the database.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from db.engine import StoreError, read_revision

log = logging.getLogger(__name__)

SUFFIX = ".sqlite"
# How many backups of each reason are kept (the oldest go first).
KEEP = {"daily": 7, "import": 5, "restore": 3, "migration": 3}
_NAME = re.compile(r"^(?P<stamp>\d{8}T\d{6}Z)-(?P<reason>[a-z]+(?:-\d{4})?)\.sqlite$")
_STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken_at: datetime  # naive UTC
    reason: str  # daily, import, restore, migration-0002
    size: int

    @property
    def kind(self) -> str:
        return self.reason.split("-", 1)[0]

    @property
    def label(self) -> str:
        """The reason in French, for the list a person chooses from."""
        if self.kind == "migration":
            return f"avant la mise à jour du schéma {self.reason.split('-', 1)[1]}"
        return {
            "daily": "sauvegarde du jour",
            "import": "avant un import",
            "restore": "avant une restauration",
        }.get(self.kind, self.reason)


def backup_folder(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".backups")


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def list_backups(db_path: Path) -> list[Backup]:
    """The usable backups of a database, newest first (temporary files are not listed)."""
    folder = backup_folder(db_path)
    found: list[Backup] = []
    try:
        entries = list(folder.iterdir())
    except OSError:  # silent: no backup folder yet means no backups
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        taken = datetime.strptime(match["stamp"], _STAMP)
        found.append(Backup(path, taken, match["reason"], path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def quick_check(path: Path) -> str | None:
    """None when SQLite finds the file sound, else what it says is wrong (one line)."""
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    problems = [row[0] for row in rows if row[0] != "ok"]
    return "; ".join(problems[:3]) if problems else None


def take_backup(db_path: Path, reason: str, *, now: datetime | None = None) -> Backup:
    """Copy the database into the backup folder (a consistent snapshot, even while others
    write), check the copy, and keep the rolling set. Raises StoreError when it cannot."""
    taken_at = (now or _utcnow()).replace(microsecond=0)
    folder = backup_folder(db_path)
    final = folder / f"{taken_at.strftime(_STAMP)}-{reason}{SUFFIX}"
    partial = folder / f".{final.name}.partial"
    try:
        folder.mkdir(exist_ok=True)
        partial.unlink(missing_ok=True)
        source = sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(partial)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                target.close()
        finally:
            source.close()
        problem = quick_check(partial)
        if problem is not None:
            raise StoreError(f"La copie de sauvegarde est défectueuse ({problem}).")
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, final)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(
            f"Sauvegarde impossible dans « {folder} » : {getattr(exc, 'strerror', None) or exc}."
        ) from exc
    prune(db_path)
    log.info("backup %s taken (%s)", final.name, reason)
    return Backup(final, taken_at, reason, final.stat().st_size)


def prune(db_path: Path) -> list[Path]:
    """Remove the oldest backups beyond :data:`KEEP` for each kind; returns them."""
    removed: list[Path] = []
    seen: dict[str, int] = {}
    for backup in list_backups(db_path):
        seen[backup.kind] = seen.get(backup.kind, 0) + 1
        if seen[backup.kind] > KEEP.get(backup.kind, 3):
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    for leftover in backup_folder(db_path).glob(".*.partial"):  # a backup killed half-way
        leftover.unlink(missing_ok=True)
    return removed


def daily_backup_due(db_path: Path, now: datetime | None = None) -> bool:
    """Whether no daily backup was taken in the last 24 hours."""
    moment = now or _utcnow()
    latest = next((b for b in list_backups(db_path) if b.kind == "daily"), None)
    return latest is None or moment - latest.taken_at >= timedelta(hours=24)


def restore_backup(db_path: Path, backup: Path) -> Backup:
    """Put a backup's content back into the database, through SQLite (so connections that
    are open see it, and the write-ahead log stays consistent). The database as it was is
    backed up first; returns that backup."""
    problem = quick_check(backup)
    if problem is not None:
        raise StoreError(f"« {backup.name} » est endommagée ({problem}) : rien n'a été restauré.")
    read_revision(backup)  # refuses a file that is not a Workbench database
    before = take_backup(db_path, "restore")
    try:
        source = sqlite3.connect(f"{backup.absolute().as_uri()}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(db_path, timeout=10.0)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
    except sqlite3.Error as exc:
        log.error("restoring %s failed: %s", backup.name, exc)
        raise StoreError(
            f"Restauration impossible ({exc}) : la base est restée comme avant "
            f"(copie dans « {before.path.name} »)."
        ) from exc
    log.info("backup %s restored (the base before it: %s)", backup.name, before.path.name)
    return before
