"""Sizes and run counts of a benchmark run: the full run, the quick one, the tiny one (tests)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Archive:
    """The parameters of a demo archive (they name its cache file)."""

    issues: int
    pieces: int
    long_interview_signs: int = 0  # 0: no long interview
    seed: int = 0

    @property
    def name(self) -> str:
        extra = f"-long{self.long_interview_signs}" if self.long_interview_signs else ""
        return f"i{self.issues}-p{self.pieces}{extra}-s{self.seed}"


@dataclass(frozen=True)
class BenchConfig:
    label: str
    main: Archive  # start-up, memory, search, open a piece, typing
    export: Archive  # one numéro of ``export_pieces`` pieces
    export_pieces: int
    growth: tuple[Archive, ...]
    startup_runs: int
    growth_startup_runs: int
    search_repeats: int  # each query is timed this many times; its median counts
    export_runs: int
    bundle_runs: int
    import_files: int
    import_runs: int
    hostile_runs: int
    editor_runs: int
    keystrokes: int
    team_changes: int  # saves by one client timed until another sees them
    cache_dir: Path = field(default=REPO / ".bench-cache")
    notes: tuple[str, ...] = ()

    def with_cache(self, cache_dir: Path) -> BenchConfig:
        from dataclasses import replace

        return replace(self, cache_dir=Path(cache_dir))


# 150 numéros and 10,000 pieces: twenty years of a monthly-and-more magazine.
ARCHIVE_10K = Archive(150, 10_000, long_interview_signs=100_000)
# One numéro of 80 pieces: 91 pieces, 12 % of them au marbre (demo.POOL_SHARE).
EXPORT_80 = Archive(1, 91)


def full() -> BenchConfig:
    return BenchConfig(
        label="full",
        main=ARCHIVE_10K,
        export=EXPORT_80,
        export_pieces=80,
        growth=(Archive(15, 1_000), ARCHIVE_10K, Archive(1_500, 100_000)),
        startup_runs=7,
        growth_startup_runs=5,
        search_repeats=5,
        export_runs=5,
        bundle_runs=3,
        import_files=1_000,
        import_runs=3,
        hostile_runs=3,
        editor_runs=5,
        keystrokes=500,
        team_changes=20,
    )


# Every ratio of a run is a median of at least this many runs of each side: a ratio from
# one run on a shared machine is noise (the quick run takes smaller inputs instead).
MIN_RATIO_RUNS = 3


def quick() -> BenchConfig:
    return BenchConfig(
        label="quick",
        main=Archive(15, 1_000, long_interview_signs=100_000),
        export=Archive(1, 46),
        export_pieces=40,
        growth=(Archive(3, 200), Archive(15, 1_000, long_interview_signs=100_000)),
        startup_runs=5,
        growth_startup_runs=3,
        search_repeats=MIN_RATIO_RUNS,
        export_runs=MIN_RATIO_RUNS,
        bundle_runs=MIN_RATIO_RUNS,
        import_files=100,
        import_runs=MIN_RATIO_RUNS,
        hostile_runs=MIN_RATIO_RUNS,
        editor_runs=MIN_RATIO_RUNS,
        keystrokes=200,
        team_changes=6,
        notes=(
            "quick run: the start-up, search and editor scenarios use a 1,000-piece archive "
            "(the full run: 10,000), growth goes from 200 to 1,000 pieces (full: 1,000 to "
            "100,000), export takes a 40-piece numéro (full: 80) and import 100 pages "
            "(full: 1,000); every ratio is still a median of at least 3 runs of each side",
        ),
    )


def tiny(cache_dir: Path) -> BenchConfig:
    """For the test that proves the machinery works: seconds, not figures."""
    return BenchConfig(
        label="tiny",
        main=Archive(3, 60, long_interview_signs=5_000),
        export=Archive(1, 12),
        export_pieces=11,
        growth=(Archive(2, 30), Archive(3, 60, long_interview_signs=5_000)),
        startup_runs=1,
        growth_startup_runs=1,
        search_repeats=1,
        export_runs=1,
        bundle_runs=1,
        import_files=10,
        import_runs=1,
        hostile_runs=1,
        editor_runs=1,
        keystrokes=10,
        team_changes=2,
        cache_dir=Path(cache_dir),
        notes=("tiny run (tests): the figures mean nothing",),
    )
