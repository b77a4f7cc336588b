"""Where a Workbench database lives: a SQLite file or a PostgreSQL server (the team store).

``--db`` and the window take either a path (``~/revue.sqlite``) or an address
(``postgresql://claire@serveur:5432/redaction``). Parsing needs no database library, so it
stays on the start-up path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from db.errors import StoreError

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
POSTGRES_SCHEMES = ("postgresql", "postgres")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)://")


@dataclass(frozen=True, slots=True)
class Location:
    """A database: ``path`` for SQLite, ``url`` (as given, password included) for PostgreSQL."""

    dialect: str
    path: Path | None = None
    url: str = ""

    @property
    def is_shared(self) -> bool:
        """Whether several people may work on it at once (a server, not a file)."""
        return self.dialect == POSTGRESQL

    def display(self) -> str:
        """The location as shown to people and written to logs: never a password."""
        if self.path is not None:
            return str(self.path)
        return safe_url(self.url)

    def short_name(self) -> str:
        """A window title: the file name, or ``base@host``."""
        if self.path is not None:
            return self.path.name
        parts = urlsplit(self.url)
        database = unquote(parts.path.lstrip("/")) or "postgres"
        return f"{database}@{parts.hostname or 'localhost'}"

    def argument(self) -> str:
        """What ``--db`` takes to open the same database again (another process, a task)."""
        return str(self.path) if self.path is not None else self.url


def safe_url(url: str) -> str:
    """``url`` with any password removed (``postgresql://claire@host/base``)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return parts._replace(netloc=f"{user}@{netloc}" if user else netloc).geturl()


def parse_location(value: str | Path) -> Location:
    """The location ``value`` names. A path is a SQLite file; ``postgresql://…`` a team
    store; any other ``scheme://`` is refused in one line (StoreError)."""
    if isinstance(value, Path):
        return Location(SQLITE, path=value.expanduser().absolute())
    text = value.strip()
    match = _SCHEME.match(text)
    if match is None:
        return Location(SQLITE, path=Path(text).expanduser().absolute())
    scheme = match.group(1).lower()
    if scheme in POSTGRES_SCHEMES:
        if not urlsplit(text).path.strip("/"):
            raise StoreError(
                f"« {safe_url(text)} » ne nomme pas de base : ajoutez son nom à la fin "
                "(postgresql://utilisateur@serveur:5432/base)."
            )
        return Location(POSTGRESQL, url=text)
    if scheme == "sqlite" and text.startswith("sqlite:///"):
        return Location(SQLITE, path=Path(text.removeprefix("sqlite://")).expanduser().absolute())
    raise StoreError(
        f"« {safe_url(text)} » : adresse de base inconnue ({scheme}://). Workbench ouvre un "
        "fichier SQLite (un chemin) ou un serveur d'équipe (postgresql://utilisateur@serveur/base)."
    )
