"""Moving a newsroom: a whole database copied to another back-end (``workbench copy-to``).

A SQLite file goes into an empty team database on a PostgreSQL server, or a team store
comes back into a SQLite file. Every table the schema has is copied with its ids, in one
transaction on the target (a failed copy leaves it empty), then each table is compared:
row count and a checksum of its rows read back from both sides.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from db.errors import StoreError
from workbench.store import Store

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table

log = logging.getLogger(__name__)

BATCH = 500  # rows per insert: a revision can be large, memory stays flat
# Tables a database holds as soon as someone opened it (their own name on a team store):
# not data, and replaced by the source's.
OPENING_ROWS = ("person",)


@dataclass(frozen=True, slots=True)
class TableCopy:
    """One table after the copy: its rows and checksums on each side."""

    table: str
    source_rows: int
    target_rows: int
    source_checksum: str
    target_checksum: str

    @property
    def same(self) -> bool:
        return self.source_rows == self.target_rows and self.source_checksum == self.target_checksum


def copied_tables() -> list[Table]:
    """Every table of the schema, parents before children (foreign keys)."""
    from sqlmodel import SQLModel  # noqa: PLC0415 - start-up: SQLModel loads on first use

    import db.models  # noqa: F401, PLC0415 - registers the tables on the metadata

    return list(SQLModel.metadata.sorted_tables)


def _rows(conn: Connection, table: Table) -> Any:
    from sqlalchemy import select  # noqa: PLC0415 - start-up: SQLModel loads on first use

    order = list(table.primary_key.columns)
    return conn.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))


def _canonical(value: Any) -> Any:
    if isinstance(value, bytes | memoryview):
        return hashlib.sha256(bytes(value)).hexdigest()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def table_checksum(conn: Connection, table: Table) -> tuple[int, str]:
    """(rows, sha256 of the rows in primary-key order), the same on either back-end."""
    digest = hashlib.sha256()
    count = 0
    for row in _rows(conn, table):
        digest.update(json.dumps([_canonical(v) for v in row], ensure_ascii=False).encode())
        digest.update(b"\n")
        count += 1
    return count, digest.hexdigest()


def copy_database(
    source: Store,
    target: Store,
    on_table: Callable[[str, int], None] | None = None,
) -> list[TableCopy]:
    """Copy every row of ``source`` into ``target``, which must hold none; then compare.

    Raises StoreError (nothing written) when the target already holds data.
    """
    from sqlalchemy import func, select, text  # noqa: PLC0415 - start-up: SQLModel loads on first use

    tables = copied_tables()
    with target.engine.connect() as conn:
        for table in tables:
            if table.name in OPENING_ROWS:
                continue
            if conn.execute(select(func.count()).select_from(table)).scalar():
                raise StoreError(
                    f"La base de destination {target.location.display()} n'est pas vide "
                    f"(table {table.name}) : copy-to ne remplit qu'une base vide ; rien n'a "
                    "été copié."
                )
    with source.engine.connect() as src, target.engine.begin() as dst:
        if target.dialect == "postgresql":  # the rows keep their authors and history
            dst.execute(text("SET LOCAL workbench.copying = 'on'"))
        for table in tables:
            if table.name in OPENING_ROWS:
                dst.execute(table.delete())
        for table in tables:
            batch: list[dict[str, Any]] = []
            columns = [column.name for column in table.columns]
            count = 0
            for row in _rows(src, table):
                batch.append(dict(zip(columns, row, strict=True)))
                if len(batch) >= BATCH:
                    dst.execute(table.insert(), batch)
                    count += len(batch)
                    batch = []
            if batch:
                dst.execute(table.insert(), batch)
                count += len(batch)
            log.info("copy-to: %s, %s rows", table.name, count)
            if on_table is not None:
                on_table(table.name, count)
        if target.dialect == "postgresql":
            for table in tables:
                if "id" in table.columns and table.columns["id"].autoincrement is not False:
                    dst.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table.name}"
                        )
                    )
    results = []
    with source.engine.connect() as src, target.engine.connect() as dst:
        for table in tables:
            source_rows, source_sum = table_checksum(src, table)
            target_rows, target_sum = table_checksum(dst, table)
            results.append(TableCopy(table.name, source_rows, target_rows, source_sum, target_sum))
    return results
