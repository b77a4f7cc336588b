"""The SQL that differs between SQLite and PostgreSQL, one module per back-end.

Both modules define the same names (full-text search, index upkeep, integrity checks,
the change signal's statements); the rest of Workbench writes its SQL once and asks
:func:`for_dialect` for these pieces.
"""

from __future__ import annotations

from types import ModuleType


def for_dialect(name: str) -> ModuleType:
    """``db.dialects.sqlite`` or ``db.dialects.postgresql``."""
    if name == "postgresql":
        from db.dialects import postgresql  # noqa: PLC0415 - a team store only

        return postgresql
    from db.dialects import sqlite  # noqa: PLC0415 - symmetric with the line above

    return sqlite
