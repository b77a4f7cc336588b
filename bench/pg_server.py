"""A throwaway PostgreSQL server for the tests of the team store.

The suite starts its own cluster (``initdb`` in a temporary folder, ``pg_ctl start`` on a
free port of 127.0.0.1, password authentication) and stops it at the end. PostgreSQL
refuses to run as root: when the tests run as root, the cluster runs as the ``postgres``
user that Debian's package creates. Each test gets a database of its own, copied from a
template that already holds the Workbench schema (a copy takes a fraction of a second,
a schema creation more).

Where PostgreSQL is not installed (``make test`` installs Debian's ``postgresql``), the
tests that need it skip with one line saying so.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

ADMIN = "wbadmin"
ADMIN_PASSWORD = "workbench-tests"
TEMPLATE = "wb_template"


def find_binaries() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl`` (Debian keeps them out of PATH)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _version(path: str) -> int:
    part = Path(path).parent.parent.name
    return int(part) if part.isdigit() else 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    """One running cluster; :meth:`new_database` hands out fresh Workbench databases."""

    def __init__(self, binaries: Path) -> None:
        self.binaries = binaries
        self.folder = Path(tempfile.mkdtemp(prefix="workbench-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.passfile = self.folder / "pgpass"
        self._counter = itertools.count(1)
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            self._as_user = ["runuser", "-u", "postgres", "--"]

    # Cluster ------------------------------------------------------------------

    def _run(self, *args: str) -> None:
        done = subprocess.run(
            [*self._as_user, *args],
            check=False,
            capture_output=True,
            text=True,
            cwd=self.folder,
        )
        if done.returncode != 0:
            said = (done.stderr or done.stdout).strip().splitlines()
            raise RuntimeError(
                f"{Path(args[0]).name} failed (exit {done.returncode}): "
                + (said[-1] if said else "no message")
            )

    def start(self) -> None:
        pwfile = self.folder / "pw"
        pwfile.write_text(ADMIN_PASSWORD + "\n")
        if self._as_user:
            shutil.chown(self.folder, "postgres")
            shutil.chown(pwfile, "postgres")
        self._run(
            str(self.binaries / "initdb"),
            "-D",
            str(self.data),
            "-U",
            ADMIN,
            f"--pwfile={pwfile}",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        self._run(
            str(self.binaries / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.folder / "server.log"),
            "-o",
            options,
            "-w",
            "start",
        )
        # libpq reads the password from here, as it would from a person's ~/.pgpass.
        self.passfile.write_text(f"127.0.0.1:{self.port}:*:*:{ADMIN_PASSWORD}\n")
        self.passfile.chmod(0o600)
        os.environ["PGPASSFILE"] = str(self.passfile)
        self._make_template()

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError, OSError):
            self._run(
                str(self.binaries / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"
            )
        shutil.rmtree(self.folder, ignore_errors=True)

    # Databases ----------------------------------------------------------------

    def url(self, database: str, user: str = ADMIN) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            conn.execute(sql)

    def _make_template(self) -> None:
        from workbench.store import Store

        self.admin(f"CREATE DATABASE {TEMPLATE}")
        Store.open(self.url(TEMPLATE)).close()

    def new_database(self, *, empty: bool = False) -> str:
        """A fresh database's address: with the Workbench schema, or ``empty``."""
        name = f"wb_{os.getpid()}_{next(self._counter)}"
        template = "template0" if empty else TEMPLATE
        self.admin(f"CREATE DATABASE {name} TEMPLATE {template}")
        return self.url(name)

    def drop(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
