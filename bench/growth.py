"""Growth: search p95 and start-up at several archive sizes.

The figures must stay flat, or grow far slower than the archive. ``ours`` is the largest
growth factor among the two measures (largest archive / smallest), ``baseline`` the
growth factor of the archive itself, ``ratio`` the first over the second. Each size also
gives the p95 of the raw FTS5 queries (the search baseline): what SQLite itself costs. It is counted
as flat enough when the figures grow ten times slower than the archive:
``ours ≤ 1 + (baseline − 1) / 10`` (1.9× for ten times the pieces, 10.9× for a hundred).
"""

from __future__ import annotations

from bench import searching, startup
from bench.archives import BuiltArchive
from bench.stats import median, percentile, scenario

SLOWER = 10  # the figures must grow at least ten times slower than the archive


def scenarios(
    archives: list[BuiltArchive],
    startup_runs: int,
    search_repeats: int,
    env: dict[str, str],
    known: dict[int, dict] | None = None,
) -> dict[str, dict]:
    """``known``: figures already measured (pieces → {"search_p95_ms", "startup_s"})."""
    sizes: dict[str, dict] = {}
    for archive in archives:
        pieces = archive.spec.pieces
        figures = dict((known or {}).get(pieces, {}))
        if "search_p95_ms" not in figures:
            raw = searching.measure(archive.path, search_repeats)
            figures["search_p95_ms"] = round(percentile(raw["ours"], 0.95), 3)
            figures["raw_fts5_p95_ms"] = round(percentile(raw["baseline"], 0.95), 3)
        if "startup_s" not in figures:
            raw = startup.measure(archive.path, startup_runs, env, baseline=False)
            figures["startup_s"] = round(median([r["seconds"] for r in raw["ours"]]), 4)
        sizes[str(pieces)] = figures
    small, large = archives[0].spec.pieces, archives[-1].spec.pieces
    first, last = sizes[str(small)], sizes[str(large)]
    factors = {
        key: last[key] / first[key] for key in ("search_p95_ms", "startup_s") if first[key] > 0
    }
    ours = max(factors.values()) if factors else None
    note = ""
    if first.get("raw_fts5_p95_ms") and last.get("raw_fts5_p95_ms"):
        raw = last["raw_fts5_p95_ms"] / first["raw_fts5_p95_ms"]
        factors["raw_fts5_p95_ms"] = raw
        note = f"search p95 ×{factors['search_p95_ms']:.1f}, raw FTS5 alone ×{raw:.1f}"
    archive_factor = large / small
    return {
        "growth": scenario(
            ours,
            archive_factor,
            startup_runs,
            unit=f"growth factor from {small} to {large} pieces",
            target=f"≤ {1 + (archive_factor - 1) / SLOWER:.3g}× (reported)",
            ok=None if ours is None else ours <= 1 + (archive_factor - 1) / SLOWER,
            note=note,
            factors={k: round(v, 3) for k, v in factors.items()},
            sizes=sizes,
        )
    }
