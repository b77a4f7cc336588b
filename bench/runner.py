"""One benchmark run: archives, every scenario, the table, bench.json."""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bench import (
    archives,
    editing,
    exporting,
    growth,
    hostile,
    importing,
    large,
    procs,
    report,
    searching,
    startup,
    team,
)
from bench.config import BenchConfig

Log = Callable[[str], None]


def _failed(names: tuple[str, ...], exc: BaseException) -> dict[str, dict]:
    message = f"{type(exc).__name__}: {exc}"
    return {
        name: {
            "ours": None,
            "baseline": None,
            "ratio": None,
            "runs": 0,
            "unit": "",
            "target": "",
            "ok": False,
            "error": message,
        }
        for name in names
    }


def run(config: BenchConfig, out: Path | None = None, log: Log = print) -> dict:
    """Run every scenario of ``config``; write ``out`` (bench.json) when given."""
    started = time.perf_counter()
    log(f"Workbench benchmark ({config.label} run), cache: {config.cache_dir}")
    procs.precompile()
    env = procs.qt_env(config.cache_dir)
    specs = [config.main, config.export, *config.growth]
    built: dict = {}
    for spec in specs:
        if spec not in built:
            built[spec] = archives.ensure_archive(spec, config.cache_dir, log)
    main, export = built[config.main], built[config.export]
    results: dict[str, dict] = {}

    def step(names: tuple[str, ...], label: str, work: Callable[[], dict[str, dict]]) -> None:
        log(f"- {label}…")
        begun = time.perf_counter()
        try:
            results.update(work())
        except Exception as exc:  # one broken scenario must not hide the others
            traceback.print_exc()
            results.update(_failed(names, exc))
        log(f"  ({time.perf_counter() - begun:.1f} s)")

    pieces = config.main.pieces
    step(
        ("startup", "memory"),
        f"start-up and memory, {pieces} pieces, {config.startup_runs} runs each",
        lambda: startup.scenarios(main.path, pieces, config.startup_runs, env),
    )
    step(
        ("search",),
        f"search, {len(searching.QUERIES)} queries × {config.search_repeats}",
        lambda: searching.scenarios(main.path, pieces, config.search_repeats),
    )

    step(
        team.NAMES,
        f"team store on PostgreSQL, {pieces} pieces copied in",
        lambda: team.scenarios(
            main.path,
            pieces,
            config.startup_runs,
            config.search_repeats,
            config.team_changes,
            env,
            log,
        ),
    )

    def editor() -> dict[str, dict]:
        if main.long_interview_id is None:
            raise RuntimeError("the main archive has no long interview")
        with tempfile.TemporaryDirectory(prefix="workbench-bench-editor-") as tmp:
            copy = archives.working_copy(main, Path(tmp))
            return editing.scenarios(
                copy, main.long_interview_id, config.editor_runs, config.keystrokes, env
            )

    step(("open_piece", "typing"), "open a piece and typing", editor)
    step(
        ("export", "bundle"),
        f"export of a {config.export_pieces}-piece numéro",
        lambda: exporting.scenarios(
            export.path, export.issue_ids[0], config.export_runs, config.bundle_runs
        ),
    )
    step(
        ("import",),
        f"import of {config.import_files} saved web pages",
        lambda: importing.scenarios(config.cache_dir, config.import_files, config.import_runs),
    )

    def growing() -> dict[str, dict]:
        known: dict[int, dict] = {}
        if "error" not in results.get("search", {"error": 1}):
            known.setdefault(pieces, {})["search_p95_ms"] = results["search"]["p95"]
            known[pieces]["raw_fts5_p95_ms"] = results["search"]["baseline_p95"]
        if "error" not in results.get("startup", {"error": 1}):
            known.setdefault(pieces, {})["startup_s"] = results["startup"]["ours"]
        return growth.scenarios(
            [built[spec] for spec in config.growth],
            config.growth_startup_runs,
            config.search_repeats,
            env,
            known,
        )

    step(("growth",), "growth: " + ", ".join(str(s.pieces) for s in config.growth), growing)
    largest, smallest = config.growth[-1], config.growth[0]
    step(
        ("list_json", "check"),
        f"list --json and check on {largest.pieces} pieces",
        lambda: large.scenarios(
            built[smallest].path, built[largest].path, largest.pieces, config.hostile_runs
        ),
    )
    step(
        ("hostile",),
        "hostile files: a YAML alias bomb, a DOCX and a bundle zip bomb",
        lambda: hostile.scenarios(config.cache_dir, config.hostile_runs),
    )

    result = {
        "scenarios": {name: results[name] for name in report.ORDER if name in results},
        "run": {
            "label": config.label,
            "notes": list(config.notes),
            "date": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "seconds": round(time.perf_counter() - started, 1),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "archives": {
                archive.path.name: {
                    "issues": spec.issues,
                    "pieces": spec.pieces,
                    "build_seconds": None
                    if archive.build_seconds is None
                    else round(archive.build_seconds, 1),
                }
                for spec, archive in built.items()
            },
        },
    }
    log("")
    log(report.table(result["scenarios"]))
    for note in config.notes:
        log(f"note: {note}")
    if out is not None:
        report.write(out, result)
        log(f"\n{out.name} written ({result['run']['seconds']} s).")
    return result


def main(argv: list[str] | None = None) -> int:
    import argparse

    from bench import config as configs

    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Workbench benchmark: figures against baselines measured in the same run.",
    )
    parser.add_argument("--quick", action="store_true", help="a run under a minute")
    parser.add_argument(
        "--out", type=Path, default=configs.REPO / "bench.json", help="where to write bench.json"
    )
    parser.add_argument("--cache", type=Path, help="archive cache (default: .bench-cache/)")
    args = parser.parse_args(argv)
    config = configs.quick() if args.quick else configs.full()
    if args.cache is not None:
        config = config.with_cache(args.cache)
    result = run(config, args.out)
    failed = [n for n, e in result["scenarios"].items() if "error" in e]
    if failed:
        print(f"failed scenarios: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0
