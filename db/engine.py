"""Opening a Workbench database: validation, connections, schema upgrades.

Opening must stay cheap because it sits on the start-up path: the schema revision is
read with the standard library's sqlite3, and Alembic (slow to import) is loaded only
when a database must be created or upgraded.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import StoreError  # re-exported: callers import it from here
from db.location import SQLITE, Location

if TYPE_CHECKING:  # Alembic and SQLAlchemy load only when a base is created or upgraded
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# How long a write waits for another program's write to finish before it fails.
BUSY_TIMEOUT_S = 10.0


def known_revisions() -> list[str]:
    """Revision ids of the migrations this release ships, oldest first.

    Migration files are named ``NNNN_description.py`` with revision id ``NNNN``, so the
    list is read from file names without importing Alembic.
    """
    names = sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return [name[:4] for name in names]


def head_revision() -> str:
    return known_revisions()[-1]


def connect(path: Path | str, *, foreign_keys: bool = True) -> sqlite3.Connection:
    """A raw autocommit connection with the pragmas every Workbench connection uses.

    Migrations ask for ``foreign_keys=False``: SQLite rebuilds tables to alter them, and the
    pragma cannot be changed once a transaction has begun.
    """
    conn = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
    )
    conn.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def read_revision(path: Path) -> str | None:
    """The schema revision stored in ``path``, None for an empty database.

    Raises StoreError when the file is not a Workbench database.
    """
    try:
        return _read_revision(path, read_only=True)
    except _NeedsRecovery:  # silent: recovered just below
        # A process killed in the middle of a write left its journal: SQLite replays it
        # (or rolls it back) on the first read-write open, which brings the file back to
        # its last committed state. A read-only connection cannot do that.
        return _read_revision(path, read_only=False)


class _NeedsRecovery(Exception):
    """The file has a hot journal that only a read-write connection can recover."""


def _read_revision(path: Path, *, read_only: bool) -> str | None:
    try:
        if read_only:
            conn = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
        else:
            conn = sqlite3.connect(str(path))
    except sqlite3.Error as exc:
        raise StoreError(f"Impossible d'ouvrir « {path} » : {exc}.") from exc
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise StoreError(
                f"« {path} » est une base SQLite, mais pas une base Workbench "
                "(elle n'a pas de version de schéma)."
            )
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        if read_only and "readonly" in str(exc):
            raise _NeedsRecovery() from exc
        if "file is not a database" in str(exc):
            raise StoreError(
                f"« {path} » n'est pas une base de données Workbench "
                "(ce n'est pas un fichier SQLite)."
            ) from exc
        raise StoreError(
            f"« {path} » n'est pas une base Workbench lisible : le fichier est endommagé "
            f"(SQLite : {exc}). Rien n'y a été modifié ; s'il existe une copie de "
            "sauvegarde à côté (fichier .bak), ouvrez-la à sa place."
        ) from exc
    finally:
        conn.close()


def newer_schema(name: str, current: str) -> StoreError:
    """The refusal of a database whose schema a newer release made (either back-end)."""
    return StoreError(
        f"{name} a été créée par une version plus récente de Workbench (schéma {current}, "
        f"cette version connaît jusqu'à {head_revision()}). Rien n'a été modifié."
    )


def validate_path(path: Path) -> None:
    """Refuse paths that cannot hold a database, before anything is written.

    The file itself is only ever opened through SQLite: its locks belong to the process,
    and closing any other descriptor on the file (a plain ``open()`` to sniff its header)
    would drop the locks of the connections already open, letting another process delete
    the write-ahead log under them. The content check is :func:`read_revision`'s.
    """
    if path.is_dir():
        raise StoreError(f"« {path} » est un dossier, pas une base de données Workbench.")
    if not path.exists() and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)


def prepare_database(path: Path) -> bool:
    """Validate ``path`` and bring its schema to this release's head.

    Returns True when an existing database was upgraded (not when one was created). A
    database newer than this release is refused untouched; an upgrade is preceded by a
    checked backup (:mod:`db.backups`) and runs in one transaction.
    """
    validate_path(path)
    current = read_revision(path) if path.exists() else None
    head = head_revision()
    if current == head:
        _enable_wal(path)
        return False
    if current is not None and current not in known_revisions():
        raise newer_schema(f"« {path} »", current)
    backup = None
    if current is not None:
        from db.backups import take_backup  # noqa: PLC0415 - cycle: db.backups imports db.engine

        backup = take_backup(path, f"migration-{current}")
    _enable_wal(path)
    log.info("schema of %s: %s -> %s", path.name, current or "new", head)
    try:
        _upgrade(path)
    except Exception as exc:  # one transaction: nothing of the upgrade was kept
        log.exception("schema upgrade of %s failed", path.name)
        kept = f" ; une copie est gardée dans « {backup.path} »" if backup else ""
        raise StoreError(
            f"La mise à jour du schéma de « {path} » a échoué "
            f"({type(exc).__name__} : {exc}) : la base est restée comme avant{kept}."
        ) from exc
    return current is not None


def _enable_wal(path: Path) -> None:
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


def include_object(obj: object, name: str, type_: str, reflected: bool, compare_to: object) -> bool:
    """For Alembic's comparisons: the search index (SQLite's FTS5 table and its shadow
    tables, PostgreSQL's ``piece_search``) is managed by hand."""
    return not (type_ == "table" and (name.startswith("piece_fts") or name == "piece_search"))


def alembic_config(where: Path | Location) -> Config:
    from alembic.config import Config  # noqa: PLC0415 - start-up: Alembic loads only to migrate

    location = where if isinstance(where, Location) else Location(SQLITE, path=where)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if location.path is not None:
        config.set_main_option("sqlalchemy.url", f"sqlite:///{location.path}")
        config.attributes["db_path"] = location.path
    config.attributes["location"] = location
    return config


def _upgrade(path: Path, revision: str = "head") -> None:
    run_upgrade(Location(SQLITE, path=path), revision)


def run_upgrade(location: Location, revision: str = "head") -> None:
    """Run the pending migrations on ``location`` (one transaction, see migrations/env.py)."""
    from alembic import command  # noqa: PLC0415 - start-up: Alembic loads only to migrate

    command.upgrade(alembic_config(location), revision)


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """An engine whose transactions are real SQLite transactions, DDL included.

    The sqlite3 driver's own transaction handling is bypassed (autocommit connection)
    and SQLAlchemy emits BEGIN itself, as its documentation recommends for pysqlite.
    """
    from sqlalchemy import create_engine, event, pool  # noqa: PLC0415 - start-up: SQLModel loads on first use

    engine = create_engine(
        f"sqlite:///{path}",
        creator=lambda: connect(path, foreign_keys=foreign_keys),
        poolclass=pool.QueuePool if foreign_keys else pool.NullPool,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
