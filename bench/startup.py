"""Start-up and memory: process start → main window shown with its tree populated.

Ours is the real entry point, the ``workbench`` command (``python -m ui``
when it is not installed), with ``--db ARCHIVE`` and ``WORKBENCH_BENCH_STARTUP=1``: once
the window is shown and painted with the tree populated, :func:`ui.app.report_startup`
prints the time and the peak RSS, and quits. The baseline is a bare PySide6 process
showing an empty QMainWindow of the same size, reporting the same way. The CPU seconds of
both (``cpu_ours``, ``cpu_baseline``: CPU seconds until shown) are reported too: on a busy machine
they move less than wall-clock times. Runs alternate (ours, baseline…) after one warm-up
of each (the disk cache, the icon cache), so noise hits both alike.
"""

from __future__ import annotations

from pathlib import Path

from bench import procs
from bench.stats import median, scenario

# The baseline: a bare PySide6 process showing an empty QMainWindow (Qt lives in ``ui``).
BARE_WINDOW_MODULE = "bench.bare_window"

STARTUP_RATIO = 1.5
MEMORY_DELTA_MB = 80


def entry_point() -> list[str]:
    """The ``workbench`` command installed next to this Python (what users run), or
    ``python -m ui`` when there is none."""
    script = Path(procs.PYTHON).with_name("workbench")
    return [str(script)] if script.is_file() else [procs.PYTHON, "-m", "ui"]


def ours_once(db: Path | str, env: dict[str, str]) -> dict:
    env = dict(env, WORKBENCH_BENCH_STARTUP="1")
    data, launched = procs.run_json([*entry_point(), "--db", str(db)], env)
    if not data.get("tree_rows"):
        raise RuntimeError("the main window came up without numéros in its tree")
    return {
        "seconds": data["shown"] - launched,
        "cpu": data["cpu"],
        "rss_mb": data["maxrss_kb"] / 1024,
    }


def baseline_once(env: dict[str, str]) -> dict:
    data, launched = procs.run_json([procs.PYTHON, "-m", BARE_WINDOW_MODULE], env)
    return {
        "seconds": data["shown"] - launched,
        "cpu": data["cpu"],
        "rss_mb": data["maxrss_kb"] / 1024,
    }


def measure(db: Path, runs: int, env: dict[str, str], *, baseline: bool = True) -> dict:
    """Raw figures: lists of seconds and peak RSS for ours (and the baseline)."""
    ours_once(db, env)  # warm-up: page cache, icon cache
    if baseline:
        baseline_once(env)
    ours, base = [], []
    for _ in range(runs):
        ours.append(ours_once(db, env))
        if baseline:
            base.append(baseline_once(env))
    return {"ours": ours, "baseline": base}


def scenarios(db: Path, pieces: int, runs: int, env: dict[str, str]) -> dict[str, dict]:
    raw = measure(db, runs, env)
    ours_s = median([r["seconds"] for r in raw["ours"]])
    base_s = median([r["seconds"] for r in raw["baseline"]])
    ours_mb = median([r["rss_mb"] for r in raw["ours"]])
    base_mb = median([r["rss_mb"] for r in raw["baseline"]])
    startup = scenario(
        ours_s,
        base_s,
        runs,
        unit="s",
        target=f"ratio ≤ {STARTUP_RATIO}",
        ok=ours_s / base_s <= STARTUP_RATIO,
        pieces=pieces,
        cpu_ours=median([r["cpu"] for r in raw["ours"]]),
        cpu_baseline=median([r["cpu"] for r in raw["baseline"]]),
        all_ours=[round(r["seconds"], 4) for r in raw["ours"]],
        all_baseline=[round(r["seconds"], 4) for r in raw["baseline"]],
    )
    delta = ours_mb - base_mb
    memory = scenario(
        ours_mb,
        base_mb,
        runs,
        unit="MB (peak RSS)",
        target=f"≤ +{MEMORY_DELTA_MB} MB",
        ok=delta <= MEMORY_DELTA_MB,
        delta_mb=round(delta, 1),
        pieces=pieces,
    )
    return {"startup": startup, "memory": memory}
