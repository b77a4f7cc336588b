"""The command line on the largest archive: ``list --json`` and ``check``, each in a fresh
process with its peak memory (the wrapper of :mod:`bench.hostile`).

``list --json`` streams (500 pieces at a time): its time grows with the archive, its
memory must not. Target: ``list --json`` on 100,000 pieces in under 10 s (issue 17);
``check`` reported beside it. The baseline is the same command on the smallest archive of
the growth series, so the ratio says how each grows.
"""

from __future__ import annotations

import json
import statistics
import subprocess
from pathlib import Path

from bench import procs
from bench.hostile import WRAPPER
from bench.stats import scenario

LIST_TARGET_S = 10.0


def _measure(db: Path, *args: str) -> dict:
    command = [procs.PYTHON, "-m", "workbench.cli", "--db", str(db), *args]
    done = subprocess.run(
        [procs.PYTHON, "-c", WRAPPER, *command], capture_output=True, text=True, timeout=1800
    )
    sample = json.loads(done.stdout.strip().splitlines()[-1])
    if sample["code"] != 0:
        raise RuntimeError(f"{' '.join(args)} failed on {db.name}: {sample['out'][-300:]}")
    return sample


def scenarios(small: Path, large: Path, large_pieces: int, runs: int) -> dict[str, dict]:
    figures: dict[str, dict] = {}
    for name, args in (("list_json", ("list", "--json")), ("check", ("check",))):
        big = [_measure(large, *args) for _ in range(runs)]
        base = [_measure(small, *args) for _ in range(runs)]
        seconds = statistics.median(s["seconds"] for s in big)
        peak_mb = max(s["peak_kb"] for s in big) / 1024
        ok = seconds < LIST_TARGET_S if name == "list_json" else None
        figures[name] = scenario(
            seconds,
            statistics.median(s["seconds"] for s in base),
            runs,
            unit=f"s on {large_pieces} pieces (baseline: the smallest archive of the series)",
            target=f"< {LIST_TARGET_S:g} s, memory flat" if name == "list_json" else "reported",
            ok=ok,
            peak_mb=round(peak_mb, 1),
            baseline_peak_mb=round(max(s["peak_kb"] for s in base) / 1024, 1),
        )
    return figures
