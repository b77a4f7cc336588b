"""PostgreSQL's SQL where it differs from SQLite's: tsvector search (migration 0002),
its upkeep, the checks a server makes sense of."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

NAME = "postgresql"

# ts_rank's weights for {D, C, B, A}: body, contributors, chapô, title — SQLite's bm25
# weights (1, 3, 5, 10) divided by ten.
WEIGHTS = "{0.1, 0.3, 0.5, 1.0}"

Terms = Sequence[tuple[Sequence[str], bool]]


def match_expression(terms: Terms) -> str:
    """A ``to_tsquery`` expression. Tokens hold only letters and digits (the caller's
    tokenizer), so quoting them makes any typed text a plain word."""
    parts = []
    for tokens, prefix in terms:
        words = [f"'{token}'" for token in tokens]
        if prefix:
            words[-1] += ":*"
        parts.append(" <-> ".join(words) if len(words) == 1 else "(" + " <-> ".join(words) + ")")
    return " & ".join(parts)


def _headline(column: str) -> str:
    return (
        f"ts_headline('workbench', p.{column}, q.query, "
        "'StartSel=' || ? || ', StopSel=' || ? || ', MaxWords=16, MinWords=6, ShortWord=1')"
    )


def search_sql(where: str) -> str:
    """The ranked search (see :func:`search_params`); snippets are made for the rows
    returned only, from the first field that matches (body, then chapô, then title)."""
    return (
        "WITH q AS (SELECT to_tsquery('workbench', ?) AS query), "
        "hits AS (SELECT s.piece_id, -ts_rank(?, s.document, q.query) AS score "
        "FROM piece_search s CROSS JOIN q JOIN piece p ON p.id = s.piece_id "
        f"LEFT JOIN issue i ON i.id = p.issue_id WHERE s.document @@ q.query{where} "
        "ORDER BY score, s.piece_id LIMIT ?) "
        "SELECT p.id, h.score, CASE "
        "WHEN to_tsvector('workbench', p.body) @@ q.query THEN "
        f"{_headline('body')} "
        "WHEN to_tsvector('workbench', p.standfirst) @@ q.query THEN "
        f"{_headline('standfirst')} "
        f"ELSE {_headline('title')} END AS snippet, "
        "p.title, p.kind, p.status, p.deleted_at IS NOT NULL AS deleted, i.number, "
        "p.publication_id, p.issue_id "
        "FROM hits h JOIN piece p ON p.id = h.piece_id CROSS JOIN q "
        "LEFT JOIN issue i ON i.id = p.issue_id ORDER BY h.score, p.id"
    )


def search_params(marks: tuple[str, str, str], expression: str, where: list, limit: int) -> list:
    start, end, _ellipsis = marks
    return [expression, WEIGHTS, *where, limit, *(start, end) * 3]


INDEX_MISSING_SQL = (
    "SELECT count(*) FROM piece p WHERE NOT EXISTS "
    "(SELECT 1 FROM piece_search s WHERE s.piece_id = p.id)"
)
# Rows of pieces that are gone cannot exist: the index's foreign key deletes them.
INDEX_EXTRA_SQL = "SELECT 0"
INDEX_COUNT_SQL = "SELECT count(*) FROM piece_search"
INDEX_TABLE, INDEX_KEY = "piece_search", "piece_id"


def reindex_range(conn: Any, start: int, end: int) -> None:
    conn.execute("SELECT wb_index_piece(id) FROM piece WHERE id BETWEEN ? AND ?", (start, end))


def drop_stale_index_rows(conn: Any, highest: int) -> None:
    conn.execute("DELETE FROM piece_search WHERE piece_id NOT IN (SELECT id FROM piece)")


def compact_index(transaction: Callable[[], Any]) -> None:
    """A GIN index needs no merging by hand (autovacuum does it)."""


def storage_problems(query: Callable[..., list]) -> list[str]:
    """The server keeps its pages and references whole itself (foreign keys are always
    enforced); nothing to read here."""
    return []


def not_integer(column: str) -> str:
    """Never true: PostgreSQL's integer columns hold integers only."""
    return "false"
