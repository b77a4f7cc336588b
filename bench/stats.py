"""Medians, percentiles and ratios."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence


def median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """Nearest-rank percentile (``fraction`` 0.95 for p95)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered) - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def ratio(ours: float | None, baseline: float | None) -> float | None:
    if ours is None or baseline is None or baseline <= 0:
        return None
    return ours / baseline


def rounded(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def scenario(
    ours: float | None,
    baseline: float | None,
    runs: int,
    *,
    unit: str,
    target: str,
    ok: bool | None,
    note: str = "",
    **extra: object,
) -> dict:
    """One entry of bench.json: the four required fields, then the details."""
    entry = {
        "ours": rounded(ours),
        "baseline": rounded(baseline),
        "ratio": rounded(ratio(ours, baseline), 3),
        "runs": runs,
        "unit": unit,
        "target": target,
        "ok": ok,
    }
    if note:
        entry["note"] = note
    entry.update({k: rounded(v) if isinstance(v, float) else v for k, v in extra.items()})
    return entry
