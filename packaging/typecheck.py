"""The type checker's gate: mypy may report no more errors than the recorded baseline.

    python packaging/typecheck.py            # run mypy, compare with mypy-baseline.txt
    python packaging/typecheck.py --update   # record what mypy reports now

Errors are counted per file and error code, without line numbers, so an edit that moves
code does not churn the baseline. A file with more errors of a code than recorded fails
the gate; fewer pass, with a reminder to shrink the baseline. The baseline only shrinks:
fix errors, then ``--update``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BASELINE = REPO / "packaging" / "mypy-baseline.txt"
ERROR_LINE = re.compile(r"^(?P<path>[^:\s]+\.py):\d+(?::\d+)?: error: .*\[(?P<code>[a-z-]+)\]\s*$")

Counts = Counter[tuple[str, str]]


def parse_mypy(output: str) -> Counts:
    """(file, error code) → how many errors mypy reported there."""
    counts: Counts = Counter()
    for line in output.splitlines():
        match = ERROR_LINE.match(line.strip())
        if match:
            counts[(match["path"], match["code"])] += 1
    return counts


def read_baseline(text: str) -> Counts:
    counts: Counts = Counter()
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            path, code, number = line.split()
            counts[(path, code)] = int(number)
    return counts


def format_baseline(counts: Counts) -> str:
    lines = [f"{path} {code} {number}" for (path, code), number in sorted(counts.items())]
    header = (
        "# mypy errors per file and code; may only shrink (python packaging/typecheck.py --update)"
    )
    return "\n".join([header, *lines]) + "\n"


def compare(current: Counts, baseline: Counts) -> tuple[list[str], bool]:
    """(what grew, whether anything shrank)."""
    grown = [
        f"{path}: {number} [{code}] errors, {baseline.get((path, code), 0)} recorded"
        for (path, code), number in sorted(current.items())
        if number > baseline.get((path, code), 0)
    ]
    shrunk = any(number > current.get(key, 0) for key, number in baseline.items())
    return grown, shrunk


def run_mypy() -> str:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary", "--show-error-codes"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    if done.returncode not in (0, 1):  # 2: mypy itself failed (bad config, crash)
        sys.exit(f"mypy failed:\n{done.stderr or done.stdout}")
    return done.stdout


def main(argv: list[str]) -> int:
    current = parse_mypy(run_mypy())
    if "--update" in argv:
        BASELINE.write_text(format_baseline(current), encoding="utf-8")
        print(f"typecheck: baseline recorded ({sum(current.values())} errors)")
        return 0
    baseline = read_baseline(BASELINE.read_text(encoding="utf-8"))
    grown, shrunk = compare(current, baseline)
    if grown:
        print("typecheck: new mypy errors (run mypy to see them):", *grown, sep="\n  ")
        return 1
    total, recorded = sum(current.values()), sum(baseline.values())
    print(f"typecheck: {total} mypy errors, {recorded} recorded")
    if shrunk:
        print("typecheck: the baseline can shrink: python packaging/typecheck.py --update")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
