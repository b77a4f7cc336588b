"""Backups a person can use: taken, checked, rolled, listed and restored; an upgrade that
fails half-way leaves the database as it was."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

import db.engine
from db.backups import (
    KEEP,
    backup_folder,
    daily_backup_due,
    list_backups,
    quick_check,
    restore_backup,
    take_backup,
)
from db.engine import StoreError, head_revision
from workbench import pieces
from workbench.cli import main
from workbench.store import Store

T0 = datetime(2026, 12, 1, 8, 30)


def titles(db_path: Path) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        return [r[0] for r in conn.execute("SELECT title FROM piece ORDER BY id")]


def test_a_backup_is_a_checked_snapshot_in_its_own_folder(store, publication, db_path):
    pieces.create_piece(store, publication, "edito", "Avant")
    backup = take_backup(db_path, "daily", now=T0)
    assert backup.path.parent == backup_folder(db_path)
    assert backup.path.name == "20261201T083000Z-daily.sqlite"
    assert quick_check(backup.path) is None
    assert titles(backup.path) == ["Avant"]
    assert list_backups(db_path) == [backup]
    assert backup.label == "sauvegarde du jour"
    assert not list(backup_folder(db_path).glob(".*"))  # no temporary file left


def test_a_half_written_backup_is_never_listed_and_is_cleaned(store, db_path):
    folder = backup_folder(db_path)
    folder.mkdir()
    (folder / ".20261201T083000Z-daily.sqlite.partial").write_bytes(b"SQLite format 3\x00")
    assert list_backups(db_path) == []
    take_backup(db_path, "daily", now=T0)
    assert not list(folder.glob(".*.partial"))


def test_the_rolling_set_keeps_the_newest_of_each_kind(store, db_path):
    for day in range(KEEP["daily"] + 3):
        take_backup(db_path, "daily", now=T0 + timedelta(days=day))
    take_backup(db_path, "import", now=T0)
    daily = [b for b in list_backups(db_path) if b.kind == "daily"]
    assert len(daily) == KEEP["daily"]
    assert daily[0].taken_at == T0 + timedelta(days=KEEP["daily"] + 2)
    assert [b.kind for b in list_backups(db_path)].count("import") == 1


def test_a_daily_backup_is_due_after_24_hours(store, db_path):
    assert daily_backup_due(db_path, T0)
    take_backup(db_path, "daily", now=T0)
    assert not daily_backup_due(db_path, T0 + timedelta(hours=23))
    assert daily_backup_due(db_path, T0 + timedelta(hours=24))


def test_restore_puts_the_content_back_and_keeps_the_present(store, publication, db_path):
    pieces.create_piece(store, publication, "edito", "Avant")
    backup = take_backup(db_path, "daily", now=T0)
    pieces.create_piece(store, publication, "edito", "Après")
    before = restore_backup(db_path, backup.path)
    assert titles(db_path) == ["Avant"]
    assert titles(before.path) == ["Avant", "Après"]
    # The open store reads the restored content (SQLite wrote it, not a file copy).
    assert [p.title for p in pieces.all_pieces(store)] == ["Avant"]


def test_a_damaged_backup_is_not_restored(store, publication, db_path):
    pieces.create_piece(store, publication, "edito", "Intact")
    backup = take_backup(db_path, "daily", now=T0)
    data = bytearray(backup.path.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    backup.path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="endommagée"):
        restore_backup(db_path, backup.path)
    assert titles(db_path) == ["Intact"]


def test_cli_lists_and_restores(store, publication, db_path, capsys):
    pieces.create_piece(store, publication, "edito", "Avant")
    backup = take_backup(db_path, "import", now=T0)
    pieces.create_piece(store, publication, "edito", "Après")
    assert main(["--db", str(db_path), "backups", "list"]) == 0
    assert "20261201T083000Z-import.sqlite" in capsys.readouterr().out
    assert main(["--db", str(db_path), "backups", "restore", "nope.sqlite"]) == 1
    assert "Aucune sauvegarde" in capsys.readouterr().err
    assert main(["--db", str(db_path), "backups", "restore", backup.path.name]) == 0
    assert "restaurée" in capsys.readouterr().out
    assert titles(db_path) == ["Avant"]


def test_an_import_of_many_files_backs_up_first(store, publication, db_path, tmp_path):
    from workbench.importers.service import BACKUP_FROM_FILES, import_paths

    folder = tmp_path / "archives"
    folder.mkdir()
    for n in range(BACKUP_FROM_FILES):
        (folder / f"{n:02d}.md").write_text(f"# Papier {n}\n\nTexte {n}.\n", encoding="utf-8")
    import_paths(store, [folder / "00.md"])
    assert list_backups(db_path) == []
    import_paths(store, [folder])
    (backup,) = list_backups(db_path)
    assert backup.reason == "import"
    assert titles(backup.path) == ["Papier 0"]


def test_a_failing_upgrade_leaves_the_database_at_its_revision(tmp_path, monkeypatch):
    """Every pending migration runs in one transaction: a failure in the last one leaves
    the database exactly at the revision it had, with its data."""
    path = tmp_path / "ancienne.sqlite"
    db.engine._enable_wal(path)
    db.engine._upgrade(path, "0001")
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO publication (name, tagline, footnote_style, narrow_nbsp, created_at, "
            "updated_at) VALUES ('Revue', '', 'symbols', 1, '2024-01-01', '2024-01-01')"
        )
    migrations = tmp_path / "migrations"
    shutil.copytree(db.engine.MIGRATIONS_DIR, migrations, ignore=shutil.ignore_patterns("__py*"))
    last = next((migrations / "versions").glob(f"{head_revision()}_*.py"))
    last.write_text(
        last.read_text(encoding="utf-8").replace(
            "def upgrade() -> None:\n",
            "def upgrade() -> None:\n    raise RuntimeError('panne au milieu')\n",
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(db.engine, "MIGRATIONS_DIR", migrations)
    with pytest.raises(StoreError, match="a échoué .*panne au milieu.*restée comme avant"):
        Store.open(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "piece_fts" not in tables
        assert conn.execute("SELECT name FROM publication").fetchall() == [("Revue",)]
    (backup,) = list_backups(path)  # and the backup taken before is usable
    assert backup.reason == "migration-0001" and quick_check(backup.path) is None
