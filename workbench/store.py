"""The store: one open Workbench database, a SQLite file or a PostgreSQL team store.

Reads on hot paths (the tree, lists, search) go through a plain connection (sqlite3, which
costs nothing to import, or psycopg on a team store); writes go through SQLModel sessions,
created on first use so that start-up never pays for importing SQLAlchemy.
"""

from __future__ import annotations

import getpass
import logging
import sqlite3
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from db.dialects import for_dialect
from db.engine import StoreError, connect, known_revisions, make_engine, prepare_database
from db.errors import RightsError
from db.location import SQLITE, Location, parse_location
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
    """An open database. Create with :meth:`open`; close when done.

    ``location`` says where it is: a SQLite file (``path``) or a PostgreSQL team store.
    Raw reads (:meth:`query`) are written once, in SQL both back-ends read, with ``?``
    placeholders; what differs between them is in :mod:`db.dialects`.
    """

    def __init__(self, location: Location | Path, conn: Any, session_id: str = "") -> None:
        if isinstance(location, Path):
            location = Location(SQLITE, path=location)
        self.location = location
        self._conn = conn
        self._engine: Engine | None = None
        self.upgraded = False
        self.read_only = False
        # This window's session on a team store: its check-outs and its announcements.
        self.session_id = session_id or uuid.uuid4().hex
        self.user = getpass_user() if location.path is not None else ""
        # What this person may do (workbench.rights.Role): a SQLite file's one person is
        # the editor-in-chief; a team store says (refresh_role).
        self.role: str | None = "redaction-en-chef"

    @property
    def path(self) -> Path:
        """The SQLite file (backups, locks, quick checks are about files)."""
        if self.location.path is None:
            raise StoreError(
                f"{self.location.display()} est un serveur d'équipe, pas un fichier : "
                "cette opération ne concerne que les bases SQLite."
            )
        return self.location.path

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.location.dialect

    @property
    def sql(self) -> ModuleType:
        """The SQL of this back-end where it differs from the other's (:mod:`db.dialects`)."""
        return for_dialect(self.location.dialect)

    @property
    def is_shared(self) -> bool:
        """Whether other people may write to this database at the same time (a server)."""
        return self.location.is_shared

    @classmethod
    def open(cls, where: Path | str | Location) -> Store:
        """Open (creating or upgrading if needed) the database at ``where``: a path, a
        ``postgresql://`` address, or a parsed location.

        Raises StoreError with a message for people when it cannot be used.
        """
        location = where if isinstance(where, Location) else parse_location(where)
        if location.is_shared:
            return cls._open_team_store(location)
        path = location.path
        assert path is not None
        upgraded = prepare_database(path)
        try:
            conn = connect(path)
        except sqlite3.Error as exc:
            raise StoreError(f"Impossible d'ouvrir « {path} » : {exc}.") from exc

        conn.create_function("wb_fold", 1, fold, deterministic=True)
        store = cls(location, conn)
        store.upgraded = upgraded
        # A numéro taken offline: its person is the one who took it from the server.
        taken_by = conn.execute("SELECT taken_by FROM offline_origin LIMIT 1").fetchone()
        if taken_by:
            store.user = taken_by[0]
        log.info("store %s opened%s", path.name, " (schema upgraded)" if upgraded else "")
        return store

    @classmethod
    def _open_team_store(cls, location: Location) -> Store:
        from db import postgres  # noqa: PLC0415 - only a team store loads the PostgreSQL driver

        session_id = uuid.uuid4().hex
        conn = postgres.connect(location, session=session_id)
        try:
            upgraded = postgres.prepare_database(location, known_revisions(), conn)
        except BaseException:
            conn.close()
            raise
        postgres.close_to_public(conn)
        conn.execute(f"LISTEN {postgres.CHANGES_CHANNEL}")
        store = cls(location, postgres.RawConnection(conn, location, session_id), session_id)
        store.user = str(store.scalar("SELECT current_user"))
        store.upgraded = upgraded
        # Others see who holds a piece or wrote a version: the person is named (by their
        # login until they give a name, workbench.people.set_display_name).
        missing = not store.scalar("SELECT 1 FROM person WHERE login = ?", (store.user,))
        if missing and store.scalar("SELECT wb_role()"):  # the owner, a superuser
            store.query(  # only when missing: a write would be announced to every window
                "INSERT INTO person (login, display_name) VALUES (?, ?) "
                "ON CONFLICT (login) DO NOTHING",
                (store.user, store.user),
            )
        store.refresh_role()
        log.info("team store %s opened", location.display())
        return store

    def refresh_role(self) -> str | None:
        """Read again what the person may do (the editor-in-chief may have changed it);
        None when they are not part of the team."""
        if self.location.is_shared:
            self.role = self.scalar("SELECT wb_role()")
        return self.role

    def close(self) -> None:
        if self.location.is_shared and not self.read_only:
            self._give_back_all()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        self._conn.close()

    def _give_back_all(self) -> None:
        """A team store's window quits: the pieces it held are free again."""
        try:
            self._execute("DELETE FROM piece_lock WHERE session = ?", (self.session_id,))
        except StoreError as exc:  # the server is gone: the locks go stale, others break them
            log.warning("check-outs not given back: %s", exc)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def raw(self) -> Any:
        """The raw connection (sqlite3, or :class:`db.postgres.RawConnection`)."""
        return self._conn

    # Reads -------------------------------------------------------------

    def query(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        cursor = self._execute(sql, params)
        if self.location.path is not None:
            cursor.row_factory = sqlite3.Row
        return cursor.fetchall()

    def _execute(self, sql: str, params: Params = ()) -> Any:
        if not self.location.is_shared:
            return self._conn.execute(sql, params)
        try:
            return self._conn.execute(sql, params)
        except Exception as exc:
            _raise_for_people(self.location, exc)
            raise

    def query_one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def changed_elsewhere(self) -> bool:
        """Whether another connection (a write session, a background task, another
        process or, on a team store, another person) committed since the last call:
        SQLite's ``data_version``, PostgreSQL's change notifications."""
        if self.location.is_shared:
            return self._notified()
        version = self._conn.execute("PRAGMA data_version").fetchone()[0]
        changed = version != getattr(self, "_data_version", version)
        self._data_version = version
        return changed

    def _notified(self) -> bool:
        """Whether another session announced a change since the last call (drains what is
        pending)."""
        from db import postgres  # noqa: PLC0415 - only a team store loads the driver

        try:
            return bool(postgres.announcements_from_others(self._conn.conn, self.session_id))
        except Exception as exc:
            _raise_for_people(self.location, exc)
            raise

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self._execute(sql, params).fetchone()
        return row[0] if row else None

    @contextmanager
    def raw_transaction(self) -> Iterator[Any]:
        """A write transaction on the raw connection, for bulk work (index rebuilds, imports)."""
        if self.location.is_shared:
            try:
                with self._conn.transaction() as conn:
                    yield conn
            except Exception as exc:
                _raise_for_people(self.location, exc)
                raise
            return
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
        log.warning("store %s is now read-only", self.location.display())
        self._conn.execute(self.sql.READ_ONLY_STATEMENT)
        if self._engine is not None:  # made again, read-only, on the next write
            self._engine.dispose()
            self._engine = None

    # Writes ------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            if self.location.is_shared:
                from db import postgres  # noqa: PLC0415 - only a team store loads the driver

                self._engine = postgres.make_engine(self.location, self.session_id)
            else:
                self._engine = make_engine(self.path)
            if self.read_only:
                statement = self.sql.READ_ONLY_STATEMENT
                from sqlalchemy import event  # noqa: PLC0415 - start-up: SQLModel loads on first use

                event.listen(
                    self._engine,
                    "connect",
                    lambda conn, _record: conn.execute(statement),
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
            except BaseException as exc:
                session.rollback()
                if self.location.is_shared and isinstance(exc, Exception):
                    _raise_for_people(self.location, exc)
                raise


def getpass_user() -> str:
    """The person at this computer (a SQLite file has no logins): their system login."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # silent: no login name in this environment
        return ""


def _raise_for_people(location: Location, exc: BaseException) -> None:
    """Raise a team store's lost connection or refusal of a write (the person's role) as
    one line for people (StoreError, RightsError); return for any other failure (a
    mistake in SQL), which the caller raises as it is."""
    from db import postgres  # noqa: PLC0415 - only a team store's errors come here

    if isinstance(exc, StoreError):
        return
    if postgres.is_connection_lost(exc):
        raise StoreError(postgres.lost_connection(location, exc)) from exc
    refused = postgres.refusal(exc)
    if refused is not None:
        raise RightsError(refused) from exc
