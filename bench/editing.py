"""Open a piece and typing: the 100,000-sign interview in the editor.

Both run in one fresh process, :mod:`bench.probe` (Qt lives in ``ui``), on a copy of
the archive (the editor may autosave). Ours goes through the real main window and
:func:`bench.probe.open_editor_for_benchmark`, the one place that knows how to reach
the editor; the baselines are a bare QPlainTextEdit in the same process (setPlainText of
the same text; the same keystrokes). While there is no ``ui.editor``, ours is null.
"""

from __future__ import annotations

from pathlib import Path

from bench import procs
from bench.stats import median, percentile, ratio, scenario

OPEN_RATIO = 3.0
TYPING_P95_MS = 8.0


def scenarios(db: Path, piece_id: int, runs: int, keys: int, env: dict[str, str]) -> dict:
    data, _ = procs.run_json(
        [
            procs.PYTHON,
            "-m",
            "bench.probe",
            "editor",
            "--db",
            str(db),
            "--piece",
            str(piece_id),
            "--runs",
            str(runs),
            "--keys",
            str(keys),
        ],
        env,
    )
    note = data.get("note", "")
    opened = data["open"]
    ours_open = median(opened["ours"]) if opened["ours"] else None
    base_open = median(opened["baseline"])
    open_ratio = ratio(ours_open, base_open)
    typing = data["typing"]
    ours_keys = typing["ours"] or []
    ours_p95 = percentile(ours_keys, 0.95)
    return {
        "open_piece": scenario(
            ours_open,
            base_open,
            runs,
            unit="s",
            target=f"ratio ≤ {OPEN_RATIO:g}",
            ok=None if open_ratio is None else open_ratio <= OPEN_RATIO,
            note=note,
            chars=data["chars"],
        ),
        "typing": scenario(
            median(ours_keys),
            median(typing["baseline"]),
            keys,
            unit="ms per keystroke (median)",
            target=f"p95 < {TYPING_P95_MS:g} ms",
            ok=None if ours_p95 is None else ours_p95 < TYPING_P95_MS,
            note=note,
            p95=ours_p95,
            baseline_p95=percentile(typing["baseline"], 0.95),
            chars=data["chars"],
        ),
    }
