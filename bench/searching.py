"""Search: 20 queries through the search service, against the same queries in raw FTS5.

Ours is :func:`workbench.search.search` (what the search panel and ``workbench search``
call): query parsing, ranking with filters, snippets, authors. The baseline is the least
raw SQL that gives the same page of results on the same database file: the MATCH
expression (prepared beforehand), ranked by FTS5 with the same bm25 weights
(``ORDER BY rank``), 50 rows with their snippets, in one statement. Each query is timed ``repeats`` times on each side, alternating; a query's
figure is its median; the scenario reports the median and p95 over the 20 queries.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from bench.stats import median, percentile, scenario

# Words, phrases, prefixes, with and without their accents, common and rare.
QUERIES: tuple[str, ...] = (
    "client",
    "qualité",
    "qualite",
    "réclamations",
    "reclamations",
    "omnicanal",
    "callbot chatbot",
    '"parcours client"',
    '"centre de contacts"',
    '"taux de résolution"',
    '"intelligence artificielle"',
    "télé*",
    "sat*",
    "expér*",
    "exper*",
    "Maroc nearshore",
    "Hautecœur",
    "Mobiléo",
    "mobileo abonnés",
    "durée traitement appels",
)
SEARCH_RATIO = 1.5
SEARCH_P95_MS = 50.0


def raw_fts(conn: sqlite3.Connection, expression: str, limit: int = 50) -> list[tuple]:
    """The baseline: FTS5 alone, the idiomatic query — same ranking, same page, snippets."""
    from workbench.search import ELLIPSIS, MARK_END, MARK_START, RANKING

    return conn.execute(
        "SELECT rowid, snippet(piece_fts, -1, ?, ?, ?, 16) FROM piece_fts "
        "WHERE piece_fts MATCH ? AND rank MATCH ? ORDER BY rank LIMIT ?",
        (MARK_START, MARK_END, ELLIPSIS, expression, RANKING, limit),
    ).fetchall()


def measure(db: Path, repeats: int, *, baseline: bool = True) -> dict:
    """Per-query median milliseconds, ours and baseline, and the hit counts."""
    from db.engine import connect
    from workbench.search import parse_query, search
    from workbench.store import Store

    store = Store.open(db)
    conn = connect(db)
    try:
        expressions = [parse_query(q) for q in QUERIES]
        for query, expression in zip(QUERIES, expressions, strict=True):  # warm-up
            search(store, query)
            raw_fts(conn, expression)
        ours: list[float] = []
        base: list[float] = []
        hits: list[int] = []
        for query, expression in zip(QUERIES, expressions, strict=True):
            ours_times, base_times = [], []
            for _ in range(repeats):
                started = time.perf_counter()
                found = search(store, query)
                ours_times.append((time.perf_counter() - started) * 1000)
                if baseline:
                    started = time.perf_counter()
                    raw_fts(conn, expression)
                    base_times.append((time.perf_counter() - started) * 1000)
            ours.append(median(ours_times))
            if baseline:
                base.append(median(base_times))
            hits.append(len(found))
    finally:
        conn.close()
        store.close()
    return {"ours": ours, "baseline": base, "hits": hits}


def scenarios(db: Path, pieces: int, repeats: int) -> dict[str, dict]:
    raw = measure(db, repeats)
    ours, base = median(raw["ours"]), median(raw["baseline"])
    ours_p95, base_p95 = percentile(raw["ours"], 0.95), percentile(raw["baseline"], 0.95)
    return {
        "search": scenario(
            ours,
            base,
            repeats,
            unit="ms per query (median of 20 queries)",
            target=f"ratio ≤ {SEARCH_RATIO}, p95 < {SEARCH_P95_MS:g} ms",
            ok=ours / base <= SEARCH_RATIO and ours_p95 < SEARCH_P95_MS,
            p95=ours_p95,
            baseline_p95=base_p95,
            queries=len(QUERIES),
            pieces=pieces,
            per_query_ms={
                q: [round(o, 3), round(b, 3), h]
                for q, o, b, h in zip(
                    QUERIES, raw["ours"], raw["baseline"], raw["hits"], strict=True
                )
            },
        )
    }
