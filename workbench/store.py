"""The store: one open Workbench database.

Reads on hot paths (the tree, lists, search) go through a plain sqlite3 connection, which
costs nothing to import; writes go through SQLModel sessions, created on first use so that
start-up never pays for importing SQLAlchemy.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.engine import StoreError, connect, make_engine, prepare_database
from workbench.text.fold import fold

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

__all__ = ["Store", "StoreError", "utcnow", "parse_date", "parse_datetime"]

# SQL parameters as sqlite3 takes them: positional (a tuple, a list) or named.
Params = Sequence[Any] | Mapping[str, Any]


def utcnow() -> datetime:
    """Naive UTC, the form timestamps are stored in."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def parse_date(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def parse_datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class Store:
    """An open database. Create with :meth:`open`; close when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._engine: Engine | None = None
        self.upgraded = False
        self.read_only = False

    @classmethod
    def open(cls, path: Path | str) -> Store:
        """Open (creating or upgrading if needed) the database at ``path``.

        Raises StoreError with a message for people when the path cannot be used.
        """
        path = Path(path).expanduser().absolute()
        upgraded = prepare_database(path)
        try:
            conn = connect(path)
        except sqlite3.Error as exc:
            raise StoreError(f"Impossible d'ouvrir « {path} » : {exc}.") from exc

        conn.create_function("wb_fold", 1, fold, deterministic=True)
        store = cls(path, conn)
        store.upgraded = upgraded
        log.info("store %s opened%s", path.name, " (schema upgraded)" if upgraded else "")
        return store

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Reads -------------------------------------------------------------

    def query(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        cursor = self._conn.execute(sql, params)
        cursor.row_factory = sqlite3.Row
        return cursor.fetchall()

    def query_one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def changed_elsewhere(self) -> bool:
        """Whether another connection (a write session, a background task, another
        process) committed since the last call: SQLite's ``data_version``."""
        version = self._conn.execute("PRAGMA data_version").fetchone()[0]
        changed = version != getattr(self, "_data_version", version)
        self._data_version = version
        return changed

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self._conn.execute(sql, params).fetchone()
        return row[0] if row else None

    @contextmanager
    def raw_transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction on the raw connection, for bulk work (index rebuilds, imports)."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def set_read_only(self) -> None:
        """Refuse every write from now on (a damaged file must not be written into): each
        connection, present and future, runs with SQLite's ``query_only``."""
        self.read_only = True
        log.warning("store %s is now read-only", self.path.name)
        self._conn.execute("PRAGMA query_only = ON")
        if self._engine is not None:  # made again, read-only, on the next write
            self._engine.dispose()
            self._engine = None

    # Writes ------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.path)
            if self.read_only:
                from sqlalchemy import event  # noqa: PLC0415 - start-up: SQLModel loads on first use

                event.listen(
                    self._engine,
                    "connect",
                    lambda conn, _record: conn.execute("PRAGMA query_only = ON"),
                )
        return self._engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on any error."""
        from sqlmodel import Session  # noqa: PLC0415 - start-up: SQLModel loads on first use

        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
