"""SQLite's SQL where it differs from PostgreSQL's: FTS5 search, its upkeep, PRAGMA checks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

NAME = "sqlite"
# Every later statement of the connection refuses to write (a damaged file).
READ_ONLY_STATEMENT = "PRAGMA query_only = ON"
MAKES_SNIPPETS = True  # FTS5's snippet(): the rows come with theirs
AUTHORS_IN_ROWS = False  # read apart, for the page only (a local read costs nothing)

# bm25 weights, in the column order of piece_fts: title, standfirst, body, contributors.
WEIGHTS = (10.0, 5.0, 1.0, 3.0)
# FTS5's rank for one query (``rank MATCH``): bm25 with these weights.
RANKING = "bm25(" + ", ".join(str(w) for w in WEIGHTS) + ")"

Terms = Sequence[tuple[Sequence[str], bool]]  # (folded tokens, prefix) per typed term


def match_expression(terms: Terms) -> str:
    """An FTS5 MATCH expression: quoted strings only, so nothing typed is FTS5 syntax."""
    return " ".join(
        '"' + " ".join(tokens) + '"' + ("*" if prefix else "") for tokens, prefix in terms
    )


def search_sql(where: str) -> str:
    """The ranked search; parameters: start mark, end mark, ellipsis, expression, then
    those of ``where``, then the limit (see :func:`search_params`)."""
    return (
        "SELECT piece_fts.rowid AS id, piece_fts.rank AS score, "
        "snippet(piece_fts, -1, ?, ?, ?, 16) AS snippet, p.title, p.kind, p.status, "
        "p.deleted_at IS NOT NULL AS deleted, i.number, p.publication_id, p.issue_id "
        "FROM piece_fts JOIN piece p ON p.id = piece_fts.rowid "
        "LEFT JOIN issue i ON i.id = p.issue_id "
        f"WHERE piece_fts MATCH ? AND piece_fts.rank MATCH ?{where} "
        "ORDER BY piece_fts.rank LIMIT ?"
    )


def search_params(marks: tuple[str, str, str], expression: str, where: list, limit: int) -> list:
    return [*marks, expression, RANKING, *where, limit]


INDEX_MISSING_SQL = (
    "SELECT count(*) FROM piece p WHERE NOT EXISTS "
    "(SELECT 1 FROM piece_fts WHERE piece_fts.rowid = p.id)"
)
INDEX_EXTRA_SQL = (
    "SELECT count(*) FROM piece_fts WHERE NOT EXISTS "
    "(SELECT 1 FROM piece p WHERE p.id = piece_fts.rowid)"
)
INDEX_COUNT_SQL = "SELECT count(*) FROM piece_fts"
# The index's table and the column holding a piece's id (for checks and tests).
INDEX_TABLE, INDEX_KEY = "piece_fts", "rowid"


def reindex_range(conn: Any, start: int, end: int) -> None:
    """Replace the index rows of pieces ``start``..``end`` (one transaction, the caller's)."""
    conn.execute("DELETE FROM piece_fts WHERE rowid BETWEEN ? AND ?", (start, end))
    conn.execute(
        "INSERT INTO piece_fts (rowid, title, standfirst, body, contributors) "
        "SELECT p.id, p.title, p.standfirst, p.body, coalesce((SELECT "
        "group_concat(c.name, ' ') FROM piece_contributor pc JOIN contributor c "
        "ON c.id = pc.contributor_id WHERE pc.piece_id = p.id), '') FROM piece p "
        "WHERE p.id BETWEEN ? AND ?",
        (start, end),
    )


def drop_stale_index_rows(conn: Any, highest: int) -> None:
    conn.execute(
        "DELETE FROM piece_fts WHERE rowid > ? OR rowid NOT IN (SELECT id FROM piece)",
        (highest,),
    )


def compact_index(transaction: Callable[[], Any]) -> None:
    """Merge the index's segments a little at a time (one 'optimize' would hold the lock
    for the whole index)."""
    while True:
        with transaction() as conn:
            before = conn.total_changes
            conn.execute("INSERT INTO piece_fts (piece_fts, rank) VALUES ('merge', 200)")
            if conn.total_changes - before <= 1:
                break


def storage_problems(query: Callable[..., list]) -> list[str]:
    """What SQLite's own checks find: damaged pages, broken references."""
    problems: list[str] = []
    result = query("PRAGMA integrity_check")[0][0]
    if result != "ok":
        problems.append(f"Intégrité SQLite : {result}")
    for row in query("PRAGMA foreign_key_check"):
        problems.append(f"Référence cassée dans la table {row[0]} (ligne {row[1]}) vers {row[2]}.")
    return problems


def not_integer(column: str) -> str:
    """A condition true when ``column`` holds something else than an integer (SQLite's
    columns take any value; a script can store « beaucoup » as a page count)."""
    return f"typeof({column}) != 'integer'"
