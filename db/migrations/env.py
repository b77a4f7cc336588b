"""Alembic environment: all pending migrations run in one transaction (SQLite's or
PostgreSQL's), so a failed upgrade leaves the database exactly as it was."""

from __future__ import annotations

from pathlib import Path

from alembic import context
from sqlalchemy import Engine
from sqlmodel import SQLModel

import db.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from db.engine import include_object, make_engine

config = context.config
target_metadata = SQLModel.metadata


def _engine() -> Engine:
    location = config.attributes.get("location")
    if location is not None and location.is_shared:
        from db.postgres import make_engine as make_team_engine  # noqa: PLC0415 - a team store only

        return make_team_engine(location)
    path = config.attributes.get("db_path") or Path(
        config.get_main_option("sqlalchemy.url").removeprefix("sqlite:///")
    )
    return make_engine(Path(path), foreign_keys=False)


def run_migrations_online() -> None:
    engine = _engine()
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            include_object=include_object,
            transaction_per_migration=False,
            # SQLite does run DDL inside transactions; without this Alembic commits after
            # each migration (its SQLite default), and a failure in the third would leave
            # the database committed at the second.
            transactional_ddl=True,
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run_migrations_online()
