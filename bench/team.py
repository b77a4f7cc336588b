"""The team store on PostgreSQL: search, start-up and how fast a change reaches another
window, beside the SQLite figures of the same run.

The benchmark starts its own PostgreSQL server (:mod:`bench.pg_server`) and fills a team
database with the main archive through ``copy-to`` (:func:`workbench.transfer.copy_database`,
timed and reported). Then:

* ``team_search``: the 20 queries of :mod:`bench.searching` through the search service,
  against the same page of results as raw PostgreSQL SQL (``to_tsquery``, ``ts_rank`` with
  the same weights, the texts of the page), each side timed alternately; target ratio
  ≤ 1.5 and p95 < 50 ms. The same SQL with PostgreSQL's own snippets (``ts_headline``) is
  reported beside it.
* ``team_startup``: ``workbench --db postgresql://…`` until the window is shown with its
  tree, against the same command on the SQLite archive; target ratio ≤ 2.
* ``team_change``: one client saves a piece, another (a process of its own, polling its
  change announcements as a window does, every ``LIVE_REFRESH_MS``) notices it; median and
  p95 of the delay; target p95 < 2 s.
* ``team_rights``: what the server's rules cost (migration 0005: row-level security and
  the rights triggers): a writer saving the piece assigned to them, against the database's
  owner saving the same piece (whom the rules do not bind), alternately; target ratio
  ≤ 1.5. The tree's read of the archive's pieces as the writer and as the owner is
  reported beside it.
"""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import procs, searching, startup
from bench.pg_server import PostgresServer, find_binaries
from bench.stats import median, percentile, scenario

SEARCH_RATIO = 1.5
SEARCH_P95_MS = 50.0
STARTUP_RATIO = 2.0
CHANGE_P95_S = 2.0
RIGHTS_RATIO = 1.5
NAMES = ("team_search", "team_startup", "team_change", "team_rights")

# The watcher: a second client that reports when it sees a change, as the window would.
_WATCHER = """
import json, sys, time
from ui.main_window import LIVE_REFRESH_MS
from workbench.store import Store
store = Store.open(sys.argv[1])
print(json.dumps({"ready": True}), flush=True)
deadline = time.time() + float(sys.argv[2])
while time.time() < deadline:
    if store.changed_elsewhere():
        print(json.dumps({"seen": time.time()}), flush=True)
    time.sleep(LIVE_REFRESH_MS / 1000)
store.close()
"""


def raw_search(conn: Any, expression: str, limit: int = 50) -> list[tuple]:
    """The baseline: PostgreSQL's full-text search alone — the same ranking and page, with
    the texts (no snippet: PostgreSQL's own, ``ts_headline``, is timed apart)."""
    from db.dialects.postgresql import WEIGHTS

    return conn.execute(
        "SELECT p.id, p.title, p.standfirst, p.body FROM piece_search s "
        "JOIN piece p ON p.id = s.piece_id, to_tsquery('workbench', %s) q "
        "WHERE s.document @@ q AND p.deleted_at IS NULL "
        "ORDER BY ts_rank(%s, s.document, q) DESC, p.id LIMIT %s",
        (expression, WEIGHTS, limit),
    ).fetchall()


def raw_search_with_headlines(conn: Any, expression: str, limit: int = 50) -> list[tuple]:
    """The same with PostgreSQL's own snippets (``ts_headline`` on each body): what a
    search written in SQL alone would cost, for the record."""
    from db.dialects.postgresql import WEIGHTS
    from workbench.search import MARK_END, MARK_START

    return conn.execute(
        "SELECT p.id, ts_headline('workbench', p.body, q, %s) FROM piece_search s "
        "JOIN piece p ON p.id = s.piece_id, to_tsquery('workbench', %s) q "
        "WHERE s.document @@ q AND p.deleted_at IS NULL "
        "ORDER BY ts_rank(%s, s.document, q) DESC, p.id LIMIT %s",
        (f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=16", expression, WEIGHTS, limit),
    ).fetchall()


def _search(url: str, repeats: int) -> dict:
    import psycopg

    from db.dialects import postgresql
    from workbench.search import parse_terms, search
    from workbench.store import Store

    store = Store.open(url)
    conn = psycopg.connect(url, autocommit=True)
    try:
        expressions = [postgresql.match_expression(parse_terms(q)) for q in searching.QUERIES]
        for query, expression in zip(searching.QUERIES, expressions, strict=True):  # warm-up
            search(store, query)
            raw_search(conn, expression)
        ours: list[float] = []
        base: list[float] = []
        headlines: list[float] = []
        for query, expression in zip(searching.QUERIES, expressions, strict=True):
            ours_times, base_times, headline_times = [], [], []
            for _ in range(repeats):
                started = time.perf_counter()
                search(store, query)
                ours_times.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                raw_search(conn, expression)
                base_times.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                raw_search_with_headlines(conn, expression)
                headline_times.append((time.perf_counter() - started) * 1000)
            ours.append(median(ours_times) or 0.0)
            base.append(median(base_times) or 0.0)
            headlines.append(median(headline_times) or 0.0)
    finally:
        conn.close()
        store.close()
    return {"ours": ours, "baseline": base, "headlines": headlines}


def _startup(url: str, db: Path, runs: int, env: dict[str, str]) -> dict:
    startup.ours_once(url, env)  # warm-up of each side
    startup.ours_once(db, env)
    team, local = [], []
    for _ in range(runs):
        team.append(startup.ours_once(url, env)["seconds"])
        local.append(startup.ours_once(db, env)["seconds"])
    return {"ours": team, "baseline": local}


def _changes(url: str, samples: int) -> list[float]:
    """Seconds from a committed save in this process to its sight in another one."""
    from workbench.pieces import update_piece
    from workbench.store import Store

    interval = 1.0  # the window's LIVE_REFRESH_MS, read by the watcher itself
    watcher = subprocess.Popen(
        [procs.PYTHON, "-c", _WATCHER, url, str(samples * (interval + 1.0) + 20)],
        stdout=subprocess.PIPE,
        text=True,
    )
    delays: list[float] = []
    lines = watcher.stdout
    assert lines is not None
    try:
        assert json.loads(lines.readline()) == {"ready": True}
        with Store.open(url) as store:
            piece_id = store.scalar("SELECT min(id) FROM piece WHERE deleted_at IS NULL")
            for number in range(samples):
                # Saves land anywhere in the watcher's cycle, as people's do.
                time.sleep(interval * ((number * 0.37) % 1) + 0.2)
                update_piece(store, piece_id, signature_note=f"bench {number}")
                written = time.time()
                seen = json.loads(lines.readline())["seen"]
                delays.append(max(0.0, seen - written))
    finally:
        watcher.kill()
        watcher.wait()
    return delays


def _rights(url: str, samples: int) -> dict:
    """Milliseconds per save (and per read of the tree) as a writer and as the owner."""
    from bench.pg_server import ADMIN, ADMIN_PASSWORD
    from workbench.assignments import assign
    from workbench.pieces import POOL, list_pieces, update_piece
    from workbench.store import Store
    from workbench.team import add_member

    with Store.open(url) as owner:
        piece_id = owner.scalar("SELECT min(id) FROM piece WHERE deleted_at IS NULL")
        publication = owner.scalar("SELECT publication_id FROM piece WHERE id = ?", (piece_id,))
        body = owner.scalar("SELECT body FROM piece WHERE id = ?", (piece_id,))
        issue = owner.scalar("SELECT issue_id FROM piece WHERE id = ?", (piece_id,))
        container = POOL if issue is None else issue
        add_member(owner, "bench_writer", "Bench", "redacteur", ADMIN_PASSWORD)
        assign(owner, piece_id, "bench_writer")
        with Store.open(url.replace(f"//{ADMIN}@", "//bench_writer@")) as writer:
            saves: dict[str, list[float]] = {"writer": [], "owner": []}
            reads: dict[str, list[float]] = {"writer": [], "owner": []}
            for number in range(samples):
                for name, store in (("writer", writer), ("owner", owner)):
                    started = time.perf_counter()
                    update_piece(store, piece_id, body=f"{body}\n\n{name} {number}")
                    saves[name].append((time.perf_counter() - started) * 1000)
                    started = time.perf_counter()
                    list_pieces(store, publication, container)
                    reads[name].append((time.perf_counter() - started) * 1000)
    return {"saves": saves, "reads": reads}


def scenarios(
    db: Path,
    pieces: int,
    runs: int,
    repeats: int,
    samples: int,
    env: dict[str, str],
    log: Callable[[str], None],
) -> dict[str, dict]:
    binaries = find_binaries()
    if binaries is None:
        raise RuntimeError("PostgreSQL is not installed (make bench installs it)")
    server = PostgresServer(binaries)
    server.start()
    try:
        env = dict(env, PGPASSFILE=str(server.passfile))
        url = server.new_database()
        started = time.perf_counter()
        from workbench.store import Store
        from workbench.transfer import copy_database

        with Store.open(db) as source, Store.open(url) as target:
            copy_database(source, target)
        copy_seconds = time.perf_counter() - started
        log(f"  copy-to of {pieces} pieces into PostgreSQL: {copy_seconds:.1f} s")

        raw = _search(url, repeats)
        ours, base = median(raw["ours"]), median(raw["baseline"])
        ours_p95 = percentile(raw["ours"], 0.95) or 0.0
        search_entry = scenario(
            ours,
            base,
            repeats,
            unit="ms per query (median of 20 queries)",
            target=f"ratio ≤ {SEARCH_RATIO}, p95 < {SEARCH_P95_MS:g} ms",
            ok=bool(ours and base and ours / base <= SEARCH_RATIO and ours_p95 < SEARCH_P95_MS),
            p95=ours_p95,
            baseline_p95=percentile(raw["baseline"], 0.95),
            pieces=pieces,
            copy_to_seconds=copy_seconds,
            raw_with_ts_headline_ms=median(raw["headlines"]),
        )
        times = _startup(url, db, runs, env)
        team_s, local_s = median(times["ours"]), median(times["baseline"])
        startup_entry = scenario(
            team_s,
            local_s,
            runs,
            unit="s (baseline: the same archive on SQLite)",
            target=f"ratio ≤ {STARTUP_RATIO:g}",
            ok=bool(team_s and local_s and team_s / local_s <= STARTUP_RATIO),
            pieces=pieces,
        )
        delays = _changes(url, samples)
        change_entry = scenario(
            median(delays),
            None,
            len(delays),
            unit="s from a save to its sight in another window",
            target=f"p95 < {CHANGE_P95_S:g} s",
            ok=bool(delays) and (percentile(delays, 0.95) or 0) < CHANGE_P95_S,
            p95=percentile(delays, 0.95),
            all_seconds=[round(d, 3) for d in delays],
        )
        rights = _rights(url, max(samples, 5))
        writer_ms, owner_ms = median(rights["saves"]["writer"]), median(rights["saves"]["owner"])
        rights_entry = scenario(
            writer_ms,
            owner_ms,
            len(rights["saves"]["writer"]),
            unit="ms per save of a piece (baseline: the owner, whom the rules do not bind)",
            target=f"ratio ≤ {RIGHTS_RATIO:g}",
            ok=bool(writer_ms and owner_ms and writer_ms / owner_ms <= RIGHTS_RATIO),
            writer_tree_read_ms=median(rights["reads"]["writer"]),
            owner_tree_read_ms=median(rights["reads"]["owner"]),
        )
    finally:
        server.stop()
    return {
        "team_search": search_entry,
        "team_startup": startup_entry,
        "team_change": change_entry,
        "team_rights": rights_entry,
    }
