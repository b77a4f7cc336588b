"""Running the Qt sides in fresh processes: environment, bytecode, JSON output."""

from __future__ import annotations

import compileall
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from bench.config import REPO


def precompile() -> None:
    """Write the bytecode of our packages, as an installed package has it (some shells set
    PYTHONDONTWRITEBYTECODE, and compiling at every start would count against us)."""
    for package in ("db", "workbench", "ui", "bench"):
        compileall.compile_dir(str(REPO / package), quiet=1)


def qt_env(cache_dir: Path) -> dict[str, str]:
    """Offscreen Qt, settings and icon cache in the benchmark's own folders."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("WORKBENCH_BENCH_STARTUP", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    home = cache_dir / "xdg"
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        folder = home / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    return env


def run_json(args: list[str], env: dict[str, str], timeout: float = 600) -> tuple[dict, float]:
    """Run a process that prints one JSON line last; (that JSON, time.time() at launch)."""
    launched = time.time()
    done = subprocess.run(
        args, env=env, capture_output=True, text=True, timeout=timeout, cwd=str(REPO)
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(
            f"{' '.join(args[:4])}… failed ({done.returncode}): {done.stderr.strip()[-800:]}"
        )
    return json.loads(lines[-1]), launched


PYTHON = sys.executable
