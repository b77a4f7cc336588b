"""Hostile inputs: how long and how much memory the command line takes to refuse a
decompression bomb or a YAML alias bomb, against the import of an ordinary Markdown file.

Each import runs in a fresh process (``workbench import`` / ``import-bundle``) started by a
small wrapper that reports the child's peak memory, so one figure never inherits another's.
The bombs are tiny on disk and would expand to gigabytes: a refusal must stay about as
cheap as an ordinary import. Reported, with the ratio of the slowest refusal to the
ordinary import.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import tempfile
import time
import zipfile
from pathlib import Path

from bench import procs
from bench.stats import scenario

# The YAML "billion laughs": nine levels of nine aliases (332 bytes on disk).
ALIAS_BOMB = (
    "---\n"
    + 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(
        f"{name}: &{name} [{','.join(f'*{prev}' for _ in range(9))}]\n"
        for prev, name in zip("abcdefg", "bcdefgh", strict=True)
    )
    + "title: *h\n---\nTexte.\n"
)
ORDINARY = "---\ntitle: Un papier ordinaire\nkind: chronique\n---\nUn paragraphe de texte.\n"
BOMB_BYTES = 512 << 20  # what each zip bomb's member would inflate to

# Runs a command and prints its peak memory (KB) and wall time as one JSON line.
WRAPPER = (
    "import json, resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "print(json.dumps({'seconds': time.perf_counter() - start, 'code': done.returncode,\n"
    "    'out': done.stdout[-4000:],\n"
    "    'peak_kb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))\n"
)


def _zip_bomb(path: Path, member: str, extra: dict[str, str]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in extra.items():
            archive.writestr(name, text)
        with archive.open(member, "w", force_zip64=True) as sink:
            chunk = bytes(8 << 20)
            for _ in range(BOMB_BYTES // len(chunk)):
                sink.write(chunk)


def build_inputs(folder: Path) -> dict[str, tuple[str, Path]]:
    """name → (subcommand, file): the ordinary file and the three bombs."""
    folder.mkdir(parents=True, exist_ok=True)
    inputs = {
        "ordinary": ("import", folder / "ordinaire.md"),
        "yaml_alias_bomb": ("import", folder / "bombe-yaml.md"),
        "docx_zip_bomb": ("import", folder / "bombe.docx"),
        "bundle_zip_bomb": ("import-bundle", folder / "bombe-numero.zip"),
    }
    inputs["ordinary"][1].write_text(ORDINARY, encoding="utf-8")
    inputs["yaml_alias_bomb"][1].write_text(ALIAS_BOMB, encoding="utf-8")
    docx = inputs["docx_zip_bomb"][1]
    if not docx.exists():
        _zip_bomb(
            docx,
            "word/media/vide.bin",
            {"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"},
        )
    bundle = inputs["bundle_zip_bomb"][1]
    if not bundle.exists():
        _zip_bomb(bundle, "numero/images/vide.jpg", {"numero/manifest.json": '{"format": "x"}'})
    return inputs


def measure_once(subcommand: str, path: Path, tmp: Path) -> dict:
    db = tmp / f"{path.stem}-{time.monotonic_ns()}.sqlite"
    command = [procs.PYTHON, "-m", "workbench.cli", "--db", str(db), subcommand, str(path)]
    if subcommand == "import":
        command.append("--json")
    done = subprocess.run(
        [procs.PYTHON, "-c", WRAPPER, *command], capture_output=True, text=True, timeout=300
    )
    sample = json.loads(done.stdout.strip().splitlines()[-1])
    if subcommand == "import":  # the report says what became of the file
        statuses = [f["status"] for f in json.loads(sample["out"])["files"]]
        sample["refused"] = statuses == ["refused"]
    else:  # import-bundle refuses with one line and exit code 1
        sample["refused"] = sample["code"] != 0
    return sample


def scenarios(cache_dir: Path, runs: int) -> dict[str, dict]:
    inputs = build_inputs(cache_dir / "hostile")
    figures: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="workbench-bench-hostile-") as tmp:
        for name, (subcommand, path) in inputs.items():
            samples = [measure_once(subcommand, path, Path(tmp)) for _ in range(runs)]
            figures[name] = {
                "seconds": round(statistics.median(s["seconds"] for s in samples), 3),
                "peak_mb": round(max(s["peak_kb"] for s in samples) / 1024, 1),
                "refused": all(s["refused"] for s in samples),
                "disk_kb": round(path.stat().st_size / 1024, 1),
            }
    ordinary = figures.pop("ordinary")
    slowest = max(f["seconds"] for f in figures.values())
    heaviest = max(f["peak_mb"] for f in figures.values())
    return {
        "hostile": scenario(
            slowest,
            ordinary["seconds"],
            runs,
            unit="s (slowest refusal; ordinary import as baseline)",
            target="≤ 2× an ordinary import, ≤ +50 MB (reported)",
            ok=all(f["refused"] for f in figures.values())
            and not ordinary["refused"]
            and slowest <= 2 * ordinary["seconds"]
            and heaviest <= ordinary["peak_mb"] + 50,
            note=(
                f"peak memory {heaviest:.0f} MB vs {ordinary['peak_mb']:.0f} MB for an ordinary "
                f"import; each bomb would inflate to {BOMB_BYTES >> 20} MB or more"
            ),
            bombs=figures,
            ordinary=ordinary,
        )
    }
