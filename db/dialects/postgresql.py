"""PostgreSQL's SQL where it differs from SQLite's: tsvector search (migration 0002),
its upkeep, the checks a server makes sense of."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

NAME = "postgresql"
# ts_headline parses each whole body again (most of a search's time on long pieces): the
# snippets are made from the texts by workbench.search.make_snippet instead.
READ_ONLY_STATEMENT = "SET default_transaction_read_only = on"
MAKES_SNIPPETS = False
# The authors of each hit come in its row (a round trip to the server less), joined by
# workbench.search.AUTHOR_SEPARATOR, in credit order.
AUTHORS_IN_ROWS = True
_AUTHORS = (
    "(SELECT string_agg(c.name, chr(31) ORDER BY pc.position) FROM piece_contributor pc "
    "JOIN contributor c ON c.id = pc.contributor_id "
    "WHERE pc.piece_id = p.id AND pc.role = 'author') AS authors"
)

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


def search_sql(where: str) -> str:
    """The ranked search (see :func:`search_params`): the matching pieces, best first,
    with the texts a snippet is made from."""
    return (
        "WITH hits AS (SELECT p.id, -ts_rank(?, s.document, q) AS score, p.title, "
        "p.standfirst, p.body, p.kind, p.status, p.deleted_at IS NOT NULL AS deleted, "
        "i.number, p.publication_id, p.issue_id FROM piece_search s "
        "JOIN piece p ON p.id = s.piece_id LEFT JOIN issue i ON i.id = p.issue_id, "
        f"to_tsquery('workbench', ?) q WHERE s.document @@ q{where} "
        f"ORDER BY score, p.id LIMIT ?) SELECT hits.*, {_AUTHORS} FROM hits "
        "JOIN piece p ON p.id = hits.id ORDER BY hits.score, hits.id"
    )


def search_params(marks: tuple[str, str, str], expression: str, where: list, limit: int) -> list:
    return [WEIGHTS, expression, *where, limit]


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
    """None can exist: the index's foreign key deletes a piece's row with the piece."""


def compact_index(transaction: Callable[[], Any]) -> None:
    """A GIN index needs no merging by hand (autovacuum does it)."""


def storage_problems(query: Callable[..., list]) -> list[str]:
    """The server keeps its pages and references whole itself (foreign keys are always
    enforced); nothing to read here."""
    return []


def not_integer(column: str) -> str:
    """Never true: PostgreSQL's integer columns hold integers only."""
    return "false"
