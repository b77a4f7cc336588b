"""The benchmark machinery runs end to end on a tiny archive (no figure is judged here)."""

from __future__ import annotations

import json

from bench import config, report, runner

REQUIRED = ("ours", "baseline", "ratio", "runs")


def test_tiny_benchmark_writes_every_scenario(tmp_path):
    out = tmp_path / "bench.json"
    lines: list[str] = []
    result = runner.run(config.tiny(tmp_path / "cache"), out, log=lines.append)

    data = json.loads(out.read_text(encoding="utf-8"))
    assert data == json.loads(json.dumps(result))
    assert set(data["scenarios"]) == set(report.ORDER)
    for name, entry in data["scenarios"].items():
        assert "error" not in entry, (name, entry["error"])
        for key in REQUIRED:
            assert key in entry, (name, key)
        assert isinstance(entry["runs"], int) and entry["runs"] >= 1
    scenarios = data["scenarios"]
    # What must be measured whatever is installed: our side of these, and their baselines.
    for name in ("startup", "memory", "search", "growth"):
        assert scenarios[name]["ours"] > 0 and scenarios[name]["baseline"] > 0, name
    assert scenarios["open_piece"]["baseline"] > 0 and scenarios["typing"]["baseline"] > 0
    assert scenarios["export"]["ours"] > 0 and scenarios["bundle"]["ours"] > 0
    assert scenarios["import"]["ours"] > 0 and scenarios["import"]["created"] == 10
    assert scenarios["growth"]["sizes"].keys() == {"30", "60"}
    # The table names every scenario.
    table = "\n".join(lines)
    for label in report.LABELS.values():
        assert label in table

    # A second run takes the archives from the cache.
    again = runner.run(config.tiny(tmp_path / "cache"), None, log=lambda _line: None)
    assert all(a["build_seconds"] is None for a in again["run"]["archives"].values())


def test_quick_ratios_come_from_at_least_three_runs_of_each_side():
    quick = config.quick()
    counts = {
        name: getattr(quick, name)
        for name in (
            "startup_runs",
            "growth_startup_runs",
            "search_repeats",
            "export_runs",
            "bundle_runs",
            "import_runs",
            "editor_runs",
        )
    }
    assert config.MIN_RATIO_RUNS >= 3
    assert {n: c for n, c in counts.items() if c < config.MIN_RATIO_RUNS} == {}
    full = config.full()
    assert all(getattr(full, name) >= count for name, count in counts.items())
