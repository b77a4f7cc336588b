"""The team store on PostgreSQL: connecting, schema upgrades, and the raw reads.

Everything that differs from SQLite in how a database is reached lives here (the SQL that
differs lives beside the SQLite one, in :mod:`db.dialects`). psycopg is imported only when a
team store is opened: a person on a SQLite file never loads it.

The store's hot reads are plain SQL written once for both back-ends, with ``?``
placeholders and rows read by column name (``sqlite3.Row``): :class:`RawConnection` runs
them on PostgreSQL with the same placeholders and rows of the same shape (timestamps as
SQLite stores them, booleans as 0/1), so no reader knows which back-end it reads.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from db.engine import newer_schema, run_upgrade
from db.errors import RightsError, StoreError
from db.location import Location

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

# A server that does not answer is reported after this long, not after libpq's default.
CONNECT_TIMEOUT_S = 5
# The channel every change is announced on (migration 0004's triggers).
CHANGES_CHANNEL = "workbench_changes"
# Held while a schema is created or upgraded: two people starting at once wait for each other.
SCHEMA_LOCK = 0x57_42_53_43  # "WBSC"


# Passwords given in the window for this run, by address without password: kept in memory
# only (the keyring or libpq's .pgpass keep them between runs), never written or logged.
_passwords: dict[str, str] = {}


KEYRING_SERVICE = "Workbench"


def remember_password(location: Location, password: str) -> None:
    """Use ``password`` for every connection this process makes to ``location``."""
    _passwords[location.display()] = password


def keep_password(location: Location, password: str) -> bool:
    """Keep ``password`` in the system's keyring for the next runs; False when there is
    no keyring (a server without a desktop session): libpq's ``.pgpass`` does it then."""
    remember_password(location, password)
    try:
        import keyring  # noqa: PLC0415 - only a team store's window asks for it

        keyring.set_password(KEYRING_SERVICE, location.display(), password)
    except Exception as exc:  # noqa: BLE001 - any keyring failure: the session keeps it
        log.info("no keyring to keep the password of %s: %s", location.display(), exc)
        return False
    return True


def _kept_password(location: Location) -> str | None:
    """The password the keyring keeps for ``location`` (None: none, or no keyring)."""
    try:
        import keyring  # noqa: PLC0415 - only when a team store is opened

        found = keyring.get_password(KEYRING_SERVICE, location.display())
    except Exception as exc:  # noqa: BLE001 - no keyring: libpq's own ways remain
        log.debug("keyring not available: %s", exc)
        return None
    if found:
        _passwords[location.display()] = found
    return found


def child_environment(location: Location) -> dict[str, str]:
    """The environment for a child process that opens ``location`` too: the password this
    process was given (libpq reads ``PGPASSWORD``), nothing else added."""
    env = dict(os.environ)
    password = _passwords.get(location.display())
    if password and location.is_shared:
        env["PGPASSWORD"] = password
    return env


def connect(
    location: Location,
    *,
    autocommit: bool = True,
    password: str | None = None,
    session: str = "",
) -> psycopg.Connection:
    """A psycopg connection to the team store, or StoreError with one line for people.

    ``session`` names the window the connection works for: the change signal's triggers
    put it in their announcements, so a window can tell its own writes from others'.
    """
    import psycopg  # noqa: PLC0415 - only a team store loads the PostgreSQL driver

    kwargs: dict[str, Any] = {"autocommit": autocommit, "application_name": "Workbench"}
    if session:
        kwargs["options"] = f"-c workbench.session={session}"
    if "connect_timeout" not in location.url:
        kwargs["connect_timeout"] = CONNECT_TIMEOUT_S
    own_password = location.url != location.display()  # the address carries one
    if not own_password:
        password = password or _passwords.get(location.display())
    if password:
        kwargs["password"] = password
    try:
        return psycopg.connect(_libpq_url(location.url), **kwargs)
    except psycopg.Error as exc:
        # libpq's own ways (.pgpass, PGPASSWORD) gave none: the keyring may have one.
        # Asked only then, since loading a keyring costs a tenth of a second at start-up.
        if not password and not own_password and "no password supplied" in str(exc):
            kept = _kept_password(location)
            if kept:
                return connect(location, autocommit=autocommit, password=kept, session=session)
        raise StoreError(connection_problem(location, exc)) from exc


def _libpq_url(url: str) -> str:
    """libpq reads ``postgresql://`` and ``postgres://`` only (not SQLAlchemy's ``+driver``)."""
    scheme, rest = url.split("://", 1)
    return "postgresql://" + rest if scheme.lower().startswith("postgres") else url


def connection_problem(location: Location, exc: BaseException) -> str:
    """One French line saying why the server refused or could not be reached."""
    detail = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
    text = str(exc)
    server = location.display()
    user = _quoted_name(text, "user") or _quoted_name(text, "role")
    if "password authentication failed" in text:
        return f"Mot de passe refusé pour « {user} » par le serveur d'équipe {server}."
    if "no password supplied" in text:
        return (
            f"Le serveur d'équipe {server} demande un mot de passe : donnez-le dans "
            "Fichier › Se connecter à un serveur d'équipe…, ou dans le fichier .pgpass."
        )
    if "does not exist" in text and "database" in text:
        return f"Il n'y a pas de base « {_quoted_name(text, 'database')} » sur le serveur {server}."
    if "does not exist" in text and "role" in text:
        return f"Le serveur {server} ne connaît pas l'utilisateur « {user} »."
    if any(
        sign in text
        for sign in (
            "Connection refused",
            "could not connect",
            "timeout expired",
            "could not translate host name",
            "Network is unreachable",
            "No route to host",
            "server closed the connection",
            "connection is lost",
            "No such file or directory",
        )
    ):
        return (
            f"Le serveur d'équipe {server} est injoignable ({detail}). Vérifiez l'adresse "
            "et le réseau ; rien n'a été modifié."
        )
    return f"Impossible d'utiliser le serveur d'équipe {server} : {detail}"


def lost_connection(location: Location, exc: BaseException) -> str:
    """One line when a connection that worked is lost (the next use connects again)."""
    lines = str(exc).strip().splitlines()
    detail = lines[0] if lines else type(exc).__name__
    return (
        f"Serveur d'équipe {location.display()} injoignable : la connexion a été perdue "
        f"({detail}). Rien n'a été perdu ; nouvel essai dès que possible."
    )


def _quoted_name(text: str, word: str) -> str:
    match = re.search(word + r' "([^"]*)"', text)
    return match.group(1) if match else ""


def is_connection_lost(exc: BaseException) -> bool:
    """Whether ``exc`` (from psycopg, or SQLAlchemy wrapping it) means the server went
    away: a connection exception (SQLSTATE class 08), a server shutting down or killing
    the session (57P), or a client-side failure with no server answer at all."""
    import psycopg  # noqa: PLC0415 - only a team store's errors come here

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, psycopg.Error):
            state = getattr(seen, "sqlstate", None) or ""
            if state.startswith(("08", "57P")):
                return True
            if not state and isinstance(seen, psycopg.OperationalError | psycopg.InterfaceError):
                return True
        following = seen.__cause__ or seen.__context__
        seen = None if following is exc else following
    return False


def refusal(exc: BaseException) -> str | None:
    """The server's refusal of a write the person's role does not allow (SQLSTATE 42501,
    raised by the rights triggers with the rule's sentence, or by a grant or a row-level
    policy), as one French line; None when ``exc`` is something else."""
    import psycopg  # noqa: PLC0415 - only a team store's errors come here

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, psycopg.Error) and getattr(seen, "sqlstate", None) == "42501":
            message = seen.diag.message_primary or ""
            if "row-level security" in message or message.startswith("permission denied"):
                table = _quoted_name(message, "table") or message.rsplit(" ", 1)[-1]
                return (
                    f"Le serveur refuse cette modification : votre rôle ne permet pas "
                    f"d'écrire dans « {table} »."
                )
            return message
        following = seen.__cause__ or seen.__context__
        seen = None if following is exc else following
    return None


# Reads ---------------------------------------------------------------------


@lru_cache(maxsize=2048)
def pyformat(sql: str) -> str:
    """``sql`` with SQLite's ``?`` placeholders as psycopg's ``%s`` (and ``%`` doubled),
    leaving quoted literals and identifiers alone."""
    out: list[str] = []
    quote = ""
    for ch in sql:
        if quote:
            if ch == quote:
                quote = ""
            out.append("%%" if ch == "%" else ch)
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out)


def _plain(value: Any) -> Any:
    """A value as SQLite would have handed it to a raw reader."""
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M:%S.%f}"  # SQLAlchemy's SQLite storage format
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, memoryview):
        return value.tobytes()
    return value


class Row(Sequence[Any]):
    """A result row read by position or by column name, as ``sqlite3.Row`` is."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: dict[str, int], values: tuple[Any, ...]) -> None:
        self._index = index
        self._values = values

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return self._values[self._index[key]]
        return self._values[key]

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __eq__(self, other: object) -> bool:
        return tuple(self) == tuple(other) if isinstance(other, Sequence) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._values)

    def keys(self) -> list[str]:
        return list(self._index)

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._index, self._values, strict=True))!r})"


def _row_factory(cursor: Any) -> Any:
    description = cursor.description or ()
    index = {column.name: number for number, column in enumerate(description)}

    def make(values: Sequence[Any]) -> Row:
        return Row(index, tuple(_plain(value) for value in values))

    return make


class _NoRows:
    """What a statement that returns no rows (DELETE, UPDATE) reads as: nothing, as in sqlite3."""

    def __init__(self, rowcount: int) -> None:
        self.rowcount = rowcount

    def fetchall(self) -> list[Row]:
        return []

    def fetchone(self) -> None:
        return None


class RawConnection:
    """The store's raw connection on PostgreSQL (autocommit), with SQLite's placeholders.

    A connection the server dropped is made again on the next use (with its LISTEN), so
    a window whose network came back goes on without being reopened.
    """

    def __init__(self, conn: psycopg.Connection, location: Location, session: str) -> None:
        self.conn = conn
        self._location = location
        self._session = session

    def ensure_connected(self) -> None:
        if self.conn.closed or self.conn.broken:
            log.info("connection to %s lost: connecting again", self._location.display())
            self.conn = connect(self._location, session=self._session)
            self.conn.execute(f"LISTEN {CHANGES_CHANNEL}")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        self.ensure_connected()
        cursor = self.conn.cursor(row_factory=_row_factory)
        cursor.execute(pyformat(sql), list(params))  # type: ignore[arg-type]
        return cursor if cursor.description is not None else _NoRows(cursor.rowcount)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.conn.cursor() as cursor:
            cursor.executemany(pyformat(sql), [list(row) for row in rows])  # type: ignore[arg-type]

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[RawConnection]:
        with self.conn.transaction():
            yield self


# Logins ---------------------------------------------------------------------


def open_login(
    raw: RawConnection, login: str, password: str | None, *, chief: bool | None = None
) -> None:
    """Make ``login`` a person who can connect to this database: create the server's
    login when there is none (``password`` needed), change its password when one is
    given, and let it connect. The password goes to the server already hashed
    (SCRAM-SHA-256, by libpq), so it appears in no statement and no server log.

    An editor-in-chief (``chief``) manages the team, so their login may create logins
    (PostgreSQL's CREATEROLE); someone who stops being one loses it."""
    from psycopg import errors, sql  # noqa: PLC0415 - only a team store loads the driver

    raw.ensure_connected()
    conn = raw.conn
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
    try:
        if not exists and not password:
            raise StoreError(
                f"Le serveur n'a pas de compte « {login} » : donnez-lui un mot de passe "
                "pour le créer."
            )
        if password:
            hashed = conn.pgconn.encrypt_password(
                password.encode(), login.encode(), b"scram-sha-256"
            ).decode()
            statement = (
                "ALTER ROLE {} PASSWORD {}" if exists else "CREATE ROLE {} LOGIN PASSWORD {}"
            )
            conn.execute(sql.SQL(statement).format(sql.Identifier(login), sql.Literal(hashed)))
        conn.execute("SELECT wb_let_in(%s)", (login,))
        row = conn.execute(
            "SELECT rolcreaterole, rolsuper FROM pg_roles WHERE rolname = %s", (login,)
        ).fetchone()
        if chief is not None and row is not None and not row[1] and row[0] != chief:
            attribute = "CREATEROLE" if chief else "NOCREATEROLE"
            conn.execute(sql.SQL("ALTER ROLE {} " + attribute).format(sql.Identifier(login)))
    except errors.InsufficientPrivilege as exc:
        if exc.diag.context and "wb_let_in" in exc.diag.context:  # the rights' own refusal
            raise RightsError(exc.diag.message_primary or str(exc)) from exc
        raise StoreError(
            "Votre compte sur le serveur ne peut pas créer de comptes ni changer leur mot de "
            "passe (droit CREATEROLE de PostgreSQL) : demandez-le à l'administrateur du "
            f"serveur. Rien n'a été changé pour « {login} »."
        ) from exc
    log.info("login %s may connect", login)


# Only the newsroom connects (migration 0005). A database made as a copy of another
# (CREATE DATABASE … TEMPLATE) gets PostgreSQL's default rights back: its owner closes
# it again when opening it.
_OPEN_TO_PUBLIC = (
    "SELECT pg_has_role(current_user, d.datdba, 'MEMBER') "
    "AND has_database_privilege('public', d.datname, 'CONNECT') "
    "FROM pg_database d WHERE d.datname = current_database()"
)
_CLOSE_TO_PUBLIC = """DO $$ BEGIN
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE (SELECT coalesce(string_agg(format('GRANT CONNECT ON DATABASE %I TO %I',
        current_database(), r.rolname), '; '), 'SELECT 1')
        FROM person p JOIN pg_roles r ON r.rolname = p.login);
END $$"""


def close_to_public(conn: psycopg.Connection) -> bool:
    """Let only the newsroom's people connect (when the connected role owns the
    database and it is open to anyone); returns whether it had to be done."""
    row = conn.execute(_OPEN_TO_PUBLIC).fetchone()
    if not row or not row[0]:
        return False
    conn.execute(_CLOSE_TO_PUBLIC)
    log.info("database closed to people outside the team")
    return True


def close_login(raw: RawConnection, login: str) -> None:
    """``login`` may no longer connect to this database (the login itself stays)."""
    from psycopg import errors  # noqa: PLC0415 - only a team store loads the driver

    raw.ensure_connected()
    try:
        raw.conn.execute("SELECT wb_let_out(%s)", (login,))
    except errors.InsufficientPrivilege as exc:
        raise RightsError(exc.diag.message_primary or str(exc)) from exc


# Schema --------------------------------------------------------------------


def read_revision(conn: psycopg.Connection, location: Location) -> str | None:
    """The schema revision of the database, None when it is empty (no table at all).

    Raises StoreError when it holds tables but is not a Workbench database.
    """
    tables = {
        row[0]
        for row in conn.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        )
    }
    if not tables:
        return None
    if "alembic_version" not in tables:
        raise StoreError(
            f"La base {location.display()} n'est pas une base Workbench (elle contient "
            "d'autres tables et pas de version de schéma) : rien n'y a été modifié."
        )
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def prepare_database(location: Location, known: list[str], conn: psycopg.Connection) -> bool:
    """Bring the team store's schema to this release's head (creating it in an empty
    database), checked through ``conn`` (autocommit, left open). Returns True when an
    existing schema was upgraded.

    Two people starting at once take turns (an advisory lock); a schema newer than this
    release is refused untouched; the upgrade is one transaction (PostgreSQL's DDL is
    transactional), so a failed one leaves the schema as it was.
    """
    head = known[-1]
    locked = False
    try:
        if read_revision(conn, location) == head:  # the usual case: one read, no lock
            return False
        conn.execute("SELECT pg_advisory_lock(%s)", (SCHEMA_LOCK,))
        locked = True
        current = read_revision(conn, location)
        if current == head:
            return False
        if current is not None and current not in known:
            raise newer_schema(f"La base {location.display()}", current)
        log.info("schema of %s: %s -> %s", location.display(), current or "new", head)
        try:
            run_upgrade(location)
        except Exception as exc:
            log.exception("schema upgrade of %s failed", location.display())
            raise StoreError(
                f"La mise à jour du schéma de {location.display()} a échoué "
                f"({type(exc).__name__} : {exc}) : la base est restée comme avant."
            ) from exc
        return current is not None
    finally:
        if locked and not conn.closed:
            conn.execute("SELECT pg_advisory_unlock(%s)", (SCHEMA_LOCK,))


def make_engine(location: Location, session: str = "") -> Engine:
    """A SQLAlchemy engine on the team store, its connections made by :func:`connect`."""
    from sqlalchemy import create_engine  # noqa: PLC0415 - start-up: SQLModel loads on first use

    return create_engine(
        "postgresql+psycopg://",
        creator=lambda: connect(location, autocommit=False, session=session),
        pool_pre_ping=True,
    )


def announcements_from_others(conn: psycopg.Connection, session: str) -> set[str]:
    """The tables changed by other sessions since the last call (drains what is pending)."""
    tables: set[str] = set()
    # A round trip first: whatever the server sent meanwhile is read with its answer
    # (a bare poll of the socket could miss an announcement still on its way).
    conn.execute("SELECT 1")
    for notify in conn.notifies(timeout=0):
        table, _, sender = notify.payload.partition(":")
        if sender != session:
            tables.add(table)
    return tables
